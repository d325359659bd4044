"""Whether a sentence tells a meeting held: the patterns built from the lexicons and the match of a sentence
(:class:`MeetingHolding`), with the fixed patterns of a meeting told held, planned, asked for, tallied, recalled as
history or background, and of events that are no meeting (concerts, job fairs, mixers).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.boilerplate import TRANSCRIPT_LEAD
from pipeline.extract.common import (
    DATE_NUMBER,
    Lexicons,
    bounded_memo,
    clause_bounds,
    first_char_gated,
    literal_gated,
    longest_first,
    word_alternation,
)
from pipeline.extract.meetings.attendance import (
    _ADDRESSED,
    _ATTENDING_IN_PASSIVE_NAME,
    _ATTENDING_ORG_END,
    _AUDIENCE,
    _COUNTED_HOLDING,
    _COUNTED_THEN_PRESENT,
    _COUNTED_WATCHING_RITE,
    _COUNTED_WITNESSING_MOMENT,
    _CROWD_COUNTED_HOLDING,
    _DISCUSSANTS_COUNTED,
    _HEADCOUNT_PLAIN,
    _ONE_GROUP_PRESENT,
    _PRESENT_COUNTED,
    _RELATIVE_GROUP_TOTAL,
    _RELATIVE_GROUPS_PRESENT,
)
from pipeline.extract.meetings.contests import _BARE_CLOSING_RITE, _BARE_RITE, _CONTEST
from pipeline.extract.meetings.dates import (
    _AGENT_AFTER_DAY,
    _DATE_CLAUSE,
    _DAY_CLAUSE,
    _MET_DAY,
    _PERIOD_CLAUSE,
    _PURPOSE_BEFORE_DATE,
    _YUAN_SESSION_DAY,
)
from pipeline.extract.meetings.lectures import (
    _ACADEMIC_GATE,
    _ACADEMIC_NAME,
    _BARE_TUTORIAL,
    _LESSON_GIVEN,
    _NAMED_LESSON,
    _PARTY_LECTURE,
    _lecture_ahead,
)
from pipeline.extract.meetings.names import (
    _BODY_NAME_END,
    _CARRIED_OUT_HEADS,
    _DATED_DATELINE,
    _DELIBERATED_WORD,
    _PURPOSE_AFTER_NAME,
    _SEPARATE_EVENT_HEADS,
    _SESSION_DELIBERATED,
    _SESSION_DELIBERATED_AFTER_PERIOD,
    _TALKS_AHEAD,
    NAMES_A_DAY,
    NATIONAL_PARTY_HOLDER,
    NATIONAL_PARTY_SESSION,
)
from pipeline.extract.meetings.organizers import _MEMBERS_BODY_END, _NOT_A_HOLDER, _ORG_RUN
from pipeline.extract.meetings.patterns import (
    _ACADEMIC_WORDS,
    _BODY_END,
    _COUNTED_PEOPLE,
    _DATE,
    _GATHERING_NAMED,
    _GATHERING_VERB_BEFORE_COUNT,
    _GENERIC_HEADS,
    _HEADCOUNT,
    _HELD_ANYWHERE,
    _HELD_FINITE,
    _HELD_OR_CLOSED,
    _OPENING_VERBS,
    _ORG_RUN_MAX,
    _PLANNED,
    _PRESS_SESSION_WORDS,
    _RANGE_MARK,
    _RECEPTIONS,
    _REMARKS_VERBS,
    _REPORTER_SOURCE,
    _SELF_NAMING_HEADS,
    _STATUS_AFTER_AT,
    _TASK_MODAL,
    _TIME_AFTER_NUMERAL,
    _WATCHED_NOT_MEETING,
    MEMBERS_OR_COMMITTEE,
    _opens_account,
    _planned_in,
    decided_before_but,
    within_ceremony,
)
from pipeline.extract.meetings.places import _BORROWED_VENUE, _TAKES_PLACE, _TALKS_AT_VENUE, _VISIT_VERBS
from pipeline.extract.meetings.side_events import (
    _AFTER_CEREMONY,
    _AROUND_SIGNING,
    _AT_SITTING,
    _AT_SITTING_RE,
    _NEXT_ORDER_WORD,
)
from pipeline.extract.meetings.talks import _CALL_BY_PHONE, _CALL_RECEIVED, _SIDES_TALK, _VISITORS_RECEIVED
from pipeline.regex_gate import opening_gate, required_literals, widest_match

_REPORTER_LEAD = r"(?:" + _REPORTER_SOURCE + r"[，,：:])?"
# Concerts are no meetings (corpus/GUIDELINES.md §3); nor, when only referred to, exhibitions,
# fairs and shows (held ones are left to the heads: the invented gold counts some fairs).
_CONCERT = re.compile("(?:音乐会|演唱会)$")
# A headline about relaying a meeting's spirit (传达学习…会议精神, 学习贯彻…全会精神).
_RELAYS_IN_TITLE = re.compile("(?:传达|学习|贯彻|落实)[^，。；]{0,30}(?:会议|全会|大会)精神")
# 上次…会议, 上一次…, 前次…, 上届…: a determiner before (or opening) a meeting's name for an earlier one of its kind.
_PREVIOUS_ONE = re.compile("(?:上一?|前一?)(?:次|回|届)")

# The reporter's learning of the news (记者3月8日获悉, 记者日前从…大会上了解到): its day is not the meeting's.
# (one clause: a byline's 记者, （记者 王五）3月6日，…召开…，记者在会上获悉, starts none)
_ANNOUNCED = re.compile(_REPORTER_SOURCE + r"|据悉|届时")

# …召开了…, 已于…举行, 圆满闭幕: a meeting told as done, whatever the day written (a page's stamp may be wrong).
_TOLD_DONE = re.compile("(?:召开|举行|举办|开幕|闭幕|开班|结业|结束)了|已(?:经)?(?:于|在|顺利|圆满|召开|举行|举办)|圆满|落下帷幕")
# A leading clause of purpose or sequence naming another occasion (为贯彻落实…精神，为庆祝5月12日国际护士节，
# 为确保6月30日前…, 为做好即将于5月20日召开的…工作，继…后，): any sentence-initial 为-clause up to its comma,
# not 为期两天的…, 为时…, 为主题 (a duration or a theme inside the meeting's own clause).
_LEAD_REFERENCE = re.compile(
    r"^\s*(?:为了?(?!期|时|主题)[^，。；]{2,60}?|继[^，。；]{2,60}?(?:之后|以后|后))[，,]"
)
# Another meeting held in the rest of a sentence after a leading 为-clause (…，5月7日，县委召开…): a verb of
# holding, not an attribute (召开的…) nor a noun (开班动员大会, 开幕式: 开班 and 开幕 left out).
_HELD_IN_REST = re.compile(r"(?:召开|举行|举办)(?!(?:之|以)?[后前]|的)")
# A verb of holding with its object after it (召开全县防汛工作会议, 召开了…): the meeting is named after the verb,
# so what precedes the date is no name (…推进会5月7日在…召开 ends on its verb: the name comes first).
_HELD_WITH_OBJECT = re.compile(f"(?:{_OPENING_VERBS})了?(?!(?:之|以)?[后前]|的)[^，。；\\s]")

# A quoted title with a colon inside, read whole inside a meeting's name (“世界经济与中国：1997”学术报告会: the colon does not
# end the name, GUIDELINES §3 thirty-second round).
_COLON_IN_QUOTE = "“[^“”，。；\\n：:]{1,20}[：:][^“”，。；\\n]{1,20}”"


# 这是继去年11月召开第一次联席会议以来的第二次…: a clause comparing the meeting with an earlier one,
# whose verb holds nothing now (read on the subject before the verb).
_SINCE_EARLIER = re.compile(r"\s*(?:这|此|本次会议|会议)?是?继")
# 党的二十届三中全会召开以来，…; 在全省两会召开前夕，…; 值此…大会隆重开幕之际，…: a period since a meeting, its eve or
# its occasion, the time of what the sentence tells: the meeting is referred to (a record, GUIDELINES §3), but the
# clause's day is not its day, and it is not the article's main meeting.
_AROUND_HOLDING = re.compile(r"[」』”]?\s*(?:以来|前夕|之际)")
# 党的二十大胜利召开以来, …开幕之际: the verb of holding, then the period or eve it frames.
_FRAMING_HOLDING = re.compile(r"[」』”]?(?:胜利|隆重|顺利|成功)?(?:召开|举行|开幕|闭幕)" + _AROUND_HOLDING.pattern)
# 深入课堂听课, 走进教室听课, 到江城中学听课, 随堂听课, 推门听课: the place or the manner of a visit to a school's classes
# right before 听课 (the inspectors' visit, not the listeners of a lecture).
_SITTING_IN_GUARD = r"(?<![堂室班校园])(?<!一线|推门|随机|蹲点|小学|中学|大学)"
# 县委经济工作会议召开后，各乡镇迅速行动: what followed the meeting is told, the meeting only referred to; a party
# committee before its name is then no holder read from the name (as with _AROUND_HOLDING, GUIDELINES §3 organizer).
_AFTER_HOLDING = re.compile(r"[」』”]?\s*(?:之后|以后|后)")
# 自1994年全国…研讨会召开之后，有关讨论更加热烈: 自 opening the time phrase and 之后/以后/后 closing it tell a period
# since the meeting, as 以来 does (GUIDELINES §3 ninth and fortieth review rounds): recorded with no date.
# (a dateline may stand before it in the name's match: 自 opens the name's text or follows a space or a comma)
# 自 or 自从 opening a time phrase, not a word opening a name: 自治区…会议召开后 (a place), 自然资源…, 自贸区…, 自主创新…
# (自动员大会召开以来, 自发布会召开以来: 自 before 动员, 发布 opens the phrase)
_SINCE_WORD = (r"自从?(?!治|然|贸|主|由|来|行|律|愿|查|助|营|身|费|驾|选|媒|动(?!员)|信|强|我|筹|卫|豪|觉|己|发(?!布)|学"
               r"|考|修|救|建|办|制|产|销)")
_SINCE_OPENING = re.compile(r"(?:^|(?<=[\s，,]))" + _SINCE_WORD + r"(?=[\u4e00-\u9fff“「\d]{2})")

# 自5月6日县委召开…会议之后: the opening word left before an active holder.
_SINCE_SUBJECT = re.compile(_SINCE_WORD + r"(?=[\u4e00-\u9fff]{2})")


def frames_period(told_name: str, text: str, verb_end: int) -> bool:
    """Whether the meeting whose name's match is ``told_name``, its verb of holding ending at ``verb_end`` of ``text``,
    is told as the start or the eve of a period (…召开以来, 召开前夕, 自…召开之后)."""
    return _AROUND_HOLDING.match(text, verb_end) is not None or (
        _SINCE_OPENING.search(told_name) is not None and _AFTER_HOLDING.match(text, verb_end) is not None)


# The holding and the period after a recorded meeting's name in its evidence (…全会召开以来, 召开前夕, …召开之后), or the
# period alone after a name the verb stood before (自5月6日召开…会议之后); a clause opening on 自 before it.
_PERIOD_AFTER_NAME = re.compile(r"[」』”]?(?P<verb>(?:胜利|隆重|顺利|成功)?(?:召开|举行|开幕|闭幕))?\s*"
                                r"(?P<period>以来|前夕|之际|之后|以后|后)(?=[，,])")
_VERB_BEFORE_NAME = re.compile(r"(?:召开|举行)了?$")
# (自5月6日召开…会议之后: 之后/以后 right after an active holding's name)
_SINCE_AFTER_ACTIVE = re.compile(r"[」』”]?(?:之|以)后")
_SINCE_CLAUSE_BEFORE = re.compile(r"(?:^|[\s，,])" + _SINCE_WORD + r"[^，。；,;\s]*$")


def only_frames_period(meeting: dict[str, Any]) -> bool:
    """Whether a recorded ``meeting`` is told in its evidence only as the start or the eve of a period (GUIDELINES §3
    ninth and fortieth review rounds): referred to, no meeting the page reports, so a page holding only such meetings
    tells none its speakers spoke at."""
    told, name = meeting["evidence"]["text"], meeting["name"]
    at = told.find(name)
    after = _PERIOD_AFTER_NAME.match(told, at + len(name)) if at >= 0 else None
    if after is None or (after["verb"] is None and _VERB_BEFORE_NAME.search(told, 0, at) is None):
        return False
    return after["period"] in ("以来", "前夕", "之际") or _SINCE_CLAUSE_BEFORE.search(told, 0, at) is not None


# 在…召开前夕, 值此…召开之际: the opening of the time phrase, no part of the meeting's name.
_AROUND_OPENING = re.compile(r"^(?:在|值此|正值|适逢|恰逢|时值|" + _SINCE_WORD + r")(?=[\u4e00-\u9fff“「]{2}|(?<=[自从])\d{4}年)")
# …会议胜利闭幕后，全国两会精神在我县…引起热烈反响: a meeting after which its spirit is studied or
# reacted to, the source of that spirit only (GUIDELINES §3; read after the verb of holding).
_SPIRIT_AFTER = re.compile(r"[」』”]?\s*(?:之|以)?后[，,][^。；！？]*?精神")
# 2014年12月5日，首届世界互联网大会闭幕后不久，…: a meeting referred to by its close, the clause telling what
# came after it (the clause's day is no day of the meeting; GUIDELINES §3: only a referred meeting). A plain
# 闭幕后， keeps the day: what follows a close is told on its day (5月6日，…论坛闭幕后，企业家们参观了园区).
_AFTER_ITS_CLOSE = re.compile(r"(?<=闭幕|结束)之?后不久[，,]")

# A character of a venue after 在/于: no clause mark, no line, no colon (记者于青报道：…在…举行: a colon ends a reporter's
# line whose name may open on 于); a clock's colon between digits stays (GUIDELINES §11, fortieth review round).
_VENUE_RUN = r"(?:[^，。；,;\n：:]|(?<=\d)[:：](?=\d{2}))"

# The verb of an attribute naming who held an event attended (区政府主办的…, 哈方举行的…).
_HOLDING_ATTRIBUTE = "(?:主办|合办|举办|承办|召开|举行)的"

#: The opening of every alternative of ``MeetingExtractor.reference``: the text's start (its ^ alternatives) or one of
#: these characters (在/于, 出席/参加/主持, the comma or colon after a clause, 为/随着/庆祝/纪念/配合, 从).  Why: its first
#: alternatives open with groups and look-behinds, so the engine found no character to skip ahead on and tried them
#: all at every position of each sentence naming a head (5% of the extract stage on real pages); the look-ahead fails
# : at one test where no alternative can open.  tests/extract/pages/test_fast_paths_third_pass.py checks the set against
# the pattern.
REFERENCE_GATE = r"(?:^|(?=[在于出参主，,：:为随庆纪配从]))"
#: Most texts whose reading :meth:`MeetingExtractor.match` keeps, across documents (the reading depends on the text
#: alone: a sentence another page held, a standing line or a repeated copy, is not read again; the tuning pages, gne
#: pages and People's Daily articles hold 22 sentences on average, 224 at most).
MATCH_CACHE_SIZE = 4096


# A job fair or a sales fair (招聘会, 双选会, 供需见面会, 展销会).
_JOB_OR_SALES_FAIR = re.compile("(?:招聘会|双选会|供需见面会|展销会)[”」』]?$")
# 单身青年联谊活动, 青年交友活动: a mixer told as an activity is no meeting even with its attendance stated (GUIDELINES §3
# thirteenth review round); a 联谊会 held as an event is one, like a 茶话会.
_MIXER_ACTIVITY = re.compile("(?:联谊|交友|相亲)活动$")


# 检阅了…会操后致辞, 后发表讲话: remarks the reviewer makes at the parade after reviewing it.
_REMARKS_AFTER_REVIEW = "(?:发表|作|进行)?了?(?:讲话|致辞)"


# 要扎实开展, 会议要求各支部认真开展, 号召…开展: a modal or a speaker's asking before the verb of carrying out (read in the
# subject the carried-out pattern leaves before it). The modal only where it governs the verb (its adverb between, 要扎实);
# the asking verb only after its speaker (会议要求, 县委书记希望), not a directive the subject followed (按照县委要求开展,
# 根据上级要求, 响应…号召: the event held) nor 希望 opening a name (希望小学党支部, 李庄希望小学: the school's branch).
_ASKED_FOR = re.compile("(?:" + _TASK_MODAL.pattern + r")[^，。；]{0,4}$"
                        "|^(?!.*(?:按照|根据|依照|遵照|按|响应|落实)[^，。；]{0,12}(?:要求|号召|倡议))"
                        ".+(?:要求|强调|号召|倡议|希望(?!小学|中学|学校|工程|集团|公司|村|社区|小镇|家园|之))")
# 按照要求, 根据上级部署, 响应县委号召: a directive the subject followed before the verb of carrying out (the event held).
_DIRECTIVE_FOLLOWED = "(?:(?:按照|根据|依照|遵照|响应)[^，。；：,;:\n]{0,12}?(?:要求|号召|部署|安排))"
# 县委要求，按照上级要求开展…; 会议强调，…开展…: the asking verb of a speaker ending the clause before the subject, the
# event asked for (planned, none held; GUIDELINES §3 fifteenth review round, as _ASKED_FOR in the subject)
_ASKED_BEFORE = re.compile(r"(?:要求|强调|号召|倡议|希望)[，,：:]\s*$")
# 韩冰要求，各单位要认真学习…，结合“七一”组织开展…主题党日活动: the asked clause goes on past a comma, its modal (各单位要)
# governing the later verb too (planned, as _ASKED_BEFORE); not a directive the subject followed (按照县委要求，…).
_ASKED_EARLIER = re.compile(r"(?<!按照)(?<!根据)(?<!遵照)(?<!依照)(?:要求|强调|号召|倡议|希望)[，,：:](?P<asked>[^。；！？\n]*)$")


def _asked_earlier(text: str, org: int, end: int) -> bool:
    """The stretch before ``org`` opens with a speaker's asking verb whose asked clause has a task modal (要, 务必), and
    the event up to ``end`` is told with no mark of being done (…随即开展了…: the event held after the asking)."""
    m = _ASKED_EARLIER.search(text, 0, org)
    return m is not None and _TASK_MODAL.search(m["asked"]) is not None \
        and re.search(_DIRECTIVE_FOLLOWED + "$", text[: m.end() - len(m["asked"]) - 1]) is None \
        and _DONE_MARK.search(text, m.end() - len(m["asked"]), end) is None


# 开展了, 已召开, 随即, 当天: an event told as done.
_DONE_MARK = re.compile("了|已|随即|随后|当天|当日|同日")

# 区委宣传部组织专题备课会, 学校组织了一次座谈会: 组织 with a meeting noun as its direct object holds that meeting, as
# 组织召开 does (GUIDELINES §3: the organization that held it); not the people gathered (组织党员参加…大会, 组织干部收看…),
# another verb after it, the noun 组织 (党组织, 组织委员会, 组织部) or the party branch's 组织生活会.
# (not 组织用人单位进厂开招聘洽谈会: the firms gathered and their own act; the noun's words short, no verb or people in them;
# not 还将组织…对接会, 计划组织…: a meeting planned;
# not 帮助农民组织摄影协会, 组织异地商会, 指导高校组织青年学会, 组织妇女联合会, 组织老年科技研究会: a body founded, whose
# word ends in 会 too, GUIDELINES §3: a meeting is an event held, a body none)
# (协会, 学会, 商会, 工会, 社会, 联合会, 研究会, 促进会, 基金会: the 会 that ends a body's name, no gathering; put before 会)
_NOT_BODY_HUI = "(?<![协学商工社])(?<!联合|研究|促进|基金)"
# (组织党建课题研究会，20名党务干部参加: a 研究会 after 组织 may be a meeting held; _organized_study_meeting decides, GUIDELINES
# §3 twenty-third review round)
_ORGANIZED_MEETING = ("|(?<![党团生际将要拟])(?<!计划)(?<!准备)(?<!打算)组织(?!委员|部|工作|者|方|单位|机构|生活会)(?=了?(?:一次|一场)?[^，。；：,;:！？\n、]{1,8}?(?<![协学商工社])(?<!联合|促进|基金)会(?:[，。；,;\n和]|$))"
                      "(?![^，。；：,;:！？\n]{0,12}?(?:参加|参与|出席|列席|收看|观看|收听|召开|举行|举办|开展|学习|赴|前往|走进|来到|到|开|进|"
                      "人员|党员|干部|群众|职工|师生|学生|代表|专家|力量|单位|企业))")
# The kinds of match that read a meeting by its verb of holding (召开…, …举行, …召开的…).
_HOLDING_KINDS = ("active", "passive", "bare", "attributive", "clause")
# 组织…研究会 (组织了一次…研究会): the verb 组织 right before a name ending in 研究会, which names a body as often as a
# meeting (GUIDELINES §3 twenty-third review round).
_ORGANIZED_BEFORE = re.compile("组织了?(?:一次|一场)?$")
_STUDY_BODY_HUI = re.compile("研究会$")
# 20名党务干部参加, 专家学者出席, 与会人员: people told taking part in the 研究会 (a meeting held)…
_TAKING_PART = re.compile("参加|参与|出席|列席|与会|参会")
# …against its officers, members or founding told (李强任会长, 选举产生理事会, 发展会员, 宣告成立, 通过章程: a body founded).
_BODY_FOUNDED_TOLD = re.compile("(?:名誉)?(?:会长|理事长|秘书长|理事会|会员|成立|章程|挂牌|揭牌)")


def _organized_study_meeting(text: str, m: re.Match[str], venue: str | None) -> bool | None:
    """For a 研究会 whose verb is 组织 (县委组织部组织党建课题研究会), whether it is a meeting held: its venue (``venue``)
    or people taking part in it told in the sentence, and neither its officers, members nor its founding (GUIDELINES §3
    twenty-third review round: 县老科协牵头组织老年科技研究会，李强任会长 is a body founded). None for any other match."""
    if not _STUDY_BODY_HUI.search(m["name"]) or not _ORGANIZED_BEFORE.search(text, 0, m.start("name")):
        return None
    after = text[m.end("name") :]
    if _BODY_FOUNDED_TOLD.search(after):
        return False
    return venue is not None or _TAKING_PART.search(after) is not None


# Kinds of event that a report names beside its main meeting as events of their own.
# 同来华进行国事访问的俄罗斯总统普京举行会谈: the verb of the guest's visit read as the holding verb, the
# visit and the guest then taken into the name; the talks after the last holding verb are the event.
# 正在这里访问的…, 正在此间进行国事访问的…: a guest whose visit the text places under its dateline (这里/此间 name its city).
_VISITING_HERE = re.compile(r"正在(?:这里|此间)[^，。；,;在]{0,8}?访问的")
# 中国奥委会对此深感震惊，紧急召开…, 市委接到报告后，连夜召开…: a body opening its sentence with its reaction to news
# (对此, 高度重视, 接到/获悉/得知…后), then a clause of holding with only an adverb before the verb: the body is the
# subject of both clauses, so the organizer (GUIDELINES §3 organizer; found in 1998 newspaper copy, pd_1448).
_HOLDING_ADVERB = re.compile("紧急|立即|随即|迅速|当即|连夜|及时|专门|马上|立刻|第一时间")
_REACTION_WORDS = "对此|对这|高度重视|十分重视|非常重视|深感|接到|获悉|得知|收到|闻讯|听取"
# (5月6日，中国奥委会对此深感震惊，紧急召开…: the reacting clause may follow a clause of the day, thirty-first round)
_REACTING_SUBJECT = re.compile("(?:[^。；;]*[，,]\\s*)?(?P<org>[^，。；,;]{2,40}?)(?:" + _REACTION_WORDS + ")[^，。；,;]{0,20}[，,]\\s*")

# An approval, a founding told as history or a birth: acts of a story's background, whose day is no ceremony's after
# them (see _background_act). (Not 5月8日，县里成立防汛指挥部。指挥部会议…: a founding told as the day's news may
# open the account of its first meeting; only one told 于… or a historic start, 始建, 创办.)
_BACKGROUND_ACT = re.compile("批准|批复|获批|立项|(?P<founding>于[^，。；]{0,14}?(?:成立|组建|创建)|始建|创办)"
                             "|(?P<birth>出生|诞生)")
# A day told for a happening no one of the meeting did: weather, a quake, a flood, an accident or a fire (5月4日，全市普降
# 大雨。, 5月4日，国道318线发生一起交通事故。): no day of a meeting told in a later sentence unless 当天/当日/同日 (read
# elsewhere) or 随即/立即 ties it (GUIDELINES §3 eleventh review round); not a visit or an inspection by those who then
# meet (5月4日，副县长深入受灾乡镇查看灾情。: the day of their account).
# (Not 县地震局联合…开展…活动, 县气象台发布暴雨橙色预警, 开展地震应急演练: the hazard word inside a body's name, a
# warning or a drill, the act of a body.)
_HAPPENING = re.compile("(?:普降|突降|遭遇|遭受|暴雨|大雨|强降雨|降雪|暴雪|地震|台风|洪水|山洪|泥石流|山体滑坡|起火|失火)"
                        "(?![局台站办所队]|部门|监测|[^，。；]{0,4}?(?:预警|警报|预报|演练|演习|科普|知识|宣传))"
                        "|发生[^，。；]{0,12}?(?:事故|火灾|险情|灾害|爆炸|案件)")
# 5月6日，市政府办公室印发《…》: a document's issue day, told in a sentence of its own, dates no meeting told next
# (GUIDELINES §3 eleventh review round, like a happening's day; 当天/同日/随即 still tie). Only a titled document: not
# 团县委向全县青年发出“争当志愿者”倡议, 县文明办公布“5月江城好人榜” (a call, a list: the body's own act of the day).
_DOCUMENT_ISSUED = re.compile(r"(?:印发|下发|发布|出台|颁布)了?《")
_VISITED_OR_INSPECTED = re.compile("来到|深入|调研|视察|走访|检查|察看|查看|看望|慰问|督导|督查|赶赴|赶到|前往|指挥|部署")
# 随即, 立即: the meeting called right upon the happening told before, on its day; 紧急, 迅速, 第一时间 say the same
# (县防汛抗旱指挥部紧急召开防汛会商会, 县安委会迅速召开…: the lead's ruling, eleventh review round).
_RIGHT_UPON = re.compile("随即|立即|紧急|迅速|第一时间")


# A person's birth (王强同志…出生, 李明先生…诞生; or 出生于/诞生在…, see _background_act): not 诞生 of the day's first
# centre, nor “出生一件事”.
_PERSON_BORN = re.compile("(?:同志|先生|女士)[^。；]*$")
# The ceremony of a founding or of an approval (成立大会, 揭牌仪式, 挂牌仪式, 授牌仪式, 开业典礼, 组建大会).
_FOUNDING_RITE = re.compile("成立|揭牌|挂牌|授牌|开业|组建|创建")
# The talks or session after which another event was held, or the press was told (在会谈后举行的新闻发布会上,
# 在会议结束后举行的记者招待会上, 马某会谈后对记者说).
_PRIOR_EVENT = re.compile("(?P<prior>会谈|会晤|磋商|会议|峰会)(?:结束)?之?后(?=(?:举行|召开)的|(?:对|向)(?:记者|新闻界|媒体))")
# 参加了政府会议(之后), 出席内阁会议(后): the words of the meeting attended before its head.
_ATTENDED_BEFORE_PRIOR = re.compile("(?:出席|参加|主持)了?(?P<named>[\u4e00-\u9fff]{1,10}?)$")
_SEPARATE_EVENT_WORD = re.compile("|".join(longest_first(_SEPARATE_EVENT_HEADS)))

# 七次民族团结进步表彰大会, 三届论坛, 12场宣讲会: a meeting's name opening on a count of its times with no 第 (已召开七次…,
# 先后举办三届…): the sessions counted, a series or a tally, no one meeting held (GUIDELINES §3 series); not 第八次…,
# an edition, nor 一次 (召开了一次座谈会: one held). The experiential 过 may stand before the count (召开过三次…,
# 举办过两届…): the times it was done, a series all the same.
_COUNTED_TIMES = re.compile("过?(?:[二三四五六七八九十两百千]|[1-9])[一二三四五六七八九十两百千\\d]*(?:余|多)?(?:次|场|届)"
                            "(?![一二三四五六七八九十\\d]|会|间|日)")
# 80年代末，…; 60年代初，…: a decade opening the sentence before a call or talks (某某在会见外宾时说): remarks of another
# time relayed by a feature, no meeting named (GUIDELINES §4 thirty-first review round, §3 thirty-fourth round).
_DECADE_BEFORE = re.compile("(?:[1-9]0|[二三四五六七八九]十)年代(?:初期|中期|末期|后期|初|中|末)?[，,]")
# The mark of a tally before the verb in the clause (已召开, 先后举办, 共召开, 累计举办): with a count of times, a series, not
# a term and session (召开十四届三次全会, 三届四次职工代表大会).
_TIMES_TALLIED = re.compile("已|先后|共|累计|连续|曾|以来")

# Group nouns for the people an event drew, before their count (产官学界代表250余人参与, 各界人士300人参与).
_DRAWN_GROUP = "(?:代表|人士|师生|学者|专家|嘉宾|来宾|民众|市民|居民|家长|校友|业者)"
# 资助区内团体举办…活动, 区议会通过拨款120万元举办…活动: an event that money is granted for, not one held (§3);
# 拨款 is a grant to others, unlike 出资举办 (the giver holding its own event).
_FUNDED_PURPOSE = re.compile("(?:资助|用于|用以|以便|拨款)[^，。；]{0,12}(?:举办|举行|召开|开展)")

_ATTRIBUTIVE_VERBS = "(?:隆重)?(?:召开|举行|举办|开幕|闭幕|结束)的"
# A look-ahead opening the lead branch of the reference pattern (MeetingExtractor.reference: 会议由…主持, 座谈会上，…)
# on what it needs further on: 上, 中, 后 or 由 right after its meeting's name, within the sentence's first clause.
# Why: the branch opens the sentence, and in a sentence with none of them there (most of them) its lazy run was tried
# in full, a head tested at every step; the look-ahead is one scan of the clause.  It reads only what the branch's
# own match reads (its characters and the heads hold none of _LEAD_STOPS, checked where the pattern is built), so the
# pattern finds the same matches.  (A like look-ahead for the verb of the held branch, 在伦敦召开的…会议强调, was
# measured to cost what it spared: that branch fails fast at the sentence's start already.)
_LEAD_STOPS = "，。；：,;:！？\n"
_LEAD_GUARD = f"(?=[^{_LEAD_STOPS}]*?[上中后由])"
# After a verb of holding: not an attribute of the noun after 的 (桑特在会后举行的记者招待会上说: what was held
# there is named after 的; but …是在…举行的。 is a cleft, the meeting before it held).
# (市人大常委会举行宪法宣誓, 市总工会举行职工篮球赛: a body ending in 会 holds something named after the
# verb, an active sentence; the passive X会议举行 has no object after it)
# (…委员会举行会议, 举行例会, 举行开幕式: a meeting noun after the verb is read by the body-holding-a-meeting rule)
# 会议25日在雅加达结束。, 会议顺利结束。: a bare 结束 that ends its clause, the meeting told as held by its end (not
# 已结束, 未结束: a state, no event). The passive shape reads it after a venue only; the heading and event-word
# readings take it with no venue.
_BARE_END = "结束(?<![已未没]结束)(?=[，。；,;！\n]|$)"
_NOT_ATTRIBUTIVE = ("(?!的[^，。；,;\n])(?!(?<=召开|举行|举办)(?!了|于|在|时|期间|之际|以来|之后|以后|完毕|结束|后|前|仪式|典礼|活动"
                    "|[^，。；,;\n]{0,16}?(?:[会式礼坛班]|协商|学习|座谈|研讨|观摩))[\u4e00-\u9fff「“『《])")
# (…大会，大会在, …典礼，典礼于: the bare kind after the comma, to be matched with the name's end)
_KIND_REPEATED = re.compile(r"[」』”]?[，,]\s*(?P<kind>[\u4e00-\u9fff]{2,4}?)(?:在|于|已|[\d一二三四五六七八九十今昨]|上午|下午|晚上)")
_OBJECT_AFTER_VERB = re.compile("(?:了|(?=[^，。；,;\n]{1,17}?礼[”」』]?(?:[，。；,;\n]|$)))(?!于|在|时|期间|之际|以来|完毕|结束|后|前)"
                                "[\u4e00-\u9fff“「『《]")
# A committee (纪律检查委员会, 欧盟委员会; not a standing committee's session, 常委会, nor 理事会/董事会, events too) or a
# body of members (_MEMBERS_BODY_END) read as a passive name before a verb of holding whose object names a meeting
# (…委员会7日在首都召开会议, …协会在…举行座谈会): the body holds the object, it is no meeting (GUIDELINES §3 organizer).
# That end is names' _BODY_NAME_END.
_BARE_VERB_LENGTH = 3  # (召开了, 举行: a verb right after the name)
_BODY_PEOPLE = re.compile("成员|会员|官员|代表|委员(?!会)|负责人")
# (…委员会今天在京举行座谈会时指出, …举行会议时决定: what was said or decided at the meeting, told by its time)
_SAID_VERBS = "决定|指出|表示|强调|宣布|说|认为|提出"
_SAID_AT_TIME = "时(?=[，,]|(?:" + _SAID_VERBS + "))"
# A cheap test for the words that end the name of a body of members or a committee (see self.body_held).
_BODY_WORD = re.compile(MEMBERS_OR_COMMITTEE)
_MEETING_OBJECT_AFTER_VERB = re.compile("了?[^，。；,;\n]{0,16}?(?:会议|会谈|会晤|[会式礼坛班])")
# The end of a unit named 处 (管理处, 办事处, 教务处, 宣传处, 学生处): 于 after it opens a venue (管理处于礼堂举行), not the
# verb 处于 (正处于, 仍处于 are kept off by the lookbehind before 于 of the active pattern).
_UNIT_CHU_END = "[理事务络书传政研卫划合究察查法护费营织生]处"
# 随后几天陆续召开, 此后数日纷纷举行: one meeting noun held again and again over a stretch of days (a series, §3;
# not 1月6日，各村党组织陆续召开组织生活会 on one day), unless the meetings are listed by name.
_ONE_AFTER_ANOTHER = re.compile(r"(?:几天|数天|数日|几日|几周|数周|一段时间|几个月|数月)[^。；;]{0,16}?(?:陆续|纷纷)(?:组织)?"
                                r"(?:召开|举行|举办)了?\s*$")
_LISTED = re.compile("[、和及与]")

# 累计召开座谈会300场, 召开座谈会12场次: a tally of the meetings held, none reported on its own.
_TALLIED = re.compile(r"[」』”]?[\d一二三四五六七八九十百千两]+(?:余|多)?(?:场|次|期)")

# Talks and calls written as a verb after the other party, their name as written (GUIDELINES §3: talks and calls
# reported as held are meetings, like 会见): 同某国外长通电话, 与到访的代表团会面, 与各大学校长座谈, 邀集30家企业负责人座谈
# (not 同…磋商: consulting is often a process, 在同…磋商后宣布).
# (推介会后，市长与台商代表会见, Traditional 與…會見: a 会见 written after the party is talks held like 会谈)
_TALKS_WRITTEN = frozenset({"通电话", "视频通话", "会面", "座谈", "会谈", "会晤", "会见"})

# 与到访的某某代表团会面, 与新界乡议局代表会面: 会面 is talks when the other party is a delegation, a body's
# representatives or an official (not 与失散多年的亲人会面, a private reunion).
_OFFICIAL_PARTY = re.compile("(?:团|一行|代表|大使|使节|官员|负责人|领导|[长员]|主席|总统|总理|首相|书记|嘉宾|客商|董事长|总裁|人士)$")
# A meeting named as one of several means (召开座谈会、发放征求意见表等方式).
# (not 召开警示教育大会，通过观看警示教育片等方式…: the means of the meeting, in a clause of its own)
_BY_MEANS_OF = re.compile(r"[、和及][^。；！？，,]{0,30}?等(?:方式|形式|途径|渠道|办法|措施)")
_IN_TURN = re.compile("分别|先后|相继|依次")
_GENERIC_REFERENCE = re.compile(r"\s*(?:本次|此次|这次)?(?P<noun>会议|大会|活动|仪式|典礼|年会|论坛|开幕式|座谈会)(?:于|在)?\s*(?:\d|[一二三四五六七八九十]{1,3}[月日])")

# Two days of a meeting written together, read by the passive and the bare holding (…会议5月8日至9日在北京召开, 5月8日和9日,
# 5月8日、9日, 8日和9日; …会议3月5日和6日召开): the second day after the first, joined to it by the mark of a range or by a
# joiner of two days. One fragment for the three places; the joiners differ by place (、 only after a month and day, as
# the date reads it; 和 only after 日 where the first day may end in 号; GUIDELINES §3 date, thirty-eighth review round).


def _second_day(joiners: str, day: str, month: str) -> str:
    """A regex fragment: the end of a range after the mark of a range, its month (`month`, a fragment of its number)
    perhaps written, or a day joined by one of `joiners` (`day`: a fragment of the day's number)."""
    return "(?:" + _RANGE_MARK + "(?:" + month + "月)?" + day + "日|" + joiners + day + "日)"


# What a meeting cited as a source said (…会议强调, 指出, 要求): relayed remarks, not an act of its own (决定, 审议, 议定).
_RELAYED_REMARKS = "指出|强调|要求|提出|认为|号召|明确|指明|表示|提到|重申|部署"
# What a meeting as the subject of a sentence stated or decided (…座谈会强调, …会议通过).
# (研讨会围绕…进行了交流: what the meeting discussed)
# (市政府常务会议研究同意下达…: what it studied and agreed)
# (行政院会今（7）日通过…, 立法院院会昨日三读通过…: Taiwan's day in brackets and its third reading)
# The day a session did its act, between the session and the act (…第一次会议一月十九日选举…, …会议１８日通过…):
# a month and day or a day alone, in Arabic, full-width or Chinese numerals, perhaps with the part of the day.
_MONTH_DAY_OR_DAY_ALONE = (r"(?:[\d０-９]{1,2}月[\d０-９]{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
            r"|[\d０-９]{1,2}日|[一二三四五六七八九十]{1,3}日)")
# The acts a sitting does as a body (GUIDELINES §3: a meeting referred to as having taken place): electing, appointing,
# approving or endorsing a report.
# (not an act in an attribute, 根据…第三次会议批准的方案, 经…会议选举产生的副省长: the session the source of a document or
# of an office, no meeting of the page, GUIDELINES §3 "meetings mentioned only as the source of … a plan or a document")
_SITTING_ACTS = "(?:选举(?!工作|办法|程序|法)|选出|任命|批准|赞同|表决通过)(?!(?:产生|出)?的)"
# (…第五次会议，赞同…报告: a plenary's resolution, its endorsement after a comma; not …举行的…会议，表决通过…: a held
# meeting in an attribute, read by the attribute's own branch)
_ENDORSED = "赞同"
# A festival's eve opening a sentence (新年前夕，, 春节前夕，): the time of what the sentence tells, no day of it.
_EVE_CLAUSE = r"(?:新年|元旦|春节|国庆|中秋|[\u4e00-\u9fff]{1,3}节)前夕[，,]\s*"
# (…第二十一届会议于1997年12月3日通过决议: the day with its year after 于, the same day of the act; …第一次会议一月十七日和
# 一月十八日选举…: two days joined by 和, the days of the sitting's act, GUIDELINES §3 twenty-eighth, thirty-fifth and
# thirty-sixth review rounds)
# A wire item's dateline opening the sentence, with its reporters' bracket (新华社呼和浩特一月十七日电（记者甲、乙）,
# 据新华社北京1月7日电, 本报北京1月5日讯).
_WIRE_DATELINE_LEAD = (r"(?:据?(?:新华社|本报|中新社)[^，。；：,;:！？\n在（(]{0,14}?[电讯]\s*"
                       r"(?:[（(][^（()）\n]{1,30}[）)])?\s*)?")
# The place a dated session did its act in, between its day and the act (…会议5日在此间通过了…, …会议7日在北京选举…):
# a short place after 在, no 上/中 of a sitting or a course of events inside it (GUIDELINES §3 thirty-seventh review round;
# 同时, one more act, may stand before the act too)
_ACT_PLACE = r"(?:在(?:此间|这里|[^，。；：,;:！？\n上中的会]{2,8}?))"
_STATED = (r"(?:(?:今天|昨天|今日|昨日|(?:今|昨)[（(][\d一二三四五六七八九十]{1,3}[）)][日天]|日前|近日|"
           r"于?(?:(?:19|20)\d{2}年)?" + _MONTH_DAY_OR_DAY_ALONE + r"(?:[和、]" + _MONTH_DAY_OR_DAY_ALONE + r")?)"
           r"(?:上午|下午|晚上)?" + _ACT_PLACE + r"?|一致|[，,](?=" + _ENDORSED + "))?"
           # (当天的内阁会议同时决定…: one more act of the session, 同时 before it; not 还/也, which a meeting referred to
           # as this one takes too, 本届理事会会议还审议通过了…, read without its demonstrative by the reference's own branch)
           "(?:同时)?"
           "(?:强调|指出|提出|要求|认为|表决通过|三读通过|通过|决定|号召|明确|审议|听取|宣布|围绕|研究(?:同意|决定)|"
           + _SITTING_ACTS + ")")
# The words a lecture or talk series ends in, before the number of its session (“名家讲坛”第126期, 学术沙龙第12期):
# all of two characters, for the fixed-width look-behind of the meeting heads.
_SERIES_WORDS = "讲坛|讲堂|论坛|沙龙|讲座|学堂|书院|讲习"
# 党的十五大, 中共十四大: the nation's party congress written short by its number after the party, a meeting's name as the
# full 第十五次全国代表大会 is (GUIDELINES §3 twenty-eighth review round: narrated as past background it stays when it is
# the page's only meeting; thirty-ninth round). Not 十大 (a count of the ten greatest), not 十五大代表 (delegates, a title),
# not 十五大精神, 十五大报告 (the congress named as the source of a plan or a document). Read only right before its verb of
# holding or the place of it (党的十五大胜利召开, 中共十四大在北京召开): elsewhere the short form is a slogan's word or an aim
# (为迎接党的二十大，…开展“喜迎二十大…”主题党日活动: another event named after it), and 迎, 接 or 向 right before the
# party tells it welcomed ahead or aimed at (迎接党的, 喜迎党的, 向党的十六大召开献礼; a year word glued before it,
# 今年党的十五大召开, is no such word).
_PARTY_CONGRESS_SHORT = (r"(?<=党的|中共)(?<![迎接向]党的)(?<![迎接向]中共)(?:二?十[一二三四五六七八九]|二十)大"
                         r"(?=(?:胜利|隆重|顺利)?(?:召开|开幕|闭幕|举行)|在|于)")

# What the next meeting did, told with it as the subject (随后召开的…全体会议选举…, …审议通过了…).
_NEXT_MEETING_ACTS = "选举|审议|通过|听取|研究|决定|表决|讨论|传达|部署"
# 要求各部门今日开会, 通知…开会, 准备开会: a meeting asked for or ahead, not held by the subject.
_NOT_MET = "我们|咱们|大家|要求|通知|召集|组织|安排|督促|邀请|请|让|叫|将|拟|要|需|应|须|不|没|未|准备|计划|决定"


# 在…会议上说, 出席了…仪式, 参加…研讨班: the cue that a text may refer to a meeting of its own beside those held with a
# verb, built with the heads' last characters by MeetingExtractor (a cheap gate before the slow reference patterns; a
# wider cue, any 会上 or 典礼上, was measured to add false meetings on unseen newspaper copy). 出席/参加 alone are on
# most pages: the cue asks for a name of two characters at least before a head's end in the same clause, as a named
# reference needs (出席会议并讲话 names none), or the remarks right after a head's end.
_REMARKS_AFTER_HEAD = "上(?:说|讲话|致辞|发言|表示|指出|强调|提出|宣布|重申)"


# Fixed patterns of _without_lead_reference.
_CONVENE_VERB = re.compile("召开|举行|举办")
_CONVENE_OR_MEETING_WORD = re.compile("召开|举行|举办|开幕|会议|大会")


def _without_lead_reference(text: str) -> str:
    """The sentence with a leading clause that refers to another occasion blanked out (offsets
    kept): 为贯彻落实3月5日全国两会精神，3月8日，市委常委会召开会议 (the date is the 8th);
    继3月1日召开全县安全生产工作会议后，3月8日，县政府召开…专题会议 (the meeting is the second)."""
    lead = _LEAD_REFERENCE.match(text)
    if lead is None or not (_DATE.search(lead.group()) or _CONVENE_VERB.search(lead.group())):
        return text
    rest = text[lead.end() :]
    if not _CONVENE_OR_MEETING_WORD.search(rest):
        return text  # 继…召开…会议后，又深入企业调研: nothing else is held in the sentence
    if text.lstrip().startswith("为") and _HELD_FINITE.search(lead.group()) and not _PLANNED.search(lead.group()) \
            and not _HELD_IN_REST.search(rest):
        # The 为-clause holds the meeting itself, the rest only refers back to it (会议由…主持): a name that opens
        # on 为 (为民办实事项目推进会5月7日在…召开), a 为…的 phrase before its noun (为全县劳动模范颁奖的表彰大会…
        # 举行), or a purpose with no comma before the account, of which only the purpose goes.
        purpose = _PURPOSE_BEFORE_DATE.match(text)
        if purpose is None or not _HELD_WITH_OBJECT.search(lead.group(), purpose.end()):
            return text
        blanked = "，" * purpose.end() + text[purpose.end() :]
        day = _DATE.match(blanked, purpose.end())
        if day is None or not _opens_account(blanked, day) or not _AGENT_AFTER_DAY.match(blanked, day.end()):
            return text
        return blanked
    return "，" * lead.end() + rest


# 据人民日报报道，/ 据新华社电 / 据报道，: a sentence that opens on another outlet's report it cites (not 据了解, 据悉:
# the reporter's own sources), whose meeting is another report's, not the article's own account.
_CITED_REPORT = re.compile(r"\s*(?:据|援引|引述)[^，。；：,;:！？\s]{0,16}?(?:报道|电|消息)(?:[，,：:\s]|$)")


def _cited_report(sentence: str) -> bool:
    """Whether ``sentence`` opens on another outlet's report that it cites (据人民日报报道，国务院日前召开…)."""
    return _CITED_REPORT.match(sentence) is not None


def _national_session_narrated(meeting: dict[str, Any]) -> bool:
    """Whether ``meeting`` is the nation's party congress or plenary told with no day of its own (no date expression, or
    a month or a year alone) and held by the national party or by nobody named: background to another meeting the page
    holds, no record (GUIDELINES §3 nineteenth review round)."""
    if NATIONAL_PARTY_SESSION.fullmatch(meeting["name"]) is None:
        return False
    told = meeting["evidence"]["text"]
    at = told.find(meeting["name"])
    if at >= 0 and _FRAMING_HOLDING.match(told, at + len(meeting["name"])):
        return False  # (党的二十届三中全会召开以来，…: the start of a period, recorded with no date, GUIDELINES §3 ninth round)
    holder = meeting["organizer"]
    if holder is not None and NATIONAL_PARTY_HOLDER.match(holder) is None:
        return False
    return meeting["date_text"] is None or NAMES_A_DAY.search(meeting["date_text"]) is None


def _background_act(sentence: str, name: str) -> bool:
    """Whether ``sentence``, told before an undated meeting named ``name``, dates an act of the background
    rather than the meeting's account: an approval, a founding or a birth (1997年1月5日，国务院批准建设大桥。
    大桥开工典礼隆重举行: the approval's day, not the ceremony's), unless the meeting is that act's own ceremony
    (5月8日，某某协会成立。成立大会在…举行)."""
    for act in _BACKGROUND_ACT.finditer(sentence):
        if act["birth"]:
            # (全省首家…中心在我县诞生。启动仪式…: a first of its kind born that day, the day's news)
            if sentence[act.end() : act.end() + 1] in ("于", "在") or _PERSON_BORN.search(sentence, 0, act.start()):
                return True
        elif not _FOUNDING_RITE.search(name):
            # (县老年大学挂牌成立。揭牌仪式…; 经…批准，…正式成立。成立大会…; …获批…。授牌仪式…: the act's own ceremony)
            return True
    return False



class _HeldAnchored:
    """``pattern.search`` for a pattern made of a subject (and a venue) of bounded length, ``reach`` characters at
    most, then ``held``, a verb of holding and what it holds.  Searched alone, ``held`` finds where the first such
    verb can stand, and no match of the whole can start more than ``reach`` characters before it, so the search
    starts there, or is skipped when ``held`` matches nowhere: the same match, without trying the long lazy subject
    at every start of a sentence that holds no meeting (most of them).

    ``breaks``: characters that no match holds before its ``held`` part (the clause marks a subject and a venue
    cannot cross), or none: no match starts at or before the last of them before the first verb either (a match
    starting there would hold it), so the search starts after it; the subject's run was tried at every start of
    the clauses before the verb's (about a third of the active pattern's time on the People's Daily sentences)."""

    def __init__(self, pattern: re.Pattern[str], held: re.Pattern[str], reach: int, breaks: str = "") -> None:
        self.pattern, self.held, self.reach, self.breaks = pattern, held, reach, breaks

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        verb = self.held.search(text, pos)
        if verb is None:
            return None
        start = max(pos, verb.start() - self.reach)
        for mark in self.breaks:
            start = max(start, text.rfind(mark, start, verb.start()) + 1)  # (-1 + 1 where there is none: start kept)
        return self.pattern.search(text, start)


_OFFICIATING_END = re.compile("主礼了?[「『“]?$")
# (…在嘉许中心演讲厅主持由某某青年基金主办的「…」: a guest who chairs an event another body holds, the agent of 主办 its
# organizer and the place before 主持 its venue, read like 主礼由…主办的…, GUIDELINES §3 thirty-fifth round)
_CHAIRING_END = re.compile("主持$")
# The characters that neither the subject (_ORG_RUN) nor the venue of the active pattern (MeetingExtractor.active)
# holds: no match of it holds one before its verb of holding (see _HeldAnchored).
ACTIVE_BREAKS = "，。；,;\n"

# 县委决定全县经济工作会议于5月8日召开: a plan told with the name between the decision and the day (the order
# _PLANNED's 决定…于…召开 branch reads), then held by its bare noun
# 经县委研究决定全县经济工作会议, 县委决定全县…会议: the body's decision before a meeting's name read by the passive
# pattern (not 学习《…的决定》座谈会: a decision inside a title)
_DECIDED_LEAD = re.compile("^经?[^《“，。；]{0,10}?(?:研究)?(?:决定|同意)(?=[^》”]{4,}$)")


# Fixed patterns of MeetingExtractor._find (no lexicon in them, compiled once at import).
# …首脑会议23日在里加结束: a meeting closing is one held (not 调研活动结束, 会议结束后)
_MEETING_CLOSED = re.compile(
    r"(?P<name>[^，。；：,;:！？\n]{2,40}?(?:会议|大会|会谈|会晤|峰会|论坛|年会|研讨会|座谈会|全会))"
    # (not 在北京国际会议中心结束, 在第一会议室结束: a venue's word, see the passive pattern)
    r"(?!(?<=会)[议堂]|(?<=会议)(?:中心|室|厅|楼|大厦))"
    r"[^，。；,;\n]{0,16}?(?:在(?P<loc>[^，。；,;\n]{1,30}?))?(?:胜利|圆满)?结束(?![后时了语])"
)

# 这是江城大学所举办的规模最大的一次国际学术研讨会: a cleft describing one meeting the agent held, counted by 一次 after
# its attribute (GUIDELINES §3 thirty-ninth review round: a meeting referred to as having taken place); not 这是…将举办的
# (ahead), nor a series counted (这是…举办的第三次…, 历次: an edition or a tally told, read as before).
_CLEFT_HELD_ONCE = re.compile(
    # (我国医学界所举办的: a trade's community, no body: organizer none, as for a crowd)
    # (江城研究所举办的: 所 closing a body's name, no particle)
    # (第一次, 第十一次, 江城大学第十一次举办的: an edition counted, no 一次 of one meeting)
    r"^\s*这是(?:(?P<org>(?:(?!将|要|拟|第)[^，。；：,;:！？\n的]){2,20}?)(?<!界)(?<!界所)|(?:(?!将|要|拟)[^，。；：,;:！？\n的]){1,20}?界)"
    r"(?:(?<!研究)所)?(?:举办|召开|举行)的[^，。；：,;:！？\n]{0,12}?(?<![第十百\d])一次"
    r"(?P<name>[^，。；：,;:！？\n的]{2,20}?(?:研讨会|讨论会|交流会|座谈会|大会|会议|论坛|年会|峰会))(?P<loc>)(?=[，。；,;]|$)")

# A study visit: 50余名…负责人赴川南发电公司现场观摩 (the visit is the event).
_STUDY_VISIT = re.compile(
    # (赴…基地开展了现场教学, 到…学院进行现场观摩: the verb of doing it is no part of the place)
    # (到锦程汽配等5家企业开展“园区党建”现场观摩: the quoted theme after the verb is no part of the place)
    r"(?:赴|到|来到|走进)(?P<loc>[^，。；,;\n]{2,30}?)[，,]?(?:(?:开展|进行|举行|组织)了?(?:[“「][^”」，。；]{1,20}[”」])?)?"
    r"(?P<name>现场观摩|观摩学习|观摩交流|现场教学)"
)


class MeetingHolding:
    """The sentence patterns of MeetingExtractor, built from the lexicons, and its match of a sentence."""

    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self._match_cache: dict[str, tuple[re.Match[str], str] | None] = {}
        self._reference_cache: dict[str, tuple[re.Match[str], ...]] = {}  # (MeetingReferences._reference_matches)
        self._attendees_cache: dict[tuple[str, bool, tuple[int, ...] | None], tuple[int | None, bool]] = {}
        heads = [w for w in lex.patterns["meeting_heads"]["words"]]
        # (a numbered session of a lecture series is an event too: “巡回党校”第十六讲; “名家讲坛”第126期, 学术沙龙第12期:
        # a session numbered 期 or 场 only right after a series' own word, not 培训班第3期 or a journal's issue)
        head_words = (word_alternation(sorted(heads, key=len, reverse=True)) + r"|第[一二三四五六七八九十百\d]+讲"
                      r"|(?:(?<=" + _SERIES_WORDS + r")|(?<=(?:" + _SERIES_WORDS + r")[”」]))第[一二三四五六七八九十百\d]+[期场]"
                      # (…系列主题新闻发布会第十场: the session of a press-conference series is part of its name)
                      r"|" + _PRESS_SESSION_WORDS
                      # (…学术年会暨省级继续教育项目学习班: a study class joined by 暨 to a meeting; a 学习班 alone is
                      # as often a course run over weeks, 举办短期学习班, as an event)
                      + r"|暨[^，。；：,;:！？\n暨]{0,30}?学习班|" + _PARTY_CONGRESS_SHORT)
        head = "(?:" + head_words + ")"
        # 「青年發展論壇2024」, “数字经济峰会2024”: a name may end in its year after the head (not a date that
        # follows it, 大会2024年5月8日…)
        head_year = head + r"(?:(?:19|20)\d{2}(?![\d年月.\-/]))?"
        # (Taiwan copy holds events with 办理, naming them in 「」: 县政府今日办理「…表扬典礼」)
        # (not 联合主办单位, 举办方, 主办者: the noun of those who hold it, 市科协联合主办单位在…举行…)
        # (甲与乙合办“…”论坛: held jointly, a quoted name right after it; not 联合办公区, 综合办: words holding the characters)
        # (not 出席开班仪式并作专题讲座: 开班, 开幕, 开讲 before a ceremony's noun open that noun, no verb of holding)
        verbs = ("(?:(?:" + "|".join(map(re.escape, lex.patterns["meeting_verbs"])) + "|(?<![联综配结融混整适符])合办(?=[“「『])"
                 + _ORGANIZED_MEETING + ")"
                 "(?!单位|方(?![式面])|者|机构|(?<=开班|开幕|开讲)(?:仪式|式|典礼|礼))|办理(?=[「“]))")
        # A head that names an event on its own (举行签约仪式, 举行集体学习, 召开民主生活会).
        bare = word_alternation(sorted((w for w in heads if w in _SELF_NAMING_HEADS), key=len, reverse=True))
        # (…工作会议暨培训班, …暨警示教育, …集体学习暨读书班, …启动仪式暨应急演练: what is joined by 暨 may end in an
        # activity word)
        joined_tail = "(?:" + head_words + r"|警示教育|廉政教育|入学教育|教育|集中学习|学习|专题研讨|研讨|专题辅导|辅导|培训|学习班|工作部署|部署|约谈|评议|表彰|演练|演习)(?=[，。；,;\n]|$|并)"
        # (a short 「…」 inside a name stays: 庆祝「5·12」国际护士节暨…就职典礼)
        name = (r"[「『]?(?P<name>(?:[^，。；：,;:！？\n「『]|「[^」\n「]{1,12}」(?!$)|" + _COLON_IN_QUOTE + "){2,60}?" + head_year + r"(?:暨[^，。；：,;:！？\n]{0,40}?" + joined_tail + r")?"
                + "|" + bare + ")")
        # (…启动仪式暨应急演练在…举行: a drill joined by 暨 to a ceremony is part of the event's name; so is a campaign's
        # action launched with it, …启动仪式暨志愿服务集中行动在…举行)
        # (the head behind a look-ahead on its first characters: the greedy run gives back one character at a time and
        # the engine tried every branch of the heads at each, about a quarter of the passive and bare searches' time)
        greedy = r"(?P<name>(?:[^，。；：,;:！？\n]|" + _COLON_IN_QUOTE + "){2,60}" + opening_gate(head_year) + r"(?:暨[^，。；：,;:！？\n暨]{0,30}?(?:演练|演习|行动))?)"
        # (the purpose after a name, not a word inside a longer one: 召开一季度经济活动分析会, 召开…征求意见座谈会)
        purpose = f"(?:{_PURPOSE_AFTER_NAME})(?![^，。；：,;:！？\n]{{0,20}}?{head}[」』”]?(?:[，。；,;、\n（(]|$|并|暨))"
        # (not “青年学者论坛”第五期学术报告 cut at the quoted series: its session and what is held in it follow)
        # (not 已举办“科技讲堂”系列讲座8场, 举办“青年论坛”12期: a quoted programme followed by 系列 or by a count of its
        # sessions is a series or a tally, no one meeting held, GUIDELINES §3)
        # (组织专题备课会和“十组百点”调研: a meeting joined by 和 to a short activity that is no meeting, the clause's end
        # after it; 座谈会和交流会, two heads, stay one name as before)
        # (not 举办专题讲座和技术服务就达117次: a tally of the events, no one held)
        and_activity = (r"和(?![^，。；,;\n]{0,24}?(?:" + head_words + r"))(?![^，。；,;\n]{0,12}?(?:就|达|共|累计|[\d０-９]))"
                        r"(?=[^，。；,;\n]{1,12}(?:[，。；,;\n]|$))")
        active_held = verbs + "了?" + name + r"(?![」』”](?:第[一二三四五六七八九十百\d]+[期讲场]|系列|[\d一二三四五六七八九十两百]+(?:场|期|次|讲)))[」』”]?(?=[，。；,;、\n（(」』”]|$|暨|并|活动|后|(?:之|以)后|" + and_activity + "|" + purpose + ")"
        # 中国作家协会今天在京举行晚会, …委员会7日在日内瓦举办大会: a body of members or a committee (the passive reading of
        # the body as the name is left for this, see _BODY_NAME_END) holding an event named by its noun alone, its day and
        # venue between; the active reading asks a name before the noun, this one reads the noun as written (GUIDELINES §3
        # name row: the generic noun as written; organizer: the body)
        self.body_held = re.compile(
            r"(?:(?<=[，,。\s])|^)(?P<org>[^，。；：,;:\n]{2,30}?" + MEMBERS_OR_COMMITTEE + ")"
            # (its day: 今天, 15日, 于1月15日, 上周五, 元旦, 新年前夕, 春节期间; not its members, 会员今天在…: no body holding it)
            r"(?:于?(?:今天|今日|昨天|昨日|前天|近日|日前|最近|当天|当日|本月|上周[一二三四五六日]?|(?:[\d一二三四五六七八九十]{1,2}月)?[\d一二三四五六七八九十]{1,3}日"
            r"|(?:元旦|春节|除夕|新年|新春|国庆|中秋|圣诞)(?:前夕|期间|之际|当天|佳节)?))?"
            r"(?:上午|下午|晚上|晚)?(?:(?:在|于)(?P<loc>" + _VENUE_RUN + r"{1,30}?))?"
            + verbs + r"了?(?P<name>[^，。；：,;:！？\n]{0,16}?(?:" + head_words + r"))[」』”]?"
            r"(?=[，。；,;、\n（(」』”]|$|暨|并|后|" + _SAID_AT_TIME + "|" + purpose + ")"
        )
        self.active = re.compile(
            # (2021年1月12日上午，在市测楼320召开了…: no subject, the venue after the date clause)
            # (市总工会于市工人文化宫举行: 于 before a venue, not before a date; 乡公所于二楼会议室召开: a numeral opening a floor)
            # (…，县召开防汛工作会议: a one-character level as the subject, no organization named)
            # (县委出于安全需要召开…: 出于 "out of" like 由于, 鉴于, no 于 before a venue)
            r"(?P<org>(?<=[，,])(?=在)|(?:(?<=[，,。\s])|^)[县区市镇乡村校局院厂省](?=召开|举行|举办|于|在)"
            # (在野党民主党在…举行: 在野 "out of office" is part of the subject, not the 在 before a venue)
            r"|" + _ORG_RUN + r")(?:(?:在(?!野党)" + _STATUS_AFTER_AT + r"|(?:(?<![关对由属至基鉴等终处善出])|(?<=" + _UNIT_CHU_END + r"))于(?![\d一二三四五六七八九十〇零两]+(?:" + _TIME_AFTER_NUMERAL + r"|$)"
            # (not 九龙塘校园大礼堂, 十堰市…, 三楼会议室: a place opening on a numeral)
            # (于本院第一会议室, 于本局三楼会议室: the holding body's own room, GUIDELINES §3 thirteenth round; not 于本月)
            r"|[今昨前上下近日当同次此该明去]|本(?!院|局|所|校|馆|厅|公司|集团|中心)|年|月|周|星期|傍晚|晚上|早上|凌晨|中午|每|元旦|春节|国庆)"
            # (香港潮州商会今日假香港会议展览中心举行…: 假 before a venue, Hong Kong and Macau usage)
            # (记者于青报道：…在…举行: no venue crosses a colon, _VENUE_RUN)
            r"|" + _BORROWED_VENUE + r")(?P<loc>" + _VENUE_RUN + r"{2,30}?))?" + active_held
        )
        # (the subject at most _ORG_RUN_MAX characters, the venue's 在/于/假座 two and the venue 30; neither the subject,
        # _ORG_RUN, nor the venue crosses a clause mark or a line, ACTIVE_BREAKS)
        self._active = _HeldAnchored(self.active, re.compile(active_held), _ORG_RUN_MAX + 2 + 30, ACTIVE_BREAKS)
        # (5月6日，论坛在滨江会展中心举行: a forum or summit named by its noun alone, opening a clause; a day of its
        # own is asked for below, _DAY_NEEDING_HEADS)
        passive_name = greedy[:-1] + r"|(?:(?<=[，,。\s])|^)(?:论坛|峰会|开幕式|闭幕式|开班式|结业式))"
        self.passive = literal_gated(re.compile(
            # (…安全论坛（Kcon V3）在北京…举行: an alias in brackets after the name)
            # (…会议圆满完成各项议程，今天上午在人民大会堂闭幕; …大会在完成各项议程后，今天在…闭幕: its agenda done;
            # …代表大会第三次会议，在圆满完成各项议程后，今天上午在…闭幕: the agenda clause set off by commas, newspaper style)
            # (not 结业会 of 结业会操, 文艺会 of 文艺会演: a name ends at 会 only where the word ends; 会操, 会演, 会展, 会战
            # are nouns of their own, a parade, a show, an exhibition, a campaign, GUIDELINES §3; the greedy name would
            # otherwise stop at the last 会 and leave the rest of the word to the gap before 在/于)
            # (not …围棋赛今天在北京国际会议中心结束, 在市政府第一会议室结束: 会议 going on as a venue's word, 会议中心, 会议室,
            # 会议厅, nor a 会 cut from 会议 or 大会堂; GUIDELINES §3: a contest ending at a venue is no meeting)
            passive_name + r"(?!(?<=会)[操演展战议堂]|(?<=会议)(?:中心|室|厅|楼|大厦))[」』”]?(?:[（(][^（）()，。\n]{1,20}[）)])?"
            rf"(?:[，,]?(?:在|已经?)?(?:圆满|顺利|胜利)?完成了?(?:全部|各项|预定|所有|既定)?(?:议程|任务)后?)?"
            # (…论坛会，历时4天，1月18日在哈尔滨闭幕: the meeting's length set off by commas before its day, newspaper
            # style, GUIDELINES §3 thirty-fourth round)
            rf"(?:[，,](?:为期|历时|会期)[\d一二三四五六七八九十两半]{{1,3}}(?:天|日)半?(?=[，,]))?"
            rf"[，,]?(?:[^，。；,;\n]{{0,4}}?|(?:今日|今天|今晚|昨日|昨天|昨晚|今年|(?:19|20)\d{{2}}年)?[（(]?{DATE_NUMBER}月"
            rf"{DATE_NUMBER}日[）)]?"
            # (…会议5月8日至9日在北京召开: a range; …理事会今年5月6日在…召开: the year word before the date;
            # 全省文旅大会2024年5月7日在长沙召开: the year written before the date; …会议5月8日和9日在北京召开, 5月8日、9日:
            # two days joined, as the date reads them, GUIDELINES §3 date, thirty-eighth review round)
            + _second_day("[和、]", DATE_NUMBER, DATE_NUMBER) + "?"
            r"(?:上午|下午|晚上|晚)?"
            # 昨日下午三时于…举行, 昨(十二)日上午在…举行
            r"|(?:今日|今天|昨日|昨天|当天|当日|(?:今|昨|前|本)?[（(][\d一二三四五六七八九十]{1,3}[）)]日|(?:今|昨|前)[（(][\d一二三四五六七八九十]{1,3}[）)]天|(?:今|昨|前)[（(][\d一二三四五六七八九十]{1,3}[）)](?:晚|早|晨)"
            # (…大会昨（一日）在杭州召开, 昨（廿二日）: the day inside the brackets, Macau and HK style)
            # (…典礼今日（9日）下午在…举行: the day of the month in brackets after 今日, HK and Macau releases)
            # (今晚（9日）, 今晚（三月二日）: the evening before the bracketed date, as 今日 is)
            # (…颁奖典礼前天（20日）在…举行: the day before yesterday with its day in brackets, Taiwan style, as 昨天（19日）)
            r"|(?:今|昨|前)(?:日|天|晚)?[（(](?:[\d一二三四五六七八九十]{1,3}|廿[一二三四五六七八九]?|卅一?)日[）)]"
            r"|[\d一二三四五六七八九十]{1,3}日?(?:" + _RANGE_MARK + r"[\d一二三四五六七八九十]{1,3})?日"
            r"|[\d一二三四五六七八九十]{1,3}日和[\d一二三四五六七八九十]{1,3}日)"  # (8日和9日)
            r"(?:上午|下午|晚上|晚)?"
            # (…联席会议昨（19）日起在澳门举行，为期两天: the first day of a meeting of several)
            r"(?:[\d一二三四五六七八九十]{1,3}时(?:许|半)?)?起?)(?:(?:在|于|" + _BORROWED_VENUE + r")(?P<loc>" + _VENUE_RUN + r"{1,30}?)"
            # (全省春耕生产工作会议由省农业厅召开: the agent of a passive 召开 holds it, the meeting held, §3 twenty-first
            # round second part; not 由于, nor 由…主持召开, the person who chairs it, nor a venue told after the agent)
            r"|由(?!于)[^，。；,;\n在于由的]{2,20}?(?<!主持)(?=召开))(?:隆重|胜利|圆满)?"
            # (为期两天的…外长会议25日在雅加达结束。: a meeting told by its end at a venue, wire style, is held; only
            # where 结束 ends the clause, not 会议在…结束后 or 在…结束的, which tell what came after or name it)
            + "(?:" + _HELD_OR_CLOSED + "|" + _TAKES_PLACE + "|" + _BARE_END + ")" + _NOT_ATTRIBUTIVE
        ))
        # 县委召开会议，研究部署…: a body holding a meeting named only by the generic noun (the body is
        # its organizer; a record only when the subject reads as an organization; 市委召开大会，对…进行表彰: the
        # noun 大会 as written, GUIDELINES §3)
        # (欧盟委员会今天在布鲁塞尔举行会议时决定…, …举行会议后宣布…: what was decided or said at it or after it;
        # …召开会议并作出决定: what it did, joined by 并)
        plain_held = (r"(?:召开|举行)了?(?P<name>(?:专题|全体|扩大|紧急)?会议|大会|院会)(?=[，。；,;]|后[，,]|" + _SAID_AT_TIME
                      + r"|后(?:" + _SAID_VERBS + r")|并(?!且)|$|" + _PURPOSE_AFTER_NAME + ")")
        self.plain = re.compile(
            # (7日下午，县召开会议: a one-character level as the subject)
            r"(?P<org>(?:(?<=[，,。\s])|^)[县区市镇乡村校省](?=召开|举行)"
            # (前不久广东省政府召开会议时，规定…: the meeting held is the time of what follows)
            # (行政院今天召开院会: the Executive Yuan's weekly meeting)
            # (…委员会今天在京召开会议: a one-character venue, 京, as the passive pattern reads it)
            r"|" + _ORG_RUN + r")(?:在(?!野党)" + _STATUS_AFTER_AT + r"(?P<loc>" + _VENUE_RUN + r"{1,30}?))?(?:以[^，。；,;\n]{1,12}?(?:形式|方式))?"
            + plain_held
        )
        # (the subject at most _ORG_RUN_MAX characters, 在 and the venue 31, 以…形式 15)
        self._plain = _HeldAnchored(self.plain, re.compile(plain_held), _ORG_RUN_MAX + 31 + 15)
        # 立法会财务委员会今日下午开会，…: a body meeting (开会) on a day written between it and the verb, Hong Kong and
        # Macau style; read as its 召开会议 (not 各部门要尽快开会, 财委会明日将开会: no day held, or one ahead)
        self.met = re.compile(
            r"(?:(?<=[，,。\s])|^)(?P<org>(?:(?!" + _NOT_MET + r")[\u4e00-\u9fff]){1,18}?(?:" + _BODY_END + r"|会))(?=(?:" + _MET_DAY + r")(?:上午|下午|晚上|早上)?开会(?:[，,。；;]|$))"
            r"[^，,。；;]{1,14}?(?P<name>开会)(?P<loc>(?!))?")
        # 行政院今（7）日院会通过…, 立法院5月7日院会中…: Taiwan's weekly meeting of a Yuan (院会), its day written
        # between the Yuan and the meeting; the Yuan holds it (not 医院会要求: a head only after a Yuan's name; no venue
        # is written in this form, the empty ``loc`` group says so to the readers of the plain pattern's groups)
        self.yuan_session = first_char_gated(
            r"[“「]?(?P<org>(?:行政|立法|监察|考试|司法)院)[”」]?(?:于|在)?(?:" + _YUAN_SESSION_DAY + r")(?:上午|下午)?(?P<name>院会)(?P<loc>(?!))?"
            # (not 5月9日院会将讨论: one ahead; nor 5月2日院会通过的草案: the source of a bill, §3)
            r"(?![^，。；,;\n]{0,6}?(?:将|拟|预计|预定|可望|通过的))(?=中|上|[^，。；,;\n]{0,6}?(?:通过|决议|决定|核定|同意|听取|审议|讨论)|[，,])"
        )
        # 外交部长王某应约同某国外长通电话, 局长与到访的代表团会面, 次长昨天与各大学校长座谈, 市长邀集30家企业
        # 负责人座谈: talks or a call written as a verb after the other party (not 同意…会面: agreeing to one,
        # 共同, 参与, 同时: no party; 磋商解决…: a verb of what is to be done, as the lookahead keeps it out)
        # (…考察了…大学，并和学校领导进行了座谈: 和 as the party's mark after 并/还/又/也, only with the verb of holding
        # written, GUIDELINES §3 thirty-seventh review round; not 和平会谈, 和…的会谈: 和 the conjunction or a word)
        self.talks_held = first_char_gated(
            r"(?:(?<![合共协一不相如连赞认混等])同(?![意时样等步比期])|(?<![参给赋授])与(?!会)|(?<!紧)跟(?!进|踪|随)|邀集|召集"
            r"|(?<=[并还又也])和(?![平谐睦好气])(?=[^，。；：,;:！？\n]{2,30}?(?:举行|进行)))"
            r"(?P<party>[^，。；：,;:！？\n]{2,30}?)(?:举行了?|进行了?)?(?<![举进])"
            r"(?P<name>" + "|".join(longest_first(_TALKS_WRITTEN)) + r")"
            r"(?=[，。；,;\n]|$|并|时|后|交流)"
        )
        # 行政长官在礼宾府设酒会款待授勋人士: a reception given, named by its bare noun (GUIDELINES §3: receptions
        # held are meetings); the host is a person, so no organizer is read
        receptions = "|".join(longest_first(_RECEPTIONS))
        self.reception = literal_gated(re.compile(
            # (…今天在京举行宴会: a one-character venue; …举行宴会时指出: what was said at it, told by its time)
            # (大学于校园草坪举行茶会: 于 before the venue, Hong Kong usage; not 于当晚/于今日, a time, GUIDELINES §3
            # thirty-third review round)
            # (会后，公所在活动中心二楼举办茶会: a body opening the clause gives the reception, its organizer as the
            # subject of 举行 is; a person there is cut by the organizer's checks, GUIDELINES §3 thirty-third review round)
            # (not 当时斯大林正为…举行酒会: a clause with an adverb or the guests' 为 before the verb is no bare subject)
            r"(?:(?<![^，。；,;\s])(?P<org>[^，。；,;\s在于设为正向给与]{2,12}?)(?=在|于|设|举行|举办|当晚|当天|当日|今晚|晚上|中午|下午|随后|随即))?"
            r"(?:(?:在|于(?![\d一二三四五六七八九十今昨明前当同本次翌上下中晚早]))(?P<loc>[^，。；,;\n在于]{1,20}?))?"
            # (大学于当晚举行酒会: the time between, no venue)
            r"(?:于?(?:当晚|当天|当日|今晚|晚上|中午|下午|随后|随即))?"
            r"(?:设|举行|举办)了?(?P<name>" + receptions + ")"
            r"(?=款待|招待|宴请|欢迎|[，。；,;\n]|$|" + _SAID_AT_TIME + ")"
        ))
        # (…揭牌仪式二十八日举行: a day of the month may stand before the verb)
        # (…推进会3月17日召开, 17号上午举行: month, hour and 于 may come with it)
        # (…会议今天召开, 昨日开幕, 以视频形式召开, 以通讯表决方式召开)
        # (由浙江大学举办的“长三角法治论坛”今日举行: the closing mark of a quoted name before the day)
        # (博览会期间同期举办了…论坛。\n3月5日上午，论坛开幕: a forum or summit named by its noun alone, opening a clause,
        # as in the passive form; a day of its own is asked for below, _DAY_NEEDING_HEADS)
        # (…会议3月5日和6日召开: two days joined, as in the passive form)
        self.bare = re.compile(passive_name + r"[」』”]?(?:于?(?:(?:[\d一二三四五六七八九十]{1,2}月)?[\d一二三四五六七八九十]{1,3}[日号]"
                               + _second_day("(?<=日)和", r"[\d一二三四五六七八九十]{1,3}", r"[\d一二三四五六七八九十]{1,2}") + "?"
                               # (…论坛」今日（五月八日）举行: the Hong Kong release's day in brackets after 今日)
                               r"|(?:今天|今日|昨天|昨日)[（(](?:[\d一二三四五六七八九十]{1,2}月)?[\d一二三四五六七八九十]{1,3}日[）)]"
                               r"|今天|今日|昨天|昨日|前天|近日|日前|当天|当日"
                               # (全市治安会报今（8）日召开, 今（28）晚: the Taiwan style)
                               r"|(?:今|昨|前)[（(][\d一二三四五六七八九十]{1,3}[）)](?:日|天|晚|早|晨)|本[（(]\d{1,2}[）)]日"
                               # (…大会昨（一日）在杭州召开: the day inside the brackets, Macau and HK style)
                               r"|(?:今|昨|前)[（(](?:[\d一二三四五六七八九十]{1,3}|廿[一二三四五六七八九]?|卅一?)日[）)])"
                               r"(?:上午|下午|晚上|晚间|晚)?(?:[\d一二三四五六七八九十]{1,3}时(?:许|半)?)?)?"
                               r"(?:以[^，。；,;\n]{1,12}?(?:形式|方式))?"
                               # (8日下午，全县经济工作会议接续召开; …会议继续举行: the next meeting of a sequence, held)
                               r"(?:隆重|正式|顺利|成功|同时|同期|也|胜利|圆满|随即|随后|接着|紧接着|继续|接续|如期)?"
                               + _HELD_OR_CLOSED + _NOT_ATTRIBUTIVE)
        # 党支部开展“…”主题党日活动: 开展 names a meeting only with a meeting head (not a bare 活动 or 比赛).
        specific = "(?:" + word_alternation(sorted(
            [w for w in heads if w not in _GENERIC_HEADS] + list(_CARRIED_OUT_HEADS), key=len, reverse=True)) + ")"
        # (约200名会员出席大会, 是次大会约300名会员出席: a count's clause naming the meeting it counts)
        self._specific_head = re.compile(specific)
        # The subject and the place before 开展 (at most widest_match(carried_subject) characters: see _carried_out).
        carried_subject = (
            # (…全体党员来到革命纪念馆，开展“…”主题党日活动: a clause of going to the venue, then the event held there by the
            # same subject; not 来到某村调研，开展…: a visit of its own before it; 来到 whole, not 来 left to the subject)
            # (not 来到东庄村看望老党员，开展…: the visit's verb and its object are no part of the place, and the event is
            # no longer told held there; 学习, 座谈 only ending the place: 党员学习中心 is a place)
            # (第一党支部按照要求开展…, 根据部署开展: the directive followed, no part of the subject)
            # (…组织所属党支部60余名党员，赴纪念馆开展…主题党日活动: the clause of going opens after the comma, its
            # subject the body that sent the members, read from the clause before; 赴纪念馆 is no subject)
            r"(?:(?<=[，,])(?=来到|走进|前往|赴)|(?P<org>[^，。；：,;:\n]{2,40}?)" + _DIRECTIVE_FOLLOWED + r"?)(?:(?:(?P<went>来到|走进|前往|赴)|在" + _STATUS_AFTER_AT + r"|到)"
            # (a visit verb as part of the place's name stays: 检查站, 参观基地, 督导组驻地, 慰问中心)
            r"(?P<loc>(?:(?(went)(?!(?:" + _VISIT_VERBS + r")(?![站所点室组基中处团馆])))[^，。；,;\n]){2,30}?)"
            r"(?(went)(?:(?<!学习|座谈)[，,])?))?(?:组织)?")
        # (开展“七一”专题党课暨表彰活动: a meeting head joined by 暨 to an activity names the whole event)
        # (江城社区开展“…”主题党日活动（3月5日）: a headline's day in brackets after the name, as after 召开…会议)
        carried_name = (r"[^，。；：,;:！？\n]{2,60}?" + opening_gate(specific) + r"(?:暨[^，。；：,;:！？\n]{1,12}?活动)?|" + bare
                        + "|" + "|".join(_CARRIED_OUT_HEADS))
        carried_end = r"(?=[，。；,;\n]|$|[（(](?:\d{4}年)?\d{1,2}月\d{1,2}日[）)])"
        self.carried_out = re.compile(
            # (a look-ahead for 开展 in the clause first: none of the parts before it crosses 。；; or a line, and the
            # lazy runs of the subject and the place were tried at every position of a sentence naming 开展 anywhere)
            r"(?=[^。；;\n]*开展)" + carried_subject + r"开展了?(?P<name>" + carried_name + ")" + carried_end
        )
        # (searched from at most the subject's and the place's widest span before the first 开展 that the pattern's own
        # rest, the name and what ends it, follows: no match starts earlier, and the lazy runs of both were tried at every
        # position before it, about a millisecond per sentence; a 开展 with no meeting's name after it, most of them,
        # is passed over without trying the subject at all)
        self._carried_out = _HeldAnchored(
            self.carried_out, re.compile(r"开展了?(?:" + carried_name + ")" + carried_end), widest_match(carried_subject))
        # 10月20日下午，研究员陈刚在物理楼报告厅作学术报告; 为新生讲授“开学第一课”: an academic report or lecture, or a
        # school year's first lesson, a person gives (on a stated day: see the lecture's date check) is a lecture held
        # (GUIDELINES §3, seventh review round), named as written; not 听学术报告, 观看“开学第一课”: the audience's
        self.academic = first_char_gated(
            # (为读者带来了一场…专题讲座: a lecture brought to an audience is one given; 作了首场专题讲座: the first of a
            # series, its ordinal no part of the name)
            # (not 作为系列讲座: 作 of 作为; not 作家李明远作了专题讲座: 作 of the occupation 作家; not 在线上作了讲座, 会上作讲座: 上 of a place, the verb after it)
            r"(?<![听观看])(?:作(?!为|家)|做(?!为)|讲授|讲|(?<![线会网台晚早])上|带来)了?(?:一场|一次|一堂|一节|首场)?(?:题为[《“][^》”，。]{1,30}[》”]的)?"
            # (为200余名读者作了题为…的讲座: a lecture a person gives on a stated day, as 学术讲座 is; 作了《…》专题讲座:
            # its topic in book-title marks right before the noun is read by _ACADEMIC_NAME, part of the name as written)
            # (「开学第一课」: the corner brackets of Taiwan, Hong Kong and Macau copy mark the name as “” do)
            # (给毕业生上了在校期间的“最后一课”: an attribute with 的 before a quoted lesson's name, no part of it)
            rf"(?:精彩的|生动的|专题)?(?:[\u4e00-\u9fff]{{1,8}}?的(?=[“「『]))?[“「『]?(?P<name>{_ACADEMIC_NAME})[”」』]?(?=[，。；,;]|$)"
        )
        # 出席了由上海市捐建的夷陵区社会福利院竣工揭牌仪式: a meeting the subject attended (long names only:
        # 出席开幕式 alone is the main meeting again).
        # (在省人民会堂出席…, 出席在市行政中心举行的…: the venue before the verb or in the attribute)
        self.attended = first_char_gated(
            # (参加指导…组织生活会: the meeting attended to guide it, 指导 no part of its name; not 出席指导员…座谈会,
            # 指导组/指导站/指导中心/指导委员会…: a name opening with 指导; 指导组织生活会 is still guided)
            # (在会议结束后主持颁奖典礼: a time, no venue)
            r"(?:在(?P<loc>[^，。；,;\n在]{2,20}?)(?<!后)(?<!期间)(?<!之际)(?<!前夕))?(?:(?:出席|参加|主礼(?!嘉宾|人|官)|主持(?=由[^，。；]{2,30}?主办的))(?:并?指导(?!员|组(?!织)|站|中心|委员))?"
            # (会谈后，两国领导人共同见证了合作文件签字仪式: a signing witnessed at its ceremony)
            r"|见证(?=[^，。；]{0,30}?(?:签约|签字|签署|揭牌|开工|启动|授牌|交接)仪式)"
            # (检阅了…学员结业会操, 县长观摩了…现场会: an event the subject reviewed or watched, reported as taken place; only a
            # gathering's noun at the end: not 观摩了一节公开课, 观摩了…演练, 观摩了…大赛; an event of its own watched by a
            # guest, not 与会人员观摩了…议事会, 先后观摩了…组织生活会: a session shown to those at the main meeting, a part of it)
            # (检阅了…结业会操后致辞: the remarks made there after the review, GUIDELINES §4)
            r"|检阅(?=了?[^，。；,;]{2,40}?(?:会操|[会礼式]|会议|典礼|仪式|论坛)(?:[，。；,;]|$|并|后(?=" + _REMARKS_AFTER_REVIEW + ")))"
            r"|(?<![员们])(?<!先后|实地|现场|一同|一起|集中|分别)观摩(?=了?[^，。；,;]{2,40}?(?:会操|现场会|推进会|观摩会|典礼|仪式)"
            r"(?:[，。；,;]|$|并))|(?<!曾)(?<!曾经)(?<!先后)(?<!多次)(?<!屡次)主持(?![人词])(?=[「“『]|(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3}年"
            # (主持市政府第28次常务会议: an edition a few words on)
            r"|[^，。；,;]{0,8}?第[一二三四五六七八九十百\d]+[届次期]"
            # (并主持宪法宣誓仪式, 会后，X主持颁证仪式: a ceremony chaired, named after the verb)
            r"|[^，。；,;“”「」]{0,12}?(?:仪式|典礼)(?=[，。；,;]|$)))了?"
            # (主持了整场颁奖典礼: a quantifier before the ceremony chaired, no part of its name)
            r"(?:(?<=主持|持了)(?:整场|整个|全场)(?=[^，。；,;“”「」]{1,10}?(?:仪式|典礼)(?:[，。；,;]|$)))?"
            # (出席了今天上午举行的颁奖仪式: the day before the verb of the attribute)
            # (出席区政府主办的“…大会”, 出席板桥区公所举办的「…」: the body holding it, its organizer)
            # (出席由职业安全健康局主办的…颁奖典礼: the 由…主办的 phrase, read for the organizer by the caller)
            # (出席了哈方举行的欢迎宴会并致辞: a short body holding it with no quoted name after, its organizer too; not a
            # time, a manner or a place before the verb: 出席了当晚举行的…, 隆重举行的…, 在京举行的…)
            r"(?:(?P<hosted>由[^，。；]{2,20}?的)|(?P<org>(?![在于])(?:(?=[^，。；“”「」『』的]{2,20}?" + _HOLDING_ATTRIBUTE + "[“「『])"
            r"|(?!" + _NOT_A_HOLDER + r")(?=[^，。；“”「」『』的在于\d]{2,8}?(?<!" + _NOT_A_HOLDER + ")" + _HOLDING_ATTRIBUTE + "))"
            r"[^，。；“”「」『』的]{2,20}?)" + _HOLDING_ATTRIBUTE +
            r"|(?:(?:今天|昨天|当天|日前|近日)(?:上午|下午|晚上)?)?(?:在(?P<venue>[^，。；,;\n]{2,20}?))?(?:举行|召开|举办)的)?"
            # (参加市政府举行的庄严的、盛大的升国旗仪式: words of praise before the name, no part of it, GUIDELINES §3
            # thirty-fifth review round)
            r"(?:(?<=的)(?:(?:庄严|盛大|隆重|热烈|简朴|简短|热闹|精彩)的、?){1,3}(?<=的))?"
            # (出席了由中国人民外交学会举行的欢迎宴会: after such an attribute a short name is whole)
            # (出席会议并以《…》为题讲授专题党课, 出席会议并为全体党员讲党课: a second act of the attendee's, not
            # a name running on past 并; 并购, 合并, 并网 are words of a name)
            # (主持颁证仪式, 主持揭牌仪式, 主持了整场颁奖典礼: a short ceremony's name right after the verb of chairing or
            # the quantifier after it)
            r"(?P<name>(?:(?<=的)[^，。；：,;:！？\n的由]{1,3}?|(?:(?<=主持)|(?<=主持了)|(?<=整场|整个|全场))[^，。；：,;:！？\n的由并“”「」]{1,3}?(?=仪式|典礼)"
            r"|(?:[^，。；：,;:！？\n的由并]|(?<=[合兼吞])并|并(?=[购网轨])){4,40}?)"
            + head_year
            + r")[”」』]?(?=[，。；,;]|$|并|(?<=会操)后(?=" + _REMARKS_AFTER_REVIEW + "))"
        )
        # The verbs of taking part in an event that the attended pattern reads (its cheap gate), taken from the pattern
        # itself so that the two cannot drift apart (出席, 参加, 主持, 见证, 检阅, 观摩).
        attending_words = required_literals(self.attended)
        if not attending_words:
            raise ValueError("the attended pattern names no verb its gate can test for")
        self._attending_words = tuple(sorted(attending_words))
        # …签署合作协议，并举行揭牌仪式: a clause opening with the verb, its subject given before.
        self.clause = re.compile(
            # (当天下午，又召开了县政协常委会议: 又, another meeting held by the subject of the one before;
            # 下午，继续召开专题会议: 继续, the same)
            r"(?:^|[，,])\s*(?:并|还|又|随后|同时|之后|当天|会后|会前|继续)?(?:隆重)?(?:召开|举行|举办" + _ORGANIZED_MEETING + ")了?"
            r"(?P<name>[^，。；：,;:！？\n]{0,30}?" + head + r")[」』”]?(?=[，。；,;]|$|" + and_activity + "|" + purpose + ")"
        )
        # (随后召开的支委会上: the next meeting told without 在, read like 在随后召开的…上)
        self.attributive = first_char_gated(
            # (随后召开的党委第一次全体会议选举…: the next meeting as the subject of what it did)
            r"(?:在|(?<![^，。；,;\s])(?=(?P<next>随后|紧接着|接着)(?:召开|举行|举办)的))(?P<loc>[^，。；,;\n]{0,24}?)" + _ATTRIBUTIVE_VERBS
            + r"[“「『]?(?P<name>(?:[^，。；：,;:！？\n的“”「」]|“[^”，。\n]{1,20}”|「[^」，。\n]{1,20}」){2,40}?" + head
            + r")[”」』]?(?:上|中|期间|(?(next)(?=" + _NEXT_MEETING_ACTS + r")|(?!)))"
        )
        # 县府于9月20日下午召开的评审会议审定…: a dated meeting named in an attributive phrase.
        self.dated_attributive = re.compile(
            # (5月8日召开的县委常委会会议决定…, 据悉，5月8日召开的…, 经5月8日召开的…会议研究: the dated attribute opening
            # the sentence, the meeting the subject of what it did; not 会议指出，5月8日召开的…会议对…作出部署: another
            # meeting cited in what this one said, the source of a plan, GUIDELINES §3)
            # (5月8日召开的全省经济工作会议强调…: opening the sentence, a meeting cited for what it said, the source of
            # relayed remarks, GUIDELINES §3; the sentence-opening branch refuses a verb of remarks after the name)
            # (上月28日召开的…会议, 昨天召开的…: a day told relative to the page's; 根据6月3日召开的…会议决定: the
            # meeting's decision followed, like 经…研究, not its plan or spirit, 根据…会议部署)
            # (（图为6月18日召开的…座谈会现场）: a photo caption dating the event, kept as the article's own by the
            # boilerplate stage only when the body names that event, GUIDELINES §1)
            # (市场人士对6日在上海举行的…会议发表的声明反应平淡: the dated meeting as the object of an attitude, held that
            # day, GUIDELINES §3 twenty-ninth round; not 对…会议精神, cut below)
            rf"(?:于|在|(?<![相针绝面反])对|^\s*(?:据悉[，,]|据了解[，,]|(?P<caption>[（(]?\s*(?:图为|图片为)[:：]?\s*))?(?P<opening>)(?:经|根据(?P<per>))?)"
            # (今年4月26日召开的区委常委会会议: the current year written before the day, as 2024年 is)
            rf"(?:(?:今年|去年|(?:19|20)\d{{2}}年)?(?:{DATE_NUMBER}月|(?:上个?|本|这个)月)?{DATE_NUMBER}日|(?:昨|前)[天日]|上周[一二三四五六日天])(?:上午|下午|晚上|晚)?"
            # (县委常委会会议: not cut at the first head word, 常委会, with the name going on; but 常务会议议定, 会议议决:
            # the meeting's decision, the standard wording of minutes, after a name ending in 议)
            # (14日上午举行的开幕式由学会会长王某主持: a self-naming head alone, the one who chaired it after 由; not cut
            # at a later 会 inside the chair's title, 开幕式由学会会)
            # (6日下午的闭幕会上: a session's opening or closing sitting dated with no verb of holding, the sitting that
            # day, GUIDELINES §3 this stop's ruling on multi-day sessions)
            # (6日在上海举行的…会议发表了…: a venue between the day and the verb, GUIDELINES §3 twenty-ninth round)
            + r"(?:在(?P<loc>[^，。；：,;:！？\n的在于]{1,16}?))?"
            + "(?:" + _ATTRIBUTIVE_VERBS + "|的(?=(?:" + _AT_SITTING + ")))" + r"(?P<name>(?:" + bare + r")(?=由)|[^，。；：,;:！？\n的]{2,30}?" + head + r")(?!会|议(?![定决])|(?<!议)议)"
            r"(?![\u4e00-\u9fff]{0,2}精神)(?(opening)(?!" + _RELAYED_REMARKS + "))"
            r"(?(per)(?=[\u4e00-\u9fff]{0,2}?(?:决定|研究|审议|议定|批准)))"
        )
        # A meeting that took place, referred to without a verb of holding it (在座谈会上讲话,
        # 出席开幕式并致辞, 会上，…, 会议由…主持): read only when no meeting is found otherwise.
        referred_words = sorted((w for w in heads if w not in _GENERIC_HEADS or w == "会"), key=len, reverse=True)
        if any(stop in word for word in referred_words for stop in _LEAD_STOPS):
            raise ValueError("a meeting head holds a clause mark or a line, which _LEAD_GUARD does not read past")
        referred = "(?:" + word_alternation(referred_words) + ")"
        # (a subject naming a meeting needs a real head: 国际奥委会宣布, 海基会认为 are organizations)
        specific = "(?:" + word_alternation(sorted(
            [w for w in heads if w not in _GENERIC_HEADS] + list(_CARRIED_OUT_HEADS), key=len, reverse=True)) + ")"
        det = r"(?:今天|今日|昨天|当天|今晚|这次|此次|本次|这个|这一|那次|上述|今天的|当天的|今晚的|今晚这个)?"
        # (the heads behind a look-ahead on their first characters: each follows a lazy run, where the engine tried
        # every branch of the alternation at every step)
        referred_gated, specific_gated = opening_gate(referred), opening_gate(specific)
        self.reference = re.compile(
            # (REFERENCE_GATE: a look-ahead on the characters the alternatives open with, or the text's start)
            REFERENCE_GATE + "(?:"
            # (行政院长…今天在院会中表示: Taiwan 会中 for 会上, with the remarks right after)
            # (not 太在意晚会上的明星, 在乎, 在于: verbs, no 在 of a place, GUIDELINES §3 thirtieth review round)
            r"(?:在(?!意|乎|于)|于)" + det + r"(?P<at>[^，。；：,;:！？\n在]{0,40}?" + referred_gated + r")[”」』]?(?:上|期间|(?<=会谈|会晤|磋商)中"
            r"|(?<=会)中(?=表示|指出|强调|说|提到|致词|致辞|报告)|(?:开幕|闭幕|开始|结束|会晤|会谈)?[时后]"
            # (局长昨日在记者会表示, 在论坛指出: Hong Kong, Macau and Taiwan copy drops 上 before the remarks; not
            # 在学校大讲堂致辞: a hall; nor 在国会表示, 在立法会指出: an institution, no sitting named)
            r"|(?<!讲堂)(?<!讲坛)(?<!国会)(?<!议会)(?<!立法会)(?=" + _REMARKS_VERBS + r")"
            # (在香港青年发展论坛开幕礼的致辞全文, 在…典礼致辞, 在…午餐會的演辭: HK release style, the speech right after)
            r"|(?<!讲堂)(?<!礼堂)(?=的?(?:致辞|致词|讲话|发言|演讲|主旨演讲|致欢迎辞|致欢迎词|演辞|讲辞)))"
            r"|(?:出席|参加|主持(?!工作|日常|人))了?" + det + r"(?P<obj>[^，。；：,;:！？\n]{0,30}?" + referred_gated + r")"
            # (出席…开幕典礼致词时表示: Taiwan releases put the address right after the meeting noun)
            # (参加了政府会议之后对新闻界…, 出席了内阁会议后对记者说: the meeting attended, then an act after it with no
            # comma, GUIDELINES §3 name as written, thirty-third review round)
            r"(?=[，。；,;并和的]|时|后[，,]|之后|后(?=[对向即便就又再])|$|致词|致辞)"
            # (局新闻发言人王某于新闻发布会上: 于 like 在 ends the subject; not 关于…的座谈会上)
            # (開幕典禮由政務司司長…主禮: a ceremony officiated, as Hong Kong and Macau copy writes it, like one chaired)
            r"|^\s*" + _LEAD_GUARD + r"(?P<lead>" + det + r"(?:[^，。；：,;:！？\n在于]|(?<=[关对由属至基鉴等终处善])于){0,30}?" + referred_gated + r")(?:上|(?<=会谈|会晤|会见|磋商)中(?=[，,])|(?<=仪式|典礼)后(?=[，,])|是?由[^，。；]{2,40}(?:主持|主礼|主办|举办|承办))"
            # 全国…工作座谈会强调…: a meeting as the subject of what it stated or decided
            # (not 市长今天在座谈会强调: the speaker the subject, the meeting after 在)
            # (新年前夕，…第二十九次会议审议并通过…: a festival's eve opening the sentence, the session acting after it,
            # GUIDELINES §3 twenty-eighth and thirty-sixth review rounds; the eve dates nothing, tenth round)
            # (新华社呼和浩特一月十七日电（记者甲、乙）…第一次会议一月十七日选举…: a wire dateline and its reporters' bracket
            # before the session, no part of the subject's length, GUIDELINES §3 thirty-seventh review round)
            # (昨天，市政府常务会议决定…; 去年年底，某国内阁会议决定…: a relative day or part of a year opening the
            # sentence, as a date does, GUIDELINES §3 thirty-eighth review round)
            r"|^\s*" + _WIRE_DATELINE_LEAD + _REPORTER_LEAD + r"(?:" + _DATE_CLAUSE + r"|" + _EVE_CLAUSE + r"|" + _DAY_CLAUSE
            + r"|" + _PERIOD_CLAUSE + r")?[“「]?(?P<subject>[^，。；：,;:！？\n在]{2,40}?" + specific_gated
            # (研讨会围绕…进行了交流: a bare head of its own kind as the subject; not 会议决定, the main meeting again)
            # (行政院会今天通过…, 立法院院会昨天三读通过: Taiwan's short name of the Executive or the Legislative Yuan's
            # meeting, a head here only after the body's name: 医院会要求 is 医院 and a modal)
            + r"|研讨会|座谈会|论坛|年会|报告会|交流会|[^，。；：,;:！？\n]{0,30}?(?:(?<=行政)|(?<=立法院))院会)[”」』]?" + _STATED
            # 在伦敦召开的…会议强调 / 临时立法会今天举行的第八次全体会议，…: a held meeting as the subject
            # (1997年3月，在日本召开的…研讨会，深入探讨了…: a date clause may open the sentence)
            # (发言人宣布，27日在日内瓦举行的…理事会决定，…: the same after the clause of a speaker telling it)
            # (本报北京1月12日讯记者王某报道：今天在这里召开的…会议，…: after a reporter's byline, as after a speaker's clause)
            # (据悉，3日在京举行的…会议决定，…; 据了解，…: after a lead telling the news's source, as after a speaker's clause)
            + r"|(?:^|(?:(?<=宣布)|(?<=表示)|(?<=指出)|(?<=介绍)|(?<=说)|(?<=报道)|(?<=[据获得]悉)|(?<=据了解))[，,：:])\s*"
            + _REPORTER_LEAD
            + r"(?:" + _DATE_CLAUSE + r"|" + _DAY_CLAUSE + r")?(?P<holder>[^，。；：,;:！？\n]{0,40}?)"
            + _ATTRIBUTIVE_VERBS + r"[“「]?(?P<held>[^，。；：,;:！？\n的]{2,40}?" + specific_gated
            + r")[”」』]?(?=[，,]|" + _STATED + ")"
            # …运动会在县体育中心举行，开幕式由副县长周丽主持: an event's own ceremony named in a clause of its own
            # (GUIDELINES §3: the opening or closing ceremony of a fair or a sports meet is a meeting)
            # (…作了题为《…》的讲座，讲座由馆长张华主持: a lecture given, referred to by its noun in a clause of its own;
            # see the lecture's check in _references)
            + r"|[，,]\s*(?P<rite>(?:开幕|闭幕|开营|闭营)(?:式|典礼|仪式)|(?:此次|本次|这次|该)?(?P<lecture>(?:学术)?(?:讲座|报告会)))"
            r"(?:上|是?由[^，。；]{2,40}?(?:主持|主礼))"
            # 为…全会的召开准备了条件, 配合…表彰大会的召开, 随着…大会的召开: the holding of a named meeting as a noun
            # after a preposition, told as having come about (not 为迎接…的召开, 确保…的召开: one still ahead; nor
            # 对…会议的召开十分重视: an attitude to it, often a comment from outside, whose speaker was then read as
            # speaking at it)
            + r"|(?:(?:为|随着|庆祝|纪念)(?:了|配合)?|配合)(?!迎接|喜迎|期待|筹备|保证|确保|准备|即将|将要)"
            # (a cheap look for 的召开 first: 为 is common, and the heads' alternation is long)
            r"(?=[^，。；：,;:！？\n]{2,42}?的(?:胜利|顺利|隆重|如期)?召开)(?P<nominal>[^，。；：,;:！？\n迎将]{2,40}?"
            + specific_gated + r")[”」』]?的(?:胜利|顺利|隆重|如期)?召开(?![的了])"
            # 记者从今天开幕的全国铁路领导干部会议获悉: a meeting held, the source of the report's news
            # (记者从…领导小组工作会议上获悉: the meeting learnt at named with no verb of holding, 上 after it, the same
            # meeting held, GUIDELINES §3 learnt-at rounds, thirty-sixth review round)
            + r"|从" + det + r"(?P<learnt_held>[^，。；：,;:！？\n]{0,20}?" + _ATTRIBUTIVE_VERBS + r")?[“「]?(?P<source>[^，。；：,;:！？\n的]{2,40}?"
            + referred_gated + r")[”」』]?(?(learnt_held)上?|上)(?=获悉|了解到|得知)"
            # 这次代表大会是在…召开的, 本次会议协商决定了…, 这次江城大会的一个实质性成果: a meeting referred to as this one, told
            # held by its own acts, its results or its holding (GUIDELINES §3 thirtieth review round); not one only spoken
            # of or described (这次座谈会开得很好, 本届研讨会是该系列的第六届, 本次会议对…具有重要意义: no meeting reported held,
            # as the earlier rounds read them), nor 这次会议将…: ahead; nor 这次全会通过的决定: the source of a document
            # relayed
            + r"|(?:^|[，,：:])\s*[“「]?(?:这次|本次|此次|这届|本届)(?P<this>[^，。；：,;:！？\n在的将]{0,20}?" + referred_gated
            + r")[”」』]?(?=是[^，。；]{0,30}?(?:召开|举行|举办|结束|闭幕|开幕)的|的[^，。；]{0,8}?(?:成果|收获)|上"
            + r"|[^，。；将会议的]{0,3}?(?:决定|通过|选举|审议|讨论|研究|协商|提出|要求|吸引|取得|结束|闭幕)(?![^，。；]{0,2}?的))"
            ")"
        )
        # Every reference names a head (a cheap check that skips the sentences naming none).
        # (a class of the heads' last characters: a long alternation of words is slow to search)
        head_ends = "[" + "".join(sorted({w[-1] for w in heads} | set("会坛"))) + "]"
        self._reference_head = re.compile(head_ends)
        self._named_reference_cue = first_char_gated(
            f"(?:出席|参加)了?[^，。；：,;:！？\n]{{2,40}}?{head_ends}|{head_ends}[”」』]?{_REMARKS_AFTER_HEAD}")
        # 以下是行政长官李家超今日（十一月九日）在…开幕礼的致辞全文: a speech printed in full (HK/Macau
        # releases, mainland 讲话全文) reports the event it was given at
        self.transcript = re.compile(
            # (以下是…今日出席…结业会操的致辞全文: the event attended, as HK releases also write it)
            r"(?:" + TRANSCRIPT_LEAD + r"|现将|现全文刊发)[^，。；：\n]{0,40}?(?:在|于|出席)(?P<name>[^，。；：,;:！？\n在]{2,40}?" + referred
            + r")[”」』]?上?的?(?:致辞|致词|讲话|发言|演讲|主旨演讲|致欢迎辞|致欢迎词|开幕辞|开幕词|闭幕辞|闭幕词|演辞|讲辞)"
        )
        self._head = first_char_gated(head + "$")
        # 这次节前安全生产专题会议由…主持, 本次年度工作会议共有…参加, 会议名称为…推进会: the fuller name of a meeting
        # told before as a bare 召开会议, in a sentence that says it was chaired, attended or held
        self._fuller_name = re.compile(
            r"^\s*(?:[^，。；]{0,8}[，,])?(?:这次|此次|本次)(?P<name>[^，。；：,;:！？\n的“”]{2,30}?" + specific + r")"
            r"(?=由[^，。；]{2,30}?主持|(?:共有|共计|共|有)[^，。；]{0,30}?(?:参加|出席|参会)|[在于][^，。；]{1,30}?(?:召开|举行))"
            r"|^\s*(?:本次|此次|这次)?会议(?:名称|全称)(?:为|是)(?P<named>[^，。；：,;:！？\n]{2,40}?" + specific + r")(?=[，。；,;]|$)"
        )
        self._name_after_quote = re.compile("[”」』][^，。；：,;:！？\n“”「」『』]{0,30}?" + head + r"(?=[，。；,;、\n（(」』]|$|暨|并|" + purpose + ")")
        self._verb = first_char_gated(verbs + "|召开|举行|举办")
        # A head word, at most a short stretch (a date, 在 and a place), then a verb of taking place.
        # (first_char_gated: searched in every sentence with an event word; the heads open with many words, so the engine
        # tried them all at every position)
        # (the verbs behind a look-ahead on their first characters: the lazy run tried each of them at every step)
        self._head_then_held = first_char_gated(head + r"[」』”]?[^。；;\n]{0,60}?" + opening_gate(
            "(?:" + _HELD_OR_CLOSED + "|" + _TAKES_PLACE + "|" + _BARE_END + ")"))
        # (设酒会款待…: a reception given, see reception)
        # (gated: searched in every sentence, and its alternatives open with groups the engine cannot skip ahead on)
        self._event_word = first_char_gated(
            verbs + "|" + _HELD_OR_CLOSED + "|" + _BARE_END + "|观摩|检阅|现场教学|开展|出席|参加|党课|团课|廉政课|廉洁课|一堂|一节|" + _ACADEMIC_WORDS + "|会见|主持|见证|会谈|会晤|通电话|视频通话|会面|座谈|通过电话|打来的电话"
            "|会议?[^，。；]{1,12}?(?:讨论|审议|三读|二读|表决|听取|研究|通过|" + _SITTING_ACTS + ")"
            "|设(?:" + receptions + ")|院会|开会"
            # (6日下午的闭幕会上: a dated sitting with no verb of holding, read by the dated attribute)
            "|" + _AT_SITTING)
        att_words = "|".join(map(re.escape, lex.patterns["attendance_words"]))
        # 吸引来自10个国家及地区约180名专家学者参与, 吸引超过300位…代表参与: the people an event drew (参与 alone
        # is too often a campaign's; read in the meeting's own sentence only, not 该项目去年吸引了200名志愿者参与)
        # (现场约150人参与: the people on the spot at the event, opening its own clause)
        # (…举办“数字经济”论坛，约800名来自政府、学界和业界的人士参与: a count opening its clause in the meeting's
        # own sentence, the people it drew)
        # (…高峰论坛，产官学界代表250余人参与, 论坛共有各界人士300人参与: the people named by a group noun before their
        # count, opening the clause)
        # (not 此次活动共有…300人参与: the people an activity drew, a campaign's)
        # (…座谈会，邀请劳工局代表、雇主团体及工友代表约60人参与: the people the event invited, who take part in it)
        drawn_opening = r"(?:(?:吸引|邀请)(?:了)?[^，。；;]{0,30}?|(?<![^，。；,;\s])(?:现场|(?:本次|此次)?(?:论坛|研讨会|座谈会|会议|大会|典礼))?(?:共有?|有)?"
        # (約有300名市民參與: 约有 as 约; 近百名群众参与其中: 其中 after the verb)
        drawn_count = (r")(?P<pre>约有?|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位|人)(?!次)[^，。；;\d]{0,16}?参与(?:其中)?(?=[，。；,;]|$)")
        self._drawn = re.compile(drawn_opening + r"(?:[\u4e00-\u9fff]{0,8}?" + _DRAWN_GROUP + r")?(?:共有?|有)?" + drawn_count)
        # The same with no group noun before the count: the only form that makes an activity a gathering held
        # (…全民阅读活动，各界人士300人参与: people of a campaign, no meeting; GUIDELINES §3)
        self._drawn_plain = re.compile(drawn_opening + drawn_count)
        # (the counts stated of those attending, which any meeting or activity takes)
        stated = [
            # 参加人员：社区党委委员、…代表共56人: the programme line of those attending.
            re.compile(r"(?:参加|参会|出席)人员\s*[:：][^\n。]{0,80}?(?:共|(?P<pre>约|近|逾))?(?P<n>" + _HEADCOUNT + r")"
                       r"(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # 应到职工代表186名，实到179名 / 应出席代表512名，出席495名: those present.
            re.compile(r"(?<![落压夯])实到(?:会)?[\u4e00-\u9fff]{0,6}?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # (应出席董事11名，实际出席董事10名: any short noun for those present, as after 实到)
            # (应出席大会代表254名，因事请假13名，实际出席241名: those on leave told between)
            re.compile(r"应(?:出席|到会?)[^，。；;]{0,10}?[\d一二三四五六七八九十百千两]+[名位人][，,]\s*"
                       r"(?:(?:因[^，。；;]{0,6}?)?(?:请假|缺席)[^，。；;]{0,6}?[\d一二三四五六七八九十两]+[名位人][，,]\s*)?(?:实际)?(?:出席|到会)"
                       r"(?:会议)?(?:的)?[\u4e00-\u9fff]{0,4}?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # 全村68名党员中有61名参加会议: the part of a group counted before it that attended (GUIDELINES §3, thirty-fourth
            # review round; the whole is no count of those attending, attendance._WHOLE_BEFORE_PART)
            re.compile(r"[\d一二三四五六七八九十百千两][名位人][^，。；;\d]{0,8}?中(?:共有|有)(?P<pre>约|近|逾)?(?P<n>" + _HEADCOUNT + r")"
                       r"(?P<approx>余|多)?(?P<unit>名|位|人)[\u4e00-\u9fff]{0,4}?(?:参加|出席|到会|参会|与会)"),
            # 参加会议的有：市四套班子领导，各县区…主要负责同志，共300余人: a list of those attending, then the total
            # (出席会议的还有市总工会副主席王芳等约80人, 出席仪式的还有…等嘉宾及师生约600人, 出席仪式的还有…等约80位嘉宾:
            # the guests' noun after their count)
            # (出席典礼的嘉宾包括…: the guests named by their noun before 包括)
            # (出席颁奖礼的嘉宾还有…等，约四百人: the guests named by their noun before 还有, their count after a comma
            # after 等; GUIDELINES §3 fourteenth review round: guests counted as present at a ceremony attend it)
            # (参会的有各学院院长、…等90余人: 参会 and 与会 name those attending as well; 出席会报的还有…共80余人,
            # 出席发布会的有…: other event nouns)
            # (参会人员包括…书记、…书记等共计160人: the people attending named without 的)
            # (出席签约仪式的还有…及师生约八十人: a ceremony named by its act before 仪式, GUIDELINES §3)
            # (出席招待会的还有…负责人，各国驻华使节和各界人士约400人, 出席茶话会的还有…: any gathering named by its kind
            # before 会, a reception or a tea party, whose guests also present are counted, GUIDELINES §3; with 的还有
            # only: 参加招待会的有…等，共300多人 stays none, test_fyl's near miss)
            # (not 参加协会的还有…会员: a body's 会, _NOT_BODY_HUI, joined, no gathering attended, cr33 W4)
            re.compile(r"(?:参加|出席|参会|与会)(?:本次|这次|此次)?(?:会议|大会|活动|仪式|典礼|座谈会|论坛|会报|发布会|年会|座谈|[\u4e00-\u9fff]{1,4}(?:礼|仪式)|[\u4e00-\u9fff]{1,4}" + _NOT_BODY_HUI + r"会(?=的(?:还|也)有))?(?:的(?:还|也)?(?:有|(?:人员|嘉宾|来宾|贵宾)?(?:有|包括))|的(?:人员|嘉宾|来宾|贵宾)(?:还|也)(?:有|包括)|人员包括)(?:[^。；;]{0,80}?"
                       # (出席典礼的嘉宾包括…区议员及各界人士约200人: the list's last group, then its count without 等;
                       # 出席嘉许礼的嘉宾包括…社团代表，约三百人: the count after a comma; 出席仪式的还有…，以及各机构
                       # 负责人约一百二十人: heads, staff or cadres as the last group; 出席典礼的还有…代表及义工约三百人,
                       # …及志愿者约200人, …及会员家长约百人: volunteers, members or parents as the last group)
                       r"(?:(?<=人士|嘉宾|来宾|代表|师生|居民|市民|乡亲|家属|责人|人员|干部|义工|志工|愿者|会员|家长)[，,]?(?=[约近逾]?[\d一二三四五六七八九十百千两]+[余多]?[名位人](?:嘉宾|来宾|贵宾|宾客)?(?:[，,。；;]|$))"
                       r"|共|共计|合计|等(?:[\u4e00-\u9fff]{0,8}?(?:嘉宾|来宾|人员|代表|师生|同志|干部|群众|职工|党员)(?:及[\u4e00-\u9fff]{1,6}?)?)?"
                       r"[，,]?(?=[约近逾]?[\d一二三四五六七八九十百千两]+[余多]?[名位人](?:嘉宾|来宾|贵宾|宾客)?(?:[，,。；;]|$)))"
                       # (…社团代表及得奖者亲友约三百人。: any group noun last in the list when its count closes the
                       # sentence, the list's total; the list's commas only before a joining word, …李某，以及…亲友约三百人:
                       # not …李某，活动惠及周边群众约三百人, 该中心每年服务群众约三百人: another clause with its own verb,
                       # counting other people, GUIDELINES §3 fourteenth review round. A branch of its own, tried after
                       # the others: each of those needs its count closing a clause too, so none reads an earlier count)
                       r"|(?:[^。；;，,]|[，,](?=以及|及|和|与|还有)){0,80}?"
                       r"(?<=[\u4e00-\u9fff])(?=[约近逾][\d一二三四五六七八九十百千两]+[余多]?[名位人](?:[。；;]|$)))"
                       r"(?P<pre>约|近|逾|超过)?"
                       r"(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            _ONE_GROUP_PRESENT,
            # 邀集著名漫画家华君武、丁聪…等40余人，…探讨: the guests invited, counted after their names
            # (not 邀请…等3位专家作专题报告: the speakers invited)
            re.compile(r"邀(?:集|请)了?[^。；;]{2,80}?等(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"
                       r"(?![^，。；]{0,12}?(?:作|做|进行|开展)[^，。；]{0,8}?(?:报告|讲座|授课|宣讲|辅导)|[^，。；]{0,8}?(?:授课|讲课|主讲))"),
            # 召开座谈会，邀请企业家代表30人座谈: the people invited to talk, counted before the talk itself, attend the
            # 座谈会 (as 邀请…30人参加 does, by the pattern below)
            re.compile(r"(?:邀(?:集|请)了?|特邀)[^，。；;\d]{0,30}?(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位|人)(?:(?:进行|参加)?座谈(?:交流)?(?=[，。；,;]|$)"
                       # (邀集本地作家二十余人畅谈创作体会, 邀请专家30余人围绕…共商…: the people gathered to talk it
                       # over, whatever they talk about; not 邀请专家30人作报告, 邀请30名专家评审: speakers or judges)
                       r"|(?:围绕[^，。；,;]{2,20}?)?(?:畅谈|共话|共商|研讨|探讨)(?!会))"),
            # 座谈会邀请了企业代表12人, 论坛共邀请各界人士30余人: the people a held forum or 座谈会 invited, counted at the
            # end of the clause, are its attendees like those who 参加 (GUIDELINES §3 eighteenth review round; an
            # invitation told as future, 届时将邀请, is none: _INVITED_AHEAD; not 邀请专家30人作报告: speakers)
            re.compile(r"(?:座谈会|论坛|研讨会|峰会|恳谈会|茶话会)[^。；;]{0,30}?(?:邀(?:集|请)了?|特邀)[^，。；;\d]{0,30}?"
                       r"(?P<pre>约|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?=[，。；,;]|$)"),
            # (上千名党员干部参加会议: 上 before a round hundred or thousand)
            # (not 约80位嘉宾因故未能到场, 20名代表没有参加: those who did not attend)
            re.compile(r"(?:共|(?P<pre>约有?|近|逾|超过|上(?=[百千万]))|计)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"
                       r"[^，。；;]{0,40}?(?<![未没不])(?<!未能|无法|不能|没有|未曾|不再)(?:" + att_words + ")"),
            # (参加职业技能培训的人员达3.5万人: a count in 万 after the words is a statistic)
            # (not 市长出席颁奖典礼 表彰12名优秀教师: the people a ceremony honoured, or a headline's second part after
            # its space)
            # (not 与会人员围绕帮扶300余名困难群众展开交流: people inside the topic discussed, §3 nineteenth round)
            re.compile(r"(?:" + att_words + r")(?:(?!(?:表彰|表扬|嘉许|嘉奖|奖励)(?![大会典仪礼])|颁发|颁授|授予|围绕)[^，。；;\s]){0,12}?(?:共|(?P<pre>约|近|逾)|计)?"
                       r"(?P<n>" + _HEADCOUNT_PLAIN + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # 各乡镇…负责同志参加会议，共计120余人: those attending, then their number after a comma.
            # (…参加会议，线上线下共计约600人: the ways of taking part before the total; …，总人数约为260人)
            # (培训班学员一并听课，共计180余人: the listeners of a lecture attend it, GUIDELINES §3; not 共听课150人次,
            # classes visited tallied, nor 深入课堂听课, 到江城中学听课, 随堂听课: inspectors sitting in on a school's classes,
            # a visit, no lecture of the meeting heard)
            re.compile(r"(?:参加|出席|列席|参会|" + _SITTING_IN_GUARD + r"(?:听课|听讲))了?(?:本次|这次|此次)?(?:会议|大会|活动|听课|听讲)?[，,]\s*(?:线上线下|主分会场|主会场和分会场)?"
                       r"(?:共计|共有|共|合计|总计|总人数)(?P<pre>约|近|逾|超过)?(?:为|达)?"
                       r"(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?=[，。；,;]|$)"),
            # 带领观摩团一行60余人…观摩: the group of a study visit.
            re.compile(r"观摩团一行(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)"),
            # 50余名国企党建工作负责人赴…现场观摩: the visitors of a study visit.
            # (组织…书记40余人，先后到…企业开展现场观摩: the people gathered, then where they went in turn)
            # (…组织委员等80余人先后观摩了6个乡镇的11个点位, 50余名党员干部实地观摩: the visitors without 赴/到;
            # not 10名参与观摩的同志谈了体会, 8名观摩组成员交流: people described by the visit, who speak at the meeting)
            # (not 共有2万余人次观摩交流: visits tallied, 人次)
            re.compile(r"(?:共|(?P<pre>约有?|近|逾|超过)|计)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?(?P<unit>名|位|人)(?!次)"
                       r"[^，。；;]{0,20}?(?:(?:[，,]\s*(?:先后|分别|一同|一起|集体)?)?(?:赴|到)[^，。；;]{2,30}?(?:观摩|考察|学习|参观)"
                       # (带领…负责人30余人，先后观摩了5个示范村: the visit told after a comma)
                       # (not 邀请8名人大代表走进法庭，观摩…庭审: a trial or a class watched is no meeting, GUIDELINES §3
                       # thirteenth round, and its watchers are no count of the 座谈会 held after it)
                       r"|(?:[，,]\s*)?(?:先后|分别|一同|一起|集体|实地|现场){0,2}观摩(?![团会组点的者员])"
                       r"(?![^，。；;]{0,20}?(?:" + _WATCHED_NOT_MEETING + ")))"),
            # 镇党委组织党员干部60余人前往烈士陵园开展主题党日活动: the people a body took to hold its event there
            # (组织各党支部30余名党员，先后到…开展…主题党日活动, 组织20余名党员干部前往…: the people named after 名)
            # (组织所属4个党支部60余名党员，赴…: the units they come from counted before them, 个 no unit of people)
            re.compile(_GATHERING_VERB_BEFORE_COUNT + r"(?:[^，。；;\d]|\d{1,3}个){0,20}?(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位|人)(?:(?<=[名位])" + _COUNTED_PEOPLE + r")?"
                       r"[，,]?\s*(?:先后|分别|一同|一起|集体)?(?:前往|赴|到|来到|走进)[^，。；;]{2,30}?"
                       r"(?:开展|举行|召开|进行)了?[^，。；;]{0,20}?(?:党日|会|仪式|党课|观摩)"),
            # 党支部组织辖区30余名在职党员和志愿者开展“…”主题党日活动: the people a body gathered to hold its event where it is
            # (no trip told), those taking part (GUIDELINES §3: a count of people who 参与 an event counts like 参加); not
            # 组织20名学生开展社会实践, 组织30名党员开展志愿服务活动: no meeting held, nor 组织…观看党员教育片
            # (组织辖区在职党员、离退休党员和志愿者30余人，在社区党群服务中心开展…主题党日活动: the people listed before
            # their count in 人, then the event held in the next clause at a venue, GUIDELINES §3 twenty-first round)
            re.compile(_GATHERING_VERB_BEFORE_COUNT + r"(?:[^，。；;\d]{0,8}?|[^，。；;\d]{9,24}?(?=[\d一二三四五六七八九十百两]+[余多]?人))"
                       r"(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位|人)(?:(?<=[名位])" + _COUNTED_PEOPLE + r")?(?:[和及、与][^，。；;\d]{1,8}?)?"
                       r"(?:[，,]?\s*在[^，。；;\d]{2,20}?(?=开展|举行|召开))?"
                       r"(?:开展|举行|召开)了?[^，。；;]{0,24}?(?:党日|(?<!社)会(?![计员费展演操])|仪式|党课)"),
            # 为全村40多名党员讲了一堂…专题党课: the audience of a lecture (not 为30名困难党员送去慰问金)
            # (为该校1200余名师生讲授了一堂法治课: any lesson named, a word ending in 课 that ends its clause)
            re.compile(r"(?<![作成因认])为[^，。；;\d]{0,8}?(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       # (为200余名读者作了题为…的讲座, 为300多名师生作学术报告: the listeners of a lecture attend it,
                       # GUIDELINES §3 eighth round)
                       # (为120名“双报到”党员讲了一堂党课: a short quoted label in the listeners' description, a few
                       # characters before it, §3 thirty-seventh review round)
                       r"(?P<unit>名|位)(?:[\u4e00-\u9fff]{0,4}?[“「][\u4e00-\u9fff]{1,6}[”」])?" + _AUDIENCE +
                       # (为150余名读者带来了一场…讲座: the lecture brought to its listeners, as one given)
                       # (为120名学员授课, 为200多名机关干部作了专题辅导报告: the lesson as a verb, a tutorial report given
                       # to its listeners, §4 作报告; GUIDELINES §3 thirteenth round: listeners in its own sentence attend)
                       r"(?:(?:讲授|讲|上|作|做|带来)了?(?:一堂|一次|一场|一节)?[^，。；;]{0,30}?"
                       r"(?:党课|廉政课|廉洁课|讲座|学术报告|辅导报告|专题报告|开学第一课|(?<=[\u4e00-\u9fff])课(?=[，。；,;]|$))"
                       r"|授课(?=[，。；,;]|$))"),
            # 为机关全体党员和委属单位支部书记六十余人讲授专题党课, 为全镇党员干部等80余人上党课: the listeners named first,
            # their count after them in 人/名 right before the lecture (GUIDELINES §3 eighth round; not 为30名困难党员送去…)
            re.compile(r"(?<![作成因认])为[^，。；;\d“”]{2,24}?(?<![一二三四五六七八九十百千两])(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>人|名)(?:讲授|讲|上|作|做)了?(?:一堂|一次|一场|一节)?[^，。；;]{0,30}?"
                       r"(?:党课|廉政课|廉洁课|讲座|学术报告|开学第一课|(?<=[\u4e00-\u9fff])课(?=[，。；,;]|$))"),
            # 作了…专题讲座，为150余名读者解读…: the listeners told after the lecture, with what it explained to them
            # (举办…讲座，为150余名读者带来了一场精神盛宴: what it brought them, whatever its object; GUIDELINES §3
            # thirteenth review round; not 为30名困难党员送去慰问金, 为20名读者颁发证书: a gift or an award handed)
            # (…讲座在市图书馆举行，为…; 系列讲座第三讲，为…; 讲座，江城大学教授李明为150余名读者带来…: the lecture held
            # in a passive or numbered, or its lecturer the subject of the clause; 为150余位读者朋友带来: a word of address
            # after the listeners; not 讲座，图书馆还为…送上…: 还/也 opens another act of the body, nor 讲座结束后，…)
            re.compile(r"(?:党课|讲座|学术报告)(?:第[一二三四五六七八九十\d]{1,3}讲)?(?:[^，。；;]{0,20}?(?:举行|举办|开讲))?"
                       r"[，,]\s*(?:(?![还也另又])[^，。；;为]){0,16}?为[^，。；;\d]{0,8}?(?P<pre>约|近)?(?P<n>" + _HEADCOUNT + r")"
                       r"(?P<approx>余|多)?(?P<unit>名|位)" + _AUDIENCE + "(?:朋友)?"
                       r"(?:深入浅出地)?(?:解读|讲解|阐释|阐述|解析|详解|剖析|讲述|分享|带来|送上|献上|奉上|呈现)"),
            _DISCUSSANTS_COUNTED,
            # 会上，…向40余名村民代表通报了…: the people addressed inside the meeting's account (see _ADDRESSED)
            _ADDRESSED,
            # 来自…的600余名专家学者围绕…: the gathering of people from many places (not those who
            # received something: 来自困难家庭的120名学生获得资助).
            re.compile(r"来自[^，。；;]{2,60}?的(?P<pre>约|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位)(?:[^，。；;]{0,6}?)(?:代表|专家|学者|嘉宾|师生|党员|干部|企业家|校友|青年|职工|教师|学员|人士)"
                       # (not 来自…的12名代表先后发言: those who spoke in turn, not those attending; GUIDELINES §3)
                       r"(?![^，。；;]{0,20}?(?:获|受到|领取|得到|(?:先后|分别|依次|相继|轮流)(?:作了?|做了?)?[^，。；;]{0,6}?(?:发言|讲话|致辞|报告)))"
                       # (not 来自18个学院的56名青年教师参赛: the contestants of a contest, not those attending its ceremony)
                       r"(?![^，。；;]{0,12}?(?:参赛|参评|参展|参演|同台竞技|角逐))"
                       # (not 专家组由来自…的9位专家组成: the members a panel is made of, no count of those attending)
                       r"(?![^，。；;]{0,4}?组成)"
                       # (not 来自18个科室的60余名专家为群众提供免费咨询服务: people who serve at the event after its ceremony,
                       # no attendees of it, GUIDELINES §3 thirteenth review round)
                       r"(?![^，。；;]{0,24}?(?:提供|开展)了?[^，。；;]{0,12}?(?:服务|咨询|义诊|诊疗|检查|体检))"),
            _RELATIVE_GROUP_TOTAL,
            _RELATIVE_GROUPS_PRESENT,
            # 出席仪式的还有…委员吴文杰、李志强，以及逾二百名社团代表: the list of those present closing on a group counted
            # before its noun (GUIDELINES §3 twelfth review round; 逾 approximate)
            re.compile(r"(?:参加|出席|参会|与会)(?:本次|这次|此次)?(?:会议|大会|活动|仪式|典礼|座谈会|论坛|会报|发布会|年会"
                       r"|[\u4e00-\u9fff]{1,4}礼)?的(?:还|也)?有[^。；;]{0,80}?(?:以及|及|和)(?P<pre>约|近|逾|超过)?"
                       r"(?P<n>" + _HEADCOUNT_PLAIN + r")(?P<approx>余|多)?(?P<unit>名|位)[\u4e00-\u9fff]{0,6}?"
                       r"(?:代表|嘉宾|来宾|师生|群众|居民|市民|干部|职工|党员|会员|家长|学生|人士)(?=[，。；,;]|$)"),
            # 现场观众约5000人, 现场观众达3000余人: the audience told as present at the event, counted after its noun
            # (GUIDELINES §3 twelfth review round: 现场 counts); not 现场发放资料约5000份 (no people)
            re.compile(r"(?<![^，。；,;：:\s])(?:现场|在场)的?(?:观众|听众|群众|市民|师生|嘉宾|来宾|家长)(?:人数)?"
                       r"(?:达到?|共有?|有|超过|逾|为)?(?P<pre>约|近|逾|超过)?(?P<n>" + _HEADCOUNT + r")(?P<approx>余|多)?"
                       r"(?P<unit>名|位|人)(?!次)(?=[，。；,;]|$)"),
            # 3000多名师生在学校体育馆举行…报告会: people counted as the subject holding their own event are present at it,
            # like those who 参加 (GUIDELINES §3 twenty-second review round)
            _COUNTED_HOLDING,
            _CROWD_COUNTED_HOLDING,
        ]
        # (the people told present at an event or drawn by it, which a gathering does not take; see below)
        present_or_drawn = [
            # 现场300余名干部员工深受教育, 在场的200名学生认真聆听: the people told as present at the event, counted
            # opening their clause (GUIDELINES §3 twelfth review round); not people getting something there
            # (现场10名群众获赠…) nor those counted by firm (现场23家企业负责人参加: no count)
            _PRESENT_COUNTED,
            _COUNTED_THEN_PRESENT,
            _COUNTED_WATCHING_RITE,
            _COUNTED_WITNESSING_MOMENT,  # …记者约300人目睹了这一历史性时刻 (thirty-second review round)
            # 吸引来自10个国家及地区约180名专家学者参与, 吸引超过300位…代表参与: the people an event drew
            # (参与 alone is too often a campaign's; drawn by the event, they attend it)
            self._drawn,
        ]
        self.attendance = [*stated, *present_or_drawn]
        # (an activity's attendance, see _drawn_plain; people present at an activity make no gathering of it)
        self._gathering_attendance = [*stated, self._drawn_plain]
        # 实到116人, 应出席…，出席495名: the number stated as present, which a count of guests or of those asked to
        # sit in (邀请了30位…代表列席) does not replace
        self.present = self.attendance[1:3]

    def match(self, text: str) -> tuple[re.Match[str], str] | None:
        """The meeting ``text`` tells held (its match and the kind of pattern that read it), or None; memoized per
        text (the body's pass and the headline, contest and reference readings ask again of the same sentence, about
        a third of the calls on real pages; and other documents of the process), at most :data:`MATCH_CACHE_SIZE`
        texts."""
        return bounded_memo(self._match_cache, text, MATCH_CACHE_SIZE, self._match, text)

    def _match(self, text: str) -> tuple[re.Match[str], str] | None:
        if ("以下" in text or "下面是" in text or "现" in text) and (transcript := self.transcript.search(text)):
            return transcript, "transcript"
        if not self._event_word.search(text):
            return None  # the patterns backtrack a lot; most sentences have no event verb at all
        # Cheap anchors first: the name patterns scan every start position with a long greedy
        # run, so they only run where their head-word-then-verb core is present.
        held = self._head_then_held.search(text) is not None
        verb = self._verb.search(text) is not None
        planned: tuple[re.Match[str], str] | None = None  # a meeting told as planned after one held (see below)
        lecture: tuple[re.Match[str], str] | None = None  # a topical lecture, unless a meeting is held before it
        for kind, pattern, needed in (
            # (a cleft describing one meeting held, before the active reading that takes its agent for a clause)
            ("active", _CLEFT_HELD_ONCE, "这是" in text and "一次" in text),
            ("active", self._active, verb), ("passive", self.passive, held), ("bare", self.bare, held),
            ("plain", self.body_held, verb and _BODY_WORD.search(text) is not None),
            ("passive", _MEETING_CLOSED, "结束" in text),
            ("attributive", self.attributive, verb), ("attributive", self.dated_attributive, verb or _AT_SITTING_RE.search(text) is not None),
            ("visit", _STUDY_VISIT, "观摩" in text or "现场教学" in text),
            ("clause", self.clause, verb),
            ("active", self._carried_out, "开展" in text),
            ("attended", self.attended, any(w in text for w in self._attending_words)),
            ("lecture", _PARTY_LECTURE, "党课" in text or "团课" in text or "廉政课" in text or "廉洁课" in text),
            ("lecture", _LESSON_GIVEN, "一堂" in text or "一节" in text),
            ("lecture", self.academic, _ACADEMIC_GATE.search(text) is not None),
            ("plain", self._plain, verb),
            ("plain", self.yuan_session, "院会" in text),
            ("plain", self.met, "开会" in text),
            ("active", _SIDES_TALK, "座谈" in text),
            ("receiving", _VISITORS_RECEIVED, "会见" in text),
            ("receiving", _TALKS_AT_VENUE, "会谈" in text or "会晤" in text),
            ("receiving", self.talks_held, any(w in text for w in _TALKS_WRITTEN)),
            ("receiving", _CALL_BY_PHONE, "通过电话" in text),
            ("receiving", _CALL_RECEIVED, "打来的电话" in text),
            ("bare", _SESSION_DELIBERATED, "会" in text and _DELIBERATED_WORD.search(text) is not None),
            ("bare", _SESSION_DELIBERATED_AFTER_PERIOD, any(w in text for w in ("通过", "审定", "已", "专题", "专门"))),
            ("reception", self.reception, "会" in text or "宴" in text),
        ):
            if not needed:
                continue
            m = pattern.search(text)
            while m and kind == "active" and _SINCE_EARLIER.match(m["org"] or ""):
                m = pattern.search(text, m.end())  # 这是继…召开第一次联席会议以来的…: an earlier one compared
            if m and pattern is self._carried_out and (_ASKED_FOR.search(m["org"] or "")
                                                      or _ASKED_BEFORE.search(text, 0, m.start("org"))
                                                      or _asked_earlier(text, m.start("org"), m.end())):
                # 会议强调，要扎实开展主题党日活动: an event a speaker asks for is planned, none held (GUIDELINES §3
                # fifteenth review round), and its modal (要扎实) no organizer
                continue
            if m and kind == "active" and _planned_in(text, m.start(), m.end()) and self.plain.search(text, 0, m.start("name")):
                continue  # 县卫健局召开会议，要求各医疗机构于…前召开…: the meeting held, before the one required
            if m and kind == "active" and (_planned_in(text, m.start(), m.end()) or _ASKED_FOR.search(m["org"] or "")) \
                    and _HELD_ANYWHERE.search(text, 0, m.start()):
                # 5月6日，全市组织工作会议召开，会议要求5月20日召开推进会 (…决定于…召开…, …强调要在…前召开…): the meeting
                # told held before the one asked for or decided on is read (GUIDELINES §3: a planned meeting, no record)
                continue
            # (随后，…: a bare order word may tie the lesson to a ceremony told last; the caller checks that one was)
            if m and pattern is self.academic and _NAMED_LESSON.search(m["name"]) \
                    and not (within_ceremony(text, m.start()) or _AFTER_CEREMONY.match(text) or _NEXT_ORDER_WORD.match(text)):
                continue  # 老教师为学生上了“最后一课”: a class of its own, no lecture; inside a ceremony it is one
            if m and pattern is self.academic and m["name"] in _BARE_TUTORIAL \
                    and not (_AFTER_CEREMONY.match(text) or _NEXT_ORDER_WORD.match(text)):
                continue  # 会上作专题辅导, 开班式上，…作…专题辅导: part of the meeting; right after a ceremony it is one
            if m and pattern is self.academic and _lecture_ahead(text, m):
                continue  # 县人社局召开会议，会议要求邀请专家作…专题讲座: no lecture given; the meeting held is read on
            if m and pattern is self.academic and m["name"].endswith("专题讲座"):
                lecture = m, kind  # (县人社局召开会议，研究员王强作了…专题讲座: the meeting told before it is kept)
                continue
            if m and lecture and (kind not in (*_HOLDING_KINDS, "plain") or m.start() >= lecture[0].start()):
                continue
            if m and planned and (kind not in _HOLDING_KINDS or m.start() >= planned[0].start()
                                  or _planned_in(text, m.start(), m.end())):
                continue  # (only a meeting held, with its verb of holding, before the planned one is read instead of it)
            if m and not planned and kind in ("passive", "bare") and _planned_in(text, m.start(), m.end()) \
                    and _HELD_ANYWHERE.search(text, 0, m.start()):
                # 5月8日召开的县委常委会会议决定，县第十五次党代会于5月20日召开; 5月8日，县委常委会会议召开，决定…于5月20日
                # 召开: the meeting held, told before the decision about a later one (planned, no record: GUIDELINES §3)
                planned = m, kind
                continue
            if m and pattern in (self.talks_held, _TALKS_AT_VENUE) and decided_before_but(text, m.start()):
                continue  # 总理决定暂不出国，而只在…会议上同各国首脑会晤: talks decided on, still ahead (GUIDELINES §3)
            if m and kind == "receiving" and _DECADE_BEFORE.search(text, 0, m.start()):
                continue  # 60年代初，某某在一次会见…时鼓励…: remarks of another decade relayed, no talks named (§4, §3)
            if m and pattern is self.talks_held and (
                    _TALKS_AHEAD.search(text, clause_bounds(text, m.start())[0], m.start())
                    or (m["name"] in ("会面", "会见") and not _OFFICIAL_PARTY.search(m["party"]))
                    # (签约仪式结束后，…与…进行了座谈: the ceremony the talks came after, no meeting they are a part of)
                    or _GATHERING_NAMED.search(text, (opener.end() if (opener := _AROUND_SIGNING.match(text)) else 0), m.start())):
                # 下周将与企业家座谈: talks ahead, none held; 与失散多年的亲人会面: a private reunion; 主持…咨询会，与
                # 乡议局代表会面: a part of the meeting this sentence names
                continue
            if m and kind == "passive" and (attending := _ATTENDING_IN_PASSIVE_NAME.search(m["name"])) \
                    and (repeated := _KIND_REPEATED.match(text, m.end("name"))) \
                    and m["name"].endswith(repeated["kind"]):
                # 副市长李明出席…大会，大会在…举行: the meeting attended, its name after the verb (its venue as read here)
                m = pattern.search(text, m.start("name") + attending.end()) or m
            if m and kind == "passive" and _CONTEST.search(m["name"]) and (rite := pattern.search(text, m.end())) \
                    and (_BARE_RITE.fullmatch(rite["name"]) or _BARE_CLOSING_RITE.fullmatch(rite["name"])):
                # …运动会于19日下午落下帷幕，闭幕式在市体育中心举行: the contest's own bare rite told held after it in the
                # sentence is what is recorded (a contest is no meeting, its ceremony is; GUIDELINES §3 nineteenth round)
                m = rite
            if m and kind in ("passive", "bare") and (
                    (_MEMBERS_BODY_END.search(m["name"]) and _OBJECT_AFTER_VERB.match(text, m.end()))
                    # (…委员会7日在首都召开会议: a day or a venue between the body and the verb; right before it,
                    # 委员会举行会议, the body-holding-a-meeting reading below gives the body as the organizer)
                    or (_BODY_NAME_END.search(m["name"])
                        and _MEETING_OBJECT_AFTER_VERB.match(text, m.end()) and m.end() - m.end("name") > _BARE_VERB_LENGTH
                        # (only where a reading below takes the object: the body holding it, or the plain 召开会议; or where
                        # the body's people, 欧盟委员会成员在伦敦举行…, are the subject, the object read as a meeting referred to)
                        and (self.body_held.search(text) or self.plain.search(text)
                             or _BODY_PEOPLE.match(text, m.end("name"))))):
                continue  # 香港潮州商会举行会董就职礼, 市慈善总会举行升旗礼: a body holding what follows, no meeting it names
            if m and _FUNDED_PURPOSE.search(text, clause_bounds(text, m.start("name"))[0], m.start("name")):
                continue  # 拨款120万元，资助区内举办新春活动: what the money is for, not an event held
            if m and kind == "active" and m["name"].startswith("的") \
                    and _DATED_DATELINE.sub("", (m["org"] or "").lstrip()).startswith("由"):
                # 由浙江大学举办的“…论坛”今日举行: the agent of a passive attribute, the name held after it (also after a
                # wire's dateline: 本报北京12月26日讯 由甲和乙联合主办的…座谈会，今天…举行)
                continue
            if m and kind == "active" and m["name"].startswith("的") and re.match(_PURPOSE_AFTER_NAME, text[m.end() :]):
                continue  # 县府于9月20日召开的评审会议审定…: an attributive phrase, read as such below
            if m and kind == "active" and m["name"].startswith(("的“", "的「", "的『")) and self.attributive.search(text):
                continue  # 某公司近日在北京举行的“…发布会”上推出…: a quoted name in an attributive phrase, read below
            if m and kind == "active" and (m["name"].startswith("的") and (
                    "出席在" in text or _ATTENDING_ORG_END.search(m["org"] or ""))
                    # (…在会展中心主礼由社会福利署主办的「…」: the officiating guest at an event another body holds, read
                    # like 出席由…主办的…, GUIDELINES §3 thirty-third review round)
                    or (_OFFICIATING_END.search(text, 0, m.start("name"))
                        and re.match("由|[^，。；“”「」『』的]{2,20}?" + _HOLDING_ATTRIBUTE, m["name"]))
                    or (_CHAIRING_END.search(text, 0, m.start("name")) and re.match("由[^，。；]{2,30}?主办的", m["name"]))):
                # 出席在市行政中心举行的…签约仪式: the event attended, with its venue
                # (出席香港青年联会举办的「…」颁奖典礼: the event attended, its organizer before 举办的)
                attended = self.attended.search(text)
                return (attended, "attended") if attended else (m, kind)
            if m:
                return m, kind
        return planned or lecture
