"""Meetings referred to as having taken place (在座谈会上讲话, 出席开幕式, 会议于…召开) rather than held with a verb of holding."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import (
    BACK_REFERENCE,
    NOT_JIANG_PLACE,
    PLANNED_HOLDING,
    Sentence,
    bounded_memo,
    clause_bounds,
    heading_like,
    literal_gated,
    longest_first,
    scheme_rite_nouns,
    start_after,
)
from pipeline.extract.meetings.dates import period_of  # the one sibling import besides patterns (package docstring)
from pipeline.extract.meetings.patterns import (
    _ACCOUNT_OPENER,
    _AGENT_AT_PLACE_HELD,
    _AGENT_AT_PLACE_NO_TIME,
    _AGENT_AT_PLACE_OPENING,
    _ANOTHER_ONE,
    _ATTENDED_ON_OWN_DAY,
    _ATTRIBUTIVE_VENUE_EXTRA,
    _BARE_MEETING_NAMES,
    _BODY_DAY_SESSION,
    _BODY_END,
    _CEREMONY_ACTS,
    _CEREMONY_NAMED,
    _CEREMONY_NOUNS,
    _CEREMONY_OF,
    _CEREMONY_OF_GATHERING,
    _CLOSED_AT,
    _DATE,
    _EACH_SUBJECT,
    _EARLIER_EDITION,
    _EARLIER_SIGNING,
    _EDITIONS_COUNTED,
    _EVENT_END,
    _FAIR_HELD_AT,
    _FAIR_HOST,
    _FAIR_OPENED,
    _FOLLOWING,
    _GENERIC_SESSIONS,
    _HELD_AFTER_DATE,
    _HELD_ANYWHERE,
    _HELD_FINITE,
    _HELD_OR_CLOSED,
    _HELD_VERB,
    _ITEM_OPENING,
    _JIA,
    _KIND_OF,
    _LEARNT_AT_MEETING,
    _LECTURE_HABIT,
    _LECTURE_HEADS,
    _LECTURE_TOLD,
    _LECTURE_WORDS,
    _MEETINGS_COUNTED,
    _NARRATED_AROUND,
    _NEWLY_FORMED,
    _NOT_A_PLACE,
    _OPENED_AT,
    _ORG_ENDING_HUI,
    _OTHER_EVENT,
    _PLANNED,
    _QUOTE_MARKS,
    _RECEPTIONS,
    _REFERRED_HELD,
    _RELATIVE_YEAR,
    _RELAYED_SPIRIT,
    _REMARKS_VERBS,
    _SAME_DAY,
    _SERIES,
    _SESSION_SITTING_NAMED,
    _SIGNING_ACT,
    _START_ACT,
    _TALKS,
    _TIME_WORDS,
    _VENUE_END,
    _VENUE_EXTRA,
    _WITHIN_CEREMONY,
    _YEAR_NUMBER_AHEAD,
    _activity_only,
    _after_publication,
    _ceremony_of_event,
    _dateline_city,
    _fair_only,
    _planned_in,
    _recent,
    _time_of_day,
    _venues_differ,
    briefing_holder,
    decided_before_but,
    determined_word_ends,
    first_rest_match,
    lecture_inviter,
    space_ends,
)

# A rite named by its act alone (公祭仪式, 升旗仪式, 授牌仪式): told after an activity held of that act (…公祭活动), it is
# that activity named again, one event (GUIDELINES §3: a bare rite told beside the event it belongs to is its part).
_RITE_OF_ACTIVITY = re.compile("[\u4e00-\u9fff]{2,4}仪式")
# 行政长官…在礼宾府主持授勋典礼: the place right before 出席/参加/主持 and a referred meeting.
_PLACE_BEFORE = re.compile(r"在(?P<loc>[^，。；,;在的]{1,20}?)$")
# 这两次会议, 这几次会议: several meetings referred to together.
_COUNTED_REFERENCE = re.compile(r"(?:这|那|上述)?[两几\d一二三四五六七八九十]+次")
_SHOW = re.compile("(?:展览会|展览|博览会|展销会|交易会|音乐会|演唱会|汇演)$")
# A clause opening with a pronoun and 是/在 (他是校运会上的主力) says something about a person.
# (人们太注意大晚会上的名字, 他们只看重颁奖典礼上的排场, 有人过分关注…: a clause whose subject is people at large or a plural
# pronoun, then what they do, opens the words before 上; no meeting is named, GUIDELINES §3 twenty-sixth round, names hold
# no clause, and the thirtieth; not 我们的节日…晚会, 大家庭…联欢会, 我校…, names of their own)
_PRONOUN_SUBJECT = re.compile("(?:他|她|我|你)们?(?:是|在)|(?:人们|有人|大家(?!庭)|他们|她们|我们(?!的)|你们)(?=[^，。；]{3})")
# 召开的, 举行的: the verb of an attribute that names the meeting held (12日召开的区政府新闻发布会).
_HELD_ATTRIBUTE = re.compile("(?:召开|举行|举办)的")
# 记者3月15日从…(会议上获悉): the reporter's clause before the meeting it was learnt at, no part of its name
_REPORTER_FROM = re.compile(r"^[^，。；]{0,20}?记者[^，。；]{0,16}?从(?=[^，。；]{4})")




def _planned_before(doc_text: str, sentences: list[Sentence], index: int, at: int, title: str = "") -> bool:
    """A back-reference at ``at`` in ``sentences[index]`` whose meeting was told as planned just before:
    in the same sentence before it (决定于4月12日召开…，会议由…主持) or in the sentence before, within the
    same paragraph (县委定于4月8日召开县委全会。全会由…主持). The reference inherits the planned status
    (GUIDELINES §3: planned events are no meetings)."""
    text = sentences[index].text
    clause = start_after(text, at)
    if not (back := BACK_REFERENCE.match(text, clause)):
        return False
    planned = PLANNED_HOLDING.search(text, 0, clause)
    if planned:
        return not _held_first(text, planned.start())
    if index == 0 or clause > 0 and _HELD_VERB.search(text, 0, clause):
        return False
    before = sentences[index - 1]
    planned = PLANNED_HOLDING.search(before.text)
    if planned is None or "\n" in doc_text[before.end : sentences[index].start]:
        return _planned_in_title(sentences, index, back["noun"], title)
    return not _held_first(before.text, planned.start())


def _planned_in_title(sentences: list[Sentence], index: int, noun: str, title: str) -> bool:
    """A headline that tells the meeting planned (第五届数字经济论坛计划于3月15日在滨江举行) above a body that only refers
    to it (论坛由市政府主办，将邀请…), no meeting told held before the reference: the planned one (GUIDELINES §3 eighth
    round)."""
    title = title.strip()
    planned = PLANNED_HOLDING.search(title) if title and noun in title else None
    if planned is None or _held_first(title, planned.start()):
        return False
    return not any(_HELD_FINITE.search(s.text) for s in sentences[:index] if s.text.strip() != title)


# 去年, 今年, 前年: a year told relative to the page's, opening a sentence on another time (_OPENS_ON_TIME) or written
# before a referred name (_PAST_YEAR_LEAD).
# 曾, 曾经 (not 曾经济…): a past act recalled, read before 在 by _FLASHBACK and anywhere by _RECALLED.
_RECALL_WORDS = "曾经|曾(?!经济)"
def _held_first(text: str, planning: int) -> bool:
    """A meeting held (not planned) before the planning word at ``planning`` (市科协召开会议，决定于5月20日
    举办…论坛。会议由…主持): a back-reference after them points to the meeting held."""
    held = _HELD_FINITE.search(text, 0, planning)
    return held is not None and not _planned_in(text, held.start(), held.end())
_HABITUAL = re.compile("每(?:年|月|周|季度|逢|次)(?!一度|一届|一次的)")  # (not 每年一度的…会议上: this year's one)
_RULE_WORDS = re.compile("请|须|不得|一律|应当|应该|必须")
# A standing body whose session is named by the body when it is chaired (主持常委会, 主持理事会).
_CHAIRED_SESSION = re.compile("(?:常委会|理事会|董事会|监事会)$")
# A verb of attending a meeting (出席, 参加, 列席, with 了).
_ATTEND_WORD = "(?:出席|参加|列席)了?"
# 在出席记者会时: the verb of attending opening a meeting named after 在.
_ATTENDED_AT = re.compile(_ATTEND_WORD + "(?=.{2})")
# 在上海出席…会议时, 在中部的基塔马参加一个部族和解会议后: a place, then the verb of attending and the meeting attended
# (GUIDELINES §3 twenty-ninth review round: the name holds no clause around it, twenty-sixth round; the place before the
# verb is the venue when it reads as a place); not 在有300人参加的座谈会上, the verb inside an attribute of the meeting.
_COMPASS_PART = re.compile("(?:东|南|西|北|中|东北|西北|东南|西南)部的")
_PLACE_THEN_ATTENDING = re.compile("(?P<part>[^，。；,;的]{1,8}的)?(?P<place>[^，。；,;的]{2,16}?)" + _ATTEND_WORD + "(?:一个|一次|一场)?"
                                   "(?![^，。；,;]*的)(?=.{2})")
# …召开座谈会。参观结束后，监督员们在检察院二楼会议室进行座谈: the talks the 座谈会 was, told as a verb with their venue
_TALKS_SAT_AT = re.compile(r"\s*(?:[^，。；会式礼]{0,10}?后[，,]\s*)?[^，。；在]{0,12}?在(?P<loc>[^，。；在]{2,30}?)(?:进行|开展)了?座谈(?:交流)?"
                           r"(?=[，。；,;]|$)")
# 今日在立法会会议上某议员的提问和某局长的书面答复: a Hong Kong written reply to a legislator's question names the
# sitting only as where the question was put; a written statement, no meeting (GUIDELINES §3 twenty-first round).
_WRITTEN_REPLY_AFTER = re.compile(r"[^，。；：:]{0,40}?的提问(?:和|及)[^，。；：:]{0,40}?的书面答[复覆]")
# A meeting referred to through an attribute of holding it (在中国科协举办的…论坛上, 在伦敦召开的…会议上,
# 执法检查组今天举行的第一次全体会议，…): what stands before the verb, the holder or the place, no 的 in it.
# (在公安部主办的…会议上: 主办 is the hosting verb itself, GUIDELINES §3 "the organizer is who hosts"; not 承办 or 协办,
# who help; 联合/共同 before it no part of the holder; the cr35 review's B17)
# (在市委、市政府专就此事召集的…会议上: the body that convened those meeting holds it, as after 召开; GUIDELINES §3
# organizer, twenty-eighth and thirty-sixth review rounds)
_HOSTING_VERBS = "召开|举行|举办|主办|开幕|召集"
# (市委、市政府专就此事召集的: the matter the meeting was called on, after the body, no part of it; not 市就业局)
_TOPIC_BEFORE_HOLDING = re.compile("(?<=[\u4e00-\u9fff]{2})(?:专门?|特意|特地)?就(?![职位业任读医餐座近])[^，。；、的]{1,12}$")
# (在由新成立的江城商会主办的…上: when the agent after 由 was formed, written with its own 的, a descriptor of the body,
# GUIDELINES §3 thirty-ninth review round)
_HOLDER_BEFORE_VERB = re.compile(r"^(?P<pre>(?:由" + _NEWLY_FORMED + r")?[^的“”「」『』]{1,30}?)(?:隆重|联合|共同)?"
                                 r"(?P<verb>" + _HOSTING_VERBS + ")的")
# (县政府次日召开…: the next day after the subject, before the verb)
_THIS_DAY_WORDS = ("当天", "当日", "当晚")
# 主会场设在县政府三楼会议室, 会议地点设在…: the venue stated as such; a bare 地点 refers to the meeting just told as
# well (召开座谈会，地点设在市民中心, 地点：市民中心, GUIDELINES §3 twenty-fourth review round), not a 分会场.
_VENUE_SET = literal_gated(re.compile(r"(?:(?<!分)(?:主会场|会场)(?:设在|设于|位于|选在)|(?:会议|活动|大会)?地点(?:设在|设于|位于|选在|定在|在|为|[:：]))"
                                      r"\s*(?P<loc>[^，。；,;]{2,30})"))


# Those attending, then 在 (…共600余人在…): the opening of _attended_place's reading, up to its 在.
_ATTENDING_AT = re.compile("(?:人|者|代表|员|们|生|师|部|同志|嘉宾)[^，。；在]{0,4}在")
# The characters the place after 在 stops at; the verbs of attending after it; the marks that may close the noun.
_ATTENDED_PLACE_STOPS = "，。；在"
_ATTENDING_VERBS = ("参加", "出席", "列席")
_ATTENDED_NOUN_CLOSES = "，。；,;"
# The longest place _attended_place reads.
ATTENDED_PLACE_CHARS = 30


def _attended_place(text: str, pos: int, nouns: tuple[str, ...]) -> str | None:
    """Where those attending are told to attend a meeting referred to by one of ``nouns`` (…共600余人在学校大礼堂参加大会:
    学校大礼堂), the first such telling at or after ``pos`` in ``text``; None when there is none.

    It reads as the pattern ``(?:人|者|代表|员|们|生|师|部|同志|嘉宾)[^，。；在]{0,4}在(?P<loc>[^，。；在]{2,30}?)
    (?:参加|出席|列席)了?(?:nouns)(?=[，。；,;]|$)`` searched from ``pos`` reads its ``loc``, with no pattern compiled
    for the page's nouns (a compile cost more than a page's reading).  Why it is the same: the run before 在 holds no 在,
    so each start of a match has one 在, the first after its opening word, and what follows 在 depends on that 在 alone;
    the starts of the 在 are in the order of the matches' starts.  So the first 在 with an opening before it (from
    ``pos`` on) and a place after it, tried shortest first as the lazy run is, gives the pattern's match."""
    at = text.find("在", max(pos, 0) + 1)
    while at >= 0:
        # (an opening word and its run that end right at this 在, starting no earlier than pos)
        if any((m := _ATTENDING_AT.match(text, start)) is not None and m.end() == at + 1
               for start in range(max(pos, at - 6, 0), at)):
            place = _place_then(text, at + 1, _ATTENDING_VERBS, nouns)
            if place is not None:
                return place
        at = text.find("在", at + 1)
    return None


