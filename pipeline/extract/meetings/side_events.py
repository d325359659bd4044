"""Events told within, before, after or alongside another meeting (会上，…; 会前，…; 同时举行; a lecture right after a
ceremony): the patterns that find them, the clauses split off a sentence to read them, and the day they take from the
meeting they belong to.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import Sentence
from pipeline.extract.meetings.dates import _DATED_NEXT_CLAUSE, _span_days
from pipeline.extract.meetings.hosts import _CHAIRED_AFTER_CLAUSE
from pipeline.extract.meetings.organizers import _SESSION_OF_BODY, _WITHIN_TOLD_LEAD
from pipeline.extract.meetings.patterns import (
    _ANY_MEETING_NOUNS,
    _CEREMONY_POINT,
    _CEREMONY_WORDS,
    _DATE,
    _HELD_FINITE,
    _NEXT_OPENER,
    _QUOTE_MARKS,
    _SESSION_SITTING,
    _SHIFTED_WORDS,
    _THIS_SESSION,
    _WITHIN_MEETING,
    _WITHIN_TOLD,
)
from pipeline.extract.meetings.sessions import _PLENARY_SITTING, _sitting_of_another

# 会前，…: a meeting held before the main one.
_BEFOREHAND = re.compile(r"\s*(?:会前|大会前|会议前|开会前)[，,]")
# 行政院发言人陈某会后在记者会上说明…: 会后 right after the subject, before the venue or the act (no comma)
# (not 市长李明在省人代会后主持…, 两会后, 全会后: after another meeting, named, with 在 before it).
# (大会于典礼后举行创业分享会, 主办方在仪式结束后举办…: after the ceremony just told, by its bare noun, as 会后 after the
# meeting, GUIDELINES §3 seventh and fifteenth rounds: 仪式结束后 takes the day of the ceremony just told)
# (另外，大会于典礼后…: a connective opening the sentence before the subject)
_AFTER_IT_SUBJECT = re.compile(r"\s*(?:(?:另外|此外|同时)[，,])?[^，。；,;在]{2,30}?(?:(?<![开聚集约代两全])会|于(?:典礼|仪式)(?:结束)?)后(?=在|于|主持|召开|举行|举办|又)")

# 会前，/ 会议召开前，/ 大会开幕前，/ 在会前召开的…上 / 活动期间，/ 其间，: a sentence opening on the time before
# or within the event just told
# 1月上旬，局党组召开会议，…; 此前，12月中旬，…党组已召开会议: a body's session told as an earlier step by the month (or a
# part of it) opening the sentence, with no day: a record of its own with date null (GUIDELINES §3 fourteenth and
# nineteenth review rounds). (Not 此前，… alone: no date; not 3月以来: a stretch of time, the comma must follow the period.)
_EARLIER_MONTH_OPENING = re.compile(r"\s*(?:此前[，,]\s*)?(?P<year>今年|去年|上年|本年)?(?P<month>[\d一二三四五六七八九十]{1,2})月"
                                    r"(?:上旬|中旬|下旬|初|底|末|份)?[，,]")

# The meeting just told, by its bare noun, and the verbs of its opening: one fragment for the two openings on the time
# before it below (talks before it, an event beside it), so that they read the same meeting.
_MAIN_NOUN = "(?:会议?|大会)"
_MAIN_OPENS = "召开|开幕"
# 在会议开幕以前，…举行了单独会晤; 大会开幕前，双方举行会谈: talks told by their order right before the meeting just told, on
# its day (GUIDELINES §3 seventh round: talks told by their order to the event just told take its day; thirty-eighth review
# round; no date_text of their own, thirty-sixth round).
_TALKS_BEFORE_MAIN = re.compile(r"\s*在?" + _MAIN_NOUN + "(?:" + _MAIN_OPENS + "|开始)?(?:之?前|以前)[，,]")
_BESIDE_MAIN = re.compile(r"\s*在?(?:" + _MAIN_NOUN + "(?:" + _MAIN_OPENS + r")?前(?:[，,]|召开的|举行的)"
                          r"|[\u4e00-\u9fff]{0,4}期间[，,]|其间[，,])")

# 同期举办的2024国际投资论坛吸引了…, 同期举行的…高峰论坛上: an event held alongside the one told before.
_HELD_ALONGSIDE = re.compile(r"(?:同期|同时)(?:举办|举行|召开)的(?P<name>[^，。；：,;:！？\n的]{2,40}?)(?=上|中|期间|吸引|[，。；,;])")

# 演出前，… / 宴会结束后，… / 赛前，…: a sentence opening on its order to an event the text tells (GUIDELINES §3 twenty-third
# review round: it takes that event's day and writes no day of its own); not 三天前, 此前, 日前, 午后 (a span, a time
# of its own, a vague day, a part of the day).
EVENT_ORDER_NOUNS = ("会", "式", "礼", "赛", "宴", "演出", "表演", "签约", "签字", "签署", "会谈", "会见", "会晤", "参观", "考察",
                     "视察", "调研", "活动", "仪式", "庭审", "观摩")
_EVENT_ORDER_OPENING = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?(?:" + "|".join(EVENT_ORDER_NOUNS)
                                  + r")(?:开始|结束|完毕)?之?[前后][，,]")
# 庭审结束后，县法院随即召开座谈会 after 4月16日上午，…观摩…庭审。: a 座谈会 held 随即/随后 right after a dated act takes
# that act's day and part of the day (GUIDELINES §3 thirteenth review round), the nearest dated sentence before that
# names the act, across a paragraph break (the act in the sentence just before is read with that sentence's day).
_AFTER_ACT = re.compile(r"\s*(?P<act>[\u4e00-\u9fff]{2,4}?)(?:活动)?(?:结束|完毕)之?后[，,]\s*[^，。；]{0,12}?(?:随即|随后|立即)")


# What a gathering named by 活动 holds when it is a ceremony (GUIDELINES §3: ceremonies and commendation events):
# someone hosts, speaks or confers honours at it.
_ACTIVITY_PROGRAMME = re.compile("主持|致辞|致词|讲话|颁奖|颁发|颁授|表彰|表扬|授牌")


# What a festival's celebration holds when it is a commendation event (GUIDELINES §3): honours conferred at it (remarks
# alone tell the festival, no ceremony: §3, festivals are no meetings).
_HONOURS_PROGRAMME = re.compile("颁奖|颁发|颁授|表彰|表扬|授牌")


def _activity_programme(doc: Document, sentences: list[Sentence], index: int, programme: re.Pattern = _ACTIVITY_PROGRAMME) -> bool:
    """The sentence at ``index`` or the next one in its paragraph tells a programme (主持, 致辞, 颁发…)."""
    told = sentences[index].text
    if index + 1 < len(sentences) and "\n" not in doc.clean_text[sentences[index].end : sentences[index + 1].start]:
        told += sentences[index + 1].text
    return programme.search(told) is not None


# 这次会上, 此次峰会上, 本届年会期间: a meeting referred to, read where a venue stands (在这次会上进行了会谈), no place.
_MEETING_AS_VENUE = re.compile("(?:这次|此次|本次|这届|本届|该次|那次)?[^，。；]{0,8}?(?:会|会议|大会|峰会|年会|论坛|会晤)(?:上|中|期间)")
# 会上，…; 典礼上，…; 大会现场，…: a sentence opening inside the meeting just told (not 会后, 会议期间: a stretch, with visits
# and side events held elsewhere).
# (年会…在江州召开。大会还举行了…首发仪式: the meeting just told as the subject holding a further event, 还/也/同时 marking
# it as one more part of that meeting, like 会上还举行了…, GUIDELINES §3 seventeenth review round; not 会议期间, a stretch)
_MEETING_ALSO_HELD = r"(?:本次|此次)?(?:会议|大会|年会|论坛)(?:还|也|同时)+(?:隆重)?(?:举行|举办)了?"
_HELD_WITHIN = re.compile(r"\s*(?:" + _WITHIN_TOLD + "|" + _MEETING_ALSO_HELD + ")")
_MEETING_ALSO_HELD_OPENS = re.compile(r"\s*" + _MEETING_ALSO_HELD)
# (29日上午，年会还举办了…主题论坛: the same, after a day or a part of the day of its own opening the sentence; read by
# _within_span only for a day inside the meeting's span of days: the event keeps its own day and takes the meeting's venue
# and organizer, GUIDELINES §3 seventeenth review round: a forum held within a meeting; not 会议期间，大会还举行了…: a
# stretch of the meeting, whose side events take neither, sixteenth round)
_OWN_TIME_OPENING = (r"(?:(?:\d{1,2}月)?\d{1,2}日|当天|当日|同日|次日|第二天)(?:上午|下午|晚上|中午|晚)?|当晚"
                     r"|(?:上午|下午|晚上|中午)")
_MEETING_ALSO_HELD_TIMED = re.compile(r"\s*(?:" + _OWN_TIME_OPENING + r")[，,]\s*" + _MEETING_ALSO_HELD)


def _opening_within(heads: str = "会议?|论坛") -> str:
    """会上, 大会上, 论坛上 (典礼上 with ``heads`` naming it): the opening of a clause inside the meeting just told, the
    one prefix of the patterns below (not 社会上, 机会上, 都会上, 体会上, 误会上, 约会上, 理会上, 协会上: no meeting)."""
    return r"[\u4e00-\u9fff]{0,6}?(?<![社机都体误约理协])(?:" + heads + ")上"


# 会上还举行了, 会上，举行了, 大会上还隆重举行了, 论坛上还举行了: the verb holding an event right after a clause opens inside the
# meeting just told, with no subject of its own (before the event's name).  (Not 现场, 典礼上, 仪式上: a ceremony held
# at the scene of an activity or within another ceremony; read so, it added a false organizer on the invented held-out
# set, GUIDELINES §8.)
_HELD_WITHIN_BY_NONE = re.compile(r"(?:^|[，,；;])\s*(?:(?:" + _opening_within() + r")[，,]?\s*(?:还|也|并|同时|又)*(?:隆重)?(?:举行|举办)了?"
                                  r"|" + _MEETING_ALSO_HELD + ")$")
# 会上，局长王强为获奖单位颁奖，并举行了授牌仪式: a ceremony held 并 after an act told within the meeting, the sentence
# opening 会上 and no holder named in the ceremony's own clause, is held within it like 会上还举行了… (GUIDELINES §3
# seventeenth and twentieth review rounds; not 典礼上: that wider reading was withdrawn, §8).
# (the act one clause right after 会上，: not 会上，王强介绍，去年市文联为…颁奖，并举行了…, an act another body did
# before, told in the speech)
_HELD_WITHIN_AFTER_ACT = re.compile(r"^\s*" + _opening_within() + r"[，,][^。；！？，,]{1,60}?"
                                    r"[，,]\s*并(?:隆重)?举行了?$")
# 典礼上，主礼嘉宾为…颁发委任状，并主持监誓仪式 / 典礼上，市人大常委会副主任王强主持了监誓仪式: a ceremony the guests
# chair within the main ceremony, the clause opening inside it and 主持 right before the name, takes the main one's organizer
# and venue like one held 会上 (GUIDELINES §3 eighteenth review round; not any event held 典礼上, whose wider reading was
# withdrawn, §8).
_CHAIRED_WITHIN = re.compile(r"^\s*" + _opening_within("典礼|仪式|会议?|论坛") + r"[，,][^。；！？]{0,60}?"
                             r"主持了?(?:隆重的|简短的)?$")
# 会上，与会人员前往县展览馆，…: those present told going elsewhere, the event after it no longer held at the meeting's venue.
_GONE_ELSEWHERE = re.compile("前往|来到|走进|赶赴|奔赴|到达|转场")
# The verb that holds an event told after a lead (签约前，双方举行了会谈; 闭幕式前，区政府召开座谈会).
_HOLDS_EVENT = re.compile("召开|举行|举办|进行")
# 启动仪式上，…; 开幕式上，…: an activity's own ceremony referred to as where things were done, opening a sentence (not
# 去年全市读书月启动仪式上，…, 上届…开幕式上: another event's or another year's; see _activity_rite_told).
_ACTIVITY_RITE_AT = re.compile("(?:启动|开幕|开营|开园|揭牌)(?:式|典礼|仪式)上[，,]")
# The marks ending a sentence, before which an activity's own ceremony opens its sentence.
_SENTENCE_ENDS = "。！？"


def _activity_rite_told(text: str, after: int | None = None) -> bool:
    """``text`` opens a sentence on an activity's own ceremony (启动仪式上，…): anywhere, or with ``after``, in the
    sentence right after the one holding that offset (the activity's own sentence)."""
    if after is not None:
        ends = [k for k in (text.find(mark, after) for mark in _SENTENCE_ENDS) if k >= 0]
        if not ends:
            return False
        start = min(ends) + 1
        start += len(text[start:]) - len(text[start:].lstrip())
        return _ACTIVITY_RITE_AT.match(text, start) is not None
    return any(text[: m.start()].rstrip(" \t　")[-1:] in ("", *_SENTENCE_ENDS, "\n") for m in _ACTIVITY_RITE_AT.finditer(text))


# 开幕式上举行了…签约仪式, 开幕式后，举行了…: a ceremony held within or right after the opening ceremony just told
# (开幕式现场，举行了…签约仪式: the rite's own ground is within it, like 上).
_WITHIN_OPENING = re.compile(r"\s*(?P<rite>(?:开幕|闭幕)(?:式|典礼|仪式|礼))(?:现场上?|上|后|结束后)[，,]?\s*(?:还|并|同时)?(?:举行|举办)")
# 为全体党员(讲授…党课): the audience the lecture is given to, right before its verb
# (not 以《…》为题讲授: the title; not 出席会议并为全体党员讲党课: a lecture given by one attending the meeting, a part of it,
# tests/extract/meetings/test_meeting_lectures_by_attendees_and_joined_meetings.py)
_AUDIENCE_GIVEN = re.compile(r"(?:(?!出席|参加)[^，。；,;])*?为(?!题)[^，。；,;]{1,20}?$")
# 将于下周为…讲授, 计划为…讲授: a party lecture still ahead, told after the meeting (narrower than patterns'
# _LECTURE_AHEAD, which also reads a task modal: 要为党员讲党课 after a meeting reads as one given there)
_PARTY_LECTURE_AHEAD = re.compile("(?<![大少中上])将|拟|计划|准备")
# 表彰大会上，…; 大会上还…: what follows the noun of a meeting within which a sentence opens (_WITHIN_TOLD_LEAD), cut to
# leave the noun that _within_meeting_told compares with the meeting's name.
_POINT_AFTER_NOUN = re.compile("上[，,]?(?:还|并|同时|又)?$")


# 会议最后，…; 大会的尾声，…: the last part of the meeting just told, a point inside it as 会上 is (GUIDELINES §3 twelfth
# review round: a party lecture given at a meeting of another kind is its own record), like a ceremony's 典礼的最后.
_MEETING_LAST_PART = re.compile(r"(?:会议|大会)的?(?:最后|尾声)[，,]")


def _within_meeting_told(text: str, name: str) -> bool:
    """Whether ``text`` opens inside the meeting ``name`` just told: 会上，…, or the tail of its name and 上
    (表彰大会上，… after …表彰大会; not 党员大会上 after a 表彰大会: another meeting)."""
    text = text.lstrip()
    if text.startswith(_WITHIN_MEETING) or _MEETING_LAST_PART.match(text):
        return True
    point = _WITHIN_TOLD_LEAD.match(text)
    noun = _POINT_AFTER_NOUN.sub("", point.group()) if point else ""
    # (a meeting's noun, ending in 会: 典礼上 and 仪式上 are read by _WITHIN_CEREMONY)
    return noun.endswith("会") and name.endswith(noun)


# 会上，…。随后，县委书记…讲授专题党课: the next step of the meeting whose inside the sentence before told (GUIDELINES §3
# thirteenth and fifteenth review rounds: a lesson given inside a meeting is a lecture record); not 会后, read as its own time.
_NEXT_STEP = re.compile(r"\s*(?:随后|接着|紧接着|之后|其后|然后|最后)[，,]")


def _next_within_meeting(full: str, sentences: list[Any], index: int, name: str) -> bool:
    """Whether sentence ``index`` opens on a next step (随后，…) right after a sentence, in the same paragraph, that
    opens inside the meeting ``name`` just told (会上，…)."""
    if index == 0 or not _NEXT_STEP.match(sentences[index].text):
        return False
    before = sentences[index - 1]
    return "\n" not in full[before.end : sentences[index].start] and _within_meeting_told(before.text, name)


# 开班式后，教授X作专题讲座; 仪式结束后，…作学术报告: a lecture given right after the ceremony just told, the same day,
# is its own record like one given inside it (GUIDELINES §3 seventh and eleventh review rounds: 仪式结束后 takes the
# ceremony's day; a lecture given at a ceremony is its own record)
# (开班仪式后，…; 颁奖典礼结束后，…: the ceremony's own name before its noun, as short as it is written)
# 下午，…: a sentence opening on the afternoon or the evening alone, the day told before.
_AFTERNOON_OPENING = re.compile(r"\s*(?:下午|晚上)[，,]")
_AFTER_CEREMONY = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}?)(?:" + _CEREMONY_WORDS + ")(?:结束)?后[，,]")
# 随后，…作了专题讲座; 紧接着，…作学术报告: a bare order word opening the lecture's sentence, which ties it to the ceremony
# told last as 开班式后 does (GUIDELINES §3 twenty-third review round: in the same paragraph or the next; a paragraph
# break cuts no tie). (会后 is the meeting's own, 之后/其后 as often a later time: not these.)
_NEXT_ORDER_WORD = re.compile(r"\s*(?:随后|随即|紧接着|接着)[，,]?")
# 开班仪式, 开学典礼, 开班式: a ceremony by one of the nouns _AFTER_CEREMONY reads (not 开幕式 of a fair or a conference).
_CEREMONY_NAME_END = re.compile("(?:" + _CEREMONY_WORDS + ")$")
# 慕容浩强调，…, 张强在讲话中指出，…: a paragraph opening on a speaker's remarks.
_REMARKS_PARAGRAPH = re.compile(r"(?P<who>[\u4e00-\u9fff·]{2,8}?)(?:在(?:讲话|致辞|动员讲话)(?:中|时))?(?:强调|指出|表示|要求|说)[，,：:]")
# 出席开班式, 主持开班仪式: a class's opening rite named in the account of the class opened.
_CLASS_RITE_NAMED = re.compile("开班(?:仪式|式|典礼)")
# 学术年会开幕仪式, 论坛开幕仪式: a ceremony opening an academic meeting, whose talks after it are its own programme
# (GUIDELINES §3 twenty-third review round: 主旨报告, 学术报告 at a 年会, 论坛 or 研讨会 are no records of their own).
_ACADEMIC_MEETING_NAME = re.compile("年会|论坛|峰会|研讨会|学术(?:会议|大会)")


