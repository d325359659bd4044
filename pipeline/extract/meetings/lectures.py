"""Lectures, 党课 and classes: patterns that tell a lecture or a class held."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.common import Sentence, clause_bounds
from pipeline.extract.meetings.patterns import (
    _ACADEMIC_WORDS,
    _ATTENDED_CEREMONY_THEN,
    _CLAUSE_MARK,
    _LECTURE_AHEAD,
    _RANGE,
    _WITHIN_CEREMONY,
    _told_days,
)

# A meeting whose name holds a lecture (…表彰暨示范党课活动) or is of a party branch's own regular life, which a party
# lecture belongs to (组织生活会, 主题党日: the tuning gold reads its lecture as part of it): a party lecture told at it
# is no record of its own (GUIDELINES §3 twelfth and fourteenth review rounds). The lecture's own nouns, not any 课: 课程改革推进会,
# 课题结题评审会 are meetings of another kind, a lecture given at them its own record. A 党员大会 (a general meeting that
# reviews work and votes) is of another kind too: its lecture told 会上 is its own record (thirty-fourth review round).
_LECTURE_KIND_MEETING = re.compile("(?:党|团|廉政|廉洁|思政|法治|示范)课|组织生活会|民主生活会|党日|支部(?:委员)?会")
# A meeting whose programme is made of lectures (培训会, 学习会, 报告会, 宣讲会, 论坛): a topical lecture told at it is a part
# of it, not a record of its own (GUIDELINES §3 twelfth review round: "unless the meeting's own name already holds it").
# (专题辅导会: 辅导 is a lecture's own kind, 辅导讲座, 辅导报告)
_LECTURE_HOLDING_MEETING = re.compile("讲座|报告|宣讲|辅导|培训|学习|课|讲堂|讲坛|研讨|论坛|沙龙|班")
# Self-naming heads as often a service carried on as one event (讲座), or a back-reference to one told before (论坛):
# held bare, they need a day of their own.
# 开学第一课, 开班第一课: the first lesson of a term or a class, a lecture wherever given (not a named lesson, which is
# one only inside or right after a ceremony).
_TERM_FIRST = "开学第|开班第"
# 学术报告, 学术讲座, 开学第一课, 题为《…》的讲座: the lectures the academic pass names.
# (作了题为“…”的专题辅导报告: a topical lecture by another noun, GUIDELINES §3 thirteenth review round; a bare 专题辅导 only
# right after a ceremony, _BARE_TUTORIAL)
# (作了水稻绿色高产栽培技术专题讲座, 作专题讲座: a topical lecture a named person gives, named with its topic as written;
# not 作的专题讲座, 作好专题讲座: an attribute or a task, no lecture given)
# (a lecture named by its topic alone, 文学讲座, 科普讲座, is no record: read so, it added a meeting the invented held-out gold
# does not hold, GUIDELINES §8; 专题讲座 and 学术讲座 are lectures held)
# (作了一场关于地方历史的专题讲座: a lecture named with its topic by 关于…的 keeps the whole phrase, GUIDELINES §3
# thirteenth review round)
# (典礼最后，书记为毕业生上了“最后一课”: a named lesson in quotes, a lecture when given inside or right after a ceremony,
# like 开学第一课, GUIDELINES §3 fifteenth review round; the caller asks for the ceremony, _NAMED_LESSON)
_ACADEMIC_NAME = ("学术报告|学术讲座|专题辅导报告|专题辅导|(?<!专题)辅导报告|开(?:学|班)第一课|(?<=[“「『])(?!" + _TERM_FIRST + ")[\u4e00-\u9fff]{0,6}一课(?=[”」』])|(?<=[》”」』]的)讲座|(?![作做]了)(?:(?![的好])[\u4e00-\u9fff]){0,16}专题讲座"
                  "|关于[^，。；;“”《》的]{2,24}的(?:(?![的好])[\u4e00-\u9fff]){0,8}(?:讲座|学术报告)"
                  # (作了《新时代村级组织建设》专题讲座: the topic in book-title marks right before the kind names the lecture,
                  # as 关于…的 does, and stays in the name as written; 题为《…》的 before it is read apart, above)
                  "|《[^》，。；;\n]{2,30}》(?:(?![的好])[\u4e00-\u9fff]){0,8}(?:讲座|学术报告)"
                  # (作了一场“控压护心”健康讲座, 作了题为《…》的家庭教育讲座: a lecture named by its topic in quotes, or after
                  # 题为《…》的, with the kind's own words before 讲座, named as written like the book-title form above; not a
                  # topic alone with no mark, 作了文学讲座, GUIDELINES §8)
                  "|[“「『][^”」』，。；;\n]{2,16}[”」』](?:(?![的好])[\u4e00-\u9fff]){0,8}讲座"
                  "|(?<=[》”」』]的)(?:(?![的好])[\u4e00-\u9fff]){1,8}讲座")
_ACADEMIC_GATE = re.compile(_ACADEMIC_WORDS)
# 最后一课, 人生第一课: a named lesson the academic pattern reads in quotes (not 开学第一课, a lecture wherever given).
_NAMED_LESSON = re.compile("(?<!" + _TERM_FIRST + ")一课$")
# 专题辅导 bare: a lecture told right after a ceremony (开班式后，X作专题辅导); at a study session (中心组学习会上，X作专题
# 辅导), inside the ceremony (开班式上: the tuning synthetic gold reads it as part of it) or on its own it is the
# meeting's programme, no record (GUIDELINES §3 seventeenth review round).
# A bare 辅导报告 likewise: right after a class's opening ceremony (开班仪式后，随后X为学员作首场辅导报告) it is a lecture
# named as written; elsewhere (会上，X作辅导报告) a part of the meeting (GUIDELINES §3 eighteenth review round).
_BARE_TUTORIAL = frozenset({"专题辅导", "辅导报告"})
_LECTURE_GIVEN = re.compile("[^了，。；]{1,2}了")


def _lecture_ahead(text: str, m: re.Match[str]) -> bool:
    """Whether the lecture ``m`` (of the academic pattern) is only asked for or planned in its clause."""
    return not _LECTURE_GIVEN.match(text, m.start()) \
        and _LECTURE_AHEAD.search(text, clause_bounds(text, m.start())[0], m.start()) is not None


# …培训班在市统计局开班。上午举行了开班仪式: the class's opening told, then its ceremony by a bare name (GUIDELINES §3
# thirteenth review round: one record, the class's); the class opened, not only held (…培训班在…举办 over a span of
# days keeps its dated 开班仪式 apart)
_BARE_OPENING_RITE = frozenset({"开班仪式", "开班式", "开班典礼"})
_CLASS_NAME = re.compile("班$")
_CLASS_OPENED = re.compile("开班(?![仪式典第])")
# 上午举行了开班仪式, 当天下午举行开班式: the time of day the ceremony's sentence opens on
_RITE_TIME = re.compile(r"\s*(?:当天|当日|同日|随后)?[，,]?\s*(上午|下午|晚上)")


# 举行了开班仪式, 开班仪式在…举办: a rite told as held (a paragraph of its own keeps it apart); 主持开班仪式, 出席开班式并讲话,
# 开班仪式由…主持: a rite only referred to by whoever chaired or attended it.
_RITE_HELD = re.compile("举行|举办|召开|隆重")


def _rite_referred(meeting: dict[str, Any]) -> bool:
    """Whether the bare rite ``meeting`` is only referred to in its sentence (主持开班仪式, 出席开班式), not told as held:
    such a rite with no day of its own is the class's opening also from the next paragraph (GUIDELINES §3 thirteenth
    and thirty-second review rounds)."""
    said = meeting["evidence"]["text"]
    return _RITE_HELD.search(said) is None


def _class_with_its_opening(meetings: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Fold a bare 开班仪式 told right after a class opened on the same day into the class's record (its time of
    day, and what the class's record lacks); a class over a stated span of days (5月6日至10日) or a ceremony of
    another day (5月8日举行了开班仪式) stays apart, as does one told held in another paragraph or after another event;
    one only referred to (县委组织部副部长某某主持开班仪式) may stand in the next paragraph."""
    folded: list[dict[str, Any]] = []
    for meeting in meetings:
        start = meeting["evidence"]["clean_start"]
        before = [m for m in folded if m["evidence"]["clean_start"] < start]
        latest = max(before, key=lambda m: m["evidence"]["clean_start"]) if before else None
        if (meeting["name"] in _BARE_OPENING_RITE and latest is not None and _CLASS_NAME.search(latest["name"])
                and _CLASS_OPENED.search(latest["evidence"]["text"])
                and not _RANGE.search(latest["date_text"] or "")
                and meeting["date"] in (None, latest["date"])
                and text.count("\n", latest["evidence"]["clean_end"], start) <= (1 if _rite_referred(meeting) else 0)
                # (…开班。5月8日，…。上午举行开班仪式: a day told between, the ceremony's own)
                and next(_told_days(text, latest["evidence"]["clean_end"], start), None) is None):
            when = _RITE_TIME.match(meeting["evidence"]["text"])
            latest["time_of_day"] = latest["time_of_day"] or meeting["time_of_day"] or (when[1] if when else None)
            for key in ("location", "organizer", "host"):
                latest[key] = latest[key] or meeting[key]
            if latest["attendee_count"] is None:
                latest["attendee_count"], latest["attendee_approx"] = meeting["attendee_count"], meeting["attendee_approx"]
            continue
        folded.append(meeting)
    return folded