def _place_then(text: str, start: int, verbs: tuple[str, ...], nouns: tuple[str, ...]) -> str | None:
    """The shortest place (2 to ATTENDED_PLACE_CHARS characters, none of _ATTENDED_PLACE_STOPS) from ``start`` that one
    of ``verbs`` (two characters each), 了 perhaps, and one of ``nouns`` closing its clause follow: what
    ``(?P<loc>[^，。；在]{2,30}?)(?:verbs)了?(?:nouns)(?=[，。；,;]|$)`` matched at ``start`` reads (see _attended_place)."""
    size = len(text)
    limit = start
    while limit < size and limit - start < ATTENDED_PLACE_CHARS and text[limit] not in _ATTENDED_PLACE_STOPS:
        limit += 1
    for end in range(start + 2, limit + 1):
        if text[end : end + 2] not in verbs:
            continue
        after = end + 2
        # (了? is greedy: the noun after 了 first, then one opening with 了)
        if (text.startswith("了", after) and _noun_closes(text, after + 1, nouns)) or _noun_closes(text, after, nouns):
            return text[start:end]
    return None


# An on-site meeting's sitting held after the visit (…现场推进会召开。…随后在区委党校召开会议): the visit's end, then 在,
# opening a sentence (与会人员 or 大家 perhaps before 在) or a later clause; the place after 在 is read by _place_then.
_AFTER_VISIT = r"(?:随后|之后|然后|最后|观摩结束后|观摩后)[，,]?\s*"
_SITTING_OPENS_AT = re.compile(rf"\s*{_AFTER_VISIT}(?:与会人员|与会代表|大家)?(?:又|还)?在")
_SITTING_LATER_AT = re.compile(rf"[，,]\s*{_AFTER_VISIT}(?:又|还)?在")
_SITTING_VERBS = ("召开", "举行")


def _sitting_place(text: str, nouns: tuple[str, ...], opening: bool) -> str | None:
    """Where an on-site meeting referred to by one of ``nouns`` sat after the visit: the place of _SITTING_OPENS_AT at
    the start of ``text`` (``opening``), else of the first _SITTING_LATER_AT that a place follows; None when there is none.

    It reads as the pattern of the opening, then ``(?P<loc>[^，。；在]{2,30}?)(?:召开|举行)了?(?:nouns)(?=[，。；,;]|$)``
    (matched, or searched when not ``opening``) reads its ``loc``, with no pattern compiled for the page's nouns.  Why
    it is the same: each opening ends at one 在 (its optional parts are told apart by their first characters, and none
    is 在), and no start inside an opening can open another (only its optional comma could, and a word of the visit's
    end never follows it there)."""
    if opening:
        m = _SITTING_OPENS_AT.match(text)
        return _place_then(text, m.end(), _SITTING_VERBS, nouns) if m is not None else None
    for m in _SITTING_LATER_AT.finditer(text):
        place = _place_then(text, m.end(), _SITTING_VERBS, nouns)
        if place is not None:
            return place
    return None


def _noun_closes(text: str, at: int, nouns: tuple[str, ...]) -> bool:
    """Whether one of ``nouns`` is written at ``at`` and a clause mark or the end of ``text`` follows it (``$``: the
    end, or a last line break)."""
    size = len(text)
    for noun in nouns:
        if text.startswith(noun, at):
            end = at + len(noun)
            if end == size or text[end] in _ATTENDED_NOUN_CLOSES or (end == size - 1 and text[end] == "\n"):
                return True
    return False


# (a comma, then the whitespace a pattern's ``\s*`` reads after it: see _clause_opens_on)
_CLAUSE_COMMA = re.compile("[，,]")
_LEADING_SPACE = re.compile(r"\s*")
_CLAUSE_DETERMINERS = ("", "本次", "此次", "这次", "该")


def _clause_opens_on(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether a comma at or after ``start`` is followed, after whitespace, by 本次/此次/这次/该 or none and one of
    ``words``: how every match of a clause pattern ``[，,]\\s*(?:本次|此次|这次|该)?(?:words)…`` opens, so that where this is
    False the pattern, made for one meeting's nouns, need not be compiled (True when a word is empty or opens with
    whitespace, which the whitespace before it might give back)."""
    if any(not word or word[0].isspace() for word in words):
        return True
    for comma in _CLAUSE_COMMA.finditer(text, start):
        at = _LEADING_SPACE.match(text, comma.end()).end()
        if any(text.startswith(determiner, at) and text.startswith(words, at + len(determiner))
               for determiner in _CLAUSE_DETERMINERS):
            return True
    return False


# The rest of _later_reference's pattern of a later sentence after its opening reference to the meeting
# (_reference_opening_ends): when (于…), who held or chaired it (由…组织，), where (在…, 假…), the verb of holding (the
# comments in _later_reference tell each part); compiled once, not with the meeting's nouns for each page.
_HELD_AFTER_REFERENCE_PARTS = (r"(?:于(?P<when>[^，。；在]{1,20}))?"
                               r"(?:由[^，。；在]{2,24}?(?:组织|召开|主办|举办|主持)[，,]\s*(?:(?=在)|于(?P<after>[^，。；在]{1,20})))?"
                               rf"(?:(?:在|{_JIA})(?P<loc>[^，。；]{{2,30}}?)(?:隆重|顺利|胜利|圆满)?)?")
_HELD_AFTER_REFERENCE = re.compile(_HELD_AFTER_REFERENCE_PARTS + _HELD_OR_CLOSED + "(?!的)")
# (这次会议是省教育厅在江城召开的, 这次会议是在江城召开的: the meeting said, in a cleft, to be one held at a place, by a body
# or none; the place is its venue, GUIDELINES §3 location, thirty-seventh review round; not 是在…背景下, 在…关键时刻, 在…之际,
# 在…主持下: the times and circumstances a cleft tells)
_CLEFT_HELD_AT = re.compile(r"是(?:[^，。；在由的]{2,20}?)?在(?P<loc>[^，。；在]{2,30}?)(?<![下时际刻头夕间景势况中后前])"
                            r"(?:召开|举行|举办)的")
# (会议由省教育厅在江城召开: the meeting referred back to, then its 由 agent and the place after 在 before the verb of
# holding; the place is its venue, as in the cleft above, GUIDELINES §3 location, thirty-eighth review round; not a time
# or a circumstance after 在; the pattern organizers.py reads the agent with)
_AGENT_HELD_AT = re.compile(_AGENT_AT_PLACE_OPENING + _AGENT_AT_PLACE_NO_TIME + _AGENT_AT_PLACE_HELD)
# (…活动 referred back to: 启动 tells it held too, not 启动仪式)
_ACTIVITY_HELD_AFTER_REFERENCE = re.compile(_HELD_AFTER_REFERENCE_PARTS + rf"(?:{_HELD_OR_CLOSED}|启动(?![仪式会]))(?!的)")
# The rest of its pattern of a clause of the meeting's own sentence after its name, after the clause's opening reference.
_VENUE_CLAUSE_AFTER_REFERENCE = re.compile(rf"(?:在|{_JIA}|(?P<yu>于))(?P<loc>[^，。；在]{{2,30}}?)"
                                           rf"(?:隆重|顺利|胜利|圆满)?{_HELD_OR_CLOSED}")
# (the lead of at most eight characters and a comma before the reference, see _reference_opening_ends)
_LEAD_MARKS = "，。；"
_LEAD_MAX = 8


def _reference_opening_ends(text: str, words: tuple[str, ...]) -> Iterator[int]:
    r"""The ends of ``^\s*(?:[^，。；]{0,8}[，,])?(?:本次|此次|这次|该)?(?:words)`` in ``text``, in the order the regular
    expression tries them: the opening of _later_reference's pattern of a later sentence."""
    for at in space_ends(text, 0):
        run = 0
        while run < _LEAD_MAX and at + run < len(text) and text[at + run] not in _LEAD_MARKS:
            run += 1
        for lead in range(run, -1, -1):  # (the lead, longest first, then none)
            if at + lead < len(text) and text[at + lead] in "，,":
                yield from determined_word_ends(text, at + lead + 1, _CLAUSE_DETERMINERS[1:], words)
        yield from determined_word_ends(text, at, _CLAUSE_DETERMINERS[1:], words)


def _read_held_after_reference(text: str, words: tuple[str, ...], activity: bool) -> re.Match[str] | None:
    """_later_reference's pattern of a later sentence matched at the start of ``text``: the match of its rest
    (_HELD_AFTER_REFERENCE, or _ACTIVITY_HELD_AFTER_REFERENCE for an ``activity``) at the first end of its opening where
    that matches (its groups are those of the whole pattern), None where the pattern does not match."""
    rest = _ACTIVITY_HELD_AFTER_REFERENCE if activity else _HELD_AFTER_REFERENCE
    return first_rest_match(rest, text, _reference_opening_ends(text, words))


def _read_venue_clause(text: str, pos: int, words: tuple[str, ...]) -> re.Match[str] | None:
    """The first clause from ``pos`` on in ``text`` opening (after its comma) with 本次/此次/这次/该 or none and one of
    ``words``, then where the meeting is held and the verb of holding: the match of _VENUE_CLAUSE_AFTER_REFERENCE there
    (its groups are those of the whole pattern), None where there is none."""
    return first_rest_match(_VENUE_CLAUSE_AFTER_REFERENCE, text, (
        end for comma in _CLAUSE_COMMA.finditer(text, pos) for at in space_ends(text, comma.end())
        for end in determined_word_ends(text, at, _CLAUSE_DETERMINERS[1:], words)))


# Where those attending are that is no venue: a main or branch hall by its kind alone, the scene, online, each one's own place.
_NO_ATTENDED_PLACE = re.compile("^(?:主会场|分会场|会场|现场|线上|网上|云端|视频)|分会场|各|自己|本单位|本地")
# The clause right after a meeting's name telling only where it is held (，在集团总部一楼会议中心举行).
_BARE_HELD_AT_CLAUSE = re.compile(r"[”」』]?[，,]\s*在(?P<loc>[^，。；,;在]{2,30}?)(?:隆重|顺利|胜利|圆满)?(?:召开|举行)(?=[，。；,;]|$)")
# 会议在市应急指挥中心设主会场: the main venue written before 设 (a video meeting's main room)
_VENUE_SET_BEFORE = re.compile(r"在(?P<loc>[^，。；,;在]{2,30}?)设(?:立)?主会场")
# 市长李强在市防汛指挥中心主会场主持会议: the main venue of a video meeting, where its chair sat
_CHAIRED_AT_MAIN_VENUE = re.compile(r"在(?P<loc>[^，。；,;在]{2,30}?)主会场(?:主持|出席|参加)了?(?:会议|大会)")
# 6月12日上午，县委召开会议。: what is left of a sentence after a body's bare 召开会议 when it tells nothing
# more (no purpose, no agenda), so that the next sentence may name that meeting.
_NOTHING_MORE = re.compile(r"[。！]?\s*")
# 同日，…; 同时，…; 去年，…; 今年3月，…; 当天下午…: words before the next sentence's name that set it at a
# time of its own (or beside the bare meeting: 同时, 此外), so that it names another meeting
_OPENS_ON_TIME = re.compile(r"同日|同时|同一天|当天|当日|当晚|此前|此外|另外|" + _RELATIVE_YEAR + "|明年|上年|近日|日前|次日|翌日"
                            r"|[年月日天周号]|上午|下午|中午|晚上|晚间|早上|凌晨")
# Rank of each level, the highest first (a county's meeting does not take the name of a province's).
_LEVEL_RANK = {"国": 0, "省": 1, "自治区": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3, "镇": 4, "乡": 4}
_LEVELS = "|".join(_LEVEL_RANK)
# 全省防汛工作视频会议, 国务院常务会议, 全市…大会: the level a meeting's name opens on (a scope or a body of it)
_NAME_LEVEL = re.compile(rf"^全?(?P<level>{_LEVELS})")
# 县委, 我县, 平安县人大常委会: the last level word in a body's name is its level
_BODY_LEVEL = re.compile(rf"(?P<level>{_LEVELS})(?!.*(?:{_LEVELS}))")
# 县人大常委会第十五次会议, 市政协常委会会议: a body named, with its place or level, at the start of a
# meeting's name (its organizer, when it is not the body of the bare meeting before); not 全县, 本市, 我县
# (a scope), nor a bare 党委… (the subject's own organ: 学院召开会议。党委理论学习中心组学习会…)
_BODY_OPENING = re.compile(r"^(?![全本该各此我])[\u4e00-\u9fff]{1,8}?(?:人大常委会|人大|政协|政府|党委|党组|纪委|监委"
                           r"|委员会|常委会|工会|妇联|团委|科协|侨联|文联|残联|工商联|法院|检察院|局|厅)")