def _next_after_ceremony(full: str, sentence: Sentence, ceremony: dict[str, Any]) -> bool:
    """Whether ``sentence`` opens on a bare order word (随后, 紧接着) right after ``ceremony``, the meeting told last: a
    ceremony (开班仪式, 开学典礼) of no academic meeting, told in the same paragraph or the one before."""
    return _NEXT_ORDER_WORD.match(sentence.text) is not None \
        and (_CEREMONY_NAME_END.search(_QUOTE_MARKS.sub("", ceremony["name"])) is not None
             # (…培训班在县委党校开班。…出席开班式并讲话。⏎随后，X为学员作首场辅导报告: a class opened whose opening rite
             # the account then names is the ceremony told last, GUIDELINES §3 twenty-third and thirty-third review rounds)
             or (_QUOTE_MARKS.sub("", ceremony["name"]).endswith("班")
                 and _CLASS_RITE_NAMED.search(full, ceremony["evidence"]["clean_start"], sentence.start) is not None)) \
        and _ACADEMIC_MEETING_NAME.search(ceremony["name"]) is None \
        and _paragraphs_between(full, ceremony, sentence.start) <= 1


def _paragraphs_between(full: str, ceremony: dict[str, Any], start: int) -> int:
    """The paragraph breaks between ``ceremony``'s account and ``start``, not counting those of paragraphs that only carry
    the remarks of one who spoke at it (慕容浩强调，…: the account of the ceremony goes on, GUIDELINES §3 thirty-third
    review round)."""
    between = full[ceremony["evidence"]["clean_end"] : start].split("\n")
    # (the ceremony's paragraph, where its speakers are told: 县委副书记慕容浩出席开班式并讲话)
    told = full[ceremony["evidence"]["clean_start"] : ceremony["evidence"]["clean_end"]] + between[0]
    remarks = sum(1 for part in between[1:-1]
                  if (said := _REMARKS_PARAGRAPH.match(part.strip())) is not None and said["who"] in told)
    return len(between) - 1 - remarks