# Words placing an event at a time of its own (此前，在七一前夕，…讲授专题党课).
# (当天下午，…讲授专题党课: another part of the day)
# An audience (为, not 作为/成为/认为, then up to 20 characters in the clause) or a topic (以“…”为题) before a bare
# 讲党课 (为全体党员讲党课, 以“…”为题讲党课): one lecture given.
_LECTURE_AUDIENCE = re.compile(r"(?:(?<![作成认])为[^，。；,;]{1,20}|为题[，,]?)$")
# (要求各级党组织书记为党员讲党课: lectures asked for, none given; 规定…每季度至少为党员讲党课, 坚持每月为…讲党课:
# a rule or a habit, none given either; GUIDELINES §3)
_LECTURE_ASKED = re.compile("(?:要求|号召|鼓励|倡导|推动|督促|引导|带头|计划|部署|安排|通知|规定|明确|制度|坚持|至少|每(?:年|季度?|月|周))"
                            "[^，。；]{0,30}$")
# 报告会, 讲座, 讲坛: a lecture's noun that refers to an academic report given (read where it stands, not from
# 作学术报告), in the headline or in the report's own sentence (做客“某某讲坛”，…作了…学术报告)…
_LECTURE_NOUN = re.compile("报告会|讲座|讲坛")
# …or opening a sentence soon after it (…作学术报告。报告会由…主持, 讲座由…主持); not another event's 讲座 or a
# column's 百家讲坛 told elsewhere on the page; not 讲座结束后, 讲座后: what came after the lecture, which holds none.
_LECTURE_REFERRED = re.compile(r"[。！？\n]\s*(?:此次|本次|这次|该|其)?(?:学术)?(?:报告会|讲座|讲坛)(?!结束|之?后)")
# A lecture named by its own topic in the body (《冬季心脑血管疾病预防》专题讲座, “…”主题讲座): a name of its own that the
# headline's generic noun (健康讲座) does not replace (GUIDELINES §3 name: the body's wording over the headline's; the topic
# stays in the name as written, seventeenth round).
_LECTURE_TOPIC_NAMED = re.compile("[《“「][^》”」\n]{2,40}[》”」][\u4e00-\u9fff]{0,4}(?:讲座|报告)$")
# 学术报告, 学术讲座: a headline's academic report, told in the body as a 报告会/讲座 referred to.
_ACADEMIC_HEADLINE = re.compile("学术(?:报告|讲座)")
#: How far (characters) after an academic report given a sentence may refer back to it as 报告会/讲座.
LECTURE_REFERRED_WINDOW = 120
#: How many sentences back a lesson opened by 最后/随后 may reach the ceremony's own sentence through its programme items
#: (chaired, opened, a decision read, honours, three speeches: the s132 school ceremony page runs nine sentences, so
#: twelve leaves room for a longer programme).
LECTURE_ACCOUNT_SENTENCES = 12
# 邀请北京大学王教授5月20日来校作学术报告: a lecture invited for a day written after 邀请 in its clause, which
# is the lecture's day (a day after publication: a lecture planned, no record; GUIDELINES §3).
_LECTURE_INVITED = re.compile(r"邀请(?=[^，。；,;]*$)")
# 县委宣讲团党的二十届三中全会精神宣讲会, 市委讲师团“乡村振兴”专场报告会: a lecture group written before the
# lecture it gives is its organizer (GUIDELINES §3, a leading organizer prefix), with no year or edition between.
_LECTURE_GROUP_PREFIX = re.compile(r"^(?P<org>(?![该本我全各此])[\u4e00-\u9fff]{1,12}?(?:宣讲团|讲师团|宣讲队|宣讲小分队))"
                                   r"(?=[^，。；]{4,}$)")
