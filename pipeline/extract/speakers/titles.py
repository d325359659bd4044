"""Title chains before a name and people referred to by surname and post."""

from __future__ import annotations

import re

from pipeline.extract.common import (
    CLAUSE_BREAK,
    NameScanner,
    Sentence,
    clause_bounds,
    start_after,
)
from pipeline.extract.speakers.patterns import (
    _ACT_AFTER_POST,
    _ACTING_QUALIFIER,
    _ALUMNI_LABEL_END,
    _ALUMNI_LABEL_MIDDLE,
    _ALUMNI_LABEL_WHOLE,
    _ATTENDING_OPENING,
    _AUTHORED_AFTER,
    _BARE_WORKER,
    _BODY_JOINED_TO_POST,
    _BODY_OPENING_DUI,
    _CAPTION_POSITION_BEFORE,
    _CITED_LEADER_AFTER,
    _CLASS_LABEL_OPENING,
    _CLASS_NUMBER,
    _CLAUSE_OPENING_END,
    _COMMENDED_AFTER,
    _COMMENDED_OPENS,
    _CONFERRED_AFTER,
    _CONFERRED_BEFORE_TITLE,
    _CONGRESS_REPORT_AFTER,
    _COUNTED_PART,
    _COURTESY_REFERENCE,
    _DATE_OPENING,
    _DATELINE_IN_TITLE,
    _DEGREE_LINK,
    _DELEGATED_AFTER,
    _DEPUTY_END,
    _DEPUTY_OPENING,
    _DESCRIPTOR_PART,
    _DIRECTIVE_AFTER,
    _DIRECTIVE_AFTER_POST,
    _DIRECTIVE_FOLLOWED,
    _DOCUMENT_ABOUT_AFTER,
    _DOCUMENT_ABOUT_BEFORE,
    _DOCUMENT_ITEM_BEFORE,
    _DOTTED_NAME,
    _EACH_WERE_LEAD,
    _EARLIER_VISIT,
    _ELECTED_OPENING,
    _ELSEWHERE_AFTER,
    _EMPLOYED_OFFICER,
    _EMPLOYED_WORKER,
    _EXAMPLE_AFTER,
    _EXAMPLE_BEFORE,
    _FAMOUS_EPITHET,
    _GROUP_LABEL_END,
    _GROUP_VERB_SPLIT,
    _GUEST_LABEL_HEAD,
    _HAN,
    _HONOUR_PART,
    _HONOURED_LABEL_HEAD,
    _IN_ADDRESS,
    _INFO_OPENER,
    _KIN_OF,
    _KINSHIP_THEN_CONJUNCTION,
    _LABEL_AFTER_CHAIN,
    _LABEL_BEFORE_CHAIN,
    _LABEL_GLUED_CHAIN,
    _LABEL_PART,
    _LATE_ONES_RELATION,
    _LEADER_OF_PARTY,
    _LIST_NUMBER_OPENING,
    _MASTER_TAIL,
    _MEETING_FRAME,
    _MEETING_FRAME_OPENS,
    _NOT_NOW_AFTER,
    _NUMBERED_CONGRESS_SPEECH_AFTER,
    _OCCASION,
    _OFFICE_CADRE,
    _ON_BEHALF_OF,
    _ON_BEHALF_OF_POST,
    _ON_BEHALF_OF_TITLED,
    _ON_BEHALF_OPENING,
    _ONE_OF_HEAD,
    _ORG_BEFORE,
    _ORG_LAST_CHAR,
    _OTHER_PARTY_JOIN,
    _PLACE_WITH_CONNECTOR,
    _PORTRAIT_LEAD,
    _POST_AFTER_NAME,
    _POST_GROUP_SPLIT,
    _POSTED_REPRESENTATIVE_END,
    _PRESENTERS_FOR,
    _PROFOUND_AFTER,
    _QUALIFIER,
    _QUALIFIER_END,
    _QUOTED_BEFORE,
    _QUOTED_PART,
    _QUOTED_TEACHING_AFTER,
    _RECIPIENT_BEFORE,
    _RECIPIENT_IN_CLAUSE,
    _REFERENCE_BEFORE,
    _REFERENCE_GOES_ON,
    _RELAYED_AT_PRESS_BEFORE,
    _REMIT_IN_CHAIN,
    _REPORTED_AFTER,
    _REPRESENTATIVE_LABEL,
    _REPRESENTING_LEAD,
    _RESIDENT_NAMED_THEN_COMMA,
    _ROLE_LABEL_OPENING,
    _SEAT_END,
    _SHORT_POSTS,
    _SHORT_REFERENCE_AFTER,
    _SOURCE_VERB,
    _SPEECH_AFTER_POST,
    _SPEECH_ANNIVERSARY_AFTER,
    _SPEECH_AS_NOUN,
    _SPOKEN_TO_AFTER,
    _SPOKEN_TO_BEFORE,
    _STATUS_LABEL_HEAD,
    _TAKES_PART_AFTER,
    _TEXT_READ_OUT_BEFORE,
    _THERE_WERE_OPENING,
    _THIS_MEETING_TOLD,
    _THIS_TIME_OPENING,
    _THIS_UNIT_END,
    _TITLE_CHARS,
    _TITLE_LEAD_CUT,
    _TRANSLITERATED,
    _UNNAMED_JOINED_BEFORE,
    _UNTITLED_LIST_ITEM,
    _UP_TO_DATELINE_TAG,
    _UP_TO_INVITED,
    _UP_TO_OCCASION,
    _UP_TO_ROLE_NAMED,
    _VENUE_THEN_PARTY,
    _VERB_BEFORE_BODY,
    _VERB_IN_POSTS,
    _VISITED_BEFORE,
    DEPUTY_KEY,
    MAX_FOREIGN_NAME,
    MAX_TITLE_CHARS,
    POST_MAX_CHARS,
    Mention,
    _relayed_occasion,
    _without_stray_marks,
)

# A space between two Latin letters (LG Chem, Bank of China): a word break inside a firm's Latin name in a title.
_LATIN_SPACE = re.compile("[A-Za-z][ \u3000][A-Za-z]")
# A match from a place up to a bound ends right after the last character before the bound at which title_before's walk
# back over a title chain may stop (a space, \s reading as str.isspace does, or a clause break): the walk steps over the
# characters after it, none of which stops it, at once (one scan back instead of four Python tests per character).
_CHAIN_STOP_BEFORE = re.compile("(?s:.*)[\\s" + re.escape(CLAUSE_BREAK) + "]")