# 5月23日，区检察院举办检察开放日活动。活动中，检察官X为来宾作了专题讲座: a lecture given inside a dated activity
# that is no meeting, told in the next sentence, is a lecture held on that day (GUIDELINES §3 thirteenth review round).
_WITHIN_ACTIVITY = re.compile(r"\s*(?:在[^，。；]{0,16}?)?活动(?:中|期间|现场|上)[，,]")
_ACTIVITY_HELD = re.compile(r"(?:举办|举行|开展|组织)了?[^，。；]{1,30}?活动")
# (…开展义诊活动。一大早，…排起了长队。…当天共接诊村民600余人次。活动中，X为70余名村民作了…讲座: the activity's own
# account may run on for a few sentences before the lecture told inside it; calibrated on s126_15, four sentences
# between, and one more for a sentence of the same account)
ACTIVITY_ACCOUNT_REACH = 6


def _activity_told_before(sentences: list[Sentence], index: int) -> Sentence | None:
    """The dated activity (…举办检察开放日活动, 组织…走进龙潭村开展义诊活动) that the sentence at ``index``, opening 活动中,
    is inside: the nearest sentence before it telling an activity held, with its day, within
    :data:`ACTIVITY_ACCOUNT_REACH` sentences (the activity's own account between: the queue, the patients seen), none of
    those telling another day; ``None`` when there is none."""
    for back in range(1, min(index, ACTIVITY_ACCOUNT_REACH) + 1):
        told = sentences[index - back].text
        if _ACTIVITY_HELD.search(told):
            return sentences[index - back] if _DATE.search(told) else None
        if _DATE.search(told):
            return None  # (another day told between: the lecture is not dated by the activity's)
    return None