# 我县在分会场收听收看, 组织收看: a body that only watched or listened to the meeting named
_WATCHED = re.compile("分会场|收听|收看")
# A sentence recalling an earlier occasion (在当年的发布会上, 曾在…会上).
_FLASHBACK = re.compile(f"在当年的|那次|(?:{_RECALL_WORDS})在")
# The place of a signing: 在 and a place right before the signing verb, with an adverb of manner at most
# (…19日在郑州签署, 在杭州正式签订).
_SIGNED_AT = re.compile(r"在(?P<loc>[^，。；,;在]{2,20}?)(?:正式|共同|成功|顺利|隆重)?(?:签署|签订|签约|捐赠|捐款|捐助"
                        r"|(?:鸣枪)?(?:开跑|起跑|开赛)|鸣枪)")
# How many sentences back a race's start may be told before its ceremony (…马拉松在东湖广场鸣枪开跑。本次赛事由…主办。
# \n开跑仪式上，…: told like a fair's opening, a sentence or two before, across a paragraph break; as far back as
# _fair_ceremonies reads an opening).
START_ACT_REACH = 3
# 这次报告会…, 此次座谈会…: a reference opening its sentence that points back to the event just told.
_POINTED_BACK = re.compile(r"\s*(?:这次|此次|本次|这场|本场)")
# 向首都军民汇报了…事迹: a report given to an audience, the act of a 报告会 (not 听取汇报, a report heard at a meeting).
_REPORTED_TO = re.compile("向[^，。；]{1,12}?汇报")
#: How many sentences back from a ceremony only referred to the dated lead of its item may tell the ceremony's act
#: (_lead_act; the tuning articles: a signing told in the lead, the ceremony three paragraphs and six sentences on).
LEAD_ACT_REACH = 12
# The clause after a recalled signing opening on this occasion (，此次…, ，这次…): the report's own event.
_THIS_OCCASION = re.compile(r"[，,]\s*(?:此次|本次|这次)")
# What after 在 tells a circumstance, not a place: a locative 上/下/中 (在…见证下, 在…框架下, 在…会议上).
_CIRCUMSTANCE_END = re.compile("[上下中]$")
# 市统计局党组开展集中学习，…主持集中学习会: a body holding a study session, named as an activity that ends
# its clause (not 学习…精神, a study of what another meeting said); its subject is the session's organizer
_STUDY_SESSION = re.compile(r"(?:^|[，,])\s*(?P<org>[^，。；,;]{2,30}?)(?:组织)?(?:开展|进行)了?(?:集中|集体|专题)学习(?=[，,])")
# Before a referred meeting: it is only the source of relayed remarks or decisions.
_RELAYED_REFERENCE = re.compile("传达|贯彻|学习|领会|落实|根据|按照|依据|遵照")
# 正如我在去年毕业典礼上所说, 我在…会上讲过, 正如市长在座谈会上指出的那样: earlier words quoted, the meeting only their
# source (GUIDELINES §3: a meeting mentioned only as the source of relayed remarks), no meeting this text tells held; a
# comparison word opening the clause before the reference, or a verb of remarks told as past (所说, 说过) right after it.
_QUOTED_EARLIER_BEFORE = re.compile("(?:正如|诚如|如同|就像|正像|恰如)[^，。；,;]{0,12}$")
# (the verbs of remarks the reference's own remarks are read with, _REMARKS_AFTER, plus 讲 and 提出: 所讲, 所提出)
# (我在…常委会议上曾经讲过, 曾讲过: the same with 曾 before the past remarks, GUIDELINES §3 thirty-sixth review round)
_QUOTED_EARLIER_AFTER = re.compile("(?:上|中|时)?(?:所(?:" + _REMARKS_VERBS + "|讲|提出)|(?:曾经?|也曾)?(?:" + _REMARKS_VERBS + "|讲)过)")
# 经 opening a sentence before the session a document passed through (经…第五次会议审议通过，《…条例》颁布了), then the
# document the rest of the sentence tells: the session only the document's source, no meeting reported (GUIDELINES §3
# opening, twenty-eighth and thirty-fifth review rounds); not 经济…, 经贸…, 经委…: a body or a field opening a name.
# (随着…会议的召开，各级…也将进行换届选举: the holding of meetings as a noun after 随着, with the main clause ahead, 将 or
# 即将: meetings still to come, planned, no record; GUIDELINES §3 planned events, thirty-fifth review round)
_AHEAD_AFTER_ALONG = re.compile("[^。；！？\n]*?[，,][^。；！？\n]*?(?:即将|将要|(?<![上中少大])将(?![军领士帅]))")
_PASSED_THROUGH = re.compile("经(?![济贸营销委管信理纪开典])")
_DOCUMENT_AFTER_PASSAGE = re.compile(r"(?:审议)?(?:通过|批准|审定)?[，,]\s*[《“]")
# (我第一次听到这首歌，是在六年前的…晚会上: a cleft 是在 before a time years back, how far back a memory goes, as 早在…;
# 1982年的一次座谈会上，车站领导提出了…举措: one meeting of a year long past picked out by 一次, named as where a measure
# or a plan was first put forward, its origin; GUIDELINES §3 thirty-third and thirty-fifth review rounds)
_YEARS_BACK_CLEFT = re.compile("是$")
_YEARS_BACK = re.compile("[\\d一二三四五六七八九十几两多]+年(?:以)?前的")
_ONE_OF_A_PAST_YEAR = re.compile("(?:19|20)\\d{2}年的?一次")
_MEASURE_PUT_FORWARD = re.compile("[，,][^。；！？\n]{0,20}?提出了?[^。；！？\n]{0,40}?(?:举措|措施|倡议|设想|计划|方案|思路|口号)")
# 早在1994年的…会议上, 远在…会上: a meeting named as how far back something goes (GUIDELINES §3 not meetings: the source
# of a plan, thirty-third review round).
_LOOKED_BACK_TO = re.compile("(?<![最较])[早远]在[^，。；]{0,4}$")
# (记得几年前，在一个座谈会上，…: a time years back as the clause right before the reference, a sentence's opening with
# 记得 at most, then one meeting picked out by 一个/一次: how far back a memory goes, no event; GUIDELINES §3 thirty-third
# and thirty-sixth review rounds; not 5月6日，在一次座谈会上: a day)
_YEARS_BACK_CLAUSE = re.compile("(?:^|[。；！？\n])\\s*(?:我?记得|还记得|回想)?[\\d一二三四五六七八九十几两多]+年(?:以)?前[，,]\\s*$")
_ONE_PICKED_OUT = re.compile("[一某](?:个|次|场)")
# (这次灯会是由市政府常务会议决定的: a session as the agent of a decision in a cleft 是由…的, only the decision's source,
# no event told held; GUIDELINES §3 not meetings, thirty-sixth review round)
_CLEFT_AGENT = re.compile("是由")
_CLEFT_DECIDED = re.compile("(?:研究)?(?:决定|批准|确定)的")
_DECIDING_AFTER = re.compile("(?:今天|昨天|今日|昨日|一致)?决定[，,：:]")
# (是在1996年…会议上提出来的, 是在省第七次党代会上确立的, 都是在…会议上部署的: a plan, a measure or a rule that the meeting
# is only the origin of, whatever the verb of making it, GUIDELINES §3 not meetings, thirty-third review round)
_RELAYED_AFTER = re.compile("(?:上|期间)?(?:的|所作的)?[^，。；]{0,6}(?:精神|决定|决议"
                            "|(?:通过|提出|作出|做出|确定|确立|制定|形成|推广|部署|批准)(?:出来|来)?的)")
# 在记者会上转述…的话: remarks relayed at a press conference, named only as where they were relayed (GUIDELINES §3
# fourteenth review round: no meeting).
# 贯彻落实…全会精神, 学习…会议精神: elsewhere on the page, the meeting's name after a verb of relaying and before 精神
# (GUIDELINES §3: a meeting whose decisions the page relays for study is only their source).
_SPIRIT_RELAYED = re.compile("(?:" + _RELAYED_REFERENCE.pattern + ")[^，。；,;]{0,8}$")
# (会后在记者会中说明院会决议, 在记者会上介绍了常务会议的决定: a meeting's decisions told there afterwards are relayed
# as well, GUIDELINES §3/§4 fourteenth review round; only the conference named as where, 上/中: not 召开记者会说明院会
#决议, one convened for it, nor 在记者会上介绍了新政策, remarks of the conference's own)
_RELAYED_AT_PRESS = re.compile("(?:上|中|时)?[，,]?(?:转述|转达)|(?:(?<=[上中])|上|中)[，,]?(?:说明|介绍|通报|解读)了?[^，。；,;]{0,10}?(?:决议|决定)")
_PRESS_CONFERENCE_END = re.compile("(?:记者会|发布会|记者招待会|吹风会)(?:上|中|时)?$")
# (出席签署仪式时宣布，政府已预留…: a measure announced there is a remark made there, the event held, §4 宣布 as 讲话)
# (not 出席会议时宣布的事项, a thing announced there as a noun's attribute: a rule about such meetings, none held)
_REMARKS_AFTER = re.compile("时?(?:" + _REMARKS_VERBS + "|宣布(?!的))")
# 发言人20日在此间宣布，甲同乙在会谈中已达成协议: a verb of announcing closed by a comma or colon with its day before it,
# the meeting inside what was announced, told with a subject of its own (GUIDELINES §3 thirty-ninth review round).
_ANNOUNCING_VERB = re.compile("(?:宣布|透露|证实|披露)[，,：:]")
# (他/双方/我们 opening what was announced: the announcer may be a party, and a party's dated act dates its meeting)
_PARTY_PRONOUN = re.compile("\\s*(?:他们?|她们?|其|我们?|我方|双方|本人)")
# (the last characters of the announcer's name before the day, 特使张明 -> 张明, 发言人李文 -> 李文: named again in the
# content, the announcer is a party; two, so a title before a short name is left out; calibrated on invented sentences)
ANNOUNCER_NAME_CHARS = 2
# (a mark closing a clause between the day and the announcing verb: the day in a clause of its own)
_CLAUSE_BREAK = re.compile("[，。；！？,;!?\n]")
# (the announcer's name before the day, Han characters only)
_HAN_NAME = re.compile("[\u4e00-\u9fff]{2,}")


def _announced_by_another(text: str, start: int, name_at: int) -> int | None:
    """Where the announced content begins (after the comma of 宣布，) when the meeting at ``name_at`` is told inside another
    person's dated announcement (the day right before the verb), the content's subject no pronoun of the announcer and
    not the announcer named again; ``None`` otherwise (the announcer's own meeting takes its day)."""
    verbs = list(_ANNOUNCING_VERB.finditer(text, start, name_at))
    if not verbs:
        return None
    verb = verbs[-1]
    day = next(reversed(list(_DATE.finditer(text, start, verb.start()))), None)
    if day is None or _PARTY_PRONOUN.match(text, verb.end()):
        return None
    if _CLAUSE_BREAK.search(text, day.end(), verb.start()):
        return None  # (the day in a clause of its own before the announcement: not the announcer's act)
    announcer = text[max(start, day.start() - ANNOUNCER_NAME_CHARS) : day.start()]
    if not _HAN_NAME.fullmatch(announcer) or announcer in text[verb.end() : name_at]:
        return None
    return verb.end()


# 在记者会上说明院会决议, 在会上介绍了会议决定: remarks made there, about a decision (no 的 after them in the clause:
# not 在会上说明的决定, a decision relayed).
_REMARKS_MADE = re.compile("(?:" + _REMARKS_VERBS + "|说明|介绍|解读|通报)了?(?![^，。；]*的)")
# Future or wished-for meetings: 要在…会上, 准备在…上, 希望…会议, 将在…上 (not 上将, 将工作总结为; nor 计划 as the noun
# of a scheme whose rite is attended, 出席资助计划签署仪式时宣布: the scheme's rite, held; see _not_held_yet).
_NOT_HELD_YET = re.compile(
    "(?<![上中少大])" + NOT_JIANG_PLACE + "将(?:于|在|要|会|召开|举行|出席|建议)|要在|准备(?!了)|希望(?!工程)|呼吁|计划|打算|届时|以便|争取|拒绝(?:出席|参加)"
    # (建议 as a verb; not the noun of 意见建议, 合理化建议, 提出建议, 的建议)
    "|(?<![见化的出])建议(?![书，。；,;])"
)

# 全国林业计划会议上, 计划生育工作会议上: 计划 the noun of the meeting's own name (a planning conference) or of family
# planning, no plan (GUIDELINES §3 thirty-seventh review round).
_PLAN_NOUN_BEFORE_HEAD = re.compile("生育|(?:工作)?会议")


def _not_held_yet(text: str, end: int) -> bool:
    """Whether a meeting still to come or wished for (_NOT_HELD_YET) is told in ``text[:end]``, a scheme's rite aside
    (出席资助计划签署仪式: 计划 the scheme's noun; 双方计划签约仪式后…: the verb, the rite still planned)."""
    rites: set[int] | None = None
    for m in _NOT_HELD_YET.finditer(text, 0, end):
        if m.group() == "计划":
            if _PLAN_NOUN_BEFORE_HEAD.match(text, m.end()):
                continue
            if rites is None:
                rites = scheme_rite_nouns(text, end)
            if m.start() in rites:
                continue
        return True
    return False


# Words ending in 会 that name no meeting (社会, 机会) or an organization (协会, 委员会).
# (述职评议会, 民主评议会: a review session, no parliament; GUIDELINES §3, a speech title names its meeting)
_NOT_A_MEETING = re.compile("(?:社会|机会|都会|体会|误会|约会|理会|" + "|".join(
    "(?<!评)议会" if w == "议会" else w for w in _ORG_ENDING_HUI) + ")$")