# 培训期间，…, 研修期间, 培训班学习期间, 培训中，…: a class's programme narrated, whose visits are parts of it (not
# 培训中心, a place; nor a bare 学习期间, in agency news a study campaign's time: 在党纪学习教育集中学习期间，…赴…现场观摩
# is an observation meeting of its own, spec 003).
_DURING_TRAINING = re.compile("(?:培训|研修|班学习)期间|培训中[，,]")
# 春季主体班结业, 培训班在市委党校圆满结业, 主体班举行结业式: a sentence telling a class closing or opening.
_CLASS_CLOSED_OR_OPENED = re.compile("班[^，。；,;]{0,20}?(?:结业|开班)")
# 学员赴…进行了现场教学: trainees taught on site, a session of their class (not 学员赴…现场观摩, a visit of its own, spec 003).
_TRAINEES_TAUGHT = re.compile("学员")
_PARTY_LESSON_GIVEN = re.compile("(?:讲|上)[党团]课")
# 以《…》为题，为师生党员讲授专题党课: a party lecture given is an event of its own.
_PARTY_LECTURE = re.compile(
    # (讲授“七一”专题党课: a quoted occasion before it is part of the name)
    # (讲了一堂题为《践行初心使命》的专题党课: the title before it is no part of the name)
    r"(?:讲授|讲|上|作)了?(?:一堂|一次|一场)?(?:题为[《“][^》”，。]{1,30}[》”]的)?[^，。；,;]{0,8}?"
    # (上了一堂廉政党课, 为…上廉政课: the lecture's kind is part of its name)
    # (作专题党课辅导, 作专题党课辅导报告: the lecture given, 辅导 and its 报告 no part of its name)
    # (讲授专题团课: the Youth League's lecture to its members, a lecture like a party lecture)
    r"(?P<name>(?:[“「『][^”」』，。]{1,10}[”」』])?(?:(?:专题|示范|微|廉政|廉洁)?党课|(?:专题|示范|微)?团课|廉政课|廉洁课))(?=(?:辅导(?:报告)?)?(?:[，。；,;]|$))"
)
# 为受表彰的代表颁奖，并为全镇党员讲授…专题党课: a party lecture joined by 并 to the prizes handed or the decision read
# out at the meeting just told is given at that meeting, like one told after 会上 (GUIDELINES §3 twelfth review round: its
# own record); not 出席会议并讲授…, whose meeting the caller reads from the same clause.
_AFTER_CONFERRAL = re.compile(r"(?:颁奖|颁发[^，。；]{0,16}?(?:证书|奖牌|奖杯|纪念章|奖状)|授牌|宣读[^，。；]{0,40}?决定》?)"
                              r"[，,]?\s*并[^，。；]{0,20}$")