# 开幕会上, 闭幕大会上: a session's opening or closing sitting referred to as where something was done, one constant for
# the dated attribute, the event-word gate and the check that runs the dated attribute without a verb of holding.
# (20日上午的开幕大会由…主持: the sitting told by who chaired it, as its own record like 开幕会上, GUIDELINES §3
# twenty-first review round; 3日上午的开幕式由…主持: an opening ceremony dated the same way, GUIDELINES §3 thirty-sixth
# review round; not 开幕式上, read as the ceremony's own record elsewhere)
_AT_SITTING = "开幕(?:大?会[上由]|式由)|闭幕(?:大?会[上由]|式由)"
_AT_SITTING_RE = re.compile(_AT_SITTING)
# The ceremony noun ending a name (宪法宣誓仪式, 颁奖典礼, 开幕式).
_CEREMONY_END = re.compile("(?:仪式|典礼|式)$")
# A ceremony or a forum: the kinds of event held within a meeting that take its organizer (GUIDELINES §3 seventeenth round).
_HELD_WITHIN_KIND_END = re.compile("(?:仪式|典礼|式|论坛)$")

# ，并举办, ，并成功举行: the clause joined to the one before by 并, the same subject holding.
_AND_HELD = re.compile(r"[，,]\s*并(?:成功|隆重)?(?:召开|举行|举办)了?$")
# 授勋典礼, 颁奖典礼, 颁授仪式: a ceremony whose own act is conferring honours.
_CONFERRING_CEREMONY = re.compile("(?:授勋|颁奖|颁授|授衔|授奖)(?:典礼|仪式|礼)$")


