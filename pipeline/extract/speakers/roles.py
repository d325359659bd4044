"""Roles read from the clauses after a name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.boilerplate import is_dated_line, speech_headline
from pipeline.extract.common import CHAIRED_AS_PRESIDENT, bounded_memo, page_region, start_after, word_alternation
from pipeline.extract.speakers.patterns import (
    _ACCOUNT_REPORT_AFTER,
    _ACCOUNT_REPORT_GIVEN_BEFORE,
    _ADDRESS_NAMED_IN,
    _ADDRESS_NOUN_ENDS,
    _ADDRESS_NOUN_ROLES,
    _ADDRESSING_ROLES,
    _AFTER_PRONOUN_ONLY,
    _AFTER_THE_MEETING_BEFORE,
    _AGENT_CLAUSE,
    _ANOTHERS_BEFORE,
    _ANSWERED_BARE,
    _ANSWERED_QUESTIONS,
    _ASKED_BEFORE,
    _ASKED_TO_SHARE_BEFORE,
    _ASPECT_CLOSE,
    _ASSESSED_AFTER,
    _BANNER_CONFERRED,
    _BARE_EXPLANATION,
    _BILL_PRESENTED,
    _BRIEFING_EXPLAINED,
    _BYLINE_LEAD,
    _CHAIRING_END,
    _CLAUSE_END_IN,
    _CLAUSE_MARK,
    _CLEFT_SUBJECT_OPENS,
    _COMMENDATION_TOLD,
    _COMMISSIONED_BEFORE,
    _CONFERMENT_TOPIC,
    _CONFERMENT_TRIGGERS,
    _CONFERRAL_AS_WORK,
    _CONFERRALS_TALLIED_BEFORE,
    _CONFERRED_BARE_END,
    _CONFERRED_BY_HIMSELF_END,
    _CONFERRED_THING_BEFORE,
    _CONFERRING,
    _CONTINUES,
    _COUNCIL_MEMBER_BEFORE,
    _COURTESY,
    _COURTESY_BEFORE_ACT,
    _COURTESY_ZHIYI,
    _DECISION_ANNOUNCED,
    _DECLARED_OPEN,
    _DEGREE_CONFERRED,
    _DEMAND_NOUN,
    _DEPLOYMENT,
    _DIRECTIVE_CONVEYED,
    _DIRECTIVE_OPENS,
    _DONE_ACT,
    _DONE_TO_SPEAKER,
    _EXCHANGE_PARTNER_BEFORE,
    _EXPERIENCE_ON_BEHALF,
    _FINDINGS_CLAUSE,
    _FINDINGS_ELSEWHERE,
    _FINDINGS_FED_BACK,
    _FINDINGS_POINTED,
    _FINDINGS_PUBLISHED,
    _FIRST_PERSON,
    _FRAMED_ONLY,
    _FRAMING_CLAUSE,
    _FROM_ASPECT_OPEN,
    _GAVE,
    _GAVE_CLASS,
    _GAVE_LECTURE,
    _GROUP_SYMPOSIUM_TURNS,
    _GUIDANCE_GIVEN,
    _GUIDANCE_JOINED_UNDER,
    _GUIDE_POST_TAKEN,
    _GUIDED,
    _GUIDES_MEETING,
    _HAN,
    _HEADLINE_ROLE,
    _HEARD_BEFORE,
    _HEARD_THEN_SPOKE,
    _HOME_VISITED,
    _HOSTED_CONFERRAL,
    _IN_CHARGE,
    _INSPECTION_NOUNS,
    _INVITATION_EXTENDED,
    _LEAD_IN,
    _LEADS_OATH,
    _LEADS_STUDY,
    _LECTURE_AGAIN,
    _LECTURE_OPENED,
    _LECTURE_VERB,
    _LECTURING_AHEAD,
    _LED_IN_ACT,
    _LED_STUDY,
    _LETTER_WRITTEN_BEFORE,
    _LIST_ITEM_REST,
    _LISTENED_WORD,
    _MANY_BEFORE,
    _MEDAL_PINNED,
    _MEETING_TOLD,
    _MEMBER_QUESTIONED,
    _NEW_SUBJECT,
    _OBJECT_BEFORE,
    _OBJECT_BEFORE_BARE,
    _OCCASION_END,
    _ORG_SUBJECT,
    _OTHER_CEREMONY,
    _OTHER_EVENT,
    _OTHER_OCCASION,
    _OTHER_SUBJECT_PINS,
    _OWN_ADDRESS_MANNER,
    _OWN_REPORT_CITED,
    _OWN_REPORT_SPOKEN,
    _PARTNER_BEFORE_VERB,
    _PARTY_LECTURE_AFTER,
    _PARTY_LECTURE_BY,
    _PASSIVE_END,
    _PLEDGE,
    _POINTS_PUT,
    _POSSESSED_REMARK_BEFORE,
    _POST_NOMINALS,
    _PRAISE_GIVEN,
    _PRAISED_BEFORE,
    _PRESENT_TO_GUIDE,
    _PRINTED_IN_FULL,
    _PRONOUN_START,
    _PROPOSED_AT_FORUM,
    _PROPOSED_THERE,
    _PUT_AT_FORUM,
    _QUALIFIES_NOUN_AFTER,
    _QUALIFIES_PARTNER_AFTER,
    _QUESTIONED_THERE,
    _QUOTE_OPENS,
    _QUOTED_TITLE_OPEN,
    _RAISED_AT_FORUM,
    _REACTION_TO_ADDRESS_BEFORE,
    _READ_OUT_BEFORE,
    _READ_OUT_COLON,
    _READ_OUT_LONG_OBJECT,
    _READ_OUT_OBJECT,
    _RECIPIENT_OPENS,
    _REFERRED_WORDS_TRIGGER,
    _REMARKS_AFTER_REVIEW,
    _REMARKS_AT_EVENT_END,
    _REMARKS_NEXT,
    _REPEATED_INQUIRY,
    _REPORT_BACK,
    _REPORT_BY_TITLE,
    _REPORT_DELIVERED,
    _REPORT_HANDLED_BEFORE,
    _REPORT_NAMED,
    _REPORT_OR_SUMMARY_WORD,
    _REPORT_QUALIFIES_AFTER,
    _REPORT_WORD,
    _REPORTED_AT_MEETING,
    _REPORTED_BY_END,
    _REPORTED_TO_BEFORE,
    _REPORTED_WORK,
    _RESPECTIVELY_AHEAD,
    _RESPECTIVELY_JOINED_AHEAD,
    _SAT_IN_AND_SPOKE,
    _SAYS_NOTHING_BEFORE,
    _SENTENCE_MARK,
    _SESSION_ITEM_FRAME,
    _SET_UP_EVENT_BEFORE,
    _SHARING,
    _SHOW_GUIDED,
    _SHOW_PRESENTED,
    _SHOWS_HOW,
    _SOFT_SPEECH_VERBS,
    _SPEAKER_ACT_ROLES,
    _SPEECH_FRAME,
    _SPEECH_ROLES,
    _SUBJECT_FIRST_CLAUSE,
    _SUBJECTLESS_ACT,
    _SUBJECTLESS_REMARKS,
    _SUBJECTLESS_ROLE,
    _SUMMING_UP_FRAME,
    _SUPERVISES_MEETING_BEFORE,
    _TALKED_ABOUT,
    _TALKS_HELD_SENTENCE,
    _THIS_ONE_END,
    _TITLED_LECTURE,
    _TITLED_TALK,
    _TOLD_OF_ONESELF,
    _TRAINING_GIVEN,
    _TRANSFERRED_TO,
    _UNDER_ANOTHERS_AFTER,
    _UNDER_ANOTHERS_BEFORE,
    _UNNAMED_POST_CLAUSE,
    _URGING,
    _VERB_ONLY_AFTER,
    _WISHES_SENT_BEFORE,
    _WORDS_OPEN,
    _WORK_SUMMARY_GIVEN,
    _WRITTEN_ADDRESS,
    _YEARS_MESSAGE_AS_OCCASION,
    MAX_ROLE_CLAUSES,
    MAX_SUBJECT_CLAUSES,
    PRAISED_REACH,
    REPORTED_TO_REACH,
    Mention,
    _at_council_or_forum,
    _at_delegates_congress,
    _at_forum,
    _goes_on_later,
    _inside_quoted_title,
    _message_issued,
    _proposals_tallied,
    _said_apart,
)
from pipeline.extract.speakers.person_context import (
    DEMANDS_DESCRIBED,
    EVENT_HELD,
    NOT_AN_ADDRESS_HERE,
    REVIEWED_HISTORY,
    SELF_OR_END,
    STRICT_BEFORE,
)
from pipeline.regex_gate import gate_literals

# The soft verbs folded into an address named before them (在致辞中说…, 在致辞中回忆了…): a memory told inside the address is
# part of it like 讲述, no 讲话 of its own (GUIDELINES §4: remarks inside an address belong to it); 回忆了 stays 讲话 elsewhere.
_SOFT_IN_ADDRESS = _SOFT_SPEECH_VERBS | {"回忆了"}
# An adverb between a speech frame and its verb (在致辞中还宣布, 在致辞时正式宣布).
_ADVERB_END = re.compile("(?:还|也|又|并|同时|正式|郑重|当场)$")
# Another body's demands relayed (传达了街道党工委关于开展…的部署要求, 传达学习了上级工作要求): the 要求 is the noun
# ending the thing relayed, no demand of the one named (GUIDELINES §4 thirty-sixth review round; 传达…精神，并要求…: a
# demand of their own after the relayed words stays 讲话).
_RELAYED_DEMANDS_BEFORE = re.compile("(?:传达|转达)(?:学习)?了?[^，。；,;]{1,40}?(?:的|部署|工作|有关|相关)$")


# Empty lines a page may set between a speech headline, its byline and its dated line (counted over the two lines read).
MAX_BLANK_LINES = 4
# A clause break after a name, or the opening of a title whose commas end no clause (roles_after's scan of a clause).
_CLAUSE_END_OR_TITLE = re.compile("[，。；！？\n,;!?《“『]")
# A corner-quoted title right after the verb of giving a report (作了『依法监管，防范风险』的报告, the newspaper copy of 1998):
# its commas end no clause either, as a “…” title's do not (GUIDELINES §4 thirty-seventh round); a corner quote elsewhere
# opens quoted words as before.
_CORNER_TITLE_OPEN = re.compile("(?:作|做)了?(?:一[场次堂个])?『")
# The word every match of _HOSTED_CONFERRAL holds (主持颁奖…): a window without it reads the same on a page of any region.
_CONFERRAL_LITERAL = "颁奖"

# Most windows whose roles are kept across documents (SpeakerRoles._roles_in; a few hundred bytes each).
ROLES_MEMO_MAX = 20_000
ANSWER_REACH = 200  # characters before an officer's bare 答复 read for the member's question it answers


# A character that makes 作 the second half of a word (工作, 合作, 协作, 创作, 写作, 运作, 操作, 制作): no light verb after it.
_ZUO_WORD_BEFORE = frozenset("工合协创写运操制")

# Every reading that gives roles_after a role of its own, besides the trigger words: the patterns _read_roles_in adds a
# role for (its add calls) and those roles_after sets ``found`` from (with self._experience_talked, built per lexicon).
# A reading added there adds its pattern here (SpeakerRoles.roles_after's gate, role_words; the readings that only
# change a role found, _BARE_EXPLANATION, _REPORT_WORD, _PARTY_LECTURE_BY, need none).
_ROLE_READINGS = (
    _RAISED_AT_FORUM, REVIEWED_HISTORY, CHAIRED_AS_PRESIDENT, _ANSWERED_BARE, _QUESTIONED_THERE, _PROPOSED_AT_FORUM,
    _PUT_AT_FORUM, _HOSTED_CONFERRAL, _LED_STUDY, _COURTESY_ZHIYI, _INVITATION_EXTENDED, _TITLED_TALK, _REPORT_BY_TITLE,
    _REPORT_NAMED, _REPORT_BACK, _TRAINING_GIVEN, _WORK_SUMMARY_GIVEN, _DEPLOYMENT, _FINDINGS_FED_BACK,
    _FINDINGS_PUBLISHED, _GAVE_LECTURE, _MEDAL_PINNED, _BANNER_CONFERRED, _GAVE_CLASS, _BILL_PRESENTED,
    _SAT_IN_AND_SPOKE, _ANSWERED_QUESTIONS, _PROPOSED_THERE, _REPORTED_AT_MEETING, _REPORT_DELIVERED, _REPORTED_WORK,
    _LECTURE_OPENED, _LECTURE_VERB, _BRIEFING_EXPLAINED, _LEADS_STUDY, _LEADS_OATH, _PLEDGE, _EXPERIENCE_ON_BEHALF,
    _OWN_REPORT_SPOKEN, _DIRECTIVE_CONVEYED,
)
# Where the parser's choice of required literals is a word on nearly every page (上, 代表, 进行), another literal every
# match holds, read from the pattern: each of its branches ends in one of these (the test of role_words compares the
# gated reading with the plain one on the corpus pages and random text).
_ROLE_READING_WORDS = {
    id(_GAVE_CLASS): frozenset({"课"}),  # (…(?P<kind>党课|党史课|党纪课|党性课|课): every kind ends in 课)
    id(_EXPERIENCE_ON_BEHALF): frozenset({"经验", "做法"}),  # (…(?:经验|做法) closes every match)
    id(_DEPLOYMENT): frozenset({"部署", "安排", "总结", "动员"}),  # (both branches close on one of these)
}


def _talks_told_before(text: str, end: int) -> bool:
    """Whether the sentence right before the one holding ``end`` tells talks or a meeting with someone held (当晚，他同某某
    举行了会谈。), naming no address: the remarks after it are made there (see :data:`_TALKS_HELD_SENTENCE`)."""
    stop = start_after(text, end, "。！？\n")
    while stop > 0 and text[stop - 1] in "。！？\n \u3000":
        stop -= 1  # (the marks closing the sentence before, a paragraph break among them)
    before = text[start_after(text, stop, "。！？\n") : stop]
    return _TALKS_HELD_SENTENCE.search(before) is not None and _ADDRESS_NAMED_IN.search(before) is None


def role_words(triggers: Iterable[str], experience_talked: re.Pattern[str]) -> re.Pattern[str] | None:
    """One search for every literal of which a stretch of text giving roles_after a role holds at least one: the trigger
    words and the required literals of :data:`_ROLE_READINGS` and ``experience_talked``; None when one of them is not
    known (a pattern whose required literals the parser cannot tell, an empty trigger).

    Why a stretch without one gives no role: roles_after reads its roles from windows of ``text[end:limit]`` only
    (:meth:`SpeakerRoles._roles_in` and its own matches of the window), and the readings after its loop only change a
    role found.  About a third of the newspaper's pages hold no trigger word at all, and most names' clauses none."""
    literals = gate_literals(triggers, (*_ROLE_READINGS, experience_talked), _ROLE_READING_WORDS)
    if literals is None:
        return None
    # (as a tree of the words' shared beginnings, word_alternation: a third of the time of the plain alternation)
    return re.compile(word_alternation(sorted(literals, key=lambda w: (-len(w), w))))


class SpeakerRoles:
    """Roles: readings of SpeakerExtractor, whose ``__init__`` sets up the lexicon patterns they use."""

    def roles_after(self, text: str, end: int, limit: int, address: bool = False, pronoun: bool = False,
                    briefing: bool = False) -> list[str]:
        """Roles read from the clauses after a name at ``end`` (up to ``limit``); ``address``: the
        person's address was read before, so soft remarks go on with it; ``pronoun``: ``end`` is that
        of a 他/她 going on with the last actor, not of a name; ``briefing``: as in :meth:`_roles_in`."""
        if self._role_words is not None and self._role_words.search(text, end, limit) is None:
            return []  # (no word of a reading that gives a role between the name and the limit: see role_words)
        if address and _talks_told_before(text, end):
            # (…在致答谢辞时…。当晚，他同某某举行了会谈。\n钱某说，…: the remarks after talks told in the sentence before are
            # made at the talks, no longer the address's, GUIDELINES §4 thirty-sixth round)
            address = False
        roles: list[str] = []
        if not pronoun:
            # (校长李明先生报告校务, 县农业局王明局长汇报了…情况, 委员张华同志建议…: a post or a courtesy written after the
            # name stands between it and the verb, whose readings anchored on the name open after it)
            post_after = self._title_after.match(text, end, limit)
            if post_after and post_after.group() != "代表":  # (王某代表我县介绍了经验: 代表 speaks for others, no post)
                end = post_after.end()
            courtesy = _COURTESY_BEFORE_ACT.match(text, end, limit)
            end = courtesy.end() if courtesy else end
        pos = end
        empty = 0  # clauses read without a trigger
        clauses = 0  # clauses read
        while True:
            clauses += 1
            stop = pos
            while stop < limit:
                # (the next clause break or title opening, one search: not a Python test per character)
                mark = _CLAUSE_END_OR_TITLE.search(text, stop, limit)
                if mark is None:
                    stop = limit
                    break
                stop = mark.start()
                if text[stop] not in "《“『":
                    break
                corner = text[stop] == "『" and _CORNER_TITLE_OPEN.search(text, max(pos, stop - 5), stop + 1) is not None
                if text[stop] == "《" or corner or (text[stop] == "“" and _QUOTED_TITLE_OPEN.match(text, stop - 1)):
                    # 作了题为《守正创新，奋勇争先》的报告, 以“守初心，担使命”为题: a title's commas end no clause
                    # (a quotation's after a colon do)
                    close = text.find({"《": "》", "“": "”"}.get(text[stop], "』"), stop + 1, min(limit, stop + 62))
                    stop = close if close > 0 and "\n" not in text[stop:close] else stop
                stop += 1
            window = text[pos:stop]
            if stop == limit and window.endswith("主持人") and _HAN.match(text, limit):
                # 记者周婷、市电视台主持人高远先后发言: 主持人 right before the next name is that one's post or label
                window = window[:-3]
            quote = _QUOTE_OPENS.search(window)
            if quote:
                window = window[: quote.start() + 1]  # 刘桂兰说：“听了李书记的党课…”: no role from the quoted words
            read_out = _READ_OUT_COLON.search(window)
            if read_out:
                # 宣读了表彰决定：授予…称号: what follows the colon in its clause is the text read out, no act of the
                # reader's (a later clause may be: …称号，随后为获奖代表颁发证书)
                window = window[: read_out.end()]
            # (代表县教育局对…表示衷心感谢，她表示，…: a 致辞 read only from words of courtesy is no address named, and
            # the remarks after it in the sentence are a speech, 讲话, GUIDELINES §4 thirteenth review round, as when they
            # open a sentence of their own; 在致辞中表示感谢，她表示… stays the address)
            addressed = bool((_ADDRESSING_ROLES - {"致辞"}).intersection(roles)) or ("致辞" in roles and any(
                w in text[end:pos] for w in self._address_words))
            found = self._roles_in(window, after_address=address or addressed,
                                   pronoun=pronoun and pos == end, briefing=briefing)
            if pos == end and not found and _RAISED_AT_FORUM.match(window) and (
                    _at_forum(text, end) or _at_delegates_congress(text, end)
                    # (區議會舉行會議…。區議員X反映，…: a council member raising a problem at the council's session,
                    # as at a 政协 or standing committee session, GUIDELINES §4 twenty-first and twenty-second rounds)
                    or (_COUNCIL_MEMBER_BEFORE.search(text, start_after(text, end), end) and _at_council_or_forum(text, end))) \
                    and not _AFTER_THE_MEETING_BEFORE.search(text, max(0, end - 40), end):
                # 座谈会上，企业家代表张华反映了…问题 (GUIDELINES §4 sixteenth review round); 区政协召开专题协商会…委员
                # 何丽萍反映，… (twenty-first round: a 政协 session is a council session for 反映, as for 提出，…)
                found = ["讲话"]
            if pos == end and not found and REVIEWED_HISTORY.match(window) \
                    and EVENT_HELD.search(text, 0, end) is not None \
                    and NOT_AN_ADDRESS_HERE.search(text, start_after(text, end, "。！？\n"), limit) is None:
                # 《某报》创刊15周年庆祝活动今天在巴黎举行。…社长某某回顾了创刊15年来的历程，重申了…宗旨: an address at the event
                # held (GUIDELINES §4 thirty-third round)
                found = ["讲话"]
            if pos == end and not found and CHAIRED_AS_PRESIDENT.match(window) and "由" in text[start_after(text, end) : end]:
                found = ["主持"]  # 由理事长周某担任主席: the chair of the meeting (GUIDELINES §3 host, §4 主持)
            if pos == end and not found and _ANSWERED_BARE.match(window) \
                    and (not window.rstrip().endswith(("答复", "答覆")) or _WORDS_OPEN.match(text, stop)) \
                    and _MEMBER_QUESTIONED.search(text, max(0, end - ANSWER_REACH), end):
                found = ["讲话"]  # 議員甲質詢…。局長乙答覆，… (GUIDELINES §4 fourteenth review round: answering members)
            if pos == end and not found and _QUESTIONED_THERE.match(window) and _MEETING_TOLD.search(text, 0, end):
                found = ["讲话"]  # 会上，议员陈某质询政府… (GUIDELINES §4 sixteenth review round: a member's question)
            if pos == end and not found and _PROPOSED_AT_FORUM.match(window) and (
                    _at_council_or_forum(text, end)
                    or (_SESSION_ITEM_FRAME.match(window) and _MEETING_TOLD.search(text, 0, end) is not None)) \
                    and not _proposals_tallied(text, end, window):
                # 座谈会上，企业家姚远建议进一步优化…, 委员王强建议开设法治讲座 (GUIDELINES §4 fourteenth and seventeenth
                # review rounds: a proposal spoken)
                found = ["讲话"]
            if pos == end and not found and self._experience_talked.match(window) and _MEETING_TOLD.search(text, 0, end) \
                    and (_at_forum(text, end) or _COMMENDATION_TOLD.search(text, 0, end)):
                # (only by a participant of a 座谈会 or a commendation meeting, §4 twenty-third round; not 县委书记王强谈了
                # 对当前经济形势的看法 at a work meeting)
                found = ["发言"]  # 企业代表陈波谈了企业发展的体会 (the lexicon's 谈了体会 with its topic between)
            if pos == end and not found and _PUT_AT_FORUM.match(window) and _WORDS_OPEN.match(text, stop) \
                    and _at_council_or_forum(text, end):
                # 座谈会上，代表王某提出，要…; 分组审议时，委员龙某提出，要… at a council session told (GUIDELINES §4
                # fourteenth and sixteenth review rounds: a proposal spoken at a forum, 座谈会 or council session)
                found = ["讲话"]
            if pos == end and found == ["讲话"] and _BARE_EXPLANATION.match(window) \
                    and _COMMISSIONED_BEFORE.search(text, max(0, end - 52), end):
                found = ["作报告"]  # 受区政府委托，X作了说明 (GUIDELINES §4 fifteenth review round)
            if pos == end and "作报告" in found and _REPORTED_WORK.match(window) \
                    and _REPORTED_TO_BEFORE.search(text, max(0, end - REPORTED_TO_REACH), end):
                found.remove("作报告")  # (各乡镇负责人向县长王某汇报了…情况: the one reported to, not the reporter)
            if "作报告" in found and _LETTER_WRITTEN_BEFORE.search(text[end:stop]) is not None:
                # (县长某某给市委写信，汇报了…情况; 写了第二封信，将近况向老人作了汇报: a report made in a letter, no address,
                # GUIDELINES §4 messages sent; thirty-second round)
                found.remove("作报告")
            if found and (self._habitual(window) or (
                    pos > end and _DIRECTIVE_OPENS.match(window) and _REPEATED_INQUIRY.search(text, end, pos))):
                found = []  # 曾多次在…会议上作报告, 先后主持召开…会议20余次: a habit or a series, no meeting of its own
            if "讲话" in found and "点评" in (*roles, *found) and all(
                t.group() in ("要求", "希望") and _DEMAND_NOUN.search(window, 0, t.start())
                or t.group() in self.lex.verb_only_triggers and not self._verb_only(window, t)  # (提出了…要求)
                or t.group() == "指出" and _FINDINGS_POINTED.match(window, t.end())  # (并指出了存在的不足)
                for t in self._trigger_re.finditer(window) if self._trigger_role[t.group()] == "讲话"
            ):
                # 逐一点评，并提出了改进要求 / 并指出了存在的不足: a noun phrase inside a 点评 adds nothing (§4)
                found.remove("讲话")
            roles.extend(r for r in found if r not in roles)
            if _said_apart(window):
                break  # …后对新闻界说，双方认为…: what follows is said to the press
            # 以《…》为题，上了一堂党课: a lead-in clause does not use up the clauses read, nor do
            # Hong Kong honour letters after the name (蔡冠深，GBS，JP，在晚宴上致辞)
            empty = 0 if found else empty + (0 if _LEAD_IN.match(window) or _POST_NOMINALS.fullmatch(window) else 1)
            if stop >= limit or text[stop] in "。！？\n!?" or quote:
                break
            quoting = text.count("“", end, stop) > text.count("”", end, stop)  # (inside the person's quoted words)
            # (会议由王伟主持，宣读了…: the clause goes on with 会议; 主持会议，随后观看了…，宣读了…: not right after the role)
            # (述职，作了述职报告: no act of its own; 为学员讲课，讲了一堂生动的党课: the lecture told again)
            own_act = bool(found) and not window.rstrip().endswith("主持") and _SUBJECTLESS_ROLE.match(text, stop + 1) is not None \
                and (not _ADDRESSING_ROLES.intersection(found) or _LECTURE_AGAIN.match(text, stop + 1) is not None)
            if _AGENT_CLAUSE.match(text, stop + 1):
                break  # …报告工程规划，并由承揽厂商代表宣读施工计划: the act of the one 由 names
            # (出席并作动员讲话，并以《…》为题，为全体党员讲授专题党课: a lead-in clause after a role leaves the act it
            # introduces to the same speaker, as it does with no role before, §4 讲党课)
            # (not 并以《…》为题，李红梅为全体党员讲授…: the act told of another, the clause opening on no 为/向 or verb)
            led_in = bool(_LEAD_IN.match(window)) and not quoting and _LED_IN_ACT.match(text, stop + 1) is not None
            if roles and not led_in and not _CONTINUES.match(text, stop + 1) and not (
                    (_SUBJECTLESS_ACT.match(text, stop + 1) or own_act) and not quoting) and not (
                # 镇长许明主持会议，要求…: remarks without a subject go on with the one who chaired (not
                # 宣读了《…决定》，要求…: the decision's demands)
                # (会议由许明主持，要求…: the meeting's demands)
                (_SUBJECTLESS_REMARKS.match(text, stop + 1) or _HEARD_THEN_SPOKE.match(text, stop + 1))
                and "主持" in roles and not window.rstrip().endswith("主持")
                and not quoting
            ) and not (
                # 对组织生活会进行了点评，指出…: remarks without a subject right after one's own 点评 are its
                # speaker's (GUIDELINES §4: 指出/强调/要求 add 讲话 even inside a 点评)
                # (逐一点评，并指出了存在的不足，强调…: the findings clause goes on with the review too)
                ("点评" in found or ("点评" in roles and _FINDINGS_CLAUSE.match(window))
                 # (作112年度业务报告，指出…, 作工作报告，强调…: a directive verb right after one's own report adds 讲话
                 # too, GUIDELINES §4 fourteenth and fifteenth review rounds)
                 or "作报告" in found)
                and _REMARKS_AFTER_REVIEW.match(text, stop + 1) and not quoting
            ) and not (
                # 张立主持会议，传达了…，研究了…，并作总结讲话: clauses with no subject of their own, then a later
                # 并/随后 clause with a role, a few clauses on (not after 由…主持: the meeting is the subject)
                clauses < MAX_SUBJECT_CLAUSES and not quoting and not window.rstrip().endswith("主持")
                and not _NEW_SUBJECT.match(text, stop + 1) and not _SUBJECT_FIRST_CLAUSE.match(text, stop + 1)
                and _goes_on_later(text, stop, limit)
            ):
                break  # the next clause has another subject
            if not roles and empty >= MAX_ROLE_CLAUSES and not _PRONOUN_START.match(text, stop + 1) and not (
                    # (王某来到青山村，与党员一起重温入党誓词，参观村史馆，并讲授专题党课: 并 goes on
                    # with the same subject, a few clauses on)
                    empty < MAX_SUBJECT_CLAUSES and _goes_on_later(text, stop, limit)) and not (
                    _PRAISE_GIVEN.search(window) and _REMARKS_NEXT.match(text, stop + 1)):
                break  # (程维高从…赶到灾区视察，在随后召开的…大会上，他要求…: the subject resumed by 他)
            if not roles and (_NEW_SUBJECT.match(text, stop + 1) or _ORG_SUBJECT.match(text, stop + 1, limit)
                              or _UNNAMED_POST_CLAUSE.match(text, stop + 1, limit)):
                break  # …通报了…情况，各学院院长作交流发言 / 市城管局作典型发言: the next clause is other people's

            if _PRONOUN_START.match(text, stop + 1) and _HOME_VISITED.match(text, end):
                break  # 来到困难职工王大山家中走访慰问，他说…: 他 resumes the visitor, not the host of the home
            if not pronoun and not roles and _PRONOUN_START.match(text, stop + 1) \
                    and _PRAISED_BEFORE.search(text, max(0, end - PRAISED_REACH), end):
                break  # 甲充分肯定了乙同志任职期间的工作，他要求…: 他 resumes 甲, the one who praised, not the one praised
            pos = stop + 1
        if "讲党课" in roles and "作报告" in roles and not _REPORT_WORD.search(text[end:pos]):
            roles.remove("作报告")  # 为学员讲课，讲了一堂生动的党课: the lecture is the party lecture
        if "作报告" in roles and "讲党课" not in roles and _PARTY_LECTURE_BY.search(text, max(0, end - 60), end) \
                and _LECTURING_AHEAD.match(text[end:]):
            roles[roles.index("作报告")] = "讲党课"  # 党课由县委常委、组织部部长王建华讲授: the party lecture named before
        return roles

    def _held_here(self, text: str, elsewhere: str) -> bool:
        """Whether the occasion of ``elsewhere`` (在座谈会上, 在调研座谈会上) ends in the meeting noun of a meeting
        that ``text`` says is held (县委召开人才工作座谈会, 到我县调研并召开座谈会): the article's own meeting
        referred to again.  The longest meeting noun counts, so 在全省经济工作会议上 is no 常委会会议 held here."""
        occasion = _OCCASION_END.sub("", elsewhere)
        head = next((noun for noun in self._meeting_nouns if occasion.endswith(noun)), None)
        if head is None:
            return False  # 在调研时: a visit, no meeting
        noun = re.escape(head)
        return re.search(rf"(?:召开|举行|举办)了?[^，。；]{{0,20}}?{noun}|{noun}[^，。；]{{0,8}}?(?:召开|举行|开幕)", text) is not None

    def _acts_in_own_clause(self, text: str, mention: Mention, limit: int) -> bool:
        """Whether words other than a post follow ``mention`` in its clause, that clause ending before ``limit``
        (区委书记孙宏通报了有关情况，…: an act of his own, so he is no item of a list closed later)."""
        end = mention.after.end() if mention.after else mention.end
        brk = _CLAUSE_END_IN.search(text, end, limit)
        return brk is not None and not _LIST_ITEM_REST.fullmatch(text, end, brk.start()) \
            and not _FRAMING_CLAUSE.match(text, end) and _DONE_ACT.match(text, end, brk.start()) is not None

    @staticmethod
    def _pair_respectively(text: str, group: list[Mention]) -> None:
        """县委书记张建国、县长李明分别讲话和主持会议: as many roles as names after 分别, one each in order."""
        last = group[-1]
        if len(group) < 2 or not _RESPECTIVELY_AHEAD.match(text[last.end : last.end + 4]) or len(last.roles) != len(group):
            return
        if not _RESPECTIVELY_JOINED_AHEAD.match(text[last.end :]):
            return  # (分别讲话: one role for all)
        roles = list(last.roles)
        for mention, role in zip(group, roles, strict=True):
            mention.roles = [role]

    @staticmethod
    def _headline_above(text: str, line_start: int) -> re.Match[str] | None:
        """The speech headline (在…大会上的讲话, ——在…上的讲话) right above the line starting at ``line_start``, a
        dated line perhaps between; None when there is none."""
        if not line_start or text[line_start - 1] != "\n":
            return None
        # (a page may set the headline, the byline and the date line apart by empty lines: they part nothing)
        lines = [line for line in text[: line_start - 1].split("\n")[-2 - MAX_BLANK_LINES :] if line.strip()][-2:]
        while lines and is_dated_line(lines[-1]):
            lines.pop()
        return speech_headline(lines[-1]) if lines else None

    @classmethod
    def _byline_role(cls, text: str, mention: Mention) -> str | None:
        """The role of one named alone on a byline line (市委书记 陈建国) right under a speech text's headline
        (在…大会上的讲话), a dated line perhaps between; None otherwise."""
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line_end = len(text) if line_end < 0 else line_end
        if not line_start or text[mention.end : line_end].strip() or not _BYLINE_LEAD.fullmatch(text, line_start, mention.start):
            return None
        headline = cls._headline_above(text, line_start)
        return _HEADLINE_ROLE[headline["w"]] if headline else None

    def _speaker_acts(self, text: str, start: int) -> list[str]:
        """Roles of the acts a speech text (after its byline, ending at ``start``) tells its speaker, 我, did at this
        event (刚才，我为获奖者颁发了证书 → 颁奖), in text order; see :data:`_SPEAKER_ACT_ROLES`."""
        roles: list[str] = []
        # (one pass over the marks, not a search of the whole rest of a long transcript for each 我 and each mark)
        sentence_start = read_to = start
        for m in _FIRST_PERSON.finditer(text, start):
            for mark in _SENTENCE_MARK.finditer(text, read_to, m.start()):
                sentence_start = mark.end()
            read_to = m.start()
            clause_mark = _CLAUSE_MARK.search(text, m.end())
            clause_end = clause_mark.start() if clause_mark else len(text)
            if _OTHER_EVENT.search(text, sentence_start, clause_end) or _OTHER_OCCASION.search(text, m.end(), clause_end) \
                    or _DONE_TO_SPEAKER.search(text, m.end(), clause_end):
                continue  # 去年，我宣读了…; 我在省里的大会上颁发了…; 刚才…我将为…颁奖: no act of this event
            acts = self.roles_after(text, m.end(), clause_end)
            if "颁奖" in acts and not _CONFERRING.search(text, m.end(), clause_end):
                acts.remove("颁奖")  # 我为新馆开馆主礼: officiating that confers nothing (the same test as other speakers')
            roles += [r for r in acts if r in _SPEAKER_ACT_ROLES and r not in roles]
        return roles

    def _verb_only(self, window: str, m: re.Match[str], pronoun: bool = False) -> bool:
        """Whether the verb-only trigger ``m`` is the verb of the one named before ``window`` (``pronoun``:
        a 他/她 going on with the last actor stands before it)."""
        if m.group() == "希望" and _DEMAND_NOUN.search(window, 0, m.start()):
            return True  # 对下一步工作提出三点希望: the hopes set out, like 提出要求
        if m.group() == "意见" and _POINTS_PUT.search(window, 0, m.start()):
            return True
        if m.group() in _AFTER_PRONOUN_ONLY and not pronoun and not _REMARKS_AT_EVENT_END.search(window, 0, m.start()):
            return False  # (李某在会上提出，要…: put forward at the meeting, not a proposal reported)
        frame = _FRAMED_ONLY.get(m.group())
        if frame is not None and not frame.search(window, 0, m.start()):
            return False
        return self._verb_only_lead.search(window, 0, m.end()) is not None \
            and _VERB_ONLY_AFTER[m.group()].match(window, m.end()) is not None

    def _region_flags(self) -> tuple[bool, bool]:
        """(``_sar_page``, ``_sar_gala``) of the document read (:meth:`SpeakerExtractor.__call__` sets ``_region_doc`` and
        both flags to None, "not read yet"): whether it is a Hong Kong or Macau page (:func:`page_region`), and whether
        that page's event is a ceremony other than a prize-giving; read on the first call for the document."""
        if self._sar_page is None or self._sar_gala is None:
            doc = self._region_doc
            self._sar_page = doc is not None and page_region(doc) in ("hong_kong", "macau")
            # (舉行青年節典禮，局長甲主持頒獎典禮: the prize-giving inside another ceremony is officiated, like 主持頒獎儀式)
            self._sar_gala = self._sar_page and doc is not None and _OTHER_CEREMONY.search(doc.clean_text) is not None
        return self._sar_page, self._sar_gala

    def _roles_in(self, window: str, after_address: bool = False, pronoun: bool = False, briefing: bool = False) -> list[str]:
        """:meth:`_read_roles_in`, memoized across documents: its reading depends on the window's text, the three flags
        and the page's region (``_sar_page``, ``_sar_gala``) only, all in the key; a new list each call (the caller
        edits it).  At most ``ROLES_MEMO_MAX`` windows are kept."""
        # (the region is read only for a window holding 颁奖, which every match of _HOSTED_CONFERRAL, the one reading that
        # depends on it, holds: elsewhere the reading is the same on any page, and the page's region, a vote over the
        # whole page, is not taken for most pages; see _region_flags)
        region = self._region_flags() if _CONFERRAL_LITERAL in window else (None, None)
        key = (window, after_address, pronoun, briefing, *region)
        found = bounded_memo(self._roles_memo, key, ROLES_MEMO_MAX, self._read_roles_tuple, window, after_address, pronoun,
                             briefing)
        return list(found)

    def _read_roles_tuple(self, window: str, after_address: bool, pronoun: bool, briefing: bool) -> tuple[str, ...]:
        return tuple(self._read_roles_in(window, after_address, pronoun, briefing))

    def _read_roles_in(self, window: str, after_address: bool = False, pronoun: bool = False,
                       briefing: bool = False) -> list[str]:
        """Roles of the triggers in ``window``, in text order: leftmost matches, the longest
        trigger at a position winning (作了讲话 over 讲话).
        ``after_address``: an address was read before the window, so soft remarks go on with it;
        ``pronoun``: the window opens right after a 他/她 going on with the last actor;
        ``briefing``: the window's sentence may tell a press conference's presenter (:data:`_FINDINGS_PUBLISHED`)."""
        found: dict[str, int] = {}  # role -> position of its first trigger
        address_end = -1  # end of an address or review trigger taken in this window (致辞, 发言, 点评)

        def add(role: str, at: int) -> None:
            found[role] = min(at, found.get(role, at))

        bill = _BILL_PRESENTED.search(window)
        if bill and (_OBJECT_BEFORE.search(window[: bill.start()]) or _HEARD_BEFORE.search(window[: bill.start()])):
            bill = None  # (李明听取了王强作的关于…的说明: another's report heard)
        # (the bare 主持颁奖 first, wherever it stands; 主持颁奖仪式 only on a Hong Kong or Macau page, _HOSTED_CONFERRAL)
        # (主持頒獎典禮 only where the page's event is another ceremony, self._sar_gala)
        conferrals = list(_HOSTED_CONFERRAL.finditer(window))
        sar_page, sar_gala = self._region_flags() if conferrals else (False, False)
        hosted_conferral = next((c for c in conferrals if c["rite"] is None and c["gala"] is None), None) or next(
            (c for c in conferrals if sar_page and (c["gala"] is None or sar_gala)), None)
        if hosted_conferral and not _OBJECT_BEFORE.search(window, 0, hosted_conferral.start()):
            add("颁奖", hosted_conferral.start())  # 局长甲、乙等主持颁奖: officiating the conferral (GUIDELINES §4 主礼)
        else:
            hosted_conferral = None
        for m in self._trigger_re.finditer(window):
            role = self._trigger_role[m.group()]
            if (
                # (主持颁奖: the conferral is the act, nobody chairs a meeting; read above)
                (hosted_conferral is not None and role == "主持" and m.start() == hosted_conferral.start())
                or
                # (作了关于…的说明: the 说 of the bill's 说明 is no remark)
                (bill is not None and m.group() == "说" and bill.start() <= m.start() < bill.end())
                or
                # (苏哈托是在接到首相某某打来的电话时作上述表示的: words referred back to are the cleft subject's, read
                # only in a window that opens on 是在/在 right after that name, GUIDELINES §4)
                (_REFERRED_WORDS_TRIGGER.search(m.group()) and not _CLEFT_SUBJECT_OPENS.match(window))
                or
                # 宣读《关于授予…的决定》: a trigger inside a document title is part of the title
                window.count("《", 0, m.start()) > window.count("》", 0, m.start())
                # (进行了充分研讨: a symposium's turns only after people listed closing on 等, 甲、乙等…就…进行了充分研讨;
                # 县长某某就…进行了研讨 is a meeting held, GUIDELINES §4 thirty-sixth round; 进行了研讨交流, a trigger of its own,
                # stays 交流发言)
                or (m.group().endswith("研讨") and not (
                    (turns := _GROUP_SYMPOSIUM_TURNS.match(window)) is not None and turns.end() == m.end()))
                # (从理论渊源、实践要求等方面进行了阐释: a trigger word inside the aspects a talk covers is a noun)
                or (_FROM_ASPECT_OPEN.search(window, 0, m.start()) is not None
                    and _ASPECT_CLOSE.match(window, m.end()) is not None)
                # (工作经验交流会议, 开展合作交流: the 作 of 工作, 合作 is no light verb, no 作经验交流/作交流 given,
                # GUIDELINES §4 thirtieth review round)
                # (not 作了工作经验交流: the light verb is written before the word)
                or (role == "发言" and m.group()[0] in "作做" and window[m.start() - 1 : m.start()] in _ZUO_WORD_BEFORE
                    and not window[: m.start() - 1].endswith(("作", "做", "作了", "做了", "进行", "进行了")))
                # (前任区长陈志强调任市府民政局副局长: 强 closes the name, 调任 a transfer, no 强调)
                or (m.group() == "强调" and _TRANSFERRED_TO.match(window, m.end()) is not None)
                # 以“讲好党课，…”为题: the same inside a quoted title (not inside quoted words after a colon)
                or _inside_quoted_title(window, m.start())
                # 指示, 提出, 希望, 部署: only as the verb of the one named (_VERB_ONLY_LEAD)
                or (m.group() in self.lex.verb_only_triggers and not self._verb_only(window, m, pronoun))
                or _said_apart(window[: m.start()])
                # (在大会上致辞说, 李某老师发言表示: soft remarks after an address taken in this clause are that
                # address, whatever stands before it, corpus/GUIDELINES.md §4)
                or (m.group() in _SOFT_IN_ADDRESS and (after_address or 0 <= address_end <= m.start()
                                                         or (_SPEECH_FRAME.search(window[: m.start()])
                                                             and not _SUMMING_UP_FRAME.search(window[: m.start()])))
                    # (致辞并宣布典礼开幕: an opening declared is 讲话 of its own, §4; 在致辞中宣布…: a measure announced
                    # right in the address's frame is 讲话 too, §4 nineteenth review round; 致辞时…并宣布了表彰决定: a
                    # decision read out is 宣读, read below)
                    and not (m.group() == "宣布" and (_DECLARED_OPEN.match(window, m.end())
                                                      or _DECISION_ANNOUNCED.match(window, m.end())
                                                      or _SPEECH_FRAME.search(_ADVERB_END.sub("", window[: m.start()])))))
                # (作专题讲座，…与师生分享了…, 担任致辞贵宾，他…分享职场心得: sharing that goes on with an address
                # read before is that address, no 发言 of its own, §4)
                or (m.group() in _SHARING and (after_address or 0 <= address_end <= m.start()))
                # 颁奖大会 is an event, not a role
                or (m.group() in self.lex.event_noun_triggers and window.startswith(self.lex.role_not_before, m.end())
                    and not (role == "述职" and _ACCOUNT_REPORT_AFTER.match(window, m.end())
                             and _ACCOUNT_REPORT_GIVEN_BEFORE.search(window, 0, m.start())))
                or (role == "颁奖" and _CONFERRAL_AS_WORK.match(window, m.end()) is not None)
                # 对各支部的述职进行点评: the object of 对/就/听取 is someone else's act
                or _OBJECT_BEFORE.search(window[: m.start()])
                or ((m.group() in self._noun_triggers or m.group().endswith(_ADDRESS_NOUN_ENDS))
                    and _ANOTHERS_BEFORE.search(window, 0, m.start()))
                # (克林顿随即对其讲话表示赞赏: a reaction to another's address, no remarks at it, GUIDELINES §4
                # thirty-ninth review round)
                or (m.group() in _SOFT_SPEECH_VERBS and _REACTION_TO_ADDRESS_BEFORE.search(window, 0, m.start()) is not None)
                or (m.group() == "要求" and _RELAYED_DEMANDS_BEFORE.search(window, 0, m.start()) is not None)
                # (建议增设长者健康讲座, 提议开设…讲座: an event proposed or set up as the object, nobody's talk given)
                or (m.group() in self._noun_triggers and _SET_UP_EVENT_BEFORE.search(window, 0, m.start()))
                # 对大会现场述职作了集中点评: the same without 的, the assessing verb after it
                or (_OBJECT_BEFORE_BARE.search(window[: m.start()]) and _ASSESSED_AFTER.match(window, m.end()))
                # 并请企业家们讲意见, 邀请代表发言: others asked to act
                or _ASKED_BEFORE.search(window[: m.start()])
                or (role == "发言" and _ASKED_TO_SHARE_BEFORE.search(window[: m.start()]))
                or (role == "发言" and m.group().startswith("作") and m.group().endswith("交流")
                    and _EXCHANGE_PARTNER_BEFORE.search(window, 0, m.start()))
                # 审议政府工作报告, 对政府工作报告的修改提出意见: a report handled as a text, not given
                or (role == "作报告" and m.group().endswith("报告") and not m.group().startswith("作")
                    and (_REPORT_HANDLED_BEFORE.search(window[: m.start()]) or _REPORT_QUALIFIES_AFTER.match(window, m.end())))
                # 林某等286名同志被授予…称号, 被市政府授予…: a passive trigger is done to the person, not by them
                or window[m.start() - 1 : m.start()] in ("被", "获")
                # (带领学校骨干教师赴…, 带领学生参观: 领学 straddles 带领 and the 学 of its object, no study led; a
                # study led, 带领学习了…, 带领学员学习, is read by _LED_STUDY and _LEADS_STUDY)
                or (m.group() == "领学" and window[m.start() - 1 : m.start()] == "带" and not window.startswith("习", m.end()))
                # 为在会上发言的代表颁发证书: the act of the one given something, named by a relative clause
                or (_QUALIFIES_NOUN_AFTER.match(window, m.end()) and _RECIPIENT_OPENS.search(window, 0, m.start()))
                # 代为宣读致辞: the address read out is another's text, the reader's role is 宣读 (§4)
                or (role == "致辞" and _READ_OUT_BEFORE.search(window, 0, m.start()))
                or (role != "宣读" and _READ_OUT_OBJECT.search(window, 0, m.start()))
                or (role == "作报告" and _READ_OUT_LONG_OBJECT.search(window, 0, m.start())
                    and (not m.group().startswith(("作", "做")) or window[m.end() : m.end() + 1] == "的"
                         or window[m.start() - 1 : m.start()] in ("所", "的") or window.startswith("的", m.start() + 1)))
                or (role == "颁奖" and (_PASSIVE_END.search(window[: m.start()]) or window.startswith("的", m.end())))
                # (由校友甲捐款设立，至今已累计颁发奖学金逾七百万元: a fund's awards tallied over years, no conferral
                # at the event told, §4: a donor is no presenter)
                or (role == "颁奖" and _CONFERRALS_TALLIED_BEFORE.search(window, 0, m.start()))
                # (为毕业生授予学位, 颁发毕业证书和学位证书: degrees conferred, no honour, seventeenth review round)
                or (role == "颁奖" and _DEGREE_CONFERRED.match(window, m.end()))
                or (role == "颁奖" and _CONFERRED_BARE_END.match(window.rstrip(), m.start())
                    and _CONFERRED_THING_BEFORE.search(window, 0, m.start()) is not None
                    and not any(p in window[: m.start()] for p in "为向给")
                    and not _CONFERRED_BY_HIMSELF_END.search(window, 0, m.start()))
                # 介绍了授衔工作情况, 宣读授衔命令: the conferment as a topic, no act of the one named
                or (m.group() in _CONFERMENT_TRIGGERS and _CONFERMENT_TOPIC.match(window, m.end()))
                # 致贺电, 致贺信: a message sent, no address (§4); 致贺 alone is a congratulation spoken (致辞)
                or (m.group() == "致贺" and window[m.end() : m.end() + 1] in ("电", "信", "函", "卡"))
                # 发来祝词, 寄来祝辞: good wishes sent, a message like a 贺信; 在杂志上发表新年祝辞: the year's wishes issued, like
                # a 新年献词 (no meeting named before it): no address (GUIDELINES §4 thirty-second round)
                or (m.group() in ("祝词", "祝辞") and (_WISHES_SENT_BEFORE.search(window, 0, m.start()) is not None
                                                   or _message_issued(window[: m.end()])))
                # 在新年致词中宣布: the year's message named as the occasion of the words, issued like a 新年献词, no
                # address at a meeting (thirty-fourth round); right after the name on a page naming a New Year
                # gathering, the extractor's frame reading (_IN_YEARS_GREETING) gives the 致辞 back (thirty-ninth round)
                or (m.group() in ("讲话", "致词", "致辞") and window.startswith(("中", "里"), m.end())
                    and _message_issued(window[: m.end() + 1])
                    and _YEARS_MESSAGE_AS_OCCASION.search(window, 0, m.end()) is not None)
                or (m.group() in ("指出", "要求", "强调", "提出") and window.endswith(_INSPECTION_NOUNS, 0, m.start()))
                # 谈到了述职暴露出的问题: a noun-like trigger talked about
                or (m.group() in self._noun_triggers and _TALKED_ABOUT.search(window[: m.start()]))
                # 重要讲话精神: remarks relayed from another occasion
                or window.startswith(self.lex.relay_after_trigger, m.end())
                # 某某…发表的《…》的讲话, 听了…的讲话: a speech named as a thing, not given here
                or (role in _ADDRESS_NOUN_ROLES and window[m.start() - 1 : m.start()] == "的"
                    and not _GAVE.search(window[: m.start()]) and not _PRINTED_IN_FULL.match(window, m.end())
                    # (在简短的致辞中说: the speaker's own address, a word of its manner before it)
                    and not (_OWN_ADDRESS_MANNER.match(window[: m.start()])
                             and (m.group().endswith(("中", "时")) or window.startswith(("中", "时"), m.end()))))
                # 回应…主席的郑重呼吁, 落实总理的重要指示: the person's words referred to as a thing, §4 relayed
                or (role == "讲话" and _POSSESSED_REMARK_BEFORE.match(window[: m.start()]) is not None)
                # 在各种会议的许多讲话之中, 在很多讲话和决定里: speeches in general, none given here
                or (role in _ADDRESS_NOUN_ROLES and _MANY_BEFORE.search(window[: m.start()]))
                # 主持讲座, 主持报告会: the event chaired, not a report given by the chair
                or (m.group() in self._noun_triggers and _CHAIRING_END.search(window[: m.start()]))
                # 主持公司工作期间, 主持设计: in charge of work, not chairing a meeting
                # (主持会议并作工作部署: the meeting is named, the work is the next act's)
                or (role == "主持" and m.group() not in ("主持会议", "主持大会") and _IN_CHARGE.match(window, m.end()))
                # (在首席大法官的主持下，宣读了…誓词: chaired by another, unnamed, the subject's act the next one, GUIDELINES
                # §4 ninth round: an act told of another is not the person named before)
                # (not 在县委书记李明的主持下: the 的 right after the name, the named one's chairing)
                or (role == "主持" and m.start() > 1 and window[m.start() - 1 : m.start()] == "的"
                    and window.startswith("下", m.end()))
                # 以马克思主义为指导, 指导思想, 在…指导下: guided by a doctrine, nobody guiding a meeting
                or (role == "指导" and (window[m.start() - 1 : m.start()] == "为" or _GUIDED.match(window, m.end())))
                # (在省纪委的指导和市委的领导下: the guidance joined to another's before 下, a thing too)
                or (role == "指导" and window[m.start() - 1 : m.start()] == "的"
                    and _GUIDANCE_JOINED_UNDER.match(window, m.end()) is not None)
                # 指导研究生, 会后深入企业指导…工作, 进行技术指导: guiding as an ordinary verb, no meeting role
                # (他还现场指导居民下载安装反诈APP: showing people how, no role)
                or (role == "指导" and _SHOWS_HOW.match(window, m.end()))
                # 指导话剧排练, 成为剧团的艺术指导, 主持了新年音乐会: a rehearsal or show, a post (thirty-fourth round)
                or (role == "指导" and (_SHOW_GUIDED.match(window, m.end()) or _GUIDE_POST_TAKEN.search(window, 0, m.start())))
                or (role == "主持" and _SHOW_PRESENTED.match(window, m.end()))
                or (m.group() == "指导" and not _PRESENT_TO_GUIDE.search(window, 0, m.start())
                    and (not _GUIDES_MEETING.match(window, m.end()) or _GUIDANCE_GIVEN.search(window, 0, m.start())))
                or (m.group() == "督导" and (not _SUPERVISES_MEETING_BEFORE.search(window, 0, m.start())
                                             or not _GUIDES_MEETING.match(window, m.end())))
                # 被确认为违禁药物, 公认为: a word holding 认为; 作上述表示: the noun; 此间报道说: the report's words
                or (m.group() == "认为" and window[m.start() - 1 : m.start()] in ("确", "承", "公", "被", "误"))
                # 与播音员、主持人合影: presenters, a noun in a list
                # (为主持人颁发证书: presenters given something, the object of 为/向/给; not 作为/成为主持人: the
                # person in that role)
                or (m.group() == "主持人" and (window[m.start() - 1 : m.start()] in ("、", "和", "与", "及", "向", "给")
                                               or (window[m.start() - 1 : m.start()] == "为"
                                                   and window[m.start() - 2 : m.start() - 1] not in ("作", "成"))
                                               or window[m.end() : m.end() + 1] in ("、", "们", "和")))
                or (m.group() == "表示" and _THIS_ONE_END.search(window[: m.start()]))
                # 出席招商说明会并致辞: 说 of an event's name (说明会), no remarks
                or (m.group() == "说" and window.startswith("明会", m.end()))
                # 二话没说就…, 听说, 据说, 小说, 说服: 说 inside a word or an idiom that says nothing (二话没说: without a word)
                or (m.group() == "说" and (window.startswith("服", m.end()) or _SAYS_NOTHING_BEFORE.search(window, 0, m.start())))
                # (他对子女要求严格, 严格要求自己: 要求 as the noun "demands" described, no directive, GUIDELINES §4 thirty-third
                # round)
                or (m.group() == "要求" and (DEMANDS_DESCRIBED.match(window, m.end()) is not None or (
                    STRICT_BEFORE.search(window, 0, m.start()) is not None and SELF_OR_END.match(window, m.end()) is not None)))
                # (作总结报告, 作2023年科研工作总结报告: 总结 qualifies the report given, no summing-up address)
                or (m.group() == "作总结" and window.startswith("报告", m.end()))
                # (刘某在家人敦促下投案, 在组织呼吁下: urged by another, no act of the person's)
                or (m.group() in _URGING and _UNDER_ANOTHERS_BEFORE.search(window, 0, m.start())
                    and _UNDER_ANOTHERS_AFTER.match(window, m.end()))
                # (在听取各乡镇发言后说: others' speeches listened to, no act of the listener's)
                or (role in _SPEECH_ROLES and _LISTENED_WORD.search(window[: m.start()]) and window.startswith(("后", "之后"), m.end()))
                # (李四从张三手中接过证书: the giver is the one named right before 手中接过, not the taker)
                or (m.group().endswith("接过") and window[: m.start()].strip() not in ("", "同志"))
                # 畅谈了入党体会: one's own experience told at a seminar (not 两国领导人畅谈友谊, 同…畅谈合作前景,
                # 与李华畅谈当年往事: talks or a chat; 畅谈会: an event)
                or (m.group().startswith("畅谈") and not _TOLD_OF_ONESELF.match(window, m.end()))
                or (m.group() in _SOFT_SPEECH_VERBS and _REPORTED_BY_END.search(window[: m.start()]))
                or (role == "讲话" and _PARTNER_BEFORE_VERB.search(window, 0, m.start())
                    and _QUALIFIES_PARTNER_AFTER.match(window, m.end()))
            ):
                continue
            if m.group() in ("讲授", "讲课") and window.startswith("的", m.end()):
                continue  # 王芳教授讲授的《…》课程获评…: a course taught, no lecture at an event
            if role == "讲党课" and "党课" not in m.group() and not _PARTY_LECTURE_AFTER.match(window, m.end()):
                role = "作报告"  # 讲授《…》专题课, 讲了一堂法治课: a lecture that is no party lecture
            if m.group() == "宣布" and _DECISION_ANNOUNCED.match(window, m.end()):
                role = "宣读"
            add("致辞" if m.group() == "表示" and _COURTESY.match(window, m.end()) else role, m.start())
            if role in ("致辞", "发言", "点评") and address_end < 0:
                address_end = m.end()

        led = _LED_STUDY.search(window)
        if led:
            add("宣读", led.start())
        courtesy = _COURTESY_ZHIYI.search(window)
        if courtesy:
            add("致辞", courtesy.start())  # 向老党员们致以崇高的敬意: words of courtesy (corpus/GUIDELINES.md §4)
        invited = _INVITATION_EXTENDED.search(window)
        if invited:
            add("致辞", invited.start())  # 向与会代表发出…的邀请: the next host's address to those present (§4)
        talk = _TITLED_TALK.search(window)
        if talk:
            # 发表了题为《…》的演讲, 分享了《…》的议题: a titled talk is a report (its 演讲/分享 no speech of its own)
            for role in ("讲话", "发言"):
                if talk.start() <= found.get(role, -1) < talk.end():
                    del found[role]
            # (发表题为《…》的主旨演讲: a keynote speech, titled or not, is 讲话 like 发表主旨演讲)
            add("讲话" if talk.group().endswith(("主旨演讲", "主题演讲")) else "作报告", talk.start())
        report = _REPORT_BY_TITLE.search(window)
        named = _REPORT_NAMED.search(window)
        # (作了《医疗质量工作总结》: a titled summary given is a report too)
        if report and _REPORT_OR_SUMMARY_WORD.search(report.group()):
            add("作报告", report.start())
        elif named and not _OBJECT_BEFORE.search(window[: named.start()]) and not (
                (window.startswith("的", named.start() + 1) or window[named.start() - 1 : named.start()] in ("工", "所"))
                and _READ_OUT_LONG_OBJECT.search(window, 0, named.start())):
            # (领学了总书记在…上作的报告: another's report inside the document read out; 领学了政府工作报告和…报告: the
            # 作 of 工作 there)
            add("作报告", named.start())
        reported_back = _REPORT_BACK.search(window)
        if reported_back and not _OBJECT_BEFORE.search(window[: reported_back.start()]) \
                and not _HEARD_BEFORE.search(window[: reported_back.start()]):
            add("作报告", reported_back.start())
        training = _TRAINING_GIVEN.search(window)
        if training and not _OBJECT_BEFORE.search(window[: training.start()]):
            add("作报告", training.start())
        summary = _WORK_SUMMARY_GIVEN.search(window)
        if summary and not _OBJECT_BEFORE.search(window[: summary.start()]) \
                and not _HEARD_BEFORE.search(window[: summary.start()]):
            # 作年度工作总结: a year's work summary given is a report, no summing-up address (seventeenth review round)
            if summary.start() <= found.get("讲话", -1) < summary.end():
                del found["讲话"]
            add("作报告", summary.start())
        deployment = _DEPLOYMENT.search(window)
        if deployment and summary and deployment.start() == summary.start():
            deployment = None
        if deployment and not _OBJECT_BEFORE.search(window[: deployment.start()]) \
                and window.count("《", 0, deployment.start()) <= window.count("》", 0, deployment.start()):
            add("讲话", deployment.start())  # 就下半年工作作了具体部署, 作大会总结: a deployment or summing-up address
        fed_back = _FINDINGS_FED_BACK.search(window)
        if fed_back:
            add("讲话", fed_back.start())  # 反馈了巡察情况: the inspection group's findings delivered to the meeting
        published = _FINDINGS_PUBLISHED.search(window) if briefing else None
        if published and not _OBJECT_BEFORE.search(window[: published.start()]) \
                and not _FINDINGS_ELSEWHERE.search(window, 0, published.start()):
            add("讲话", published.start())  # 发布了全省交通建设情况: findings presented at a briefing
        lecture = _GAVE_LECTURE.search(window)
        if lecture:
            add("讲党课", lecture.start())  # 上了一堂生动的党课
        pinned = _MEDAL_PINNED.search(window)
        if pinned and not _OBJECT_BEFORE.search(window[: pinned.start()]) \
                and not _OTHER_SUBJECT_PINS.search(window, 0, pinned.start()):
            add("颁奖", pinned.start())  # 为老党员佩戴纪念章
        banner = _BANNER_CONFERRED.search(window)
        if banner and not _OBJECT_BEFORE.search(window[: banner.start()]):
            add("颁奖", banner.start())  # 向支队授“抗洪抢险尖兵”锦旗
        lesson = _GAVE_CLASS.search(window)
        if lesson:
            add("作报告" if lesson["kind"] == "课" else "讲党课", lesson.start())  # 为学员上了开班第一课
        if bill:
            add("作报告", bill.start())  # 受区政府委托作了关于…的说明: a bill or report presented
        if _SAT_IN_AND_SPOKE.match(window):
            add("讲话", 0)  # 列席会议并发表意见
        if _ANSWERED_QUESTIONS.match(window) or _PROPOSED_THERE.match(window):
            add("讲话", 0)  # 答复议员的质询时表示; 委员李华建议，… (GUIDELINES §4 fourteenth review round)
        reported = _REPORTED_AT_MEETING.search(window) or _REPORT_DELIVERED.search(window) or _REPORTED_WORK.match(window)
        if reported:
            add("作报告", reported.start())  # 在会中报告产业发展情形, 进行施政报告
        opened = _LECTURE_OPENED.match(window)
        if opened:
            add("作报告", opened.start())  # 以《…》为题开讲: a lecture given
        explained = _LECTURE_VERB.search(window)
        if explained:
            add("作报告", explained.start())  # 为基层党员干部宣讲…精神, 就…作解读
        if briefing and (briefed := _BRIEFING_EXPLAINED.search(window)):
            add("讲话", briefed.start())  # 在发布会上对新政策进行了解读: a briefing's explanation, like 介绍 there
        study = _LEADS_STUDY.search(window)
        if study:
            add("宣读", study.start())  # 带领大家学习了《…条例》: leading a study reading (领学)
        oath = _LEADS_OATH.search(window)
        if oath:
            add("宣读", oath.start())  # 带领新党员面向党旗宣誓: leading the oath (领誓)
        conveyed = _DIRECTIVE_CONVEYED.search(window)
        if conveyed:
            add("宣读", conveyed.start())  # 在会上传达了总理的批示内容: a directive's text read out (thirty-sixth round)
        pledge = _PLEDGE.search(window)
        if pledge and not _OBJECT_BEFORE.search(window[: pledge.start()]):
            add("发言", pledge.start())  # 代表全体队员作出征表态
        if shared := _EXPERIENCE_ON_BEHALF.match(window):
            if shared.start() <= found.get("讲话", -1) < shared.end():
                del found["讲话"]  # the 介绍 of the experience shared is the exchange address itself
            add("发言", shared.start())  # 代表我县介绍了经验做法
        if spoken := _OWN_REPORT_SPOKEN.match(window):
            # 县长X在政府工作报告中说: the report the session hears is his, the words spoken (§4); at a press conference
            # on the report (施政报告记者会) only the words
            if not briefing:
                add("作报告", spoken.start("report"))
            add("讲话", spoken.start("verb"))
        elif (cited := _OWN_REPORT_CITED.match(window)) and found.get("作报告", len(window)) < cited.end():
            del found["作报告"]  # 在政府工作报告中提出的目标任务: the report's words cited (§4)
        if _WRITTEN_ADDRESS.search(window):
            for role in ("作报告", "发言", "讲话"):
                found.pop(role, None)  # 作书面工作报告, 作书面发言: a written statement is no address (§4)
        if "讲党课" in found and _TITLED_LECTURE.search(window):
            found.pop("作报告", None)  # 作了题为《…》的专题党课: the titled talk is the party lecture
        return sorted(found, key=lambda r: (found[r], self._role_order.index(r)))