# 为全校师生讲了一堂法治课, 讲授了一堂国防教育课: a lesson given, counted by 一堂/一节, is a lecture of its own
# (GUIDELINES §3, a lecture with the generic noun as written); not 上课, 听了一堂课 (no name before 课)
_LESSON_GIVEN = re.compile(
    # (讲了一堂题为《守住底线》的廉政课: the title before it is no part of the name; 讲了一堂以“合同风险防范”为主题的法治课,
    # 上了一堂主题为“…”的国防教育课: the theme set before it likewise)
    r"(?<![听观])(?:讲授|讲|上)了(?:一堂|一节)(?:(?:题为|主题为)[《“][^》”，。]{1,30}[》”]的|以[《“][^》”，。]{1,30}[》”]为(?:主题|题)的)?"
    r"(?:生动的|精彩的|特殊的|别开生面的)?"
    r"(?P<name>(?!党课)[\u4e00-\u9fff]{2,8}?课)(?=[，。；,;]|$)"
)


# A ceremony's name (开学典礼, 开班式, 宪法宣誓仪式).
_WITHIN_CEREMONY_NAME = re.compile(r"(?:仪式|式|典礼)$")
# 开学第一课, 开班第一课: the lesson named for the occasion, given at the ceremony that opens the term or the class.
_OCCASION_LESSON = re.compile(r"^开[学班]第一课$")
# 此前，校长已为新生讲授了…: a lesson told as given before the ceremony, not at it (GUIDELINES §3 nineteenth round:
# 此前 alone gives no date; not 典礼前，…, a time told by the ceremony, left to the readers of its day).
_LESSON_TOLD_BEFORE = re.compile(r"\s*(?:此前|之前|在此之前|事前)[，,]"
                                 r"|[^，。；]{0,16}?(?:此前|早前|已经?)(?=[^，。；]{0,16}?(?:讲授|讲了|上了))")