# 开幕式, 开幕典礼, 年会开幕式, 开班仪式, 结业式: the opening or closing ceremony of a meeting or a class, after the tail
# of its name or none.
# (21日下午举行闭幕式暨颁奖仪式: a rite joined by 暨 to the opening or closing is one event with it, GUIDELINES §3 twelfth
# round: 暨 joins one event; nineteenth round: a closing ceremony 暨 prize ceremony of a contest takes its holders)
_MEETING_RITE = re.compile("(?P<stem>[\u4e00-\u9fff]{0,4}?)(?:开幕|闭幕|开班|结业)(?:式|典礼|仪式)"
                           "(?:暨[\u4e00-\u9fff]{2,6}?(?:仪式|典礼))?$")
# 昨日, 今天, 前天: a day told relative to the page's publication.
_DAY_BY_PUBLICATION = re.compile("(?:今|昨|前)(?:日|天)")
# 14日, 15号, 5月6日, 2024年5月6日: a day of the month written alone or with its month.
_DAY_IN_MONTH = re.compile(r"^(?:(?:\d{4}年)?(?P<month>\d{1,2})月)?(?P<day>\d{1,2})[日号]$")


def _single_other_day(meeting: dict[str, Any], alone: Any) -> bool:
    """Whether ``meeting`` is held on one day of its own (7日下午召开了预备会议), another than the day ``alone``."""
    days = _span_days(meeting) if meeting["date"] else None
    if days is None and meeting["date"] and (day := _DAY_IN_MONTH.match(meeting["date_text"] or "")):
        days = {"month": day["month"], "first": day["day"], "last": None}
    return days is not None and days["last"] is None and days["first"] != alone["day"] \
        and (not alone["month"] or not days["month"] or days["month"] == alone["month"])


def _within_span(meetings: list[dict[str, Any]]) -> None:
    """A meeting dated by a day alone (14日上午举行的开幕式) told after a meeting of a span of days that holds that day
    (年会6月14日至16日在…举行) is on that day of the span's month, not of the publication's; a bare opening or closing
    ceremony dated inside the span (开幕式, 年会开幕式, a class's 开班仪式 or 结业仪式, by its day alone or with its month)
    takes the span's organizer and venue when it names none, still a record of its own (GUIDELINES §3 seventeenth review
    round, like a contest's ceremony)."""
    for meeting in meetings:
        alone: Any = _DAY_IN_MONTH.match(meeting["date_text"] or "")
        if alone is None and meeting["date"] and _DAY_BY_PUBLICATION.fullmatch(meeting["date_text"] or ""):
            # (培训班7月8日至12日在市委党校举行。昨日上午举行了开班仪式: a day told relative to the page, read as the day of
            # the month it falls on, the same ceremony dated inside the span, GUIDELINES §3 seventeenth review round)
            own_day = dt.date.fromisoformat(meeting["date"])
            alone = {"day": str(own_day.day), "month": str(own_day.month)}
        if alone is None:
            continue
        at = meeting["evidence"]["clean_start"]
        # (…开班仪式后，X…讲授了专题党课。…7月2日下午举行结业式: a record dated from the one before it, with no day
        # written of its own, is passed over: the class before it still spans the day)
        earlier = sorted((m for m in meetings if m["evidence"]["clean_start"] < at and m["date_text"] is not None),
                         key=lambda m: m["evidence"]["clean_start"], reverse=True)
        # (1月8日至10日，…会议在县会议中心召开。…7日下午召开了大会预备会议。…8日上午，大会开幕。…主持开幕大会: a
        # meeting of one other day told between, held outside the span, does not end it: the sitting is the session's,
        # GUIDELINES §3 seventeenth and twenty-third review rounds)
        while len(earlier) > 1 and "_span" not in earlier[0] and _single_other_day(earlier[0], alone):
            earlier.pop(0)
        span = earlier[0] if earlier else None
        if span and "_span" in span:
            # (14日上午举行开幕式，16日下午举行闭幕式: the closing after the opening told within the same span)
            span = next((m for m in meetings if m["evidence"]["clean_start"] == span["_span"]), span)
        told = _span_days(span) if span and span["date"] else None
        if told is None:
            day = _day_across_months(span, alone) if span and span["date"] else None
            if day is None:
                continue
            told = {"last": "across"}  # (a span of two months has a last day)
        else:
            if not int(told["first"]) <= int(alone["day"]) <= int(told["last"] or told["first"]):
                continue
            first = dt.date.fromisoformat(span["date"])
            if first.month != int(told["month"]) or (alone["month"] and int(alone["month"]) != first.month):
                continue
            day = first.replace(day=int(alone["day"]))
        if meeting["date"] and alone["month"] and dt.date.fromisoformat(meeting["date"]) != day:
            continue  # (another year's day of that month)
        meeting["date"] = day.isoformat()
        meeting["_span"] = span["evidence"]["clean_start"]  # (planned with it when it lies ahead)
        rite = _MEETING_RITE.fullmatch(meeting["name"])
        own_rite = bool(rite and told["last"] and (not rite["stem"] or span["name"].endswith(rite["stem"])))
        # (12月30日至31日，…委员会第四次会议在县会议中心召开。31日下午，大会举行闭幕会: the session's opening or closing
        # sitting, GUIDELINES §3 twenty-first review round)
        # (28日上午举行的第二次全体会议上: a numbered plenary sitting of the session on a day of its span, its part like the
        # opening sitting, GUIDELINES §3 twenty-third review round: a dated part naming no venue or holder of its own)
        own_sitting = bool(told["last"] and (_SESSION_SITTING.fullmatch(meeting["name"]) or _PLENARY_SITTING.fullmatch(meeting["name"]))
                           and not _sitting_of_another(meeting, span))
        # (11月28日至29日，协会召开年会。29日上午，年会还举办了…主题论坛: a forum or ceremony the meeting itself holds on a day
        # of its span, GUIDELINES §3 seventeenth review round: held within the meeting, its organizer and venue)
        also_held = bool(told["last"] and _MEETING_ALSO_HELD_TIMED.match(meeting["evidence"]["text"])
                         and _HELD_WITHIN_KIND_END.search(_QUOTE_MARKS.sub("", meeting["name"])))
        if (own_rite or own_sitting or also_held) and meeting["location"] is None:
            # (14日上午举行的开幕式由学会会长…主持 after 年会…由省医学会主办: the meeting's own opening; 6日上午举行的开幕会由…
            # 主持 after 县政协十届四次会议…在县会议中心举行: its own sitting; 31日下午，县政协举行闭幕会: held by the session's
            # own body) a dated part naming no venue and no holder of its own takes the whole session's venue and
            # organizer; one placed in its own venue (6日上午，开幕式在宾馆一楼报告厅举行) is told as an event of its own:
            # that venue, organizer null unless one is named (GUIDELINES §3 seventeenth and twenty-third review rounds)
            # (市政协十届三次会议4月1日至3日…。3日上午举行闭幕式: the body a session is named after, read later for the
            # session itself)
            session = _SESSION_OF_BODY.match(span["name"])
            meeting["organizer"] = meeting["organizer"] or span["organizer"] or (session and session["org"]) or None
            meeting["location"] = span["location"]