def _clause_before(text: str, lo: int, start: int) -> str:
    """The text of ``start``'s clause before it (from the last clause mark after ``lo``)."""
    cut = max(text.rfind(mark, lo, start) for mark in "，。；,;！？\n")
    return text[max(lo, cut + 1) : start]


class SpeakerTitles:
    """Title chains and post references: readings of SpeakerExtractor, whose ``__init__`` sets up the lexicon patterns they use."""

    @staticmethod
    def _told_to_reporter(text: str, start: int) -> bool:
        """Whether a name at ``start`` follows a 据了解/据悉 in its sentence or in the one before in its paragraph,
        with no frame of the meeting in its own sentence (据悉，局长曾某介绍，…; 据了解，…。主任赵某介绍，…)."""
        sentence_start = start_after(text, start, "。！？\n")
        if _MEETING_FRAME.search(text, sentence_start, start):
            return False
        if _INFO_OPENER.search(text, sentence_start, start):
            return True
        if sentence_start == 0:
            return False
        # (据悉，全市…。\n局长黄某介绍，…: a new paragraph right after a sentence opening with 据悉 goes on with it)
        new_paragraph = text[sentence_start - 1] == "\n"
        before_end = len(text[:sentence_start].rstrip())
        if new_paragraph and (before_end == 0 or text[before_end - 1] not in "。！？"):
            return False
        before_start = start_after(text, before_end - 1 if new_paragraph else sentence_start - 1, "。！？\n")
        found = (_INFO_OPENER.match(text, before_start) if new_paragraph
                 else _INFO_OPENER.search(text, before_start, sentence_start))
        return found is not None and not _THIS_MEETING_TOLD.search(text, before_start, sentence_start)

    def _takes_part(self, text: str, start: int, end: int) -> bool:
        """Whether the person named at ``start:end`` is told taking part in the meeting: the sentence opens on the
        meeting's frame right before the name's clause (会上，市委书记王宁…), or the name is written anywhere with an
        act of attending or chairing after it (王宁出席会议, 习近平主持会议), not in a clause that relays remarks of
        another occasion (传达习近平总书记出席…时的讲话精神)."""
        sentence_start = start_after(text, start, "。！？\n")
        if _MEETING_FRAME_OPENS.fullmatch(text, sentence_start, start):
            return True
        for said_start, said_end in NameScanner({text[start:end]}).spans(text):
            if not _TAKES_PART_AFTER.match(text, said_end):
                continue
            clause_start = start_after(text, said_start, "，。；！？\n,;")
            if not self._relay_marker.search(text, clause_start, said_start):
                return True
        return False

    def _congress_held_here(self, text: str, occasion: str) -> bool:
        """Whether the congress of ``occasion`` (在第六次文代会上) is one ``text`` tells held: its meeting noun's
        (_held_here) or its own name's (第六次文代会今天开幕, 举行了第三次科技大会)."""
        name = re.escape(occasion[1:].removesuffix("上"))
        return self._held_here(text, occasion) or re.search(
            rf"{name}[^，。；]{{0,8}}?(?:召开|举行|开幕)|(?:召开|举行|举办)了?[^，。；]{{0,20}}?{name}", text) is not None

    def title_before(self, text: str, start: int, end: int, floor: int) -> tuple[str | None, bool, bool]:
        """(title, recipient, relayed) for a name at ``start:end``; nothing read before ``floor``.

        Relayed also covers a name used as a modifier (习近平新时代…思想) and a name after a
        future marker in its sentence (我们将…由某某签发证书).
        """
        s = start
        while s > floor and text[s - 1] in " \u3000":
            s -= 1  # 党组书记、局长 范立恒: a space between the title and the name
        address = _MASTER_TAIL.search(text, max(floor, s - 5), s)
        if address:
            s = address.start()  # 车间主任、带教师傅李明: the form of address is no title (GUIDELINES §4)
        gap_end = s
        if gap_end < start and text.startswith(("：", ":"), end):
            return None, False, False  # 县府表扬绩优选手与教练 陈某豪：…: a headline quoting the person
        # ...but a space further left ends the title (县府表扬好人好事代表 县长江振辉: a headline)
        # (LG Chem亚太区总裁: a space between two Latin letters is inside a firm's Latin name, no break)
        lowest = max(floor, start - MAX_TITLE_CHARS)  # (where the walk below ends at the latest)
        if s > lowest:
            stop = _CHAIN_STOP_BEFORE.match(text, lowest, s)
            s = stop.end() if stop is not None else lowest  # (the walk goes on from the last place that may stop it)
        while s > floor and start - s < MAX_TITLE_CHARS \
                and not (text[s - 1].isspace() and not _LATIN_SPACE.match(text, s - 2)) and (
            text[s - 1] not in CLAUSE_BREAK
            or text[s - 1] in "（）()" and (
                _CLASS_NUMBER.search(text, max(floor, s - 5), s + 4)
                or _QUALIFIER.search(text, max(floor, s - 16), min(start, s + 15))
            )
        ):
            s -= 1  # 高二（3）班学生, 副院长（主持工作）: a bracketed class number or qualifier stays in the title
        if s > floor and text[s - 1] == "，" and (self._title_end.search(_QUALIFIER_END.sub("", text[s:gap_end]))
                                                 # (华信集团董事长，江城大学1988届校友张明: the posts before an alumni label)
                                                 or _ALUMNI_LABEL_WHOLE.fullmatch(text[s:gap_end])):
            # 县委副书记、县长，县政府党组书记李某: posts of one person in groups set off by a comma
            head = s - 1
            while head > floor and text[head - 1] not in CLAUSE_BREAK and s - head < MAX_TITLE_CHARS:
                head -= 1
            group = text[head : s - 1]
            parts = _GROUP_VERB_SPLIT.split(group)[-1].split("、")
            # (市府今日表扬优良教师，市长…: a clause with a verb is no group of posts)
            # (会议任命了5名区直部门负责人，区委书记王明: the object of the clause before, counted, is no post)
            if group and all(part and self._title_end.search(part) and not _COUNTED_PART.match(part) for part in parts) \
                    and not _VERB_IN_POSTS.search(group):
                s = s - 1 - len("、".join(parts))
        prefix = text[s:gap_end]
        # (one match back to the clause's last mark, start_after: not a Python test per character of the clause)
        clause_start = start_after(text, s, "，。；！？\n,;")
        before = text[clause_start:start]
        # (周洋书记的指示要求, 周洋书记在…大会上强调: what the person did is read after a post written after the name)
        post_after = _POST_AFTER_NAME.match(text, end)
        post_end = post_after.end() if post_after and self._title_end.search(post_after.group()) else end
        relayed = bool(self._relay_marker.search(before)) or bool(_SPEECH_AS_NOUN.match(text, end)) \
            or bool(_SPEECH_ANNIVERSARY_AFTER.match(text, end)) \
            or bool(_NOT_NOW_AFTER.match(text, end)) or bool(_QUOTED_TEACHING_AFTER.match(text, end)) or bool(
                _PROFOUND_AFTER.match(text, end) and not self._takes_part(text, start, end)) or bool(
                (cited := _CITED_LEADER_AFTER.match(text, end)) and not self._takes_part(text, start, end) and not (
                    cited["occasion"] and self._held_here(text, cited["occasion"]))) or bool(
                _CONGRESS_REPORT_AFTER.match(text, end)) or bool(
                # (某某同志在第六次文代会上的讲话中指出: a numbered congress's speech cited, not one the page tells held)
                (congress := _NUMBERED_CONGRESS_SPEECH_AFTER.match(text, end))
                and not self._congress_held_here(text, congress["occasion"])) or bool(
                (quoted := _QUOTED_BEFORE.search(text, max(0, start - 40), start))
                and (not quoted["concluded"] or (elsewhere_said := _ELSEWHERE_AFTER.match(text, post_end)) is not None and not (
                    # 李强指出，…，县长王军在座谈会上强调 after 县委召开人才工作座谈会: another speaker's words end
                    # before remarks at the meeting held here (the meeting's own conclusions always quote)
                    not quoted["concluded"].startswith(("会议", "会上", "正如"))
                    and self._held_here(text, elsewhere_said.group())))) or _EARLIER_VISIT.match(text, post_end) or (
            # 据市教育局局长王强介绍，…: the source of information, not one who takes part
            before.lstrip().startswith("据") and _SOURCE_VERB.match(text, end) is not None) or bool(
            _REPORTED_AFTER.match(text, post_end) and self._told_to_reporter(text, start))
        # 为一等奖获得者安徽省的王志颁发…: a 为/向/给 earlier in the clause marks a recipient too.
        in_clause = self._recipient_clause(before)
        recipient = bool(
            _ON_BEHALF_OF.search(text, max(0, start - 1), start) and text.startswith("委托", end)
            or _DELEGATED_AFTER.match(text, end) is not None and _ON_BEHALF_OF_TITLED.search(before) is not None
            or _RECIPIENT_BEFORE.search(prefix.rstrip())
            # (王强走访慰问老党员刘志华，主持召开…: the one visited, not the one who chairs)
            or _VISITED_BEFORE.search(before)
            or (in_clause and not self._trigger_re.search(in_clause["rest"]))
            or (_PRESENTERS_FOR.search(before) is not None and _CONFERRED_AFTER.match(text, end) is not None)
        )
        sentence_start = start_after(text, start, "。！？\n")
        relayed = (
            relayed
            or bool(_RELAYED_AT_PRESS_BEFORE.search(text, sentence_start, start))
            or text.startswith(self.lex.not_speaker_after_name, end)
            # (…希望縣府儘速改善；副縣長吳某答覆表示: a marker before a semicolon is another clause's, whose subject
            # is another person's, GUIDELINES §4 answering members at a council session)
            # (the last semicolon after the sentence's start, if any: the start of the sentence's part holding the name)
            or self._future_before(text, start_after(text, start, "；;", floor=sentence_start), start)
        )
        # (时任县委书记陈国栋: a post held back then, remarks of another time; 在全省经济工作会议上强调 in an
        # article relaying that meeting: remarks made there, not here)
        elsewhere = _ELSEWHERE_AFTER.match(text, end)
        relayed = relayed or "时任" in prefix or bool(elsewhere and _relayed_occasion(text, elsewhere.group()))
        # (会上宣读了李某会长作的工作报告: the author of a text another reads out, no part in the meeting)
        if not relayed and _TEXT_READ_OUT_BEFORE.search(before):
            rank = self._title_after.match(text, end)  # (李某会长作的: the post after the name, then the authoring)
            relayed = any(_AUTHORED_AFTER.match(text, at) for at in {end, rank.end() if rank else end})
        # (按照县长李某指示，…; 根据李某要求: the person's directive followed, the person not acting here; read
        # as a recipient, not as relayed, so that 吴某强调 later in the text still counts)
        recipient = recipient or bool(_DIRECTIVE_FOLLOWED.search(before) and _DIRECTIVE_AFTER.match(text, post_end))
        # (宣布了市委关于王刚同志任职的决定，并讲话: the one a decision or notice is about is its object, no actor;
        # read as a recipient so that the announcer's window runs on past the name)
        recipient = recipient or bool(_DOCUMENT_ABOUT_BEFORE.search(before) and _DOCUMENT_ABOUT_AFTER.match(text, end))
        # (对…的王大海、刘小军3名群众予以表彰: the people commended, see _COMMENDED_OPENS)
        recipient = recipient or bool(_COMMENDED_OPENS.search(before) and _COMMENDED_AFTER.match(text, end))
        # (冯某以李某的散文《日子》为例，说…: a name inside the example or topic 以…为例 frames is the speaker's object;
        # read as a recipient so that the speaker's window runs on past it)
        recipient = recipient or bool(_EXAMPLE_BEFORE.search(before) and _EXAMPLE_AFTER.match(text, end))
        # (斯大林…并对毛泽东、周恩来说：: the ones spoken to after 对 are listeners, the 说 the subject's; read as
        # recipients so that the speaker's window runs on past them)
        recipient = recipient or bool(_SPOKEN_TO_BEFORE.search(before) and _SPOKEN_TO_AFTER.match(text, post_end))
        # (副市长李四川代表市长蒋万安颁奖: the one on whose behalf another acts takes no part)
        relayed = relayed or bool(_ON_BEHALF_OPENING.match(prefix) and s > clause_start and _HAN.match(text[s - 1]) is not None)
        # (部长甲专程赶来，代表总理乙向全体华人拜年: 代表 opening its clause before a post and a name is "on behalf of",
        # the subject the clause before's; a representative label stands before a name bare or after a noun: 职工代表乙)
        relayed = relayed or bool(s == clause_start and _ON_BEHALF_OF_POST.match(prefix))
        prefix = prefix.lstrip("、，, ")
        if not prefix:
            # (nothing before the name: every step below leaves an empty prefix empty and reads no title)
            return None, recipient, relayed
        # (特邀专家、中国环境科学研究院研究员: an invited guest's label before the chain, no post; before 特邀 is
        # stripped as a verb of inviting)
        prefix = _GUEST_LABEL_HEAD.sub("", prefix)
        # (王毅在北京同几内亚外长: the venue and the other party's preposition go before 在 is stripped below)
        prefix = _VENUE_THEN_PARTY.split(prefix)[-1]
        changed = prefix[:1] in self._prefix_strip_starts  # (no word to strip opens with another character)
        while changed:
            changed = False
            for word in self.lex.title_prefix_strip:
                if not prefix.startswith(word) or len(prefix) <= len(word):
                    continue
                if len(word) == 1 and (_PLACE_WITH_CONNECTOR.match(prefix) or _BODY_OPENING_DUI.match(prefix)):
                    continue  # 和平区委书记, 和田地区行署专员, 对外友协会长: the character begins a place's or body's name
                prefix = prefix[len(word) :]
                changed = True
        if prefix[:1] in ("同", "跟") and (s == floor and floor > 0 and _HAN.match(text[floor - 1])
                                          # (校长李明、同济大学教授, 和同方股份总裁: a list's joint before 同)
                                          and text[gap_end - len(prefix) - 1] not in "、和与及"
                                          or text[gap_end - len(prefix) - 1 : gap_end - len(prefix)] == "并"):
            # 周强同县长王军, 刘海致辞，并同总经理王涛: the conjunction right after the name before or after 并
            # (not 同济大学)
            prefix = prefix[1:]
        # Drop a dateline tag (【本报讯】, Taiwan's 〔记者某某/台中报导〕) and a leading date or place phrase
        # ending in 上/中 (会上, 讲评会上).
        prefix = _UP_TO_DATELINE_TAG.sub("", prefix)
        prefix = prefix.lstrip("▲△▼●◆■□★☆►▶◎【[")  # ▲校长李明致辞: a caption's mark
        # (主委李天赐（右三）与文化局长赖维钧（左三）: a caption's position marker after the person before, then the joint)
        prefix = _CAPTION_POSITION_BEFORE.sub("", prefix)
        prefix = _LIST_NUMBER_OPENING.sub("", prefix)  # 1、(联合国秘书长安南): a list's item number
        # (腾讯公司副总裁、我校1998届校友: an alumni label after the title)
        prefix = _ALUMNI_LABEL_END.sub("", prefix)
        # 会议特邀上海交通大学教授, 邀得立法会议员 (HK releases)
        prefix = _UP_TO_INVITED.sub("", prefix).lstrip("、，, ")
        prefix = _UP_TO_ROLE_NAMED.sub("", prefix)  # 会议主持人为区委副书记(李明)
        prefix = _ROLE_LABEL_OPENING.sub("", prefix)  # 主持人、局办公室主任(张文彬)
        prefix = _EACH_WERE_LEAD.sub("", prefix)  # 颁奖嘉宾分别为(市长张某)
        prefix = _DATELINE_IN_TITLE.sub("", prefix)  # 新华社北京5月21日电外交部发言人…
        # (传达学习市委书记王某在…上的讲话: the relaying verb before the title is no part of it)
        prefix = self._relay_prefix.sub("", prefix)
        prefix = _UP_TO_OCCASION.sub("", prefix)
        prefix = _REPRESENTING_LEAD.sub("", prefix)  # 作为劳模代表，(全国劳动模范、某厂技师)
        # (大会授予江州大学教授田立新…奖, 会议追授市消防支队队长赵刚…, 向江州大学教授田立新颁发证书: the conferring verb or
        # the preposition of the one honoured before the chain is no part of it; not 向阳区, a place opening on 向)
        prefix = _CONFERRED_BEFORE_TITLE.sub("", prefix)
        # (市商务局、高新区负责人和华远集团董事长(刘某): unnamed officials joined before the named one are other people)
        prefix = _UNNAMED_JOINED_BEFORE.split(prefix)[-1]
        prefix = _DOCUMENT_ITEM_BEFORE.split(prefix)[-1]
        while "、" in prefix and (_HONOUR_PART.match(prefix.rsplit("、", 1)[1])
                                 or _LABEL_PART.fullmatch(prefix.rsplit("、", 1)[1])):
            # 宇航学院教授、长江学者(刘某): an honour ends the chain; so does a membership or a conferred standing
            # (社区网格员、年轻党员, 集团董事长、荣誉博士: GUIDELINES §4, thirty-third round)
            prefix = prefix.rsplit("、", 1)[0]
        degree = _DEGREE_LINK.search(prefix)
        # (省委党校教授、博士李明: a doctorate after a title ends the chain too)
        degree_ends = bool(degree and degree.end() == len(prefix) and self._title_end.search(prefix, 0, degree.start()))
        if prefix and not degree_ends and not self._title_end.search(_QUALIFIER_END.sub("", prefix)) \
                and not (prefix.endswith("干部") and _OFFICE_CADRE.search(prefix, len(prefix) - 2)) \
                and not _EMPLOYED_WORKER.search(prefix) and not _EMPLOYED_OFFICER.search(prefix):
            # X委员会副主任、Y学院杨某教授: a chain ending in an organization, the title word after the name.
            after = self._title_after.match(text, end)
            head = prefix.rsplit("、", 1)[0]
            if after and "、" in prefix and self._title_end.search(head) and not head.endswith("代表") \
                    and _ORG_BEFORE.search(prefix):
                prefix += after.group()
            elif "、" in prefix and _DESCRIPTOR_PART.fullmatch(prefix.rsplit("、", 1)[1]) and self._title_end.search(
                    _QUALIFIER_END.sub("", head)):
                prefix = head  # 省作协主席、著名作家石明, 镇人大代表、种植大户刘某: the posts before a descriptor (§4)
            else:
                return None, recipient, relayed
        if not prefix:
            return None, recipient, relayed
        # A title chain starts after the last verb-like word: cut at 的/是/由/请.
        # (县人大常委会对县住建局局长…: 对 after a body; not 应对气候变化司, 市委对台办)
        # (李家超联同政务司司长陈国基, 王某携公司总经理李某: another person acts with this one)
        # (在北京同法国外长, 在人民大会堂与德国总理: a venue after 在, then the preposition before the other
        # party; not 同济大学, 与会, nor 同 inside a place name: 大同市委, 同安区, 同江市, 同德县)
        remit = _REMIT_IN_CHAIN.search(prefix)
        joined = None if remit else _BODY_JOINED_TO_POST.search(prefix)
        body_head = _TITLE_LEAD_CUT.split(prefix[: joined.start()])[-1] if joined else ""
        if remit:  # (宣传部分管日常工作的副部长: the remit's 的 stays in the chain, the cut read before it)
            prefix = _TITLE_LEAD_CUT.split(prefix[: remit.start()])[-1] + prefix[remit.start() :]
        # (not 中央党校、人民大学的专家甲、乙: several bodies, each one's organization, §4 organization)
        # (nor 来自南方理工大学的青年教师甲、省师范大学的副教授乙: the verb before the list governs its later items too)
        elif joined and (body_head or joined.group().startswith("驻")) and not any(mark in body_head for mark in "、（(和及与") \
                and not _VERB_BEFORE_BODY.search(_clause_before(text, max(0, start - 60), start)):
            prefix = body_head + prefix[joined.start() :]  # 未来论坛理事会的轮值主席: the body's 的 stays in the chain
        else:
            prefix = _TITLE_LEAD_CUT.split(prefix)[-1]
        # (外交部长王毅同几内亚外长: another titled person's name, then 同/与/跟, ends the other party's clause)
        prefix = prefix[self._other_party_end(prefix):]
        # (社区居民陈阿姨和小学生王子涵: a person named by a kinship term, then the conjunction, is another one)
        prefix = _KINSHIP_THEN_CONJUNCTION.split(prefix)[-1]
        # (市民李秀英、退休教师张明: a resident named before 、 is another person, the residence a label of theirs, §4
        # fifteenth round; not 居民代表、…: a label word, no name, after the residence)
        for named in reversed(list(_RESIDENT_NAMED_THEN_COMMA.finditer(prefix))):
            if named["name"][0] in self.lex.surnames or named["name"][:2] in self.lex.surnames:
                prefix = prefix[named.end() :]
                break
        if prefix.startswith("以") and _LEADER_OF_PARTY.match(text, end):
            prefix = prefix[1:]  # 以主席古川为团长的…代表团: 以 of 以…为团长, no part of the title
        prefix = _THIS_TIME_OPENING.sub("", prefix)  # 这次俄总理
        prefix = _ELECTED_OPENING.sub("", prefix)  # 新当选会长陈某
        prefix = _DATE_OPENING.sub("", prefix)  # 图为5月8日县委书记…: a caption's date
        prefix = _THERE_WERE_OPENING.sub("", prefix)  # 出席的(还)有市文联副主席…, 致辞的嘉宾有… (not 有线新闻网)
        # (与会专家学者王强: the attending word, or the 会 it leaves once 与 is cut as a conjunction, is no part of the
        # title; 专家学者, "experts and scholars", is a group label, no occupation: no title, cr8 1.5)
        prefix = _ATTENDING_OPENING.sub("", prefix)
        if _GROUP_LABEL_END.search(prefix) and "、" not in prefix:
            return None, recipient, relayed
        if _BARE_WORKER.fullmatch(_ONE_OF_HEAD.sub("", prefix)):
            # 工人李四发言, 一名工人李四: a worker's noun with no employer is a label (§4), also after a count of one
            return None, recipient, relayed
        # 校友代表、南江科技集团董事长: a representative label before the job title is not part of it.
        # (not 区人大代表、…总经理: a seat heads the chain)
        prefix = _LABEL_BEFORE_CHAIN.sub("", prefix)
        glued = _LABEL_GLUED_CHAIN.match(prefix)
        if glued and self._title_end.search(prefix, glued.end()):  # (the label holds no 、: its pattern's [^、])
            prefix = prefix[glued.end() :]
        # 获奖教师、县一中校长: the label of one honoured is no post either (GUIDELINES §4), alone or before the chain
        prefix = _HONOURED_LABEL_HEAD.sub("", prefix)
        prefix = _STATUS_LABEL_HEAD.sub("", prefix)  # 退役军人、县供电公司职工: a life status before the chain (§4)
        if not prefix:
            return None, recipient, relayed
        # (1990级校友、…董事长, 1998届毕业生、…: a class label; …董事长、企业家代表: a label after the title)
        # (我校1985级校友、…: the school's own pronoun before the class)
        prefix = _CLASS_LABEL_OPENING.sub("", prefix)
        prefix = _ALUMNI_LABEL_MIDDLE.sub("", prefix)  # (校友会会长、1985届校友、恒远集团董事长: between two posts)
        # (教师代表李老师、学生代表张小明: a part naming another person by surname and courtesy title is another
        # list item, not a post; the chain starts after it)
        parts = prefix.split("、")
        # (the surname before the courtesy title is looked up only where one is written: not a bare 先生)
        others = [k for k, part in enumerate(parts[:-1]) if _COURTESY_REFERENCE.search(part)
                  and part[-3:-2] in self.lex.surnames]
        # (日本早稻田大学教授中岛健一、北京大学教授王晓东: a part that goes on past its title word with a name the
        # rules could not read is the item of another person; the chain starts after it)
        others += [k for k, part in enumerate(parts[:-1]) if self._name_after_title(part)]
        if others:
            prefix = "、".join(parts[max(others) + 1 :])
        prefix = _LABEL_AFTER_CHAIN.sub("", prefix)  # (not 全国人大代表: a seat)
        if _REPRESENTATIVE_LABEL.fullmatch(prefix) and not _POSTED_REPRESENTATIVE_END.search(prefix) \
                and not _SEAT_END.search(prefix):
            # (中国常驻联合国代表, 首席代表, 联合国开发计划署驻华代表, 世卫组织驻华代表处代表: a post)
            return None, recipient, relayed  # 职工代表: a label, not a job title (corpus/GUIDELINES.md §4)
        # (黄大年同志生前同事、学院教授: a relation to one deceased, no post; the chain starts after it)
        prefix = _LATE_ONES_RELATION.sub("", prefix)
        # 著名慈善家、…董事长: an epithet, no post (an occupation is one since GUIDELINES §4 eighth round: 著名经济学家、…院长
        # keeps 经济学家, its praise word dropped below)
        if (famous := _FAMOUS_EPITHET.match(prefix)) and not self._title_end.search(famous.group()[:-1]):
            prefix = prefix[famous.end() :]
        # 县实验小学教师、全国模范教师: honours in the chain are not titles (corpus/GUIDELINES.md §4)
        # (“全国三八红旗手”、东湖区第一小学校长: a quoted honour is no post either)
        # (荣誉院士之一、著名建筑师…, 创始人之一、…董事长: one of a group, a label like 获奖者之一, no post)
        # (“最美乡村教师”、白石镇中心小学教师: a quoted honour ending in a person noun is an honour still, not a post like a
        # quoted “第一书记”)
        # (——记全国劳动模范、护林员王某: the subtitle's lead cut first, so the honour after it is read as one)
        prefix = _PORTRAIT_LEAD.sub("", prefix)
        # (年轻党员、社区网格员, 荣誉博士、著名建筑师: a membership or a standing conferred as an honour is no post either,
        # GUIDELINES §4, thirty-third round)
        prefix = "、".join(part for part in prefix.split("、") if not _HONOUR_PART.match(part)
                          and not _LABEL_PART.fullmatch(part) and not (
            _QUOTED_PART.fullmatch(part) and (not self._title_end.search(part[1:-1]) or _HONOUR_PART.match(part[1:-1])))
            and not part.endswith("之一"))
        # (——记青海省农林科学院研究员王秀兰, ——访江城大学校长李某: a feature's subtitle, its dash and 记/访 no part of the post)
        prefix = _PORTRAIT_LEAD.sub("", prefix)
        return (_without_stray_marks(prefix) or None), recipient, relayed

    def _name_after_title(self, part: str) -> bool:
        """Whether ``part`` of a 、-chain ends in a name after its last title word, the part ending in no title
        word: a transliteration (教授约翰·史密斯), or two to five characters that hold no title character and open
        with a surname or a Japanese family name (教授中岛健一)."""
        if self._title_end.search(part):
            return False
        ends = [m.end() for m in self._title_any.finditer(part)]
        if not ends:
            return False
        tail = part[ends[-1] :]
        if _TRANSLITERATED.fullmatch(tail) or _DOTTED_NAME.fullmatch(tail):
            return len(tail) <= MAX_FOREIGN_NAME
        return (2 <= len(tail) <= 5 and not _TITLE_CHARS.search(tail) and not _ORG_LAST_CHAR.search(tail)
                and (tail[0] in self.lex.surnames or tail.startswith(tuple(self.lex.east_asian_surnames))))

    def _other_party_end(self, prefix: str) -> int:
        """Where the title of the person named last starts in ``prefix`` when another person's title and name,
        then 同/与/跟, stand before it (外交部长王毅同几内亚外长: 0 when none)."""
        cut = 0
        for m in _OTHER_PARTY_JOIN.finditer(prefix):
            at = m.start()
            if not self._title_end.search(prefix, m.end()):
                continue
            for size in (3, 2):
                name = prefix[at - size : at]
                surname_len = 2 if name[:2] in self.lex.compound_surnames else 1
                if at - size > 0 and len(name) > surname_len and name[:surname_len] in self.lex.surnames \
                        and name not in self.lex.non_names and not _TITLE_CHARS.search(name) \
                        and self._title_end.search(prefix, 0, at - size) and not self._title_any.search(name):
                    cut = m.end()
                    break
        return cut

    def _untitled_name_follows(self, text: str, i: int) -> bool:
        """Whether a 、 and a bare name (a surname and one or two characters, no post) follow ``i``: the next item
        of a 、-list of names under one title (大会执行主席黄立、何春燕在主席台就座)."""
        item = _UNTITLED_LIST_ITEM.match(text, i)
        return bool(item and item["name"] not in self._title_words and (
            item["name"][:1] in self.lex.surnames or item["name"][:2] in self.lex.surnames))

    def _recipient_clause(self, before: str) -> re.Match[str] | None:
        """The :data:`_RECIPIENT_IN_CLAUSE` of ``before`` (the clause up to a name), skipping a 为 of a name
        (市委书记张为民、市长周华) and of the firm 华为 (华为公司副总裁李明), but not a 为 after a titled
        name ending in 华 (镇党委书记龚建华为见义勇为模范张勇颁发证书: 张勇 is the recipient)."""
        at = 0
        while (m := _RECIPIENT_IN_CLAUSE.search(before, at)) is not None:
            i = m.start()
            if m.group()[0] in "为向" and before[i - 1 : i] in self.lex.surnames \
                    and (i == 1 or before[i - 2] in "、 " or self._title_end.search(before, 0, i - 1)) \
                    and (before[i + 2 : i + 3] == "、" or self._title_any.match(before, i + 2)
                         or before.startswith(("副", "常务副"), i + 2) and self._title_any.match(before, before.index("副", i + 2) + 1)):
                at = i + 1  # 吴向东、李志强…, 县长吴向东、副县长…: 向/为 of a name in a list, not the preposition
                continue
            if m.group()[0] in "为向" and before[i - 1 : i] in self.lex.surnames and _KIN_OF.match(before, i + 2) \
                    and (i == 1 or before[i - 2] in "、，, 及和与" or self._title_end.search(before, 0, i - 1)):
                at = i + 1  # (以及李向明的父亲李某作了报告: a name whose relative follows, no preposition 向 before it)
                continue
            if not m.group().startswith("为"):
                return m
            if before[i - 1 : i] in self.lex.surnames and self._title_end.search(before, 0, i - 1):
                at = i + 1  # 张为民: 为 is a character of the name before
            elif before[i - 1 : i] == "华" and not any(
                    before[i - k : i - k + 1] in self.lex.surnames and self._title_end.search(before, 0, i - k) for k in (2, 3)):
                at = i + 1  # 华为: the firm
            else:
                return m
        return None

    def _index_posts(self, holders_of: dict[str, set[str]], name: str, title: str,
                     short_holders: dict[str, set[str]]) -> None:
        """Index a person under each post of a title chain and its last title word (市委书记、市人大常委会
        主任 -> 市委书记, 书记, 市人大常委会主任, 主任); a deputy (副市长) is not filed under 市长.  The short
        forms of a post a holder is called by after the surname are filed in ``short_holders`` (:meth:`_short_forms`;
        apart from the posts: every sentence looks its forms up, :meth:`_with_short_post_references`)."""
        # (区委副书记、区长，区委深改委副主任: a group of posts set off by a comma holds posts too)
        for part in _POST_GROUP_SPLIT.split(title):
            ends = []  # where the title words ending the post start (村党支部书记: 党支部书记, 支部书记, 书记)
            for i in range(len(part)):
                if part[i:] in self._title_words:
                    if i == 0 or not part[:i].endswith(("副", "代", "常务副")):
                        holders_of.setdefault(part[i:], set()).add(name)
                        ends.append(i)
                    else:
                        # (filed apart: 汪县长 may address 副县长汪洋, a bare 县长 is someone else)
                        holders_of.setdefault(DEPUTY_KEY + part[i:], set()).add(name)
            for form in self._short_forms(part, ends):
                short_holders.setdefault(form, set()).add(name)

    @staticmethod
    def _short_forms(post: str, ends: list[int]) -> set[str]:
        """Short forms of ``post`` by which its holder is called after the surname, derived from the title words
        that end it (starting at ``ends``): the first character of one of three or more characters (钱董 for 董事长,
        王工 for 工程师, 赵总 for 总经理), and the first characters of a title word and of the shorter title word
        ending it, as the first characters of each word make a Chinese abbreviation (刘支书 for 支部书记, 李总工 for
        总工程师).  A title word of two characters gives no one-character form (王老 for 老师 is an elder), nor does
        a form hold a character of organizations and places (:data:`_TITLE_CHARS`): 院 of 院长助理 or 村 of 村主任
        would read the court 高院 or the village 李村 as a person."""
        forms = {post[i] for i in ends if len(post) - i >= 3}
        forms.update(post[i] + post[j] for i in ends for j in ends if i < j)
        return {form for form in forms if not _TITLE_CHARS.search(form)}

    def _with_short_post_references(
        self, text: str, sentence: Sentence, mentions: list[Mention], holders_of: dict[str, set[str]],
        short_holders: dict[str, set[str]],
    ) -> list[Mention]:
        """Add the references by surname and a short form of a post (钱董强调 after 董事长钱进, 刘支书说 after 村党支部
        书记刘大山, :meth:`_short_forms`) that open a clause with a speech or an act right after them
        (:data:`_SHORT_REFERENCE_AFTER`), replacing the spans they cover and a would-be name right after them (刘支书
        强调: no person 强调 after the title 支书); one only where a single person of that surname holds a post of
        that form, and the words are written after no title in the text (工程师钱董: a person called 钱董).
        ``short_holders``: each short form -> the people holding a post of that form (:meth:`_index_posts`)."""
        found = []
        for form, holders in short_holders.items():
            if form not in sentence.text:
                continue
            by_surname: dict[str, list[str]] = {}
            for name in holders:
                by_surname.setdefault(name[: 2 if name[:2] in self.lex.compound_surnames else 1], []).append(name)
            for surname, fits in by_surname.items():
                said = surname + form
                if len(fits) != 1 or said == fits[0] or self._titled_somewhere(text, said):
                    continue
                if any(n != fits[0] and n.startswith(surname) for post, names in holders_of.items() if post.startswith(form)
                       for n in names):
                    # (总经理赵立、财务总监赵强 … 赵总强调: a title word of another of the surname opens on the form,
                    # too short to give it but as likely meant; the reference is ambiguous, GUIDELINES §1)
                    continue
                at = text.find(said, sentence.start, sentence.end)
                while at >= 0:
                    end = at + len(said)
                    if (at == sentence.start or _REFERENCE_BEFORE.search(text, sentence.start, at)) \
                            and _SHORT_REFERENCE_AFTER.match(text, end) \
                            and not any(f.start < end and at < f.end for f in found):
                        found.append(Mention(at, end, fits[0]))
                    at = text.find(said, end, sentence.end)
        if not found:
            return mentions
        kept = [m for m in mentions if not any(f.start < m.end and m.start <= f.end for f in found)]
        return sorted(kept + found, key=lambda m: m.start)

    def _with_post_references(
        self, text: str, sentence: Sentence, mentions: list[Mention], holders_of: dict[str, set[str]]
    ) -> list[Mention]:
        """Add the surname-and-post references of people named before (王书记 after 县委书记王强, 欧阳书记
        after 市委副书记欧阳红, 汪县长 after 副县长汪洋), replacing the shorter spans they cover (a model's
        欧阳), in a sentence that names an address or an occasion. A reference opens a clause (after
        punctuation or an opener such as 会上), so 高校长期 holds no 高校长; one that fits several people
        (two 王书记, or a 县长 and a 副县长 汪) is left alone, as a full post-holder beats a deputy."""
        # (陈校长走过来拍着他的肩说: a feature's narrative, no address or occasion; but 陈书记要求，…:
        # a speech verb right after the reference is an address)
        # (no post, no reference: a cheap test before _OCCASION, which tries every position; and no one indexed by post
        # yet, no reference resolves: _holder_by_reference and _bare_post_reference look the post up in holders_of)
        if not holders_of or not self._titles_in(sentence.text):
            return mentions
        occasion = _OCCASION.search(text, sentence.start, sentence.end) is not None
        if not occasion and not _SPEECH_AFTER_POST.search(text, sentence.start, sentence.end) \
                and not _ACT_AFTER_POST.search(text, sentence.start, sentence.end) \
                and not _DIRECTIVE_AFTER_POST.search(text, sentence.start, sentence.end):
            return mentions
        found = []
        for post in self._title_any.finditer(text, sentence.start, sentence.end):
            # (王书记宣读了表彰决定, 林书记为全体党员讲授党课: a role in the reference's own clause)
            if not occasion and not _SPEECH_AFTER_POST.match(text, post.end()) and not _ACT_AFTER_POST.search(
                    text, post.end(), clause_bounds(text, post.end())[1]) and not _DIRECTIVE_AFTER_POST.match(text, post.end()):
                # (王县长高度评价了…，并指出，…: the acts of the clause joined to the reference's first one)
                goes_on = _REFERENCE_GOES_ON.match(text, post.end())
                if goes_on is None or not (_SPEECH_AFTER_POST.match(text, goes_on.end())
                                           or _DIRECTIVE_AFTER_POST.match(text, goes_on.end())
                                           or _ACT_AFTER_POST.match(text, goes_on.end())):
                    continue
            # (李副市长强调: the deputy's mark between the surname and the post)
            deputy = _DEPUTY_END.search(text[max(sentence.start, post.start() - 3) : post.start()])
            post_start = post.start() - (len(deputy.group()) if deputy else 0)
            said = (deputy.group() if deputy else "") + post.group()
            for surname_len in (2, 1):
                start = post_start - surname_len
                surname = text[start:post_start]
                if start < sentence.start or (surname not in self.lex.compound_surnames if surname_len == 2
                                              else surname not in self.lex.surnames):
                    continue
                if start > sentence.start and not _REFERENCE_BEFORE.search(text, sentence.start, start):
                    continue
                if text[post.end() : post.end() + 1] in ("员", "处"):
                    continue  # (王书记员, 王书记处: the post is part of a longer word)
                name = self._holder_by_reference(surname, said, holders_of)
                if name and not text.startswith(name, start):
                    found.append(Mention(start, post.end(), name))
                break
            else:
                bare = self._bare_post_reference(text, sentence, post_start, post.end(), said, holders_of)
                if bare is not None:
                    found.append(bare)
        if not found:
            return mentions
        # (李书记强调: what follows the reference is its verb, not a name 强调 after the title 书记)
        kept = [m for m in mentions if not any(f.start < m.end and m.start <= f.end for f in found)]
        return sorted(kept + found, key=lambda m: m.start)

    @staticmethod
    def _bare_post_reference(text: str, sentence: Sentence, start: int, end: int, said: str,
                             holders_of: dict[str, set[str]]) -> Mention | None:
        """县长要求，…; 该校校长在讲话中强调: a post alone (or after 该…) opening a clause, its remarks right
        after it, stands for the one person written with that post before (none when several hold it)."""
        this = _THIS_UNIT_END.search(text[max(sentence.start, start - 3) : start])
        begin = start - (len(this.group()) if this else 0)
        if begin > sentence.start and not _CLAUSE_OPENING_END.search(text[sentence.start : begin]):
            return None
        if not (_SPEECH_AFTER_POST.match(text, end) or _IN_ADDRESS.match(text, end)):
            return None
        holders = holders_of.get(said, set())
        return Mention(begin, end, next(iter(holders))) if len(holders) == 1 else None

    def _holder_by_reference(self, surname: str, said: str, holders_of: dict[str, set[str]]) -> str | None:
        """The one person with ``surname`` who holds the post ``said`` (else a deputy of it); a deputy's
        post said (李副市长) is looked up among the deputies only."""
        base = _DEPUTY_OPENING.sub("", said)
        choices = [(said, DEPUTY_KEY + base)] if base != said else [(said,), (DEPUTY_KEY + said, "副" + said, "常务副" + said)]
        for keys in choices:
            fits = sorted({n for key in keys for n in holders_of.get(key, ()) if n.startswith(surname)})
            if len(fits) == 1:
                return fits[0]
            if fits:
                return None  # two people fit: the reference stays unresolved
        return None

    def _with_acting_post(self, text: str, mention: Mention) -> None:
        """陈代理市长, 王常务副市长, 李署理局长: a surname and an acting or executive post, read as one reference by
        surname and post (like 陈市长), not a name 陈代理 with the title 市长: the mention is widened over the post."""
        surname_len = 2 if mention.name[:2] in self.lex.compound_surnames else 1
        if mention.name[:surname_len] not in self.lex.surnames or not _ACTING_QUALIFIER.fullmatch(mention.name[surname_len:]):
            return
        deputy = 1 if text.startswith("副", mention.end) else 0  # (王常务副市长: 常务 and 副 before the post)
        post = next((length for length in range(POST_MAX_CHARS, 0, -1)
                     if text[mention.end + deputy : mention.end + deputy + length] in self._title_words), None)
        if post is not None:
            mention.end += deputy + post
            mention.name = text[mention.start : mention.end]

    def _by_surname_and_post(self, name: str, holders_of: dict[str, set[str]]) -> str | None:
        """The full name behind a surname-and-post reference (李校长 -> 李志明 when 校长李志明 was
        written before); ``""`` when no one fits, since a post is no personal name (§4)."""
        surname_len = 2 if name[:2] in self.lex.compound_surnames else 1
        post = name[surname_len:]
        if name[:surname_len] in self.lex.surnames and post in _SHORT_POSTS:
            # 李总 after 公司总经理李强, 王董 after 董事长王明: the short form a company uses for its heads
            fits = sorted({n for p in _SHORT_POSTS[post] for n in holders_of.get(p, ()) if n.startswith(name[:surname_len])})
            return fits[0] if len(fits) == 1 else ""
        key = None
        acting = _ACTING_QUALIFIER.match(post)
        if acting and post[acting.end() :] in self._title_words:
            key = post = post[acting.end() :]  # 陈代理市长 after 代理市长陈宏昌 (filed under 市长): the post itself
        elif acting and post.startswith("副", acting.end()) and post[acting.end() + 1 :] in self._title_words:
            post = post[acting.end() + 1 :]
            key = DEPUTY_KEY + post  # 王常务副市长 after 常务副市长王刚 (filed as a deputy's post)
        if name[:surname_len] not in self.lex.surnames or post not in self._title_words:
            return None
        fits = [n for n in holders_of.get(key or post, ()) if n.startswith(name[:surname_len]) and n != name]
        return fits[0] if len(fits) == 1 else ""