def _lesson_in_ceremony_account(clean_text: str, sentences: list[Sentence], index: int, told: dict[str, Any]) -> bool:
    """True when the sentence before ``index`` is in the same paragraph and belongs to the ceremony just told:
    it opens inside the ceremony (典礼上，…) or is the sentence that tells the ceremony; not when the lesson's own
    sentence tells it was given before (此前，…已…讲授)."""
    if index == 0 or _WITHIN_CEREMONY_NAME.search(told["name"]) is None:
        return False
    if _LESSON_TOLD_BEFORE.match(sentences[index].text):
        return False
    if _SEQUENCE_OPENING.match(sentences[index].text) and _sequence_ends_account(sentences, index, told):
        return True  # …开学典礼。典礼由…主持。…发言。⏎最后，校长为全体师生讲授“开学第一课”: the account's last step
    before = sentences[index - 1]
    if "\n" in clean_text[before.start : sentences[index].start]:
        return _SEQUENCE_OPENING.match(sentences[index].text) is not None \
            and _paragraph_in_ceremony(clean_text, sentences, index - 1, told)
    return told["evidence"]["clean_start"] == before.start or _WITHIN_CEREMONY.match(before.text) is not None


# 随后，…; 接着，…; 最后，…: the next step of the account just told, opening the lesson's sentence.
_SEQUENCE_OPENING = re.compile(r"\s*(?:随后|接着|紧接着|之后|然后|最后)[，,]")
# …在嘹亮的校歌声中圆满结束, 典礼落下帷幕: the ceremony told closed.
_CEREMONY_CLOSED = re.compile("圆满结束|胜利闭幕|落下帷幕|落幕|宣告结束")

# An item of a ceremony's programme: chaired, opened, a speech, a text read, honours conferred, a rite performed.
_PROGRAMME_ITEM = re.compile("主持|致辞|致词|讲话|发言|宣读|颁奖|颁发|表彰|表扬|奖励|评选出|评出|授予|宣誓|典礼|仪式|拉开帷幕|奏唱|升旗")
# 次日，…; 当天下午，…; 此前，…: a sentence opening on another time than the ceremony's account.
_OTHER_TIME_OPENING = re.compile(r"\s*(?:次日|第二天|翌日|当天下午|当天晚上|当晚|此前|之前|此后|会后|典礼结束后|仪式结束后|\d{1,2}月\d{1,2}日)")