# 6月30日至7月2日: a span of days running into the next month (its first day's month, then the last day's).
_SPAN_ACROSS_MONTHS = re.compile(r"^(?:\d{4}年)?(?P<month>\d{1,2})月(?P<first>\d{1,2})日?[至到\-—~－～]"
                                 r"(?P<next>\d{1,2})月(?P<last>\d{1,2})日$")


def _day_across_months(span: dict[str, Any], alone: re.Match[str]) -> dt.date | None:
    """The day ``alone`` (30日, 7月2日) inside the span of ``span`` when that span runs into the next month (6月30日至
    7月2日举办…培训班, then 7月2日下午举行结业式: GUIDELINES §3 twenty-first round, second part, the class's dated opening
    and closing); ``None`` when the span is of one month or the day lies outside it."""
    told = _SPAN_ACROSS_MONTHS.match(span["date_text"] or "")
    if told is None:
        return None
    first = dt.date.fromisoformat(span["date"])
    month, later, day = int(told["month"]), int(told["next"]), int(alone["day"])
    if first.month != month or later != month % 12 + 1 or first.day != int(told["first"]):
        return None
    if (alone["month"] is None or int(alone["month"]) == month) and day >= first.day:
        try:
            return first.replace(day=day)
        except ValueError:
            return None  # (31日 of a month of 30 days)
    if (alone["month"] is None or int(alone["month"]) == later) and day <= int(told["last"]):
        return (first.replace(day=1) + dt.timedelta(days=31)).replace(day=day)
    return None


_FOLLOWING_CLAUSE = re.compile(r"[，,](?=\s*" + _NEXT_OPENER + r"[，,]?\s*(?:又|还)?(?:召开|举行|举办)了?)")
# ，会上还举行了…签约仪式 / ，典礼上，还为…举行了…仪式: a clause holding an act within the meeting just held (GUIDELINES §3:
# a ceremony held within a meeting is its own record, dated like the meeting), cut like the next meeting.
# (，典礼上，校长…为新生讲授了“开学第一课”: a lecture given within it, GUIDELINES §3 eleventh review round)
_WITHIN_CLAUSE = re.compile(r"[，,](?=\s*" + _WITHIN_TOLD + r"[，,]?\s*(?:还|并|同时|又)?[^，。；,;]{0,20}?(?:举行|举办)了?"
                            r"|\s*(?:典礼|仪式)" + _CEREMONY_POINT + r"[^，。；,;]{0,20}?(?:讲授|作|做)了?[“「『]?(?:开学第一课|学术报告|学术讲座))")
# A sentence opening within the meeting just told (会上，…; 典礼上，…).
_WITHIN_OPENS = re.compile(r"\s*" + _WITHIN_TOLD + "[，,]")
# (在签约前，双方进行了会谈; 签字仪式前，双方举行座谈: talks just before the signing told, on its day; GUIDELINES §3,
# seventh review round; not 会前，…: an account told before a meeting may be of an earlier day)
# (闭幕式前，区政府召开…座谈会; 颁奖典礼前，…: a meeting told just before the ceremony just told, on its day, like talks
# before a signing; GUIDELINES §3 seventh review round)
# (not 开学典礼前，… after 县运动会闭幕式…举行: a named ceremony is the one just told only where that one is named so;
# its kind in ``rite``, checked against the meeting told before)
_BEFORE_TOLD_CEREMONY = re.compile(r"\s*在?(?:(?:签约|签字|签署)(?:仪式)?|(?P<rite>开幕|闭幕|颁奖|启动|开班|结业|毕业|开学)(?:式|典礼|仪式)"
                                   r"|典礼|仪式)(?:举行|开始)?之?前[，,]")
