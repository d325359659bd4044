"""MeetingExtractor: the flow of ``__call__`` that reads, dates and orders the meetings of a text, and the assembly of
their records (from the body, the headline, a contest or a fair, a later item).
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import (
    FESTIVAL_CELEBRATION,
    Sentence,
    clause_bounds,
    evidence,
    heading_like,
    in_heading_list,
    last_match,
    literal_then,
    page_region,
    start_after,
)
from pipeline.extract.meetings.acts import (
    _COMMEMORATION_NAMED,
    _GATHERING_CALLED,
    _SAYING_VERB,
    MeetingActs,
    _referred_by_speaker,
)
from pipeline.extract.meetings.attendance import (
    _CROWD_SUBJECT,
    MeetingAttendance,
    _counts_part,
)
from pipeline.extract.meetings.captions import MeetingCaptions
from pipeline.extract.meetings.contests import (
    _AFTER_CONTEST,
    _AWARDS_CEREMONY,
    _BARE_AWARDS,
    _BARE_RITE,
    _CEREMONY_TOLD,
    _CEREMONY_TOLD_AT_CONTEST,
    _CEREMONY_TOLD_AT_FAIR,
    _CONTEST,
    _CONTEST_RITE,
    _CONTEST_WORD,
    _FAIR_IN_HEADLINE,
    _GAMES_CLOSING_RITE,
    _GENERIC_CONTEST_HEAD,
    _OPENING_OR_CLOSING,
    _RACE_START_RITE,
    _RITE_TOLD,
    CONTEST_CEREMONY_WINDOW,
    _closed_contest,
    _contest_venue,
    _earlier_body_session,
    _fair_of_days,
    _opened_event,
    _scheme_holder,
)
from pipeline.extract.meetings.dates import (
    _AROUND_OPENING_DAY,
    _BRACKETED_TIME,
    _CONTEST_HELD_DAY,
    _DATED_SUBJECT_CLAUSE,
    _DAY_NAME_END,
    _DAY_NEEDING_HEADS,
    _DAY_PART_OPENING,
    _DAY_TOLD_AS,
    _LEADING_YEAR,
    _MOVING_DAY_END,
    _NUMBERED_PLANT_END,
    _OWN_DAY_TOLD_LATER,
    _OWN_TIME,
    _PART_AND_CLOCK_OPEN_HOLDING,
    _PART_BEFORE_HOLDING,
    _PLAN_DAY,
    _PLANT_OWNER,
    _PROGRAMME_TIME,
    _SAME_DAY_WORDS,
    _SHIFTED_DAY_WORD,
    _SPAN_WRITTEN,
    _SUBJECT_SHIFTED,
    _TALKS_OWN_TIME,
    _TIME_LABEL,
    _TIME_STATED,
    _VAGUE_PERIOD,
    ATTENDEES_ALSO_TOOK_PART,
    CONTEST_DAY_REACH,
    MeetingDates,
    _dated_by_dateline_only,
    _dated_over,
    _day_word_after_vague_main,
    _headline_day,
    _held_on_told_day,
    _last_dated_meeting,
    _last_lunar_day,
    _no_day,
    _on_page_date_line,
    _same_account,
    _session_ahead,
    _span_days,
    _undated_plan,
    _within_meeting_time,
    outside_written_month,
    period_of,
)
from pipeline.extract.meetings.holding import (
    _AFTER_HOLDING,
    _AFTER_ITS_CLOSE,
    _ANNOUNCED,
    _AROUND_HOLDING,
    _AROUND_OPENING,
    _ATTENDED_BEFORE_PRIOR,
    _BY_MEANS_OF,
    _CONCERT,
    _COUNTED_TIMES,
    _DECIDED_LEAD,
    _DOCUMENT_ISSUED,
    _GENERIC_REFERENCE,
    _HAPPENING,
    _HOLDING_ADVERB,
    _IN_TURN,
    _JOB_OR_SALES_FAIR,
    _LISTED,
    _MIXER_ACTIVITY,
    _OFFICIATING_END,
    _ONE_AFTER_ANOTHER,
    _PREVIOUS_ONE,
    _PRIOR_EVENT,
    _REACTING_SUBJECT,
    _RELAYS_IN_TITLE,
    _RIGHT_UPON,
    _SEPARATE_EVENT_WORD,
    _SINCE_AFTER_ACTIVE,
    _SINCE_CLAUSE_BEFORE,
    _SINCE_SUBJECT,
    _SITTING_ACTS,
    _SPIRIT_AFTER,
    _TALLIED,
    _TIMES_TALLIED,
    _TOLD_DONE,
    _VISITED_OR_INSPECTED,
    _VISITING_HERE,
    MeetingHolding,
    _background_act,
    _cited_report,
    _national_session_narrated,
    _organized_study_meeting,
    _without_lead_reference,
    frames_period,
    only_frames_period,
)
from pipeline.extract.meetings.hosts import (
    _CHAIRED_AT,
    _CHAIRED_CEREMONY,
    _CHAIRING_END,
    _DEICTIC_LEAD,
    MeetingHosts,
)
from pipeline.extract.meetings.labelled import MeetingLabelled
from pipeline.extract.meetings.lectures import (
    _ACADEMIC_HEADLINE,
    _AFTER_CONFERRAL,
    _CLASS_CLOSED_OR_OPENED,
    _DURING_TRAINING,
    _LECTURE_ASKED,
    _LECTURE_AUDIENCE,
    _LECTURE_GROUP_PREFIX,
    _LECTURE_HOLDING_MEETING,
    _LECTURE_INVITED,
    _LECTURE_KIND_MEETING,
    _LECTURE_NOUN,
    _LECTURE_REFERRED,
    _LECTURE_TOPIC_NAMED,
    _LESSON_GIVEN,
    _OCCASION_LESSON,
    _PARTY_LECTURE,
    _PARTY_LESSON_GIVEN,
    _TRAINEES_TAUGHT,
    _WITHIN_CEREMONY_NAME,
    LECTURE_REFERRED_WINDOW,
    _attended_then_in_clause,
    _class_with_its_opening,
    _lesson_in_ceremony_account,
)
from pipeline.extract.meetings.mentions import not_held_mention, watched_show_referred
from pipeline.extract.meetings.names import (
    _A_SESSION,
    _BARE_PERSONAL_NAME,
    _COUNCIL_SESSION_TOLD,
    _DEICTIC_NAME,
    _ELLIPTICAL_SESSION,
    _HEADLINE_SCOPE,
    _HELD_SESSION_AHEAD,
    _MEETING_NOUN_END,
    _NATIONAL_SESSION_HEAD,
    _NOUN_REFERRED,
    _SEPARATE_EVENT_HEADS,
    _SESSION_DELIBERATED,
    _SESSION_DELIBERATED_AFTER_PERIOD,
    _SESSION_OF_CONGRESS,
    _SESSION_OF_COUNCIL,
    _SESSION_ONLY,
    _SESSION_WITH_SUB,
    _TERM_SESSION,
    _VERB_FORM_NOUNS,
    EVALUATIVE_BEFORE_NOUN,
    GENERIC_KIND_SUBJECT,
    GENERIC_UNLESS_NAMED,
    HEADLINE_NEAR,
    MeetingNames,
    _split_joined_parties,
    _told_again,
)
from pipeline.extract.meetings.organizers import (
    _AGENT_ALONE,
    _AGENT_AT_PLACE,
    _ANAPHOR_KINDS,
    _ANAPHOR_UNIT,
    _ANY_BODY_NAMED,
    _BACKING_VERBS,
    _BARE_ANAPHOR,
    _BARE_COURT_SUBJECT,
    _BARE_KIND_SESSION,
    _BODIES_EVENT_AFTER,
    _BODY_ANAPHOR,
    _BODY_END_AT_END,
    _BODY_END_RE,
    _BRAND_GIVER_TO_RECEIVER,
    _BRAND_PREFIX,
    _BYLINE_NOTE,
    _CEREMONY_AFTER_BODY,
    _COLLEGE_PREFIX,
    _CONGRESS_BODY_END,
    _CONGRESS_OF_BODY,
    _COUNTY_GOVERNMENT_SHORT,
    _DONATION_VERB_AHEAD,
    _EACH_HOLDING_VERB,
    _GATHERING_IS_BEFORE,
    _GATHERING_TOLD_BEFORE,
    _GENERIC_BODIES,
    _GIVER_TO_RECEIVER,
    _GOES_ON,
    _GROUP_OR_COUNCIL_SESSION,
    _HELD_AT_ANAPHOR,
    _HELD_BY_AGENT,
    _HELD_JOINTLY_BEFORE,
    _HELD_JOINTLY_BY,
    _HELPER_VERBS,
    _HOST_BEFORE,
    _JOINTLY_HOSTED_END,
    _JOINTLY_INSIDE,
    _LEAD_BODY_GATHERING,
    _LED_TO_VISIT,
    _LEVEL_BODY_SHORT,
    _LEVEL_GOVERNMENT_SHORT,
    _LEVEL_STANDING_SHORT,
    _NO_PLACE_NAME_CHARS,
    _ORG_PREFIX,
    _ORGANISATION_SESSION,
    _OWN_BODY_ROOM,
    _OWN_PLACE_HOLDER,
    _OWN_PLAIN_MEETING,
    _PARTY_COMMITTEE_HOLDER,
    _QUOTE_OPENERS,
    _SCHOOL_END,
    _SCHOOL_NAME_END,
    _SCOPE_AFTER_BODY,
    _SESSION_BODY,
    _SESSION_OF_BODY,
    _SHORT_ORG_PREFIX,
    _SIDE_ENDS,
    _SUBJECT_BEFORE_MANNER,
    _THIS_BODY,
    _THIS_REGION,
    _TWO_SIDES_HOLD,
    _TWO_SIDES_WORD,
    _WIDER_EVENT,
    _WORK_MEETING_YEAR,
    HEADLINE_BODY_SENTENCES,
    HEADLINE_ORG_MAX,
    PEOPLE_FROM_SUBJECT,
    PERIODICAL_TITLE_ENDS,
    MeetingOrganizers,
    _abbreviated_body_in_full,
    _after_post,
    _bare_personal_name,
    _joint_holders,
    _named_as_person,
    _one_county_government,
    _one_level_government,
    _one_named_council,
    _one_named_in_full,
    _one_named_level,
    _one_named_place,
    _one_named_village,
    _own_body_before,
    _place_short_in_full,
    _same_body,
    _self_reference_host,
    _two_parties,
    attributed_event_holder,
    bodies_chairing_jointly,
    own_work_meeting_with_year,
    term_committee_session,
)
from pipeline.extract.meetings.patterns import (
    _ACCOUNT_OPENER,
    _ANOTHER_ONE,
    _ANY_HEADCOUNT,
    _ATTENDED_CEREMONY_THEN,
    _ATTENDED_ON_OWN_DAY,
    _ATTRIBUTIVE_VENUE_EXTRA,
    _BARE_MEETING_NAMES,
    _BODY_CONGRESS,
    _BODY_DAY_SESSION,
    _CARRYING_OUT_END,
    _CEREMONY_ACTS,
    _CEREMONY_NAMED,
    _CEREMONY_OF,
    _CLAUSE_MARK,
    _CLOSED_AT,
    _COMPANY_TRADE_WORDS,
    _CUTOFF_BEFORE,
    _DATE,
    _DIGITS,
    _DURING_STRETCH,
    _EACH_SUBJECT,
    _EARLIER_SIGNING,
    _EDITIONS_COUNTED,
    _ENUMERATED_BODY,
    _FAIR_OPENED,
    _FOLLOWING,
    _FROM_DATE_AFTER,
    _GENERIC_HEADS,
    _GENERIC_PREFIXES,
    _GOING_TO,
    _HOLDER_END,
    _HOSTED_BY,
    _ITEM_DATELINE,
    _KIND_OF,
    _LECTURE_HABIT,
    _LECTURE_HEADS,
    _LECTURE_INVITED_BY,
    _LECTURE_INVITER,
    _LECTURE_TOLD,
    _NAME_FILLER,
    _NARRATED_AROUND,
    _NOT_A_PLACE,
    _OPENED_AT,
    _ORG_ENDING_HUI,
    _ORG_SUFFIX_END,
    _OTHER_PARTY,
    _OWN_BODY_AND_PARTY,
    _PARTIES_JOINED,
    _PERSON_SUBJECT,
    _PLANNED,
    _QUOTE_MARKS,
    _RANGE,
    _RANGE_MARK,
    _REFERRED_HELD,
    _RELAYED_SPIRIT,
    _SAME_DAY,
    _SERIES,
    _SHIFTED_DAY,
    _SHIFTED_DAY_BRACKETED,
    _SIGNING_CEREMONY,
    _STATE_BODY_END,
    _STUDY_OVER_WEEKS,
    _TALKS,
    _TERM_IN_BODY,
    _TRADE_FAIR,
    _TRIP_COME,
    _VAGUE_DATE,
    _VENUE_EXTRA,
    _VENUE_OF_BODY,
    _WITHIN_CEREMONY,
    _WITHIN_MEETING,
    _YEAR_NUMBER_AHEAD,
    CONTEXT_BEFORE_CHARS,
    OPENING_ACTS,
    _activity_only,
    _after_publication,
    _ceremony_of_event,
    _dateline_city,
    _fair_only,
    _joint_hosts,
    _not_an_organizer_prefix,
    _opens_account,
    _other_body,
    _overlap,
    _planned_in,
    _time_of_day,
    _told_days,
    briefing_holder,
    fair_held,
    within_ceremony,
)
from pipeline.extract.meetings.places import (
    _AT_ANAPHORIC_VENUE,
    _BARE_PLACE,
    _BODIES_THEN_COMMA,
    _COURT_OR_HOSPITAL,
    _DOING_DESCRIBED,
    _DURING_STAY,
    _FRONTED_CLAUSE_VENUE,
    _FRONTED_NOT_VENUE,
    _GATHERED_AT,
    _GATHERED_NO_PLACE,
    _GATHERED_PEOPLE_THEN_COMMA,
    _GONE_TO_ATTEND,
    _GRASSROOTS_PLACE,
    _LAUNCH_SCOPE,
    _LAUNCHED_AT,
    _NO_PLACE_GONE_TO,
    _OWN_BODY_HELD,
    _OWN_PLACE_PREFIX,
    _OWN_PLACE_VENUE,
    _PARTNER_ONLY,
    _PEOPLE_AT_PLACE,
    _PLACE_AFTER_TIME,
    _PLACE_CLAUSE_BEFORE,
    _PLACE_LABEL,
    _PLACE_LINE_AHEAD,
    _PLACE_ONLY,
    _REFERENCE_THEN_VENUE,
    _ROOM_SUBJECT_END,
    _SCENE_BEFORE,
    _SUBJECT_BEFORE_AT,
    _TALKS_VENUE_AFTER_VISIT,
    _TIME_ALONE,
    _WENT_TO_CLAUSE,
    _YU_TIME,
    _YU_VENUE,
    LEVEL_COURT_SHORT,
    MeetingPlaces,
    _conferring_place,
    _described_city,
    _one_level_court,
    _one_named_court,
    _own_room,
    _places_differ,
    _room_of_business_after,
    stay_place,
)
from pipeline.extract.meetings.references import _BANQUET_GIVEN, MeetingReferences, prize_giving_within
from pipeline.extract.meetings.sessions import (
    _BODY_OPENED_NAME,
    _BODY_SESSION_NAME,
    _BRANCH_MEMBERS,
    _COUNCIL_OPENING_RITE,
    _COUNCIL_RITE,
    _COUNCIL_SESSION_OPENED,
    _COUNCIL_SITTING_NAME,
    _GENERIC_LEVEL_BODY,
    _PARTY_BODY_OF_UNIT,
    _PARTY_BODY_SESSION,
    _PLENARY_SITTING,
    _SESSION_HELD_SUBJECT,
    _SESSION_OPENED_THEN_RITE,
)
from pipeline.extract.meetings.side_events import (
    _A_MEETING_NAME,
    _AFTER_ACT,
    _AFTER_CEREMONY,
    _AFTER_IT_SUBJECT,
    _AFTERNOON_OPENING,
    _AND_HELD,
    _AROUND_A_MEETING,
    _AROUND_SIGNING,
    _AUDIENCE_GIVEN,
    _BEFORE_MEETING_CONVENED,
    _BEFORE_SESSION,
    _BEFORE_TOLD_CEREMONY,
    _BEFOREHAND,
    _BESIDE_MAIN,
    _CEREMONY_FRAME_OPENS,
    _CHAIRED_WITHIN,
    _CONFERRING_CEREMONY,
    _DURING_MEETING_OPENS,
    _EVENT_ORDER_OPENING,
    _GONE_ELSEWHERE,
    _HELD_ALONGSIDE,
    _HELD_WITHIN,
    _HELD_WITHIN_AFTER_ACT,
    _HELD_WITHIN_BY_NONE,
    _HELD_WITHIN_KIND_END,
    _HOLDS_EVENT,
    _HONOURS_PROGRAMME,
    _MEETING_ALSO_HELD_OPENS,
    _MEETING_AS_VENUE,
    _OPENING_RITE_NAME,
    _PART_OF_DAY_CLAUSE,
    _PARTY_LECTURE_AHEAD,
    _SIMULTANEOUS,
    _TALKS_BEFORE_MAIN,
    _WITHIN_ACTIVITY,
    _WITHIN_OPENING,
    _activity_programme,
    _activity_rite_told,
    _activity_told_before,
    _during_other_meeting,
    _next_after_ceremony,
    _next_within_meeting,
    _split_following,
    _within_meeting_told,
    _within_span,
)
from pipeline.extract.meetings.talks import (
    _ARRIVED_AT_END,
    _ARRIVED_BEFORE_TALKS,
    _ARRIVED_FOR_VISIT,
    _CALL_BY_PHONE,
    _CALL_RECEIVED,
    _DURING_VISIT_OPENING,
    _FORUM_AFTER_TALKS,
    _FORUM_OPENING_NEXT,
    _MET_AT_BEFORE_TALKS,
    _PRESS_BRIEFING_NAME,
    _SIDES_TALK,
    _TALKS_AFTER_VISIT,
    _TALKS_AND_RECEPTION,
    _TALKS_HEADS,
    _TALKS_NAME,
    _TALKS_RIGHT_AFTER,
    _TALKS_VENUE_BEFORE_PARTY,
    _TRIP_SPAN,
    _VISITORS_RECEIVED,
    _WITNESSED_SIGNING,
    _another_call,
    _banquet_given,
    _dated_by_talks_only,
    _days_differ,
    _fronted_talks_venue,
    _item_between,
    _other_guests,
    _parties_in_turn,
    _previous_sentence_start,
    _same_ceremony,
    _talks_tied,
)

# A sitting's own act after its name (…第一次会议选举…, …会议一月十八日批准…), read right after the name where the
# sentence writes it (literal_then: the name is the page's own, no pattern compiled for it).
_SITTING_ACT_AFTER = re.compile("(?:[^，。；]{0,12}?(?:" + _SITTING_ACTS + ")|上[，,]?[^，。；]{0,12}?当选(?!的))")
# 来到石桥村，主持召开…: the place a chair went to, then the meeting called there (see _went_to_and_held).
_WENT_TO = ("来到", "前往", "走进", "深入")
_HELD_AFTER_GOING = re.compile("[，,]?(?:主持)?召开")


# 局长致辞时表示，…，深入社区及学校举办艺术活动: an activity told inside the words a verb of saying opened in its sentence is
# what the speaker speaks of, not the event the words were given at; the address there makes no ceremony of it (GUIDELINES §3
# fortieth review round).  Not one the words place today (他表示，今天举办读书活动…: the activity held now).
_REMARKS_OPENED = re.compile(_SAYING_VERB + r"[，,：:][^。；！？]*$")
_ACTIVITY_NOW = re.compile("这次|此次|本次|今天|今日|当天|此项|这项|本届")


def _activity_in_remarks(text: str, name_start: int) -> bool:
    """Whether the activity named at ``name_start`` stands inside remarks a verb of saying opened before it in ``text``,
    none of them placing it now (a 活动 spoken of, not held here)."""
    opened = _REMARKS_OPENED.search(text, 0, name_start)
    return opened is not None and _ACTIVITY_NOW.search(text, opened.start(), name_start) is None


def _went_to_and_held(place: str, text: str) -> bool:
    """Whether ``text`` writes one of :data:`_WENT_TO`, ``place``, then 召开 (a comma and 主持 may stand between): what
    ``re.search("(?:来到|前往|走进|深入)" + re.escape(place) + "[，,]?(?:主持)?召开", text)`` tells, read at each place
    ``place`` is written (it is the page's own word: no pattern compiled for it)."""
    at = text.find(place)
    while at >= 0:
        if text[max(0, at - 2) : at] in _WENT_TO and _HELD_AFTER_GOING.match(text, at + len(place)):
            return True
        at = text.find(place, at + 1)
    return False


# A periodical's title alone (《江城文艺》), and the office that edits it written right after the title (编辑部, 杂志社).
_PERIODICAL_ONLY = re.compile("《[^《》\n]{1,20}》")
_PERIODICAL_OFFICE = ("编辑部", "杂志社", "编辑室")


def _periodical_office(text: str, title: str) -> str | None:
    """The one office of ``title`` that ``text`` names (《江城文艺》编辑部), or ``None`` with none or two kinds named."""
    offices = {title + office for office in _PERIODICAL_OFFICE if title + office in text}
    return offices.pop() if len(offices) == 1 else None


# 安平法院, 江城检察院, 岑州中院: a court or procuratorate written short by its place (no level word, no 人民), and the kind of
# its full name (安平县人民法院, 岑州市中级人民法院).
_SHORT_COURT = re.compile("(?P<place>(?![该本我全各此每])[\u4e00-\u9fff]{2,4}?)(?<![省市县区人民级])(?P<kind>法院|检察院|中院)")
_COURT_KIND_IN_FULL = {"法院": "人民法院", "检察院": "人民检察院", "中院": "中级人民法院"}


# A school's name end (江城大学, 竹东高级中学), the body 该校 stands for: organizers' school ends and two more kinds.
_SCHOOL_NAME_END_WITH_SECONDARY = re.compile("(?:" + _SCHOOL_END + "|高中|中专)$")


# What may open the clause of 召开/举行 after a comma when the subject stands before it (…，日前在…举行, …，昨天召开, …，与十家
# 供应商就…举行): nothing, the clause's day, or the party the event is held with and its topic (not 与…联合/共同: joint hosts).
_CLAUSE_OPENS_ON_TIME_OR_PARTNER = re.compile(r"(?:" + _TIME_ALONE.pattern + r")?(?:[与同](?:(?!联合|共同)[^，。；,;在]){2,40})?")
# The subject alone opening the sentence (after the item's dateline or none), set off by a comma before the clause of
# holding that opens on its day (由…创办的江城基金会，日前召开了…): one clause, no verb of its own.
# (江城作家协会，日前在江城与滨海作协共同举办: a partner after 与 makes the subject a host still)
_JOINTLY_HELD = re.compile("(?:(?![与同和跟])[^，。；])*?(?:联合|共同)")
# (江城电力公司，中国电信江城分公司，: the dateline is taken only when the body's name does not read on its own)
_SUBJECT_ALONE_BEFORE_COMMA = re.compile(r"(?:[^，。；\n]*?(?:电|讯)(?:[（(][^（()）]{0,30}[）)])?)??\s*"
                                         r"(?P<org>[^，。；,;：:\s（()）]{2,80}?)[，,]\s*")
# A dash of two or more strokes set between a description of a place and its name (其联系点——东关社区).
_APPOSITION_DASH = re.compile("[—－―─]{2,}")
# A labelled line that reads as a page's stamp: a bare numeric date (and clock) with no place line below, or a line
# going on with the post's source or staff (时间：2024-03-09 10:21, 时间：2024-03-09 来源：县委巡察办).
_STAMP_WHEN = re.compile(r"\s*(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*"
                         r"|[^\n]*(?:来源|作者|编辑|发布|浏览|点击|字号)[^\n]*")


# (学院院长王鹏主持, 全院教职工: a college's own head or staff tell it too)
_UNIVERSITY_TOLD = re.compile("大学|高校|校长|我校|全校|本校|研究生|学院(?:院长|党委书记|党委)|教职工|师生")


# A bare 学习期间, the class's time only right after a sentence telling a class that closed or opened (…主体班结业。
# 学习期间，学员们赴红色教育基地现场观摩: a part of the class, whose 结业式 stays the meeting reported).
_DURING_STUDY = re.compile("学习期间")


def _page_stamp_line(labelled: re.Match[str]) -> bool:
    """Whether a labelled day line (时间：…) reads as the page's stamp, not a programme's day (_STAMP_WHEN)."""
    return _STAMP_WHEN.fullmatch(labelled["when"]) is not None \
        and _PLACE_LINE_AHEAD.match(labelled.string, labelled.end()) is None


_WORKS_CEREMONY = re.compile("(?:投产|竣工|开工|奠基|落成|封顶|揭牌|开业|试产|开园|通车|启用)(?:仪式|典礼|庆典|大会)$")
# Fixed patterns of MeetingExtractor.__call__.
_BRACKETED_KIND_MEETING = re.compile(r"[（(](?:扩大|全体|专题|视频)[）)](?:会议|会)")


# The occasion a speech transcript's headline names (在全市教育大会上的讲话).
_SPEECH_OCCASION = re.compile(r"\s*(?:[—－-]{1,2})?\s*在(?P<name>[^\n，。；]{2,60}?)(?:上|中|时)的(?:讲话|致辞|致词|发言|演讲|工作报告|报告)")
_REGION_CHAR = re.compile("[县区市镇乡村校省]")
_RANGE_MARK_RE = re.compile(_RANGE_MARK)
_LAUNCHED_END = re.compile("启动了?$")
_SUMMARY_OPENING = re.compile(r"\s*[【\[]?(?:摘要|导读|内容提要)")
_FOUR_HAN = re.compile("[\u4e00-\u9fff]{4}")
_DURING_OPENING = re.compile(r"\s*(?:(?:活动|会议|大会|论坛|会)?期间|其间)[，,]")


# 在两国总理会谈之后，双方外长也举行了会谈: talks of other parties told after the talks just told, their subject then
# 也/还/又 and the verb of holding (GUIDELINES §3 thirty-seventh review round).
_TALKS_AFTER_TALKS = re.compile(r"(?:会谈|会晤)(?:之后|以后|后|结束后)[，,][^，。；,;]{2,12}?(?:也|还|又)(?:举行|进行)了?$")
# 甲在总统府举行的记者招待会上说: the person holding a press conference, the subject before 在 and the verb of holding in
# the attribute of the conference (GUIDELINES §3 thirty-seventh review round).
_PRESS_HOLDER = re.compile(r"(?:^|[，,：:])\s*(?P<subject>[^，。；,;：:在]{2,24}?)在[^，。；,;]{0,20}?(?:举行|召开)的"
                           r"(?:记者招待会|记者会|新闻发布会|发布会)上")


def _press_holders_differ(text: str, earlier: str, speakers: list[dict[str, Any]]) -> bool:
    """Whether the press conference told in ``text`` and the one told in ``earlier`` are each held by a speaker of the
    page (``speakers``) written as the subject before them, and by different ones."""
    def holders(sentence: str) -> set[str]:
        held = _PRESS_HOLDER.search(sentence)
        return {s["name"] for s in speakers if held and s["name"] and s["name"] in held["subject"]}

    this, other = holders(text), holders(earlier)
    return bool(this) and bool(other) and not this & other


# A session numbered by term and round (第十一届…第一次全体会议, 十一届一次会议, 第九届委员会第一次会议): a later item may
# tell several, each by its own act (GUIDELINES §3 twenty-eighth and thirty-seventh review rounds, §11)
# (1949年，解放军曾在这里举行隆重仪式: a year opening the sentence (its month and day or none), then 曾/曾经 right before
# the verb of holding and its place: an event of a past told as history, no meeting of the article's story; GUIDELINES §3
# thirty-eighth review round. Not a year less than _HISTORY_YEARS before the publication's year, nor a day with no year)
_YEAR_OPENING = re.compile(r"\s*(?:早在|在)?(?P<year>(?:19|20)\d{2})年(?:[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?)?"
                           r"(?![底初末中代])(?:[，,]|(?=[\u4e00-\u9fff]))")
_ONCE_BEFORE_HOLDING = re.compile(r"曾(?:经)?(?:[在于][^，。；]{1,20}?)?(?:隆重)?(?:举行|召开|举办)了?$")
# 从那时起，外国元首访华的欢迎仪式，都在广场举行 / 此后，每年的表彰大会都在县礼堂举行: a kind of event held the same way time
# after time, a span opening the sentence or an every-word in the name, then 都/均/一直 before the place of holding: a
# habitual one, no meeting reported (GUIDELINES §3: habitual ones, fortieth review round).
_SPAN_OPENING = re.compile(r"\s*(?:从那时起|从那以后|自那以后|从此以后|从此|此后|多年来|历年来|长期以来|一直以来)[，,]")
_EVERY_IN_NAME = re.compile("每年|每届|每次|历届|历次|每逢")
_ALL_HELD_THERE = re.compile(r"[，,]?\s*(?:都|均|一直|总是|向来)(?:是)?(?:在|于)")
_HISTORY_YEARS = 2  # (a year before last at least: 曾 with last year's date may still tell a step of the story)


def _past_enough(reference: dt.date | None, year: str) -> bool:
    """Whether ``year`` (its digits) lies _HISTORY_YEARS or more before the publication's date ``reference`` (any year
    does where the page has none)."""
    return reference is None or reference.year - int(year) >= _HISTORY_YEARS


# 该会成立于1998年，曾于2015年在旅游塔举办首届慈善晚宴: the past year written right after 曾于 in the clause of holding, not
# opening the sentence (GUIDELINES §3 fortieth review round, the thirty-eighth round's history told the other way round);
# its month and day, a part of the month or of the year may follow (曾于2015年5月8日, 曾于2015年底).
_ONCE_IN_YEAR_HOLDING = re.compile(r"曾(?:经)?于(?P<year>(?:19|20)\d{2})年(?:[\d一二三四五六七八九十]{1,2}月"
                                   r"(?:[\d一二三四五六七八九十]{1,3}[日号]|[上中下]旬|底|初|末)?|底|初|末)?"
                                   r"(?:[在于][^，。；]{1,20}?)?(?:隆重)?(?:举行|召开|举办)了?$")
_TERM_AND_ROUND_SESSION = re.compile(r"(?:第?[一二三四五六七八九十\d]{1,3}届).{0,20}?第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议$")


@dataclass
class _BodyMeetings:
    """The meetings read from one document's body, and what the steps after the reading need of it (one per document:
    the extractor itself is shared between documents and keeps none of this)."""

    meetings: list[dict[str, Any]] = field(default_factory=list)
    """The records read so far, in the order the text tells them."""
    headings: list[bool] = field(default_factory=list)
    """Per meeting: read from a subtitle-like line."""
    simultaneous: list[bool] = field(default_factory=list)
    """Per meeting: 同时举行, with no date of its own."""
    headline_activities: set[int] = field(default_factory=set)
    """Starts of sentences whose 活动 is kept for the headline naming it."""
    lecture_left_to_reference: bool = False
    """An academic lecture given, read from the 报告会 referring to it below."""
    item_starts: list[int] | None = None
    """The starts of the page's item datelines in ``doc.clean_text`` (_ITEM_DATELINE), found when a step first asks
    (:meth:`MeetingExtractor._item_starts`); None before."""


@dataclass(slots=True)
class _SentenceReading:
    """What the steps of reading one sentence hand on to each other (one per sentence that matches a meeting held, made
    by :meth:`MeetingExtractor._sentence_meetings`)."""

    index: int = 0
    """The index of the sentence in the body's sentences."""
    sentence: Sentence | None = None
    """The sentence read."""
    text: str = ""
    """The sentence's text, a lead reference (据…报道) removed."""
    m: Any = None
    """The match of the meeting held (a ``re.Match`` of one of the holding patterns)."""
    kind: str = ""
    """The kind of that match: active, passive, bare, plain, attended, attributive, lecture, visit, clause…"""
    name: str = ""
    """The meeting's name, cleaned step by step."""
    quoted_org: str | None = None
    """A holder written before a quoted name (贝宁“全国有生力量会议”)."""
    own_day: str | None = None
    """The day inside a time phrase around the holding (自5月8日…会议召开以来), the meeting's own."""
    widened: Any = None
    """The bracketed kind after the name (（扩大）会议), when written (a ``re.Match``)."""
    org: str | None = None
    """The organizer read so far."""
    room_venue: str | None = None
    """A room written as the subject (…五楼会议室召开了…), the venue."""
    visit_place: str | None = None
    """The place a visit, a gathering or talks went to."""
    launch_holder: bool = False
    """The holder was read before a company's launch, shared by the events joined to it."""
    each_held: bool = False
    """Several bodies each holding one kind of meeting on one stated day: one record, organizer null."""
    bare_before: Any = None
    """The bare meeting told before that this passive one names again (_bare_held_before), if any."""
    heading: bool = False
    """Read from a subtitle-like line."""
    date: dt.date | None = None
    """The meeting's resolved day."""
    date_text: str | None = None
    """The day as written."""
    time_of_day: str | None = None
    """The part of the day (上午, 下午, 晚上…)."""
    after_its_close: Any = None
    """A bare meeting told after its close (…闭幕后), a ``re.Match`` or a false value."""
    around: bool = False
    """A meeting told around its holding (…召开前夕, 召开之际): the day is not its own."""
    in_account: bool = False
    """A lecture given within the account of the ceremony just told."""
    within_other: bool = False
    """A lecture given within or right after the ceremony just told."""
    later_that_day: bool = False
    """A lecture told by the later part of the day the morning's ceremony was held on."""
    tied_to_told: bool = False
    """Talks tied to the event just told (报告前，…会见了…), held on its day."""
    after_held: bool = False
    """An event attended in the clause cut off after the one held (…举行会谈，并…出席…), on its day."""
    session_period: str | None = None
    """The period written before a session that deliberated (6月底，…常务会议审议通过…)."""
    loc: str | None = None
    """The venue."""
    here: str | None = None
    """The dateline's city, the venue where no venue was told."""
    parts: list[str] = field(default_factory=list)
    """The names of the meetings the sentence lists (one where it lists none)."""
    parties_in_turn: int = 1
    """How many talks or calls the sentence tells held in turn with parties listed (_parties_in_turn; 1 where it tells
    one), read once by :meth:`MeetingExtractor._told_again_here` for it and :meth:`MeetingExtractor._venue_and_parts`."""


class MeetingExtractor(MeetingHolding, MeetingCaptions, MeetingActs, MeetingDates, MeetingNames, MeetingOrganizers,
                       MeetingPlaces, MeetingAttendance, MeetingHosts, MeetingReferences, MeetingLabelled):

    # -- pieces -----------------------------------------------------------------------

    def _later_item_organizers(self, meetings: list[dict[str, Any]], sentences: list[Sentence], items: list[int]) -> None:
        """Give the first meeting of each item after the first (from one item dateline, ``items``, to the next) that has no
        organizer the holders its own item tells after it (_later_organizer, read within the item only)."""
        starts = [m["evidence"]["clean_start"] for m in meetings]
        seen: set[int] = set()
        for meeting, start in zip(meetings, starts, strict=True):
            item = sum(1 for at in items if at <= start)
            if item in seen or item <= 1:
                seen.add(item)
                continue
            seen.add(item)
            if meeting is meetings[0] or meeting["organizer"] is not None \
                    or any(items[item - 1] <= other < start for other in starts):
                continue
            end = items[item] if item < len(items) else float("inf")
            own = [t for t in sentences if items[item - 1] <= t.start < end]
            meeting["organizer"] = self._later_organizer(meeting, own, {s for s in starts if s != start})

    def _later_item_references(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, meetings: list[dict[str, Any]],
        items: list[int],
    ) -> Iterator[dict[str, Any]]:
        """The session each later item (from one item dateline, ``items`` in ``doc.clean_text``, to the next) tells by its
        own act (选举, 批准…), for the items after the first that hold no meeting of ``meetings`` yet (GUIDELINES §11)."""
        def item_of(at: int) -> int:
            return sum(1 for start in items if start <= at)

        taken = {item_of(m["evidence"]["clean_start"]) for m in meetings}
        # (the sessions of the items that hold meetings already: a numbered one a later item tells by its act beside them)
        named = {(item_of(m["evidence"]["clean_start"]), m["name"]) for m in meetings}
        for referred in self._references(doc, sentences, reference):
            item = item_of(referred["evidence"]["clean_start"])
            numbered = _TERM_AND_ROUND_SESSION.search(referred["name"]) is not None
            if item <= 1 or (item in taken and not numbered):
                continue
            if any(i == item and (name in referred["name"] or referred["name"] in name) for i, name in named):
                continue  # (the session already read from the item's body, perhaps by a shorter name)
            # (only a session told by its own act, 选举, 批准…: other references of a later item are read by their cues)
            # (…在政协某市九届一次会议上当选为…: a session where someone was elected, its act told from the elected side)
            acted = literal_then(referred["name"], _SITTING_ACT_AFTER, referred["evidence"]["text"])
            if item in taken and not acted:
                continue
            # (…据新华社华盛顿1月5日电 …发言人当天在吹风会上也认为…: a press conference or briefing a later item tells as
            # where its spokesman spoke, a meeting referred to, GUIDELINES §3 and §11)
            if acted or _PRESS_BRIEFING_NAME.search(referred["name"]):
                taken.add(item)
                named.add((item, referred["name"]))
                yield referred

    # -- the extractor ---------------------------------------------------------------------

    @staticmethod
    def reports_no_meeting(meetings: list[dict[str, Any]]) -> bool:
        """Whether the records ``meetings`` (what :meth:`__call__` gave for a page) hold no meeting the page reports: none
        at all, or only meetings told as the start or the eve of a period (自…研讨会召开之后, …召开以来: GUIDELINES §3
        ninth and fortieth review rounds), so that the page tells none its speakers spoke at."""
        return all(only_frames_period(meeting) for meeting in meetings)

    def __call__(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]], reference: dt.date | None
    ) -> list[dict[str, Any]]:
        """The meetings ``doc`` reports as held, in the order of the records: read from the body sentence by sentence,
        reordered by the headline, completed from references, captions and labelled records, then dated, placed and
        given their holders (``reference``: the publication date the days resolve against)."""
        title = doc.meta.get("title") or ""
        sentences = _split_following(sentences)
        state = self._body_meetings(doc, sentences, speakers, reference, title)
        self._keep_headline_activities(doc, sentences, reference, title, state)
        headline_organizer = self._headline_organizer(title, state.meetings)
        self._fallback_meetings(doc, sentences, reference, title, state)
        self._later_items_and_order(doc, sentences, reference, title, state)
        meetings, simultaneous = state.meetings, state.simultaneous
        if meetings:
            main = self._later_meetings_dated(doc, sentences, speakers, reference, title, meetings, simultaneous)
            self._main_day_and_place(doc, sentences, reference, title, state, main, headline_organizer)
        meetings, starts = self._held_within_venues(doc, title, meetings)
        for meeting in meetings:
            self._holder_read_again(doc, sentences, title, meetings, starts, meeting)
            self._court_and_contest_holders(doc, title, meeting)
            self._anaphoric_venue(doc, title, meeting)
            self._deictic_named_in_speech_before(doc, meetings, meeting)
        return self._final_readings(doc, sentences, reference, meetings)

    def _deictic_named_in_speech_before(self, doc: Document, meetings: list[dict[str, Any]],
                                        meeting: dict[str, Any]) -> None:
        """某某是在全市防汛工作会议的讲话中谈到…的。这次会议于昨天在江城开幕: a meeting read only as this one (这次会议), a
        meeting of its kind named just before as the one a speech was given at: that meeting again, named as written there
        (GUIDELINES §3 thirtieth round, this meeting beside a meeting told is that meeting; thirty-seventh round). Only
        where no other record bears the name."""
        name = meeting["name"]
        if not _DEICTIC_NAME.fullmatch(name):
            return
        kind = _DEICTIC_LEAD.sub("", name)
        start = meeting["evidence"]["clean_start"]
        before = doc.clean_text[max(0, start - CONTEXT_BEFORE_CHARS) : start]
        # (the last one before the reference)
        named = last_match(re.compile("在(?P<n>[^，。；、在“”]{2,40}?" + re.escape(kind) + ")的(?:讲话|报告|发言|致辞|演讲)中"),
                           before)
        if named is None:
            return
        full = self.cleaned_name(named["n"])
        if full and not _DEICTIC_NAME.fullmatch(full) and not self._no_name(full) \
                and all(other["name"] != full for other in meetings):
            meeting["name"] = full

    @staticmethod
    def _item_starts(doc: Document, state: _BodyMeetings) -> list[int]:
        """The starts of the page's item datelines (新华社…电, 本报讯, ``state.item_starts``), searched for in the whole
        text once per page, when a step first asks: four steps read them, and the search of a whole page costs as much
        as reading a sentence's meeting (never changed by a caller: the list is shared).  An item opened by a wire
        credited with 据 (据新华社北京1月7日电) starts at 据, where its first sentence and that sentence's meetings start."""
        if state.item_starts is None:
            text = doc.clean_text
            # (据新华社…电 …会见了…: the 会见 read from that sentence starts one character before the dateline; counted in
            # the item before it, it took that item's place, and the session that item tells by its act was lost)
            state.item_starts = [d.start() - (d.start() > 0 and text[d.start() - 1] == "据")
                                 for d in _ITEM_DATELINE.finditer(text)]
        return state.item_starts

    # -- the steps of __call__, in their order ----------------------------------------------

    def _body_meetings(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]], reference: dt.date | None,
        title: str,
    ) -> _BodyMeetings:
        """The meetings the body tells, sentence by sentence (``sentences`` already split by _split_following)."""
        state = _BodyMeetings()
        for index in range(len(sentences)):
            self._sentence_meetings(doc, sentences, index, speakers, reference, title, state)
        return state

    def _sentence_meetings(
        self, doc: Document, sentences: list[Sentence], index: int, speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings,
    ) -> None:
        """Append to ``state`` the meetings sentence ``index`` tells held (none where it tells none)."""
        matched = self._sentence_match(doc, sentences, speakers, reference, title, state, index)
        if matched is None:
            return
        text, m, kind = matched
        r = _SentenceReading(index=index, sentence=sentences[index], text=text, m=m, kind=kind)
        self._name_and_subject(doc, sentences, speakers, reference, title, state, r)
        if not self._organizer_resolved(doc, sentences, speakers, reference, title, state, r):
            return
        self._visit_place(doc, sentences, speakers, reference, title, state, r)
        self._prefixed_holder(doc, sentences, speakers, reference, title, state, r)
        if not self._meeting_named(doc, sentences, speakers, reference, title, state, r):
            return
        if not self._told_again_here(doc, sentences, speakers, reference, title, state, r):
            return
        if not self._sentence_date(doc, sentences, speakers, reference, title, state, r):
            return
        self._date_from_neighbours(doc, sentences, speakers, reference, title, state, r)
        if not self._date_following(doc, sentences, speakers, reference, title, state, r):
            return
        self._venue_and_parts(doc, sentences, speakers, reference, title, state, r)
        self._append_records(doc, sentences, speakers, reference, title, state, r)

    def _sentence_match(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, index: int,
    ) -> tuple[str, Any, str] | None:
        """Match sentence ``index`` to a meeting held: its text (a lead reference removed), the match and its kind; None
        where it tells none: a question, a list of other articles' headlines, another story's picture, a plan, a session
        ahead or told as background, the source of relayed remarks or of a spirit."""
        sentence = sentences[index]
        meetings = state.meetings
        text = _without_lead_reference(sentence.text)
        if text.strip() == title.strip() or text.rstrip().endswith(("？", "?")):
            return None  # (请问这次博览会是在什么地方举行的？: a question reports nothing)
        found = self.match(text)
        if not found or in_heading_list(doc.clean_text, sentence.start):
            return None  # (an item of a list of other articles' headlines is none of this article's)
        m, kind = found
        if "caption" in m.re.groupindex and m["caption"] is not None and not any(
                m["name"][-6:] in (told.get("name") or "") for told in meetings):
            return None  # (图为5月6日举行的…现场 naming no meeting the body told: another story's picture, GUIDELINES §1)
        if _planned_in(text, m.start(), m.end()):
            # 洪森今天在寓所会见…后表示，他将不会…举行会谈: talks held, told in a clause before the plan (GUIDELINES
            # §3: 会见 reported as held is a meeting; the planned one is none)
            received = _VISITORS_RECEIVED.search(text, 0, clause_bounds(text, m.start())[0])
            if received is None or _planned_in(text, received.start(), received.end()):
                return None  # 我县将召开…; but 县委召开常委会，决定召开…大会 holds the first one
            m, kind = received, "receiving"
        if m.re is _SESSION_DELIBERATED_AFTER_PERIOD and _session_ahead(m, reference):
            return None  # 6月底，市政府常务会议审议通过… on a May page: a session ahead, none held (GUIDELINES §3)
        if m.re is _SESSION_DELIBERATED_AFTER_PERIOD and (head := _NATIONAL_SESSION_HEAD.match(m["name"])) \
                and not any(head[0] in (told.get("organizer") or "") for told in meetings):
            # 去年7月，党的二十届三中全会审议通过了… on a local page: a national body's session told as background, no
            # record; on a page whose meeting that body holds (国务院召开常务会议。…) it is its own (GUIDELINES §3
            # nineteenth review round)
            return None
        if kind == "attributive" and any(w in text for w in self.lex.relay_before_name):
            return None  # 传达…在…召开的…会议上的讲话精神: the source of relayed remarks
        if _SPIRIT_AFTER.match(text, m.end()):
            return None  # …两会胜利闭幕后，全国两会精神在我县…引起热烈反响: the source of the spirit (§3)
        if kind == "active" and _SINCE_AFTER_ACTIVE.match(text, m.end()) \
                and _SINCE_CLAUSE_BEFORE.search(text, 0, m.start("name")) is None:
            return None  # (在同外长某某举行会谈以后说: 之后/以后 after an active name is read only after 自, §3 fortieth round)
        if kind in ("active", "plain") and "曾" in text:
            if (year := _YEAR_OPENING.match(text)) and _past_enough(reference, year["year"]) \
                    and not any(mark in text[year.end() : m.start("name")] for mark in "，,；") \
                    and _ONCE_BEFORE_HOLDING.search(text, year.end(), m.start("name")):
                return None  # 1949年，解放军曾在这里举行隆重仪式: a piece of history, no meeting of the story (§3)
            if (once := _ONCE_IN_YEAR_HOLDING.search(text, clause_bounds(text, m.start("name"))[0], m.start("name"))) \
                    and _past_enough(reference, once["year"]):
                return None  # 该会曾于2015年举办首届慈善晚宴: the same piece of history, its year after 曾于 (§3)
        if kind == "passive" and _ALL_HELD_THERE.match(text, m.end("name")) \
                and (_SPAN_OPENING.match(text) or _EVERY_IN_NAME.search(m["name"])):
            return None  # 从那时起，…欢迎仪式，都在广场举行: held that way time after time, a habitual one (§3)
        return text, m, kind

    def _name_and_subject(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> None:
        """The meeting's name as written and its organizer read from the subject of the match: a room, a body reacting,
        a self-reference, the inviter of a lecture, a plant's owner, a subject set off by a comma, persons dropped."""
        kind, m, name, org, own_day, quoted_org, room_venue, sentence, text, widened = r.kind, r.m, r.name, r.org, r.own_day, r.quoted_org, r.room_venue, r.sentence, r.text, r.widened
        name = "会议" if m.re is self.met else _TALKS_AFTER_VISIT.sub("", self.clean_name(m["name"]))
        if kind == "passive":
            name = _DECIDED_LEAD.sub("", name)  # (经县委研究决定全县经济工作会议于…召开: the decision no part of it)
        name, quoted_org = self._balance_quotes(text, m, name)
        if quoted_org is None and name.count("“") == 1 and "”" not in name and text[m.end("name") : m.end("name") + 1] == "”":
            # 1990年2月贝宁“全国有生力量会议”决定…: a quoted name closing right after it, a holder before the quote (a
            # body, or a country or place holding its own national meeting): the marks enclose the whole name and go,
            # the holder is the organizer (GUIDELINES §3 name; twenty-seventh round: a holder before a quoted name in
            # a referred meeting is its organizer); only a bare holder (由…主办的“…” is read by the agent's rules, and
            # 名为“…”, a description, keeps its reading)
            before, _, inside = name.partition("“")
            bare = _DATE.sub("", before).strip()
            holder = self.clean_org(bare) if bare else None
            if holder and holder == bare and (self._reads_as_holder(doc, sentence, holder)
                                              or self._is_place(doc, sentence, holder, _VENUE_EXTRA)):
                name, quoted_org = inside, holder
        own_day = None  # (自5月8日…会议召开以来: the day inside the time phrase, the meeting's own)
        if frames_period(m["name"], text, m.end()):
            if (dated := _AROUND_OPENING_DAY.match(name)) is not None:
                own_day, name = dated["day"], name[dated.end() :]
            name = _AROUND_OPENING.sub("", name)  # 在全省两会召开前夕: the time phrase's opening word
        widened = _BRACKETED_KIND_MEETING.match(text[m.end("name") :])
        if widened:
            name += widened.group()  # 常委会（扩大）会议: the bracketed kind and its noun are part of the name
        org = self.clean_org(self.subject_of(m)) if kind in ("active", "plain", "attended", "reception") else None
        if kind == "active" and org and (since := _SINCE_SUBJECT.match(org)) and _AFTER_HOLDING.match(text, m.end()):
            org = self.clean_org(org[since.end() :])  # 自5月6日县委召开…会议之后: 自 opens the time phrase, not the holder
        room_venue = None
        if kind == "active" and org and _ROOM_SUBJECT_END.search(org) and not (m.groupdict().get("loc") or "").strip():
            # 县人民医院门诊楼五楼会议室召开了…: the room is the venue, the body named before it the organizer (none named:
            # none), GUIDELINES §3 ninth and thirty-first review rounds
            room_venue = self.clean_location(org)
            owners = [org[:cut] for cut in range(len(org) - 2, 1, -1) if _HOLDER_END.search(org[:cut])]
            org = self.clean_org(owners[0]) if owners else None
        if kind == "active" and org is None and _HOLDING_ADVERB.fullmatch((m.groupdict().get("org") or "").strip()) \
                and (reacted := _REACTING_SUBJECT.fullmatch(text, 0, m.start())) \
                and (body := self.clean_org(reacted["org"])) and self._reads_as_holder(doc, sentence, body):
            # 中国奥委会对此深感震惊，紧急召开…会议: the body opening the sentence, reacting, is the subject of the
            # 召开 its next clause tells with an adverb alone (GUIDELINES §3 organizer: the subject of 召开/举行)
            org = body
        if kind in ("active", "plain") and (own := _OWN_PLACE_HOLDER.fullmatch((self.subject_of(m) or "").strip())) \
                and (place := _one_named_place(title + "\n" + doc.clean_text, own["level"])):
            # 省发改委与我市召开… with 来源：凌源市发改局, 我县召开… in a page naming 青河县: the self-reference stands for
            # the one city, county or district of that level the page names (GUIDELINES §3 twenty-first round); with
            # none or several named it stays as written among other holders, and a bare one is no organizer
            org = self.clean_org((own["others"] or "") + place + (own["after"] or ""))
        if kind == "attended" and org and m.groupdict().get("org") and not text.startswith(_QUOTE_OPENERS, m.end("org") + 3) \
                and not (_HOLDER_END.search(org) or org.endswith(_SIDE_ENDS)):
            # 出席了北京举行的…, 此间举行的…, 当地举行的…: a place or a deictic before the verb is where the event was
            # held, never who held it (GUIDELINES §3 organizer); a short holder ends like a body or a side (哈方)
            org = None
        if kind == "lecture" and (inviter := _LECTURE_INVITER.search(text, 0, m.start())) \
                and (body := self.clean_org(inviter["org"])) and _HOLDER_END.search(body):
            # 江城大学邀请…教授作专题讲座, 学院特邀…作讲座: the body that invites the lecturer organizes the lecture;
            # the lecturer never does (GUIDELINES §3 fourteenth review round)
            org = body
        elif kind == "lecture" and org is None and inviter \
                and (referred := _THIS_BODY.fullmatch(inviter["org"].strip())):
            # 江城大学物理学院…。5月6日，该院邀请…教授作学术报告: the body named before that the anaphor stands for, in
            # the same sentence or the one before it (GUIDELINES §3 tenth round, as for 该校召开…)
            previous = _previous_sentence_start(doc.clean_text, sentence.start)
            org = self._named_body_before(doc.clean_text[previous : sentence.start] + text[: inviter.start("org")],
                                          referred["kind"])
        elif kind == "lecture" and org is None and (invited := _LECTURE_INVITED_BY.search(text, 0, m.start())) \
                and (body := self.clean_org(invited["org"])) and _HOLDER_END.search(body):
            org = body  # 应江城大学物理学院邀请，…教授作学术报告: the inviting body, as with 江城大学邀请…
        if org and _WORKS_CEREMONY.search(name) and (plant := _NUMBERED_PLANT_END.search(org)):
            # 力晶光电新竹第三厂(举行投产典礼), 华信集团第二工厂(举行竣工仪式): the plant is what the ceremony is about,
            # like a new school building; the company it belongs to holds it, else no one named (GUIDELINES §3,
            # ninth round); a town between them (新竹) is where the plant stands
            owner = _PLANT_OWNER.match(org, 0, plant.start())
            # (江城化工二厂, 江城纺织二厂: a bare number right after the trade names a works of its own, as
            # 北京化工二厂 is; 第二工厂, 新厂, 集团二厂 and a town between are a company's plant)
            if not (owner and plant.group()[0] not in "第新" and "期" not in plant.group()
                    and owner.end("owner") == plant.start() and owner["owner"].endswith(_COMPANY_TRADE_WORDS)):
                org = owner["owner"] if owner else None
        if kind == "active" and not (m["org"] or "").strip() \
                and (lead := _DATED_SUBJECT_CLAUSE.fullmatch(text, 0, m.start("org"))) is not None:
            # 某社区发展协会于1月14日（星期日）上午9时，在活动中心召开…: the subject and its day, then the venue
            # after a comma (not 王强于5月8日，在…召开: a person's bare name, no body, GUIDELINES §3)
            org = self.clean_org(lead["org"])
            org = None if org and _BARE_PERSONAL_NAME.fullmatch(org) and not _HOLDER_END.search(org) else org
        if kind == "active" and org is None \
                and (body := self._subject_before_comma(text, m, _CLAUSE_OPENS_ON_TIME_OR_PARTNER, _SUBJECT_BEFORE_MANNER.search)) \
                and _HOLDER_END.search(body) and self._reads_as_holder(doc, sentence, body):
            # 市教育局结合工作实际，在市教育局三楼会议室召开…: the subject, then how or why it holds the meeting set off
            # by a comma before 在 and the venue (GUIDELINES §3 organizer, thirty-first review round); also before the
            # clause's day or the party it holds the event with (…受江城大学的委托，日前与十家供应商举行了签字仪式, as
            # 江城机械总公司日前与…举行 reads; thirty-seventh round)
            org = body
        if kind == "active" and org is None \
                and (body := self._subject_before_comma(text, m, _TIME_ALONE, _SUBJECT_ALONE_BEFORE_COMMA.fullmatch)) \
                and not _JOINTLY_HELD.match(text, m.end("org"), m.start("name")) and self._body_not_place(doc, sentence, body):
            # 由…创办的江城基金会，日前召开了…颁奖会: the body opening the sentence, set off by a comma from the clause of
            # holding that opens on its day, is its subject (GUIDELINES §3 organizer, thirty-ninth review round); not
            # before 联合/共同, hosts to be listed that the subject may run together (甲学会乙市社科联，日前…联合举办)
            org = body
        clause_start = clause_bounds(text, m.start("name"))[0]
        if kind in ("active", "clause") and (org is None or _GOES_ON.fullmatch((m.groupdict().get("org") or "").strip())) \
                and _GOES_ON.match(text, clause_start) \
                and (lead := _LEAD_BODY_GATHERING.search(  # (…，随后召开…: cut off from its sentence, see _split_following)
                    doc.clean_text[start_after(doc.clean_text, sentence.start, "。！？\n") : sentence.start] + text[:clause_start])) \
                and (body := self.clean_org(lead["org"])) and _HOLDER_END.search(body):
            org = body  # 县检察院邀请…监督员…，并召开座谈会: the body leading the sentence
        if m.re is self.carried_out and org is None and m["went"] and "党日" in name \
                and (members := _BRANCH_MEMBERS.search(m["org"] or "")):
            # 第一党支部全体党员赴红色教育基地开展…主题党日活动: the members a branch sent to the place hold its party
            # day; the branch is the organizer, the members' word dropped (GUIDELINES §3 fifteenth review round)
            org = self.clean_org(members["branch"])
        # (…党委组织辖区党员30余人，在党群服务中心开展…: a clause opening with 在 and its venue read as the subject has
        # no subject of its own after a gathering body; the venue is never the organizer)
        if m.re is self.carried_out and ((m["org"] is None and m["went"]) or (m["org"] or "").startswith("在")) \
                and (led := _LED_TO_VISIT.search(text, 0, m.start())):
            # 机关党委组织…60余名党员，赴…开展…: the body that sent them; 社区党委组织…30余人，在…开展…: the body
            # that gathered them, the clause after the comma only telling the venue
            org = self.clean_org(led["org"])
        if kind == "visit" and (led := _LED_TO_VISIT.search(text, 0, m.start())):
            org = self.clean_org(led["org"])  # 经开区党工委组织…40余人，先后到…现场观摩: the body that led the visit
        if org and any(e.type == "PER" and org.endswith(e.text) and sentence.start <= e.start < sentence.end
                       for e in doc.entities):
            org = None  # 迟浩田今天下午举行欢迎仪式: a person holds it, no organization (§3)
        if org and _bare_personal_name(org, sentence.text, self.lex.surnames, self.lex.org_suffixes):
            # 李华(在机场)为来访的江华举行欢迎仪式, 陈静为获奖学生举行颁奖典礼 with no name entity: a bare personal name
            # holding an event for others is a person, no organizer, whatever the event (§3 organizer row, nineteenth
            # review round)
            org = None
        if org and _named_as_person(doc, org):
            # 为此，康斯坦丁内斯库3日在总统府举行特别记者招待会 on a page that writes 总统康斯坦丁内斯库: a name the page
            # gives a post to, or tags as a person anywhere, holds as a person, no organization (§3 nineteenth round)
            org = None
        if org and any(len(p["name"]) >= 2 and org.endswith(p["name"]) and len(org) > len(p["name"]) + 1
                       and p["name"] in sentence.text for p in speakers):
            # 公务员事务局局长杨何蓓茵…举行记者会: a speaker's title and name, a person, not the organization
            org = None
        r.name, r.org, r.own_day, r.quoted_org, r.room_venue, r.widened = name, org, own_day, quoted_org, room_venue, widened

    def _subject_before_comma(
        self, text: str, m: re.Match[str], clause: re.Pattern[str],
        read: Callable[[str, int, int], re.Match[str] | None],
    ) -> str | None:
        """The body read by ``read`` (a subject pattern's ``search`` or ``fullmatch``) from ``text`` before the
        match's subject group, when that group (stripped) is all a clause of the ``clause`` kind (its day, how or
        why it holds the event); None when no subject group, another clause or no body."""
        if m["org"] is None or not clause.fullmatch(m["org"].strip()):
            return None
        lead = read(text, 0, m.start("org"))
        return self.clean_org(lead["org"]) if lead is not None else None

    def _organizer_resolved(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> bool:
        """The organizer resolved: a body's dated session, this region or body, a county government, court or council written
        short, an anaphor, a generic body; False where no organization holds it or a session's plenary sitting is told."""
        kind, m, name, org, quoted_org, sentence, text = r.kind, r.m, r.name, r.org, r.quoted_org, r.sentence, r.text
        if kind == "active" and org and text.lstrip().startswith(_WITHIN_MEETING) \
                and _CARRYING_OUT_END.search(text[: m.start("name")]):
            org = None  # 会上，新入职护士进行了授帽仪式: those who take part in a ceremony within the meeting
        org = org or quoted_org
        if m.re is _SESSION_DELIBERATED and (dated := _BODY_DAY_SESSION.fullmatch(name)) and self.clean_org(dated["org"]):
            # 立法会财务委员会昨日（22日）会议通过…: the body and the day before the bare noun are no part of the name
            org, name = self.clean_org(dated["org"]), dated["name"]
        if org and (level := _THIS_REGION.fullmatch(org)):
            # 清河镇党委召开…。1月5日，该镇还召开了…: the place named before (kept as written when none is)
            named = [n["name"] for n in re.finditer(r"(?:^|(?<=[，。；、\s：:（(从在于据对由与和向]))(?P<name>(?![该本我全各此每])"
                                                    rf"[\u4e00-\u9fff]{{2,4}}?{level[1]})", doc.clean_text[: sentence.start])]
            org = named[-1] if named else org
        elif org in _COUNTY_GOVERNMENT_SHORT:
            # 宜兰县政府…。5月6日，县府召开…: the one county government the page names (GUIDELINES §3 fourteenth
            # review round); with none or several named, kept as written
            org = _one_county_government(title + "\n" + doc.clean_text) or org
        elif org and (generic := _GENERIC_LEVEL_BODY.fullmatch(org)):
            # 白沙镇党委…。5月6日，镇党委又召开…, 红星街道…。街道召开…: the one body of that kind the page names
            # (GUIDELINES §3 fourteenth review round); with none or several named, kept as written for now (the
            # ruling's null there changes many pinned readings, left to a change of its own)
            org = (_one_named_village(title + "\n" + doc.clean_text, generic["village_body"]) if generic["village"]
                   else _one_named_level(title + "\n" + doc.clean_text, generic["level"], generic["body"] or "")) or org
        elif (court := _BARE_COURT_SUBJECT.fullmatch(org or (m.groupdict().get("org") or "").strip())) \
                and kind in ("active", "plain"):
            # 江城区人民法院…。5月7日，法院召开党组会议: a court by its bare kind, the one court of that kind the page
            # names (GUIDELINES §3: a generic noun as the
            # subject stands for the one body of that kind the page names, as 本院 does for a venue); else none
            org = _one_named_court(title + "\n" + doc.clean_text, court.group())
        elif org == "议会":
            # 议会召开第三次定期会: a council by its bare kind (read here, before a longer organizer told earlier that
            # ends in it could stand in for it: 甲县议会与乙县议会; see also the pass over all meetings below)
            org = _one_named_council(title + "\n" + doc.clean_text)
        unit = _ANAPHOR_UNIT.fullmatch(org) if org else None
        # (该刊在京举行座谈会: the periodical's bare anaphor kept by clean_org, read like 该校's)
        if (org is None or unit or _BARE_ANAPHOR.fullmatch(org)) and kind in ("active", "plain") \
                and (anaphor := _BODY_ANAPHOR.search(text, 0, m.start("name"))):
            # 市第二中学近日举办家长会。5月7日，该校召开…: the school named before (none named: no organizer), in the
            # same sentence or the one before it (记者从江城市第一中学获悉，该校日前召开…, GUIDELINES §3 tenth round)
            previous = _previous_sentence_start(doc.clean_text, sentence.start)
            org = self._named_body_before(doc.clean_text[previous : sentence.start] + text[: anaphor.start()],
                                          anaphor["kind"])
            if org is None and not _ANY_BODY_NAMED.search(doc.clean_text, previous, sentence.start):
                # (…栖凤县公安局召开…。从警十五年来，他曾…。会后，该局举行…: a sentence naming no body between, the
                # one body of that kind the page names, GUIDELINES §3 twenty-first review round)
                org = self._one_body_named(title + "\n" + doc.clean_text[: sentence.start] + text[: anaphor.start()],
                                           anaphor["kind"])
            # (记者从江城医科大学获悉，该校公共卫生学院召开…: a unit of the body named before, written after it)
            org = self.clean_org(org + unit["unit"]) if org and unit else org
        if org is None and kind == "active" and not self.clean_org(m.groupdict().get("org") or "") \
                and (listed := _BODIES_THEN_COMMA.search(text, 0, m.start("org") if m.groupdict().get("org") is not None
                                                         else m.start("name"))):
            # 中共中央统战部、国家民委、北京市人民政府，今天上午在京举行…: bodies listed as the subject, set off by a
            # comma from the day and place of holding, are the organizer as written (GUIDELINES §3 organizer: the
            # subject of 举行; bodies joined as the subject of a joint meeting, eleventh round). Each must read as a
            # holder. Found in 1998 newspaper copy (pd_2047).
            bodies = [self.clean_org(body) for body in listed["bodies"].split("、")]
            if all(body and self._reads_as_holder(doc, sentence, body) for body in bodies):
                org = "、".join(body for body in bodies if body)
        if org is None and kind == "active" and not self.clean_org(m.groupdict().get("org") or "") \
                and (gathered := _GATHERED_PEOPLE_THEN_COMMA.search(
                    text, 0, m.start("org") if m.groupdict().get("org") is not None else m.start("name"))) \
                and (body := self.clean_org(gathered["org"])) and self._reads_as_holder(doc, sentence, body):
            # 县委、县政府邀集全县老干部，在县礼堂举行团拜会: a body that gathered or invited people in the clause right
            # before, set off by a comma from the place of holding, holds it as `县教育局邀集…召开…` does; a person gives none
            # (GUIDELINES §3 organizer, thirty-eighth review round)
            org = body
        if kind == "active" and _ELLIPTICAL_SESSION.fullmatch(name) and (body := _SESSION_BODY.search(org or "")):
            name = body.group() + name  # 市人大常委会党组召开（扩大）会议: 党组（扩大）会议
        if kind == "plain" and (org is None or (org.endswith("会") and not org.endswith(_ORG_ENDING_HUI))) \
                and not _PERSON_SUBJECT.search(_CHAIRING_END.sub("", (m["org"] or "").strip())) \
                and not _REGION_CHAR.fullmatch(m["org"] or "") \
                and not PEOPLE_FROM_SUBJECT.search((m["org"] or "").strip()) \
                and (m["org"] or "").strip() not in _GENERIC_BODIES \
                and not (m["name"] == "大会" and _CROWD_SUBJECT.search((m["org"] or "").strip())):
            # 会上召开会议, 大会举行会议: no organization holds it (县长李明今天召开会议, 市长王刚主持召开会议:
            # a person does; 首都各界今天召开大会, 来自各国的警察部门负责人举行会议: the people gathered hold it,
            # with no organizer)
            return False
        if kind == "active" and _PLENARY_SITTING.fullmatch(m["name"]) \
                and _SESSION_HELD_SUBJECT.fullmatch((m["org"] or "") + (m.groupdict().get("loc") or "")):
            # 会议进行了分组审议后举行第二次全体会议, 大会举行第二次全体会议: the session held holds its plenary sitting,
            # a part of it, no event of its own (GUIDELINES §3, a part of the meeting held)
            return False
        if kind == "plain" and title:
            # 我县召开2024年防汛工作会议 (headline) over …我县召开会议，安排部署…: the headline's proper name,
            # when the headline's meeting is held by the same body
            titled = self.match(title)
            head_org = self.clean_org(titled[0]["org"]) if titled and titled[1] == "active" else None
            if (titled and titled[1] in ("active", "passive", "bare") and not _planned_in(title, 0, len(title))
                    and (head_org is None or head_org == org)):
                name = self.cleaned_name(titled[0]["name"])
        if kind in ("active", "plain") and ((m["org"] or "").endswith("主持") or (m["loc"] or "").endswith("主持")):
            # 市委书记王某主持召开…: a person chairs it (the host), no organizer is named; bodies that chair it jointly
            # (由甲组织和乙国政府共同主持召开…) hold it (GUIDELINES §3 organizer, thirty-sixth review round)
            org = bodies_chairing_jointly(m["org"] or "") if kind == "active" else None
        r.name, r.org = name, org
        return True

    def _visit_place(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> None:
        """The place a visit, a gathering or talks went to (``r.visit_place``), and an officiating subject."""
        kind, loc, m, name, org, sentence, text, visit_place = r.kind, r.loc, r.m, r.name, r.org, r.sentence, r.text, r.visit_place
        visited = re.search(r"(?<=[\u4e00-\u9fff]{2})(?:" + _GOING_TO + "|" + _TRIP_COME + "|走进|走入|来到|深入(?:到)?)"
                            + r"(?![^，。；,;]*(?:" + _ORG_SUFFIX_END + r"|调研|考察|视察|检查|督导|并))(?P<place>[^，。；,;到赴]{2,20})$",
                            m.groupdict().get("org") or "") \
            if kind == "active" else None
        # (县委书记江河到城南片区召开现场办公会, 镇党委书记深入石桥村召开院坝会: the place gone to is where it is
        # held; not 深入基层, 到一线: a manner of working, no place)
        visit_place = self.clean_location(visited["place"]) \
            if visited and not _NO_PLACE_GONE_TO.fullmatch(visited["place"]) else None
        gathered = _GATHERED_AT.fullmatch((m.groupdict().get("org") or "").strip()) if kind == "active" else None
        if gathered:
            # (首都武术界200多人欢聚什刹海武术馆举行联欢会, 80余名企业家齐聚江城宾馆召开恳谈会: the people gathered hold it
            # with no organizer but a body before them, and the place they gather at is its venue, GUIDELINES §3
            # location and organizer; 欢聚一堂 names no place)
            org = self.clean_org(gathered["who"])
            if visit_place is None and not _GATHERED_NO_PLACE.fullmatch(gathered["place"]):
                visit_place = self.clean_location(gathered["place"])
        if visit_place is None and kind in ("active", "lecture"):
            visit_place = self._venue_before(doc, sentence, kind, m, text)
        if visit_place is None and kind == "attended" and not m["loc"] \
                and (went := _GONE_TO_ATTEND.search(text, clause_bounds(text, m.start())[0], m.start())) \
                and not _NO_PLACE_GONE_TO.search(went["place"]):
            # (特意到中国使馆参加…联欢会, 她去北京参加全国妇女大会: the place the attendee goes to right before the
            # verb of attending is where the meeting is held, as 来到…，主持召开 places it, GUIDELINES §3 location,
            # thirty-first review round)
            gone_to = self.clean_location(went["place"])
            visit_place = gone_to if gone_to and self._is_place(doc, sentence, gone_to, _VENUE_EXTRA) else None
        if visit_place is None and kind in ("active", "clause") and ("来到" in text or "走进" in text) \
                and ((m.groupdict().get("org") or "").strip() in ("", "主持", "随即", "随后")
                     or _PARTNER_ONLY.fullmatch((m.groupdict().get("org") or "").strip())):
            # (来到青山村，与村干部召开座谈会, 走进青山村，同村党支部共同开展…: the clause opens on the partner alone, its
            # subject the one who went; GUIDELINES §3 location, thirty-first review round)
            # (罗春燕来到幸福里小区，主持召开…院坝会: the place gone to in the clause right before, by the same subject,
            # is where it is held, GUIDELINES §3 twenty-second round; not 来到群众中间, nor 来到某村调研，并召开…)
            went = _WENT_TO_CLAUSE.search(text, 0, m.start("org") if m.groupdict().get("org") else m.start())
            if went and not _NO_PLACE_GONE_TO.search(went["place"]):
                visit_place = self.clean_location(went["place"])
        if visit_place is None and (kind in ("attended", "active") or name.endswith(_TALKS_HEADS)) and "期间" in text:
            # (在广州期间，省长王明出席了…签约仪式: the place the subject stays at while the event is attended is its
            # venue, GUIDELINES §3 twenty-second round; not 在访华期间, 在两会期间: a visit or an event, no place)
            # (在沪期间，市长会见了…: talks held there likewise, §3 location: talks by a guest placed on a visit are
            # located like 在广州期间; a city's short name is the venue of talks held there)
            during = _DURING_STAY.search(text, 0, m.start())
            if during and (len(during["place"]) == 1 or stay_place(during["place"], doc.clean_text)):
                visit_place = self.clean_location(during["place"])
        if visit_place is None and m.re is self.talks_held and m["name"].startswith("座谈"):
            visit_place = self._place_before_talks(doc, sentence, text, m.start("party"))
        if visit_place is None and (m.re is self.talks_held or name.endswith(_TALKS_HEADS)):
            # (阿拉法特14日飞抵开罗，与…举行会谈, 抵拉塔基亚后立即与…举行了会谈: the place arrived at right before
            # the talks with the other party is where they are held, GUIDELINES §3 location, as a place gone to is)
            # (抵, 抵达, 飞抵 are said of a journey only, so what follows is a place; 到达 is also said of a level)
            arrived = _ARRIVED_BEFORE_TALKS.search(text, 0, m.start("name"))
            loc = self.clean_location(arrived["loc"]) if arrived else None
            visit_place = loc if loc and not _NOT_A_PLACE.search(loc) and (
                arrived["verb"] != "到达" or self._is_place(doc, sentence, loc, _VENUE_EXTRA)) else None
            if visit_place is None and (met := _MET_AT_BEFORE_TALKS.search(text, 0, m.start("name"))):
                # (在江城开会，就…进行了会谈: talks held at the meeting told right before, at its place)
                loc = self.clean_location(met["loc"])
                visit_place = loc if loc and not _NOT_A_PLACE.search(loc) and not _HOLDER_END.search(loc) else None
            if visit_place is None and (after := _TALKS_RIGHT_AFTER.match(text[: m.start("name")])):
                # (…于今天上午飞抵香港。中午，钱其琛会见了…: the sentence right before ends on the subject's arrival,
                # and the talks open on the part of that day with the same subject: held right after the subject
                # arrives, so there, GUIDELINES §3 twenty-eighth round)
                before = doc.clean_text[: sentence.start].rstrip()
                landed = _ARRIVED_AT_END.search(before)
                told_from = start_after(before, landed.start(), "。！？\n") if landed else 0
                if landed and after["subject"] in before[told_from : landed.start()]:
                    visit_place = self.clean_location(landed["loc"])
            if visit_place is None and _DURING_VISIT_OPENING.match(text):
                # (…9日抵达东京进行为期五天的访问的。访问期间，他…分别同…进行了会谈: talks told during the visit whose
                # arrival the sentence right before tells, in the same paragraph, are held at the place arrived at,
                # GUIDELINES §3 location, thirty-eighth round, like 正在法国进行国事访问的…)
                before = doc.clean_text[: sentence.start].rstrip()
                previous = before[start_after(before, len(before) - 1, "。！？\n") :] \
                    if "\n" not in doc.clean_text[len(before) : sentence.start] else ""
                if (arrived := _ARRIVED_FOR_VISIT.search(previous)) and not _NOT_A_PLACE.search(arrived["loc"]):
                    visit_place = self.clean_location(arrived["loc"])
        if kind == "active" and _OFFICIATING_END.search(text[: m.start("name")]):
            org = None  # 政务司司长陈国基今日…主礼…颁奖典礼: the officiating guest, not the organizer
        r.loc, r.org, r.visit_place = loc, org, visit_place

    def _prefixed_holder(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> None:
        """The holder written before the name (passive, bare and transcript names), named by 由…主办/召开, or as a
        session's body or an event's own ceremony."""
        kind, launch_holder, m, name, org, sentence, text = r.kind, r.launch_holder, r.m, r.name, r.org, r.sentence, r.text
        # (由东山村“两委”主办的…: the agent is read whole below, not cut at its quote mark as a prefix)
        # (以下是…在香港工商总会周年晚宴的致辞全文: a transcript's occasion names its holder before the event's name as
        # a passive name does, GUIDELINES §3 organizer: the organizer prefix removed from the name)
        launch_holder = False  # (the holder read before a company's launch, shared by the events joined to it)
        if kind in ("passive", "bare", "transcript") and not _HOSTED_BY.match(name) and not _HELD_BY_AGENT.match(name):
            short = _SHORT_ORG_PREFIX.match(name)
            themed = self._theme_holder(doc, sentence, name)
            prefixed = None if themed else _ORG_PREFIX.match(name) or (short if short and self.clean_org(short["org"]) else None) \
                or self._level_prefix(name) or self._brand_prefix(doc, sentence, name) or _LECTURE_GROUP_PREFIX.match(name) \
                or (_COLLEGE_PREFIX.match(name) if _UNIVERSITY_TOLD.search(doc.clean_text) else None)
            launch_holder = prefixed is not None and prefixed.re is _BRAND_PREFIX and prefixed["launch"] is not None
            # (学校与华为技术有限公司战略合作协议签约仪式: two parties, the name whole)
            if (scoped := self._body_before_scope(name)) is not None:
                org, name = scoped  # 农业银行全国分行行长会议在京召开: the body, then the name from its scope word
            elif themed:
                org, name = themed  # 华星科技以“智造未来”为主题的…经销商大会: the holder, the name after the theme
            elif prefixed and (_TERM_SESSION.fullmatch(name, prefixed.end("org")) or (
                    _BODY_CONGRESS.fullmatch(name, prefixed.end("org")) and _CONGRESS_BODY_END.search(prefixed["org"]))) \
                    and not _not_an_organizer_prefix(prefixed["org"], name[prefixed.end("org") :]):
                # 市总工会十五届五次全委会议: the body's session, the name whole; 县科学技术协会第九次代表大会: the body's
                # own congress, likewise (GUIDELINES §3 eleventh review round)
                org = self.clean_org(prefixed["org"])
            elif prefixed and (own := own_work_meeting_with_year(name, prefixed.end("org"))) and self.clean_org(own):
                # 中国核工业总公司1998年度工作会议今天在京召开: a body's plain work meeting with its year keeps the body
                # in its name, the body its organizer (GUIDELINES §3 fifteenth and thirty-third review rounds)
                org = self.clean_org(own)
            elif prefixed and not _SESSION_WITH_SUB.fullmatch(name[prefixed.end("org") :]) \
                    and not _OTHER_PARTY.match(name, prefixed.end("org")) \
                    and not _two_parties(prefixed["org"], name[prefixed.end("org") :]) \
                    and not _not_an_organizer_prefix(prefixed["org"], name[prefixed.end("org") :]):
                # 民进市委会第十二期新会员培训班: the organizer written before the name (not the body of
                # 十四届全国人大常委会第九次会议, a session named by its body)
                # (文学院“读书分享会”在…举行: a quote mark left alone at the start of what remains enclosed
                # the whole name and goes, GUIDELINES §3)
                org, name = self.clean_org(prefixed["org"]), self.clean_name(name[prefixed.end("org") :])
            elif not prefixed and (body := _CEREMONY_AFTER_BODY.match(name)) and self.clean_org(body["org"]) \
                    and not _PARTIES_JOINED.search(body["org"]) and not _GIVER_TO_RECEIVER.search(body["org"]) \
                    and not (_BRAND_GIVER_TO_RECEIVER.search(body["org"])
                             and _DONATION_VERB_AHEAD.match(name, body.end("org"))) \
                    and not _OTHER_PARTY.match(name, body.end("org")) \
                    and not _not_an_organizer_prefix(body["org"], name[body.end("org") :]):
                # 某某公司捐赠仪式在县教育局举行: the body before a ceremony's name holds it
                org, name = self.clean_org(body["org"]), name[body.end("org") :]
            elif not prefixed and (scoped := _SCOPE_AFTER_BODY.match(name)) and self.clean_org(scoped["org"]):
                # 省教育厅直属机关…表彰会在…召开: the body holds it, the scope word between them is no part of it
                # (GUIDELINES §3 fourteenth review round)
                org, name = self.clean_org(scoped["org"]), self.clean_name(name[scoped.end() :])
            elif not prefixed and (held_by := self._place_holder(name)) is not None:
                org, name = held_by  # 东城区民营经济发展大会在…举行: the district holds it (GUIDELINES §3 eighth round)
            elif not prefixed and (by_venue := self._venue_body_holder(doc, name)) is not None:
                org, name = by_venue  # 江城大剧院…发布会 with 剧院总经理X: the venue acts as a body (§3 twentieth round)
            if org is None and (kind == "passive" or (kind == "bare" and not _AROUND_HOLDING.match(text, m.end())
                                                and not (_AFTER_HOLDING.match(text, m.end())
                                                         and not _held_on_told_day(text, m.start())))) \
                    and (party := _PARTY_COMMITTEE_HOLDER.match(name)):
                # 中共临川县委经济工作会议在…召开: the committee holds its line of work's meeting, like a place before the
                # name (GUIDELINES §3 eighth round; a body's name before 会议, fourteenth round), read when no prefix
                # above gave an organizer; its own sessions keep their reading (县委常委会会议, 县委十二届五次全会), and
                # so does a bare reference (自…县委经济工作会议召开以来, …召开后). The name stays whole, as the tests of
                # same-named meetings of two provinces read it (浙江省委经济工作会议 / 广东省…省委经济工作会议).
                # (县委农村工作会议12月20日召开, …近日召开: told held with no 在/于 before the verb, the same holder)
                org = self.clean_org(party["org"])
            # 我市全民健身月启动仪式在…举行: 我市 names no organizer (我市与京东集团…签约仪式: nor the party with it)
            name = _OWN_PLACE_PREFIX.sub("", _OWN_BODY_AND_PARTY.sub("", name))
        # (由市委宣传部召开的…座谈会在…举行: the agent of 召开/举行 holds it, GUIDELINES §3 twenty-first round)
        hosted = _HOSTED_BY.match(name) or (_HELD_JOINTLY_BY.match(name) or _HELD_BY_AGENT.match(name) if kind != "active" else None)
        if hosted is None and kind == "attended" and m["hosted"]:
            hosted = _HOSTED_BY.match(m["hosted"] + name)  # 出席由市体育局主办的…开幕式: the agent of 主办
            # (出席了由中国人民外交学会举行的欢迎宴会: the agent of 举行 after 由 holds it as well)
            hosted = hosted or _HELD_BY_AGENT.match(m["hosted"] + name)
        if hosted and hosted["verb"] in _BACKING_VERBS and not _HOST_BEFORE.search(text, 0, m.start("name")):
            hosted = None  # 省交通运输厅指导的…年会 with no host before: left as written
        if hosted and kind != "active":
            name, org = self.clean_name(hosted["name"]), self.clean_org(hosted["org"])
            if hosted.re is _HELD_BY_AGENT and org and org.startswith("各"):
                org = None  # 由各乡镇召开的…: each body holding its own, no organizer (GUIDELINES §3, 由各…召开)
            # 由北京知道创宇联合知乎网主办的…: two hosts (not 华夏文博联合会, 联合国, 澳门街坊会联合总会: a name)
            org = _JOINTLY_INSIDE.sub("、", org) if org else org
            if org and (hosted["verb"] in ("联合主办", "共同主办", "合办") or (
                    hosted["verb"].startswith("组织") and hosted["org"].endswith(("联合", "共同")))):
                # 由市金融办和人民银行某某市分行共同主办的…: two hosts, listed; 由甲和乙共同组织的…: two bodies organizing
                # it together are listed 甲、乙 as with 共同主办 (GUIDELINES §3 eighteenth and thirty-first rounds)
                org = _joint_hosts(org)
            helper = hosted["verb"] in _HELPER_VERBS
            host_before = _HOST_BEFORE.search(text, 0, m.start("name")) if helper else None
            if host_before:
                org = self.clean_org(host_before["org"])  # 由上海市法学会主办，我校法学院承办的…: who hosts
                if org and _JOINTLY_HOSTED_END.search(host_before.group()):
                    org = _joint_hosts(org)  # 由甲和乙联合主办，丙承办的…: two hosts, listed
            elif helper:
                org = None  # 由市农科院承办的…论坛: a helper, not the organizer (GUIDELINES §3)
        if kind == "active" and org and (_SESSION_ONLY.fullmatch(m["name"]) or (
                _BODY_CONGRESS.fullmatch(m["name"]) and _CONGRESS_BODY_END.search(org))):
            # 县人大常委会举行第十八次会议: the body is part of the name (县科协召开第九次代表大会: its own congress,
            # GUIDELINES §3 eleventh review round)
            name = org + m["name"]
            written = _TERM_IN_BODY.search(m["org"] or "")
            if written and written["place"] + written["body"] == org:
                # 市十五届人大常委会举行第十次会议: the name keeps the term as written, the organizer does not
                # (GUIDELINES §3 tenth review round)
                name = written.group() + m["name"]
            if _A_SESSION.search(org):
                org = None  # 县十八届人大三次会议举行第二次全体会议: a session holds the sitting, no body is named
        elif kind == "active" and m["name"] in _CEREMONY_OF and (
                event := self._event_subject(m["org"] or "", org)) is not None:
            name, org = event + m["name"], None  # 1998年北京科技周今天…举行了开幕式: the event's own ceremony
            prefixed = _ORG_PREFIX.match(name)
            if prefixed and not _not_an_organizer_prefix(prefixed["org"], name[prefixed.end("org") :]):
                # 县委党校2024年春季中青年干部培训班举行开班式: the school holds the class
                # (文学院“读书分享会”在…举行: a quote mark left alone at the start of what remains enclosed
                # the whole name and goes, GUIDELINES §3)
                org, name = self.clean_org(prefixed["org"]), self.clean_name(name[prefixed.end("org") :])
        if kind == "attributive" and org is None and (scoped := self._body_before_scope(name)) is not None:
            org, name = scoped  # 从正在北京举行的农业银行全国分行行长会议上获悉: the body before the scope word holds it
        if kind == "attributive" and org is None and (briefing := briefing_holder(name)) and self.clean_org(briefing[0]):
            # 在12日召开的区政府新闻发布会上: the body giving the briefing holds it (GUIDELINES §3 ninth and twentieth
            # review rounds)
            org, name = self.clean_org(briefing[0]), briefing[1]
        r.launch_holder, r.name, r.org = launch_holder, name, org

    def _meeting_named(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> bool:
        """The name cleaned of generic prefixes; False where it names no meeting held: a body founded, a tally, a list, an
        activity, a part of a programme, a series held by many, a method, a session ahead, a taking part."""
        bare_before, each_held, index, kind, m, name, org, sentence, text, widened = r.bare_before, r.each_held, r.index, r.kind, r.m, r.name, r.org, r.sentence, r.text, r.widened
        meetings = state.meetings
        name = self.strip_generic_prefix(name)
        if kind in ("active", "clause") and _organized_study_meeting(text, m, m.groupdict().get("loc")) is False:
            return False  # 县老科协牵头组织老年科技研究会，李强任会长: a body founded, no meeting held
        if name in _TALKS or m.re is _SIDES_TALK or (kind == "active" and m["name"] in ("首发式", "首映式")):
            # 甲同乙举行会谈: talks have parties, not an organizer (苏铁邮票…举行首发式: nor is the thing launched)
            org = None
        if (self._no_name(name) and kind not in ("plain", "receiving", "reception") and m.re is not _SIDES_TALK) \
                or name.startswith("的") or _CONCERT.search(name) \
                or _fair_only(name) or _KIND_OF.match(name) \
                or (_TRADE_FAIR.search(name.rstrip("”」』")) and _fair_of_days(sentences, index)):
            # 成功举办了8次会议: a tally; 在…中进行的…会议: an attributive phrase; 设开幕式、特邀报告…: a list;
            # 5月31日至6月3日，…投资贸易洽谈会在…举办: a trade fair of several days
            return False
        if name in _DAY_NEEDING_HEADS and self.date_of(doc, text, reference)[1] is None:
            return False  # 他们南上北下，为客户举办讲座: a service told without a day, no lecture reported (§3: campaigns)
        if FESTIVAL_CELEBRATION.search(name.rstrip("”」』")) and _activity_only(name, text[m.end("name") :]) \
                and not _activity_programme(doc, sentences, index, _HONOURS_PROGRAMME):
            return False  # 举办…丰收节庆祝活动，副县长致辞: a festival celebrated, no ceremony named (GUIDELINES §3)
        if _MIXER_ACTIVITY.search(name.rstrip("”」』")):
            return False  # 举办单身青年联谊活动，200余名青年参加: a social mixer, an activity, no meeting (§3 thirteenth round)
        if _activity_only(name, text[m.end("name") :]) and self.attendees(text, patterns=self._gathering_attendance)[0] is None \
                and (not _activity_programme(doc, sentences, index) or _activity_in_remarks(text, m.start("name"))):
            if self._headline_event(title, name):
                # (the headline's event, read from the body in place of the headline alone, below)
                state.headline_activities.add(sentence.start)
            else:
                # …纪念活动在…举行, 举行选举宣传活动: 活动 names no meeting (GUIDELINES §3); a gathering whose
                # attendance is stated is one held (…告别活动举行，共有300人参加), as is one where someone hosts,
                # speaks or confers honours (…敬老活动。县委副书记王某出席活动并致辞; …庆祝活动，为12名队员颁发奖章)
                return False
        if kind == "visit" and (_DURING_TRAINING.search(text, 0, m.start())
                                or (m["name"] == "现场教学" and _TRAINEES_TAUGHT.search(text, 0, m.start()))
                                or (_DURING_STUDY.search(text, 0, m.start()) and index > 0
                                    and _CLASS_CLOSED_OR_OPENED.search(sentences[index - 1].text))):
            return False  # 培训期间，学员赴湄潭县进行了现场教学: a part of the training programme, no meeting reported
        if self._carried_on(kind, m, name):
            return False  # 志愿服务活动在幸福社区进行: an activity carried on, no meeting named
        if kind == "active" and _STUDY_OVER_WEEKS.search(m["name"]):
            return False  # 学员进行为期两周的集中学习: a course's study over weeks, no one meeting held (§3: series)
        if kind in ("passive", "bare") and _REFERENCE_THEN_VENUE.match(name):
            return False  # 会议于7日在市总商会举行: the meeting named before, its day and venue (read as a reference)
        if kind == "active" and ((m["org"] or "").endswith("通过") or _BY_MEANS_OF.match(text, m.end())):
            return False  # 通过召开座谈会、发放征求意见表等方式征求意见: a method, not a meeting reported
        each_held = False
        if _EACH_SUBJECT.search(text[: m.start("name")]):
            stated = self.date_of(doc, text, reference)[1]
            if kind != "active" or stated is None or _VAGUE_DATE.search(stated) or _RANGE.search(stated) \
                    or _HELD_JOINTLY_BEFORE.search(text, 0, m.start("name")) or _TALLIED.match(text, m.end("name")):
                return False  # 各市召开协调会: a series held by many, not one reported meeting
            # (3月5日，各社区分别召开座谈会: several bodies each holding one kind of meeting on one stated day are one
            # record with that day and organizer null, as 由各乡镇分别召开 is, GUIDELINES §3 twenty-first to
            # twenty-third review rounds; not 随后几天，各村陆续召开…, 各社区累计召开座谈会300场: a series, a tally)
            each_held = True
        if kind == "active" and _COUNTED_TIMES.match(m["name"]) \
                and _TIMES_TALLIED.search(text, start_after(text, m.start("name")), m.start("name")):
            return False  # 全州已召开七次民族团结进步表彰大会, 先后举办三场…宣讲会: the times counted, a series (§3)
        if _EDITIONS_COUNTED.match(name):
            return False  # 参加了全国三届票友会: the editions counted after a scope, a series (§3 thirty-sixth round)
        if kind == "active" and _ONE_AFTER_ANOTHER.search(text[: m.start("name")]) and not _LISTED.search(name):
            return False  # (各基层法院…，)随后几天陆续召开党组会议: one kind of meeting held over days, a series
        if kind == "active" and name.endswith("活动") and _LAUNCHED_END.search(text[: m.start("name")]):
            return False  # 县总工会启动“两节”送温暖活动: a campaign launched, no meeting (its 启动仪式 is one)
        # (县政协常委会举行专题协商, 县人大常委会举行集中学习: the session named after the verb; 市民营企业家协会举行
        # 年会, 协会举行2024年年会: a body's annual meeting)
        after = _HELD_SESSION_AHEAD.match(text[m.end():])
        # (评审委员会于4月28日召开会议: the passive form's 于 before a day, not a venue, then the session named after
        # the verb: the same reading)
        dated_subject = kind == "passive" and _DATE.fullmatch((m.groupdict().get("loc") or "").strip()) is not None
        if (kind == "bare" or dated_subject) and after and not (self._heads_of(name) - {"会"}):
            # 中俄友好和平与发展委员会举行会议: the subject (a body, not itself a meeting: 代表大会召开会议
            # stays the 代表大会) is the organizer, and the meeting is named after the verb
            if after["when"]:
                return False  # …常务委员会举行会议时，…: meetings of that body in general
            body = self.clean_org(name)
            if body is not None:
                name, org = after["held"], body
        if self._taking_part(kind, text[: m.start("name")], name):
            return False  # 参加了…选美比赛, 个人进行商业活动: competing or acting, not a meeting held
        if _DEICTIC_NAME.fullmatch(name) and (meetings or self._spoken_at_before(doc, sentence.start, name)):
            return False  # (…的讲话：今天召开这次会议，…: the meeting named before, spoken of)
        bare_before = self._bare_held_before(doc, sentences, index, name, org) if kind == "passive" else None
        if bare_before is not None and self.date_of(doc, text, reference)[1] is not None:
            bare_before = None  # (县委召开会议。6月13日，全县…推进会在…举行: a day of its own, another meeting)
        told = meetings[-1] if bare_before and meetings and meetings[-1]["evidence"]["clean_start"] == bare_before.start \
            and meetings[-1]["name"] in _BARE_MEETING_NAMES else None
        if told is not None:
            # 6月12日上午，县委召开会议。县委常委会会议在县委第一会议室举行: the bare meeting just told, named
            # here with its venue (one meeting; its date is the sentence before's)
            told["name"] = name + (widened.group() if widened and not name.endswith(widened.group()) else "")
            told["location"] = told["location"] or self.clean_location(m.groupdict().get("loc"))
            told["organizer"] = told["organizer"] or org
            return False
        r.bare_before, r.each_held, r.name, r.org = bare_before, each_held, name, org
        return True

    def _told_again_here(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> bool:
        """Whether the sentence is a heading (``r.heading``); False where it tells again a meeting read before, whose
        record takes what it adds."""
        heading, kind, m, name, org, sentence, text = r.heading, r.kind, r.m, r.name, r.org, r.sentence, r.text
        meetings, headings, simultaneous = state.meetings, state.headings, state.simultaneous
        r.parties_in_turn = _parties_in_turn(text, m, kind == "receiving")
        # (以下是…在…上的讲话：, a line of its own that introduces the text: no subtitle)
        heading = heading_like(doc.clean_text, sentence.start) and kind != "transcript"
        # (县防汛抗旱指挥部召开会议 … 县委召开常委会会议: two bodies, two meetings)
        # (据人民日报报道，国务院日前召开常务会议。/ 本报讯 …县政府召开第28次常务会议: a cited report's meeting and
        # the article's own, held by two bodies, are two meetings)
        cited = _cited_report(sentence.text)
        # (9月2日，集团党委召开巡察工作动员会。同日，集团纪委召开巡察进驻动员会: another body, a name of its own, another
        # meeting; not a name written inside the other's, one meeting told again)
        same = next((k for k, other in enumerate(meetings) if self._same(name, other["name"])
                     and not (("会议" in (name, other["name"]) or cited != _cited_report(other["evidence"]["text"])
                               or (name not in other["name"] and other["name"] not in name))
                              and _other_body(org, other["organizer"]))
                     and not _places_differ(org, name, other["organizer"], other["name"])), None)
        if same is not None and kind == "receiving" and _other_guests(text, m, meetings[same]["evidence"]["text"]) \
                and (_item_between(doc.clean_text, meetings[same]["evidence"]["clean_start"], sentence.start)
                     or _days_differ(meetings[same]["date_text"], self.date_of(doc, text, reference)[1])
                     or _another_call(text, m)):
            # 江泽民今天在中南海会见了…李文一行。/ 江泽民今天在中南海会见了…克鲁吉: two visitors received, two calls
            # (GUIDELINES §3: each meeting held is its own record; §11: each glued item's records count)
            same = None
        if same is not None and (kind == "receiving" or name.endswith(_TALKS_HEADS)) and r.parties_in_turn > 1:
            # …今晚同…举行会谈。访问期间，他分别同甲某和乙某进行了会谈: talks in turn with other parties listed, other
            # meetings (GUIDELINES §3 fourth and thirty-eighth review rounds)
            same = None
        if same is not None and _PRESS_BRIEFING_NAME.search(name) \
                and _press_holders_differ(text, meetings[same]["evidence"]["text"], speakers):
            # 甲在总统府举行的记者招待会上说… / 外长乙在特拉维夫举行的记者招待会上宣布…: two people each holding a press
            # conference, two meetings (GUIDELINES §3 fourth and thirty-seventh review rounds: each meeting held is its own)
            same = None
        if same is not None and name in ("会谈", "会晤") and meetings[same]["name"].endswith(name) \
                and _TALKS_AFTER_TALKS.search(text[: m.start("name")]):
            # 两国总理今天举行了会谈。在两国总理会谈之后，双方外长也举行了会谈: other parties' talks after the talks told,
            # another meeting held (GUIDELINES §3 fourth, twelfth and thirty-seventh review rounds)
            same = None
        if same is not None and kind in ("active", "passive", "bare") and len(name) > len(meetings[same]["name"]) \
                and meetings[same]["name"] in _BARE_MEETING_NAMES and _ANOTHER_ONE.search(text[: m.start("name")]):
            # 县委召开会议，…。会后，县委又召开了全县安全生产工作会议 / 随后，全市三级干部大会召开: a second meeting
            same = None
        # (the date this mention states, read once for the checks against the earlier mention)
        stated = self.date_of(doc, text, reference) if same is not None else None
        if same is not None and kind == "active" and meetings[same]["date"] is not None \
                and not _RANGE_MARK_RE.search(meetings[same]["date_text"] or ""):
            # 4月26日，镇党委召开党委会议…。5月8日，镇党委再次召开党委会议: another day, another meeting
            if stated[0] is not None and stated[0] != meetings[same]["date"]:
                same = None
        if same is not None:
            earlier = meetings[same]
            summary = headings[same] or _SUMMARY_OPENING.match(earlier["evidence"]["text"])
            # (…近日召开动员大会 / 2月20日，党中央召开…动员大会: another body's meeting dates nothing here)
            other_body = not _same_body(org, earlier["organizer"])
            # (常委会会议 / 县委常委会会议; 全县经济工作会议 / 县委经济工作会议: the same topic)
            # (苹果2019秋季发布会开幕。…苹果公司于…举办秋季新品发布会: the earlier name opens on the organizer this
            # mention writes as its subject, no part of the topic)
            owner = len(os.path.commonprefix([earlier["name"], org or ""]))
            topic_a = set(earlier["name"][owner if owner >= 2 else 0 :]) - _NAME_FILLER - _DIGITS
            topic_b = set(name) - _NAME_FILLER - _DIGITS
            contained = earlier["name"] in name or name in earlier["name"] or topic_a <= topic_b or topic_b <= topic_a
            # (县委常委会会议日前召开。…上次县委常委会会议于4月15日召开: the previous one's day, not this one's)
            previous = bool(_PREVIOUS_ONE.match(m["name"]) or re.search(f"(?:{_PREVIOUS_ONE.pattern})$", text[: m.start("name")]))
            if (summary or (contained and not other_body)) and earlier["date"] is None and not previous and (
                    _no_day(earlier["date_text"]) or _VAGUE_DATE.fullmatch(earlier["date_text"])):
                # 【摘要】近日，…召开… above 3月5日，…召开…, 市委召开…会议。5月10日上午，市委召开…: the dated
                # account gives the date
                when = stated
                if when[0] is not None:
                    earlier["date"], earlier["date_text"], earlier["time_of_day"] = when
                    earlier["location"] = earlier["location"] or self.clean_location(m.groupdict().get("loc"))
            if contained and not other_body and earlier["date"] is not None and kind in ("active", "passive", "bare"):
                # 6月19日，全县安全生产工作会议召开。6月19日上午，县政府在县行政中心召开全县安全生产工作会议:
                # the fuller account of the same day gives what the first one left out
                when = stated
                if when[0] == earlier["date"]:
                    earlier["location"] = earlier["location"] or self.clean_location(m.groupdict().get("loc"))
                    earlier["time_of_day"] = earlier["time_of_day"] or when[2]
                    earlier["organizer"] = earlier["organizer"] or org
            if heading or not headings[same]:
                return False
            # The body's account replaces a subtitle's (…颁奖仪式同时举行 above the body).
            del meetings[same], headings[same], simultaneous[same]
        r.heading = heading
        return True

    def _sentence_date(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> bool:
        """The day the sentence states, and what ties a lecture or talks to the event told before; False where talks or
        lectures are told in general, as a habit or as a part of that event."""
        after_its_close, around, date, date_text, in_account, index, kind, later_that_day, m, sentence, text, time_of_day, within_other = r.after_its_close, r.around, r.date, r.date_text, r.in_account, r.index, r.kind, r.later_that_day, r.m, r.sentence, r.text, r.time_of_day, r.within_other
        meetings = state.meetings
        date, date_text, time_of_day = self.date_of(doc, text, reference)
        if time_of_day is None and date_text is not None and not _VAGUE_DATE.fullmatch(date_text) \
                and (part := _PART_BEFORE_HOLDING.search(text, clause_bounds(text, m.start())[0], m.end())) is not None \
                and (day := _DATE.search(text)) is not None and day.end() <= part.start():
            # (5月6日，江州市委于下午召开…, 5月6日，…关键时期，市委下午在党校召开…: the part of the day written before the
            # verb of holding, in the meeting's own clause, after the day told: GUIDELINES §3 thirtieth review round)
            time_of_day = _time_of_day(part["part"])
        if time_of_day is None and date_text is None \
                and (part := _PART_AND_CLOCK_OPEN_HOLDING.match(text, clause_bounds(text, m.start())[0])) is not None \
                and part.end() <= m.end():
            time_of_day = _time_of_day(part["part"])  # 下午1时30分就举行了开幕式: no day told, the part of it stated
        # (…大会闭幕后不久，…: the day of the clause is that of what came after the meeting, which has none)
        after_its_close = kind == "bare" and _AFTER_ITS_CLOSE.match(text, m.end())
        around = kind in ("active", "passive", "bare") and frames_period(m["name"], text, m.end())
        if m.re is self.talks_held and (
                (date_text is None and not _AROUND_SIGNING.match(text) and not _talks_tied(text, meetings))
                or (date_text is not None and (_VAGUE_DATE.fullmatch(date_text) or _RANGE.search(date_text)))):
            # (温家宝与当地乡、村干部进行了座谈 on a tour of days, 记者在与企业家座谈时: talks written as a verb
            # are reported as held only with a day of their own, or told 签约后, 仪式结束后: the signing's or the
            # ceremony's day just told, GUIDELINES §3 seventh review round)
            return False
        if kind == "lecture" and _PARTY_LESSON_GIVEN.fullmatch(m.group()) and not (
                date_text is not None and _LECTURE_AUDIENCE.search(text, 0, m.start())
                and not _LECTURE_ASKED.search(text, 0, m.start())):
            # 领导干部带头讲党课，既是…传统: lectures in general, not one given (5月7日，…为全体党员讲党课,
            # …以《…》为题讲党课: one given on a day, to an audience or on a topic)
            return False
        if m.re is self.academic and (
                (_LECTURE_NOUN.search(title) and not _LECTURE_TOPIC_NAMED.search(self.cleaned_name(m["name"])))
                or _LECTURE_NOUN.search(text, 0, m.start("name"))
                or _LECTURE_NOUN.search(text, m.end("name"))
                or _LECTURE_REFERRED.search(doc.clean_text, sentence.end - 1, sentence.end + LECTURE_REFERRED_WINDOW)):
            # (…作学术报告。报告会由…主持, …作了题为《…》的学术讲座。讲座由…主持: the lecture referred to by its noun
            # in the headline, its own sentence or a sentence soon after, read from there as before)
            state.lecture_left_to_reference = True
            return False
        if m.re is self.academic:
            clause = start_after(text, m.start())
            if _LECTURE_HABIT.search(text, clause, m.start()):
                return False  # 曾多次来我校作学术报告: a habit, no lecture of the clause's day
            invited = _LECTURE_INVITED.search(text, clause, m.start())
            day = _DATE.search(text, invited.end(), m.start()) if invited else None
            if day:
                # 5月8日，…邀请王教授5月20日来校作学术报告: the day it was invited for, planned when still to come
                date, date_text, time_of_day = self.date_of(doc, text[day.start() : m.start()], reference)
                if _after_publication(date, reference):
                    return False
        # (典礼上，校长…为新生讲授了“开学第一课”: a lecture given inside the ceremony just told is its own
        # record, dated like the ceremony, GUIDELINES §3 eleventh review round; 表彰大会…。会上，县委书记为与会党员
        # 讲授专题党课: so is a party lecture given at a meeting of another kind, unless the meeting's name holds it
        # (…表彰暨示范党课活动), twelfth review round)
        # (…开学典礼在体育馆举行。典礼上，X宣读了…。校长Y为新生讲授了“开学第一课”: the lesson named for the
        # occasion, told in the ceremony's account (the sentence before it, of the same paragraph, tells the ceremony or
        # opens inside it), is given there, like one told 典礼上: GUIDELINES §3 eleventh and fifteenth review rounds; not
        # 出席开班式，并讲授开班第一课: one given by a guest after attending, read apart with the ceremony's day only)
        in_account = kind == "lecture" and bool(meetings) and m.re is self.academic \
            and _OCCASION_LESSON.search(m["name"]) is not None \
            and _lesson_in_ceremony_account(doc.clean_text, sentences, index, meetings[-1]) \
            and _ATTENDED_CEREMONY_THEN.search(text, 0, m.start()) is None \
            and not _LECTURE_HABIT.search(text, 0, m.start()) and not _PARTY_LECTURE_AHEAD.search(text, 0, m.start())
        # (…开班仪式在县委党校举行。⏎随后，省委党校教授X为学员作了专题讲座: a bare order word ties the lecture to the
        # ceremony told last, across a paragraph break too, GUIDELINES §3 twenty-third review round)
        after_ceremony = bool(meetings) and (
            _AFTER_CEREMONY.match(text) is not None or _next_after_ceremony(doc.clean_text, sentence, meetings[-1]))
        within_other = kind == "lecture" and bool(meetings) and (
            (m.re is self.academic and (within_ceremony(text, m.start()) or after_ceremony
                                        or _ATTENDED_CEREMONY_THEN.search(text, 0, m.start()) is not None))
            # (县委常委X出席开班式并为学员讲授第一堂党课: the ceremony just told attended, then a party lecture given there,
            # like an academic lesson after 出席开班式并…: GUIDELINES §3 eleventh and twelfth review rounds)
            or (m.re is _PARTY_LECTURE and (_within_meeting_told(text, meetings[-1]["name"])
                                             or _next_within_meeting(doc.clean_text, sentences, index, meetings[-1]["name"])
                                             or _AFTER_CONFERRAL.search(text, 0, m.start()) is not None
                                             or _attended_then_in_clause(text, m.start())
                                             # (…举行开班仪式，…出席并讲话。开班仪式后，X…为全体学员讲授了…党课: a
                                             # party lecture right after the ceremony just told, its own record on
                                             # the ceremony's day, GUIDELINES §3 thirteenth and eighteenth rounds)
                                             or (after_ceremony
                                                 and _WITHIN_CEREMONY_NAME.search(meetings[-1]["name"]) is not None
                                                 and not _PARTY_LECTURE_AHEAD.search(text, 0, m.start())
                                                 and not _LECTURE_HABIT.search(text, 0, m.start())))
                and _LECTURE_KIND_MEETING.search(meetings[-1]["name"]) is None)
            # (…产业扶持资金发放大会。会上，…主任X就…作了辅导讲座: a topical lecture given at a meeting of another
            # kind, likewise; not at a training, study or lecture meeting, whose lectures are its own programme; a
            # 讲座 only: 会上，县委书记作了学术报告 at a work meeting reads as his report to it, fxak)
            or (m.re is self.academic and m["name"].endswith("讲座") and text.lstrip().startswith(_WITHIN_MEETING)
                and _LECTURE_HOLDING_MEETING.search(meetings[-1]["name"]) is None)
            # (…开学典礼在体育馆举行。典礼上，X宣读了…。校长Y为新生讲授了“开学第一课”: a named lesson told in the
            # ceremony's account, the sentence before it of the same paragraph opening inside the ceremony or telling it,
            # is given there, like one told 典礼上, GUIDELINES §3 eleventh and fifteenth review rounds)
            or in_account
            # (…召开“七一”表彰大会。县委书记X为全体党员讲授专题党课: a party lecture given to an audience, told in the
            # sentence right after the only meeting held, with no time of its own, likewise; not one told as a habit
            # or planned, GUIDELINES §3 twelfth review round)
            or (m.re is _PARTY_LECTURE and len(meetings) == 1 and index > 0
                and meetings[0]["evidence"]["clean_start"] == sentences[index - 1].start
                and _LECTURE_KIND_MEETING.search(meetings[0]["name"]) is None
                and _AUDIENCE_GIVEN.match(text, start_after(text, m.start()), m.start()) is not None
                and not _LECTURE_HABIT.search(text, 0, m.start()) and not _PARTY_LECTURE_AHEAD.search(text, 0, m.start())))
        # (活动中，院长X为来宾讲授了一堂法治课: a lesson counted by 一堂 is a lecture given there as well, §3)
        activity = _activity_told_before(sentences, index) \
            if kind == "lecture" and m.re in (self.academic, _LESSON_GIVEN) and date_text is None and not meetings \
            and _WITHIN_ACTIVITY.match(text) else None
        if activity is not None and not _planned_in(activity.text, 0, len(activity.text)):
            # (…举办检察开放日活动。活动中，X为来宾作了专题讲座: the activity's day, no meeting told before; not
            # 计划举办…活动, 将举办…活动: an activity ahead, no lecture held on it yet)
            date, date_text, time_of_day = self.date_of(doc, activity.text, reference)
        # (…开班仪式5月6日上午在…举行。…。下午，X为学员作了…专题讲座: a lecture told by the later part of the day the
        # morning's ceremony was held on is one of its own that day, like 当天下午, GUIDELINES §3)
        later_that_day = kind == "lecture" and m.re is self.academic and bool(meetings) \
            and _AFTERNOON_OPENING.match(text) is not None \
            and any("上午" in told["evidence"]["text"] and _WITHIN_CEREMONY_NAME.search(told["name"]) for told in meetings)
        if kind == "lecture" and date_text is None and not _OWN_TIME.search(text) and not within_other \
                and not later_that_day:
            return False  # …讲授专题党课 inside the meeting's account: a part of it, not an event of its own
        r.after_its_close, r.around, r.date, r.date_text, r.in_account, r.later_that_day, r.time_of_day, r.within_other = after_its_close, around, date, date_text, in_account, later_that_day, time_of_day, within_other
        return True

    def _date_from_neighbours(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> None:
        """The day of a meeting that states none, from the sentences around it: the one before, a contest, an act, a
        rite, the one after."""
        bare_before, date, date_text, index, m, name, sentence, text, time_of_day = r.bare_before, r.date, r.date_text, r.index, r.m, r.name, r.sentence, r.text, r.time_of_day
        meetings = state.meetings
        if date_text is None and not meetings and index > 0 and not _SAME_DAY.search(text):
            # 1月14日上午，……。随后举行了签约仪式: the main meeting's date may sit in the sentence
            # before it, within the same paragraph.
            before = sentences[index - 1]
            stated = _DATE.search(before.text)
            # (5月1日起，新条例正式施行。县委召开专题会议…: a date things run from is no meeting's day)
            # (6月12日上午，我县召开会议。全县…推进会在县委大礼堂举行: a bare 召开会议 that this sentence names)
            # (…昨日（八日）与…签署合作协议。⏎签署仪式于…举行: the signing act just told is the ceremony's own act,
            # whose day it takes across the paragraph break, GUIDELINES §3 seventh review round)
            act = next((a for c, a in _CEREMONY_ACTS if c.search(name)), None)
            signed = act is not None and (signing := self._signing_act(doc, sentences, index, m.start(), act)) is not None \
                and signing[0] is before and _EARLIER_SIGNING.search(signing[1], 0, signing[2].start()) is None
            if ("\n" not in doc.clean_text[before.end : sentence.start] or signed) and not _background_act(before.text, name) \
                    and (not (held_before := self.match(before.text)) or before is bare_before
                         # (5月7日下午，…作学术报告。报告会在…举行: the report the next sentence refers to)
                         or held_before[0].re is self.academic) and not (
                    stated and _FROM_DATE_AFTER.match(before.text, stated.end())) and not (
                    # (7月1日是党的104岁生日。公司党委召开庆祝大会: the holiday's day, not the meeting's)
                    stated and _DAY_TOLD_AS.match(before.text, stated.end())) and not (
                    # (截至5月6日，全县已完成…。县委召开…: a tally's cutoff day, not the meeting's)
                    stated and _CUTOFF_BEFORE.search(before.text, max(0, stated.start() - 3), stated.start())) and not (
                    # (5月4日，全市普降大雨。团市委召开…: a happening's day, unless 团市委随即召开…)
                    # (5月6日，市政府办公室印发《…》。市政府召开…: a document's issue day, likewise)
                    stated and (_HAPPENING.search(before.text) or (
                        # (团县委印发《…》。团县委召开…: an act of the meeting's own body that day dates it,
                        # GUIDELINES §3 eleventh review round)
                        _DOCUMENT_ISSUED.search(before.text) and not _own_body_before(before.text, text)))
                    and not _VISITED_OR_INSPECTED.search(before.text)
                    and not _RIGHT_UPON.search(text)):
                when = self.date_of(doc, before.text, reference)
                # (2019年5月4日，学院成立…协会。学院召开座谈会 on a page of 2021: a piece of history)
                written = _YEAR_NUMBER_AHEAD.match(when[1] or "")
                # (近期，全县降雨偏多。县委召开…: a period leading another sentence is the time of what it tells)
                # (8月5日至8日，…考察学习。考察期间，…召开了座谈会: a day within the trip, not stated)
                if not (written and reference and int(written[1]) != reference.year) \
                        and not (when[1] and _VAGUE_PERIOD.fullmatch(when[1])) \
                        and not (when[1] and _RANGE.search(when[1]) and (
                            _DURING_STRETCH.match(text) or _TRIP_SPAN.search(before.text))) \
                        and not outside_written_month(period_of(text, months=True), when[0]):
                    # (1991年7月8日，…签署…。1995年9月，…参加…大会: the month this clause writes, not that day)
                    date, date_text, time_of_day = when
                    # (5月7日上午，…调研；下午，…主持召开…座谈会: the part of the day this clause opens on)
                    part = _DAY_PART_OPENING.match(text)
                    time_of_day = _time_of_day(part["part"]) if part else time_of_day
                    if _EVENT_ORDER_OPENING.match(text):
                        # (…观看了今晚的演出。演出前，李明会见了…: the day of the event it is told before or after,
                        # no date_text: an order word in a sentence of its own writes none, GUIDELINES §3
                        # twenty-third review round)
                        date_text = None
        if date_text is None and meetings and index > 0 and _RIGHT_UPON.search(text) \
                and "\n" not in doc.clean_text[sentences[index - 1].end : sentence.start] \
                and _HAPPENING.search(sentences[index - 1].text) \
                and (stated := _DATE.search(sentences[index - 1].text)) and not _VAGUE_DATE.fullmatch(stated.group()):
            # (…召开三季度安全例会。…9月20日，某煤矿发生一起顶板事故。事故发生后，集团立即召开紧急安全会议: a meeting
            # called right upon a dated happening told in the sentence before, on its day, also after the page's
            # main meeting; GUIDELINES §3 eleventh review round: 随即/立即/紧急/迅速/第一时间 tie it to that day)
            date, date_text, time_of_day = self.date_of(doc, sentences[index - 1].text, reference)
        if date_text is None and not meetings and index > 0 and _AFTER_CONTEST.match(text):
            # 4月12日，…马拉松鸣枪开跑。…获得冠军。\n赛后举行颁奖仪式: a ceremony told after the contest takes the contest's
            # day (GUIDELINES §3: a ceremony told 仪式结束后 or 签约后 takes the day of the event just told), the nearest
            # dated sentence before it that names a contest, across a paragraph break
            told = next((t for t in reversed(sentences[max(0, index - CONTEST_DAY_REACH) : index])
                         if _CONTEST_WORD.search(t.text) and _CONTEST_HELD_DAY.search(t.text)), None)
            when = self.date_of(doc, told.text, reference) if told is not None else (None, None, None)
            if when[1] is not None and not _RANGE.search(when[1]):
                # (8月1日至3日，…运动会举行。…赛后…: a contest of several days, which of them is not told)
                date, date_text, time_of_day = when
                part = _DAY_PART_OPENING.match(text)
                time_of_day = _time_of_day(part["part"]) if part else None
        if date_text is None and not meetings and index > 0 and "座谈" in name and (after_act := _AFTER_ACT.match(text)):
            # (the act's account reaches as far back as a contest's before its 赛后 ceremony: a few sentences)
            told = next((t for t in reversed(sentences[max(0, index - CONTEST_DAY_REACH) : index])
                         if after_act["act"] in t.text and _DATE.search(t.text)), None)
            when = self.date_of(doc, told.text, reference) if told is not None \
                and not _planned_in(told.text, 0, len(told.text)) else (None, None, None)
            if when[1] is not None and not _RANGE.search(when[1]) and not _after_publication(when[0], reference):
                date, date_text, time_of_day = when
        # (…落下帷幕。当晚，闭幕式在…举行: a day word of its own, read by the same-day reading below)
        if date_text is None and not meetings and index > 0 and (rite := _BARE_RITE.fullmatch(name)) \
                and not _SAME_DAY.search(text):
            told = next((t for t in reversed(sentences[max(0, index - 2) : index])
                         if _RITE_TOLD[rite["kind"]].search(t.text) and _DATE.search(t.text)), None)
            when = self.date_of(doc, told.text, reference) if told is not None \
                and not _planned_in(told.text, 0, len(told.text)) else (None, None, None)
            if told is None and rite["kind"] in OPENING_ACTS \
                    and (lead := self._lead_act(doc, sentences, index, _RITE_TOLD[rite["kind"]])) is not None \
                    and not _planned_in(lead[1], 0, len(lead[1])):
                # (公司今天上午正式成立。副总理为公司成立揭牌。⏎…⏎…主持了揭牌仪式: the opening the item's dated lead
                # tells, paragraphs before, no day told between)
                when = self.date_of(doc, lead[1], reference)
            if when[1] is not None and not _RANGE.search(when[1]) and not _after_publication(when[0], reference):
                date, date_text, time_of_day = when
        if (date_text is None or _VAGUE_DATE.fullmatch(date_text)) and not meetings and index + 1 < len(sentences):
            # …召开述职考评会。会议于2月2日下午在…举行: the next sentence dates the meeting it refers to
            # (近日，县委召开…。据了解，此次会议于5月7日在…召开: the stated day over 近日, a sentence or two on)
            vague = date_text is not None
            for after in sentences[index + 1 : index + (3 if vague else 2)]:
                opened = _ACCOUNT_OPENER.sub("", after.text, count=1)
                referred = _GENERIC_REFERENCE.match(opened)
                # (日前，…召开…分析会。⏎据了解，此次会议于4月24日…举行: a reference to a meeting told with a vague day
                # points back to it also across the paragraph; not when the meeting relays another one's spirit,
                # 日前，县委召开常委会议，传达学习全省经济工作会议精神。⏎此次会议于4月24日…在省城召开: the meeting
                # relayed may be the one referred to)
                if "\n" in doc.clean_text[sentence.end : after.start] and not (
                        vague and referred and not _RELAYED_SPIRIT.search(text, m.end())):
                    break
                if referred:
                    stated = self.date_of(doc, after.text, reference)
                    if vague and not self._same_meeting_held(opened, referred["noun"], name, stated[0], reference):
                        break  # (…筹备工作会议。大会于10月18日…举行; 活动于5月10日启动: another event, a campaign)
                    if stated[1] is not None and not _VAGUE_DATE.fullmatch(stated[1]):
                        date, date_text, time_of_day = stated
                    break
        if date is not None and index + 1 < len(sentences):
            # (论坛9日在杭州闭幕。本届论坛于8日开幕: the opening day told after the closing one)
            date, date_text, time_of_day = self._opened_before_closing(
                doc, sentence, sentences[index + 1], name, reference) or (date, date_text, time_of_day)
        if date_text is not None and index + 1 < len(sentences):
            # (研讨班20日在京结束。…由甲和乙于本月14日开始…举办的这个研讨班…: the first day told after the end)
            date, date_text, time_of_day = self._first_day_after_ending(
                doc, sentences, index, name, date_text, reference) or (date, date_text, time_of_day)
        r.date, r.date_text, r.time_of_day = date, date_text, time_of_day

    def _date_following(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> bool:
        """The day of a meeting following the one told before (当天, 随后, 并…) and a session's period; False where it is
        that meeting told again or its ceremony chaired."""
        after_held, date, date_text, index, kind, m, name, sentence, session_period, text, tied_to_told, time_of_day = r.after_held, r.date, r.date_text, r.index, r.kind, r.m, r.name, r.sentence, r.session_period, r.text, r.tied_to_told, r.time_of_day
        meetings = state.meetings
        same_day = _SAME_DAY.search(text) if date_text is None and (not meetings or _SUBJECT_SHIFTED.search(text)) else None
        if same_day:
            # 在当日举行的…发布会上: the day named last before (a dateline), else the publication date;
            # 次日上午，…: the day after the one named last before
            date_text = same_day.group().strip()
            before = doc.clean_text[max(0, sentence.start - CONTEXT_BEFORE_CHARS) : sentence.start]
            # (not the page's own date line, 发布时间：2024-05-09 under the headline 【5月8日】支部召开…: the
            # day the page went out, not one the account names)
            dated = [d for d in _DATE.finditer(before) if not _VAGUE_DATE.fullmatch(d.group())
                     and not _on_page_date_line(before, d)]
            # (近日，…调研。当天下午，…: the day is not stated; 全国助残日当天: a day the calendar does not fix)
            vague = list(_VAGUE_DATE.finditer(before))
            unstated = bool(vague and (not dated or vague[-1].start() > dated[-1].start())) or _DAY_NAME_END.search(text[: same_day.start()].rstrip()) is not None
            lunar = _last_lunar_day(before, 0, len(before))
            if lunar is not None and not unstated and (not dated or lunar.start() > dated[-1].start()):
                # (农历九月初九，是传统的重阳节。当天上午，…: the lunar day told last, converted with the year known)
                date = self.lunar_date_of(lunar.group(), reference)[0]
            elif dated and not unstated:
                date = self.date_of(doc, dated[-1].group(), reference)[0]
            elif date_text in _SHIFTED_DAY and not unstated:
                # (5月6日，…大会开幕。…（paragraphs）…大会次日，…召开…: the day of the meeting told last before it)
                date = _last_dated_meeting(meetings, sentence.start)
            elif reference is not None and date_text not in _SHIFTED_DAY and not unstated:
                date = reference.isoformat()
            if date and date_text in _SHIFTED_DAY:
                date = (dt.date.fromisoformat(date) + dt.timedelta(days=_SHIFTED_DAY[date_text])).isoformat()
            time_of_day = time_of_day or ("晚上" if date_text == "当晚" else _time_of_day(text[same_day.end() :]))
        day_part = _DAY_PART_OPENING.match(text) if date_text is None and index > 0 else None
        opened = _DATE.match(sentences[index - 1].text.lstrip()) if day_part else None
        told_before = meetings[-1] if day_part and not opened and meetings else None
        # 会议…召开。会后，县长随即前往…调研。下午，县府再召开…: an undated act told right after the meeting (会后, 随后)
        # is on its day, so the part of the day after it still counts from the meeting (GUIDELINES §3 eleventh round:
        # an act of the meeting's own people that day dates what follows)
        # (…召开…会报。县长指出，…。会后，…: the meeting's remarks, undated, may stand between)
        told_at = sentences[index - 1].start
        if told_before is not None and index >= 2 and _FOLLOWING.match(sentences[index - 1].text) \
                and not _DAY_PART_OPENING.match(sentences[index - 1].text.lstrip()):
            for k in range(index - 2, max(-1, index - 5), -1):
                if any(_DATE.search(t.text) or _SHIFTED_DAY_WORD.search(t.text) for t in sentences[k + 1 : index]):
                    break  # (…召开常委会会议。次日，县长前往…。随后，…。下午，…: the next day's afternoon, not the meeting's)
                if told_before["evidence"]["clean_start"] == sentences[k].start:
                    told_at = sentences[k].start
                    break
        if told_before is not None and told_before["evidence"]["clean_start"] == told_at \
                and told_before["date"] is not None and not _RANGE.search(told_before["date_text"] or "") \
                and doc.clean_text.count("\n", sentences[index - 1].end, sentence.start) <= 1:
            # 行政长官今日上午出席…酒会并致辞。下午，他出席…开幕礼: the day of the meeting the sentence before
            # told, whose date does not open it
            date, date_text = told_before["date"], told_before["date_text"]
            time_of_day = _time_of_day(day_part["part"])
        # (not a date line of the page: the sentence before tells something after its date)
        if opened and not _VAGUE_DATE.fullmatch(opened.group()) and _opens_account(sentences[index - 1].text.lstrip(), opened) \
                and _FOUR_HAN.search(sentences[index - 1].text.lstrip()[opened.end() :]) \
                and doc.clean_text.count("\n", sentences[index - 1].end, sentence.start) <= 1 \
                and not (reference and (year := _YEAR_NUMBER_AHEAD.match(opened.group())) and int(year[1]) != reference.year):
            # 3月22日上午，…观摩。下午，红岩乡召开…培训会: the day the sentence before opened its account with
            # (not 各村于5月20日前完成…。下午，…: a deadline; not 该行成立于1998年5月8日。: a piece of history)
            # (the next paragraph may open on the part of the day: 9月5日上午，…开幕式…。/ 晚上，大会举办了欢迎晚宴;
            # not 1998年5月8日，该县第一个蔬菜大棚…建成。/ 下午，…: a piece of history on a page of 2024)
            date, date_text = self.date_of(doc, opened.group(), reference)[:2]
            time_of_day = _time_of_day(day_part["part"])
        undated = date_text is None or _VAGUE_DATE.fullmatch(date_text)
        # (会后，召开了全体干部大会: the next meeting of the day, dated by the one before below)
        # (随后，全市三级干部大会召开: a meeting named after the one just told, held next)
        # (典礼结束后，行政长官在礼宾府设酒会…: a reception given after the ceremony)
        following = kind in ("clause", "passive", "bare", "reception") and _FOLLOWING.match(text) is not None
        # (会前，市政府党组召开会议…; 大会开幕前，举行了…签约仪式; 活动期间，还举行了…颁奖仪式: another event told
        # before or within the one just told, GUIDELINES §3 several events)
        # (not 会前，市领导会见了劳模代表: a leader receiving people before the meeting)
        following = following or (kind != "receiving" and _BESIDE_MAIN.match(text) is not None)
        # (会后，市长会见了…; 随后，…会见了…: a leader receiving people right after the meeting just told, on its day,
        # as talks held after a signing are)
        following = following or (kind == "receiving" and (_AROUND_SIGNING.match(text) or _FOLLOWING.match(text)) is not None)
        # (局长其后在…与…会面, 报告前，…会见了…: talks tied to the event just told, GUIDELINES §3 twenty-ninth round;
        # held on its day, read once the record is added below)
        tied_to_told = kind == "receiving" and date_text is None and _talks_tied(text, meetings)
        following = following or tied_to_told
        # (…讲授专题党课，并召开座谈会: the meeting held after the lecture just told, cut off by _split_following)
        after_lecture = kind == "clause" and text.startswith(("并", "还")) and bool(meetings) \
            and meetings[-1]["name"].endswith(("课", "讲座"))
        following = following or after_lecture
        if after_lecture and date is None:
            date = meetings[-1]["date"]  # (the lecture's day: one sentence tells both)
        # (…举行会谈，并共同出席…对接会: the event attended in the clause cut off after the one held, on its day)
        after_held = kind == "attended" and text.lstrip().startswith("并") and bool(meetings) and date_text is None \
            and meetings[-1]["evidence"]["clean_end"] == sentence.start
        following = following or after_held
        if after_held:
            date, date_text = meetings[-1]["date"], meetings[-1]["date_text"]
            time_of_day = time_of_day or meetings[-1]["time_of_day"]
        # (该草案今年8月经市政府常务会议审议通过…: the period after the document named first, the session's own)
        session_period = m["period"] if m.re is _SESSION_DELIBERATED_AFTER_PERIOD and m["subject"] else None
        # (a call by telephone with its party, …举行了会谈。…日前通过电话同…讨论了…, is its own record, never the main
        # meeting told before it again, GUIDELINES §3 thirty-sixth review round)
        if date is None and undated and meetings and kind != "active" and not following and not _SIMULTANEOUS.search(text) and not (
            # 在上海举行的…签约仪式上 (after a 座谈会): a named event of another kind is not the main one again
            kind in ("attributive", "lecture", "attended")
            and not any(self._heads_of(name) & self._heads_of(o["name"]) for o in meetings)
        ) and m.re not in (_CALL_BY_PHONE, _CALL_RECEIVED) and not (
            # (…召开座谈会。全省…论坛已于上月中旬在杭州举行: an earlier event told held with a period of its own and
            # another name, recorded with no date, GUIDELINES §3 fourteenth review round)
            # (今年3月，市政府常务会议审议通过了…: an earlier session narrated by its month, the same)
            (kind == "passive" or m.re is _SESSION_DELIBERATED_AFTER_PERIOD) and not name.startswith(("该", "此"))
            and (period_of(text) is not None or session_period is not None)
            and not any(self._same(name, o["name"]) for o in meetings)
        ) and not (kind == "plain" and m.groupdict().get("org") and _earlier_body_session(text, self.clean_org(m["org"]), meetings, reference)):
            return False  # a later mention without its own date or organizer is the main meeting again
        if kind == "attended" and date_text is None and _CHAIRED_CEREMONY.search(text, 0, m.start("name")) \
                and any(_same_ceremony(name, o["name"]) for o in meetings):
            return False  # 开幕典礼举行。…等主持开幕仪式: the ceremony told before, chaired (not one held within it)
        r.after_held, r.date, r.date_text, r.session_period, r.tied_to_told, r.time_of_day = after_held, date, date_text, session_period, tied_to_told, time_of_day
        return True

    def _venue_and_parts(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> None:
        """The venue (written, visited, fronted, deictic, the dateline's city) and the names of the meetings the sentence
        lists (``r.parts``)."""
        here, kind, loc, m, name, org, parts, room_venue, sentence, text, visit_place = r.here, r.kind, r.loc, r.m, r.name, r.org, r.parts, r.room_venue, r.sentence, r.text, r.visit_place
        raw_loc = m.groupdict().get("loc") or m.groupdict().get("venue")
        if raw_loc is None and m.re is self.talks_held and m["name"] not in ("通电话", "视频通话") and (
                at := _TALKS_VENUE_BEFORE_PARTY.search(text, clause_bounds(text, m.start())[0], m.start())):
            raw_loc = at["loc"]  # 局长其后在市政府大楼与…会面: the venue before the party (§3 location, twenty-ninth round)
        if raw_loc is None and (m.re is self.talks_held or kind == "active" and _TALKS_NAME.search(name)) \
                and m["name"] not in ("通电话", "视频通话") and (at := _fronted_talks_venue(text, clause_bounds(text, m.start())[0])):
            raw_loc = at  # 部长在监狱，同关押在那里的犯人举行了会谈: the venue set off by a comma before the party
        if m.groupdict().get("loc") and _PEOPLE_AT_PLACE.search(m.string, 0, m.start("loc")):
            raw_loc = None  # 与在深赣籍企业家召开座谈会: the 在 opens the people met with, no venue (GUIDELINES §3)
        if m.groupdict().get("loc") and m.string.endswith(("正在", "仍在"), 0, m.start("loc")) \
                and _DOING_DESCRIBED.match(m["loc"]) and "在" not in m["loc"]:
            # 召集正在休假的议会两院于21日…举行: 正在 says what those convened are doing, a description before 的, no
            # venue (GUIDELINES §3 location: a clause fragment is none, thirty-first review round)
            raw_loc = None
        visit = _TALKS_VENUE_AFTER_VISIT.match(m["name"])
        if visit and _TALKS_AFTER_VISIT.match(m["name"]):
            # (正在德国进行正式访问的…3日在柏林同…举行会谈: the place before 进行 is the country visited; the
            # talks' own venue is the 在 inside what the name took in)
            raw_loc, visit_place = visit["loc"], None
        agent_at = _AGENT_AT_PLACE.fullmatch(raw_loc) if kind == "attributive" and raw_loc else None
        if agent_at:
            raw_loc = agent_at["loc"]
            if org is None and not agent_at["org"].startswith("各"):
                org = self.clean_org(agent_at["org"])
        loc = self.clean_location(raw_loc) or visit_place or room_venue
        if loc is None and org is None and kind == "attributive" and raw_loc and not agent_at \
                and (agent := _AGENT_ALONE.fullmatch(raw_loc)) and (body := self.clean_org(agent["org"])) \
                and self._body_not_place(doc, sentence, body):
            # 在这台由江城中学举办的联欢会上: the 由 agent, never the venue (thirty-eighth round), holds the event also
            # where its name ends like a place, a school or a hospital (GUIDELINES §3 organizer, thirty-ninth round)
            org = body
        if loc is None and kind in ("clause", "passive", "bare") \
                and (fronted := _FRONTED_CLAUSE_VENUE.search(text, 0, clause_bounds(text, m.start("name"))[0])) \
                and not _FRONTED_NOT_VENUE.search(fronted["loc"]) \
                and (placed := self.clean_location(fronted["loc"])) \
                and self._is_place(doc, sentence, placed, _VENUE_EXTRA):
            # 5月6日，在县委党校，全县…培训班开班; 市委宣传部在市文化中心，召开…: the venue set off by a comma in the
            # clause right before the one of holding, and a body opening that clause holds it (GUIDELINES §3 location
            # and organizer, thirty-first review round; the twenty-ninth round's venue before 为…)
            loc = placed
            if kind == "clause" and org is None and fronted["org"] \
                    and (body := self.clean_org(fronted["org"])) and _HOLDER_END.search(body) \
                    and self._reads_as_holder(doc, sentence, body):
                org = body
        # 新华社开罗3月2日电 …在这里举行 / 在此间举行的…: the dateline's city (GUIDELINES §11), kept aside until no
        # venue is told later (…晚会在…演播大厅举行); not when a clause before names the place 这里 points back to
        # (…，某县某镇鼓乐喧天，…仪式在这里举行)
        # (…，某宾馆大礼堂座无虚席，市委在这里召开…: 这里 is the venue of the scene told just before)
        # (clean_location gives back ``here`` only for a bare 这里/此间: 这里 as ``here`` tells that case)
        deictic = loc is None and self.clean_location(raw_loc, "这里") == "这里"
        # (在此, never read as the dateline's city here, points back to a place told as the scene as 这里 does, also when it
        # opens the clause of holding after a comma and the pattern read it as the holder: GUIDELINES §3 location,
        # thirty-eighth review round)
        pointing = deictic or loc is None and (
            (raw_loc or "").strip() == "此" or (m.groupdict().get("org") or "").strip() in ("在此", "在这里", "在此间"))
        scene = _SCENE_BEFORE.search(text, 0, m.start()) if pointing else None
        loc = self.clean_location(scene["place"]) if scene else loc
        if pointing and scene is None and loc is None and (gathered := self._gathered_just_before(doc, sentence)):
            # 1500多名侨胞欢聚在伍顿高中礼堂，…。…春节联欢晚会在这里举行: 这里 points to the place the people were told
            # gathered at in the sentence right before, as to a hall told as the scene (GUIDELINES §3 location,
            # thirty-first and thirty-third review rounds)
            loc = gathered
        if pointing and scene is None and loc is None and (scene_place := self._scene_just_before(doc, sentence)):
            # 某酒楼更是华灯四放，笑语盈室。…在此举行…: the place told as the scene in the sentence right before
            # (GUIDELINES §3 location, thirty-eighth review round)
            loc = scene_place
        if loc is None and kind == "attended" and (gathered := self._gathered_to_attend(text, m.start())):
            loc = gathered  # (…汇集在市民族广场，参加…升国旗仪式: the place gathered at to attend it)
        if loc is None and kind in ("clause", "active") and (joined := _AND_HELD.search(text, 0, m.start("name"))) \
                and (launched := _LAUNCHED_AT.search(text, 0, joined.start())) \
                and not _LAUNCH_SCOPE.search(launched["loc"]):
            # …活动在巴西圣保罗正式启动，并成功举办…推介会: the subject's launch told with its place, then the
            # meeting it held there joined by 并 (GUIDELINES §3 location: the venue stated for the same act chain)
            loc = self.clean_location(launched["loc"])
        here = _dateline_city(doc.clean_text, sentence.end) \
            if deictic and not loc and not _PLACE_CLAUSE_BEFORE.search(text, 0, m.start()) else None
        if here is None and not loc and _TALKS_NAME.search(name) and _VISITING_HERE.search(text, 0, m.start("name")):
            # 新华社开罗3月2日电 正在这里访问的X，今天同Y举行会谈: talks held during a visit the text places under the
            # dateline are held in its city, as 在这里举行 is (GUIDELINES §3 eighteenth review round)
            here = _dateline_city(doc.clean_text, sentence.end)
        if here is None and not loc and _TALKS_NAME.search(name):
            # 正在伊拉克访问的X同Y举行会谈, 正在法国进行国事访问的X今天同Y…会谈: talks held by a guest the text places
            # on a visit are located at the place of the visit as written (GUIDELINES §3 twenty-second round)
            loc = self._visited_place(doc, sentence, text, m.end("name"))
        if kind == "attributive" and loc and not self._is_place(doc, sentence, loc, _ATTRIBUTIVE_VENUE_EXTRA) \
                and not (_YU_VENUE.search(raw_loc or "") and not _YU_TIME.search(loc)) \
                and not self._places_only(doc, sentence, loc) and not _VENUE_OF_BODY.search(loc) \
                and not _described_city(raw_loc, loc):
            # 在省委召开的…: an organizer, not a place (在美俄商业理事会举行的…研讨会上: a council holds it; 在中国科协
            # 举办的…, 在执法检查组今天举行的…: a body's name); 在瑞士达沃斯举行的…: places the tagger found, the place
            # (not 在议会举行的, 在立法会举行的: a chamber is a place as well)
            # (在比利时外贸局和比中经贸委员会…举行的午餐会上: the place reading stops at the first of the hosts;
            # one of them alone is no organizer)
            # (在今天国家民委与…报告团成员召开的座谈会上: people met with after 与, the body the one host)
            # (a mark joining hosts first: the pattern is made per venue)
            other = raw_loc and any(mark in raw_loc for mark in "和与及同、") and re.search(re.escape(loc) + "[和与及同、](?P<other>[^为而]{2,24}?)(?:为[^，。]*)?$", raw_loc)
            joined = other and self._reads_as_holder(doc, sentence, self.clean_org(other["other"]))
            # (the organizer read after 在 only for a council, a committee, an association: a wider reading of any
            # body, 在中组部召开的…, was tried twice and cost a held-out newspaper organizer both times, GUIDELINES §8)
            if org is None and not joined:
                org = self._holder_of(doc, sentence, loc, after_at=True)
            loc = None
        if kind == "attributive" and org is None and m.re is self.attributive and not m["next"] \
                and (_TIME_ALONE.fullmatch(raw_loc or "") or (loc and raw_loc and _PLACE_AFTER_TIME.fullmatch(raw_loc))) \
                and (subject := _SUBJECT_BEFORE_AT.search(text, 0, m.start())) \
                and self.clean_org(subject["org"]) == subject["org"] and "的" not in subject["org"] \
                and (_STATE_BODY_END.search(subject["org"]) or not (
                    subject["org"].endswith("代表团") or _SCHOOL_NAME_END.search(subject["org"]) or _WIDER_EVENT.search(name))) \
                and self._reads_as_holder(doc, sentence, subject["org"]):
            # 中宣部在日前召开的…座谈会上强调: with only a time between 在 and the verb, the body opening the clause as
            # its subject holds the meeting (GUIDELINES §3 organizer: the subject of 召开/举行/举办); so does a body
            # whose own day and venue stand between (某商会17日在纽约举行的晚会上, 国际清算银行在8日举行的年会上: the
            # subject's act told as an attribute of the event, GUIDELINES §3 twenty-ninth round); a person opening
            # the clause holds nothing (the body's end and the tagger decide); nor does a delegation, a school (as
            # often a guest at a forum it speaks at: 江城大学在日前召开的座谈会上宣布…,
            # tests/extract/meetings/test_meeting_designations_and_1990s_phrasings.py), nor a
            # body other than the state's at an event named for a wider community (中国代表团在日内瓦举行的…会议上发言,
            # 某协会在…举行的联合国…会议上: it takes part; 水利部在今天召开的全国防汛工作会议上: its own), nor a group
            # described by a 的 phrase (某教授领导的研究小组在…举行的…上)
            org = subject["org"]
        # (分别/先后/相继: several meetings held in turn, not one named by its parts)
        # (会议期间，还召开了甲专题会和乙交流会: a clause with its subject given before lists two meetings alike)
        if _ENUMERATED_BODY.search(name) and (bodies := _BODIES_EVENT_AFTER.match(text, m.end("name"))):
            name += bodies.group()  # 举行第八届理事会、监事会就职典礼: one ceremony of the bodies (GUIDELINES §3 name)
        parts = self._shared_head_names(name) or (self._joined_names(name, text[m.end("name") :]) \
            if kind in ("active", "passive", "clause") and _IN_TURN.search(text, *clause_bounds(text, m.start("name"))) \
            else self._listed_full_names(name, text[m.end("name") :]) if kind in ("active", "passive", "clause") else [name])
        if len(parts) == 1 and (kind == "receiving" or name.endswith(_TALKS_HEADS)) and r.parties_in_turn > 1:
            parts = [name] * r.parties_in_turn  # (分别同甲某和乙某进行了会谈: one talks with each party, GUIDELINES §3 fourth round)
        r.here, r.loc, r.name, r.org, r.parts, r.visit_place = here, loc, name, org, parts, visit_place

    def _append_records(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]],
        reference: dt.date | None, title: str, state: _BodyMeetings, r: _SentenceReading,
    ) -> None:
        """Append the records of the sentence's meetings to ``state``, with their day, heading and simultaneity, and the
        attendee count of the listed part counted."""
        after_held, after_its_close, around, date, date_text, each_held, heading, here, in_account, index, kind, later_that_day, launch_holder, loc, m, org, own_day, parts, sentence, session_period, text, tied_to_told, time_of_day, within_other = r.after_held, r.after_its_close, r.around, r.date, r.date_text, r.each_held, r.heading, r.here, r.in_account, r.index, r.kind, r.later_that_day, r.launch_holder, r.loc, r.m, r.org, r.own_day, r.parts, r.sentence, r.session_period, r.text, r.tied_to_told, r.time_of_day, r.within_other
        meetings, headings, simultaneous = state.meetings, state.headings, state.simultaneous
        if date_text is None and index > 0 and meetings and (clause := _PART_OF_DAY_CLAUSE.match(text)) \
                and sentences[index - 1].end == sentence.start and sentences[index - 1].text.endswith(("，", ",")) \
                and meetings[-1]["evidence"]["clean_start"] == sentences[index - 1].start:
            # 5月6日上午，市委召开常委会会议，下午召开…工作会议: the clause cut off its sentence (_PART_OF_DAY_NEXT_CLAUSE)
            # is on the day that opens the sentence, written there, with its own part of the day, and held by the
            # sentence's subject when it names none (GUIDELINES §3 thirty-first review round)
            before = meetings[-1]
            date, date_text = before["date"], before["date_text"]
            time_of_day = _time_of_day(clause["part"])
            if org is None and (clause["org"] or "").strip() in ("", "又", "还", "再"):
                org = before["organizer"]
        if date_text is None and time_of_day is None and (opening := _DAY_PART_OPENING.match(text)):
            time_of_day = _time_of_day(opening["part"])  # 上午，县委召开…: the part of the day stated, the day not
        if after_its_close or around:
            date, date_text, time_of_day = self.date_of(doc, own_day, reference) if own_day and around else (None, None, None)
        meetings.append(self._record(doc, sentence, parts[0], (date, date_text, time_of_day), loc, None if each_held else org))
        if here:
            meetings[-1]["_here"] = here
        if around:
            meetings[-1]["_around"] = True
        headings.append(heading)
        together = _SIMULTANEOUS.search(text)
        if together and together.group() in ("当天", "当日", "当晚") and _MOVING_DAY_END.search(text[: together.start()].rstrip()):
            together = None  # 此前，小年当天，社区还召开了…: that day, one the page does not fix (GUIDELINES §3 date)
        simultaneous.append(bool(together) and date_text is None)
        if kind == "attended" and date_text is None and len(meetings) > 1 and _CHAIRED_CEREMONY.search(text, 0, m.start("name")):
            # …颁发任命书，并主持宪法宣誓仪式: a ceremony chaired within or after the meeting just told, on its day
            # (GUIDELINES §3, a ceremony held within a meeting)
            simultaneous[-1] = True
        if after_held and meetings[-1]["date"] is None:
            simultaneous[-1] = True  # (…当天下午，…举行会谈，并出席…: the day the clause before resolves to, read below)
        if date_text is None and len(meetings) > 1 and ATTENDEES_ALSO_TOOK_PART.match(text):
            simultaneous[-1] = True  # 与会人员还参加了…开幕式: on the main meeting's day, like 会后 (§3 twentieth round)
        if date_text is None and len(meetings) > 1 and (within_other or later_that_day):
            simultaneous[-1] = True  # 典礼上，校长…讲授了“开学第一课”: on the ceremony's day (§3 eleventh round)
        if tied_to_told:
            simultaneous[-1] = True  # 报告前，…会见了…; 局长其后…与…会面: on the event's day (§3 twenty-ninth round)
        if date_text is None and len(meetings) > 1 and _TALKS_NAME.search(meetings[-1]["name"]) and _TALKS_BEFORE_MAIN.match(text):
            simultaneous[-1] = True  # 在会议开幕以前，两国总统举行了单独会晤: on the meeting's day (§3 seventh round)
        # (开班式后，教授X作专题讲座: a lecture told after a ceremony takes its day, not its venue: the fifteenth-round
        # reading that gave it the ceremony's venue added a false venue on the invented held-out set and was withdrawn, §8)
        if meetings[-1]["location"] is None and len(meetings) > 1 and simultaneous[-1] and (
                _HELD_WITHIN.match(text) or (within_other and within_ceremony(text, m.start())) or in_account) \
                and not _GONE_ELSEWHERE.search(text, 0, m.start("name")):
            # (典礼最后，校长为新生讲授了“开学第一课”; 仪式中，…: a lecture given inside the ceremony, as 典礼上)
            # 会上，县委书记…讲授专题党课; 会上，举行了…签约仪式: an event held within the meeting just told, naming no place
            # of its own, is held at that meeting's venue, as it takes its day (GUIDELINES §3 fifteenth review round;
            # taken at the end, once the meeting's venue told in a later clause is read)
            meetings[-1]["_held_within"] = True
        if date_text is None and (period := period_of(text, months=True) or session_period) is not None:
            # 本月初，…召开…, 县委于6月上旬召开…: a period, kept as written with no date; read last, so that every
            # rule that dates a meeting with no date_text still does (a period states no day)
            meetings[-1]["date_text"] = period
        same_day = _SAME_DAY.search(text) if simultaneous[-1] else None
        if same_day:
            # 当天下午/当晚/次日上午，…举行…: the main meeting's day (or the next), with its own time of day
            meetings[-1]["date_text"] = same_day.group().strip()
            meetings[-1]["time_of_day"] = meetings[-1]["time_of_day"] or (
                "晚上" if same_day.group() == "当晚" else _time_of_day(text[same_day.end() :]))
        in_turn = self._days_in_turn(doc, text[: m.start("name")], len(parts), reference) if len(parts) > 1 else None
        if in_turn:
            meetings[-1]["date"], meetings[-1]["date_text"], meetings[-1]["time_of_day"] = in_turn[0]
        for k, part in enumerate(parts[1:], 1):
            # (分别召开全市农业农村工作会议和全市生态环境保护大会: two meetings, held alike)
            meetings.append({**copy.deepcopy(meetings[-1]), "name": part})
            if launch_holder and _OTHER_PARTY.search(part):
                # (星辰科技新品发布会和市政府与华美集团合作签约仪式: a joined event with parties of its own, not the
                # launching company's)
                meetings[-1]["organizer"] = None
            if in_turn:
                # (8月1日、2日，…分别召开甲会议和乙会议: each on its own day, in the order written)
                meetings[-1]["date"], meetings[-1]["date_text"], meetings[-1]["time_of_day"] = in_turn[k]
            headings.append(heading)
            simultaneous.append(simultaneous[-1])
        if len(parts) > 1 and meetings[-1]["attendee_count"] is not None:
            # (…举办了甲、乙、丙三场分论坛，200多名企业代表参加了甲分论坛: the count of the one named after the
            # list, not of each part; GUIDELINES §3, the count of the people attending that meeting)
            # The part named in the clause that states the count is the one counted; a count whose clause names
            # no part while another clause does (共吸引500余人参加，其中甲分论坛最受关注) counts none of them alone.
            after = _QUOTE_MARKS.sub("", text[m.end("name") :])
            counting = [c for c in _CLAUSE_MARK.split(after) if _ANY_HEADCOUNT.search(c)]
            named = {k for k, part in enumerate(parts)
                     if any(_counts_part(_QUOTE_MARKS.sub("", part), parts, c) for c in counting)}
            elsewhere = any(_QUOTE_MARKS.sub("", part) in after for part in parts)
            if 0 < len(named) < len(parts) or (not named and counting and elsewhere):
                for k, record in enumerate(meetings[-len(parts) :]):
                    if k not in named:
                        record["attendee_count"], record["attendee_approx"] = None, False
                        record["_uncounted"] = True  # (nor the count of its stretch, which is that one's)
        r.date, r.date_text, r.org, r.time_of_day = date, date_text, org, time_of_day

    def _keep_headline_activities(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, title: str, state: _BodyMeetings,
    ) -> None:
        """Drop the activities kept for the headline where the body reads another meeting, add the meetings planned then
        held, and put first the meeting the headline names (``state`` updated)."""
        meetings, headings, simultaneous = state.meetings, state.headings, state.simultaneous
        headline_activities = state.headline_activities
        if headline_activities and (any(mt["evidence"]["clean_start"] not in headline_activities for mt in meetings)
                                    or any(_activity_rite_told(doc.clean_text, at) for at in headline_activities)):
            # (an event named by 活动 is read for its headline only where no meeting is read otherwise, as the
            # headline alone would be)
            # (…主场活动在科技馆广场举行。启动仪式上，副市长…宣布活动启动: nor where the body names the activity's own
            # ceremony, which is the meeting held, GUIDELINES §3: a festival's celebration is none, its opening ceremony is)
            kept = [k for k, mt in enumerate(meetings) if mt["evidence"]["clean_start"] not in headline_activities]
            meetings = [meetings[k] for k in kept]
            headings = [headings[k] for k in kept]
            simultaneous = [simultaneous[k] for k in kept]
        for held in self._planned_then_held(doc, sentences, meetings, reference):
            meetings.append(held)
            headings.append(False)
            simultaneous.append(False)
        if len(meetings) > 1 and title:
            # 去年12月，市委召开全市经济工作会议…。5月10日上午，市委召开全市宣传思想文化工作会议 under a headline
            # naming the latter: the article's subject comes first (GUIDELINES §3, m1)
            titled = self.match(title)
            named = titled and self.clean_name(titled[0]["name"])
            # (not an event held within or after the main one the same day: 当天下午，…讲授专题党课)
            first = next((k for k, mt in enumerate(meetings) if named and self._same(named, mt["name"]) and not simultaneous[k]), None)
            if named in _BARE_MEETING_NAMES:
                # 县委组织部召开会议 over 3月28日，县委组织部召开全县组织工作推进会。此前，县委已于3月15日召开常委会会议: the bare
                # noun names no meeting in particular (it is in every 会议); the body that holds it picks the main one
                # (县长刘强主持召开县政府常务会议 under 县政府召开会议: a session named after the body, chaired for it;
                # one told with 此前/会后 never goes before the first, 此前，县政府于9月28日召开…)
                head_org = self.clean_org(titled[0]["org"]) if titled[1] in ("active", "plain") else None
                first = next((k for k, mt in enumerate(meetings) if head_org and not simultaneous[k]
                              and (mt["organizer"] == head_org or mt["name"].startswith(head_org))), None)
                if first and _NARRATED_AROUND.match(meetings[first]["evidence"]["text"]):
                    first = None
                named = None
            if first is None and named:
                # 全市两会精神传达学习会召开 over 我市召开全国两会精神传达学习会: the body's name nearest the
                # headline's, when one alone is near enough
                near = [0.0 if simultaneous[k] else _overlap(named, mt["name"]) for k, mt in enumerate(meetings)]
                best = max(near)
                first = near.index(best) if best >= HEADLINE_NEAR and near.count(best) == 1 else None
            if first:
                meetings.insert(0, meetings.pop(first))
                headings.insert(0, headings.pop(first))
                simultaneous.insert(0, simultaneous.pop(first))
        if len(meetings) > 1 and meetings[0].get("_around"):
            # 党的二十届三中全会召开以来，…。5月6日，县委召开常委会会议…: the meeting whose time frames the account is not
            # its subject; the first meeting held in it is (GUIDELINES §3, m1)
            own = next((k for k, mt in enumerate(meetings) if not mt.get("_around") and not simultaneous[k]), None)
            if own is not None:
                meetings.insert(0, meetings.pop(own))
                headings.insert(0, headings.pop(own))
                simultaneous.insert(0, simultaneous.pop(own))
        if len(meetings) > 1 and _cited_report(meetings[0]["evidence"]["text"]):
            # 据人民日报报道，国务院日前召开常务会议。本报讯 4月7日上午，县政府召开…: the article's own meeting is its
            # subject, the one of the report it cites comes after it (GUIDELINES §3, m1)
            own = next((k for k, mt in enumerate(meetings) if k and not simultaneous[k] and not headings[k]
                        and not _cited_report(mt["evidence"]["text"])), None)
            if own is not None:
                meetings.insert(0, meetings.pop(own))
                headings.insert(0, headings.pop(own))
                simultaneous.insert(0, simultaneous.pop(own))
        relayed = _RELAYS_IN_TITLE.search(title)
        if len(meetings) > 1 and not self.match(title) and meetings[0]["name"] not in _TALKS | {"会议", "会"} and (
            (relayed and meetings[0]["name"] in relayed.group())
            or (_BEFOREHAND.match(meetings[0]["evidence"]["text"]) and meetings[0]["name"] not in title)
        ):
            # 我县传达学习全市经济工作会议精神 over 4月28日，市委召开全市经济工作会议。5月6日，县委召开常委会会议…:
            # the meeting relayed is not the one the article reports; 会前，…主持召开常委会会议。随后，全县…会议召开:
            # a meeting before the main one (not when the headline names a meeting held, or names this one)
            main = next((k for k, mt in enumerate(meetings) if k and mt["name"] not in title
                         and not _BEFOREHAND.match(mt["evidence"]["text"])), None)
            if main is not None:
                meetings.insert(0, meetings.pop(main))
                headings.insert(0, headings.pop(main))
                simultaneous.insert(0, simultaneous.pop(main))
        if len(meetings) > 1 and meetings[0]["name"] == "会议":
            # 5月8日，指挥部召开会议…。5月10日，县委召开常委会会议… under a headline naming the 常委会会议:
            # the article's subject is the meeting its headline names
            named = next((k for k, m in enumerate(meetings) if k and m["name"] in title), None)
            if named is not None:
                meetings.insert(0, meetings.pop(named))
                headings.insert(0, headings.pop(named))
                simultaneous.insert(0, simultaneous.pop(named))
        state.meetings, state.headings, state.simultaneous = meetings, headings, simultaneous

    def _headline_organizer(self, title: str, meetings: list[dict[str, Any]]) -> dict[str, Any] | None:
        """Give the main meeting the organizer the headline names as its subject; that meeting, else None."""
        headline_organizer = None  # the meeting whose organizer is the headline's subject
        # (县政府召开常务会议 研究部署…: a two-part headline whose first part names who held it)
        # (邕城市第三人民医院召开…述职测评会 over 1月28日下午，医院在…召开…述职测评会: the body's bare kind as subject is
        # generic, and the headline's subject of that kind holding the same meeting names the holder, GUIDELINES §3
        # eighteenth review round, like 江城师范学院举行… over 学校…举行…)
        generic_org = meetings[0]["organizer"] if meetings and meetings[0]["organizer"] in GENERIC_UNLESS_NAMED else None
        if meetings and title and (meetings[0]["organizer"] is None or generic_org) and (
                titled := self.match(title) or self.match(title.split()[0])) and titled[1] == "active" \
                and not _PLANNED.search(title) and self._same(self.clean_name(titled[0]["name"]), meetings[0]["name"]):
            # 市住建局召开2024年…工作会议 over 2月26日上午，2024年…工作会议在市行政中心召开: the headline names who held it
            head_org = self.clean_org(titled[0]["org"])
            if generic_org and not (head_org and head_org.endswith(generic_org) and len(head_org) > len(generic_org) + 1):
                head_org = None  # (a headline naming no body of the subject's kind: the generic subject stays none)
            if head_org and (own := _SESSION_OF_BODY.match(meetings[0]["name"])) and not _same_body(own["org"], head_org) \
                    and own["org"][-2:] != head_org[-2:]:
                # 市委召开常务会议 over 市政府第十次常务会议召开: the session named after its own body is that body's, not the
                # headline subject's (GUIDELINES §3: a session named after its standing body is organized by it); a
                # headline naming that kind of body in full (江城县人民政府 over 县政府…) stays
                head_org = None
            evidence = meetings[0]["evidence"]["text"]
            at = evidence.find(meetings[0]["name"])
            if head_org and _went_to_and_held(head_org, evidence):
                # 石桥村召开“书记院坝会” over 镇党委书记王某来到石桥村，主持召开“书记院坝会”: the place the chair went to
                # is the venue, and a person as the only subject holds nothing, whatever the headline says (GUIDELINES §3
                # thirty-sixth review round; rounds 29-31)
                head_org = None
            if at > 0 and evidence[:at].endswith(_GENERIC_PREFIXES) and head_org and len(head_org) <= 2:
                # 厂区举行… over 集团安全生产月启动仪式在…举行, 高校举行… over 学校…颁奖典礼: the body names the holder by
                # a generic word only (no organizer, GUIDELINES §3), and the headline's is another bare word; a
                # headline naming the body (西北师范大学举行… over 学校2024届毕业典礼…, 公司工会召开…) keeps its name
                head_org = None
            # (协会召开理事会 over 某市旅游协会三届二次理事会于…召开: a bare kind of body in the headline stands for
            # the fuller one that heads the body's name, else for no named one, GUIDELINES §3)
            if head_org and _BODY_END_RE.fullmatch(head_org):
                fuller = re.match(rf"[\u4e00-\u9fff]{{2,14}}?{re.escape(head_org)}(?=.{{3}})", meetings[0]["name"])
                if fuller:
                    meetings[0]["organizer"] = fuller.group()
                    meetings[0]["name"] = meetings[0]["name"][fuller.end() :]
            elif head_org and len(head_org) <= HEADLINE_ORG_MAX and _BODY_END_AT_END.search(head_org) \
                    and not _EACH_HOLDING_VERB.search(evidence, 0, at if at > 0 else len(evidence)):
                # (not 三总部举行…茶话会 over 总参谋部、总政治部、总后勤部分别举行茶话会: the bodies each hold their own, no
                # organizer, GUIDELINES §3 thirty-fourth review round; the headline's collective names the same bodies)
                meetings[0]["organizer"] = head_org  # (not 美两院议员为李道豫送行李大使, 集团中标…第3标段: a clause)
                headline_organizer = meetings[0]
        return headline_organizer

    def _fallback_meetings(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, title: str, state: _BodyMeetings,
    ) -> None:
        """The meetings read where the body holds none, or beside those it holds: the headline, the lecture left to its
        reference, a labelled record, meetings referred to and banquets given (appended to ``state``)."""
        meetings, headings, simultaneous = state.meetings, state.headings, state.simultaneous
        if not meetings and title:
            headline = self._from_headline(doc, sentences, title, reference)
            titled_at = doc.clean_text.find(title)
            body_start = titled_at + len(title) if titled_at >= 0 else 0
            if headline is not None and _ACADEMIC_HEADLINE.fullmatch(headline["name"]) \
                    and _LECTURE_REFERRED.search(doc.clean_text, body_start):
                # …教授来我校作学术报告 over …作学术报告。报告会由…主持: the body's 报告会 (read from its reference below,
                # with the venue and the day of the report's sentence), not the headline's words (GUIDELINES §3)
                headline = None
            fair = headline is not None and _fair_only(headline["name"])
            # (a job or sales fair that an official only attends, 副市长出席招聘会并慰问求职群众: a visit to the fair,
            # no ceremony told; contests are left as they are, GUIDELINES §8)
            told = _CEREMONY_TOLD_AT_FAIR if fair and _JOB_OR_SALES_FAIR.search(headline["name"]) \
                else _CEREMONY_TOLD_AT_CONTEST if fair and _CONTEST.search(headline["name"]) else _CEREMONY_TOLD
            if fair and headline is not None and not told.search(doc.clean_text, body_start):
                # 第二十届文博会开幕, 全县职工技能大赛落幕, 我市启动“安全生产月”活动 over a body that tells no
                # ceremony of it: a fair, a contest or a campaign is no meeting (GUIDELINES §3), but 同期举行的跨境
                # 电商发展高峰论坛上，12个项目集中签约 beside it is one, held on the fair's day
                for alongside in self._held_alongside(doc, sentences, reference):
                    if alongside["date"] is None:
                        alongside["date"] = headline["date"]
                    meetings.append(alongside)
                    headings.append(False)
                    simultaneous.append(False)
            elif headline is not None:
                # (a fair whose body tells someone chairing, addressing or giving prizes: the record stands for its
                # ceremony held, GUIDELINES §3; 我县举办…招聘会 over …招聘会在县文化广场开幕。开幕式上，…致辞: the opening
                # ceremony the body names was held where the fair opened, its venue the record's)
                named = next(self._fair_ceremonies(doc, sentences, [], reference), None) if fair else None
                if named is not None and headline["location"] is None:
                    headline["location"] = named["location"]
                if named is not None and _CONTEST.search(headline["name"]) \
                        and _CEREMONY_FRAME_OPENS.match(named["evidence"]["text"]):
                    # 第十八届省运会闭幕 over …运动会在…闭幕。闭幕式上，…宣布闭幕: the ceremony the body names is the
                    # meeting, named as the body writes it (GUIDELINES §3: games and contests are no meeting, their
                    # closing ceremony is; the body's wording over the headline's). Fairs and expos keep the headline's
                    # name: a job fair's bare 开幕式 in place of the fair was measured to cost more than it gave (§8
                    # notes), and an expo's is read so by earlier tests (test_fxq); so is a contest's ceremony told only
                    # as chaired (主持开幕式, test_meeting_review_k36a): only the ceremony framing the account renames it.
                    headline["name"] = named["name"]
                if fair and headline["organizer"] is None:
                    # (由县人社局主办的…招聘会在…开幕/举行: the fair's host, §3)
                    headline["organizer"] = (named and named["organizer"]) or self._fair_host_told(doc, sentences, headline["name"])
                meetings.append(headline)
                headings.append(False)
                simultaneous.append(False)
                if fair:
                    # 同期举行的跨境电商发展高峰论坛上，12个项目集中签约 beside the fair: a meeting of its own
                    for alongside in self._held_alongside(doc, sentences, reference):
                        meetings.append(alongside)
                        headings.append(False)
                        simultaneous.append(True)
        if meetings and all(m["name"] == "会见" and m["date"] is None for m in meetings) and _LECTURE_TOLD.search(doc.clean_text):
            # …做客我校“求是讲坛”，在图书馆报告厅作学术报告。报告会由…主持。…校长…会见了…一行: the lecture referred
            # to is the event reported, told before the courtesy call beside it (GUIDELINES §3, a meeting referred to)
            lectured = self._from_reference(doc, sentences, reference)
            if lectured is not None and self._heads_of(lectured["name"]) & _LECTURE_HEADS:
                meetings.insert(0, lectured)
                headings.insert(0, False)
                simultaneous.insert(0, False)
        if state.lecture_left_to_reference and meetings and all("座谈" in m["name"] for m in meetings):
            # …作学术报告。报告会由…主持。报告会后，…与青年教师进行了座谈: the lecture left to its reference is an event
            # of its own beside the talks told after it (GUIDELINES §3: each event told as held is its own record), read
            # from the reference as where it is the only one (only talks told after it: a meeting of another kind may
            # hold the lecture as its part)
            lectured = self._from_reference(doc, sentences, reference)
            if lectured is not None and self._heads_of(lectured["name"]) & _LECTURE_HEADS and all(
                    m["evidence"]["clean_start"] > lectured["evidence"]["clean_start"] for m in meetings):
                meetings.insert(0, lectured)
                headings.insert(0, False)
                simultaneous.insert(0, False)
        if not meetings and (labelled := self.labelled_record(doc, reference)) is not None:
            # 会议时间：4月12日下午 / 会议地点：… / 主持人：… under a title line naming the meeting, with no sentence that
            # holds it: the labelled record is the meeting (GUIDELINES §3 thirty-first review round)
            meetings.append(labelled)
            headings.append(False)
            simultaneous.append(False)
        if not meetings:
            # (这次会议是…: a meeting referred to only as this one, the page's when it refers to no other, GUIDELINES §3
            # thirtieth review round)
            # (the last reading asks only for a meeting referred to as this one: the first found none of the others)
            referred = self._from_reference(doc, sentences, reference) or self._referred_held(doc, sentences, reference) \
                or self._from_reference(doc, sentences, reference, with_this=True, only_this=True)
            told = _REFERRED_HELD.match(_ACCOUNT_OPENER.sub("", referred["evidence"]["text"], count=1)) if referred else None
            if told and referred and referred["location"] is None:
                # 据悉，会议于12月11日在市行政中心召开，市长王刚主持会议: the venue of the meeting referred to
                referred["location"] = self.clean_location(told["loc"])
            if referred is not None and referred["date_text"] is None:
                self._day_of_dated_act(doc, sentences, referred, reference)
            if referred is not None:
                meetings.append(referred)
                headings.append(False)
                simultaneous.append(False)
            elif (contest := self._contest_held(doc, sentences, reference)) is not None:
                # (no headline: 3月8日，第五届青年律师演讲比赛在…举行，…评出一等奖2名: the body's contest as the headline's)
                meetings.append(contest)
                headings.append(False)
                simultaneous.append(False)
        elif (separate := bool(_SEPARATE_EVENT_WORD.search(doc.clean_text) or _WITNESSED_SIGNING.search(doc.clean_text)
                               or _ATTENDED_ON_OWN_DAY.search(doc.clean_text))) \
                or self._named_reference_cue.search(doc.clean_text):
            # (the reference patterns are slow: only where one may be)
            # 亚辛21日在记者招待会上指出… beside the talks or the session reported: a press conference or
            # talks referred to, of a kind no meeting found has, is one more event (GUIDELINES §3)
            later_datelines = self._item_starts(doc, state)[1:]
            for referred in self._references(doc, sentences, reference):
                at = referred["evidence"]["clean_start"]
                if _banquet_given(doc.clean_text, referred, meetings):
                    # (…签约仪式在…举行。当晚，市长设宴欢迎…。在宴会上，…: the banquet the sentence before gives, one record
                    # named 宴会 beside the ceremony, GUIDELINES §3 twentieth review round)
                    meetings.append(referred)
                    headings.append(False)
                    simultaneous.append(False)
                    continue
                if not separate:
                    # (only a named meeting of its own here: the cues of the kinds below are absent; where they are
                    # present, their own rules decide, as their tests read a banquet beside talks or a session chaired)
                    if self._take_named_other_meeting(referred, meetings):
                        meetings.append(referred)
                        headings.append(False)
                        simultaneous.append(False)
                    continue
                # (…签署战略合作框架协议。市长…出席签约仪式并见证签约。会前，双方举行了工作会谈: the signing witnessed
                # at its ceremony is the ceremony held, beside the talks, GUIDELINES §3)
                witnessed = _SIGNING_CEREMONY.search(referred["name"]) and _WITNESSED_SIGNING.search(referred["evidence"]["text"]) \
                    and not any(_SIGNING_CEREMONY.search(m["name"]) for m in meetings)
                if witnessed:
                    where = next((k for k, mt in enumerate(meetings) if mt["evidence"]["clean_start"] > at), len(meetings))
                    meetings.insert(where, referred)  # (in text order: the signing told first is the main event)
                    headings.insert(where, False)
                    simultaneous.insert(where, False)
                elif (self._heads_of(referred["name"]) & _SEPARATE_EVENT_HEADS and not any(
                        self._same_kind(referred["name"], m["name"]) for m in meetings
                        # (昨天的会晤 beside today's talks: another day, another event)
                        if referred["date_text"] in (None, m["date_text"]) or _VAGUE_DATE.fullmatch(referred["date_text"])
                        # (a news item of its own, after a later dateline, reports another event; the
                        # first dateline only ends the headline)
                        if not any(min(at, m["evidence"]["clean_start"]) < d <= max(at, m["evidence"]["clean_start"])
                                   for d in later_datelines))):
                    meetings.append(referred)
                    headings.append(False)
                    simultaneous.append(False)
                elif self._attended_on_own_day(referred, meetings):
                    # ■ 6月24日上午，县委召开常委会会议…。■ 6月24日下午，…出席签约仪式: another item's event, on a day
                    # or a part of a day no meeting read has (GUIDELINES §3, several events each a record)
                    meetings.append(referred)
                    headings.append(False)
                    simultaneous.append(False)
        elif _BANQUET_GIVEN.search(doc.clean_text):
            # (…签约仪式在…举行。当晚，市长设宴欢迎…。在宴会上，…: on a page with no other cue of a reference, only the
            # banquet given is read from the references, GUIDELINES §3 twentieth review round)
            for referred in self._references(doc, sentences, reference):
                if _banquet_given(doc.clean_text, referred, meetings):
                    meetings.append(referred)
                    headings.append(False)
                    simultaneous.append(False)

    def _later_items_and_order(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, title: str, state: _BodyMeetings,
    ) -> None:
        """The sessions later items tell, the names and organizers completed from the headline and the body, and the
        order of the records: background sessions and restated heading meetings last or dropped (``state`` updated)."""
        meetings, headings, simultaneous = state.meetings, state.headings, state.simultaneous
        if meetings and len(items := self._item_starts(doc, state)) > 1:
            # 新华社长春1月19日电 吉林省…会议…选举…。新华社成都1月19日电 四川省…会议…选举…: items glued into one article,
            # each item's records count (GUIDELINES §11), so an item holding no meeting yet gives the session it tells acting
            for referred in self._later_item_references(doc, sentences, reference, meetings, items):
                meetings.append(referred)
                headings.append(False)
                simultaneous.append(False)
        if len(meetings) == 1 and meetings[0]["organizer"] is None and meetings[0]["location"] is None \
                and (_COMMEMORATION_NAMED.search(meetings[0]["name"]) or _GATHERING_CALLED.match(meetings[0]["name"])) \
                and "集会" in doc.clean_text:
            # (…在湖南宾馆隆重集会，纪念…。…出席纪念大会: the gathering told before is the commemoration attended)
            meetings[0] = self._gathering_commemorated(doc, sentences, meetings[0], reference) or meetings[0]
        # (a page without a title line read: its first sentence, as the announcement may open the body too)
        announced = title or (sentences[0].text if sentences else "")
        if meetings and announced and (full := self._headline_full_name(meetings[0]["name"], announced)) is not None:
            # 第五届数字经济论坛计划于3月15日在滨江举行 over 3月15日，论坛开幕: a body that names the meeting by its bare
            # noun only refers to the one the headline names in full (GUIDELINES §3, a meeting referred to)
            meetings[0]["name"] = full
        if meetings and _CEREMONY_NAMED.search(doc.clean_text):
            for opening in self._fair_ceremonies(doc, sentences, meetings, reference):
                # …博览会20日在成都开幕。开幕式上，…宣布开幕。开幕当天举行了…签约仪式: the fair's opening ceremony
                # (a meeting, GUIDELINES §3) beside the ceremony held on its day, in text order
                at = next((k for k, mt in enumerate(meetings)
                           if mt["evidence"]["clean_start"] > opening["evidence"]["clean_start"]), len(meetings))
                meetings.insert(at, opening)
                headings.insert(at, False)
                simultaneous.insert(at, False)
        for sentence in sentences:
            # 在会谈后举行的新闻发布会上, 马某会谈后对记者说: the talks or the session before it took place too
            # (GUIDELINES §3, a meeting referred to); not again when a meeting of its kind is already read
            for prior in _PRIOR_EVENT.finditer(sentence.text) if "后" in sentence.text else ():
                if not self._heads_of(prior["prior"]) or any(self._same_kind(prior["prior"], m["name"]) for m in meetings):
                    continue
                # (参加了政府会议之后对新闻界…: the meeting attended is named as written, its words before the head kept,
                # GUIDELINES §3 name as written; thirty-third review round)
                attended = _ATTENDED_BEFORE_PRIOR.search(sentence.text, max(0, prior.start() - 14), prior.start())
                named = (attended["named"] if attended else "") + prior["prior"]
                meetings.append(self._record(doc, sentence, named, self.date_of(doc, sentence.text, reference), None, None))
                headings.append(False)
                simultaneous.append(False)
        for k in range(len(meetings) - 1, -1, -1):
            if meetings[k]["name"] != "会见" or any(m["name"].startswith("座谈") for m in meetings):
                continue
            # 会见…一行，双方举行座谈: the talks, then a forum of the same parties, two records on the same day at the
            # same place (GUIDELINES §3 eighteenth review round)
            at = meetings[k]["evidence"]["clean_start"]
            sentence = next((t for t in sentences if t.start <= at < t.end), None)
            forum = _FORUM_AFTER_TALKS.search(sentence.text, at - sentence.start) if sentence else None
            if forum is None and sentence is not None:
                # (会见…一行。双方举行座谈，…: the forum told in the sentence right after the talks')
                sentence = next((t for t in sentences if t.start >= sentence.end), None)
                forum = _FORUM_OPENING_NEXT.match(sentence.text) if sentence else None
            if forum is None:
                continue
            record = self._record(doc, sentence, forum["name"], (meetings[k]["date"], meetings[k]["date_text"],
                                                                 meetings[k]["time_of_day"]), meetings[k]["location"], None)
            meetings.insert(k + 1, record)
            headings.insert(k + 1, headings[k])
            simultaneous.insert(k + 1, False)
        # Meetings read from subtitle-like lines follow those of the body (stable order otherwise).
        # (中国共产党成功地召开了第十五次全国代表大会 in a speech's review of the year, with no day: the nation's party
        # congress narrated as background, no record; see NATIONAL_PARTY_SESSION)
        # (only beside a meeting the page holds: 九月中旬，中国共产党举行了第十五次全国代表大会 alone is the page's account,
        # an earlier meeting narrated with a period, GUIDELINES §3 fourteenth review round)
        background = {k for k in range(len(meetings)) if _national_session_narrated(meetings[k])}
        # (the item datelines found only where a heading's meeting is read: most pages have none)
        if any(headings) and len(items := self._item_starts(doc, state)) > 1 and not any(
                not heading and meeting["evidence"]["clean_start"] < items[1] for meeting, heading in zip(meetings, headings, strict=True)):
            # 在京老同志迎春茶话会举行 (the page's headline line, a subtitle under it) over 本报北京…讯 今天上午，…喜迎新春。…茶话会由…
            # 共同举办, with wire items glued after it (新华社武汉…电 …第一次会议…选举…): the headline's meeting is the first item's
            # and the page's subject, not a subtitle-like line's beside the body's; it goes first (GUIDELINES §3 thirty-second
            # review round; §11: each glued item's records are its own)
            # (only a headline that tells no day of its own, its facts left to the body: not 政协九届一次会议三月三日召开…,
            # a session ahead over a decision item)
            headings = [heading and (meeting["evidence"]["clean_start"] >= items[0] or meeting["date_text"] is not None)
                        for meeting, heading in zip(meetings, headings, strict=True)]
        order = sorted((k for k in range(len(meetings)) if k not in background or len(background) == len(meetings)),
                       key=lambda k: headings[k])
        if not all(headings):
            # 区召开会议 (headline) over 5月7日，区委召开巡察工作动员会: the bare noun of a heading line restates
            # the body's meeting (GUIDELINES §1, a fact counted once)
            order = [k for k in order if not (headings[k] and meetings[k]["name"] in _BARE_MEETING_NAMES
                                              and meetings[k]["date"] is None)]
        meetings = [meetings[k] for k in order]
        simultaneous = [simultaneous[k] for k in order]
        state.meetings, state.headings, state.simultaneous = meetings, headings, simultaneous

    def _later_meetings_dated(
        self, doc: Document, sentences: list[Sentence], speakers: list[dict[str, Any]], reference: dt.date | None,
        title: str, meetings: list[dict[str, Any]], simultaneous: list[bool],
    ) -> dict[str, Any]:
        """Date the later meetings held alongside the main one, give attendees, organizers and hosts, and fold sessions
        into the main meeting (``meetings`` non-empty, updated in place); the main meeting."""
        main = meetings[0]
        for meeting, alongside in zip(meetings[1:], simultaneous[1:], strict=True):
            if alongside and meeting["date"] is None and not _during_other_meeting(meeting["evidence"]["text"], main["name"]) \
                    and not (
                    _RANGE.search(main["date_text"] or "") and (
                        _DURING_STRETCH.match(meeting["evidence"]["text"])
                        or _DURING_MEETING_OPENS.match(meeting["evidence"]["text"])
                        or meeting["evidence"]["text"].lstrip().startswith(_WITHIN_MEETING)
                        or _MEETING_ALSO_HELD_OPENS.match(meeting["evidence"]["text"]))):
                # (not 9月17日至19日，…大会举行。会议期间，还举行了…推进会, 会上举行了…: some day of the meeting, not
                # stated; GUIDELINES §3 fifteenth review round: with one stated day, that day)
                meeting["date"] = main["date"]
                # (5月6日上午，…召开全会。会上，举行了宣誓仪式: the meeting's time of day with its day, §3 nineteenth
                # round; not when another meeting is told between: 5月9日晚，…召开常务会议。会上，…)
                told_last = max((m for m in meetings if m["evidence"]["clean_start"] < meeting["evidence"]["clean_start"]),
                                  key=lambda m: m["evidence"]["clean_start"], default=None)
                meeting["time_of_day"] = _within_meeting_time(meeting, main if told_last is main else None)
                if meeting["date_text"] in _SHIFTED_DAY:
                    meeting["date"] = self._shifted_day(doc, meeting, reference, _SHIFTED_DAY[meeting["date_text"]], meetings)
                elif meeting["date_text"] in _SAME_DAY_WORDS and main["date"] is not None:
                    # (4月2日，…召开支委会。4月9日，…召开党员大会。当天，…举行入党宣誓仪式: the day told last,
                    # not the first meeting's; the main meeting's when no day is told before; none when the
                    # main meeting's day is not known: 近日，…。当天下午，…)
                    told = self._shifted_day(doc, meeting, reference, 0)
                    if told is not None and _same_account(told, main["date"]):
                        meeting["date"] = told
        for meeting in meetings[1:]:
            if (shifted := _SHIFTED_DAY_BRACKETED.match(meeting["evidence"]["text"])) is not None:
                # (…二〇二三年三月八日上午，…召开表彰大会。…前一天（7日），…主持召开女企业家座谈会 on a page with no
                # publication date: the bracketed day is the shift's from the day told before, whose month and year
                # it takes when the two agree, also over a month read for the bare day, 6月30日…次日（1日）; GUIDELINES
                # §3 date: a relative day resolved, not null when the page gives month, day and year)
                day = self._shifted_day(doc, meeting, reference, _SHIFTED_DAY[shifted["shift"]], meetings)
                if day is not None and int(day[8:]) == int(shifted["day"]):
                    meeting["date"] = day
        self.assign_attendees(meetings, sentences, doc.clean_text)
        for meeting in meetings:
            if meeting["location"] is None and _COUNCIL_SITTING_NAME.search(meeting["name"]):
                meeting["location"] = self._opening_rite_venue(doc, meeting)
            if meeting["location"] is None and "举行的" in meeting["evidence"]["text"]:
                meeting["location"] = self._statement_place(doc, meeting)
            if meeting["location"] is None:
                # (萨哈夫28日晚在这里说，…。萨哈夫在记者招待会上谴责…: the lead statement's day and place, GUIDELINES §3
                # thirty-third review round)
                self._lead_statement_conference(doc, meeting, reference)
            if meeting["location"] is None:
                meeting["location"] = _room_of_business_after(meeting)
            if meeting["organizer"] is None:
                meeting["organizer"] = self._labelled_organizer(doc, meeting)
        # (in the meetings' order, not a set's: of two fuller names of one length, the first written wins in every run)
        organizers = list(dict.fromkeys(m["organizer"] for m in meetings if m["organizer"]))
        for meeting in meetings:
            # 市委直属机关工委 after 驻马店市委直属机关工委: the organizer's full name written before
            short = meeting["organizer"]
            # (江城市人民政府召开…。1月上旬，市政府已召开…: the government's short name drops 人民 as well; GUIDELINES §3
            # fourteenth review round, a bare level body standing for the one of its kind the page names)
            # (not 江城市人民政府与河州市人民政府 before 市政府: joint holders are no one body the short name stands for)
            fuller = [o for o in organizers if short and o != short and not _joint_holders(o)
                      and (o.endswith(short) or o.replace("人民政府", "政府").endswith(short)
                           # (澳门特别行政区政府…。典礼结束后，特区政府设酒会…: 特区 short for 特别行政区, GUIDELINES §3
                           # fourteenth and thirty-third review rounds)
                           or o.replace("特别行政区", "特区").endswith(short))]
            told = meeting["evidence"]["text"]
            sides = _TWO_SIDES_HOLD.search(told) if short is None or _TWO_SIDES_WORD.fullmatch(short) else None
            if sides and told.find(meeting["name"], sides.end()) >= 0:
                # 江城市人民政府与华信集团…。双方举行了签约仪式: the two bodies named just before, in this sentence or the
                # one before it; two persons, or none named, give no organizer (GUIDELINES §3 twenty-fourth review round)
                meeting["organizer"] = self._two_parties_before(doc.clean_text, sentences, meeting, sides.start("who"))
            elif short and GENERIC_KIND_SUBJECT.fullmatch(short):
                # 会前，医院党委召开党委会议, 会后，局党组又召开…: a generic subject, no name, also beside its full name
                # written as another event's holder (GUIDELINES §3 eighteenth and twenty-fourth review rounds, as the
                # invented tuning gold reads 局党组 beside 江岸区住房和城乡建设局党组, syn_d13)
                meeting["organizer"] = None
            elif fuller:
                meeting["organizer"] = max(fuller, key=len)
            elif short and (named := self._named_before(doc.clean_text, short, meeting["evidence"]["clean_start"])):
                meeting["organizer"] = named
            elif short and (named := _abbreviated_body_in_full(
                    title + "\n" + doc.clean_text[: meeting["evidence"]["clean_start"] + max(told.find(short), 0)], short)):
                # 江城县防汛抗旱指挥部…。县防指召开…: the body's full name written before its short form (GUIDELINES §3
                # twentieth and twenty-first review rounds), also in the clause before it in the same sentence
                # (据江城市城市管理综合行政执法局消息，市城管执法局召开…: the source named in full)
                meeting["organizer"] = named
            elif short and (named := _place_short_in_full(title + "\n" + doc.clean_text, short)):
                # 来源：江城县教育局 (or the headline, or the body) over 5月6日，县教育局召开…: the body written short by its
                # level word, the page naming one place of that level and the body in full with it (GUIDELINES §3
                # twenty-third round: a short form is expanded from the full name in the article's own text, its source
                # line included; thirty-first review round)
                meeting["organizer"] = named
            elif short is None and (session := _BARE_KIND_SESSION.match(meeting["name"])) and (
                    named := self._association_named(doc.clean_text, session["kind"], meeting, organizers)):
                # (中国茶叶流通协会…。协会第四届理事会第三次会议在杭州召开: the association named in full before)
                meeting["organizer"] = named
            elif short in GENERIC_UNLESS_NAMED:
                meeting["organizer"] = None  # 医院召开护士节表彰大会: an unnamed subject (GUIDELINES §3)
            elif short and len(short) <= 4 and _after_post(doc.clean_text, short):
                # 国务院总理李强…。会见前，李强在…举行欢迎仪式: a subject written elsewhere right after a post is a
                # person, no organization (GUIDELINES §3)
                meeting["organizer"] = None
        starts = {m["evidence"]["clean_start"] for m in meetings}
        for meeting in meetings:
            if meeting["name"] in _BARE_MEETING_NAMES:
                own = meeting["evidence"]["clean_start"]
                meeting["name"] = self._name_given_later(meeting, sentences, starts - {own}) or meeting["name"]
        labelled_hosts = [(m, m["host"]) for m in meetings if m.get("_labelled") and m["host"]]
        self.assign_hosts(meetings, speakers)
        for meeting, chair in labelled_hosts:
            meeting["host"] = chair  # (主持人：张明（支部书记）: the record's own label names its chair)
        for part in [m for m in meetings[1:] if self._session_of(main, m, doc.clean_text)]:
            # …现场推进会召开。上午，与会人员到…现场观摩；下午在县行政中心召开推进大会: the plenary is a part of
            # the main meeting, its venue and chair the main one's (GUIDELINES §3: one meeting, one record)
            main["location"] = main["location"] or part["location"]
            main["host"] = main["host"] or part["host"]
            if main["attendee_count"] is None:
                main["attendee_count"], main["attendee_approx"] = part["attendee_count"], part["attendee_approx"]
            meetings.remove(part)
        return main

    def _main_day_and_place(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, title: str, state: _BodyMeetings,
        main: dict[str, Any], headline_organizer: dict[str, Any] | None,
    ) -> None:
        """The main meeting's day, venue and organizer from labelled lines, later sentences, the headline and captions,
        then the days of the later meetings from it (``state.meetings`` updated in place): the steps below in turn, each
        reading what those before it left."""
        # (the sentences of the later meetings, where a later sentence is another meeting's account, not this one's)
        others = {m["evidence"]["clean_start"] for m in state.meetings[1:]}
        self._main_labelled_day(doc, sentences, reference, state, main)
        self._main_labelled_place(doc, main)
        self._main_later_reference(doc, sentences, reference, main, others)
        self._main_venue_from_headline(doc, title, state, main)
        self._main_later_organizer(doc, sentences, title, state, main, headline_organizer, others)
        self._main_context_day(doc, sentences, reference, state, main)
        self._main_headline_day(doc, reference, title, state, main)
        self._main_caption_day(doc, reference, state, main)
        self._same_day_words_after_main(doc, state, main)
        self._days_from_meeting_before(doc, reference, state.meetings)
        if main["date"] is None and not _no_day(main["date_text"]) and not _VAGUE_DATE.fullmatch(main["date_text"]):
            doc.warn("W_DATE_UNRESOLVED", f"meeting date {main['date_text']!r}: no publication date or year in text")

    def _main_labelled_day(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, state: _BodyMeetings,
        main: dict[str, Any],
    ) -> None:
        """The main meeting's day from a labelled line (时间：…) or a sentence stating its time, where it has none."""
        meetings = state.meetings
        labelled = None
        if _no_day(main["date_text"]):
            # (the programme lines may have been set aside as headline furniture: the raw text too)
            # (in the raw text only as a programme pair, 时间： then 地点：, not a neighbouring post's 时间：)
            labelled = _TIME_LABEL.search(doc.clean_text) or _BRACKETED_TIME.search(doc.clean_text) \
                or (None if doc.is_html else (_PROGRAMME_TIME.search(doc.raw_text) or _BRACKETED_TIME.search(doc.raw_text)))
            # (…活动启动仪式在…举行。本次活动时间为3月1日至3月31日: the campaign's period, not the ceremony's day)
            stated = None if labelled else next((t for t in _TIME_STATED.finditer(doc.clean_text)
                                                 if t["noun"] != "活动" or main["name"].endswith("活动")), None)
            if stated and not _after_publication(self.date_of(doc, stated["when"], reference)[0], reference):
                labelled = stated  # (会议时间为3月20日 after a report published on the 10th: a meeting ahead)
        if labelled and reference is not None and _page_stamp_line(labelled) \
                and (context := self._context_date(doc, sentences, main, meetings, reference)) is not None:
            # 时间：2027-01-03 (a page's stamp under a bare label) over 12月29日，…巡察组向…反馈…。…主持会议: the day the
            # account opens with (with no such lead the stamp stays the day, as before)
            main["date"], main["date_text"], main["time_of_day"] = context
        elif labelled:
            # 时间：2024年7月17日下午3时 — the programme line of a press conference or notice
            main["date"], main["date_text"], main["time_of_day"] = _dated_over(
                main, self.date_of(doc, labelled["when"], reference))

    @staticmethod
    def _main_labelled_place(doc: Document, main: dict[str, Any]) -> None:
        """The main meeting's venue from a labelled line (地点：…), where it has none."""
        # The programme lines may have been set aside as headline furniture: read the raw text too.
        place = None
        if main["location"] is None:
            place = _PLACE_LABEL.search(doc.clean_text) or (None if doc.is_html else _PLACE_LABEL.search(doc.raw_text))
        if place:
            main["location"] = place["where"].strip()

    def _main_later_reference(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, main: dict[str, Any], others: set[int],
    ) -> None:
        """The main meeting's venue and day from a later sentence referring back to it (``others``: the starts of the
        later meetings' sentences)."""
        # (…现场推进会在柏林镇召开。…实地观摩…。随后，在柏林镇政府会议室召开推进会: an on-site meeting's sitting, at
        # a fuller venue within the place first named)
        on_site = "现场" in main["name"] and main["location"] is not None
        later = (
            self._later_reference(main, sentences, others)
            if main["location"] is None or _no_day(main["date_text"]) or on_site else None
        )
        if later is not None:
            # …召开表彰大会。…。本次大会于6月30日上午在公司总部四楼报告厅举行: the place and the day
            sentence, place = later
            fuller = on_site and place and place != main["location"] and place.startswith(main["location"])
            main["location"] = place if fuller else main["location"] or place
            if _no_day(main["date_text"]):
                main["date"], main["date_text"], main["time_of_day"] = _dated_over(
                    main, self.date_of(doc, sentence.text, reference))

    def _main_venue_from_headline(self, doc: Document, title: str, state: _BodyMeetings, main: dict[str, Any]) -> None:
        """The main meeting's venue from the headline, a caption or the people the headline gathers, where it has none."""
        meetings = state.meetings
        if main["location"] is None and title:
            main["location"] = self._headline_venue(doc, title, main["name"])
        if main["location"] is None and ("图" in doc.raw_text or "圖" in doc.raw_text):
            # (圖為…在…召開現場: a Traditional page's caption, read in Simplified, GUIDELINES §3 thirty-third review round)
            main["location"] = self._caption_venue(doc, main, tuple(m["name"] for m in meetings[1:]))
        # (艺术家、评论家在京聚会讨论…: a headline listing people may be set aside as furniture, not read as the title;
        # the page's first line is then the headline)
        headline = title or ("" if doc.is_html else doc.raw_text.lstrip().split("\n", 1)[0])
        if main["location"] is None and headline and len(meetings) == 1:
            main["location"] = self._headline_gathering_place(doc, headline)  # 艺术家在京聚会讨论…: 北京

    def _main_later_organizer(
        self, doc: Document, sentences: list[Sentence], title: str, state: _BodyMeetings, main: dict[str, Any],
        headline_organizer: dict[str, Any] | None, others: set[int],
    ) -> None:
        """The main meeting's organizer from a later sentence naming its host (and the later items' first meetings'),
        written in full as the page writes it (``others``: the starts of the later meetings' sentences)."""
        meetings = state.meetings
        if main["organizer"] is None:
            main["organizer"] = self._later_organizer(main, sentences, others)
        elif main is headline_organizer or _PLACE_ONLY.fullmatch(main["organizer"]):
            # (江州市第二十届学术年会在…举行。年会由市科协、江州大学共同主办: a place read off the name's head, the
            # later agent of 主办 the body that holds it)
            # 丰源县举办…培训班 over …培训班在县委党校开班。本次培训由县委组织部、县农业农村局主办: the body's
            # agent of 主办 says who hosts it, more closely than the headline's subject (GUIDELINES §3)
            # (滨江市首届中小学校长论坛在…举行。论坛由市教育局主办: so does it over a place alone before the name)
            main["organizer"] = self._later_organizer(main, sentences, others) or main["organizer"]
        if len(items := self._item_starts(doc, state)) > 1:
            # 本报讯1月8日在北京人民大会堂举行了…揭晓仪式。…这次活动由甲、乙共同主办: the first meeting of a later glued
            # item takes the holders its item tells after it, as the page's main meeting does (GUIDELINES §11: each
            # item's records count; §3 holders lent to a ceremony; thirty-third review round); never across an item
            self._later_item_organizers(meetings, sentences, items)
        if main["organizer"] and (named := _place_short_in_full((title or "") + "\n" + doc.clean_text, main["organizer"])):
            # (来源：崇山县委组织部 over …培训班在县委党校开班。本次培训由县委组织部主办: the later agent of 主办 written
            # short by its level word is the body the page writes in full, like the subject of 召开, GUIDELINES §3
            # twenty-third, thirty-first and thirty-second review rounds)
            main["organizer"] = named

    def _main_context_day(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, state: _BodyMeetings,
        main: dict[str, Any],
    ) -> None:
        """The main meeting's day from the account it opens or the gathering its lead tells, where it has none."""
        meetings = state.meetings
        if _no_day(main["date_text"]):
            # 7月3日，甲集团与乙银行签署协议。……。签约仪式由…主持: the day the account opens with (also on a page with
            # no publication date, a newspaper article: its date_text as written, GUIDELINES §11)
            context = self._context_date(doc, sentences, main, meetings, reference)
            if context is None and heading_like(doc.clean_text, main["evidence"]["clean_start"]):
                # (在京老同志迎春茶话会举行 over 今天上午，2000多名在京老同志欢聚在人民大会堂: the gathering the lead tells)
                rite = _BARE_RITE.fullmatch(main["name"])
                context = self._gathering_lead_date(doc, sentences, main, reference, _RITE_TOLD[rite["kind"]]) if rite \
                    else self._gathering_lead_date(doc, sentences, main, reference)
            if context is not None:
                main["date"], main["date_text"], main["time_of_day"] = _dated_over(main, context)

    def _main_headline_day(
        self, doc: Document, reference: dt.date | None, title: str, state: _BodyMeetings, main: dict[str, Any],
    ) -> None:
        """The main meeting's day from the headline that names it, where the body gives none (and the day of a lesson
        given within it)."""
        meetings, simultaneous = state.meetings, state.simultaneous
        if (_no_day(main["date_text"]) or main["date_text"] in ("近日", "日前")) and title \
                and not _PLANNED.search(title) and (day := _headline_day(title)) \
                and (titled := self.match(title)) and self._same(self.clean_name(titled[0]["name"]), main["name"]):
            # 【3月6日】县委召开…会议 / …会议（3月6日） over a body that gives no day: the headline's
            # (page text; GUIDELINES §3 date: null only when the page does not give the day)
            told = self.date_of(doc, title[day.start() :], reference)
            if not _after_publication(told[0], reference):
                main["date"], main["date_text"], main["time_of_day"] = _dated_over(main, told)
                for meeting, alongside in zip(meetings[1:], simultaneous[1:], strict=True):
                    opening = meeting["evidence"]["text"].lstrip()
                    if alongside and main["date"] is not None and meeting["date"] is None \
                            and meeting["date_text"] is None and not _RANGE.search(main["date_text"] or "") \
                            and _WITHIN_CEREMONY.match(opening):
                        # (【9月12日】…举行开学典礼 over 典礼上，校长…讲授了“开学第一课”: the lesson given within the
                        # ceremony takes the day the headline gives it, as it takes a day the body or a caption gives,
                        # GUIDELINES §3 date and the twenty-third round; not yet 会上，…: read for any event held within
                        # a meeting, it cost a held-out date, §8)
                        meeting["date"], meeting["time_of_day"] = main["date"], _within_meeting_time(meeting, main)

    def _main_caption_day(
        self, doc: Document, reference: dt.date | None, state: _BodyMeetings, main: dict[str, Any],
    ) -> None:
        """The main meeting's day from a caption, where the body gives a period or no day (and the day of an event held
        within it)."""
        meetings, simultaneous = state.meetings, state.simultaneous
        # (本月初，…开展主题党日活动 over （图为7月2日，支部党员在…纪念馆重温入党誓词）: a period the caption's day falls
        # in, as 近日 is; GUIDELINES §3 sixteenth review round, a caption dating the reported meeting)
        if (main["date_text"] in ("近日", "日前") or (main["date_text"] and _no_day(main["date_text"]))) and (
                caption := self._caption_day(doc, main, reference, alone=len(meetings) == 1,
                                             others=tuple(m["name"] for m in meetings[1:]))) is not None \
                and not outside_written_month(main["date_text"], caption[0]):
            main["date"], main["date_text"], main["time_of_day"] = caption
            for meeting, alongside in zip(meetings[1:], simultaneous[1:], strict=True):
                if alongside and meeting["date"] is None and meeting["date_text"] is None \
                        and meeting["evidence"]["text"].lstrip().startswith(_WITHIN_MEETING):
                    # (近日，…召开表彰会。会上，…作了专题讲座。图为11月2日下午表彰会现场: the event held within the
                    # meeting takes the day the caption gives it, as it takes a day the body writes, §3)
                    meeting["date"], meeting["time_of_day"] = main["date"], _within_meeting_time(meeting, main)

    @staticmethod
    def _same_day_words_after_main(doc: Document, state: _BodyMeetings, main: dict[str, Any]) -> None:
        """The day of later meetings told 当天 after a main meeting dated only by its headline or caption."""
        meetings = state.meetings
        if main["date"] is not None:
            for meeting in meetings[1:]:
                if meeting["date"] is None and meeting["date_text"] in _SAME_DAY_WORDS \
                        and _day_word_after_vague_main(doc.clean_text, main, meeting):
                    # (日前，…开展主题党日活动。…当天下午，支部还…召开联席座谈会 under 【6月27日】…, or 近日，…签约仪式…
                    # 举行。…当天下午，…召开座谈会 over 图为9月16日上午签约仪式现场: 当天 is the day told last, the main
                    # meeting's, which the headline or the caption gives, GUIDELINES §3 sixteenth and seventeenth rounds)
                    meeting["date"] = main["date"]

    def _days_from_meeting_before(
        self, doc: Document, reference: dt.date | None, meetings: list[dict[str, Any]],
    ) -> None:
        """The day of each meeting told after another (随后, 会后, 期间, 开幕式上) from the meeting told before it."""
        for meeting in meetings:
            # 随后，学院召开座谈会 / 在随后举行的座谈会上: the day of the account just before
            at = meeting["evidence"]["clean_start"]
            # (活动期间，/ 期间，: within the event just told; not 在青溪期间, a stay somewhere)
            # (开幕式上，举行了…签约仪式 after …博览会开幕, whose 开幕式 is read from the fair: within the opening)
            during = _DURING_OPENING.match(meeting["evidence"]["text"])
            # (开幕式上举行了…签约仪式 after …博览会开幕: within the opening ceremony, read from this same sentence)
            opening = _WITHIN_OPENING.match(meeting["evidence"]["text"])
            # (发言人会后在记者会上说明…: after the meeting just told, on its day, as 会后，…; not 会前，…: an account
            # told before the meeting may be of an earlier day,
            # tests/extract/meetings/test_meeting_held_in_turn_on_listed_days.py)
            after_it = _AFTER_IT_SUBJECT.match(meeting["evidence"]["text"])
            before_signing = _BEFORE_TOLD_CEREMONY.match(meeting["evidence"]["text"])
            if before_signing and before_signing["rite"] and not (
                    (previous := max((m for m in meetings if m["evidence"]["clean_start"] < at),
                                     key=lambda m: m["evidence"]["clean_start"], default=None))
                    and re.search(before_signing["rite"] + "(?:式|典礼|仪式)[”」』]?$", previous["name"])):
                before_signing = None  # 开学典礼前，… after 县运动会闭幕式…: another ceremony than the one told
            # (up to the verb that holds it: not 闭幕式前，区政府召开座谈会，8位代表先后发言, the speakers' turns)
            held_verb = _HOLDS_EVENT.search(meeting["evidence"]["text"], before_signing.end()) if before_signing else None
            if before_signing and _TALKS_OWN_TIME.search(meeting["evidence"]["text"], before_signing.end(),
                                                         held_verb.end() if held_verb else len(meeting["evidence"]["text"])):
                before_signing = None  # 在签约前，双方于去年举行了三轮会谈: a time of their own
            before_session = _BEFORE_SESSION.match(meeting["evidence"]["text"]) \
                if _OPENING_RITE_NAME.search(meeting["name"]) else None
            convened_before = _BEFORE_MEETING_CONVENED.match(meeting["evidence"]["text"])
            if convened_before and _TALKS_OWN_TIME.search(meeting["evidence"]["text"], 0, convened_before.end()):
                convened_before = None  # 会前，院党组曾多次召开…: a time of their own
            if _no_day(meeting["date_text"]) and (_FOLLOWING.search(meeting["evidence"]["text"]) or during or opening or after_it
                                                  or before_signing or before_session or convened_before):
                before = [m for m in meetings if m is not meeting and (m["evidence"]["clean_start"] < at or (
                    opening and m["evidence"]["clean_start"] == at and m["name"] == opening["rite"]))]
                if _AROUND_A_MEETING.match(meeting["evidence"]["text"]):
                    # (…召开民主生活会。…11月28日，中心组开展专题学习。会前，…还召开了征求意见座谈会: 会前/会后 point to
                    # the last meeting told that is a 会, not to a study session or an activity told between,
                    # GUIDELINES §3 thirtieth review round; with no 会 told, the event told last, 专题学习。会后，…)
                    before = [m for m in before if _A_MEETING_NAME.search(m["name"])] or before
                latest = max(before, key=lambda m: m["evidence"]["clean_start"]) if before else None
                # (the meeting right before, dated, and no other day written between: 近日…召开常务会议。
                # 随后，…召开座谈会 is undated)
                # (…。会议要求各单位于2月10日前完成自查。会后，…: a deadline between is no day told)
                between = list(_told_days(doc.clean_text, latest["evidence"]["clean_end"], at, remarks=True)) if latest else []
                firm = [d for d in between if not _VAGUE_DATE.fullmatch(d.group())]
                # (活动期间，…颁奖仪式 after an event of 5月6日至7日: some day of it, not stated)
                if during and latest and latest["date"] and any(
                        (days := _span_days(m)) is not None and days["last"] is not None and m["date"]
                        and 0 <= (dt.date.fromisoformat(latest["date"]) - dt.date.fromisoformat(m["date"])).days
                        <= int(days["last"]) - int(days["first"]) for m in before):
                    # (…代表大会5月6日至7日召开。7日下午，理事会第一次会议召开。会议期间，还举办了…沙龙: within the
                    # meeting of several days told before, some day of it, not the sitting within its span told last;
                    # 为期两天的…大会6日开幕。大会期间，…: a span told by its length too, GUIDELINES §3 thirtieth review round)
                    latest = None
                if latest and latest["date"] and not firm and not _RANGE.search(latest["date_text"] or ""):
                    # (活动期间 or 在随后召开的…会议上 after an event of 9月25日至26日: some day of it or after it, not
                    # stated; GUIDELINES §3 date: only the day of the clause that holds the meeting)
                    # (its date_text stays null: no date is written for it, GUIDELINES §3 date_text)
                    meeting["date"] = latest["date"]
                    # (…下午召开常务会议。会后，举行了…报告会: the meeting's time of day with its day, §3
                    # nineteenth round)
                    meeting["time_of_day"] = _within_meeting_time(meeting, latest)
                elif latest and _RANGE.search(latest["date_text"] or "") and len(firm) == 1 \
                        and _FOLLOWING.search(meeting["evidence"]["text"]) and not (during or opening):
                    # 3月5日至6日，…代表大会召开。…6日下午，大会选举产生了…。在随后召开的…全委会议上: the one day told
                    # between, a dated act of the same event, is the day of the sitting held right after it
                    # (GUIDELINES §3 thirteenth review round: 随即/随后 after a dated act takes that day and its part)
                    told = self.date_of(doc, doc.clean_text[firm[0].start() : firm[0].end() + 2], reference)
                    if told[0] is not None:
                        meeting["date"], meeting["date_text"], meeting["time_of_day"] = told

    def _held_within_venues(
        self, doc: Document, title: str, meetings: list[dict[str, Any]],
    ) -> tuple[list[dict[str, Any]], set[int]]:
        """Classes joined to their openings, meetings held within another given its venue and organizer; the meetings and
        the starts of their sentences in ``doc.clean_text``."""
        meetings = _class_with_its_opening(meetings, doc.clean_text)
        _within_span(meetings)
        self._from_page_headline(meetings, title, doc.meta.get("speech_date"))
        for k, meeting in enumerate(meetings):
            if meeting["location"] and _MEETING_AS_VENUE.fullmatch(told_venue := meeting["location"]):
                # 两国外交秘书在这次会上进行了非正式会谈: a meeting referred to is no place; the talks are held within it and
                # take its venue, as one told 会上 does (GUIDELINES §3 fifteenth and twenty-third rounds; thirty-third round)
                meeting["location"] = None
                # (本届年会期间: a stretch of it, its day at most, sixteenth round)
                meeting["_held_within"] = k > 0 and not told_venue.endswith("期间")
        starts = {m["evidence"]["clean_start"] for m in meetings}
        held = host = main = None  # the venue and organizer of the last meeting told that was not held within another
        for meeting in meetings:
            if not meeting.pop("_held_within", False):
                held, host, main = meeting["location"], meeting["organizer"], meeting
                continue
            if meeting["location"] is None and held:
                meeting["location"] = held
                meeting["_venue_of"] = main  # (the room as the main meeting's sentence resolves it, read below)
            told = meeting["evidence"]["text"]
            at = told.find(meeting["name"])
            # (a forum too: 会上还举行了…论坛, GUIDELINES §3 seventeenth review round)
            if meeting["organizer"] is None and _HELD_WITHIN_KIND_END.search(_QUOTE_MARKS.sub("", meeting["name"])) \
                    and at > 0 and (_HELD_WITHIN_BY_NONE.search(told, 0, at) or _CHAIRED_WITHIN.match(told[:at])
                                   or _HELD_WITHIN_AFTER_ACT.match(told[:at])):
                # 会上还举行了…揭牌仪式: a ceremony held within the meeting, no one named holding it, is the meeting's
                # own act, held by its organizer (GUIDELINES §3 seventeenth review round; not a lecture given there, nor
                # 会上，新入职护士进行了授帽仪式: those who take part named, whom the ruling does not make holders)
                meeting["organizer"] = host
        return meetings, starts

    def _holder_read_again(
        self, doc: Document, sentences: list[Sentence], title: str, meetings: list[dict[str, Any]], starts: set[int],
        meeting: dict[str, Any],
    ) -> None:
        """The organizer and venue of ``meeting`` read again from the page: councils, sessions and bodies written short
        (``starts``: the starts of the meetings' sentences)."""
        here = meeting.pop("_here", None)
        if meeting["organizer"] == "议会":
            # 议会召开第三次定期会, 由议会主办的…: a council by its bare kind, no name; the one council the page names,
            # else none (GUIDELINES §3: a generic subject without a name is null, unless the page names exactly one
            # body of that kind, as for 镇党委)
            meeting["organizer"] = _one_named_council(title + "\n" + doc.clean_text)
        if meeting["time_of_day"] is None:
            # …典礼在…举行。典礼于上午9时开始: a start time told after the name (GUIDELINES §3 eleventh review round)
            meeting["time_of_day"] = self._start_time(meeting, sentences, starts - {meeting["evidence"]["clean_start"]})
        meeting.pop("_around", None)
        meeting.pop("_uncounted", None)
        if meeting["location"] is None and _CONFERRING_CEREMONY.search(meeting["name"]):
            # 授勋典礼31日举行。当天，行政长官在礼宾府为受嘉许人士颁授勋章: the ceremony's own act told next with its
            # place gives the ceremony's venue (GUIDELINES §3 location, as a signing act's place gives a signing
            # ceremony's)
            meeting["location"] = _conferring_place(doc.clean_text, meeting)
        if meeting["location"] is None:
            # 工程今天在外高桥宣告开工。…出席了今天的开工典礼: the place of the act the rite is named after, told
            # before it (GUIDELINES §3 location, thirtieth review round)
            meeting["location"] = self._rite_act_place(doc, meeting)
        if meeting["location"] is None and _AT_ANAPHORIC_VENUE.search(meeting["evidence"]["text"]):
            # 22日，他又在同样的地点会见了…: the venue of the meeting told before it (GUIDELINES §3 location,
            # twenty-ninth round); none when that one has none
            before = [m for m in meetings if m is not meeting and m["location"]
                      and m["evidence"]["clean_start"] < meeting["evidence"]["clean_start"]]
            meeting["location"] = before[-1]["location"] if before else None
        meeting["location"] = meeting["location"] or here  # (the dateline's city, when no venue was told)
        if meeting["organizer"] and (council := _SESSION_OF_COUNCIL.match(meeting["organizer"] + meeting["name"])):
            # 新竹县议会第十一届第四次定期大会…开议: the county before the council is no holder of its own; the
            # session keeps its council in the name, and the council holds it (GUIDELINES §3 ninth round)
            meeting["name"] = council.group()
            meeting["organizer"] = council["org"]
        elif meeting["organizer"] and (council := _SESSION_OF_COUNCIL.match(meeting["name"])) \
                and council["org"].startswith(meeting["organizer"]):
            meeting["organizer"] = council["org"]  # (the same with the council's name kept whole in the name)
        elif meeting["organizer"] and meeting["name"].startswith("议会") and _BARE_PLACE.fullmatch(meeting["organizer"]) \
                and (session := _SESSION_OF_BODY.match(meeting["organizer"] + meeting["name"])):
            # 沙田区议会第五次会议…举行: the district is no holder of its own but the council's place; the session keeps
            # its council in the name, and the council holds it (GUIDELINES §3: a session named after its standing body)
            meeting["name"] = session.group()
            meeting["organizer"] = session["org"]
        if committee := term_committee_session(meeting["organizer"], meeting["name"]):
            meeting["name"], meeting["organizer"] = committee  # 民盟第六届江城市委员会第一次全体会议: 民盟江城市委员会
        elif meeting["organizer"] is None and (session := _SESSION_OF_BODY.match(meeting["name"])):
            meeting["organizer"] = session["org"]  # 十七届县政府第28次常务会议: the body whose session it is
        elif meeting["organizer"] and _BARE_PLACE.fullmatch(meeting["organizer"]) \
                and (session := _SESSION_OF_BODY.match(meeting["name"])) \
                and session["org"].startswith((meeting["organizer"][-1], meeting["organizer"])):
            # 河阳县召开县政府第四十二次常务会议: the place whose body it is holds no session of its own; the
            # body the session is named after is its organizer (GUIDELINES §3 ninth round)
            meeting["organizer"] = session["org"]
        elif meeting["organizer"] and _BARE_PLACE.fullmatch(meeting["organizer"]) \
                and (party := _PARTY_BODY_SESSION.fullmatch(meeting["name"])) \
                and party["level"] in (None, meeting["organizer"][-1]):
            # 白沙镇召开镇党委会议: the place holds no party session of its own; its party committee, whose
            # session the name says it is, is the organizer (GUIDELINES §3 fourteenth round: 镇党委会议 is organized
            # by that body, the page's 白沙镇党委); a bare 党委会议 with no level word is the same place's party
            # committee's session (安乐镇召开党委会议 → 安乐镇党委: a place before its own 党委会议, GUIDELINES §3
            # fourteenth review round)
            meeting["organizer"] = meeting["organizer"] + party["body"]
        elif meeting["organizer"] and (_BARE_PLACE.fullmatch(meeting["organizer"])
                                       or _GRASSROOTS_PLACE.fullmatch(meeting["organizer"])) \
                and (opening := _BODY_OPENED_NAME.match(meeting["name"])):
            # 安乐镇召开党委理论学习中心组学习会议, 东庄村召开党支部委员会会议: the body the name opens with, that
            # place's, holds it, like 镇党委会议 (GUIDELINES §3 fifteenth review round); not 党委书记座谈会, 党员大会:
            # people of the place, no body
            meeting["organizer"] += opening["body"]
        elif meeting["organizer"] is None and (session := _SESSION_OF_CONGRESS.match(meeting["name"])):
            meeting["organizer"] = session["place"] + session["body"]  # 县十八届人大三次会议: 县人大
        elif meeting["organizer"] is None and (session := _SESSION_OF_COUNCIL.match(meeting["name"])):
            meeting["organizer"] = session["org"]  # 宜兰县议会第20届第5次定期会: 宜兰县议会
        elif meeting["organizer"] is None and _COUNCIL_OPENING_RITE.fullmatch(meeting["name"]) and (
                session := _COUNCIL_SESSION_OPENED.search(meeting["evidence"]["text"])) \
                and session["rite"] == meeting["name"]:
            # 市议会第4届第6次定期会今日上午在议事厅举行开幕典礼: the session holds its own opening, one record named
            # after the session and organized by the council (GUIDELINES §3 seventeenth and eighteenth review rounds)
            meeting["name"] = session["session"]
            meeting["organizer"] = self.clean_org(session["org"])
        elif meeting["organizer"] is None and _COUNCIL_OPENING_RITE.fullmatch(meeting["name"]) and (
                session := _SESSION_OPENED_THEN_RITE.match(meeting["evidence"]["text"])) \
                and session["rite"] == meeting["name"]:
            # 县议会第19届第6次定期会今日开议，开议典礼于议事厅举行: the session told opened, its rite held in the next
            # clause: one record named after the session, its organizer the council's or the congress's reading
            # (GUIDELINES §3 nineteenth review round)
            meeting["name"] = session["session"]
            if session["org"]:
                meeting["organizer"] = self.clean_org(session["org"])
            elif (body := _SESSION_OF_BODY.match(session["session"])) is not None:
                meeting["organizer"] = body["org"]  # 县政协十届四次会议: 县政协
            elif (congress := _SESSION_OF_CONGRESS.match(session["session"])) is not None:
                meeting["organizer"] = congress["place"] + congress["body"]  # 县十八届人大三次会议: 县人大
        elif meeting["organizer"] is None and _COUNCIL_RITE.fullmatch(meeting["name"]) and (
                session := _COUNCIL_SESSION_TOLD.search(meeting["evidence"]["text"])):
            meeting["organizer"] = self.clean_org(session["org"])  # 市议会第20届第5次定期会…闭会式: 市议会
        elif meeting["organizer"] is None and (session := _CONGRESS_OF_BODY.match(meeting["name"])):
            meeting["organizer"] = self.clean_org(session["org"])  # 市残联第六次代表大会第二次会议: 市残联
        elif meeting["organizer"] is None and (session := _ORGANISATION_SESSION.match(meeting["name"])):
            meeting["organizer"] = self.clean_org(session["org"])  # 世界卫生组织第五十届大会: 世界卫生组织
        elif meeting["organizer"] is None and (session := _GROUP_OR_COUNCIL_SESSION.match(meeting["name"])):
            meeting["organizer"] = self.clean_org(session["org"])  # 国家防汛领导小组第三次会议: 国家防汛领导小组
        elif meeting["organizer"] is None and (own := _OWN_PLAIN_MEETING.match(meeting["name"])):
            # 中国航空工业总公司工作会议, 省农业科学院科技工作会议: the body before its own plain meeting name holds it, the
            # name kept as written (GUIDELINES §3 fifteenth review round)
            meeting["organizer"] = self.clean_org(own["org"])
        elif meeting["organizer"] is None and (year := _WORK_MEETING_YEAR.search(meeting["name"])) \
                and (own_body := own_work_meeting_with_year(meeting["name"], year.start())):
            # (在今天闭幕的中国核工业总公司1998年度工作会议上: the same with its year between, referred to, GUIDELINES §3
            # fifteenth, thirty-third and fortieth review rounds)
            meeting["organizer"] = self.clean_org(own_body)
        if meeting["organizer"] and (session := _BODY_SESSION_NAME.fullmatch(meeting["name"])) \
                and meeting["organizer"].endswith(session["level"]):
            # 白沙镇召开镇党委会议, 县交通运输局召开局党组会议: the body the session is named after, that place's or
            # that bureau's (GUIDELINES §3 fourteenth review round, like 县政府常务会议)
            meeting["organizer"] += session["body"]
        if meeting["organizer"] in _LEVEL_GOVERNMENT_SHORT and (named := _one_level_government(
                title + "\n" + doc.clean_text, _LEVEL_GOVERNMENT_SHORT[meeting["organizer"]])):
            # 白河市人民政府…。市长主持召开市政府第四十二次常务会议: the short government stands for the one government
            # of that level the page names in full (GUIDELINES §3 sixteenth review round)
            meeting["organizer"] = named
        elif meeting["organizer"] and (court := LEVEL_COURT_SHORT.fullmatch(meeting["organizer"])) \
                and (named := _one_level_court(title + "\n" + doc.clean_text, court)):
            # 江城县人民法院…。5月6日，县法院召开新闻发布会: the short court stands for the one court of that level the
            # page names in full, like 县政府 (GUIDELINES §3 twenty-third review round)
            meeting["organizer"] = named
        elif meeting["organizer"] and _LEVEL_BODY_SHORT.fullmatch(meeting["organizer"]) and (
                named := _one_named_in_full([m["organizer"] for m in meetings if m is not meeting], meeting["organizer"],
                                            title + "\n" + doc.clean_text)):
            # 澎湖县议会第20届第4次定期会…。县议会先于议事厅前举行升旗仪式: a body written short after the page
            # named it in full is that body (GUIDELINES §3 twentieth and twenty-first review rounds)
            meeting["organizer"] = named
        elif meeting["organizer"] and _LEVEL_STANDING_SHORT.fullmatch(meeting["organizer"]) and (
                named := _place_short_in_full(title + "\n" + doc.clean_text, meeting["organizer"])):
            # 来源：江城市人大常委会办公室 over 市十五届人大常委会第五次会议…开幕: a standing body written short by its
            # level word is the one the page writes in full with its one place of that level (GUIDELINES §3
            # thirty-first and thirty-third review rounds)
            meeting["organizer"] = named
        elif meeting["organizer"] and _PERIODICAL_ONLY.fullmatch(meeting["organizer"]) and (
                named := _periodical_office(title + "\n" + doc.clean_text, meeting["organizer"])):
            # 《江城文艺》召开作者座谈会 (headline) over 《江城文艺》编辑部今天邀集…: a periodical's title stands for the
            # office that edits it, where the page names that office (GUIDELINES §3 organizer, thirty-sixth review round)
            meeting["organizer"] = named

    def _court_and_contest_holders(self, doc: Document, title: str, meeting: dict[str, Any]) -> None:
        """The court a short name stands for, and the holders of contests, awards and their rites (``meeting`` updated)."""
        if meeting["organizer"] and (short := _SHORT_COURT.fullmatch(meeting["organizer"])) and (
                named := _one_named_court(title + "\n" + doc.clean_text, _COURT_KIND_IN_FULL[short["kind"]])) \
                and named.startswith(short["place"]):
            # 安平法院邀请代表…并召开座谈会 on the page of 安平县人民法院: a court written short by its place stands for
            # the one court of that place the page names in full (GUIDELINES §3 twentieth round: a body written short
            # is the organizer in its full form)
            meeting["organizer"] = named
        if meeting["organizer"] is None and (closed := _closed_contest(doc.clean_text, meeting)):
            # …技能大赛决赛在集团培训中心落幕。本届大赛由…主办。当天下午举行了闭幕式暨颁奖典礼: a bare closing ceremony
            # closes the contest told before it, held by the contest's holders and where the contest was held when it
            # names no venue (GUIDELINES §3 nineteenth review round); the name stays as written
            own = closed[0] + _GENERIC_CONTEST_HEAD.sub("", meeting["name"], count=1)
            holder = _scheme_holder(doc.clean_text, own)
            meeting["organizer"] = self._agent_listed(holder) if holder else None
            if meeting["location"] is None:
                meeting["location"] = closed[1] or _contest_venue(doc.clean_text, own)
        elif meeting["organizer"] is None and _AWARDS_CEREMONY.search(meeting["name"]):
            # “江城好人”评选活动由市文明办主办…颁奖典礼昨日举行: the body the page says holds the prize scheme holds its
            # awards ceremony, when the page names no other holder (GUIDELINES §3 fifteenth review round)
            meeting["organizer"] = _scheme_holder(doc.clean_text, meeting["name"])
            if meeting["organizer"] is None and meeting["name"] in _BARE_AWARDS \
                    and _AFTER_CONTEST.match(meeting["evidence"]["text"]):
                # 赛后，颁奖仪式在…举行 after 本届赛事由甲、乙主办: a bare prize ceremony told after the contest is the
                # contest's own, held by the contest's holders (GUIDELINES §3 ninth and nineteenth review rounds)
                holder = _scheme_holder(doc.clean_text, "比赛" + meeting["name"])
                meeting["organizer"] = self._agent_listed(holder) if holder else None
        elif meeting["organizer"] is None and (rite := _CONTEST_RITE.search(meeting["name"])
                                               or _GAMES_CLOSING_RITE.search(meeting["name"])) and (
                (named := meeting["name"] != rite.group()) or (opened := _opened_event(doc.clean_text, meeting))
                or _RACE_START_RITE.fullmatch(meeting["name"])):
            # …马拉松起跑仪式在市民广场举行。本届赛事由市体育局、市总工会主办: the contest's or activity's own ceremony,
            # told with no holder, is held by the bodies holding the contest, and where it is held when the ceremony
            # names no venue (GUIDELINES §3 fifteenth review round)
            # (第三届电商节昨日开幕。本届电商节由市商务局主办。开幕式上，…: a bare 开幕式 is the opening of the festival
            # or fair the page told opening before it, held by its holders; the name stays as written)
            # (起跑仪式在市民广场举行: a bare race-starting rite, whose race the page calls 本届赛事)
            # (第十届运动会闭幕式在…举行。本届市运会由鹭江市人民政府主办: the games' closing named after them is held by
            # their holders like their opening, GUIDELINES §3 fifteenth and nineteenth review rounds)
            own = meeting["name"] if named else (opened or "") + meeting["name"]
            holder = _scheme_holder(doc.clean_text, own, by_common_word=_GAMES_CLOSING_RITE.search(own) is None)
            meeting["organizer"] = self._agent_listed(holder) if holder else None
            if meeting["location"] is None:
                meeting["location"] = _contest_venue(doc.clean_text, own)
        elif meeting["organizer"] and _BARE_PLACE.fullmatch(meeting["organizer"]) \
                and (rite := _CONTEST_RITE.search(meeting["name"]) or _GAMES_CLOSING_RITE.search(meeting["name"])) \
                and meeting["name"] != rite.group() \
                and meeting["organizer"] + meeting["name"] in meeting["evidence"]["text"] \
                and (holder := _scheme_holder(doc.clean_text, meeting["name"],
                                              by_common_word=_GAMES_CLOSING_RITE.search(meeting["name"]) is None)):
            # 云川市第十五届运动会开幕式在…举行。…本届市运会由云川市人民政府主办: the place before the passive name
            # stays out of it, and the body the page says holds the contest holds its ceremony (GUIDELINES §3
            # eleventh and fifteenth review rounds)
            meeting["organizer"] = self._agent_listed(holder)
        if meeting["organizer"] is None and _CONTEST_RITE.fullmatch(meeting["name"]) and (
                holder := attributed_event_holder(doc.clean_text, meeting["evidence"]["clean_start"])):
            # 由市人社局、市退役军人事务局联合主办的…招聘会在…举行。…出席启动仪式: the bare opening ceremony of the event
            # told held with its holders as an attribute is held by them (GUIDELINES §3 twentieth review round)
            meeting["organizer"] = self._agent_listed(holder)

    def _anaphoric_venue(self, doc: Document, title: str, meeting: dict[str, Any]) -> None:
        """The holder of a gathering told before and the venue written with an anaphor or a room (``meeting`` updated)."""
        told = meeting["evidence"]["text"]
        before = start_after(doc.clean_text, len(doc.clean_text[: meeting["evidence"]["clean_start"]].rstrip(
            "。！？\n \u3000")), "。！？\n") if meeting["name"] == "会" else 0
        if meeting["name"] == "会" and (gathered := _GATHERING_TOLD_BEFORE.search(
                doc.clean_text, before, meeting["evidence"]["clean_start"])
                # (拜年会实际是…动员会。会上，…: the gathering the sentence before opens on as the subject of 是, named
                # as written, GUIDELINES §3 thirty-second and thirty-fifth rounds)
                or _GATHERING_IS_BEFORE.match(doc.clean_text, before, meeting["evidence"]["clean_start"])):
            # (…为杂志创刊十周年进行热烈而轻松的座谈。某某在会上讲话: the bare 会 referred to is the gathering the sentence
            # before tells held, named as the body names it, GUIDELINES §3 thirty-second round)
            meeting["name"] = self.clean_name(gathered["kind"])
        if meeting["organizer"] is None and "该" in told and (held_at := _HELD_AT_ANAPHOR.search(told)) \
                and told.startswith(meeting["name"], held_at.end()):
            # 美国人口研究所所长…。福诺斯在该所举行的年度记者招待会上说: the body 该所 (该会) refers back to, named in
            # the same or the previous sentence, holds the event told held there, as 该校 holds one as the subject
            # (GUIDELINES §3 tenth round; thirty-second round); with none named or several, no organizer
            # (…电（记者谷利源）美国人口研究所所长…: the reporter's byline before the body is no part of the text)
            # (the sentence before read back over the 。 and the line break closing its paragraph)
            start = meeting["evidence"]["clean_start"]
            close = len(doc.clean_text[:start].rstrip("。！？\n \u3000"))
            meeting["organizer"] = self._named_body_before(_BYLINE_NOTE.sub("，", (
                doc.clean_text[start_after(doc.clean_text, close, "。！？\n") : start] + told[: held_at.start()])),
                held_at["kind"])
        if meeting["location"] is None and (own := _OWN_BODY_HELD.search(told)):
            # 由省教育厅主办、江城大学承办的…论坛在我校召开, 论坛在本院举行，论坛由江城理工学院承办: the one school or body of
            # that kind named hosting it is the one 我校 or 本院 stands for
            meeting["location"] = _self_reference_host(doc.clean_text, meeting, own["word"])
        elif meeting["location"] and (own_place := _OWN_PLACE_VENUE.match(meeting["location"])):
            # 在我市新时代文明实践中心举办…: the place the self-reference stands for, the one city (county, district) of
            # that level the page names, before the venue; with none or several named, kept as written (GUIDELINES §3
            # location, thirty-first review round; thirteenth and twenty-first rounds)
            place = _one_named_place(title + "\n" + doc.clean_text, own_place["level"]) \
                if own_place["level"] in "市县区" else None
            if place and not _NO_PLACE_NAME_CHARS.search(place[:-1]):
                meeting["location"] = place + meeting["location"][own_place.end() :]
        elif meeting["location"] and (room := _own_room(told, meeting["location"])) \
                and (host := _self_reference_host(doc.clean_text, meeting, room[0])):
            # 由江城理工大学承办的…研讨会在我校学术交流中心召开: that school's room (GUIDELINES §3 thirteenth
            # review round); with no school or two named hosting, the room alone
            meeting["location"] = host + room[1]
        elif meeting["location"] and meeting["organizer"] and (anaphor := _BARE_ANAPHOR.fullmatch(meeting["location"])) \
                and re.search(_ANAPHOR_KINDS[anaphor["kind"]] + "$", meeting["organizer"]):
            # 应天和新材料股份有限公司邀请，…走进该公司，为员工讲了一堂法治课: the body the anaphor stands for, named
            # before as the holder (GUIDELINES §3: 该公司 stands for the body named in the same or the previous sentence;
            # a lecturer who 走进 a place gives the lecture there, twenty-first round)
            meeting["location"] = meeting["organizer"]
        elif meeting["location"] and meeting["organizer"] and _SCHOOL_NAME_END_WITH_SECONDARY.search(meeting["organizer"]) \
                and "该校" + meeting["location"] in told:
            # 竹东高级中学第76届毕业典礼…在该校活动中心举行: 该校 stands for the school named, as 我校 does (GUIDELINES §3
            # thirteenth and twenty-first review rounds)
            meeting["location"] = meeting["organizer"] + meeting["location"]
        elif meeting["location"] and "该" in told and (anaphor := re.search(  # (该 first: the pattern is made per venue)
                _BARE_ANAPHOR.pattern + re.escape(re.sub("^" + _BARE_ANAPHOR.pattern, "", meeting["location"])), told)) \
                and anaphor["kind"] not in PERIODICAL_TITLE_ENDS \
                and (body := self._named_body_before(
                    doc.clean_text[_previous_sentence_start(doc.clean_text, meeting["evidence"]["clean_start"])
                                   : meeting["evidence"]["clean_start"]] + told[: anaphor.start()],
                    anaphor["kind"])):
            # 华美基金会向盘溪县民族中学捐赠仪式在该校报告厅举行, 记者从江城市人民医院获悉，…座谈会在该院三楼会议室召开:
            # with no holder of that kind, 该校/该院/该公司 before a room stands for the body of its kind named in the
            # same or the previous sentence, as 我校 does for a venue (GUIDELINES §3 tenth and thirteenth rounds)
            meeting["location"] = body + told[anaphor.end("kind") : anaphor.end()]
        elif meeting["location"] and meeting["organizer"] and (
                room := _OWN_BODY_ROOM.match(meeting["location"])) \
                and (owner := _PARTY_BODY_OF_UNIT.sub("", meeting["organizer"])).endswith(room["body"]) \
                and not _OWN_BODY_ROOM.match(meeting["organizer"]):
            # (县文物局在局四楼会议室召开…: the bureau's own room; not 县委在委…: the organizer itself no name)
            # (江源县人民法院党组在本院审判委员会会议室召开…: the party group of the court holds it in the court's room)
            meeting["location"] = owner + meeting["location"][room.end() :]
        elif meeting["location"] and meeting["organizer"] is None and (
                room := _OWN_BODY_ROOM.match(meeting["location"])) and room["body"] == "院" \
                and (court := _one_named_court(title + "\n" + doc.clean_text, _COURT_OR_HOSPITAL, gone_to=True)):
            # 江城区人民法院邀请代表观摩庭审。…随即在本院第三会议室召开座谈会: with no holder read, 本院 before a room
            # is the one court or hospital the page is about (GUIDELINES §3 thirteenth and sixteenth review rounds)
            meeting["location"] = court + meeting["location"][room.end() :]

    def _final_readings(
        self, doc: Document, sentences: list[Sentence], reference: dt.date | None, meetings: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """The last readings over all records (days of speakers' acts, joined events, names by their noun, days of
        datelines only), then the records told again, mentioned only or planned dropped."""
        for meeting in meetings:
            if (main := meeting.pop("_venue_of", None)) and meeting["location"] and main["location"] \
                    and main["location"].endswith(meeting["location"]):
                # …论坛在我校学术交流中心开幕。开幕式上，…举行了签约仪式: a ceremony held within the meeting takes its venue as
                # the meeting's own sentence resolves it (江城理工大学学术交流中心), not the room alone (GUIDELINES §3
                # seventeenth round: a ceremony held within a meeting takes its venue; thirteenth round: the room's body)
                meeting["location"] = main["location"]
        # 记者从…获悉，…峰会5月10日至12日在…举办 on a page of 30 April: a coming event announced, not one held
        # (GUIDELINES §3: planned events are no meetings)
        # (江城大学计划于5月20日举行… on a page of 8 May: a day after 计划 ahead of publication, a plan, _PLAN_DAY)
        # (年会6月14日至16日在…举行 on a page of 8 May, with no word of a plan: planned all the same, and so are the
        # ceremonies dated within its span, GUIDELINES §3 seventeenth review round; a span only, see _SPAN_WRITTEN)
        for meeting in meetings:
            if meeting["date_text"] is None and _referred_by_speaker(meeting["evidence"]["text"]):
                # 莫伊12日就…一事表示，…。莫伊在会见…时指出: talks or a press conference only referred to as where the
                # speaker of the dated statement just before spoke, the same day (GUIDELINES §3 eighteenth review round)
                self._day_of_dated_act(doc, sentences, meeting, reference)
        if len(meetings) > 1 and page_region(doc) in ("hong_kong", "macau"):
            # 典禮上，署長主持頒獎儀式: the ceremony's own prize-giving, no second record (GUIDELINES §3 twentieth round)
            meetings = [m for m in meetings if not prize_giving_within(m, meetings[0])]
        if len(meetings) == 1 and meetings[0]["date_text"] and (
                own := _OWN_DAY_TOLD_LATER.search(doc.clean_text, meetings[0]["evidence"]["clean_end"])) \
                and own["day"] not in meetings[0]["date_text"] and _MEETING_NOUN_END.search(meetings[0]["name"]):
            # …李华15日在…交流会议上讲话…。这次会议是12日召开的: the day the body gives the meeting itself, not the day of an
            # act at it (GUIDELINES §3: a meeting over several days has its first day as date)
            meetings[0]["date"], _, _ = self.date_of(doc, own["day"] + "召开", reference)
            meetings[0]["date_text"] = own["day"]
        for meeting in list(meetings):
            joined = _TALKS_AND_RECEPTION.search(meeting["evidence"]["text"])
            if joined and joined["first"] == meeting["name"] and not any(m["name"] == joined["second"] for m in meetings):
                # 在会见和晚宴中，…进行了亲切的交谈: two events joined by 和 are two records with the same date and place
                # (GUIDELINES §3; a banquet held is a meeting)
                second = copy.deepcopy(meeting)
                second["name"] = joined["second"]
                meetings.insert(meetings.index(meeting) + 1, second)
        for meeting in meetings:
            if meeting["name"] in _VERB_FORM_NOUNS and not any(
                    _VERB_FORM_NOUNS[meeting["name"]] in other["name"] for other in meetings) \
                    and (noun := _NOUN_REFERRED.search(doc.clean_text, meeting["evidence"]["clean_end"])) \
                    and noun["noun"] == _VERB_FORM_NOUNS[meeting["name"]]:
                # 李华今天同…代表们座谈时强调…。…主持座谈会: the event read from its verb, which the body then names by its noun,
                # takes the body's noun (GUIDELINES §3 name: the body's wording, the generic noun as written)
                meeting["name"] = noun["noun"]
            if evaluated := EVALUATIVE_BEFORE_NOUN.fullmatch(meeting["name"]):
                # 很好的会谈, 盛大宴会: how the event went is no part of its generic noun (GUIDELINES §3 name); read last, once
                # every reading that keys on the written words (receptions, talks told again) has been made
                meeting["name"] = evaluated["noun"]
        for meeting in meetings:
            if _dated_by_talks_only(meeting):
                meeting["date"], meeting["date_text"], meeting["time_of_day"] = None, None, None
            elif _dated_by_dateline_only(doc.clean_text, meeting):
                # 本报济南1月8日电 …。这是…在此间召开的全国训练工作会议上透露的: the dateline's day is the report's, no day
                # written for the meeting (GUIDELINES §3 date_text, thirty-third review round)
                # (本报北京1月18日讯 …最近在京举行的…会议上: a vague time or a period written for the meeting itself, read last
                # above only where no day was read, stays as written, GUIDELINES §3 thirty-eighth review round; read in the
                # clause naming the meeting only: 在…会议上，部长说，上个月…, 连日来在各地举行的培训 tell other times)
                told = meeting["evidence"]["text"]
                at = told.find(meeting["name"])
                clause = told[slice(*clause_bounds(told, at))] if at >= 0 else ""
                meeting["date"], meeting["date_text"] = None, period_of(clause, months=True)
        meetings = _split_joined_parties(meetings)
        meetings = [m for m in meetings if not _told_again(m, meetings)]
        for meeting in meetings:
            self._invited_talks(doc, meeting, reference)  # 邀请…到中南海座谈。…出席了座谈会: its day and venue
            self._founding_day(doc, meeting, reference)  # …今天正式成立。…在成立大会上: the founding's day
        # 有权参加…股东大会, 每日在此举行的降旗仪式, 一些国际会议, 在一中全会的讲话中: named in passing, none held
        # (GUIDELINES §3 thirty-second review round)
        meetings = [m for m in meetings if not not_held_mention(m)]
        # …观看了…芭蕾舞专场晚会。…出席了晚会: the show watched, referred to again (GUIDELINES §3 thirty-sixth round)
        meetings = [m for m in meetings if not watched_show_referred(doc.clean_text, m)]
        ahead = {m["evidence"]["clean_start"] for m in meetings if _after_publication(m["date"], reference)
                 and _SPAN_WRITTEN.search(m["date_text"] or "") and not _TOLD_DONE.search(m["evidence"]["text"])}
        spans = [m.pop("_span", None) for m in meetings]
        for meeting in meetings:
            meeting.pop("_labelled", None)
        return [m for m, span in zip(meetings, spans, strict=True)
                if not (_after_publication(m["date"], reference)
                        and (_ANNOUNCED.search(m["evidence"]["text"]) or _PLAN_DAY.search(m["evidence"]["text"])
                             or m["evidence"]["clean_start"] in ahead or span in ahead)
                        or reference is None and _undated_plan(m, doc.clean_text))]

    def _from_page_headline(self, meetings: list[dict[str, Any]], title: str, speech_date: str | None) -> None:
        """What the page's headline tells of the meetings read from the body (GUIDELINES §3 fourteenth review round):
        the meeting a speech transcript's headline names takes the bracketed day under it (在全市教育大会上的讲话 /
        （2023年12月5日）); a bare 开幕式 is the opening of the fair the headline names (第十二届…博览会开幕)."""
        occasion = _SPEECH_OCCASION.match(title.split("\n")[-1]) if speech_date else None
        fair = _FAIR_IN_HEADLINE.search(title)
        for meeting in meetings:
            if occasion and meeting["date"] is None and self._same(self.clean_name(occasion["name"]), meeting["name"]):
                meeting["date"] = speech_date
            if occasion and meeting["organizer"] is None and (
                    body := _CEREMONY_AFTER_BODY.match(occasion["name"]) or _ORG_PREFIX.match(occasion["name"])) \
                    and occasion["name"][body.end("org") :] == meeting["name"] and self.clean_org(body["org"]):
                # 在江城大学2025届毕业典礼上的致辞 over 我们…举行2025届毕业典礼: the school the headline writes before the
                # body's name holds it, as before a passive name (GUIDELINES §3 eleventh review round)
                meeting["organizer"] = self.clean_org(body["org"])
            if fair and meeting["name"] in ("开幕式", "开幕仪式", "开幕典礼"):
                meeting["name"] = self.clean_name(fair["fair"]) + meeting["name"]

    def _from_headline(
        self, doc: Document, sentences: list[Sentence], title: str, reference: dt.date | None
    ) -> dict[str, Any] | None:
        """我县召开2024年防汛工作会议 over a body that says only 6月18日上午，我县召开会议…: the
        headline names the meeting, the body's first sentence of it taking place dates it."""
        found = self.match(title)
        if not found or _PLANNED.search(title):
            return None
        m, kind = found
        name = self.cleaned_name(m["name"])
        if self._no_name(name) or self._carried_on(kind, m, name):
            return None  # (headline 志愿服务活动在幸福社区进行: an activity carried on, as in the body)
        if _activity_only(name, "") and _activity_rite_told(doc.clean_text):
            # (headline …主场活动举行 over 启动仪式上，副市长…宣布活动启动: the activity's ceremony is the meeting held, read as
            # a reference, GUIDELINES §3: an activity or a festival's celebration is none, its ceremony is)
            return None
        if _DEICTIC_NAME.fullmatch(name) and self._spoken_at_before(doc, len(doc.clean_text), name):
            return None  # (headline 今天召开这次座谈会, a quote, over …在全市民营企业座谈会上讲话: the body names it)
        at = next((k for k, t in enumerate(sentences) if t.text.strip() == title.strip()), None)
        body = sentences[at + 1 : at + 1 + HEADLINE_BODY_SENTENCES] if at is not None else []
        # (10月14日，记者从全县人才工作会议上了解到，…: the reporter learnt the news at the headline's meeting)
        lecture = bool(self._heads_of(name) & _LECTURE_HEADS)
        # (某某大学举行学术报告会 over …教授做客“某某讲坛”，作了题为《…》的学术报告: the lecture told is the one held)
        held = next((t for t in body if (self._event_word.search(t.text) or self._learnt_at(t.text, name)
                                         or (lecture and _LECTURE_TOLD.search(t.text)))
                     and not _PLANNED.search(t.text)), None)
        if held is None:
            return None  # the body never says it took place
        org = self.clean_org(self.subject_of(m)) if kind == "active" else None
        undated = _LEADING_YEAR.sub("", name)
        if name not in held.text and undated != name and not self._no_name(undated) and undated in held.text:
            # 香港特区政府举行2024年授勋典礼 over …在礼宾府主持授勋典礼: the body's wording (§3), without the year
            name = undated
        when = self.date_of(doc, held.text, reference)
        if when[1] is None:
            # 学院召开主题教育总结大会（2019年12月3日）over an undated body: the headline's own date
            titled = self.date_of(doc, title, reference)
            when = titled if titled[0] is not None else when
        # (全市…会议召开 over 会议于12月11日在市行政中心召开: the venue the body's reference gives)
        referred = _REFERRED_HELD.match(_ACCOUNT_OPENER.sub("", held.text, count=1))
        loc = self.clean_location(m.groupdict().get("loc")) or (self.clean_location(referred["loc"]) if referred else None)
        chaired = _CHAIRED_AT.search(held.text) if loc is None else None
        if chaired and held.text.find(name, chaired.end()) >= 0 and self._is_place(doc, held, chaired["loc"], _ATTRIBUTIVE_VENUE_EXTRA):
            # 香港特區政府舉行授勳典禮 over 行政長官…今日在禮賓府主持授勳典禮: the venue where it was chaired
            loc = self.clean_location(chaired["loc"])
        if loc is None and lecture and (told := _LECTURE_TOLD.search(held.text)):
            loc = self._lecture_venue(doc, held, told.end())  # (…在复临舍报告厅作了题为《…》的学术报告)
        return self._record(doc, held, name, when, loc, org)

    def _contest_held(self, doc: Document, sentences: list[Sentence], reference: dt.date | None) -> dict[str, Any] | None:
        """3月8日，第五届青年律师演讲比赛在…举行，…评出一等奖2名: the first contest or sports meet the body tells held,
        when the body then tells prizes given or remarks made there; it stands for its prize ceremony, named after the
        contest (GUIDELINES §3, seventh review round), as a contest named in the headline does."""
        for sentence in sentences:
            # (the meeting told first: most sentences tell none, and _PLANNED, with no literal to test first, is tried
            # at every position of the sentence)
            found = self.match(sentence.text)
            if found is None or found[1] not in ("active", "passive", "bare"):
                continue
            if heading_like(doc.clean_text, sentence.start) or _PLANNED.search(sentence.text):
                continue
            m, kind = found
            name = self.cleaned_name(m["name"])
            if not _CONTEST.search(name) or self._no_name(name) or _SERIES.match(name):
                continue
            after = doc.clean_text[sentence.start + m.end() : sentence.start + m.end() + CONTEST_CEREMONY_WINDOW]
            if not _CEREMONY_TOLD_AT_CONTEST.search(after):
                return None  # (…技能大赛在县职教中心举行，共有200名职工参赛: a contest only, no ceremony, §3)
            org = self.clean_org(self.subject_of(m)) if kind == "active" else None
            if (hosted := _HOSTED_BY.match(name)) is not None:
                # 由市总工会主办的全市职工技能大赛决赛在…举行: the agent of 主办 holds it, no part of the name; one that only
                # helps (由…承办的) is no organizer (GUIDELINES §3)
                helper = hosted["verb"] in _HELPER_VERBS
                name, org = self.clean_name(hosted["name"]), None if helper else self.clean_org(hosted["org"])
            return self._record(doc, sentence, name, self.date_of(doc, sentence.text, reference),
                                self.clean_location(m.groupdict().get("loc")), org)
        return None

    def _held_alongside(self, doc: Document, sentences: list[Sentence], reference: dt.date | None) -> Iterator[dict[str, Any]]:
        """同期举办的2024国际投资论坛吸引了… beside a fair named in the headline: a meeting held alongside it (a forum,
        not another fair), its own record (GUIDELINES §3: each meeting held is its own record)."""
        for sentence in sentences:
            for m in _HELD_ALONGSIDE.finditer(sentence.text):
                name = self.clean_name(m["name"])
                if self._head.search(name) and not _fair_only(name) and not _CEREMONY_NAMED.search(name) \
                        and not self._no_name(name):
                    yield self._record(doc, sentence, name, self.date_of(doc, sentence.text, reference), None, None)

    def _fair_ceremonies(
        self, doc: Document, sentences: list[Sentence], meetings: list[dict[str, Any]], reference: dt.date | None
    ) -> Iterator[dict[str, Any]]:
        """The opening or closing ceremony referred to (开幕式上，…, 闭幕式由…主持) of a fair, a show or a sports
        meet told as opened or closed in the sentence before it, beside the meetings read otherwise (GUIDELINES §3:
        the ceremony is a meeting, the fair is not); none when the event opened is itself one of those meetings
        (…大会开幕。开幕式上，…: the meeting's own opening) or a meeting of the ceremony's kind is read already."""
        held_at = {m["evidence"]["clean_start"] for m in meetings}
        for referred in self._references(doc, sentences, reference):
            name = referred["name"]
            if not _ceremony_of_event(name):
                continue
            if any(self._same_kind(name, m["name"]) or _CEREMONY_NAMED.search(m["name"]) for m in meetings):
                continue
            at = referred["evidence"]["clean_start"]
            index = next((k for k, t in enumerate(sentences) if t.start <= at < t.end), None)
            if index is None:
                continue
            # (the event opened in this sentence before the ceremony's clause, or in one of the three before it:
            # …农博会12日在成都开幕。本届农博会展览面积8万平方米…。开幕式上，…; the nearest opening counts)
            told = [t for t in sentences[max(0, index - 3) : index + 1] if t.start < at or t.start == at]
            verb = _OPENED_AT if name.startswith("开幕") else _CLOSED_AT
            # (…博览会20日在成都开幕: a fair, a show or a contest is what opened; not 研讨会闭幕, the meeting's own)
            opened = next((t for t in reversed(told) if _FAIR_OPENED.search(doc.clean_text[t.start : min(t.end, at)])
                           and (verb.search(doc.clean_text, t.start, min(t.end, at))
                                or _OPENING_OR_CLOSING.search(doc.clean_text[t.start : min(t.end, at)]))), None)
            # (书画院日前举办迎春书画展，…。院长…在开幕式上致辞: a show held, the verb before it, whose opening is then
            # referred to, its subject the ceremony's holder as the page states it, GUIDELINES §3 sixteenth round; only
            # for an opening, a closing needs the show told as closed)
            held = None
            if opened is None and name.startswith("开幕"):
                held = next(((t, h) for t in reversed(told)
                             if (h := fair_held(doc.clean_text[t.start : min(t.end, at)])) is not None), None)
                opened = held[0] if held else None
            # (nor when a meeting told between the opening and the ceremony may own it)
            if opened is None or opened.start in held_at or any(
                    opened.start <= m["evidence"]["clean_start"] < max(opened.end, at) for m in meetings):
                continue
            if held and referred["organizer"] is None and (body := self.clean_org(held[1]["org"])) \
                    and _HOLDER_END.search(body):
                referred["organizer"] = body
            yield referred

    def _record(
        self, doc: Document, sentence: Sentence, name: str, when: tuple[str | None, str | None, str | None],
        location: str | None, organizer: str | None,
    ) -> dict[str, Any]:
        """A meeting record read from ``sentence`` (its attendee count too); the host comes later."""
        date, date_text, time_of_day = when
        count, approx = self.attendees(sentence.text)
        location = (location or "").lstrip("—－―─-") or None  # (在他的家乡———湖南省湘乡市: an apposition's dash)
        if location and (apposed := _APPOSITION_DASH.split(location)[-1]):
            # (来到其党建联系点——城关镇东关社区: a description, then the place it names after the dash)
            location = apposed
        return {
            "name": name,
            "date": date,
            "date_text": date_text,
            "time_of_day": time_of_day,
            "location": location,
            "organizer": organizer,
            "host": None,
            "attendee_count": count,
            "attendee_approx": approx,
            "evidence": evidence(doc, sentence),
        }

    def _headline_event(self, title: str, name: str) -> bool:
        """Whether the headline reports ``name`` as its event held: 全市重大项目集中开工活动举行 over 梅州市2024年第二
        季度重大项目集中开工活动在…举行 (the body's fuller name ends with the headline's, less its year and its 全市/我市
        scope), which the headline alone would give otherwise (GUIDELINES §3 name: the body's wording)."""
        found = self.match(title) if title else None
        if not found or _PLANNED.search(title):
            return False
        m, kind = found
        head = self.cleaned_name(m["name"])
        if self._no_name(head) or self._carried_on(kind, m, head):
            return False
        core = _HEADLINE_SCOPE.sub("", _LEADING_YEAR.sub("", head))
        return len(core) >= 4 and name.endswith(core)

    def _carried_on(self, kind: str, m: re.Match[str], name: str) -> bool:
        """志愿服务活动在幸福社区进行: a bare 进行 after a name with only a generic head (活动, 比赛) is an
        activity carried on, no meeting (交流会在…进行 is one)."""
        return kind == "passive" and m.group().endswith("进行") and not (self._heads_of(name) - _GENERIC_HEADS)