def _sequence_ends_account(sentences: list[Sentence], index: int, told: dict[str, Any]) -> bool:
    """Whether the lesson opened by 最后/随后 (sentence ``index``) closes the account of ``told``, the last meeting
    read: the ceremony's own sentence stands at most :data:`LECTURE_ACCOUNT_SENTENCES` sentences back, across paragraphs,
    each sentence between tells an item of its programme (:data:`_PROGRAMME_ITEM`: chaired, a speech, a decision read,
    honours conferred), and none tells the ceremony closed (典礼…圆满结束) or the story moved on to another day or time (GUIDELINES §3
    eleventh round: a lesson given inside a ceremony; a later meeting would be the last read, so none stands between; not
    …开学典礼…。⏎学校今年招收新生1200名。⏎随后，…: a paragraph outside the account)."""
    for k in range(index - 1, max(-1, index - 1 - LECTURE_ACCOUNT_SENTENCES), -1):
        if sentences[k].start == told["evidence"]["clean_start"]:
            return True
        if _CEREMONY_CLOSED.search(sentences[k].text) or _OTHER_TIME_OPENING.match(sentences[k].text) \
                or not _PROGRAMME_ITEM.search(sentences[k].text):
            return False
    return False



def _paragraph_in_ceremony(clean_text: str, sentences: list[Sentence], last: int, told: dict[str, Any]) -> bool:
    """Whether the paragraph ending with sentence ``last`` belongs to the ceremony's account: it tells the ceremony or
    opens inside it (典礼上，学校对…进行了表彰。…), none of its sentences telling the ceremony closed (典礼…圆满结束).
    A lesson told right after it with 随后 (…。⏎随后，校长为全体师生讲授了“开学第一课”) is then given inside the ceremony
    (GUIDELINES §3 eleventh round: a lesson given inside a ceremony, like one told 典礼上)."""
    first = last
    while first > 0 and "\n" not in clean_text[sentences[first - 1].start : sentences[first].start]:
        first -= 1
    if any(_CEREMONY_CLOSED.search(sentences[k].text) for k in range(first, last + 1)):
        return False
    return any(told["evidence"]["clean_start"] == sentences[k].start for k in range(first, last + 1)) \
        or _WITHIN_CEREMONY.match(sentences[first].text) is not None


# 去年…曾出席开班式并讲授党课, 此前曾出席…: the attending told as of another time (a past time word in its clause, or 曾
# before the verb; not the surname 曾, followed by a name)
_EARLIER_ATTENDING = re.compile("去年|前年|往年|上年|以往|过去|此前|之前|先前|上月|上周|上次|往届|上一?届|曾经|曾(?=出席|于|在|多次|先后|应邀)")
# 出席开班式并听取了…讲授的党课: the attender listening to the lecture, not giving it
_LISTENED = re.compile("(?:听取|聆听|收听|旁听|听)(?!众)")


def _attended_then_in_clause(text: str, end: int) -> bool:
    """Whether the lecture told at ``end`` is the second act of one clause that opens by attending the ceremony just told
    (出席开班式并为学员讲授党课, 出席开班式，并以…为题讲授党课), the attender giving it on that day (GUIDELINES §3
    twenty-first review round); not a lecture told in a later clause (出席仪式并讲话，他表示下月将讲授党课: his words, no
    lecture given there), one of another time (去年…曾出席开班式并…讲授党课) or one the attender only listened to
    (并听取了…讲授的党课)."""
    last = None
    for attended in _ATTENDED_CEREMONY_THEN.finditer(text, 0, end):
        last = attended
    if last is None or _CLAUSE_MARK.search(text, last.end(), end) is not None:
        return False
    opening = clause_bounds(text, last.start())[0]
    return _EARLIER_ATTENDING.search(text, opening, last.start()) is None and _LISTENED.search(text, last.end(), end) is None