# 曾多次在…, 经常出席…, 多年来: a habit of attending told before a meeting referred to (他曾多次在…会议上作报告;
# not 经多次协商后在签约仪式上, where 多次 counts another act).
_MANY_TIMES = re.compile("(?:多次|屡次|数次|经常|每每)(?:在|出席|参加|列席|主持|应邀|受邀)|多年来")
# 会议20余次, 座谈会十余场, 在…会议上讲话20余次: a tally right after the meeting referred to, or after the act done
# there (not 在…推进会上三次强调, 会议上第一次提出: a count or an order within the one meeting).
_TIMES_AFTER = re.compile(r"(?:(?<=[上中])[^，。；\d一二三四五六七八九十百第]{1,4}?|(?<![上中]))[\d一二三四五六七八九十百]+[余多]?[次场]")
# …培训班在州委党校结业/开班: the venue where a training class closed or opened.
_CLASS_ENDED_AT = re.compile(r"在(?P<loc>[^，。；,;在]{2,20}?)(?:顺利|圆满|正式)?(?:结业|开班)")


def _spirit_relayed(doc_text: str, name: str, sentence: Sentence) -> bool:
    """Whether the page, outside ``sentence``, relays ``name``'s 精神 (贯彻落实…全会精神, 学习…会议精神)."""
    if len(name) < 3:
        return False
    # (each place the name and 精神 are written, none overlapping the one before, as a pattern of the two would find
    # them: the name is the page's own, and a pattern compiled for it cost more than the search)
    written = name + "精神"
    hit = doc_text.find(written)
    while hit >= 0:
        if not sentence.start <= hit < sentence.end and _SPIRIT_RELAYED.search(doc_text, max(0, hit - 16), hit):
            return True
        hit = doc_text.find(written, hit + len(written))
    return False


# 传达了全市统战部长会议精神, 学习贯彻全省组织工作会议的精神: a meeting whose spirit is relayed, named after the verb.
_RELAYED_MEETING = re.compile("(?:" + _RELAYED_REFERENCE.pattern + ")[^，。；,;]{0,10}?(?P<name>(?:全[国省市县区州])?[^，。；,;、“”]{0,24}?"
                              "(?:会议|大会|全会))(?:的)?精神")
_RELAYING_LEAD = re.compile("^(?:了|和|及|并|" + _RELAYED_REFERENCE.pattern + ")+")
# 全市会议, 全省大会: a meeting referred to by its scope and a generic noun alone.
_SCOPE_GENERIC = re.compile("(?P<scope>全[国省市县区州])(?:会议|大会)")


def _relayed_just_before(doc_text: str, name: str, start: int, end: int) -> bool:
    """Whether ``name``, a meeting referred to as where remarks were made (在全市会议上强调), is the meeting whose spirit
    the text between ``start`` and ``end`` (the sentence before and this one up to the reference) relays: the same name,
    or its scope and a generic noun (全市会议 after 传达了全市统战部长会议精神)."""
    for m in _RELAYED_MEETING.finditer(doc_text, start, end):
        # (传达了…, 传达学习了…, 学习贯彻…: the aspect mark and the further verbs of relaying read into the lazy name)
        relayed = _RELAYING_LEAD.sub("", m["name"])
        if relayed == name or (len(name) >= 4 and relayed.endswith(name)):
            return True
        scope = _SCOPE_GENERIC.fullmatch(name)
        if scope and relayed.startswith(scope["scope"]):
            return True
    return False


# A name read from a reference that is no meeting's own name: a verb of holding or attending inside it (与…举行了…会议,
# 在…参加一个…会议: the clause, not the name), a count or a deictic before it (几个会议, 这次会议, 本届大会).
_NOT_OWN_NAME = re.compile(r"举行|召开|举办|参加|出席|主持|^(?:几|[一两三四五六七八九十多各]个|这|那|该|本|此|上述|有关|历次|每"
                           # (经局党组会议研究决定, 据…会议: a preposition before the name, read into it)
                           r"|经(?![济贸验营])|据|按|于"
                           # (上届读书月开幕式: a past edition told as background, GUIDELINES §3 eighth round)
                           r"|上一?届|往届|历届|上次|上一次)")
# Heads too generic to tell that two undated names are one event.
_GENERIC_KIND_HEADS = frozenset({"会议", "会", "大会"})
# (the bare head 会议 of two names of one day, neither a form of the other: two meetings; not 会 alone, the head of names
# the lexicon has no fuller head for, 大型餐会 / 筹款餐会, one event named twice)
_MEETING_HEAD = "会议"
# 会议指出，…; 某某在发言时说，…: a verb of speaking before the name puts the meeting inside someone's words.
_SPEECH_BEFORE = re.compile("说|表示|指出|强调|认为|要求")
# 市长曾致辞, 曾在…大会上说: a past act recalled, its meeting background to the account, not an event it reports.
_RECALLED = re.compile(_RECALL_WORDS)
# 设宴欢迎, 设宴款待: a banquet given, written as a verb with no meeting noun (a 宴会 referred to later is that banquet).
_BANQUET_GIVEN = re.compile("设宴(?=欢迎|款待|招待|宴请|为)")
# 观摩和会议, 宴会及晚会: bare nouns joined, the parts of an event held told again, no name of its own.
_JOINED_BARE_HEAD = re.compile("[和及与、](?:会议|大会|会)$")
# 分论坛, 分会场, 分组会议, 代表团分组讨论会: a part of the meeting held, named by its own noun.
_SUB_SESSION_NAME = re.compile("分论坛|分会场?|分组会议?|分组讨论|小组会议?")
# 开议典礼, 开幕式, 闭幕仪式 with nothing naming them before: the opening or close of the meeting held (定期会…开议，议长主持
# 开议典礼), its part, not another event (GUIDELINES §3: a session's 开幕式 joins the session told by its opening).
_BARE_OPENING_OR_CLOSE = re.compile("(?:开幕|开议|闭幕|闭会|开班|结业|开学|开营)(?:典礼|仪式|式)")
# 参加中宣部召开的…座谈会, 出席省政府举办的…: the body an attended meeting is told held by, right before its name
# (GUIDELINES §3 organizer row: the subject of 召开/举行/举办), not a person nor a clause (参加了会议，…).
_HELD_BY_BEFORE_NAME = re.compile(r"(?:参加|出席|列席)(?P<org>[^，。；、\s的在]{2,12}?" + _BODY_END + r")(?:召开|举办|主办|举行)的$")
# 出席了在省会议中心举行的…推进会, 在大阪举行的…会议上: the place an attended meeting is told held at, right before its
# name (GUIDELINES §3 location row: the venue or place when stated), read as for a meeting held there.
# (not 在同应邀参加中宣部召开的…: 在 opening a clause of meeting someone, with the verb of attending inside it)
_HELD_AT_BEFORE_NAME = re.compile(r"在(?P<loc>(?:(?!参加|出席|列席|应邀|邀请)[^，。；、\s的在同与和跟]){1,15}?)(?:召开|举办|举行|开幕)的$")
# 去年, 今年, 前年 written before a referred name: when it was held, not part of the name.
_PAST_YEAR_LEAD = re.compile(f"^{_RELATIVE_YEAR}(?:的)?")


def _short_form_of(name: str, short: str) -> bool:
    """Whether ``short`` is ``name`` written as X会 for X会议, without what goes before X (台湾“行政院”会议 /
    行政院会): four characters at least, not a generic session (工作会, 常务会)."""
    full = _QUOTE_MARKS.sub("", name)
    return (full.endswith("会议") and short.endswith("会") and not short.endswith("会议") and len(short) >= 4
            and short not in _GENERIC_SESSIONS and full[:-1].endswith(short))


# 大会, 会议: the heads a meeting's short name trades for a bare 会 (招商推进会 of 全市招商引资推进大会).
_FULL_MEETING_HEAD = re.compile("(?:大会|会议)$")


def _in_runs(short: str, full: str) -> bool:
    """Whether ``short`` is ``full``'s characters kept in order in runs of two at least (招商推进 of 全市招商引资推进)."""
    if not short:
        return True
    return any(short[:k] in full and _in_runs(short[k:], full[full.find(short[:k]) + k :])
               for k in range(len(short), 1, -1))


def _key_words_form_of(name: str, short: str) -> bool:
    """Whether ``short`` is ``name`` told again by its key words (全市招商引资推进大会 / 招商推进会, 全县安全生产工作会议 /
    安全生产会): both end on 会 (大会 and 会议 read as 会), and what goes before it in ``short``, four characters at
    least, is kept from ``name`` in order in runs of two characters at least (not 安全推进会: 推进 is not in it)."""
    full = _FULL_MEETING_HEAD.sub("会", _QUOTE_MARKS.sub("", name))
    brief = _FULL_MEETING_HEAD.sub("会", _QUOTE_MARKS.sub("", short))
    return (full.endswith("会") and brief.endswith("会") and len(brief) >= 5 and brief != full
            and _in_runs(brief[:-1], full[:-1]))


