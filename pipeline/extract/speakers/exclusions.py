"""People who take no part at the meeting: press quotes, remarks on a tour, courtesies, recipients reacting, words told elsewhere."""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any

from pipeline.extract.common import (
    Sentence,
    clause_bounds,
)
from pipeline.extract.speakers.patterns import (
    _ACTIVITY_FRAME_AFTER,
    _ADDRESSING_ROLES,
    _ANOTHER_EVENT,
    _ANSWERED_BEFORE,
    _ATTRIBUTE_AHEAD,
    _BROADCAST_ADDRESS,
    _CAME_TO_CONGRATULATE,
    _COMING,
    _DATED_REMARK,
    _DEPLOYMENT,
    _GATHERING_TOLD,
    _GREETING_ELSEWHERE,
    _GROUP_REPRESENTATIVE_END,
    _GROUP_SYMPOSIUM,
    _HABITUAL_ACT,
    _HANDED_AHEAD,
    _HANDED_TO_END,
    _HEARD_BEFORE_TITLE,
    _HEARD_IN_LIST,
    _HOLIDAY_GREETING,
    _HONOUR_RECEIVED_AFTER_NAME,
    _HONOUR_RECEIVED_BEFORE,
    _ITEM_DATELINE,
    _LAY_SOFT_REMARK,
    _LAY_STRONG_REMARK,
    _LAYPERSON_BEFORE,
    _LAYPERSONS,
    _LETTER_SENT_AFTER_NAME,
    _LOOK_BACK_VERB,
    _MEDAL_RECEIVED_AFTER_NAME,
    _MEETING_IN_FRAME,
    _NEW_YEAR_GATHERING,
    _NEW_YEAR_GREETING,
    _OBJECT_AFTER,
    _OBJECT_GAP,
    _OBJECT_OWN,
    _OCCASION,
    _OPENING_TOLD,
    _OUTSIDE_THE_MEETING,
    _PARAGRAPH,
    _PRAISING_ROLES,
    _PRESS_CONFERENCE,
    _PRESS_RELAYING_DECISIONS,
    _PRIZE_WON_BEFORE,
    _PRONOUN_CLAUSE_AFTER_NAME,
    _PURPOSE_BEFORE_COMING,
    _PUT_TO_ANOTHER,
    _RANKS,
    _RELAYED_SPEECH,
    _REMARKS_AFTER_MEETING,
    _REPORT_AT_MEETING,
    _REPORT_OF_LISTED,
    _REPORT_OF_NAME,
    _REPRESENTATIVE_BEFORE,
    _SENTENCE_SPAN,
    _SOFT_REMARKS,
    _SPEECH_IN_GREETING,
    _SPEECH_NAMED,
    _SPEECH_ROLES,
    _SPOKE_AT_MEETING_BEFORE,
    _STATEMENT_PLACED,
    _STATEMENT_REFERRED,
    _TALK_TOLD,
    _THANKED_AFTER_CONFERRING,
    _THANKS_ONLY,
    _TIME_COMING,
    _TOUR,
    _TOUR_TOLD,
    _VISIT_OR_TOUR_WORD,
    _VISIT_RIGHT_AFTER,
    _WORDS_AT_MEETING,
    TOUR_GAP_CHARS,
    Mention,
    _analysis_piece,
    _before_opinion,
    _directs,
    _evidence_list,
    _greeted_on_visit,
    _message_issued,
    _modifying_plans,
    _said_apart_told,
    _talks_looked_back,
    activity_without_meeting_on_page,
    activity_without_meeting_told,
    occasion_named,
    told_in_activity,
)
from pipeline.extract.speakers.person_context import HOLDER_GAP, OCCASION_HELD_BY, reviewed_history_after

# (the longest lay word, how far before a mention of the name _lay_word_before reads)
_LAYPERSON_LONGEST = max(len(word) for word in _LAYPERSONS.split("|"))


def _lay_word_before(clean_text: str, name: str) -> str | None:
    """The lay word (村民, 老兵, 患者) right before the first mention of ``name`` on the page that has one, or None: the
    name found by str.find, the word tested on the few characters before it (no whole-page search per speaker)."""
    at = clean_text.find(name)
    while at >= 0:
        lay = _LAYPERSON_BEFORE.search(clean_text, max(0, at - _LAYPERSON_LONGEST), at)
        if lay is not None:
            return lay.group()
        at = clean_text.find(name, at + 1)
    return None


@functools.lru_cache(maxsize=256)
def _soft_remark_of(name: str) -> re.Pattern[str]:
    """_LAY_SOFT_REMARK for ``name``, compiled once per name."""
    return re.compile(_LAY_SOFT_REMARK.format(who=re.escape(name)))