# (開議典禮前，議會舉行升旗儀式; 会前举行了升旗仪式; 大会开幕前，…宣誓仪式: a ceremony told as held before the session it
# opens, on that session's day, like one told 签约前; GUIDELINES §3 eighteenth review round. Only a rite that opens a
# session: 大会开幕前，举行了…签约仪式 opens nothing and keeps no day, 会前，…召开座谈会 or 会前，…会见了… may be of an
# earlier day, see _BEFORE_TOLD_CEREMONY)
_BEFORE_SESSION = re.compile(r"\s*在?(?:(?:开议|开幕)(?:典礼|仪式|式)|(?:大会|会议|会)(?:开幕|开议)?)之?前[，,]?")
# 会前，院党组召开党组会; 会议召开前，…召开了…: a meeting told convened before the one just told takes its day, like one
# told 签约前 (GUIDELINES §3 nineteenth review round; only 召开: 会前，…会见了… keeps no day)
_BEFORE_MEETING_CONVENED = re.compile(r"\s*在?(?:会|(?:大会|会议)(?:召开|开幕|开始)?之?)前[，,][^。；！？，,]{0,20}?召开")
# 会前，/ 会后，/ 会议前，/ 会议结束后，/ 大会召开前，: an order word naming the event it is told by as a 会, and the names
# of the meetings that are one (…会, …会议; not 专题学习, 主题党日活动, 启动仪式).
_AROUND_A_MEETING = re.compile(r"\s*在?(?:会|会议|大会)(?:召开|开幕|开始|结束|闭幕)?之?[前后][，,]")
_A_MEETING_NAME = re.compile(r"会议?[”」』\"]?$")
_OPENING_RITE_NAME = re.compile(r"(?:升旗|升国旗|宣誓)(?:仪式|典礼)$")
# (签约前，区长会见了…; 签约后，…会见了…; 仪式结束后，市长会见了…: a leader receiving people right around the signing or
# the ceremony just told is talks held on its day, GUIDELINES §3 seventh round; not 会前，…会见了…, which may be of an
# earlier day)
# (说明会后，市委书记会见了…一行, 会后，…: a leader receiving guests right after the meeting just told, on its day as
# well; GUIDELINES §3: 会见 reported as held is a meeting, twelfth review round: what is held after the main event)
_AROUND_SIGNING = re.compile(r"\s*在?(?:(?:签约|签字|签署)(?:仪式)?(?:举行|开始|结束)?之?[前后]|(?:签约|签字|签署|揭牌)?仪式(?:结束)?之?后"
                             r"|[^，。；,;\n\d]{0,8}?(?<![开聚集约代两全])会(?:议|结束)?之?后)[，,]")

# 闭幕式上，…: a sentence opening on the ceremony as the place of what it tells (a meeting referred to, GUIDELINES §3).
# (当天下午举行的闭幕式暨颁奖仪式上，…: the ceremony named inside a longer clause, its day and the verb holding it before
# it, frames the account as well, GUIDELINES §3 eighteenth review round)
_CEREMONY_FRAME_OPENS = re.compile(r"\s*(?:在?(?:当天|当日|同日)?(?:上午|下午|晚上|晚间)?(?:举行|举办)的)?(?:开幕|闭幕)(?:式|典礼|仪式)"
                                   r"(?:暨(?:颁奖|表彰)(?:式|典礼|仪式|大会))?上")

# (会上，举行了…签约仪式, 会上举行了…; 大会期间，举行了…, 论坛期间还举行了…, 年会期间举行了…: an event within the meeting,
# on its day; a meeting's noun before 期间, not 培训期间 or 博览会期间, a class or a fair. Whether the noun is the main
# meeting's own is checked where the day is given: _during_other_meeting)
_MEETING_STRETCH_NOUNS = "会议|大会|年会|峰会|论坛|研讨会|座谈会"
_DURING_MEETING = _THIS_SESSION + "(?:" + _MEETING_STRETCH_NOUNS + ")期间"
# 峰会期间举行了…: a sentence opening on the stretch of the meeting with no comma (as _DURING_STRETCH with one).
_DURING_MEETING_OPENS = re.compile(r"\s*" + _THIS_SESSION + "(?P<noun>" + _MEETING_STRETCH_NOUNS + ")期间")


def _during_other_meeting(told: str, main_name: str) -> bool:
    """Whether the sentence ``told`` opens on the stretch of a meeting other than the main one (研讨会期间，… after
    …数字经济峰会): the noun before 期间 is neither a generic one nor the tail of the main meeting's name (GUIDELINES
    §3 sixteenth review round: the sentence opening on the meeting's own noun)."""
    during = _DURING_MEETING_OPENS.match(told)
    # (第七届“医学人文论坛”: the quoted name's closing mark after its noun)
    return during is not None and during["noun"] not in _ANY_MEETING_NOUNS \
        and not main_name.rstrip("”」\"").endswith(during["noun"])


# The bare noun of an event told before, a day counted from it after it (典礼前一天, 会议次日, 开幕式第二天).
_SHIFT_FROM_EVENT = "(?:典礼|仪式|会议|大会|论坛|峰会|年会|(?:开幕|闭幕)式?)"
# (典礼上还举行了…仪式, 座谈会上，还举行了…: the meeting's own noun before 上)
_SIMULTANEOUS = re.compile("同时|同期|同日|同一天|当天|当日|当晚|(?:^|(?<=[，,]))\\s*(?:" + _SHIFTED_WORDS + ")"
                           # (典礼前一天，…; 会议次日，…: a day counted from the event told before, by its bare noun)
                           "|^\\s*" + _SHIFT_FROM_EVENT + "(?=" + _SHIFTED_WORDS + ")"
                           # (大会还举行了…首发仪式: a further part of the meeting just told)
                           "|^\\s*" + _MEETING_ALSO_HELD +
                           "|^\\s*(?:" + _WITHIN_TOLD + "[，,]?|" + _DURING_MEETING + "[，,]?)\\s*(?:还|并|同时)?(?:举行|举办)了?"
                           # (开幕式上举行了…签约仪式, 开幕式后，举行了…: within or right after the opening told before;
                           # 典礼后举行庆祝晚宴, 仪式结束后举行…: right after the ceremony just told, by its bare noun)
                           "|^\\s*(?:(?:开幕|闭幕)(?:式|典礼|仪式|礼)|典礼|仪式)(?:上|后|结束后)[，,]?\\s*(?:还|并|同时)?(?:举行|举办)了?"
                           # (会上，新入职护士进行了授帽仪式, 会上，县政府与5家企业举行项目签约仪式: with its subject;
                           # 会上，区委理论学习中心组开展第四次集体学习: a study session held inside the meeting with 开展)
                           "|^\\s*(?:" + _WITHIN_TOLD + "|" + _DURING_MEETING + ")[，,]?[^，。；]{0,30}?(?:举行|举办|进行|开展)了?"
                           # (论坛上，发布了…白皮书，并举行了…上线仪式: the act in a later clause of the same account)
                           "|^\\s*(?:" + _WITHIN_TOLD + "|" + _DURING_MEETING + ")[，,][^。；]{2,60}?[，,]\\s*(?:还|并|同时|又)+(?:举行|举办)了?"
                           # (会见前，李强在…举行欢迎仪式: a ceremony right before or after the talks just told, on their day;
                           # 在会谈前，…主持欢迎仪式, 会谈之后: the same time told with 在 or 之)
                           "|^\\s*在?(?:会见|会谈|会晤)(?:之?前|之?后|结束之?后)[，,]")