def _listed_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a 《…》 title that is one of a list of titles (邮票图名分别为《…》、
    《在…庆典上讲话》、《…》): the works listed, no meeting referred to (GUIDELINES §3, lists). A title alone
    (《在…会议上的讲话》) is a speech title and still refers to its meeting."""
    opened, closed = text.rfind("《", 0, start + 1), text.find("》", end - 1)
    if opened < 0 or closed < 0 or "》" in text[opened:start] or "《" in text[start + 1 : closed]:
        return False
    return text[:opened].endswith(("》、", "》和", "》及")) or text.startswith(("》、《", "》和《", "》及《"), closed)
# Fixed patterns of MeetingExtractor._attended_on_own_day.
_BULLET_AHEAD = re.compile(r"\s*[■●◆▲★·•]")
# Fixed patterns of MeetingExtractor._references.
_UP_TO_DE = re.compile(r"^.*的")
# 从此间召开的(…会议上了解到): the deictic place of the meeting a source is learnt from, right before its name.
_FROM_HERE_HELD = re.compile("从(?P<loc>此间|这里)(?:隆重)?(?:召开|举行|举办)的$")
# 这里的记者招待会, 人民大会堂的宴会: one phrase before 的 and the meeting's name (a place when it reads as one).
_PLACE_BEFORE_DE = re.compile(r"^(?P<loc>[^，。；的\s]{2,20})的(?=[^的]{2,}$)")
# (在全省的会议上, 在本市的座谈会上, 在该校的报告会上, 在这次的会议上: a scope, a deictic body or an occasion, no place named;
# 这里 and 此间 alone name the dateline's city)
_SCOPE_OR_REFERENCE = re.compile("^(?:[全各本该我那]|此(?!间)|这(?!里))")
_REFERENCE_MODIFIER_PREFIX = re.compile(r"^(?:隆重|盛大|热烈|简短|简朴|重要|这次|此次|本次|这个|那次)")
# 巴黎会晤, 爱丽舍宫举行会谈, 这里进行了会谈: a place, then the bare verb of talks, read from a reference's 在…时/后.
_PLACE_THEN_TALKS = re.compile(r"(?P<loc>[^，。；与同和跟的\s]{2,16}?)(?:举行|进行)?了?(?P<talks>会晤|会谈|会面|磋商)")
# 在总统府举行记者招待会时, 在市民中心召开座谈会时: a place, then a verb of holding and the meeting, read from a reference's
# 在…时/后 (GUIDELINES §3 location: the place in the meeting's own clause; thirty-fourth round).
_PLACE_THEN_HELD = re.compile(r"(?P<loc>[^，。；与同和跟的\s]{2,16}?)(?:主持)?(?:举行|召开|举办)了?(?=[^，。；]{2,}$)")
_TALKS_PARTNER_PREFIX = re.compile(r"^(?:与|同|和(?!平)|跟)[^，。；]{1,20}?(?=(?:会谈|会晤|磋商)$)")
# (1990年2月贝宁“全国…会议”决定…, 去年5月江国代表会议决定…: a month with its year, or a day, right before a subject
# meeting's name: its time, no part of the name)
_DAY_PREFIX = re.compile(r"^(?:(?:(?:19|20)\d{2}年|去年|前年)?\d{1,2}月(?!\d{1,2}日)|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)(?=.{2})")
# Fixed patterns of MeetingExtractor._same_meeting_held.
_ONGOING_WORD = re.compile("启动|开展|持续|以来|截止|前完成|之前")
# Most sentence texts whose reference matches are kept across documents (MeetingReferences._reference_matches).
REFERENCE_CACHE_SIZE = 4096


#: The lines above the page's title that may still be its headline's (an over-title above a subtitle taken as the title).
OVER_TITLE_LINES = 2

class MeetingReferences:
    """The readings of MeetingExtractor for meetings referred to."""

    def _referred_held(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None
    ) -> dict[str, Any] | None:
        """会议于12月11日在市行政中心召开。 in a text that names no meeting otherwise: the meeting referred to
        by its generic noun (GUIDELINES §3, a meeting only referred to as held), with its day and venue;
        None when none is dated on or before the publication date or one is planned (会议将于…)."""
        for index, sentence in enumerate(sentences):
            # (every match of _REFERRED_HELD holds 会议 or 大会, and the opener cut before it is a prefix: most sentences
            # hold neither word and skip the cut and the match, whose lazy run is tried at every length)
            if "会议" not in sentence.text and "大会" not in sentence.text:
                continue
            text = _ACCOUNT_OPENER.sub("", sentence.text, count=1)
            m = _REFERRED_HELD.match(text)
            if m is None or _planned_in(text, 0, m.end()) or _PLANNED.search(text, 0, m.end()):
                continue
            if _planned_before(doc.clean_text, sentences, index, 0, doc.meta.get("title") or ""):
                continue  # 论坛定于4月20日在杭州举办。论坛由…主办: the planned one referred to again
            if _RELAYED_SPIRIT.search(doc.clean_text, 0, sentence.start):
                return None  # 要落实好会议精神。会议于…在北京召开: the meeting relayed, told after (§3: no record)
            when = self.date_of(doc, text, reference)
            if when[0] is None or _after_publication(when[0], reference):
                continue
            return self._record(doc, sentence, m["noun"], when, self.clean_location(m["loc"]), None)
        return None

    def _bare_held_before(
        self, doc: Document, sentences: list[Sentence], index: int, name: str, org: str | None
    ) -> Sentence | None:
        """The sentence before ``sentences[index]``, in the same paragraph, when it says only that a meeting
        was held (6月12日上午，县委召开会议。) and this one names that meeting (县委常委会会议在…举行);
        ``org`` is the organizer written before this one's name, if any. None when this one opens on
        another meeting (会后, 随后, 此前) or on a time of its own (同日, 去年), names a meeting of a higher
        level (全省…会议 after 县委召开会议) or of another body (县人大常委会第十五次会议), tells that it
        was only watched (在分会场收听收看), or the name is written before (县委召开会议。全省…会议在省城
        召开 after 传达…全省…会议精神 is the meeting relayed)."""
        if index == 0:
            return None
        before, sentence = sentences[index - 1], sentences[index]
        if "\n" in doc.clean_text[before.end : sentence.start] or name in before.text:
            return None
        if _ANOTHER_ONE.search(sentence.text) or _NARRATED_AROUND.match(sentence.text) or _FOLLOWING.match(sentence.text):
            return None
        at = sentence.text.find(name)
        if _OPENS_ON_TIME.search(sentence.text, 0, max(at, 0)) or _WATCHED.search(sentence.text):
            return None
        held = self.plain.search(before.text)
        if held is None or not _NOTHING_MORE.fullmatch(before.text, held.end()) or _planned_in(before.text, held.start(), held.end()):
            return None
        body = held["org"].strip()
        level, own = _NAME_LEVEL.match(name), _BODY_LEVEL.search(body)
        if level and (_LEVEL_RANK[level["level"]] <= 1
                      or (own and _LEVEL_RANK[level["level"]] < _LEVEL_RANK[own["level"]])):
            return None  # (县委召开会议。全省防汛工作视频会议…, 全市…会议: a higher level's meeting)
        opening = _BODY_OPENING.match(name)
        named = org or (opening.group() if opening else None)
        if named and not named.startswith(self.clean_org(body) or body) and not body.startswith(named):
            return None  # (县委召开会议。县人大常委会第十五次会议在…举行: another body's meeting)
        return before

    def _reference_words(self, meeting: dict[str, Any]) -> list[str]:
        """The nouns a later sentence refers back to the meeting by (会议, 大会, its head word, its kind of ceremony,
        its last words, its whole name), longest first."""
        bare = meeting["name"].rstrip("”」』")
        head = self._head.search(bare)
        # (…周年會員大會 … 會員大會於灣仔香港會議展覽中心舉行: the name's last words, and 于 before a place)
        # (…颁奖典礼 … 典礼於澳門文化中心舉行: the kind of ceremony alone)
        kind = [head.group()[-2:]] if head and head.group()[-2:] in _CEREMONY_NOUNS else []
        if bare.endswith("礼") and not bare.endswith("典礼"):
            kind.append("典礼")  # (…开幕礼 … 典礼於會展中心舉行: a short rite referred to as 典礼)
        if bare.endswith(("礼", "仪式")):
            # (…成人礼 … 仪式在学校操场举行, …签约仪式 … 典礼: a rite referred to by either word for a rite, GUIDELINES §3
            # location, thirty-first review round: a venue told in the sentence after the meeting)
            kind.extend(("仪式", "典礼"))
        # (创科论坛开幕礼 … 论坛在香港会议展览中心举行: the forum it opens)
        gathering = _CEREMONY_OF_GATHERING.search(bare)
        # (…主持召开会议，研究城市更新工作。这次城市更新专题会议在…召开: the whole name, given later, too)
        return longest_first({"会议", "大会", *kind, *([gathering["event"]] if gathering else []),
                              *([head.group()] if head else []), *([bare[-4:]] if len(bare) > 4 else []), bare})

    def _later_reference(
        self, meeting: dict[str, Any], sentences: list[Sentence], others: set[int]
    ) -> tuple[Sentence, str | None] | None:
        """会议在市委党校大礼堂召开 / 本次大会于6月30日上午在…报告厅举行 after the meeting's sentence:
        the first sentence referring to it by a generic noun (or its own head word), with the place
        it names; None when another meeting's account begins first."""
        bare = meeting["name"].rstrip("”」』")
        words = self._reference_words(meeting)
        if "举办" in meeting["evidence"]["text"]:
            # (…联合举办…对接会。活动在…学术交流中心举行: an event staged, told as 活动 in a sentence of its own, §3
            # location; not after a 会议 召开, where 活动 is another event's, test_fxae)
            words = longest_first({*words, "活动"})
        # (…党支部组织党员开展“…”主题党日活动。活动在社区党群服务中心启动: a meeting whose own name ends in 活动 is
        # referred back to by that noun, and an activity is told started, 启动, where it is held; not 活动启动仪式, a
        # ceremony of its own)
        own_activity = bare.endswith("活动")
        if own_activity:
            words = longest_first({*words, "活动"})
        nouns = tuple(words)  # (read by _attended_place and _sitting_place, no pattern compiled for them)
        # (会议由市委组织部组织，在市委党校报告厅举行: who held or chaired it, in a clause of its own before the venue)
        # (論壇由創新科技署主辦，於會展中心舉行: who hosted it, then 于 and the venue)
        # (晚宴假中环文华酒店举行: 假 for 在, Hong Kong and Macau usage)
        # (not 活动在江城大学召开的座谈会上…: the verb of another meeting's attribute)
        # (the pattern of a later sentence is read as its opening, _reference_opening_ends, and its rest, compiled once:
        # _read_held_after_reference)
        # (…现场推进会召开。与会人员实地观摩了…，随后在区委党校召开会议: an on-site meeting's sitting, held after the
        # visit, by its noun after the venue; opening a sentence, or in a later clause of the sentence of the visit)
        sitting = "现场" in bare
        start = meeting["evidence"]["clean_start"]
        same_paragraph, previous_end = True, None
        for sentence in sentences:
            if sentence.start < start:
                continue
            venue = _VENUE_SET.search(sentence.text) or _VENUE_SET_BEFORE.search(sentence.text) \
                or _CHAIRED_AT_MAIN_VENUE.search(sentence.text)
            if venue:
                return sentence, self.clean_location(venue["loc"])  # 主会场设在县政府三楼会议室
            # (the meeting's own paragraph: its sentences follow one another with no line between)
            same_paragraph = same_paragraph and (previous_end is None or sentence.start <= previous_end)
            previous_end = sentence.end
            at_name = sentence.text.find(meeting["name"]) if sentence.start == start else -1
            # (read only in the meeting's paragraph where 在, a verb of attending and a noun of it stand)
            attended = _attended_place(sentence.text, at_name + len(meeting["name"]) if at_name >= 0 else 0, nouns) \
                if same_paragraph and (sentence.start > start or at_name >= 0) and "在" in sentence.text \
                and ("参加" in sentence.text or "出席" in sentence.text or "列席" in sentence.text) \
                and any(word in sentence.text for word in words) else None
            if attended and not _NO_ATTENDED_PLACE.search(attended):
                # (…共600余人在学校大礼堂参加大会: those attending told at the place where they attend it, in the meeting's
                # sentence or a later one, GUIDELINES §3 location, thirty-first review round; not 在各分会场参加会议)
                return sentence, self.clean_location(attended)
            if sentence.start == start:
                # (…召开2025年工作会议暨…，在集团总部一楼会议中心举行: the clause right after the name, with no noun of its own,
                # is where the meeting just told is held; not 在…举行签约仪式, another event, GUIDELINES §3 location,
                # thirty-first review round)
                right_after = _BARE_HELD_AT_CLAUSE.match(sentence.text, at_name + len(meeting["name"])) \
                    if at_name >= 0 else None
                if right_after:
                    return sentence, self.clean_location(right_after["loc"])
                # (高新区召开一季度经济运行分析会，会议在管委会三楼会议室召开: a clause of the meeting's own sentence after
                # its name, opening with a noun referring back to it)
                at = sentence.text.find(meeting["name"])
                # (…召开防灾工作会议，会议于县府大礼堂举行: 于 before a building as well, not before a day, GUIDELINES §3
                # location, thirty-first review round, as in a sentence of its own below)
                own = _read_venue_clause(sentence.text, at + len(meeting["name"]), tuple(words)) \
                    if at >= 0 and _HELD_ANYWHERE.search(
                    sentence.text, at + len(meeting["name"])) and _clause_opens_on(
                    sentence.text, at + len(meeting["name"]), tuple(words)) else None
                if own and own["yu"] and (_DATE.search(own["loc"]) or re.search(_TIME_WORDS, own["loc"])
                                          or not (_VENUE_END.search(own["loc"]) or _ATTRIBUTIVE_VENUE_EXTRA.search(own["loc"]))):
                    own = None  # (会议于5月6日举行, 于上午举行: a time after 于)
                if own:
                    return sentence, self.clean_location(own["loc"])
                continue
            # (the pattern of this meeting's nouns only where a verb of holding stands)
            # (the noun opens the sentence: after at most 8 characters and a comma, then 本次)
            opening = sentence.text.lstrip()[:11 + len(words[0])]
            m = _read_held_after_reference(sentence.text, tuple(words), own_activity) if (_HELD_ANYWHERE.search(sentence.text) or (
                own_activity and "启动" in sentence.text)) and any(
                w in opening for w in words) else None
            when = (m["after"] or m["when"]) if m else None
            if when and not m["loc"] and not _DATE.search(when) and not re.search(_TIME_WORDS, when) \
                    and (_VENUE_END.search(when) or _ATTRIBUTIVE_VENUE_EXTRA.search(when)):
                # (典禮於市府惠中樓舉行, 於市政府親子劇場舉行: a building or a theatre after 于 too)
                return sentence, self.clean_location(when)  # 于湾仔香港会议展览中心举行: a place after 于
            if m and (m["when"] or m["loc"]):
                return sentence, self.clean_location(m["loc"])
            if m is None and ("是" in opening or "由" in opening) and _HELD_ANYWHERE.search(sentence.text):
                # (这次会议是…在江城召开的, 会议由…在江城召开: the cleft first, then the 由 agent)
                for word, rest in (("是", _CLEFT_HELD_AT), ("由", _AGENT_HELD_AT)):
                    if word in opening and (held := first_rest_match(
                            rest, sentence.text, _reference_opening_ends(sentence.text, tuple(words)))):
                        return sentence, self.clean_location(held["loc"])
            after_visit = _sitting_place(sentence.text, nouns, opening=True) if sitting else None
            if after_visit is None and bare.endswith("座谈会") and (talks := _TALKS_SAT_AT.match(sentence.text)):
                after_visit = talks["loc"]
            if after_visit is None and sitting and sentence.start not in others:
                after_visit = _sitting_place(sentence.text, nouns, opening=False)
            if after_visit is not None:
                return sentence, self.clean_location(after_visit)
            if sentence.start in others:
                return None  # another meeting's account begins
        return None

    def _name_given_later(self, meeting: dict[str, Any], sentences: list[Sentence], others: set[int]) -> str | None:
        """城投集团召开会议，…。这次节前安全生产专题会议由…主持: the fuller name that a sentence after a meeting
        told by the bare noun alone gives it (before another meeting's account), else None. A name
        written already since the meeting's sentence is not its own: 这次/本次 there points back to that
        mention (县委召开会议，传达学习全省经济工作会议精神。本次全省经济工作会议在省城召开: the meeting relayed)."""
        start = meeting["evidence"]["clean_start"]
        for k, sentence in enumerate(sentences):
            if sentence.start <= start:
                continue
            if sentence.start in others:
                return None
            m = self._fuller_name.match(sentence.text)
            named = m and self.clean_name(m["name"] or m["named"])
            if named and any(named in t.text for t in sentences[:k] if t.end > start):
                return None
            if named and named not in _BARE_MEETING_NAMES and len(named) > len(meeting["name"]):
                return named
        return None

    @staticmethod
    def _event_of_ceremony(name: str) -> list[str]:
        """The short forms (its last two to five characters) of the event whose opening or closing ``name``
        is (…中国-东盟教育交流周开幕式 -> 交流周, 教育交流周, …; …论坛闭幕式 -> 论坛, …); none for other names."""
        ceremony = next((c for c in _CEREMONY_OF if name.endswith(c)), None)
        event = name[: -len(ceremony)] if ceremony else ""
        if not _EVENT_END.search(event):
            return []
        return [event[-k:] for k in range(2, 6) if k <= len(event)]

    def _take_named_other_meeting(self, referred: dict[str, Any], meetings: list[dict[str, Any]]) -> bool:
        """Whether a meeting referred to (在…首脑会议上说, 出席了捐赠仪式, 参加…座谈会的代表) in a text that holds
        others is one more event (GUIDELINES §3: a meeting referred to as having taken place is a record, each
        event its own): its name is its own (a head with at least two characters naming it before, no verb or
        count inside, see _NOT_OWN_NAME) and no meeting read has that name, a longer or a shorter form of it.
        When it is, ``referred`` is made ready to be taken: its name without the year told before it, and no date
        read from inside the remarks after its name."""
        name = _PAST_YEAR_LEAD.sub("", referred["name"])
        heads = self._heads_of(name)
        if not heads or _NOT_OWN_NAME.search(name) or _JOINED_BARE_HEAD.search(name) \
                or _RECALLED.search(referred["evidence"]["text"]):
            return False
        head = max(heads, key=len)
        if len(_QUOTE_MARKS.sub("", name)) - len(head) < 2:
            return False  # (在会上说, 在大会上讲话, 全会上: the meeting held, told again by its bare noun)
        told = referred["evidence"]["text"]
        if _SPEECH_BEFORE.search(told, 0, max(told.find(name), 0)):
            return False  # (会议指出，…在全州推进会上…, 某某发言时说，第一次参加…会议: a meeting inside someone's words)
        if _SUB_SESSION_NAME.search(name) or _BARE_OPENING_OR_CLOSE.fullmatch(_QUOTE_MARKS.sub("", name)) \
                or referred["date_text"] is None and _SESSION_SITTING_NAMED.fullmatch(name):
            return False  # (在“数字孪生”分论坛上…, 主持开议典礼: a part of the meeting held, no event of its own)
        for m in meetings:
            if _venues_differ(name, None, m["name"], m["location"]):
                # (…参加了江城广场升国旗仪式。…江城县在县政府广场举行升国旗仪式: two venues, two ceremonies; only the venue
                # written in the referred name counts, one read near it may be another act's: 在首批捐赠的基础上)
                continue
            if self._same(name, m["name"]) or _short_form_of(m["name"], name) or _short_form_of(name, m["name"]):
                return False
            if referred["date"] in (None, m["date"]) and _key_words_form_of(m["name"], name):
                return False  # (全市招商引资推进大会召开。市长在招商推进会上讲话: the meeting held, named by its key words)
            if self._same_kind(name, m["name"]) and (referred["date"] is not None and referred["date"] == m["date"] and not (
                    _MEETING_HEAD in self._heads_of(name) and _MEETING_HEAD in self._heads_of(m["name"])) or (
                    referred["date"] is None and not (self._heads_of(name) | self._heads_of(m["name"])) & _GENERIC_KIND_HEADS)):
                # (今晚…举行大型餐会。…在今天的筹款餐会上说; 出席庆祝酒会 over …出席…周年酒会: one event of its kind,
                # named twice; two undated 会议 stay two, their head names no kind, and so do two 会议 of one day named
                # apart, neither a short or key-word form of the other: 全省水利局长会议 and 2005年省科协全体会议 told
                # held the same day, GUIDELINES §3 thirty-ninth review round)
                return False
            if any(name.startswith(m["name"][-k:]) for k in range(2, len(m["name"]) + 1)):
                return False  # (…学术年会在…召开。年会开幕式上，…: the opening of the meeting held, a part of it)
            if _RITE_OF_ACTIVITY.fullmatch(name) and m["name"].endswith(name[:-2] + "活动"):
                return False  # (…烈士纪念日公祭活动在…举行。公祭仪式由…主持: the activity's rite, the event held named again)
        referred["name"] = name  # (在去年欧洲…首脑会议上: the year told before the name is its time, not its name)
        at = told.find(name)
        if referred["organizer"] is None and at > 0 and (held_by := _HELD_BY_BEFORE_NAME.search(told, 0, at)):
            referred["organizer"] = held_by["org"]  # (应邀参加中宣部召开的全国先进典型座谈会: 中宣部)
        if referred["location"] is None and at > 0 and (held_at := _HELD_AT_BEFORE_NAME.search(told, 0, at)):
            referred["location"] = self.clean_location(held_at["loc"])  # (出席了在省会议中心举行的…: 省会议中心)
        if referred["date_text"] and 0 <= at < told.find(referred["date_text"]):
            # (2021年11月，在…颁奖典礼上，某某说，“今天…”: a day inside the remarks after the name dates nothing of the
            # meeting, GUIDELINES §3; its day is told before its name or not at all)
            referred["date"] = referred["date_text"] = referred["time_of_day"] = None
        return True

    def _attended_on_own_day(self, referred: dict[str, Any], meetings: list[dict[str, Any]]) -> bool:
        """Whether ``referred`` is a meeting an official attended (出席签约仪式) in a sentence opening with its own day,
        a day (or a part of the day) on which no meeting in ``meetings`` was held, of a kind none of them has and
        told in a sentence none of them was read from: one more event of the article (a roundup's item)."""
        text = referred["evidence"]["text"]
        opening = _ATTENDED_ON_OWN_DAY.match(text)
        at, part = referred["evidence"]["clean_start"], referred["time_of_day"]
        if opening is not None and opening["same"]:
            # (…今日上午出席论坛。同日下午，某某主持…会议: dated by the last meeting told before it, at another part
            # of that day; only a chaired meeting or one attended)
            told = [m for m in meetings if m["evidence"]["clean_start"] < at and m["date"] is not None]
            if not told or told[-1]["time_of_day"] in (None, opening["part"]):
                return False
            if not re.search("(?:出席|参加|主持)了?" + re.escape(referred["name"]), text) or any(
                    m["evidence"]["clean_start"] == at or self._same(referred["name"], m["name"])
                    or (m["date"] == (referred["date"] or told[-1]["date"]) and m["time_of_day"] == opening["part"])
                    for m in meetings):
                return False  # (another meeting by its own name, not one of that part of the day)
            if referred["date"] is None:
                referred["date"], referred["date_text"] = told[-1]["date"], opening["same"]
            referred["time_of_day"] = opening["part"]
            return True
        if referred["date"] is None or opening is None \
                or not re.search("(?:出席|参加|主持)了?" + re.escape(referred["name"]), text):
            return False
        # (●6月24日，市长…出席签约仪式: a marked roundup item is a news item of its own, also on the day of another)
        item = _BULLET_AHEAD.match(text) is not None

        def same_time(m: dict[str, Any]) -> bool:
            return not item and m["date"] == referred["date"] and (part is None or m["time_of_day"] in (None, part))

        return not any(m["evidence"]["clean_start"] == at or self._same_kind(referred["name"], m["name"]) or same_time(m)
                       for m in meetings)

    def _from_reference(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, with_this: bool = False,
        only_this: bool = False,
    ) -> dict[str, Any] | None:
        """The first meeting referred to as having taken place (某某在座谈会上讲话, 出席开幕式并致辞,
        研讨会上，…, 会议由某某主持) in a text that names no meeting with a verb of holding it.
        A headline's reference gives way to the body's reference to the same meeting (县委书记在全县经济
        工作会议上强调… above 6日，县委书记…在全县经济工作会议上强调: the body dates it).  ``with_this`` and
        ``only_this``: see :meth:`_references`."""
        title = (doc.meta.get("title") or "").strip()
        found = self._references(doc, sentences, reference, with_this, only_this)
        first = next(found, None)
        # (李铁映在全国体委主任会议上强调 over a subtitle the page takes as its title: a headline line above the title is
        # the headline's as well, GUIDELINES §3 thirty-second round)
        lines = [line.strip() for line in doc.clean_text.split("\n", OVER_TITLE_LINES + 1)[: OVER_TITLE_LINES + 1]]
        heads = {title, *lines[: lines.index(title)]} if title in lines else {title}
        if first is None or not title or first["evidence"]["text"].strip() not in heads:
            return first
        # (台湾“行政院”会议通过预算案 above 中央社台北11月19日电 行政院会今天通过…: the body's short form, dated)
        return next((later for later in found if self._same(later["name"], first["name"])
                     or _short_form_of(first["name"], later["name"])), first)

    def _reference_matches(self, text: str) -> tuple[re.Match[str], ...]:
        """The matches of ``self.reference`` in a sentence's ``text``, none in a question or where ``_reference_head``
        finds nothing; they depend on the text alone, so they are kept for :data:`REFERENCE_CACHE_SIZE` texts across
        documents (a page's references are read once for each of its readers, and a repeated sentence once)."""
        return bounded_memo(self._reference_cache, text, REFERENCE_CACHE_SIZE, self._read_reference_matches, text)

    def _read_reference_matches(self, text: str) -> tuple[re.Match[str], ...]:
        """:meth:`_reference_matches`, read afresh."""
        # (在今天下午的记者招待会上，有记者问：“…是什么？: a question quoted after the narration, its quote still open where
        # the sentence breaks, asks nothing of the narration, GUIDELINES §3 thirty-sixth review round)
        asked = text.rstrip().endswith(("？", "?")) and text.count("“") <= text.count("”")
        if asked or not self._reference_head.search(text):
            return ()
        return tuple(self.reference.finditer(text))

    def _references(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, with_this: bool = False,
        only_this: bool = False,
    ) -> Iterator[dict[str, Any]]:
        """The meetings referred to as having taken place, in text order (see :meth:`_from_reference`). A meeting
        referred to only as this one (这次会议是…, 本次会议决定…) is read ``with_this`` alone: on a page that tells no
        meeting held, where it is the page's meeting; beside a meeting told held it is that meeting again.
        ``only_this``: those alone, for a caller that has read the page's other references and found none (each is
        read from its text and the page alone, so it would be refused again)."""
        for index, sentence in enumerate(sentences):
            text = sentence.text
            for m in self._reference_matches(text):
                if (m["this"] and not with_this) or (only_this and not m["this"]):
                    continue
                # (主持…委员会会议，会议讨论了…服务计划: a plan discussed after the meeting, not a meeting planned)
                upto = clause_bounds(text, m.end() - 1)[1]  # (在财长会议上他将建议…: the reference's own clause)
                if _PLANNED.search(text, 0, upto) or _not_held_yet(text, upto):
                    continue
                if _MANY_TIMES.search(text, clause_bounds(text, m.start())[0], m.end()) or _TIMES_AFTER.match(text, m.end()):
                    continue  # 他曾多次在全国…学术会议上作报告, 主持召开…会议20余次: a habit or a series (§3)
                if _planned_before(doc.clean_text, sentences, index, m.start(), doc.meta.get("title") or ""):
                    continue  # 县委定于4月8日召开县委全会。全会由…主持: the planned meeting referred to again
                # (市统计局党组开展集中学习，…主持集中学习会: the session held, whose 学习 relays nothing)
                study = _STUDY_SESSION.search(text, 0, m.start()) if m["obj"] and "学习" in m["obj"] else None
                if study and (_HABITUAL.search(study["org"]) or _EACH_SUBJECT.search(study.group())):
                    study = None  # (每月开展集中学习, 各支部开展集中学习: a habit, a series held by many)
                if _QUOTED_EARLIER_BEFORE.search(text, clause_bounds(text, m.start())[0], m.start()) \
                        or _QUOTED_EARLIER_AFTER.match(text, m.end()):
                    continue  # 正如我在去年毕业典礼上所说: earlier words quoted, the meeting their source (§3)
                if m["at"] and _YEARS_BACK_CLEFT.search(text, max(0, m.start() - 4), m.start()) \
                        and _YEARS_BACK.match(m["at"]):
                    continue  # 我第一次听到这首歌，是在六年前的…晚会上: how far back a memory goes, no event (§3)
                if m["lead"] and _ONE_OF_A_PAST_YEAR.match(m["lead"]) and _MEASURE_PUT_FORWARD.match(text, m.end()):
                    continue  # 1982年的一次座谈会上，车站领导提出了…举措: the origin of a measure (§3 thirty-third round)
                if m["at"] and _LOOKED_BACK_TO.search(text, max(0, m.start("at") - 8), m.start("at")):
                    continue  # 这一方针早在1994年的…会议上就已提出: a meeting named as a point of history, no event (§3)
                if m["at"] and _ONE_PICKED_OUT.match(m["at"]) and _YEARS_BACK_CLAUSE.search(text, 0, m.start()):
                    continue  # 记得几年前，在一个座谈会上，…: how far back a memory goes, no event (§3)
                if m["subject"] and _CLEFT_AGENT.search(m["subject"]) and _CLEFT_DECIDED.match(text, m.end("subject")):
                    continue  # 这次灯会是由…常务会议决定的: the session only the decision's source (§3)
                if m["obj"] and _EDITIONS_COUNTED.search(m["obj"]):
                    continue  # 参加了全国三届票友会: editions counted, a series (§3)
                if m["nominal"] and text[m.start() : m.start("nominal")].startswith("随着") \
                        and _AHEAD_AFTER_ALONG.match(text, m.end()):
                    continue  # 随着…会议的召开，…也将进行…: the sessions to come with what is still ahead (§3 planned)
                if m["at"] and decided_before_but(text, m.start()):
                    continue  # 决定暂不出国，而只在首脑会议上同…会晤: where talks decided on are to be held (§3 planned)
                if m["subject"] and _PASSED_THROUGH.match(m["subject"]) and _DOCUMENT_AFTER_PASSAGE.match(text, m.end()):
                    continue  # 经…第五次会议审议通过，《…条例》颁布了: the session only the document's source (§3)
                if _WRITTEN_REPLY_AFTER.match(text, m.end()):
                    continue  # 今日在立法会会议上某议员的提问和某局长的书面答复: a written statement, no sitting (§3)
                if _RELAYED_AT_PRESS.match(text, m.end()) and _PRESS_CONFERENCE_END.search(m.group()):
                    continue  # 在记者会上转述市长的话: a press conference named only as where remarks were relayed (§3)
                # (在…举行的…理事会决定，同意…: a held meeting, the subject, deciding; not 会议决定精神, its decision as a noun)
                deciding = bool(m["held"]) and _DECIDING_AFTER.match(text, m.end()) is not None
                # (本次会议协商决定了…: the meeting referred to as this one, the subject of its own decision; not 本次会议的精神)
                deciding = deciding or (m["this"] is not None and not text.startswith(("的", "上", "精神"), m.end()))
                # (…第二十一届会议于1997年12月3日通过决议，…: the session as the subject passing a resolution, its own act, not
                # a resolution relayed; GUIDELINES §3 twenty-eighth and thirty-sixth review rounds; not …会议通过的决议)
                deciding = deciding or (m["subject"] is not None and m.group().endswith("通过")
                                        and not text.startswith("的", m.end()))
                if _RELAYED_REFERENCE.search(text[study.end() if study else 0 : m.start()]) or (
                        _RELAYED_AFTER.match(text, m.end()) and not _REMARKS_MADE.match(text, m.end()) and not deciding):
                    continue  # 贯彻…会议精神, 在…会议上的讲话精神: the source of relayed remarks
                if _planned_in(text, m.start(), m.end()) or _HABITUAL.search(text, clause_bounds(text, m.start())[0], m.end()):
                    continue  # 北京愿意主持召开有各方参加的会议: offered; 每年年终的总结会上: a habit
                if m["lecture"] and not (_LECTURE_TOLD.search(text, 0, m.start()) and _DATE.search(text, 0, m.start())
                                         and not _LECTURE_HABIT.search(text[: m.start()])):
                    # (3月8日，…作了题为《…》的讲座，讲座由…主持: only a lecture given on the sentence's day, told
                    # before it; not 经常邀请作家作讲座，讲座由…主持, a habit)
                    continue
                # (在出席记者会时表示: the meeting attended, named after 出席 within the 在…时 frame)
                attended = _ATTENDED_AT.match(m["at"] or "")
                attended_place = None
                if attended is None and m["at"] and (placed_verb := _PLACE_THEN_ATTENDING.match(m["at"])):
                    # (在上海出席…会议时: the place before the verb no part of the name, its venue when a place)
                    attended = placed_verb
                    place = self.clean_location(placed_verb["place"])
                    # (在中部的基塔马参加…: a part of a country before 的 tells a place the tagger may not know)
                    attended_place = place if place and (self._is_place(doc, sentence, place, _VENUE_EXTRA)
                                                         or _COMPASS_PART.fullmatch(placed_verb["part"] or "")) else None
                named = m["obj"] or (m["at"] if attended else None)
                if named and text.startswith("时", m.end("obj") if m["obj"] else m.end("at")) and (
                        _RULE_WORDS.search(text, 0, m.start())
                        or not (m.group().lstrip().startswith("主持") or _REMARKS_AFTER.match(text, m.end()))):
                    # 出席会议时一律…, 参加会议时请携带…: a rule or a notice (主持…会议时宣布 is one held, and so is
                    # 出席记者会时表示: remarks made there)
                    continue
                name = m["at"] or m["obj"] or m["lead"] or m["subject"] or m["held"] or m["source"] or m["rite"] or m["nominal"] or m["this"]
                if attended:
                    name = name[attended.end():]
                # (在中国科协举办的…论坛上, 在伦敦召开的…会议上, 临时立法会今天举行的…会议，…: who held it or where)
                # (出席了在这里举行的…研讨会, 参加在南京饭店召开的…: the attended object's own 在…举行的 reads as 在…举行的…上
                # does, GUIDELINES §3 location; thirty-fourth round)
                obj_at = m["obj"][1:] if m["obj"] and m["obj"].startswith("在") and not m["at"] \
                    and _HOLDER_BEFORE_VERB.match(m["obj"][1:]) else None
                holder = _HOLDER_BEFORE_VERB.match(m["at"] or m["lead"] or m["subject"] or obj_at or "")
                # (在公安部主办的…上: the verb of hosting names who hosts, never the place, also after 在)
                pre = _TOPIC_BEFORE_HOLDING.sub("", holder["pre"]) if holder else ""
                held_by, held_at = (self._host_of(doc, sentence, pre), None) if holder and holder["verb"] == "主办" \
                    else self._attribute_holder(doc, sentence, pre, bool(m["at"] or obj_at)) if holder \
                    else self._attribute_holder(doc, sentence, m["holder"], False) if m["held"] and m["holder"] \
                    else (None, None)
                held_at = held_at or attended_place
                if held_at is None and holder is None and m["at"] and (placed := _PLACE_BEFORE_DE.match(m["at"])) \
                        and not _SCOPE_OR_REFERENCE.match(placed["loc"]):
                    # 在这里的记者招待会上, 在人民大会堂的宴会上: the place the meeting referred to is told at, written before
                    # it with 的 (GUIDELINES §3 location: the place when stated; 这里/此间 name the dateline's city, §11)
                    loc = self.clean_location(placed["loc"], _dateline_city(doc.clean_text, sentence.end))
                    held_at = loc if loc and self._is_place(doc, sentence, loc, _VENUE_EXTRA) else None
                if held_at is None and m["source"] and (from_here := _FROM_HERE_HELD.search(text, 0, m.start("source"))):
                    # (记者杨振武、孟宪励从此间召开的…会议上了解到: the meeting learnt from, held where the dateline's
                    # deictic points, is in the dateline's city, GUIDELINES §11; thirtieth round)
                    held_at = self.clean_location(from_here["loc"], _dateline_city(doc.clean_text, sentence.end))
                name = self.clean_name(_UP_TO_DE.sub("", name))
                name = _REPORTER_FROM.sub("", name)  # 记者3月15日从全县教育工作会议上获悉: the meeting learnt at
                name = _REFERENCE_MODIFIER_PREFIX.sub("", name)
                name = _TALKS_PARTNER_PREFIX.sub("", name)  # 在与某某会晤后: the talks
                if held_at is None and m["at"] and (talks_at := _PLACE_THEN_TALKS.fullmatch(m["at"])):
                    # 两国外长28日在巴黎会晤时, 在爱丽舍宫举行会谈时: a place before the talks' verb is where they are held,
                    # no part of their name (GUIDELINES §3 twenty-third round: talks named by their noun without the
                    # place; thirty-third round: the place their venue)
                    loc = self.clean_location(talks_at["loc"], _dateline_city(doc.clean_text, sentence.end))
                    if loc and self._is_place(doc, sentence, loc, _VENUE_EXTRA):
                        name, held_at = talks_at["talks"], loc
                if held_at is None and holder is None and m["at"] and (held_here := _PLACE_THEN_HELD.match(m["at"])):
                    # 奇某在总统府举行记者招待会时: the place before the verb of holding is the venue, when it reads as one
                    # (a body before it, 市委召开…时, is none: _is_place reads only venues and places)
                    loc = self.clean_location(held_here["loc"], _dateline_city(doc.clean_text, sentence.end))
                    if loc and self._is_place(doc, sentence, loc, _VENUE_EXTRA):
                        held_at = loc
                name = _DAY_PREFIX.sub("", name)  # 在5月6日全县…会议上: its day
                if m["at"] and not _DATE.search(text, 0, m.end()) and _relayed_just_before(
                        doc.clean_text, name, sentences[index - 1].start if index else sentence.start, sentence.start + m.start()):
                    # 会议传达了全市统战部长会议精神。孔某在全市会议上强调…: the meeting relayed, referred back to by its name or
                    # its scope and generic noun, is only the source of the remarks (GUIDELINES §3 thirty-second round)
                    continue
                if m["subject"] and not _DATE.search(text, 0, m.end()) and _spirit_relayed(doc.clean_text, name, sentence):
                    # 党的…全会审议通过了《…决定》 with no day, on a page that relays 贯彻落实…全会精神: the meeting is only the
                    # source of the document studied (§3), not a meeting the page reports
                    continue
                body = None
                if m["subject"] and (dated := _BODY_DAY_SESSION.fullmatch(name)) and self.clean_org(dated["org"]):
                    # 立法会财务委员会昨日（22日）会议通过…: the body and the day before the bare noun are no part of the name
                    body, name = self.clean_org(dated["org"]), dated["name"]
                if body is None and _HELD_ATTRIBUTE.search(m.group()) and (briefing := briefing_holder(name)) \
                        and self.clean_org(briefing[0]):
                    # 记者从12日召开的区政府新闻发布会上获悉: the body giving the briefing holds it (GUIDELINES §3 ninth and
                    # twentieth review rounds)
                    body, name = self.clean_org(briefing[0]), briefing[1]
                # (书记在市委大楼主持常委会, 县委常委会由书记主持: a standing body's session chaired, the body's name for
                # the meeting; not 主持董事会的工作)
                chaired = _CHAIRED_SESSION.search(name) is not None and (
                    (m["obj"] is not None and m.group().lstrip().startswith("主持") and not text.startswith("的", m.end()))
                    or (m["lead"] is not None and m.group().endswith("主持")))
                if not name or (_NOT_A_MEETING.search(name) and not chaired) or _fair_only(name) or _activity_only(name, "") or self._listing(name) \
                        or _SERIES.match(name) or _KIND_OF.match(name) or _OTHER_EVENT.match(name) or _COUNTED_REFERENCE.match(name) \
                        or _MEETINGS_COUNTED.search(name) \
                        or _SHOW.search(name):
                    continue  # (参加了许多儿童聚会: a series; 这两次会议: several; 在展览会上: a show; 在另一典礼上: another, unnamed)
                if _PRONOUN_SUBJECT.match(name):
                    continue  # 他是校运会上的主力: a clause about someone, not a meeting referred to
                if _listed_title(text, m.start(), m.end()):
                    continue  # 图名分别为《…像》、《在…庆典上讲话》、…: one title in a list of works (§3: lists)
                # (…19日在郑州签署战略合作框架协议。…出席签约仪式并致辞: the signing told just before is the ceremony's act)
                # (2月7日，甲集团向市慈善总会捐赠善款…。…出席捐赠仪式: a donation ceremony, the donation told just before)
                # (…向50户困难家庭发放救助金10万元。…出席发放仪式: a distribution ceremony, the handing out just before)
                act = next((a for c, a in _CEREMONY_ACTS if c.search(name)), None)
                signing = self._signing_act(doc, sentences, index, m.start(), act,
                                            START_ACT_REACH if act is _START_ACT else 1) if act is not None else None
                if act is not None and signing is None:
                    # (新华社香港1月23日电 特区今天…签署了…协定。…⏎…⏎局长在签署仪式上表示: the act the item's dated lead tells)
                    signing = self._lead_act(doc, sentences, index, act)
                signed_on = self.date_of(doc, signing[1], reference) if signing is not None else (None, None, None)
                # (双方曾于2022年签署…, 2022年在杭州签署…, or a day long before the report or after it: a signing recalled,
                # no day or place of this ceremony)
                year = _YEAR_NUMBER_AHEAD.search(signing[1]) if signing is not None else None
                recalled = signing is not None and (
                    _EARLIER_SIGNING.search(signing[1], 0, signing[2].start()) is not None
                    or (signed_on[0] is None and reference is not None and year is not None and int(year[1]) != reference.year)
                    or (signed_on[0] is not None and reference is not None
                        and not _recent(dt.date.fromisoformat(signed_on[0]), reference)))
                # (双方曾于2022年签署…协议，此次…出席签约仪式: the ceremony's own words come after the recalled signing,
                # when they mark this occasion; 2022年，双方签署…协议，…出席签约仪式 narrates the earlier one whole)
                own_from = len(signing[1]) if recalled and signing is not None and signing[0] is sentence \
                    and _THIS_OCCASION.match(text, len(signing[1])) else 0
                # (…在发布会上表示，首批消费券已于11月1日发放: a day inside the remarks made there is no day of the meeting)
                said = _REMARKS_AFTER.match(text, m.end())
                when = self.date_of(doc, text[own_from : said.end() if said else len(text)], reference)
                if when[1] is not None and (announced := _announced_by_another(text, own_from, m.start())) is not None:
                    # (发言人20日宣布，甲同乙在第一轮会谈中已达成协议: the day of another's announcement of the talks'
                    # result is no day of the talks, GUIDELINES §3 thirty-ninth review round; only a day the content
                    # writes up to the meeting's name dates it, not one of a plan told after it: 双方同意于2月1日举行…)
                    when = self.date_of(doc, text[announced : m.end()], reference)
                if m["held"] and m.start() > own_from:
                    # (发言人今天宣布，27日在卢森堡举行的…会议决定…: a day written in the held meeting's own clause dates
                    # it, not the day the lead clause before it was told, GUIDELINES §3 date; the same day word as the
                    # whole sentence's keeps the sentence's reading, which a dateline before the clause resolves: 本报北京1月
                    # 12日讯记者…报道：今天在这里召开的…)
                    held_when = self.date_of(doc, text[m.start() : said.end() if said else len(text)], reference)
                    if held_when[1] is not None and held_when[1] != when[1] and (held_when[0] is not None or when[0] is None):
                        when = held_when
                signed_at = None  # (where the signing act just before took place)
                # (江城博物馆将于下月开馆。开馆仪式由…主持: an act still ahead gives its rite no day, not the dateline's)
                ahead = signing is not None and _planned_in(signing[1], signing[2].start(), signing[2].end())
                if signing is not None and not recalled and not ahead:
                    when = when if when[1] is not None else signed_on
                    at = next((a for a in _SIGNED_AT.finditer(signing[1]) if a.end() == signing[2].end()), None)
                    # (新华社香港1月23日电 特区今天在这里与英国签署了…协定。…在签署仪式上表示: 这里/此间 name the city of the
                    # dateline the act is told under, GUIDELINES §11 and §3 thirty-second review round)
                    loc = self.clean_location(at["loc"], _dateline_city(doc.clean_text, signing[0].end)) if at else None
                    if loc and not (_NOT_A_PLACE.search(loc) or _CIRCUMSTANCE_END.search(loc)):
                        signed_at = loc
                lectured = None  # (the sentence before telling the lecture this reference names)
                class_venue = None  # (where the class the sentence before tells opened or closed)
                # (…篮球赛10月20日在市体育中心落下帷幕。在当天下午举行的闭幕式上，…: 当天 is the day just told, read as
                # when no day is written; not 次日, a day after it)
                this_day = _SAME_DAY.search(text)
                this_day = this_day if this_day is not None and this_day.group().strip() in _THIS_DAY_WORDS else None
                if when[1] is None and index > 0 and (this_day or not _SAME_DAY.search(text)) and not recalled:
                    # 11月20日下午，某某教授应邀来我院作学术讲座。讲座由…主持: the sentence before, in the same
                    # paragraph, dates the event it introduced
                    # (only when that sentence speaks of the same kind of event: 讲座 / 报告 for 报告会)
                    before = sentences[index - 1]
                    heads = self._heads_of(name)
                    opened = None
                    if _ceremony_of_event(name):
                        # …农博会3日在西陵开幕。本届农博会展期5天…。\n开幕式上，…: the event's opening told a sentence or
                        # two before, across a paragraph break, is the ceremony's (GUIDELINES §3 date and location)
                        opened_at = _OPENED_AT if name.startswith("开幕") else _CLOSED_AT
                        opened = next((s for s in reversed(sentences[max(0, index - 3) : index])
                                       if not heading_like(doc.clean_text, s.start) and opened_at.search(s.text)), None)
                        before = opened or before
                    # (…今天上午在人民大会堂向首都军民汇报了…事迹。⏎这次报告会由…联合举办: a reference pointing back by 这次
                    # to the report just told, across the paragraph break)
                    pointed = _POINTED_BACK.match(text) is not None
                    if opened is not None or ("\n" not in doc.clean_text[before.end : sentence.start] or pointed) and (
                            any(h[:2] in before.text for h in heads)
                            or (heads & _LECTURE_HEADS and (_LECTURE_WORDS.search(before.text) or _REPORTED_TO.search(before.text)))
                            # (…设宴欢迎来访的代表团。在宴会上，…: the banquet the sentence before gives, GUIDELINES §3
                            # twentieth review round)
                            or (name in _RECEPTIONS and _BANQUET_GIVEN.search(before.text))
                            # (…大赛在省会落下帷幕。闭幕式上，…: the ceremony of the event that closed)
                            or ((_CEREMONY_NAMED.fullmatch(name) or _ceremony_of_event(name)) and _HELD_ANYWHERE.search(before.text))):
                        when = self.date_of(doc, before.text, reference)
                        if this_day is not None and when[0] is not None:
                            # (its own day word and time of day, GUIDELINES §3 date_text)
                            word = this_day.group().strip()
                            when = (when[0], word, "晚上" if word == "当晚" else _time_of_day(text[this_day.end() :]))
                        lectured = before if heads & _LECTURE_HEADS else None
                        ended = _CLASS_ENDED_AT.search(before.text) if heads & {"结业式", "开班式"} else None
                        if _ceremony_of_event(name):
                            # …博览会12日在长春国际会展中心开幕。开幕式上，…: the event opened there, its ceremony too
                            ended = (_OPENED_AT if name.startswith("开幕") else _CLOSED_AT).search(before.text)
                            if ended is None and name.startswith("开幕") and _FAIR_OPENED.search(before.text) \
                                    and not _EARLIER_EDITION.search(before.text):
                                # 由市政府主办…的…博览会在国际会展中心举行。…参加开幕式: the fair held there by its
                                # host, its opening ceremony too (not 去年，…首届博览会在…举办: an earlier edition or
                                # time told, not the fair whose opening this is)
                                ended = _FAIR_HELD_AT.search(before.text)
                            if ended is not None and not _EARLIER_EDITION.search(before.text):
                                # (由县人社局主办的…招聘会在县文化广场开幕。开幕式上，…: the host of the fair that opened
                                # there, read as for one held there)
                                fair_host = _FAIR_HOST.search(before.text, 0, ended.start())
                                body = body or (self.clean_org(fair_host["org"]) if fair_host else None)
                        # (中新网西陵11月3日电 …农博会3日在西陵开幕: the dateline's city, a place however short)
                        if ended and (self._is_place(doc, before, ended["loc"], _ATTRIBUTIVE_VENUE_EXTRA)
                                      or (opened is not None and ended["loc"] == _dateline_city(doc.clean_text, before.end))):
                            # …培训班在州委党校结业。…出席结业式并讲话: the class closed there, its ceremony too
                            class_venue = self.clean_location(ended["loc"])
                if when[1] is None and this_day is not None and not recalled \
                        and clause_bounds(text, m.start())[0] <= this_day.start() < clause_bounds(text, m.start())[1] \
                        and not (_CEREMONY_NAMED.fullmatch(name) or _ceremony_of_event(name)) \
                        and not any(h[:2] in sentences[index - 1].text for h in self._heads_of(name)):
                    # 巴基斯坦内阁21日通过…。总理在当天的内阁会议上重申…, 发言人当天还在…吹风会上说: with no event of the
                    # meeting's kind told just before, the same-day word still ties it to the day last told (GUIDELINES §3
                    # tenth review round: 当天/当日 ties a meeting to a day told before it), its date_text as written (§3
                    # twenty-third round: the date_text is what its own sentence writes); not a bare rite (在当天下午举行的
                    # 闭幕式上 after a notice issued: a ceremony's day is its event's, which is not told, test_fxw; nor a
                    # day word of another clause: 已于当天…举行了…会谈，…等出席了会谈, the talks told before; nor the
                    # meeting the sentence before tells, across a paragraph: 五国首脑5日举行了会晤。⏎…在当天的会晤中…)
                    word = this_day.group().strip()
                    when = (self._shifted_day(doc, {"evidence": {"clean_start": sentence.start}}, reference, 0), word,
                            "晚上" if word == "当晚" else _time_of_day(text[this_day.end() :]))
                if m["lecture"]:
                    lectured = sentence  # (…在图书馆报告厅作了…讲座，讲座由…主持: the lecture told in this sentence)
                named_at = next(m.start(g) for g in ("at", "obj", "lead", "subject", "held", "source", "rite", "nominal", "this") if m[g])
                written_year = _YEAR_NUMBER_AHEAD.search(when[1] or text[own_from:named_at])
                if _FLASHBACK.search(text, 0, m.end()) or (
                    reference and written_year and written_year[1] != str(reference.year)
                ):
                    continue  # 2017年9月9日，在当年的…发布会上: an earlier occasion recalled, not this report's
                place = _PLACE_BEFORE.search(text, 0, m.start()) if m["obj"] else None
                venue = place and self._is_place(doc, sentence, place["loc"], _VENUE_EXTRA)
                location = (self.clean_location(place["loc"]) if venue else None) or class_venue or signed_at
                # (…今天上午在人民大会堂向首都军民汇报了…事迹。⏎这次报告会…: a report given to an audience, told with its
                # place, is the 报告会's act as a lecture given is; GUIDELINES §3 location, thirty-ninth review round)
                told = (_LECTURE_TOLD.search(lectured.text) or _REPORTED_TO.search(lectured.text)) \
                    if location is None and lectured is not None else None
                if told and lectured is not None:
                    # …教授在图书馆报告厅作了题为《…》的学术报告。报告会由…主持: where the lecture was given
                    location = self._lecture_venue(doc, lectured, told.end())
                if name in _TALKS:
                    held_by = None  # 在中美两国政府代表团举行的会谈中: talks have parties, not an organizer
                if location is None and held_at is None and name.endswith(tuple(_TALKS)):
                    # 正在伊拉克访问的X同Y在第一轮会谈中…: talks by a guest the text places on a visit are located at the
                    # place of the visit (GUIDELINES §3 twenty-second round), as for talks held
                    location = self._visited_place(doc, sentence, text, m.start())
                if when[1] is None and (period := period_of(text[: max(text.find(name, m.start()), 0)], months=True)) is not None:
                    # (今年3月召开的县委常委会会议决定…: the month it was held in, as written, with no date, GUIDELINES
                    # §3 sixteenth review round)
                    when = (None, period, when[2])
                org = (self.clean_org(study["org"]) if study else body) or held_by
                if org is None and name not in _TALKS and (prefixed := self._referred_prefix_holder(name)) is not None:
                    org, name = prefixed  # 在中央党校第二十三期…毕业典礼上: the school holds it (§3 organizer prefix)
                if org is None and lectured is not None and name not in _TALKS:
                    # 应市科协邀请，…院士作科普报告。报告会由…主持: the lecture the sentence takes over keeps the body
                    # that invited its lecturer as organizer (GUIDELINES §3 sixteenth review round)
                    org = lecture_inviter(lectured.text, self.clean_org)
                yield self._record(doc, sentence, name, when, location or held_at, org)
                break  # one reference per sentence

    @staticmethod
    def _signing_act(
        doc: Document, sentences: list[Sentence], index: int, at: int, act: re.Pattern[str] = _SIGNING_ACT,
        reach: int = 1,
    ) -> tuple[Sentence, str, re.Match[str]] | None:
        """The signing act (签署/签订/签约) whose ceremony ``sentences[index]`` refers to at ``at`` (an offset
        into that sentence's text): the last one told before it in the same sentence, else the last one of
        the sentence right before (…19日在郑州签署战略合作框架协议。…出席签约仪式并致辞), a body sentence, not
        a headline, or of the nearest of the ``reach`` sentences before that tells one. Returns that sentence,
        its text up to the end of the act's clause, and the act's match in that text; None when no act is
        told there.  ``act`` is the verb of the ceremony's kind (a signing, or a donation for 捐赠仪式)."""
        sentence = sentences[index]
        acts = list(act.finditer(sentence.text, 0, at))
        if acts:
            return sentence, sentence.text[: clause_bounds(sentence.text, acts[-1].start())[1]], acts[-1]
        for before in reversed(sentences[max(0, index - reach) : index]):
            if heading_like(doc.clean_text, before.start) or not before.text.rstrip().endswith(("。", "！")):
                return None
            acts = list(act.finditer(before.text))
            if acts:
                return before, before.text[: clause_bounds(before.text, acts[-1].start())[1]], acts[-1]
        return None

    @staticmethod
    def _lead_act(
        doc: Document, sentences: list[Sentence], index: int, act: re.Pattern[str]
    ) -> tuple[Sentence, str, re.Match[str]] | None:
        """The act of a ceremony only referred to in ``sentences[index]`` (签署仪式, 揭牌仪式) told in the lead paragraph
        of its item (the paragraph opening on the item's …电/…讯 line) whose first sentence tells a day, when no sentence
        between that paragraph and the reference tells a day of its own (新华社香港1月23日电 特区今天…签署了…协定。…⏎…⏎
        局长在签署仪式上表示; 公司今天上午正式成立。副总理为公司成立揭牌。⏎…⏎…主持了揭牌仪式): the lead's first sentence,
        the lead's text from it to the end of the act's clause, and the act's match in that text (GUIDELINES §3 seventh
        review round: the act told is the ceremony's own, whose day it takes; twenty-sixth round: the rite of an
        opening takes the opening's day). None when no such lead tells the act within LEAD_ACT_REACH sentences."""
        text = doc.clean_text
        for k in range(index - 1, max(-1, index - LEAD_ACT_REACH - 1), -1):
            before = sentences[k]
            if heading_like(text, before.start):
                return None
            line = text.rfind("\n", 0, before.start) + 1
            if not _ITEM_OPENING.match(text, line) or text[line : before.start].strip(" \t\u3000"):
                if _DATE.search(before.text):
                    return None  # (a day told between: another occasion's, perhaps the ceremony's own)
                continue
            if _DATE.search(before.text) is None:
                return None
            end = text.find("\n", before.start)
            lead = text[before.start : end if end >= 0 else len(text)]
            acts = list(act.finditer(lead))
            if not acts:
                return None
            told = lead[: clause_bounds(lead, acts[0].start())[1]]
            return before, told, acts[0]
        return None

    @staticmethod
    def _same_meeting_held(text: str, noun: str, name: str, stated: str | None, reference: dt.date | None) -> bool:
        """A sentence that opens on 会议 (or on ``noun``, the head the meeting's own ``name`` ends in) and says it
        was held on the day it states (``stated``), not after publication: 此次会议于5月7日在…召开 after 近日，县委召开
        常委会会议 (not 大会于10月18日举行 after a 筹备会, 活动于5月10日启动, 于5月20日前完成)."""
        if noun != "会议" and not name.endswith(noun):
            return False
        if not _HELD_AFTER_DATE.search(text) or _ONGOING_WORD.search(text):
            return False
        return stated is None or reference is None or dt.date.fromisoformat(stated) <= reference

    @staticmethod
    def _learnt_at(text: str, name: str) -> bool:
        """记者从全县人才工作会议上了解到, 记者在会上获悉: the reporter learnt the news at the meeting ``name``."""
        at = _LEARNT_AT_MEETING.search(text)
        return at is not None and (name in at.group() or "会上" in at.group())


# 颁奖仪式, 頒獎典禮 (simplified: 颁奖典礼), 颁奖礼: a prize-giving named by its act alone.
_BARE_PRIZE_GIVING = re.compile("颁奖(?:仪式|典礼|礼)")


def prize_giving_within(meeting: dict[str, Any], main: dict[str, Any]) -> bool:
    """Whether ``meeting``, a bare prize-giving (颁奖仪式) told inside the ceremony ``main`` recorded before it
    (典禮上，署長主持頒獎儀式), is that ceremony's act rather than a record of its own: on a Hong Kong or Macau page (the
    caller's check) the prize-giving is the ceremony's 颁奖 (GUIDELINES §3 twentieth review round, §4).  ``main`` is the
    page's main record, its first, which the caller passes: not the nearest ceremony before ``meeting``."""
    return meeting is not main and _BARE_PRIZE_GIVING.fullmatch(meeting["name"]) is not None \
        and meeting["date"] in (None, main["date"]) and _WITHIN_CEREMONY.match(meeting["evidence"]["text"]) is not None