class SpeakerExclusions:
    """Who takes no part: readings of SpeakerExtractor, whose ``__init__`` sets up the lexicon patterns they use."""

    def drop_outside_meetings(self, speakers: list[dict[str, Any]], clean_text: str) -> list[dict[str, Any]]:
        """The speakers of a page that tells no meeting, less those whose words are told at no meeting: remarks on an
        inspection tour (市委书记某某到高新区调研…。某某强调…; 县长王某汇报了…情况 to the touring leader, no meeting
        framing it), at an activity that is no meeting (a drill, a festival's celebration, GUIDELINES §3, §4), told as
        made during one (植树活动中，局长X向居民介绍了…, §4 twelfth review round), or only to the press."""
        touring = _TOUR.search(clean_text) is not None
        # (an activity that is no meeting told held as the page's event, in its headline or a sentence with a day, takes
        # every role; one told in a speaker's own sentence takes that speaker's; a tally of past drills takes none)
        # (only on a page that names a drill at all: the split and the reading cost nothing elsewhere)
        named, told = activity_without_meeting_on_page(clean_text)
        return [
            p for p in speakers
            if not (told or named and any(activity_without_meeting_told(e["text"]) for e in p["evidence"]))
            and not (p["evidence"] and all(told_in_activity(e["text"]) for e in p["evidence"]))
            and not self.remarks_only(p)
            and not self._broadcast_only(p)
            and not (touring and (set(p["roles"]) <= {"讲话"} or self._reported_on_tour(p)))
        ]

    @staticmethod
    def _broadcast_only(person: dict[str, Any]) -> bool:
        """Only 讲话, with an address on radio or television among the person's sentences (发表广播电视讲话, 发表全国
        电视讲话): on a page that tells no meeting, an address to the nation is no speech at a meeting, nor are the
        remarks going on from it (GUIDELINES §4 sixteenth review round); nor is one broadcast through a network named
        (通过某国有线电视新闻公司对…发表讲话) or a message issued (:func:`_message_issued`, thirty-fourth round)."""
        return set(person["roles"]) <= {"讲话"} and any(
            _BROADCAST_ADDRESS.search(ev["text"]) or _message_issued(ev["text"]) for ev in person["evidence"])

    @staticmethod
    def _reported_on_tour(person: dict[str, Any]) -> bool:
        """Only 作报告 and 讲话, the report read from 汇报 in sentences that frame no meeting (县长王某汇报了…情况 to a
        touring leader): no role on a tour (GUIDELINES §4 twelfth review round)."""
        return set(person["roles"]) <= {"讲话", "作报告"} and bool(person["evidence"]) and all(
            ("汇报" in ev["text"] or "报告了" in ev["text"]) and _REPORT_AT_MEETING.search(ev["text"]) is None
            for ev in person["evidence"])

    def drop_press_quotes(self, speakers: list[dict[str, Any]], meetings: list[dict[str, Any]],
                          clean_text: str) -> list[dict[str, Any]]:
        """The speakers of a page that reports a meeting, less those whose bare remarks (:meth:`remarks_only`) stand in
        no paragraph of a meeting: words quoted to the press in a report that covers more than the meeting, as wire
        copy does (…举行了会谈。 … 另一国外长某某说，…: GUIDELINES §4, people merely mentioned, §11).

        A paragraph is a meeting's when a meeting's evidence, an occasion (会上, 在座谈会上) or the words of a speaker
        tied to an occasion stand in it; remarks keep their role in such a paragraph, in the one after it, and in a
        run of remark paragraphs going on from it (座谈会上… / 甲认为，… / 乙说，…)."""
        analysis = _analysis_piece(clean_text)
        # (in an analysis piece, an occasion word only inside the words quoted, 张帆认为，峰会承诺动员的资金…, places
        # nothing: the remark is still a bare one)
        quoted = [p for p in speakers if p["evidence"] and (self.remarks_only(p) or analysis and set(p["roles"]) <= {"讲话"}
                  and not any(_OCCASION.search(_before_opinion(ev["text"])) for ev in p["evidence"]))]
        if not quoted:
            return speakers
        # (paragraphs counted without the blank lines a page puts between them)
        starts = [m.start() for m in _PARAGRAPH.finditer(clean_text)]

        def paragraph(at: int) -> int:
            return bisect.bisect_right(starts, at)

        anchors = [ev["clean_start"] for m in meetings for ev in _evidence_list(m.get("evidence"))]
        anchors += [m.start() for m in _OCCASION.finditer(clean_text)]
        # A reported meeting named again, in full or by its last word (大会 for …表彰大会, 会谈): the sentences that
        # name it are the meeting's, and the people in them its participants.
        names = {m["name"] for m in meetings if m.get("name")}
        names |= {n[-2:] for n in names if len(n) > 2}
        told = [s for s in _SENTENCE_SPAN.finditer(clean_text) if any(n in s.group() for n in names)]
        anchors += [s.start() for s in told]
        anchors += [ev["clean_start"] for p in speakers if not any(p is q for q in quoted) for ev in p["evidence"]]
        meeting_paragraphs = {paragraph(a) for a in anchors}
        remark_paragraphs = {paragraph(ev["clean_start"]) for p in quoted for ev in p["evidence"]}
        def opens_item(k: int) -> bool:
            # (本报北京1月7日讯记者某某报道：今天上午，董事长某某宣布捐资…: a dateline opens another report printed after
            # the one before, which a meeting's paragraph right before does not reach)
            return 0 < k <= len(starts) and _ITEM_DATELINE.match(clean_text, starts[k - 1]) is not None

        live: set[int] = set()
        for k in range(len(starts) + 1):
            if k in meeting_paragraphs or (k - 1 in live and k in remark_paragraphs and not opens_item(k)):
                live.add(k)
        # A report whose lead tells the meeting is the meeting's report throughout (…举行颁奖典礼。 / the awards / 次长某某
        # 认为，…); a dateline further down opens another report (articles printed one after another), read on its own.
        items = [1] + [k + 1 for k, at in enumerate(starts) if k and _ITEM_DATELINE.match(clean_text, at)] + [len(starts) + 1]
        for first, end in zip(items, items[1:], strict=False):
            lead_end = next((k for k in range(first, end)
                             if "。" in clean_text[starts[k - 1] : starts[k] if k < len(starts) else len(clean_text)]), end - 1)
            if any(k in meeting_paragraphs for k in range(first, lead_end + 1)):
                live.update(range(first, end))

        def tied(ev: dict[str, Any]) -> bool:
            k = paragraph(ev["clean_start"])
            return k in live or (k - 1 in live and not opens_item(k))

        def participant(p: dict[str, Any]) -> bool:
            return any(p["name"] in s.group() for s in told)

        def apart_before(p: dict[str, Any]) -> bool:
            # (某某在此间对新闻界说，…。…。某某重申，…: the person told first as speaking to the press or in writing;
            # 某某在寓所会见…后表示，…。某某说，…: or as speaking after the meeting was over, GUIDELINES §4)
            # (up to the person's first cited sentence, which may be that one when a later one is cited too: words that go
            # on from it; a person cited in one sentence only is left to the rules of that sentence)
            cited = [ev["clean_start"] for ev in p["evidence"]]
            first, last = min(cited), max(cited)
            for s in _SENTENCE_SPAN.finditer(clean_text):
                if s.start() > first or s.start() >= last:
                    break
                at = s.group().find(p["name"])
                # (总理甲、副总理乙致信会议，…。…。乙说，…: one told as writing to the meeting, whose letter's words go on)
                if at >= 0 and (_said_apart_told(s.group()[at:])
                                or _REMARKS_AFTER_MEETING.match(s.group(), at + len(p["name"])) is not None
                                or _LETTER_SENT_AFTER_NAME.match(s.group(), at + len(p["name"])) is not None):
                    return True
                # (会谈后…对记者说…。亚当斯称会谈是在坦诚的气氛中进行的…。亚当斯说，…: a party looking back on the talks
                # after they ended speaks to the press, and so do the words going on from it, GUIDELINES §4 sixteenth round)
                verb = _LOOK_BACK_VERB.match(s.group(), at + len(p["name"])) if at >= 0 else None
                if verb and _talks_looked_back(clean_text, s.start(), s.start() + at, s.start() + verb.end()):
                    return True
            return False

        spans: list[re.Match[str]] = []  # (the page's sentences, split once, on the first dated or analysis remark)

        def sentence_spans() -> list[re.Match[str]]:
            if not spans:
                spans.extend(_SENTENCE_SPAN.finditer(clean_text))
            return spans

        def dated_statement(p: dict[str, Any]) -> bool:
            # (the person's first remark carries its own day: what follows from them goes on with that statement; not
            # when a sentence naming the person places it at an occasion: its own sentence (会上，某某4日说), one
            # referring back to it (某某20日表示，…。某某是在会见…时作上述表示的) or one at the meeting the page
            # tells; another occasion of the person's, 某某还在会见外宾时谈到…, places other words, GUIDELINES §4)
            earliest = min(p["evidence"], key=lambda ev: ev["clean_start"])
            first = earliest["text"]
            at = first.find(p["name"])
            if at < 0 or _DATED_REMARK.match(first, at + len(p["name"])) is None:
                return False
            for s in sentence_spans():
                sentence = s.group()
                if p["name"] not in sentence:
                    continue
                # (not one whose subject answers the person: 甲是针对乙的讲话作上述表示的 refers back to 甲's words, and
                # 乙's dated remark stays a statement of its day; audit a2sp)
                if _STATEMENT_REFERRED.search(sentence) and not _ANSWERED_BEFORE.search(sentence, 0, sentence.find(p["name"])):
                    return False
                own = s.start() <= earliest["clean_start"] < s.end()
                if (own or any(n in sentence for n in names)) and (
                        _OCCASION.search(sentence) or _STATEMENT_PLACED.search(sentence)):
                    return False
            return True

        def untied_in_analysis(p: dict[str, Any]) -> bool:
            # (in an analysis piece, the remark kept only where its sentence, the one right before the first or its
            # paragraph up to it names a meeting the piece tells, words put to another there or a speech: 某某向罗斯表明了
            # 巴方的立场。他指出，…; 三位总理还在各自的讲话中…。某某呼吁…)
            if not analysis:
                return False
            first = min(ev["clean_start"] for ev in p["evidence"])
            opening = starts[paragraph(first) - 1] if paragraph(first) else 0
            before = [s.group() for s in sentence_spans() if s.end() <= first][-1:]
            before += [clean_text[opening:first]]
            # (研究员张帆认为，峰会承诺…: an expert speaking about the meeting, not at it; only the words before the remark
            # verb place it)
            return not any(any(n in sentence for n in names) or _PUT_TO_ANOTHER.search(sentence)
                           or _WORDS_AT_MEETING.search(sentence)
                           for sentence in (_before_opinion(s)
                                            for s in [ev["text"] for ev in p["evidence"]] + before))

        return [p for p in speakers
                if not any(p is q for q in quoted)
                or not apart_before(p) and not dated_statement(p) and not untied_in_analysis(p)
                and (participant(p) or any(tied(ev) for ev in p["evidence"]))]

    @staticmethod
    def drop_lay_reactions(speakers: list[dict[str, Any]], clean_text: str) -> list[dict[str, Any]]:
        """The speakers less the laypeople (患者, 村民, 老兵, 退役军人, 家长) quoted in soft words only: a patient, a job
        seeker or a veteran visited at home quoted with 说/表示 at an event that is no talk gathering reacts, no address
        (GUIDELINES §4 eleventh review round: a layperson's quoted words at another kind of gathering are a reaction).

        The lay word may stand before any mention of the name on the page (在老兵张德福家中，… 。张德福激动地说), not only
        the quoted one, and the remark may be a 他/她 going on from the name.  A layperson at a 座谈会 or other talk gathering
        the page tells before the words keeps a plain 说 (the talk itself), and one at a 座谈会 named for the person's
        group keeps even a manner-adverb remark (老党员座谈会 … 老党员王某激动地说, the reading in the mention rules)."""
        kept = []
        for p in speakers:
            name = p["name"]
            if not p["evidence"] or not set(p["roles"]) <= {"讲话"} or len(name) < 2:
                kept.append(p)
                continue
            lay = _lay_word_before(clean_text, name)
            if lay is None:
                kept.append(p)
                continue
            react = True
            soft_remark = _soft_remark_of(name)
            own_group = None  # (whether the page tells a 座谈会 of the lay group, read once and only when needed)
            for ev in p["evidence"]:
                text = ev["text"]
                soft = soft_remark.search(text)
                if soft is None or _LAY_STRONG_REMARK.search(text):
                    react = False
                    break
                before = clean_text[: ev["clean_start"]]
                if own_group is None:
                    own_group = any(g["group"] == lay for g in _GROUP_SYMPOSIUM.finditer(clean_text))
                if own_group or (soft["manner"] is None and _TALK_TOLD.search(before)):
                    react = False
                    break
            if not react:
                kept.append(p)
        return kept

    def remarks_only(self, person: dict[str, Any]) -> bool:
        """Only remarks (某某说/表示/指出) with no address, event or occasion named in any of the
        person's sentences: in a text that reports no meeting, words quoted to the press."""
        # (a report as a document names no occasion: 总理某某说，政府将提出…报告, GUIDELINES §4 thirty-second round)
        # (社长某某回顾了创刊15年来的历程，重申了…宗旨: a look back at the event held is an address there, no bare remark,
        # GUIDELINES §4 thirty-third round)
        return set(person["roles"]) <= {"讲话"} and not any(occasion_named(ev["text"]) for ev in person["evidence"]) \
            and not any(reviewed_history_after(ev["text"], person["name"]) for ev in person["evidence"])

    def _courtesy_only(self, person: dict[str, Any]) -> bool:
        """Only 致辞 read from words of courtesy (向…致以新春的问候, 向…拜年), no address named in any of the person's
        sentences (see _VISIT_OR_SHOW)."""
        return set(person["roles"]) <= {"致辞"} and not self._named_address(person)

    @staticmethod
    def _spokesperson_statement(person: dict[str, Any]) -> bool:
        """外交部发言人某某说…: a spokesperson's statement, an address only at a press conference (a rank
        joined after the post too: 救援中心发言人张某少校说), and not one where a meeting's decisions are relayed."""
        title = person["title"] or ""
        post = title.rsplit("、", 1)[0] if title.endswith(_RANKS) else title
        return (
            post.endswith("发言人")
            and set(person["roles"]) <= {"讲话"}
            and not any(_PRESS_CONFERENCE.search(ev["text"]) and not _PRESS_RELAYING_DECISIONS.search(ev["text"])
                        for ev in person["evidence"])
        )

    def _only_thanks(self, text: str, mention: Mention, soft: re.Match[str] | None) -> bool:
        """Remarks that only thank (:data:`_THANKS_ONLY`) right after the name or after 表示 and a comma, in a
        text that names a meeting or, after 到场祝贺, an opening (without one, thanks are words quoted to the press)."""
        came = None
        if soft and soft.group().endswith("表示") and mention.roles == ["讲话"]:
            thanks = text[soft.end() : soft.end() + 1] in ("，", ",") and _THANKS_ONLY.match(text, soft.end() + 1)
        else:
            came = _CAME_TO_CONGRATULATE.match(text, mention.end)
            thanks = not mention.roles and _THANKS_ONLY.match(text, came.end() if came else mention.end)
        return bool(thanks) and (self._meeting_act.search(text) is not None
                                 or came is not None and _OPENING_TOLD.search(text) is not None)

    @staticmethod
    def _greeted_after_speech(person: dict[str, Any]) -> bool:
        """A New Year greeting in a sentence of its own after the person's first one (…出席并讲话。蒋某向全体干部职工
        致以新春的问候): no speech word in it, no visit or show (到…家中看望，向他们拜年: no role, tenth round)."""
        return any(
            _NEW_YEAR_GREETING.search(ev["text"]) and not _SPEECH_IN_GREETING.search(ev["text"])
            and not _greeted_on_visit(ev["text"]) and not _GREETING_ELSEWHERE.match(ev["text"])
            and not _OUTSIDE_THE_MEETING.match(ev["text"])
            for ev in person["evidence"][1:]
        ) and not any(_VISIT_OR_TOUR_WORD.search(ev["text"]) for ev in person["evidence"])  # (乔石参观…时强调…。乔石向公司员工…
        # 祝大家春节快乐: a greeting on a tour, no address, tenth round; thirty-third round)

    @staticmethod
    def _greeted_with_no_speech(person: dict[str, Any], text: str = "") -> bool:
        """A New Year greeting to those present (国家民委主任甲向老同志们致以新春的问候，并介绍了…成绩) with no speech
        word in any of the person's sentences: its 致辞 stands (GUIDELINES §4 tenth round) beside the 讲话 of the soft
        remarks after it, as no named speech takes the greeting in; not thanks or congratulations (thirteenth round),
        nor a greeting in a speech's own clause (出席并讲话，向…致以新春的问候, eleventh round)."""
        # (…新春联谊会。…首先向大家致以节日的问候: the holiday's greeting at a New Year gathering, thirty-sixth round)
        holiday = _NEW_YEAR_GATHERING.search(text) is not None
        greetings = [ev for ev in person["evidence"] if (_NEW_YEAR_GREETING.search(ev["text"])
                                                         or holiday and _HOLIDAY_GREETING.search(ev["text"]))
                     and not _greeted_on_visit(ev["text"])
                     and not _GREETING_ELSEWHERE.match(ev["text"]) and not _OUTSIDE_THE_MEETING.match(ev["text"])]
        if not greetings:
            return False
        if not any(_SPEECH_IN_GREETING.search(ev["text"]) for ev in person["evidence"]):
            return True
        # (国务院副总理某某向归侨…拜年…。他指出，…: remarks with 指出/强调/要求 after a greeting at a gathering told before it, no
        # named speech taking the greeting in: 致辞 and 讲话, GUIDELINES §4 tenth, twenty-second and thirty-third rounds; not on a
        # visit or tour told of the person, 李某看望老教授…。李某祝愿…新春快乐)
        # (…致以新春的问候，并强调要做好今年工作: remarks in the greeting's own sentence take it in, as today, tests/extract/
        # test_speaker_bodies_on_dui_and_japanese_names.py; only remarks in a later sentence leave it its own 致辞)
        return not any(_SPEECH_NAMED.search(ev["text"]) or _VISIT_OR_TOUR_WORD.search(ev["text"]) for ev in person["evidence"]) \
            and not any(_SPEECH_IN_GREETING.search(ev["text"]) for ev in greetings) \
            and _GATHERING_TOLD.search(text, 0, greetings[0]["clean_start"]) is not None \
            and _VISIT_OR_TOUR_WORD.search(text, 0, greetings[0]["clean_start"]) is None

    def _named_address(self, person: dict[str, Any]) -> bool:
        """An address word (致辞, 致欢迎辞…) in the person's evidence: their 致辞 is not only words of
        courtesy after 表示 (向…表示热烈祝贺)."""
        return any(t in ev["text"] for ev in person["evidence"] for t in self._address_words)

    def _addressed(self, person: dict[str, Any]) -> bool:
        """The person gave an address before (致辞 named as such, 发言, a report, a party lecture, a 述职) or a review
        (点评), whose soft remarks go on with it (:data:`_ADDRESSING_ROLES`). Thanks told with 表示感谢 are no named
        address: the words after them are 讲话 (GUIDELINES §4 thirteenth review round; a reading of them as a speech of
        thanks was withdrawn, §8)."""
        roles = _ADDRESSING_ROLES.intersection(person["roles"])
        return bool(roles - {"致辞"} or roles and self._named_address(person))

    def _objects_of_subjects(self, text: str, sentence: Sentence, mentions: list[Mention], briefing: bool) -> None:
        """People named as the object of the subject's act (毕强对石勇的述职进行了点评, 李明听取了王强的汇报后
        指出, 骆明在陶然陪同下颁奖, 李明在王强讲话后作总结讲话, 李明与受表彰的王强、陈静握手，并讲话):
        the roles after them are the subject's; theirs is only the act written as their own (的述职,
        讲话后)."""
        k = 1
        while k < len(mentions):
            subject, first = mentions[k - 1], mentions[k]
            prev_end = subject.after.end() if subject.after else subject.end
            gap = text[prev_end : first.start - len(first.title or "")].strip()
            mask_from = prev_end
            if subject.recipient and _THANKED_AFTER_CONFERRING.fullmatch(gap):
                # (李华向张明颁发荣誉证书，并对张明的善举表示感谢: the one honoured thanked in the next clause; the
                # subject is the presenter before the recipient)
                at = next((j for j in range(k - 2, -1, -1) if not mentions[j].recipient), None)
                actor = mentions[at] if at is not None else None
                if actor is not None and not (actor.acted_upon or actor.relayed) and actor.end >= sentence.start:
                    subject, prev_end = actor, actor.after.end() if actor.after else actor.end
                    mask_from, gap = first.start - len(first.title or "") - 1, "对"
            held = OCCASION_HELD_BY.match(text, first.end) if HOLDER_GAP.fullmatch(gap) else None
            if held and not (subject.recipient or subject.relayed):
                # (…在中国驻南非研究中心主任王建华举行的招待会上发表讲话: the holder of the occasion in the subject's frame,
                # no speaker; the act after it the subject's, GUIDELINES §4 thirty-third round)
                first.roles = ["主持"] if held["verb"].startswith("主持") else []
                first.acted_upon = True
                following = [m for m in mentions[k + 1 :] if not (m.recipient or m.acted_upon)]
                limit = following[0].start if following else sentence.end
                masked = text[:mask_from] + "某" * (held.end("verb") - mask_from) + text[held.end("verb") :]
                subject.roles = self.roles_after(masked, prev_end, limit, briefing=briefing)
                k += 2
                continue
            if subject.recipient or subject.relayed or not (
                _OBJECT_GAP.fullmatch(gap) or (gap == "在" and _OBJECT_AFTER.match(text, first.end))
            ):
                k += 1
                continue
            run = [first]  # 王强、刘兵等同志的发言: a list of objects
            while k + len(run) < len(mentions):
                nxt = mentions[k + len(run)]
                if text[run[-1].end : nxt.start - len(nxt.title or "")].strip() != "、":
                    break
                run.append(nxt)
            tail_at = run[-1].end + (1 if text.startswith("等", run[-1].end) else 0)
            own = _OBJECT_OWN.match(text, tail_at) or _OBJECT_AFTER.match(text, tail_at)
            if own is None and _RELAYED_SPEECH.match(text, tail_at):
                k += len(run) + 1
                continue  # 对市委书记李明的讲话精神进行了传达: remarks relayed (no object acting, no role here)
            own_role = self._trigger_role.get(own["own"]) if own and own["own"] else None
            if own and own.groupdict().get("handed"):
                own_role = "颁奖"
            for obj in run:
                obj.roles = [own_role] if own_role else []
                obj.acted_upon = True
            masked_end = own.end() if own else tail_at
            following = [m for m in mentions[k + len(run) :] if not (m.recipient or m.acted_upon)]
            limit = following[0].start if following else sentence.end
            masked = text[:mask_from] + "某" * (masked_end - mask_from) + text[masked_end:]
            subject.roles = self.roles_after(masked, prev_end, limit, briefing=briefing)
            if _REMARKS_AFTER_MEETING.match(text, subject.end) is not None:
                # (布莱尔在首相府会见特林布尔后表示，…: remarks told as made after the meeting with the one met, no role,
                # GUIDELINES §4 and its thirty-second round)
                subject.roles = [r for r in subject.roles if r not in _SPEECH_ROLES]
            k += len(run) + 1

    @staticmethod
    def _heard_report(text: str, sentence: Sentence, mention: Mention) -> bool:
        """Whether the meeting hears the report of ``mention`` (会议听取和审议了副市长李某关于…的报告)."""
        before = mention.start - len(mention.title or "")
        return _REPORT_OF_NAME.match(text, mention.end) is not None and _HEARD_BEFORE_TITLE.search(
            text, sentence.start, before) is not None or (
            _REPORT_OF_LISTED.match(text, mention.end) is not None
            and _HEARD_IN_LIST.search(text, sentence.start, before) is not None)

    def _future_before(self, text: str, start: int, end: int) -> bool:
        """Whether a future marker (我们将, 将于, 届时) in ``text[start:end]`` makes the act of a name at ``end``
        one planned or announced; not one inside a plan that only modifies a noun before a meeting held (为做好将于
        6月举行的…筹备工作，…召开筹备工作会议，局长李强主持会议并讲话: the chair of the meeting held)."""
        if self._future_marker.search(text, start, end) is None:
            return False  # (one search for any marker: most names have none before them, and a find per marker cost more)
        modifiers = None  # (read only once a marker is found)
        for marker in self.lex.future_markers:
            at = text.find(marker, start, end)
            while at >= 0:
                if modifiers is None:
                    sentence_end = min((i for i in (text.find(ch, end) for ch in "。！？\n") if i >= 0), default=len(text))
                    modifiers = _modifying_plans(text, start, sentence_end)
                if not any(s <= at < e for s, e in modifiers) and not (marker == "即将" and (
                        _TIME_COMING.match(text, at + len(marker)) or _ATTRIBUTE_AHEAD.match(text, at + len(marker)) or (
                            text.startswith(_COMING, at + len(marker))
                            and _PURPOSE_BEFORE_COMING.search(text, max(start, at - 2), at)))):
                    return True
                at = text.find(marker, at + 1, end)
        return False

    def _habitual(self, window: str) -> bool:
        """Whether ``window`` (a clause after a name) tells the person's act as a habit or a series
        (:data:`_HABITUAL_ACT`), not a habit word inside the person's remarks or directive after a speech verb
        (刘明要求各级干部要经常到群众家中坐一坐: a 要求 at the meeting, GUIDELINES §4 讲话; 王丽致辞时赞扬商会多年来在扶贫
        助学方面作出的贡献: praise inside an address)."""
        habit = _HABITUAL_ACT.search(window)
        if habit is None:
            return False
        return not any(self._trigger_role[t.group()] in _PRAISING_ROLES for t in self._trigger_re.finditer(window, 0, habit.start()))

    @staticmethod
    def _address_elsewhere(sentences: list[Sentence], soft_at: int, addressed_at: int) -> bool:
        """Whether an address named in sentence ``addressed_at`` is at another occasion than soft remarks told
        in sentence ``soft_at`` before it: more than a sentence later, or told with another event attended or held
        (:data:`_ANOTHER_EVENT`)."""
        return addressed_at - soft_at > 1 or any(
            _ANOTHER_EVENT.search(sentences[k].text) for k in range(soft_at + 1, addressed_at + 1))

    def _soft_remarks_only(self, text: str, start: int, stop: int) -> bool:
        """Whether every trigger of 讲话 in ``text[start:stop]`` (the words after a speaker) is a soft verb of
        :data:`_SOFT_REMARKS` (说, 表示, 勉励…), with at least one, and no deployment: the remarks may be the
        person's address (not 指出/强调/要求, which add 讲话 even inside one, GUIDELINES §4)."""
        said = [t.group() for t in self._trigger_re.finditer(text, start, stop) if self._trigger_role[t.group()] == "讲话"]
        return bool(said) and all(t in _SOFT_REMARKS for t in said) and not _DEPLOYMENT.search(text, start, stop)

    @staticmethod
    def _honour_receiver_reacts(text: str, sentence: Sentence, mention: Mention, label_window: str,
                                said: re.Match[str] | None, conferred_on: set[str]) -> bool:
        """Whether the person at ``mention`` received an honour or its token and only reacts (GUIDELINES §4: recipients
        whose reactions are quoted are no speakers): soft words (``said``) after the receipt told before the name or
        after the honour conferred on them earlier, or the receipt told right after the name before the words; not the
        honourees' representative (tenth review round), nor one whose words are framed at the meeting (会上，…)."""
        if _SPOKE_AT_MEETING_BEFORE.search(text, sentence.start, mention.start):
            return False
        # (杨某照顾婆婆十余年，她接过证书后激动地说: the receipt told after a pronoun going on with the name)
        clause = _PRONOUN_CLAUSE_AFTER_NAME.match(text, mention.end, sentence.end)
        receipt_at = (mention.end, clause.end() + 1) if clause else (mention.end,)
        if any(_MEDAL_RECEIVED_AFTER_NAME.match(text, at) for at in receipt_at):
            return True  # 老党员代表、…李大山接过纪念章后激动地说: a medal is each holder's own, a label changes nothing
        if _REPRESENTATIVE_BEFORE.search(label_window):
            return False
        if any(_HONOUR_RECEIVED_AFTER_NAME.match(text, at) for at in receipt_at):
            return True
        if said is None:
            return False
        # (副省长李华为市长王军颁发“全国文明城市”奖牌。王军表示，要巩固创建成果: a leader receiving for the city who
        # then directs speaks, 讲话; the honour conferred on them earlier reads as a reaction only without directives)
        return _HONOUR_RECEIVED_BEFORE.search(label_window) is not None \
            or ((won := _PRIZE_WON_BEFORE.search(label_window)) is not None and won["led"] is None) \
            or (mention.name in conferred_on and not _directs(text, said.end(), sentence.end))

    @staticmethod
    def _paid_group_representative(text: str, label_window: str, before: int) -> bool:
        """Whether ``label_window`` ends on a group's representative label (受灾农户代表) whose group, or its tail,
        is told before ``before`` as the one money or goods were handed to (向86户受灾农户发放理赔款)."""
        label = _GROUP_REPRESENTATIVE_END.search(label_window)
        if label is None:
            return False
        words = label["label"]
        for cut in range(len(words) - 1):
            group = words[cut:]
            at = text.find(group, 0, before)
            while at >= 0:
                if _HANDED_TO_END.search(text, max(0, at - 9), at) and _HANDED_AHEAD.match(text, at + len(group)):
                    return True
                at = text.find(group, at + 1, before)
        return False

    @staticmethod
    def _in_activity(text: str, end: int) -> bool:
        """Whether the words after a speaker at ``end`` are framed by a visit or an activity that is no meeting
        (:data:`_ACTIVITY_FRAME_AFTER`: 在植树时说, 在青山村调研时指出)."""
        frame = _ACTIVITY_FRAME_AFTER.match(text, end)
        return frame is not None and _MEETING_IN_FRAME.search(frame["frame"]) is None

    def _tours(self, text: str, mention: Mention) -> bool:
        """Whether the clause after ``mention`` tells a visit as the person's own act (省长雷振东来到某某港视察,
        县委书记李明深入企业调研): the visit verb right after the name, no role trigger before it (not 市长王刚要求
        各地深入开展安全生产大检查, 县长陈刚要求…做到…早检查: a visit inside a directive, GUIDELINES §4 讲话)."""
        led = _VISIT_RIGHT_AFTER.match(text, mention.end)
        if led and not self._trigger_re.search(text, mention.end, led.end() - 4):
            return True  # 李明走访慰问了…, 李明带领…，走访慰问了…: a visit by its own verb
        visit = _TOUR_TOLD.search(text, mention.end, clause_bounds(text, mention.end)[1])
        return visit is not None and visit.start() - mention.end <= TOUR_GAP_CHARS \
            and not self._trigger_re.search(text, mention.end, visit.start())