# 讲授专题党课，并召开座谈会, 作专题讲座，随后召开…: a meeting held after a lecture given in the clause before.
_MEETING_AFTER_LECTURE = re.compile(r"(?:讲授|宣讲|讲了|讲)[^，。；,;]{0,20}?(?:党课|团课|思政课|讲座|课)[，,](?P<then>并|随即|随后|之后|还)(?=召开|举行)")


# ，并共同出席…对接会 after a clause that held talks or a meeting (陈某与施某举行会谈，并共同出席…经贸合作对接会): a named
# event the same people then attended, a record of its own (GUIDELINES §3: talks held, then a meeting attended), read by
# the attended pattern once the clause stands alone.
_ATTENDED_AFTER_CLAUSE = re.compile(r"[，,](?=\s*并(?:共同|一同|一起|还)?出席了?[^，。；,;“”「」]{4,40}?(?:会|论坛|仪式|典礼)(?:[，。；,;]|并|$))")


# ，下午召开…, ，下午，市委又召开…, ，晚上在…举行…: a clause that opens on a part of the day and holds an event at once.
_PART_OF_DAY_NEXT_CLAUSE = re.compile(r"[，,](?=\s*(?:上午|下午|晚上|晚间|傍晚)[，,]?\s*"
                                      r"(?:[^，。；,;]{1,20}?)?(?:又|还|再|随即)?(?:在[^，。；]{1,20}?)?(?:召开|举行|举办)了?(?!的))")


# The clause so cut off, as its own sentence: its part of the day, what stands before the verb.
_PART_OF_DAY_CLAUSE = re.compile(r"\s*(?P<part>上午|下午|晚上|晚间|傍晚)[，,]?\s*(?P<org>[^，。；,;]{0,20}?)"
                                 r"(?:在[^，。；]{1,20}?)?(?:召开|举行|举办)")


def _day_parted_before(text: str, at: int) -> bool:
    """Whether the text before ``at`` holds one meeting with a verb of holding, a part of the day written before that
    verb (5月6日上午，市委召开常委会会议 / 5月6日，市委上午召开…): the sentence parts the day between meetings. Not a
    meeting opening with its parts told after it (…推进会召开，上午…观摩，下午…召开推进大会; …会议开幕，上午举行开幕大会，
    下午举行…: the sessions of one meeting, GUIDELINES §3 nineteenth round)."""
    held = list(_HELD_FINITE.finditer(text, 0, at))
    return len(held) == 1 and _PART_OF_DAY_WORD.search(text, 0, held[0].start()) is not None


_PART_OF_DAY_WORD = re.compile("上午|下午|晚上|晚间|傍晚")


def _split_following(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences with a clause that holds the next meeting cut off at it (城关镇召开党委会，随后召开全体
    干部大会，…: two meetings, the second read as a sentence of its own, opening with 随后)."""
    out: list[Sentence] = []
    for sentence in sentences:
        # (both cuts look ahead to a verb of holding: a sentence with none is cut nowhere, and most have none)
        holding = "召开" in sentence.text or "举行" in sentence.text or "举办" in sentence.text
        if not holding:
            out.append(sentence)  # (cut nowhere: the sentence itself, not a copy of it built from one part)
            continue
        cuts = [m.end() for m in _FOLLOWING_CLAUSE.finditer(sentence.text)]
        # (5月8日至10日，…培训班在市委党校举办，5月8日上午举行开班仪式，…: a clause opening on a day of its own with a
        # verb of holding, after one that held a meeting, tells the next event; each keeps its own day)
        cuts += [m.end() for m in _DATED_NEXT_CLAUSE.finditer(sentence.text)
                 if _HELD_FINITE.search(sentence.text, 0, m.start()) and m.end() not in cuts]
        # (5月6日上午，市委召开常委会会议，下午召开…工作会议: a clause opening on a part of the day of its own with a verb
        # of holding, after one that held a meeting, tells the next meeting, on the same day; GUIDELINES §3 thirty-first
        # review round)
        cuts += [m.end() for m in _PART_OF_DAY_NEXT_CLAUSE.finditer(sentence.text)
                 if _day_parted_before(sentence.text, m.start()) and m.end() not in cuts]
        # (会上，X宣布…，会上还举行了捐赠仪式: a sentence told within the meeting already, its lead 会上, cut at the
        # event held within it like one after the meeting's own verb of holding)
        within = _WITHIN_OPENS.match(sentence.text) is not None
        cuts += [m.end() for m in _WITHIN_CLAUSE.finditer(sentence.text)
                 if (within or _HELD_FINITE.search(sentence.text, 0, m.start())) and m.end() not in cuts]
        cuts += [m.end() for m in _CHAIRED_AFTER_CLAUSE.finditer(sentence.text)
                 if _HELD_FINITE.search(sentence.text, 0, m.start()) and m.end() not in cuts]
        cuts += [m.end() for m in _ATTENDED_AFTER_CLAUSE.finditer(sentence.text)
                 if _HELD_FINITE.search(sentence.text, 0, m.start()) and m.end() not in cuts]
        # (…为200余名党员讲授专题党课，并召开座谈会: a lecture and a meeting told in one sentence, two records, the
        # audience counted before the meeting the lecture's; GUIDELINES §3 fourteenth review round)
        cuts += [m.start("then") for m in _MEETING_AFTER_LECTURE.finditer(sentence.text) if m.start("then") not in cuts]
        cuts.sort()
        bounds = [0, *cuts, len(sentence.text)]
        out.extend(Sentence(sentence.start + a, sentence.start + b, sentence.text[a:b]) for a, b in itertools.pairwise(bounds))
    return out
