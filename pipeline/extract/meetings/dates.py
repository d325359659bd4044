"""A meeting's date: date, year and time-of-day resolution, datelines, festivals, reviewed years, and the planned /
held-as-planned checks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import (
    CLAUSE_MARKS,
    DATE_NUMBER,
    LIFE_EVENT_AFTER_YEAR,
    NOT_JIANG_PLACE,
    PLANNED_HOLDING,
    SPEECH_VERBS,
    TAIWAN,
    Sentence,
    clause_bounds,
    end_before,
    first_char_gated,
    heading_like,
    literal_gated,
    stamp_year,
    start_after,
)
from pipeline.extract.meetings.patterns import (
    _BODY_END,
    _BRACKETED_YEAR,
    _CLOCK,
    _COMPANY_TRADE_WORDS,
    _CUTOFF_BEFORE,
    _DATE,
    _DAY_AFTER_PLAN,
    _DAY_BEFORE_BRACKETS,
    _DAY_NUMBER,
    _DEALT_WITH,
    _DURING_STRETCH,
    _EARLIER_SIGNING,
    _FROM_DATE_AFTER,
    _HELD_AFTER_DATE,
    _HELD_FINITE,
    _HELD_VERB,
    _ITEM_DATELINE,
    _ITEM_OPENING,
    _LEAD_DATE_AFTER,
    _LEARNT_AT_MEETING,
    _OPENING_VERBS,
    _ORDER_TIE,
    _OTHER_DAY_AFTER,
    _PLACE_WORD,
    _PLAN_DAY_TAIL,
    _PLAN_IN_CLAUSE,
    _PLAN_ON_DAY,
    _PLANNED,
    _PUT_OFF_HELD,
    _RANGE,
    _RELATIVE_YEAR,
    _REMARKS_VERBS,
    _REPORTER_SOURCE,
    _ROC_CN_YEAR,
    _ROC_NUMERIC,
    _SHIFTED_DAY_OPENS,
    _SHIFTED_WORDS,
    _STOCK_BEFORE,
    _TIME_OF_DAY_CANONICAL,
    _VAGUE_DATE,
    CONTEXT_BEFORE_CHARS,
    _after_publication,
    _cited_dateline,
    _opens_account,
    _planned_in,
    _recent,
    _time_of_day,
    _told_days,
)
from pipeline.values import (
    ANNIVERSARIES,
    COMMEMORATIVE_DAYS,
    FESTIVAL_NUMBERS,
    FESTIVAL_SHORT_NAMES,
    FESTIVALS,
    WINDOW_LABEL_WORDS,
    DateValue,
    festival_date,
    life_dated,
    parse_date,
    parse_number,
    resolve_date,
)

# A clause of a date opening a sentence (1997年3月，/ 2018年3月20日，/ 三月五日，), not 在过去的一年，.
_DATE_CLAUSE = (r"[^，。；：,;:！？\n]{0,10}?(?:\d{1,4}[年月日]|[一二三四五六七八九十]{1,3}[月日]|[○〇零一二三四五六七八九]{4}年)"
                r"[，,]")
# 昨天，…在布鲁塞尔举行的…会议，提议…: a relative day opening the sentence
_DAY_CLAUSE = r"(?:昨天|今天|前天|当天|日前|近日|最近|前不久|不久前)(?:上午|下午|晚上)?[，,]"
# 去年年底，…; 今年初，…: a part of a year told relative to the page's, opening the sentence
_PERIOD_CLAUSE = _RELATIVE_YEAR + r"(?:年底|年初|年末|底|初|末|上半年|下半年)[，,]"
_PLAN_DAY = re.compile("计划(?:于|在)?" + _DAY_AFTER_PLAN + _PLAN_DAY_TAIL)
# (…。3月15日上午，论坛在滨江如期举行, 论坛如期在滨江举行, 论坛在滨江顺利举行, 论坛按期举行: the planned meeting then
# told held; not 确保论坛顺利举行, 为保证会议如期召开: a purpose, the meeting still ahead)
_HELD_AS_PLANNED = re.compile("(?:如期|按期|按时|顺利|成功|隆重)[^，。；,;]{0,12}?(?:召开|举行|举办|开幕|开班)")
_HELD_AS_PLANNED_PURPOSE = re.compile("确保|保证|力争|争取|为了|要|将")
_SENTENCE_STOP = re.compile("[。！？\n]")
# 元月: January by its other name, read as the month of the day's numerals after it (元月5日, 元月五日)
_JANUARY = re.compile(r"元月(?= ?(?P<digit>\d)?)")
#: How many sentences after a plan may tell it held as planned.
HELD_AS_PLANNED_SENTENCES = 2
# A deadline after a date (5月12日前完成…): no day anything was held on (not 前夕, 前后, 前往).
_DEADLINE_AFTER = re.compile(r"\s*(?:之|以)?前(?![往来去进夕后])")
# A day told as what it is (7月1日是党的104岁生日。, 5月4日为五四青年节。): a holiday's day in a sentence of its own,
# no day of the meeting told after it unless 当天/当日 ties them (GUIDELINES §3, tenth review round).
_DAY_TOLD_AS = re.compile(r"\s*(?:是|为(?=[^，。；]{0,20}?(?:节|纪念日|生日|周年)))")
# A byline in brackets (（记者 张三 2024年5月8日）): a date in it is the report's.
_BYLINE_BRACKET = re.compile(r"[（(](?:本报)?(?:记者|通讯员|特约记者|实习生)[^（）()]{1,40}[）)]")
# A leading clause that names another occasion's day before the account's own (根据…部署，在…之际，距离…，).
_LEAD_CLAUSE = re.compile(r"\s*(?:根据|按照|依据|在|距离?|离|围绕|趁|借|值此|正值|适逢|恰逢|迎接|喜迎|继|针对|鉴于|面对|对照|结合)")
_NEXT_DAY_HELD = re.compile(r"[，,]\s*(?P<day>次日|翌日|第二天)(?P<part>上午|下午|晚上|晚)?[^，。；]{0,30}?(?:召开|举行|举办|主持)")
_HELD_OR_ENDED = re.compile(f"(?:{_OPENING_VERBS}|闭幕|落幕|结业|结束)(?!(?:之|以)?[后前])")
# (not 在10月1日…75周年之际, 值此…之际: on the day itself)
_OCCASION_AHEAD = re.compile("即将|前夕|到来|来临")
# A lead clause welcoming a day ahead (为迎接7月1日建党节, 喜迎5月4日青年节): the day is the occasion's, still to come.
_WELCOMING_LEAD = re.compile(r"\s*(?:为了?)?(?:迎接|喜迎)")
# A day followed by its eve or its coming (7月1日前夕, 5月1日劳动节即将到来): the meeting was held before it.
_EVE_AFTER_DATE = re.compile("(?P<gap>[^，。；,;\\d]{0,10}?)(?:前夕|即将到来|即将来临)")
# The festivals' names, longest first so that a name is not cut at a shorter one inside it, and the numbers that name
# some of them (七一, 五四): shared by the date_text of an eve (_PERIOD) and the day of a festival (_FESTIVAL).
_FESTIVAL_ALT = "|".join(sorted(FESTIVALS, key=len, reverse=True))
_FESTIVAL_NUMBER_ALT = "|".join(FESTIVAL_NUMBERS)
# A festival opening the account right after a dateline, a clause of its own (…讯 元旦，…; …电 一九九八年元旦上午，…;
# …讯（记者 王某）春节前夕，… is its eve, read by festival_of's own rules).
_FESTIVAL_OPENS_ACCOUNT = re.compile(r"[\s　]*(?:[（(][^（）()\n]{1,24}[）)])?[\s　]*"
                                     r"(?P<festival>(?:(?:19|20)\d{2}年|[一二][〇○零一二三四五六七八九]{3}年)?(?:" + _FESTIVAL_ALT + "))"
                                     r"(?:当天|这天|当日|之夜)?(?:上午|下午|晚上|晚)?[，,]")
# A festival named between a day and its eve (9月28日国庆前夕, 6月30日“七一”前夕, 5月8日母亲节前夕): the day is the
# meeting's, unless it is that festival's own fixed day (7月1日“七一”前夕, 10月1日国庆节即将到来).
_FESTIVAL_SOLAR_DAYS: dict[str, tuple[int, int]] = {
    **{name: (month, day) for name, (month, day, lunar) in FESTIVALS.items() if not lunar},
    **{number: FESTIVALS[name][:2] for number, name in FESTIVAL_NUMBERS.items()},
    **{short: FESTIVALS[short + "节"][:2] for short in FESTIVAL_SHORT_NAMES if not FESTIVALS[short + "节"][2]},
    **COMMEMORATIVE_DAYS,
}
_FESTIVAL_IN_GAP = re.compile(
    "|".join(sorted(set(_FESTIVAL_SOLAR_DAYS) | set(FESTIVALS) | set(FESTIVAL_SHORT_NAMES), key=len, reverse=True))
    + "|[\u4e00-\u9fff]{1,4}节"
)
_MONTH_DAY_END = re.compile(r"(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]$")
# Not the start of a span or a time since (3月以来, 去年5月至今, 5月起, 3月前): a time of a state of things, or a
# deadline, no time of a meeting held.
_NOT_A_SPAN_START = "(?!\\s*(?:以来|以后|之后|起|开始|至|到|前|[\\-—~－～]))"
# A part of a month, a month alone or a festival's eve (本月初, 上月底, 6月上旬, 2024年5月下旬, 今年3月, 去年12月份,
# 元旦前夕, 春节前夕): a period with no day in it, kept as written (GUIDELINES §3: date null, date_text as written).
# (not 今年3月以来, 6月上旬起, 本月底前: the start or the end of a stretch of time, no time anything was held)
_PERIOD = (
    "(?:(?:本|上个?|这个?)月(?:初|底|末|中旬|上旬|下旬)"
    # (前不久, 上周, 上周末, 上个月, 年初: a recent stretch, no day; not 上周五, a day, nor 上月28日)
    # (…研讨会最近在北京举行: 最近 right before the place of holding, as before the verb, GUIDELINES §3 thirty-fifth round)
    "|前不久|不久前|最近(?=[，,]|(?:在[^，。；在]{1,12}?)?(?:召开|举行|举办))"
    # (连日来在京举行的…会议: the recent days the meeting runs over, right before the place or the verb of holding, a vague
    # time kept as written like 最近, GUIDELINES §3 thirty-eighth review round; not 连日来，各地…: a stretch of the account)
    "|连日来(?=(?:在[^，。；在]{1,12}?)?(?:召开|举行|举办))"
    # (为纪念…，最近江城大学在…举办了…研讨会: 最近 opening its clause, the subject and the verb of holding after it; not
    # 最近一次, 最近几年, 最近的: the latest of several, a stretch)
    "|(?:(?<=[，,。；：:])|^)最近(?![一几两三四五六七八九十的来期些])(?=[^，。；]{2,30}?(?:召开|举行|举办))|(?:上|本|这)(?:周|星期)(?:末)?(?![一二三四五六日天])|上个?月(?![\\d一二三四五六七八九十廿卅初底末中上下份])"
    # (周末，…: a weekend leading its clause, Saturday or Sunday; not 利用周末, 周末加班)
    "|(?<![\u4e00-\u9fff])周末(?=[，,])"
    "|(?:今年)?(?:年初|年中|年底)|(?<![本上这个\\d一二三四五六七八九十])月(?:初|底)"
    "|(?<![\\d年])(?:(?:19|20)\\d{2}年|" + _RELATIVE_YEAR + ")?\\d{1,2}月(?:上旬|中旬|下旬|初|底|末)"
    "|" + _RELATIVE_YEAR + "\\d{1,2}月份?(?![\\d份日号])"
    # (去年十二月舉行的…會議: the month in Chinese numerals after its year word, as Traditional copy writes it)
    "|" + _RELATIVE_YEAR + "(?:十[一二]?|[一二三四五六七八九])月份?(?![\\d份日号一二三四五六七八九十廿卅初])"
    # (a festival, 元旦, 春节, or its numbers, “七一”, 五一; a commemorative day's eve, 国家宪法日前夕, is left
    # out: tests/extract/meetings/test_meeting_days_without_month_and_ranges.py keeps no date_text for it)
    # (国庆前夕, 中秋佳节前夕: a festival's short name, 佳节 after it or not)
    # (元旦刚过，…就召开…: a festival just past, a vague day kept as written like 前不久, GUIDELINES §3 thirty-fourth round)
    "|(?:" + _FESTIVAL_ALT + "|(?:" + "|".join(FESTIVAL_SHORT_NAMES) + ")(?:佳节)?"
    + "|[“\"]?(?<![\\d一二三四五六七八九十第])(?:" + _FESTIVAL_NUMBER_ALT + ")[”\"]?)(?:前夕|刚过))"
    + _NOT_A_SPAN_START
)
# (first_char_gated: the same matches without trying every alternative at every position; see regex_gate)
_PERIOD_DATE = first_char_gated(_PERIOD)
# A season word between a year and its month (去年早春二月, 1997年深秋十月): the month still as written.
_SEASON = "(?:(?:早|初|仲|暮|晚|盛|深|金|隆|寒)?[春夏秋冬]季?)"
# A month told alone, with its year or none (2023年12月，…召开; 3月，…召开; 3月召开的…): date null, the month as written
# (GUIDELINES §3 sixteenth review round); a bare month only right before the comma or the verb that opens its clause (not
# 3月在…, 3月15日). Read only for the date_text of a meeting that has none, not where a period tells a later mention
# from the main meeting.
_MONTH_ONLY = re.compile("(?:(?<![\\d年])(?:19|20)\\d{2}年" + _SEASON + "?\\d{1,2}月份?(?![\\d份日号])"
                         # (一九九七年九月，…参加…; 1997年九月: the year and month in Chinese numerals, as the newspaper
                         # writes them, GUIDELINES §3 sixteenth review round; not 一九九七年九月五日, a day)
                         "|(?<![\\d一二三四五六七八九十〇○零年])" + _BRACKETED_YEAR + _SEASON + "?(?:十[一二]?|[一二三四五六七八九])月份?"
                         "(?![一二三四五六七八九十廿卅初日号份\\d])"
                         "|(?<![\\d年月日一二三四五六七八九十第每])\\d{1,2}月份?(?=[，,]|召开|举行|举办)"
                         # (三月，县委召开…, 去年十二月召开…: a month in numerals, at a clause's opening only; not 五月花集团,
                         # 三月三文化研究会: a name going on, nor 十三月: no month)
                         "|(?<![^，,。；！？\\s])(?:" + _RELATIVE_YEAR + _SEASON + "?)?(?:十[一二]?|[一二三四五六七八九])月份?(?=[，,]|召开|举行|举办)"
                         # (一百一十三年十一月召開: a month with an ROC year in Chinese numerals, GUIDELINES §3 seventeenth
                         # review round; not 一百一十三年十一月五日, a day)
                         "|(?<![一二三四五六七八九十〇○零\\d])" + _ROC_CN_YEAR + "年(?:十[一二]?|[一二三四五六七八九])月份?"
                         "(?![一二三四五六七八九十日号份\\d]))"
                         + _NOT_A_SPAN_START)


def _no_day(date_text: str | None) -> bool:
    """No date_text, or a period only (本月初, 七一前夕): a day stated elsewhere on the page (本次大会于6月30日上午…,
    时间：…, the headline's) still gives the meeting's date."""
    return date_text is None or _PERIOD_DATE.fullmatch(date_text) is not None or _MONTH_ONLY.fullmatch(date_text) is not None


# The month a month-only date_text writes (1995年9月, 去年10月, 一九九七年九月, 去年早春二月, 11月中旬).
_WRITTEN_MONTH = re.compile(r"(?P<month>十[一二]?|[一二三四五六七八九]|(?<!\d)\d{1,2})月")


def outside_written_month(date_text: str | None, told: str | None) -> bool:
    """Whether the day ``told`` (ISO) found elsewhere on the page falls in another month than the one the meeting's
    own clause writes with no day (``date_text``): ``1991年7月8日，…签署…。1995年9月，…来京参加…大会`` — the
    sentence before dates another act, the meeting keeps 1995年9月 (GUIDELINES §3 date: only the day of the clause
    that holds the meeting; sixteenth review round: a meeting told by its month only keeps the month as written)."""
    if date_text is None or told is None or not _no_day(date_text):
        return False
    written = _WRITTEN_MONTH.search(date_text)
    month = written and parse_number(written["month"])
    return bool(month) and int(month) != dt.date.fromisoformat(told).month


def _dated_over(meeting: dict[str, Any], told: tuple[str | None, str | None, str | None]) -> tuple[str | None, str | None, str | None]:
    """The date ``told`` elsewhere for a ``meeting`` with no day of its own: over a period (七一前夕) only when
    it gives a day, and over a month written alone only with a day in that month."""
    if meeting["date_text"] is not None and (told[0] is None or outside_written_month(meeting["date_text"], told[0])):
        return meeting["date"], meeting["date_text"], meeting["time_of_day"]
    return told


def period_of(sentence: str, months: bool = False) -> str | None:
    """The first period in ``sentence`` that dates its meeting (see :func:`_period_of_holding`), as written; with
    ``months``, a month told alone (_MONTH_ONLY) as well."""
    found = [m for m in _PERIOD_DATE.finditer(sentence) if _period_of_holding(sentence, m)]
    if months:
        found += [m for m in _MONTH_ONLY.finditer(sentence) if _period_of_holding(sentence, m)]
    return min(found, key=lambda m: m.start()).group() if found else None


# Fixed patterns of _period_of_holding.
# (随后，即去年10月，…举行了协商会: 即/也就是 restating the time just told, as 此前 and 当时 lead it)
# (直到去年12月初，在…会议上，…; 早在今年3月中旬，…召开: a word stressing the time, early or late, that it leads)
_TIME_STRESSED = "直到|一直到|直至|早在|就在|到了"
_LEADING_THEN_AT = re.compile(r"^\s*(?:此前|当时|即|也就是|" + _TIME_STRESSED + r")?[，,]?\s*(?:在|于)?")


def _period_of_holding(sentence: str, m: re.Match[str]) -> bool:
    """Whether the period ``m`` opens its clause (本月初，…召开; 在元旦前夕，) or stands in the clause that holds the
    meeting (县委于本月初召开…); not 工党自去年5月上台以来…: the time of something else told in passing."""
    start, end = clause_bounds(sentence, m.start())
    return not _LEADING_THEN_AT.sub("", sentence[start : m.start()]) \
        or _HELD_VERB.search(sentence, start, end) is not None
# Of those, a period rather than a day (近期, 近段时间): it often leads a state of things, not an act on a day.
_VAGUE_PERIOD = re.compile("近期|近一?段时间")
_REPORTER_LEARNT = re.compile(_REPORTER_SOURCE + r"[，,：:]?")
# A date that opens the sentence right before the reporter's clause (3月8日，记者从…获悉: the day learnt).
_DATE_THEN_REPORTER = re.compile(r"\s*(?:上午|下午|晚上)?[，,]?\s*$")
# A purpose run into the account with no comma (为做好今年防汛工作5月7日上午县政府在…召开…会议): the 为-phrase
# up to the first date, which must open the account (checked by the caller).
_PURPOSE_BEFORE_DATE = re.compile(r"^\s*为了?[^，。；]{2,30}?(?=\d{1,2}月\d{1,2}日)")
# The agent written between that date and its verb (5月7日上午县政府在…召开): with none (为民服务中心5月7日召开…),
# the 为-phrase before the date is the agent itself, a body's name.
_AGENT_AFTER_DAY = re.compile(r"(?:上午|下午|晚上|晚|早上|中午)?(?!在|于|召开|举行|举办|开班)[\u4e00-\u9fff]")
# The 电 or 讯 right after a date: the date is a dateline's (新华社南京3月5日电, 本报上海10月30日讯), also with the
# city after the date (江城日报网5月21日江城讯, 央广网3月2日北京消息: as _DATED_DATELINE reads them).
# A reporter's byline right after a dateline (新华社记者陈某、本报记者王某报道：), no part of the account it opens.
_BYLINE_LEAD = re.compile(r"\s*(?:[^，。；：:\n]{0,40}?记者[^，。；：:\n]{1,40}?报道[：:，,]?)?\s*")
_DATELINE_AFTER_DATE = re.compile(r"\s*(?:电|讯|[\u4e00-\u9fff]{1,4}(?:讯|消息)(?=[\s　（(：:]))")
# A full date set off by a closing bracket or a space before a relative day that opens the account ((2026年8月12日）前天，…
# 召开, 2026年8月12日 昨天上午，…): the report's own date line, the day word read against it like a dateline's.
_DATE_LINE_BEFORE_DAY = re.compile(r"(?:[）)][ 　]*|[ 　]+)(?=(?:今天|今日|昨天|昨日|前天)(?:上午|下午|晚上)?[，,])")
#: A sentence that a relative day is read in must hold this many characters beyond the day (a bare 今天
#: passed on its own cannot be placed in the text); a clause of holding is longer than that.
MIN_SENTENCE_BEYOND_DAY = 4
#: A vague date this close after a dateline (新华社北京1月8日电（记者 王某） 近日，…) opens the report.
DATELINE_GAP = 24
# 今天(10月15日), 今晚（七月一日）: the date in brackets, which is the one read
_TODAY_BRACKETED = re.compile(
    rf"(?={_DAY_BEFORE_BRACKETS}{_DAY_NUMBER}日[）)])[^（(]+[（(](?P<date>(?:(?:{_BRACKETED_YEAR})?{DATE_NUMBER}月)?{_DAY_NUMBER}日)[）)]"
)
# (今日（九日）: the day of the month inside those brackets)
_BRACKETED_DAY = re.compile(r"[\d一二三四五六七八九十廿卅]{1,3}日")
_WEEKDAY_REF = re.compile(r"(?P<w>上|本|这)?(?:周|星期|礼拜)(?P<d>[一二三四五六日天])")
# (去年的12月4日: 的 may join the year word to the date, GUIDELINES §3 thirty-seventh review round)
_PRIOR_YEAR = re.compile("(?:去年|前年)的?$")
# The verbs that set targets (会议要求…, 提出…目标, 明确…) and those that lay out a year's work (部署/谋划/安排2025年工作):
# one vocabulary for a year planned right after them (_YEAR_PLANNED), a stock told as a target (_STOCK_PLANNED) and a
# year-end meeting's plan year (_SETS_PLAN), so a verb added for one is not missed by the others.
_SETS_TARGETS = "要求|提出|明确"
_SETS_WORK = "部署|谋划|安排"
_YEAR_PLANNED = re.compile(rf"(?:{_SETS_WORK})((?:19|20)\d{{2}})年")
# The verbs of summing up a period (总结2023年工作, 回顾2023年): shared by the year summed beside a year planned and the
# year reported on (_YEAR_REPORTED), so both read the same look back.
_SUMMING_UP = "总结|回顾"
_YEAR_SUMMED = re.compile(r"(?:" + _SUMMING_UP + r")((?:19|20)\d{2})年")
# (早在2019年，我市就…: a year told as history, earlier than the report)
# (其中十五个曾在一九九五年获得过…, 他曾经在1995年…: a holder's past told with 曾, its history and no evidence of the
# report's year, GUIDELINES §3 eighteenth review round)
_RECALLED_BEFORE = re.compile("(?:巩固|拓展|纪念|延续)[^，。；]{0,4}$|早在$|曾经?在?$")
# 2018年，该镇首次引进葡萄种植，如今已成为支柱产业: a year set against today later in its sentence, the past of the
# story; not the report's year (GUIDELINES §3: a sentence about an earlier year's history is background).
_THEN_AND_NOW = re.compile("[^。！？\n]*?[，,；;](?:而|并且?|现)?(?:如今|现如今|而今|时至今日)")
_SPAN_AROUND = re.compile(r"(?:年)?\s*[—\-–~至到]\s*(?:19|20)\d{2}")
# (2019-2021年“两优一先”表彰: a span's end is its last year reviewed; 2025年—2027年…行动方案: a plan ahead)
_PLAN_AFTER = re.compile("[^，。；]{0,16}?(?:规划|方案|计划|行动|纲要)")
_SPAN_BEFORE = re.compile(r"(?:19|20)\d{2}年?\s*[—\-–~至到]\s*$")
_SINCE_BEFORE = re.compile("[从自于]$")
# 2022年以来, 确保2025年底前, 1949年入党的老党员: a period, a deadline, a life's event; not the year of the report.
_NOT_THE_YEAR_AFTER = re.compile(
    # (2025年前完成: before that year; not 2024年前三季度, 前5个月, 前半年: the first part of it)
    r"(?:底|末)?前(?![一二三四五六七八九十两几\d]|半)|(?:底|末|初)?(?:以来|之前|以前|起|至今|到期)"
    # (书记甲1993年曾在外省任职, 1931年出生: a life's events)
    "|曾(?:在|任|经|担任|是|获)|就任|任职(?!仪式|典礼)|毕业(?:于|后|时)|出生|生于"
    "|(?:入党|出生|参加工作|参军|入伍|退休|去世|逝世|成立|创办|创建|建成)(?=的|，|,|。|后|以来|时|并)"
    # (张某1931年5月12日在北京逝世, 1931年5月出生于…: a birth or a death, its day and place between)
    "|" + LIFE_EVENT_AFTER_YEAR)
_CN_YEAR = re.compile("([一二][〇○零一二三四五六七八九]{3})年")
# A clause about the future: its year is no evidence of the report's own.
# (会议提出到2005年…: a target year; 会议要求到2025年底全面完成…: a deadline, what is due running on in the clause)
# (not 到1997年底，全省已达…, 到2023年底全市已建成…: a stock counted when the year was over, the clause ending at 年底
# or holding 已, read by _STOCK_AT_YEAR_END below; the pattern is searched within a clause, so it looks no further)
# (not 明确2024年工作目标, 力争2024年…: the current year's aims)
# (到1997年年底，…: the year's end written in full, 年年底, read as 年底)
_FUTURE_CLAUSE = re.compile(r"到期|到(?=(?:19|20)\d{2}年(?:(?!年?[底末])|年?[底末](?=[^。；，,\s])(?![^。；，,]{0,30}?已)))")
# The words telling a stock counted at a year's end (到2023年底全市累计建成…, 到2023年底为止，全市共建成…, 到2023年底共发放…);
# all but 已 also open a target's tally (会议要求，到2025年底累计建成…), read by _stock_told with the sentence's plan words.
_STOCK_WORDS = "已|累计|共计?(?!同)|总计"
_STOCK_TOLD = re.compile("年?[底末](?:为?止|[^。；！？\n]{0,30}?(?:" + _STOCK_WORDS + "))")
# The words of a plan or a target around such a stock (会议要求…, …的目标, 力争…): the year is a deadline ahead.
# 将 and 要 as words of a plan, not inside another word (将近, 将军, 主要, 需要, 重要, 要求), shared by the plan readers.
_PLAN_MODAL = NOT_JIANG_PLACE + "将(?![近军])|(?<![需只主重纲])要(?!求)"
_STOCK_PLANNED = re.compile(_SETS_TARGETS + "|部署|目标|任务|计划|" + _PLAN_MODAL + "|力争|确保|争取|预计|拟|务必|必须|届时")
# A target or a plan before a year (力争2027年…, 至2035年建成, 备战2028年奥运会, 团市委将在2026年培养…, 预计2026年…,
# 届时2027年全运会), in the year's clause or an earlier clause of its sentence: a year ahead, no evidence of the
# report's own year (not 截至1997年底, 1930年至1931年: a stock, a span; not 要求/要: 会议要求，2024年要在…取得突破,
# nor 1998年宗教界将…: the current year's work; but 争取在1998年内完成 is a target like the others).
_TARGET_BEFORE_YEAR = re.compile("(?:(?<![截直年\\d])至|力争|争取|确保|预计|计划于?|将于?|拟于?|备战|筹备|申办)$")
# 确保/务必/保证 right before a year (确保2024年…): with the year's targets to be finished after it, read by
# _year_ahead_or_past at a year-end meeting as the year closing (not 力争/争取/预计: an aim or a forecast ahead).
_YEAR_TO_FINISH_BEFORE = re.compile("(?:确保|务必|保证)$")
_FUTURE_IN_SENTENCE = re.compile("(?<![即必])" + NOT_JIANG_PLACE + "将(?![军领士帅来近])|预计|届时|力争|争取|拟(?:于|在|将)")
# 比2022年增长, 较1996年下降, 与2019年相比: a comparison's base year, always before the report's own
_BASE_BEFORE_YEAR = re.compile("(?:比|较|与|同)$")
# 1996年从某厂下岗的王某, 2019年从部队转业: a person's past move, no year of the report
_PERSONAL_MOVE_AFTER_YEAR = re.compile("从[^，。；,;！？\n]{1,14}?(?:下岗|转业|退伍|退休|毕业|辞职|调[入出来到])")


# 团市委将通过举办培训班等措施，2026年培养…: the means a plan will use, then the year it reaches its aim in, a clause
# of its own: a year ahead (GUIDELINES §3: a year given only for a plan is no evidence of the meeting's); not
# 他们说，1998年宗教界将…, nor …明天将分组座谈，1998年…的发布…: a clause before that plans no means.
_PLAN_MEANS_BEFORE = re.compile(NOT_JIANG_PLACE + r"将(?:通过|采取|借助|依托|利用)[^。！？\n]{1,60}?[，,]\s*$")


# 1999年新中国成立50周年大庆和2000年…第六届中国艺术节上，…都要拿出…, 2000年奥运会上，我国选手要…: a celebration, a festival or
# a games of a year, at which the sentence tells what is to be done: an event ahead, its year given only for a plan
# (GUIDELINES §3: no evidence of the meeting's year); not 1998年全省经济工作会议上，…要…: a meeting of the year, perhaps the
# one reported; nor 1997年全运会上，…打破了…: the event told as held.
FESTIVE_EVENTS = ("节", "大庆", "庆典", "奥运会", "亚运会", "全运会", "运动会", "博览会", "世博会", "锦标赛", "世界杯")
_FESTIVE_EVENT_AT = re.compile("(?P<event>[^，,。；！？\n]{0,40}?(?:" + "|".join(FESTIVE_EVENTS) + "))(?:上|期间)[，,]")
# (1998年春节期间，全市将增开公交线路: a holiday of the calendar, the current year's days, not an event ahead)
_CALENDAR_FESTIVAL_END = re.compile("(?:" + _FESTIVAL_ALT + ")$")
_PLAN_MODAL_WORD = re.compile(_PLAN_MODAL)


def _year_ahead_or_past(text: str, start: int, end: int, late: bool = False) -> bool:
    """Whether the year written at ``start`` (``end`` after its 年) is a target or plan ahead (see
    _FUTURE_IN_SENTENCE), a comparison's base year, or a person's past move: years that say nothing of
    when the report is. At a meeting ``late`` in the year (November or December) a year whose targets are to be
    finished (确保2024年各项目标任务圆满完成) is the year closing, not one ahead (GUIDELINES §3 nineteenth review round)."""
    if late and _YEAR_TO_FINISH_BEFORE.search(text, max(0, start - 4), start) and _TARGETS_MET_AFTER_YEAR.match(text, end):
        return False
    if _TARGET_BEFORE_YEAR.search(text, max(0, start - 4), start) or _BASE_BEFORE_YEAR.search(text, max(0, start - 1), start):
        return True
    if _PERSONAL_MOVE_AFTER_YEAR.match(text, end):
        return True
    if (event := _FESTIVE_EVENT_AT.match(text, end)) and not _CALENDAR_FESTIVAL_END.search(event["event"]) \
            and _PLAN_MODAL_WORD.search(text, event.end(), end_before(text, event.end(), "。！？\n")):
        return True
    clause_start = clause_bounds(text, start)[0]
    if _FUTURE_IN_SENTENCE.search(text, clause_start, start):
        return True
    # (…我国将选派…，同时兼顾培养一批2000年奥运会的…: inside the action a sentence plans; not a year opening
    # its clause, the topic of what follows: …明天将分组座谈，1998年国内体育竞赛项目的发布…, 他们说，1998年宗教界将…)
    sentence_start = start_after(text, start, "。！？\n")
    if _PLAN_MEANS_BEFORE.search(text, sentence_start, start):
        return True
    return bool(text[clause_start:start].strip()) and _FUTURE_IN_SENTENCE.search(text, sentence_start, start) is not None


# What closes a year written as a deadline or a cutoff (到1997年底, 截至1997年末, 到1997底): its end, read right after the
# year by _stock_told and _deadline_planned (one constant, the cr35 review's C4).
_YEAR_END_AFTER = ("底", "末", "年底", "年末")
_BEFORE_YEAR_END = re.compile("年?[底末](?:前|之前|以前)")
# 到1997年底，…已达: a stock taken after the year ended (early in the next one)
# (not 到2024年底完成: a deadline, which _FUTURE_CLAUSE reads as a year ahead)
_STOCK_AT_YEAR_END = re.compile("年?(?:底|末)[^。；]{0,30}?已")


def _stock_told(text: str, year: re.Match[str]) -> bool:
    """Whether ``year`` (after 到/截至) is the end of a stock counted with a word of its own (到2023年底全市累计建成…,
    到2023年底为止，全市共建成…), or a cutoff at its end whatever the verb (截至1997年底，全国…达到2090元: 截至 never
    opens a target), in a sentence that states no plan or target: a look back at the year, as with 已."""
    # (_STOCK_BEFORE is at most three characters ending at the year: searched over those alone, not the whole text
    # before it, as this runs for every year of the page at every meeting)
    cutoff = _CUTOFF_BEFORE.search(text, max(0, year.start() - 3), year.start()) \
        and text.startswith(_YEAR_END_AFTER, year.end())
    if not (cutoff or _STOCK_TOLD.match(text, year.end())) or not _STOCK_BEFORE.search(text, max(0, year.start() - 3), year.start()):
        return False
    sentence_start = start_after(text, year.start(), "。！？\n")
    sentence_end = end_before(text, year.end(), "。！？\n")
    return _STOCK_PLANNED.search(text, sentence_start, _governed_end(text, year, sentence_end)) is None


def _deadline_planned(text: str, year: re.Match[str]) -> bool:
    """Whether ``year`` (after 到/截至, its end: 到1999年底，…) is a deadline in a sentence that sets a plan or a target
    (会议要求，到1999年底，全国贫困人口减少到四千万): a year ahead, no evidence of the meeting's (GUIDELINES §3 eighteenth and
    nineteenth rounds: a year given only for a plan or a target), also when the plan word is in an earlier clause.
    Only the clauses up to the one the deadline governs are read (到1997年底，全市已建成…，今年要再建…: the plan of a
    later clause is another year's, the stock a look back; the cr35 review's A3)."""
    sentence_start = start_after(text, year.start(), "。！？\n")
    sentence_end = end_before(text, year.end(), "。！？\n")
    governed_end = _governed_end(text, year, sentence_end)
    # (1998年年底前，…, 在1998年年底之前，…: the deadline told by 前/之前/以前 after the year's end, with no 到 before it;
    # not 1997年年底前已完成…: a task told done with 已 by then, a look back; the cr35 review's B12)
    deadline = _STOCK_BEFORE.search(text, max(0, year.start() - 3), year.start()) and text.startswith(_YEAR_END_AFTER, year.end()) \
        or _BEFORE_YEAR_END.match(text, year.end()) and "已" not in text[year.end() : governed_end]
    return bool(deadline) and _STOCK_PLANNED.search(text, sentence_start, governed_end) is not None


def _governed_end(text: str, year: re.Match[str], sentence_end: int) -> int:
    """The end of the clause a year-end ``year`` governs (到1997年底，全市已建成…: the clause after the year's own), at
    most ``sentence_end``: a plan word in a later clause (…，今年要再建…) is another year's."""
    own_end = end_before(text, year.end(), CLAUSE_MARKS)
    return min(sentence_end, end_before(text, own_end + 1, CLAUSE_MARKS)) if own_end < sentence_end else sentence_end


# 2023年，公司实现利润总额18.6亿元: a sentence opening with a year, then what was achieved in it (a look back, as a
# stock at the year's end is), with no target or plan in the sentence (2024年，公司力争实现…: ahead)
# (not 2024年，全县一季度完成…, 2024年，公司1-4月实现…, 2024年，全县实现良好开局: a part of the year, the current one)
# (2024年，截至目前全院共受理…, 2024年，春节期间全县共接待…: the year so far, or a period inside it)
_PART_OF_YEAR = (r"[一二三四1-4第]季度|首季|上半年|前[一二三四五六七八九十\d]{1,2}个?月|[1一][-—－~至][\d二三四五六七八九十]{1,2}月|开局|开门红|年初|以来"
                 "|截至|截止|至今|目前|期间|假期")
# (2025年，全院共受理案件6832件, 2025年全年共破获刑事案件1126起, 该监狱2025年共办理…: the year's tally of cases
# handled, work done or money paid, a look back at it as well; the year is followed at once by a comma, 全年 or the
# tally: not 2024年1月，全院共受理…, 2024年春节期间，全县共接待…, 全县2024年打击整治行动中，共破获…: a month, a holiday or
# a campaign of the year, the current one)
# (１９９８年全省预期达到增长１０％, 有望实现…, 的目标是达到…: a target for the year, ahead as well; not 达到了预期目标: the target
# met, a look back)
_TARGET_AHEAD = "有望|预期(?!目标|的)|目标[是为]"
# (1997年，他们…明确了…总体目标和主要任务: a target or a plan told as the object of what was done, a perfective 了 before it
# in its clause, and 要/将 inside another word (主要, 需要, 将近) are no plan ahead; the plan words are read as _PLAN_MODAL
# reads them)
_PLAN_NOUN_AHEAD = "(?:[^。；！？\n]*[，,])?[^了，,。；！？\n]*(?:目标|计划)"
_YEAR_AHEAD_OR_PART = ("(?![^。；！？\n]*(?:力争|确保|预计|争取|" + _PLAN_MODAL + "|" + _TARGET_AHEAD + ")|" + _PLAN_NOUN_AHEAD + ")"
                       "(?![^。；！？\n]*(?:" + _PART_OF_YEAR + "))")
_TARGET_IN_CLAUSE = re.compile(_TARGET_AHEAD)
_YEAR_TALLY_VERB = "(?:受理|办理|审结|办结|执结|破获|侦破|查处|批准|提起|发放|接警|调处|调解|化解|救助|接待|诊疗|开展|举办)"
# (１９９７年全省国内生产总值达到…, １９９７年该行共发放…: the whole place or the body told right after the year, no comma
# between, is the subject of what was achieved in it, as a comma would set it off)
_YEAR_WHOLE_SUBJECT = "(?:全[省市县区国行厂]|该[省市县区行厂])"
# (１９９７年世界旅游总收入达4482亿美元, 1997年，中英双边贸易额保持增长势头, 1997年全球跨国旅游人数为6.2亿人，比上一年度
# 减少3.8%: the year opening its sentence, then the subject of its clause and a whole-year outcome, a figure reached or a
# change over the year before; read only where the year opens what is told and in a meeting's first quarter, when a
# whole year's figures can only be the last year's: see _year_looked_back)
YEAR_OUTCOMES = ("完成", "实现", "达到", "取得", "超额", "增长", "增加", "下降", "减少", "上升", "突破", "超过", "保持", "共有",
                 "缴获", "查获")
_YEAR_OUTCOME = "(?:" + "|".join(YEAR_OUTCOMES) + "|(?:达|为)(?=[\\d一二三四五六七八九十两]))"
_YEAR_OUTCOME_TOLD = re.compile("[，,]?" + _YEAR_AHEAD_OR_PART + "[^，,。；！？\n]{1,16}?" + _YEAR_OUTCOME
                                # (1997年，他们以…为重点，大打攻坚战，进一步理清了思路; 1997年，海关征税…共978亿元: the year set off
                                # by a comma, then what was done in it, in the perfective or as a tally, anywhere in the sentence)
                                + "|[，,]" + _YEAR_AHEAD_OR_PART + "[^。；！？\n]{1,60}?(?:了|共计?(?=[\\d一二三四五六七八九十两]))")
_YEAR_ACHIEVED = re.compile("(?:[，,]|(?=" + _YEAR_WHOLE_SUBJECT + "))" + _YEAR_AHEAD_OR_PART
                            + "[^。；！？\n]{0,40}?(?:完成|实现|达到|取得|超额)"
                            + "|(?:全年[，,]?|[，,]|(?=" + _YEAR_WHOLE_SUBJECT + "?共计?" + _YEAR_TALLY_VERB + "))"
                            + _YEAR_AHEAD_OR_PART
                            + "[^。；！？\n]{0,20}?(?P<tally>共计?)" + _YEAR_TALLY_VERB)
# A speaker's words opening with the year (…在仪式上说，１９９７年该行共发放…; 他指出：2023年，全县实现…): the year opens
# what is said as it would open a sentence of the report (GUIDELINES §3 tenth review round: a year a speaker looks back on).
_SPEECH_LEAD = re.compile(f"(?:{SPEECH_VERBS}|介绍|透露)[：:，,]$")
# 据初步统计，1997年…, 据了解，…, 由于受…的影响，1997年…: a source or a cause opening the sentence before the year opens what is
# told as a speaker's words do, also after them (他指出，由于…，1997年…).
_SOURCE_LEAD = re.compile("(?:据[^，,。；]{0,10}|由于[^，,。；]{1,24})[，,]$")
# 新华社济南1月8日电 （记者王某）1997年，全省…: a wire item's dateline, and its reporter's credit, before the year that opens
# the report proper: the year still opens what is told (GUIDELINES §3, a year looked back on early in the year).
_WIRE_LEAD = re.compile(r"\s*[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[（(]记者[^（()）]{1,20}[）)])?\s*")
#: The longest subject of a clause before the year of its tally (该监狱2025年共办理…, 全院2025年共受理…).
TALLY_SUBJECT_MAX = 6


# 欢庆1997年一系列重大胜利, 1997年的成绩来之不易, 回顾1997年取得的成就: the gains of a year named as a whole, the year told as
# gone by (GUIDELINES §3 twenty-fifth round, 1997年是…取得初步成效的一年); not a target (确保1998年取得更大成绩, dropped before
# the vote as a year ahead), nor a part of the year (1997年上半年的成绩).
YEAR_GAINS = ("胜利", "成就", "成绩", "成果", "业绩")
_YEAR_GAINS_NAMED = re.compile(_YEAR_AHEAD_OR_PART + "(?:来|的|所|中)?[^，,。；！？\n\\d]{0,8}?(?:" + "|".join(YEAR_GAINS) + ")")


def _year_looked_back(text: str, year: re.Match[str], first_quarter: bool = False) -> bool:
    """Whether ``year`` is looked back at: it is told as a year gone by (1997年是…取得…的一年), it opens its sentence
    with what was achieved in it (2023年，公司实现…), or a short subject before it opens the clause of its tally
    (据了解，该监狱2025年共办理减刑假释案件986件). At a meeting in the ``first_quarter`` any whole-year outcome told
    after the year (_YEAR_OUTCOME_TOLD: 1997年世界旅游总收入达…, 增长, 减少…) reads so too, and so do the year's gains
    named as a whole wherever the year stands (_YEAR_GAINS_NAMED: 欢庆1997年一系列重大胜利)."""
    if _YEAR_IS_LOOKED_BACK.match(text, year.end()) or first_quarter and _YEAR_GAINS_NAMED.match(text, year.end()):
        return True
    done = _YEAR_ACHIEVED.match(text, year.end())
    if done is None and not (first_quarter and _YEAR_OUTCOME_TOLD.match(text, year.end())):
        return False
    sentence_start = start_after(text, year.start(), "。！？\n")
    if sentence_start == year.start() or _lead_before(text, sentence_start, year.start()):
        return True
    # (a whole-year outcome not opening what is told reads as no look back; a tally may follow a short subject)
    subject = text[start_after(text, year.start()):year.start()]
    return done is not None and done["tally"] is not None and len(subject) <= TALLY_SUBJECT_MAX \
        and not any(ch.isdigit() for ch in subject)


def _lead_before(text: str, sentence_start: int, year_start: int) -> bool:
    """Whether what stands between the sentence's start and the year is a lead that opens what is told: a speaker's verb
    (…说，), a source or a cause (据初步统计，, 由于…的影响，, also after a speaker's verb) or a wire dateline."""
    if _SPEECH_LEAD.search(text, sentence_start, year_start) or _WIRE_LEAD.fullmatch(text, sentence_start, year_start):
        return True
    lead = _SOURCE_LEAD.search(text, sentence_start, year_start)
    return lead is not None and (lead.start() == sentence_start or _SPEECH_LEAD.search(text, sentence_start, lead.start()) is not None)
# 1997年12月18日，…, 1997年12月中旬, 1997年11月以来: a month of the last quarter (not 1998年12月底前完成,
# 10月20日前: a deadline)
_LATE_MONTH_AFTER_YEAR = re.compile(r"(?:1[012]|十[一二]?)月(?:\d{1,2}日|[一二三]?十?[一二三四五六七八九十]日)?(?:上旬|中旬|下旬|底|末|初)?"
                                    r"(?!前|以前|之前|止)")


# 5月6日…传达了2023年12月中央经济工作会议精神: a relayed event's year and month, the month later than the meeting's: the
# meeting is in the next year (GUIDELINES §3 eighteenth review round); a relaying verb just before the year.
_RELAYED_BEFORE_YEAR = re.compile("(?:传达|学习|贯彻|落实)(?:学习|贯彻|落实)?了?$")
_MONTH_AFTER_YEAR = re.compile(r"年(\d{1,2})月")


def _relayed_later_month(text: str, year: re.Match[str], month: int | None) -> bool:
    """Whether the year at ``year`` (a _YEAR_ANY match) dates an event the meeting on ``month`` relays, in a month
    after the meeting's (传达了2023年12月…精神 at a meeting of 5月): that event was in the year before the meeting's."""
    if month is None or not _RELAYED_BEFORE_YEAR.search(text, max(0, year.start() - 6), year.start()):
        return False
    told = _MONTH_AFTER_YEAR.match(text, year.end() - 1)
    return bool(told) and month < int(told[1]) <= 12


def _late_last_year(text: str, year_end: int, month: int | None) -> bool:
    """Whether the year ending at ``year_end`` is written with a month of its last quarter, outside a
    plan or a deadline, while the meeting is in the first quarter (1997年12月18日，一位外地客人… under a
    meeting on 1月3日): the events of the report's last months, so the meeting is in the year after."""
    if month is None or month > 3 or _LATE_MONTH_AFTER_YEAR.match(text, year_end) is None:
        return False
    start, end = clause_bounds(text, year_end)
    return not _FUTURE_CLAUSE.search(text, start, end) and not _PLAN_IN_CLAUSE.search(text, start, end)


# The work, plan or targets of a year named right before (１９９８年国民经济和社会发展计划, 1998年财政工作要…),
# not a report on them (2024年工作总结) nor what was achieved (2024年目标任务全面完成).
_YEAR_WORK_AFTER = re.compile(r"[^，。；\d]{0,12}?(?:工作|计划|目标|任务|预算)(?!总结|报告|情况|成绩|成效)")
# A look back, an achievement or an assessment in the clause: the year is the one reviewed (总结1997年工作,
# 全面完成, 2024年度工作目标考核会议, 年度述职评议: the year's work assessed at its end).
_YEAR_REVIEWED_CLAUSE = re.compile("总结|回顾|完成|实现|达到|超额|取得|考核|考评|述职|评议|表彰")
#: A meeting in a month from this one on that sets out next year's work is in the year before it
#: (新华社北京12月20日电 全国计划会议…提出1998年…计划 is 1997); the year-end work meetings of November and
#: December, as the own-sentence step of year_from_text (_year_own_sentence_names) has it.
YEAR_END_FROM_MONTH = 11


# 欢庆1998年元旦, 迎接一九九八年新年的到来, 喜迎1998年春节: the new year's festival a year-end meeting greets, ahead of it
# (GUIDELINES §3 tenth round: a November or December meeting before a start on 1 January ahead is in the year before).
NEW_YEAR_GREETINGS = ("欢庆", "庆祝", "庆贺", "迎接", "喜迎", "欢迎", "恭贺", "共迎", "迎来", "欢度", "辞旧迎新")
_NEW_YEAR_GREETED_BEFORE = re.compile("(?:" + "|".join(NEW_YEAR_GREETINGS) + ")[^，。；！？\n]{0,8}$")
# (迎接1998年的到来, 迎接即将到来的1998年: the new year itself greeted, its arrival or the year closing the phrase, the
# cr35 review's B11; not 迎接1998年全运会, 欢迎1998年毕业生: an event or people of the year)
_NEW_YEAR_FESTIVAL_AFTER = re.compile("(?:元旦|新年|新春|春节|的?到来|(?=[，。；！？,;!?]))")


def _new_year_greeted(text: str, year: re.Match[str]) -> bool:
    """Whether the year at ``year`` (``YYYY年``) names a new year's festival greeted ahead (欢庆1998年元旦), or the new
    year itself (迎接1998年的到来, 迎接即将到来的1998年)."""
    return _NEW_YEAR_FESTIVAL_AFTER.match(text, year.end()) is not None \
        and _NEW_YEAR_GREETED_BEFORE.search(text, max(0, year.start() - 10), year.start()) is not None


# At a year-end meeting, a year told with what will happen in it (1998年乌克兰将集中精力…, 1998年将对…组织专项检查, 尽管1998年
# 5月才能决定…) or looked ahead to (展望1998年): the next year, as its work or plan named after it is.
# (not 2025年即将收官, 2024年即将过去: the year closing at that meeting, the current one, GUIDELINES §3 thirty-fifth round;
# 1998年即将到来 is still the year ahead)
_AHEAD_AFTER_YEAR = re.compile("(?![^，,。；！？\n]{0,4}?即将(?:收官|结束|过去|落幕))"
                               "[^，,。；！？\n]{0,12}?(?:" + NOT_JIANG_PLACE + "将(?![军领士帅来近])|才能|才会)")
_LOOK_AHEAD_BEFORE_YEAR = re.compile("展望$")


def _year_ahead(text: str, year: re.Match[str], month: int | None) -> bool:
    """Whether the year ``year`` (a ``YYYY年`` match in ``text``) is the one a year-end meeting (``month``
    from YEAR_END_FROM_MONTH) plans: told with what will happen in it or looked ahead to (_AHEAD_AFTER_YEAR); its work
    or plan named after it, in a clause that reviews nothing; or the new year whose festival it greets (欢庆1998年元旦,
    _new_year_greeted)."""
    if month is not None and month >= YEAR_END_FROM_MONTH and _new_year_greeted(text, year):
        return True
    if month is None or month < YEAR_END_FROM_MONTH:
        return False
    if _LOOK_AHEAD_BEFORE_YEAR.search(text, max(0, year.start() - 4), year.start()) \
            or _AHEAD_AFTER_YEAR.match(text, year.end()):
        return True
    if _YEAR_WORK_AFTER.match(text, year.end()) is None:
        return False
    return _YEAR_REVIEWED_CLAUSE.search(text, *clause_bounds(text, year.start())) is None


_ROC_DATE = re.compile(r"(?:民国)?1[0-4]\d年(?=\d{1,2}月)")
_ROC_NUMERIC_DATE = re.compile(_ROC_NUMERIC)
_ROC_NUMERIC_SEP = re.compile("[./／]")
_ROC_CN_DATE = re.compile(rf"{_ROC_CN_YEAR}年(?=[一二三四五六七八九十]{{1,2}}月)")


def _on_taiwan_page(text: str) -> bool:
    """Whether ``text`` names Taiwan's places twice or more, which makes Republic-of-China years its calendar."""
    return len(TAIWAN.findall(text)) >= 2


# Years written in the text: 2023年, and Republic-of-China years (113年) in Taiwan articles.
_YEAR_ANY = literal_gated(re.compile(r"(?<!\d)((?:19|20)\d{2})年"))
# A multiplier, a currency or a unit right after a number: an amount (２０００亿日元), never a year.
_AMOUNT_UNIT = "亿|万|千|百|余|多|元|美元|日元|欧元|英镑|港元|港币|卢布|韩元|吨|亩"
# A year written in the meeting's sentence as its own (2019年中国…年会, 2024世界互联网大会), not a
# reviewed year (年度), a period (年以来, 年底) or a year ahead (年前, 年后).
_PLAN_BEFORE = re.compile("(?:部署|谋划|安排|规划|计划|展望|研究)[^，。；]{0,4}$")
# (not 2000亿日元, 2024万元, 1998多人: a number with its multiplier or unit is an amount, no year)
_OWN_YEAR = re.compile(r"(?<![\d.\-/])((?:19|20)\d{2})(?![\d.\-/])(?=年?[\u4e00-\u9fff])(?!" + _AMOUNT_UNIT + ")"
                       # (国家教委召开1998年度工作会议: a year's work meeting named after its year, the meeting's own year as
                       # 2024年春季…开工仪式 is, GUIDELINES §3; not 2023年度表彰大会, 2023年度工作总结会: a review, the year after)
                       r"(?!年(?:度(?!工作(?:会议|大会))|以来|来|底|初|末|前|后|间|上半年|下半年|[\d一二三四五六七八九十]+月))")
_ROC_YEAR = re.compile(r"(?<![\d.])(?:民国)?(1[0-4]\d|[89]\d)年(?=度|\d{1,2}月|[^\d])")
#: Reviews (述职, 总结) of year Y held in the first half of Y+1 are dated Y+1; calibrated on
#: the tuning part of corpus/gold (述职评议 meetings from January to March).
REVIEW_NEXT_YEAR_MONTHS = 6
# 自5月8日全县安全生产工作会议召开以来: a day between the opening word and the name stands inside the meeting's own
# phrase and is its day (the lead's ruling on cr9 1.17), no part of its name.
_AROUND_OPENING_DAY = re.compile(rf"^(?:在|值此|正值|适逢|恰逢|时值|自|自从)(?P<day>(?:\d{{4}}年|去年|前年|今年)?{DATE_NUMBER}月{DATE_NUMBER}日"
                                 r"(?:上午|下午|晚上|晚)?)(?=[\u4e00-\u9fff“「]{2})")
# 5月8日，大会如期召开: a meeting referred to by its bare noun as held, in a clause of its own (the
# planned meeting told before, now held).
_BACK_REFERENCE_HELD = re.compile(r"\s*(?:[^，。；,;]{1,16}?[，,]\s*)?(?P<noun>会议|大会|全会|论坛|年会)"
                                  r"(?:如期|顺利|正式|隆重|胜利)?(?:召开|举行|开幕)(?=[，。；,;！]|$)")
# The day of a contest told held (5月8日上午，江城马拉松鸣枪开跑; 比赛于5月8日举行), not a day things run from or up to
# (自4月1日起接受报名, 5月1日前报名, 报名截止日期为4月30日).
# (昨日7时30分，…马拉松鸣枪开跑: a day told relative to the page's, read like a written one)
_CONTEST_HELD_DAY = re.compile(rf"(?:{DATE_NUMBER}日(?!起|前|截止|开始)|(?:昨|今)[日天](?!起|前))[^。；]{{0,40}}?"
                               "(?:开跑|鸣枪|开赛|开打|打响|举行|举办|开幕|进行|落幕|收官|闭幕|结束|决出)")
#: How many sentences back a 赛后 ceremony may find the contest's day.
CONTEST_DAY_REACH = 5


_YEAR_IS = literal_gated(re.compile(r"((?:19|20)\d{2})年是"))
# …论坛1998年年会将于本月29日在…举行, 2024年春季交易会定于本月10日开幕: an event of a year held this month names that year
# as the current one (GUIDELINES §11: a year the text makes certain)
_YEAR_THIS_MONTH = literal_gated(re.compile(r"((?:19|20)\d{2})年[^，。；！？\n\d]{0,12}?(?:将于|定于|拟于|于)本月"))
# 1997年是…取得初步成效的一年, 1997年是世界经济极不平凡的一年: the year told as a whole that has gone by, a look back (early in
# the next year, like 2023年，公司实现…), not the current year named (2023年是…开局之年, 2024年是实现…目标的关键一年: ahead).
# (1997年是我国新闻出版业稳步发展的一年, 1997年是…获得成果的一年: how the year went, its growth told with the manner it had,
# or what was gained in it, as 取得 tells it)
YEAR_WENT_WORDS = ("取得", "获得", "实现了", "完成了", "不平凡", "经受", "稳步发展", "持续发展", "快速发展", "健康发展", "顺利发展",
                   "蓬勃发展", "迅速发展", "平稳发展", "长足发展")
_YEAR_IS_LOOKED_BACK = re.compile("是(?:(?!将|要|必须|关键|攻坚|决胜|冲刺|开局|之年)[^。；！？\n]){0,30}?(?:" + "|".join(YEAR_WENT_WORDS) + ")"
                                  "(?:(?!将|要|必须|关键|之年)[^。；！？\n]){0,20}?的一年")


# 喜庆1998年元旦, 欢度1998年春节: a new year's festival of a year celebrated now names that year as the current one (GUIDELINES
# §3 date: a festival converted with the year known; thirtieth review round); not 迎接/喜迎 (ahead, perhaps from the year
# before), nor a festival of another kind.
# (喜迎1998年新春佳节, 迎接1998年春节: the spring festival welcomed falls in January or February of its year, so at a
# meeting of those months it is the current year's; 1998年元旦之际, 1998年春节期间: the time of the festival told as now;
# GUIDELINES §3 `date`, thirty-ninth review round)
_NEW_YEAR_CELEBRATED = re.compile(r"(?:喜庆|欢庆|庆祝|欢度|共度|共庆)((?:19|20)\d{2})年(?:的)?(?:元旦|新年|春节)"
                                  r"|(?:喜迎|迎接)((?:19|20)\d{2})年(?:的)?(?:春节|新春)"
                                  r"|(?<!\d)((?:19|20)\d{2})年(?:的)?(?:元旦|新年|春节|新春)(?:佳节)?(?:来临)?(?:之际|期间)")


def _years_named_current(text: str, month: int | None = None) -> list[int]:
    """The years ``text`` names as the current one (2023年是…开局之年), leaving out those it tells as a year gone by
    (_YEAR_IS_LOOKED_BACK); for a meeting in January or February (``month``), also the year of a new year's festival
    celebrated (喜庆1998年元旦; at a year's end the festival is ahead: 12月31日…欢庆1998年元旦 stays 1997)."""
    festive = [int(next(g for g in m.groups() if g)) for m in _NEW_YEAR_CELEBRATED.finditer(text)] if month in (1, 2) else []
    return [int(m[1]) for m in _YEAR_IS.finditer(text) if not _YEAR_IS_LOOKED_BACK.match(text, m.end() - 1)] \
        + [int(m[1]) for m in _YEAR_THIS_MONTH.finditer(text)] + festive
# 将从1998年1月1日起, 自2025年1月1日起施行: a start on the first day of a year, ahead (not 从2023年1月1日起至今: a period
# run so far).
_NEXT_YEAR_START = re.compile(r"(?:将|拟|定于)[^，。；]{0,4}?(?:从|自|于)((?:19|20)\d{2})年(?:1|一|元)月(?:1|一)日(?:起|开始)(?!至今|以来)"
                              r"|(?<!已)(?:从|自)((?:19|20)\d{2})年(?:1|一|元)月(?:1|一)日起(?:[^，。；]{0,6}?)(?:施行|实施|执行|生效)(?!以来|至今|的)")
# 庆祝建党102周年, 纪念改革开放45周年: an anniversary celebrated now names the current year (not one
# recalled: 在庆祝中国共产党成立100周年大会上的重要讲话 is a speech of 2021 studied later).
# 要结合纪念…, 将隆重庆祝…, 准备纪念…: a task or a plan right before _ANNIVERSARY's verb in its clause, which may mark an
# anniversary of a year ahead (GUIDELINES §3 `date`, thirty-ninth review round).
# (全军将士隆重纪念…: 将士, 将领, 将军 are people, no plan)
_TASK_BEFORE_ANNIVERSARY = re.compile("(?:要|将(?![士领军帅])|应当?|需要?|准备|筹备|计划)[\u4e00-\u9fff]{0,4}$")
_ANNIVERSARY = literal_gated(re.compile(
    # (not 喜迎/迎接: an anniversary ahead, perhaps next year's)
    "(?:庆祝|纪念|献礼|恰逢|正值|适逢|值此)[^，。；！？]{0,10}?"
    f"(?P<event>{'|'.join(sorted(ANNIVERSARIES, key=len, reverse=True))})"
    "(?P<n>[\\d一二三四五六七八九十百零〇○]{1,6})周年(?![^，。；！？]{0,12}(?:讲话|重要论述|贺信|重要指示))"
))
# 陶铸同志诞辰90周年纪念大会 with 陶铸1908年1月16日出生于…, 北京大学建校100周年 with 北京大学成立于1898年:
# the anniversary of a birth or a founding whose year the text writes after the same name names the
# current year (see _anniversary_years).
# The titles written between an honoured person's name and the anniversary (陶铸同志诞辰90周年, 黄公略将军百年诞辰): no
# part of the name the text writes before the year of the birth (黄公略1898年1月24日出生于…).
HONOURED_TITLES = ("同志", "先生", "女士", "将军", "元帅", "烈士", "教授", "院士")
_HONOURED_TITLE = "(?:" + "|".join(HONOURED_TITLES) + ")"
# (黄公略将军百年诞辰, 诞辰一百年, 100周年诞辰: a birth's anniversary with its count written before 诞辰, or with 年 for 周年,
# the same anniversary as 诞辰100周年)
_ANNIVERSARY_OF = re.compile(
    _HONOURED_TITLE + "?(?:(?P<kind>诞辰|诞生|成立|建校|建院|建厂|建所|创刊|创建|创办|建馆|建社)(?P<n>[\\d一二三四五六七八九十百零〇○]{1,4})周年"
    "|(?P<birth_n>[\\d一二三四五六七八九十百零〇○]{1,4})周?年(?P<birth>诞辰)|(?P<birth_after>诞辰)(?P<n_after>[\\d一二三四五六七八九十百零〇○]{1,4})年(?!代))")
_STARTED_IN = re.compile(
    "(?P<k1>生于|诞生于|成立于|创建于|创办于|创刊于|始建于)(?P<y1>(?:1[5-9]|20)\\d{2})年"
    "|(?P<y2>(?:1[5-9]|20)\\d{2})年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?P<k2>出生|诞生|生|成立|创建|创办|创刊|建校|建院|建厂|建所|建馆)"
    # (李某（1924年6月8日—2010年3月4日）, 王某（1931—2001）: a life span in brackets opens on the birth)
    "|[（(](?P<y3>(?:1[5-9]|20)\\d{2})年?(?:\\d{1,2}月(?:\\d{1,2}日)?)?\\s*(?P<k3>[—\\-–－~～]{1,2})\\s*(?:(?:1[5-9]|20)\\d{2}|[）)])"
)
_BIRTH_WORDS = frozenset({"诞辰", "诞生", "出生", "生", "生于", "诞生于"})
# (《江南日报》1938年1月25日诞生于上海: 诞生 is said of a body's founding as of a person's birth, and dates either anniversary)
_EITHER_START_WORDS = frozenset({"诞生", "诞生于"})


# Fixed patterns of _anniversary_years.
_UP_TO_CELEBRATING = re.compile("^.*?(?:庆祝|纪念|隆重)")
_HONORIFIC_COMMA_YU_END = re.compile(_HONOURED_TITLE + "?[，,]?于?$")
# (《江南日报》创刊60周年 with 《江南日报》1938年…创刊: a name in title marks or quotes, compared without the closing mark)
_CLOSING_MARK_END = re.compile("[》”」』]$")
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")
_PRONOUN_END = re.compile("[他她]$")


def _anniversary_years(meeting_text: str, text: str) -> list[int]:
    """Current years given by an anniversary in ``meeting_text`` (诞辰90周年, 建校100周年) of a start
    whose year ``text`` writes after the same name (陶铸1908年1月16日出生于… -> 1998; 北京大学成立于1898年,
    中国科学院1949年11月成立): a birth for a birth, a founding for a founding; not another person's or
    body's (1920年出生的张某, 该校附属中学1995年创办). A pronoun (他1893年出生) stands for the person
    when the name is written before it in the same sentence."""
    years = set()
    for m in _ANNIVERSARY_OF.finditer(meeting_text):
        count = m["n"] or m["birth_n"] or m["n_after"]
        # (百年诞辰: 百 alone is a hundred, which parse_number reads only with its digit, 一百)
        n = parse_number("一" + count if count.startswith("百") else count)
        if n is None or n != int(n) or not 0 < n < 500:
            continue
        honoured = _CLOSING_MARK_END.sub("", _UP_TO_CELEBRATING.sub("", meeting_text[max(0, m.start() - 10) : m.start()]))
        birth = m["kind"] in _BIRTH_WORDS or m["kind"] is None
        for start in _STARTED_IN.finditer(text):
            started = start["k1"] or start["k2"]
            if started not in _EITHER_START_WORDS and (started in _BIRTH_WORDS or start["k3"] is not None) != birth:
                continue
            before = _CLOSING_MARK_END.sub("", _HONORIFIC_COMMA_YU_END.sub("", text[max(0, start.start() - 12) : start.start()]))
            sentence_start = start_after(text, start.start(), "。！？\n")
            named = any(len(before) >= k and _HAN_RUN.fullmatch(before[-k:]) and honoured.endswith(before[-k:])
                        for k in range(min(len(honoured), 8), 1, -1))
            pronoun = birth and _PRONOUN_END.search(before) and len(honoured) >= 2 and honoured[-2:] in text[sentence_start : start.start()]
            if named or pronoun:
                years.add(int(start["y1"] or start["y2"] or start["y3"]) + int(n))
    return sorted(years)


# 上海从一九九二年对口支援…，十七年来: the years counted since a starting year name the current one.
_SINCE_YEARS = re.compile(
    "[从自](?P<y>(?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})年[^。；！？]{0,40}?[，,]"
    "(?P<n>[\\d一二三四五六七八九十]{1,3})(?:个)?年(?:来|以来)"
)
# 自1996年底启动以来，…。一年来, 从1996年12月实施以来，两年来: a count of years from a start at a year's end, which
# reaches the year the count names only by the turn of the year (1997年底 is a year on, 1998年初 too): decided by the
# meeting's month (GUIDELINES §3 twenty-third review round); read before _SINCE_YEARS, which counts from any other start.
# The count may open the next sentence (…以来，成效明显。一年来，…), a clause or two after the start: a campaign's report
# tells what was done between them (自一九九六年底启动以来，各地…，解决了一批实际问题。据不完全统计，一年来，…).
# Verbs of starting a campaign, a scheme or a body, the year-end start's verb among them.
START_VERBS = ("启动", "开始", "实施", "施行", "试行", "开展", "推行", "推进", "发起", "建立", "组建", "成立", "创办", "运行",
               "开工")
# How far after 以来 the count of years may be written: calibrated on the People's Daily tuning part (pd_0435, 52
# characters: two clauses and a sentence opening on 据…统计), with room for one more clause.
SINCE_YEAR_END_COUNT_CHARS = 80
_SINCE_YEAR_END = re.compile(
    "[从自](?P<y>(?:19|20)\\d{2}|[一二][〇○零一二三四五六七八九]{3})年(?:底|末|年底|年末|12月|十二月)[^。；！？]{0,20}?"
    "(?:" + "|".join(START_VERBS) + ")(?:以来|至今)"
    f"[^；！？]{{0,{SINCE_YEAR_END_COUNT_CHARS}}}?[，,。](?P<n>[\\d一二三四五六七八九十两]{{1,3}})(?:个)?年(?:多)?(?:来|以来)"
)
# The months of a year's last and first quarters: a meeting in the one is in the year a count from a year's end reaches,
# in the other in the year after it; a month between (or none) leaves the year unknown (twenty-second round's null).
LAST_QUARTER_FROM_MONTH, FIRST_QUARTER_TO_MONTH = 10, 3
_YEAR_REVIEW = re.compile(r"((?:19|20)\d{2})年度")
# Sentences whose reviewed years are kept: a long page's sentences (a repeated 100 KB article has about a thousand).
REVIEWED_YEARS_CACHE = 4096
# (1997年度国家科学技术奖励大会, 2023年度…颁奖典礼: prizes for a year's work conferred, like 表彰, reviewing that year)
_REVIEW_WORDS = re.compile("述职|总结|表彰|评议|年终|回顾|民主生活会|组织生活会|奖励|颁奖")


# A year's work reported on as a whole at the meeting (举行新闻发布会，通报2024年全市行政复议工作情况; 总结2024年…工作):
# the year looked back on, as a 年度 beside 总结 is (GUIDELINES §3, tenth review round: a year a speaker looks back on early
# in the next); not a part of it (通报2024年第一季度…, 2024年上半年…, 2024年1月…, 2024年以来: the current year's part).
# (通报2024年春运工作安排, 通报2024年高考工作安排情况: the arrangements for work ahead; 通报2024年1-11月…, 总结2024年春节
# 期间…: a part of the year, a season or a span of months; neither is the year looked back on as a whole)
# (not 计划 or 任务 alone: 通报2023年计划执行情况, 总结2023年工作任务完成情况 look back on how the year went)
_NOT_YEAR_LOOKED_BACK = "安排|部署|要点|春运|汛期|春节|暑期|寒假|期间"
_YEAR_REPORTED = re.compile(r"(?:通报|盘点|" + _SUMMING_UP + r")了?((?:19|20)\d{2})年"
                            r"(?!度?(?:第|上半|下半|前|[一二三四]季|以来"
                            r"|[\d一二三四五六七八九十]+(?:[-—–~～至到][\d一二三四五六七八九十]+)?月))"
                            r"(?:(?!" + _NOT_YEAR_LOOKED_BACK + r")[^，。；]){0,16}?(?:工作|情况)"
                            r"(?!" + _NOT_YEAR_LOOKED_BACK + ")")
# 听取了…1997年工作汇报, 审议2023年度工作总结: a year's work report named after the year, the year looked back on as 总结2023年工作
# is (not 2024年工作报告: a government's work report is named after the year it is given in).
_YEAR_WORK_REPORT = re.compile(r"((?:19|20)\d{2})年度?(?:(?!" + _NOT_YEAR_LOOKED_BACK + r")[^，。；\d]){0,6}?工作(?:汇报|总结)")


# (cached: a page's sentences are read again for each of its meetings, year_from_text; a pure function of the text)
@functools.lru_cache(maxsize=REVIEWED_YEARS_CACHE)
def _reviewed_years(sentence: str) -> tuple[int, ...]:
    """The years a review in ``sentence`` looks back on (2023年度 beside 述职, 表彰; 通报2023年…工作情况), leaving out
    those in a clause about an event ahead (大会拟于10月召开，届时将对2023年度…进行表彰): a review still planned says
    nothing of the year the report is in."""
    years = {m.start(1): int(m[1]) for pattern in (_YEAR_REPORTED, _YEAR_WORK_REPORT) for m in pattern.finditer(sentence)
             if not _year_ahead_or_past(sentence, m.start(1), m.end(1) + 1)}
    if _REVIEW_WORDS.search(sentence):
        # (2024—2025年度…培训班: the end of a year span's label is no year reviewed)
        # (总结2023年度工作: one year read by both patterns, keyed by its position so it is counted once)
        years.update((m.start(1), int(m[1])) for m in _YEAR_REVIEW.finditer(sentence)
                     if not _year_ahead_or_past(sentence, m.start(), m.end())
                     and not _SPAN_BEFORE.search(sentence, max(0, m.start() - 6), m.start()))
    return tuple(years[at] for at in sorted(years))
# 腊月二十三, 正月初八 (大年初八), 农历三月初三: a lunar date (a month named 正/冬/腊, a day with 初/廿, or 农历; 阴历 is
# another word for it, 阴历三月廿八).
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_LUNAR_DAY = "(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
_LUNAR_DATE = re.compile(
    f"(?:[农阴]历(?P<mn>[一二三四五六七八九十]|十[一二]|正|冬|腊)月|(?P<ml>正|冬|腊)月)(?P<d>{_LUNAR_DAY})(?:日)?"
    f"|(?P<mi>[二三四五六七八九十]|十[一二])月(?P<di>初[一二三四五六七八九十])"
    # (大年初八: the colloquial name of a day of the first month, 正月初八)
    "|大年(?P<dn>初[一二三四五六七八九十])"
)
# (中秋节前一天上午, 春节的前一天, 国庆节后一天: a festival's day shifted by one, counted like 前一天 and 次日 after a date)
# (kept apart from _SHIFTED_DAY, not drawn from it: these words follow a festival's name, those stand alone after a
# day told before; 后一天 reads only here, 此前一天 and 两天后 only there, and the two lists grow for different phrasings)
_FESTIVAL_SHIFT = {"前一天": -1, "前一日": -1, "后一天": 1, "后一日": 1, "次日": 1}
# 中秋夜, 除夕之夜: the festival's evening; not 夜间, 夜里, 夜以继日 (the night in general), nor a noun 夜 opens (元宵夜市,
# 中秋夜景, 除夕夜宵: a night market or view named after the festival, no date told).
_FESTIVAL_EVENING = "之?夜(?![间里以市景游话跑宵场色空校班])"
# (“3·15”当天, 6·26当日: a day named by its month and day; only with a word for the day itself, not “3·15”晚会.) Apart from
# _FESTIVAL, searched only where a dot is: its opening digit would open the first-character gate at every number.
_NUMBERED_DAY_DOTS = "·•・．"
_NUMBERED_DAY_DOT = re.compile("[" + _NUMBERED_DAY_DOTS + "]")
_NUMBERED_DAY = re.compile(
    "[“\"]?(?P<nm>1[0-2]|[1-9])[" + _NUMBERED_DAY_DOTS + "](?P<nd>[12]\\d|3[01]|[1-9])[”\"]?(?=当天|当日|这天|这一天|当晚)"
    "(?:当天|当日|这天|这一天|当晚)")
_FESTIVAL = first_char_gated(
    "(?:(?P<name>" + _FESTIVAL_ALT + ")"
    + "(?:的?(?P<shift>" + "|".join(_FESTIVAL_SHIFT) + "))?"
    # (“七一”当天: a day written by its numbers, in quote marks only: 十一 is also a number)
    + "|[“\"](?P<number>" + _FESTIVAL_NUMBER_ALT + ")[”\"](?=当天|当日|这天|这一天|当晚|上午|下午|晚上)"
    # (a day by its numbers names the date only with 当天 or a time of day: “七一”在即, 为庆祝“七一”，)
    # (世界读书日当天: a commemorative day names the date only with a word for the day itself, not 国际禁毒日前夕)
    + "|(?P<day>" + "|".join(sorted(COMMEMORATIVE_DAYS, key=len, reverse=True)) + ")(?=当天|当日|这天|这一天|当晚)"
    # (中秋之夜, 元宵夜: the short name of a lunar festival names its evening; a bare 中秋 or 元宵 does not, 中秋前 …)
    + "|(?P<short>中秋|元宵)(?=" + _FESTIVAL_EVENING + ")"
    # (除夕夜, 除夕之夜, 中秋节之夜: the festival's evening is its day, the part of the day 晚上)
    + r")(?:当天|当日|这天|这一天|当晚|" + _FESTIVAL_EVENING + "|(?=上午|下午|晚上|[，,]|在|于|举行|召开))"
)
# 新年第一天, 2025年第一天: 1 January, like a festival on a fixed day (GUIDELINES §3 fifteenth review round); not 新年首个
# 工作日, 春节后上班第一天 (a holiday schedule's day), nor 2025年第一天上班 (the first working day again), searched only where
# 第一天 is written.
_FIRST_DAY_OF_YEAR = re.compile(r"(?:新年|(?<!\d)(?P<year>\d{4})年)的?第一天"
                                r"(?:当天|当日|这天|这一天|当晚|(?=上午|下午|晚上|[，,]|在|于|举行|召开))")
_DATED_SUBJECT_CLAUSE = re.compile(r"\s*(?P<org>[^，。；,;\n]{2,40}?(?<![关对由属至基鉴等终处善])于"
                                   r"[^，。；,;\n于]{1,30}?(?:日|时|分|午|晚|[）)]))[，,]\s*")
# A label opening a programme line: 时间：… as well as 【时间】… and [时间] … (notice-style pages).
_TIME_WORD = r"(?:时间|会议时间|活动时间|举办时间)"
# The programme line of the meeting's day: 时间：3月6日上午 (bracketed labels: _BRACKETED_TIME).
_TIME_LABEL = literal_gated(re.compile(rf"(?:^|\n)\s*{_TIME_WORD}[:：]\s*(?P<when>[^\n]{{4,40}})"))
# The day's line with the place's line right below (read in the raw text too: a programme, not a post's stamp).
_PROGRAMME_TIME = literal_gated(re.compile(rf"(?:^|\n)\s*(?:{_TIME_WORD}[:：]|[【\[]{_TIME_WORD}[】\]][:：]?)\s*(?P<when>[^\n]{{4,40}})"
                                           rf"\n\s*(?:{_PLACE_WORD}[:：]|[【\[]{_PLACE_WORD}[】\]])"))
# A bracketed day label alone on its line, the day written out (【时间】3月18日, 【时间】2024年3月6日上午9:00):
# a programme line. Not a page's stamp: a bare numeric date and clock (【时间】2024-03-09 10:21, a footer's
# 【时间】2024-03-09), a line going on with other labels ([时间] 2024-03-09 [来源] 县委组织部) or naming the
# post's source or staff (【时间】2024年3月11日 来源：县统计局), or a day with its year and nothing else above
# the body (【时间】2024年03月11日: a CMS stamp; a programme has a time of day or its next label line below).
_BRACKETED_TIME = literal_gated(re.compile(rf"(?:^|\n)\s*[【\[]{_TIME_WORD}[】\]][:：]?\s*"
                                           r"(?!(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\n|$))"
                                           r"(?![^\n]*(?:来源|作者|编辑|发布|浏览|点击|字号))"
                                           rf"(?!(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日\s*(?:$|\n(?!\s*(?:[【\[]|{_PLACE_WORD}[:：]))))"
                                           r"(?P<when>[^\n【】\[\]]{4,40}?)\s*(?:\n|$)"))
# The meeting's day in a sentence of its own (会议时间为3月6日上午, 本次会议时间为…, or the label 会议时间：5月7日
# inside a body line): a programme line written as prose. This meeting's only: not 活动时间为…/大会时间为… of a
# campaign or a meeting it planned, and 本次活动 (noun) only for a meeting named an activity (not the period of
# the campaign a 启动仪式 launched).
_TIME_STATED = literal_gated(re.compile(r"(?:^|[\n。；])\s*(?:(?:本次|此次|这次)(?P<noun>会议|大会|活动)|会议)时间(?:为|是|[:：])\s*(?P<when>[^，。；\n]{3,30})"))
# A clock time left at the end of a subject once its date is cut (县招商局5月8日晚7时, 市政府8日9时,
# 区委5月8日19:30): the time of the meeting, no part of the organizer.
# A start time told after a meeting's name by a noun referring to it (典礼于上午9时开始, 本次会议于下午2时30分召开): the
# noun is checked against the meeting's reference words (MeetingExtractor._start_time).
_START_TIME_TOLD = re.compile(rf"(?:^|[，,])\s*(?:本次|此次|这次|该)?(?P<noun>[^，,。；;\s]{{1,40}}?)于\s*"
                              rf"(?P<part>上午|下午|晚上|晚间|早上)\s*{_CLOCK}\s*(?:正式|准时|准点)?(?:开始|召开|举行|举办|开幕|启动)")
_DAY_NEEDING_HEADS = frozenset({"讲座", "论坛", "峰会"})
# 与会人员还参加了…开幕式, 参会嘉宾还出席了…签约仪式: an event the main meeting's attendees also took part in, its
# sentence opening on them (perhaps after a comma'd frame), takes the main meeting's day when it tells none of its own,
# like one told 会后 (GUIDELINES §3 twentieth review round).
# 此前，去年，前一天，3月，: a frame before 与会嘉宾还参加了 that tells a time of the event's own, which then takes no
# main meeting's day (GUIDELINES §3 twentieth review round: only one with no day of its own does; 会后，会议期间， do).
# (a year or a month told as a time, 今年年初, 上个月, 十月; not the 年 of a meeting's name: 年会期间 is 会议期间)
_FRAME_OF_ITS_OWN_TIME = ("此前|之前|以前|日前|前夕|前一天|前天|前年|去年|上年|昨|上月|上周|此后|之后|次日|翌日|第二天|\\d"
                          "|[今明当同本]年|年[初中底末内]|上半年|下半年|[上本下当]个?月|月[初中底末]|[一二三四五六七八九十]+月")
ATTENDEES_ALSO_TOOK_PART = re.compile(
    r"\s*(?:(?![^，。；,;]{0,12}?(?:" + _FRAME_OF_ITS_OWN_TIME + r"))[^，。；,;]{0,12}[，,])?(?:全体)?(?:与会|参会|到会|参加会议的?|出席会议的?)(?:人员|代表|嘉宾|领导|委员|客商|专家|学者|企业家|来宾)"
    r"[^，。；,;]{0,6}?还[^，。；,;]{0,6}?(?:参加|出席)了?")
# 同时举行 / 同期举办 / 当天下午…: an event held alongside the main meeting takes its date.
# A sentence opening on a part of the day alone (下午，…; 晚上，…): the day told just before.
_DAY_PART_OPENING = re.compile(r"\s*(?P<part>上午|下午|晚上|晚间)[，,]")
# The words of a later meeting's date that mean the day told just before (当天下午，…举行…).
_SAME_DAY_WORDS = ("当天", "当日", "同日", "当晚")
# (开班当天，研究员X作了…专题讲座: the day of the opening just told, a day of the lecture's own, GUIDELINES §3 twelfth
# review round: a topical lecture given on a stated day is held; not a bare 当天 inside the meeting's account)
_OWN_TIME = re.compile(r"此前|之前|前夕|此后|会前|会后|(?:(?:19|20)\d{2}年)?\d{1,2}月(?!\d)|(?:当天|当日|同日)(?:上午|下午|晚上)|当晚|(?:开班|开幕|开营|开学)(?:式|仪式|典礼)?(?:当天|当日)")
# A dated sentence whose day an undated meeting after it may take: an account of a visit, a signing
# or an opening (来到…调研, 签署…协议, 揭牌运行), not a notice issued or a rank awarded.
# (今天，…艺术家聚集一起，就…各抒己见。…在研讨会上发言: the people of the meeting gathering that day, the meeting's own act,
# GUIDELINES §3 eleventh review round)
_GATHERING_VERBS = "聚集|欢聚|相聚|齐聚|汇聚|会聚|聚会|聚首"
# The acts of the meeting's own people on the day (a visit, an inspection, a signing, a gathering), one list for both readings
# below; an account may also tell a body holding, organising or leading something that day.
_PEOPLE_ACTS = "调研|来到|深入|走访|考察|视察|察看|检查|督导|签署|签订|签约|揭牌|慰问|看望|" + _GATHERING_VERBS
_GATHERED = re.compile(_GATHERING_VERBS + "|云集")
_ACCOUNT_VERB = re.compile(_PEOPLE_ACTS + "|反馈|举行|举办|开展|启动|组织|带领|率领")
# A sentence opened by a same-day word (当天上午，…; 当日，…): the account told on the day named before it.
_SAME_DAY_LEAD = re.compile(r"\s*(?P<word>当天|当日|同日|当晚)(?:上午|中午|下午|晚上|晚间)?[，,]")
# (not 人民大会堂: a venue, where people gather, no occasion of its own)
_OTHER_OCCASION = re.compile("会议|大会(?!堂)|会上|论坛|座谈会|讲话|通知|仪式|典礼")
# A campaign started or organised on a day (开始组织开展…活动, 启动…工程) and no act of the meeting's people that day.
_CAMPAIGN_ONLY = re.compile("开展|组织|启动|开始")
_NOT_CAMPAIGN_ACT = re.compile(_PEOPLE_ACTS)
# A meeting's sentence told by its order to another event (演出开始前，…, 会谈结束后，…, 随后，…).
_ORDER_OPENING = re.compile(r"\s*(?:[^，。；,;]{1,12}?(?:开始|结束)?(?:之)?[前后]|随后|此后|此前)[，,]")
# The label of the page's own date when it shares a line with the body (发布时间：, 来源：南湖日报 ).
_PAGE_DATE_LABEL = re.compile(r"(?:发布|发表|更新)(?:时间|日期)[:：]\s*$|来源[:：]\s*\S{1,16}\s+$")
# The label of a deadline or a window for entries, objections or validity right before a date (征稿时间为3月1日至4月30日,
# 报名截止日期：3月1日, 公示时间：…, 有效期至…): no day any meeting was held (GUIDELINES §3). Its window words are
# values.WINDOW_LABEL_WORDS, shared with the publication-date check (an event's own 会议时间 is no window here).
_WINDOW_DATE_LABEL = re.compile(
    r"(?:(?:" + WINDOW_LABEL_WORDS + r")(?:截止|截至)?(?:时间|日期|期间|期限)"
    r"|截止(?:时间|日期)?|截稿|有效期|到期(?:时间|日期)?)\s*[:：]?\s*(?:为|至|到)?\s*$")
# The part of the day and the place between a day and its closing verb (9日上午在杭州闭幕).
_DAY_TO_CLOSING = r"(?:上午|下午|晚上|晚)?(?:[在于][^，。；]{1,20}?)?"
# 论坛9日在杭州闭幕: a day told as the closing's.
_CLOSED_AFTER_DATE = re.compile(_DAY_TO_CLOSING + "(?:胜利|圆满|隆重)?(?:闭幕|落幕)")
# 本届论坛于8日开幕, 论坛8日上午开幕: a sentence opening on the opening day of an event named by a determiner and
# its noun, or by its name.
_OPENED_ON = re.compile(
    r"\s*(?:(?:本届|本次|此次|这次|这届|该)(?P<noun>[^，。；\d]{0,8}?)|(?P<named>[^，。；\d]{2,30}?))(?:已?于|是)?"
    r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?(?:[在于][^，。；]{1,20}?)?开幕")
_GENERIC_OPENED_NOUNS = frozenset({"会议", "大会", "会", "活动"})
# 研讨班20日在京结束: a day told as the end of a meeting of several days (结束, 结业 as well as 闭幕).
_ENDING_VERBS = ("闭幕", "落幕", "结束", "结业")
_ENDED_AFTER_DATE = re.compile(_DAY_TO_CLOSING + "(?:胜利|圆满|隆重|顺利)?(?:" + "|".join(_ENDING_VERBS) + ")")
# 由甲和乙于本月14日开始在京联合举办的这个研讨班: the meeting referred to again by the attribute of its hosts with its
# first day (于…开始, 于…起) and a determiner; the noun after the determiner is checked by the caller.
_FIRST_DAY_IN_ATTRIBUTE = re.compile(
    r"\s*由[^，。；由的]{2,60}?于(?P<day>(?:本月|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)(?:开始|起)[^，。；的]{0,12}?(?:主办|举办|召开|举行)的"
    r"(?:这个|这次|本次|此次|本届|这期|本期)")
# ，5月8日上午举行开班仪式 / ，9日在…召开…: a clause that opens on a day of the month and holds an event at once.
_DATED_NEXT_CLAUSE = re.compile(
    r"[，,](?=\s*(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?[，,]?\s*(?:在[^，。；]{1,20}?)?(?:举行|召开|举办)了?(?!的))")
#: A day without a month takes the month of a full date at most this many characters before it.
MONTH_CONTEXT_CHARS = 400
#: A day without a month read in the month of the date told before it (5月6日…。8日…) is taken only when it
#: falls at most this many days before the publication date: a report may come weeks after the events
#: (university and company pages), a piece of history (该行成立于1998年5月8日。12日，…) lies years back.
NARRATIVE_DAY_WINDOW_DAYS = 183
# The rest of a range or list of days after its first day (十一月五日至六日, 5月8日、9日): the first day is read alone.
_RANGE_TAIL = re.compile(r"(?<=日)(?:[至到\-—~－～、]|和(?=[\d一二三四五六七八九十])).*$")
# 和 between two days of a meeting held over both (18日和19日, 十七日和十八日): read as the list 18日、19日.
_DAYS_JOINED = re.compile(r"(?<=日)和(?=[\d一二三四五六七八九十])")
# A day of the month written alone (8日, 八日, 8号, 8日至9日): no month, no relative word.
_BARE_DAY = re.compile(r"[\d一二三四五六七八九十廿卅]{1,3}[日号]?(?:[至到\-—~－～、][\d一二三四五六七八九十廿卅]{1,3})?[日号]")
# A turn from a past account to the present (今年以来, 近年来, 截至目前, 如今): a bare day after it is no longer
# read as the next month of a date told before it (2023年12月28日，…出台…。今年以来，…。6日，…召开).
_ACCOUNT_BREAK = re.compile("以来|近年|目前|当前|如今|至今|截至|截止")
# (在签约前，双方于去年举行了三轮会谈, 此前…, 曾多次…: talks told with a time of their own, not the signing's day)
_TALKS_OWN_TIME = re.compile(_EARLIER_SIGNING.pattern + r"|之前|上月|上周|多次|屡次|数次|先后|(?:19|20)\d{2}年")
# The day a Yuan's meeting was held, written before 院会 (今（7）日, 5月7日, 7日, 今天, 昨日).
_YUAN_SESSION_DAY = (r"(?:今|昨|前)[（(][\d一二三四五六七八九十]{1,3}[）)][日天]|今天|今日|昨天|昨日"
                     rf"|(?:{DATE_NUMBER}月)?{DATE_NUMBER}日")
# …在记者招待会上指出，1997年俄经济的积极变化…: a year opening what a speaker says (not 1998年是…, the current year named;
# not 1998年将…, 1998年要…: ahead; not 1997年度, 1997年以来, 1997年12月: a label, a period, a month).
# (…说，1997年日本经济陷入停滞 / …说，日本经济在1997年陷入停滞 / …指出，我国经济于1997年实现软着陆: the year opening the
# remark or after its short subject and 在/于, the same look back; not a subject that holds a clause of its own)
_REMARKS_YEAR = re.compile("(?:" + _REMARKS_VERBS + r")[，,：:]\s*(?:[^，。；：:\d]{1,10}?(?:在|于))?((?:19|20)\d{2})年"
                           r"(?!度|以来|来|底|初|末|前|后|是|将|要|[\d一二三四五六七八九十]+月)"
                           # (not 1949年建县以来, 1978年改革开放以来, 1949年成立的: a historic start recalled)
                           r"(?![^，。；]{0,8}?(?:以来|至今|成立|建县|建市|建国|诞生|出生))"
                           # (not 各县在1998年上半年要完成…, 1998年一季度力争…: a target or a plan in the year's clause,
                           # no look back, GUIDELINES §3 eighteenth/nineteenth rounds; the cr35 review's A2)
                           r"(?![^，。；]{0,8}?(?:" + _PLAN_MODAL + "|力争|确保|争取|务必|必须))")
#: A year a speaker looks back on in a meeting up to this month is the one before the meeting's (a review of last year
#: told early in the next, as _late_last_year reads the events of the last quarter).
REMARKS_LOOK_BACK_MONTHS = 3
# The day of a body's 开会 (今日, 昨天, 6月27日, 27日), of its own or a held one only.
_MET_DAY = r"今日|今天|昨日|昨天|今[（(][^）)]{1,6}[）)]日?|(?:\d{1,2}月)?\d{1,2}日"
# 2024年授勋典礼, 2024年度表彰大会: a year opening a headline's name, which the body may leave out (…主持授勋典礼).
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")

def _past_lead_clause(sentence: str, m: re.Match[str]) -> re.Match[str]:
    """The date that opens the account when ``m`` sits in a leading clause about another day
    (根据4月30日…会议部署，6日，…; 在5月12日国际护士节到来之际，6日，…; 距离6月7日高考还有一个月，6日，…);
    else ``m`` (在5月6日召开的…会议上: the day of the meeting named)."""
    # (the clause up to a comma: a date in brackets, 世界读书日（4月23日）来临之际, is inside it)
    start = start_after(sentence, m.start())
    end = clause_bounds(sentence, m.end())[1]
    if _HELD_AFTER_DATE.match(sentence, m.end()) or not (
            _LEAD_CLAUSE.match(sentence, start) or _OTHER_DAY_AFTER.match(sentence, m.end())):
        return m
    # (4月20日以来，公司持续开展隐患排查，并于5月8日召开…: the day the meeting is held on, later in the sentence)
    later = next((d for d in _DATE.finditer(sentence, end) if _opens_account(sentence, d)
                  or (sentence[d.start() - 1 : d.start()] == "于" and _HELD_AFTER_DATE.match(sentence, d.end()))), None)
    return later or m


# Fixed patterns of _past_reporter_clause.
# (日前，记者从3月6日在市会议中心召开的…上了解到: the venue between the day and the verb, GUIDELINES §3 thirtieth round)
_HELD_ATTRIBUTIVE_AFTER = re.compile(r"(?:上午|下午|晚上)?(?:在[^，。；！？“”]{1,25}?)?(?:隆重)?(?:召开|举行|举办|开幕)的")
_COMMA_AHEAD = re.compile(r"\s*[，,]")


def _past_reporter_clause(sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    """The meeting's date when ``m`` is the day the reporter learnt of it (GUIDELINES §3 date).

    - 记者3月8日获悉，3月6日，…召开; 3月8日，记者从…获悉：3月6日，…: the date after the reporter's clause;
    - 日前，记者从3月6日召开的…大会上了解到: the day of the meeting named inside that clause;
    - 记者3月8日获悉，县委召开…: no other date, ``None`` (记者5月8日获悉，…近日召开 is 近日, and so is
      记者5月8日获悉，近日，…召开);
    - 记者3月6日从…会议上获悉, 记者昨天在…会议上获悉: learnt at the meeting, ``m`` (the same day).
    Else ``m`` itself."""
    learnt = next((r for r in _REPORTER_LEARNT.finditer(sentence) if r.end() > m.start()), None)
    if learnt is None or not (learnt.start() <= m.start() or _DATE_THEN_REPORTER.fullmatch(sentence, m.end(), learnt.start())):
        return m
    inside = next((d for d in _DATE.finditer(sentence, m.start(), learnt.end())
                   if _HELD_ATTRIBUTIVE_AFTER.match(sentence[d.end() :])), None)
    if inside is not None:
        return inside
    if _LEARNT_AT_MEETING.search(sentence, learnt.start(), learnt.end()):
        return m
    # (获悉，近日，…召开; 了解到，日前召开的…会议要求: the account's vague day or the day of the meeting named,
    # right after the reporter's clause)
    right_after = _DATE.match(sentence, learnt.end() + len(sentence[learnt.end() :]) - len(sentence[learnt.end() :].lstrip()))
    if right_after is not None and (
            (_VAGUE_DATE.fullmatch(right_after.group()) and _COMMA_AHEAD.match(sentence[right_after.end() :]))
            or _HELD_ATTRIBUTIVE_AFTER.match(sentence[right_after.end() :])):
        return right_after
    # (the account's day after the clause: 获悉，3月6日，…; 获悉，…于8月9日召开; not 为迎接3月12日植树节 or
    # 传达学习3月5日开幕的…, a day in a lead clause or in what the meeting dealt with)
    return next((d for d in _DATE.finditer(sentence, learnt.end()) if _opens_account(sentence, d)
                 or _held_on(sentence, d)), None)


# A line of body text, ending in a full stop (a headline or a kicker ends in none).
_LEAD_BODY_LINE = re.compile(r"[。！？][”」’』]?[ \t\u3000]*\n")


def _item_text(text: str, sentence: str) -> str:
    """The item of ``text`` that holds ``sentence``: from the line opening it with a dateline (_ITEM_OPENING) to
    the next such line; the first item takes the headline before it. The whole text when it holds one item or
    ``sentence`` is not found (each glued item is its own article, GUIDELINES §11: a year written in another
    item says nothing of this one's)."""
    at = text.find(sentence)
    starts = [m.start() for m in _ITEM_OPENING.finditer(text)]
    if at < 0 or len(starts) < 2:
        return text
    before = [s for s in starts if s <= at]
    # (不让利，不得利\n…伊利试探着…吃了“闭门羹”。\n…\n本报讯1月24日，…签字仪式: an article told in sentences before the first
    # opening line is a lead article of its own, the items glued after it beginning at their opening lines; only headline
    # lines, which end in no full stop, belong to the first item)
    lead_article = before and _LEAD_BODY_LINE.search(text, 0, before[0]) is not None
    start = before[-1] if len(before) > 1 or lead_article else 0
    end = next((s for s in starts if s > at), len(text))
    return text[start:end]


def _narrative_year(text: str, sentence: str, month: int | None) -> int | None:
    """The year of the last full date (1998年1月20日, 一九九七年十二月) written before ``sentence`` in its paragraph
    or the one before (at most MONTH_CONTEXT_CHARS back): the account the meeting on ``month`` continues
    (新年伊始，1998年1月20日，…。1月21日，…召开 is 1998, whatever older year the text names elsewhere). A date in a
    later month than the meeting's is the year before's when it is in November or December and the meeting in
    January or February (1997年12月30日…。1月5日… is 1998), else no guide. ``None`` when no such date is written,
    or the last one is a start or a deadline (从/自/于…, …起, …前), in a plan or ahead (到期, 将), or a life span."""
    at = text.find(sentence)
    if at <= 0 or month is None:
        return None
    paragraph = text.rfind("\n", 0, at)
    window = max(0, at - MONTH_CONTEXT_CHARS, text.rfind("\n", 0, paragraph) + 1 if paragraph > 0 else 0)
    for d in reversed(list(_DATE.finditer(text, window, at))):
        first = _RANGE_TAIL.sub("", d.group())
        value = parse_date(first)
        if value is None or value.year is None or value.month is None or value.relative_days is not None:
            continue
        # (王某（1931年5月2日—2001年3月4日）: a life span, read from its first day)
        if _SINCE_BEFORE.search(text, 0, d.start()) or _FROM_DATE_AFTER.match(text, d.end()) \
                or _FUTURE_CLAUSE.search(text, *clause_bounds(text, d.start())) \
                or _PLAN_IN_CLAUSE.search(text, *clause_bounds(text, d.start())) \
                or life_dated(text, d.start(), d.end()) or life_dated(text, d.start(), d.start() + len(first)):
            return None
        if value.month <= month:
            return value.year
        if value.month >= YEAR_END_FROM_MONTH and month <= 2:
            return value.year + 1
        return None
    return None


def _year_of_held_meeting_name(sentence: str) -> int | None:
    """The one four-digit year opening the name of a meeting ``sentence`` tells held (_HELD_YEAR_NAMED_MEETING)."""
    years = {int(next(g for g in m.groups() if g)) for m in _HELD_YEAR_NAMED_MEETING.finditer(_arabic_years(sentence))}
    return years.pop() if len(years) == 1 else None


def _certain_year(text: str, sentence: str, month: int) -> int | None:
    """The year of an undated page that its text makes certain for a meeting on ``month`` told in ``sentence``:
    a year opening the held meeting's own name (…主持召开1998年中国奥委会全体会议), else the current year named
    (1998年是…) in the sentence's item, else the year of the account's last full date (_narrative_year); ``None``
    otherwise (a year merely written somewhere may be an older event's)."""
    own = _year_of_held_meeting_name(sentence)
    if own is not None:
        return own
    item = _item_text(text, sentence)
    named = _years_named_current(item, month)
    if named:
        return max(named)
    return _narrative_year(item, sentence, month)


def _festival_own_eve(sentence: str, m: re.Match[str]) -> bool:
    """Whether the day ``m`` is followed by its own eve or coming (7月1日前夕, 7月1日“七一”前夕), not by a festival's
    eve the day is written before (9月28日国庆前夕: the meeting's day; GUIDELINES §3 tenth review round)."""
    eve = _EVE_AFTER_DATE.match(sentence, m.end())
    if eve is None:
        return False
    festivals = [f.group() for f in _FESTIVAL_IN_GAP.finditer(eve["gap"])]
    if not festivals:
        return True
    written = _MONTH_DAY_END.search(m.group())
    own = written and (int(written[1]), int(written[2]))
    return any(_FESTIVAL_SOLAR_DAYS.get(f) == own for f in festivals)


def _governing_dateline(text: str, sentence: str, day: re.Match[str]) -> str | None:
    """The date of the dateline a relative day (``day``, in ``sentence``) of a later body sentence falls
    under (GUIDELINES §3 date: under a dated dateline relative days are that date's): the first dated
    dateline of ``text``, before the sentence. ``None`` when there is none, when another dateline (dated
    or not: 本报讯) stands between them (another story on the page, whose body is not this one's), when
    ``sentence`` is not found in ``text`` or holds little beyond the
    day (a bare date passed on its own), or when the day is inside quoted speech (“昨天我们…”: the
    speaker's day)."""
    start = text.find(sentence)
    if start < 0 or len(sentence.strip()) < len(day.group()) + MIN_SENTENCE_BEYOND_DAY:
        return None
    at = start + day.start()
    line = next((d for d in _DATE.finditer(text, 0, start)
                 if _DATELINE_AFTER_DATE.match(text, d.end()) and not _cited_dateline(text, d.start())), None)
    if line is None:
        return None
    # (up to the day itself: 本报讯 opening the day's own sentence is another item's dateline too)
    if any(d.start() > line.end() and not _cited_dateline(text, d.start()) for d in _ITEM_DATELINE.finditer(text, 0, at)) or any(
            _DATELINE_AFTER_DATE.match(text, d.end()) and not _cited_dateline(text, d.start())
            for d in _DATE.finditer(text, line.end(), at)):
        return None  # (another story's dateline in between)
    said = text[max(line.end(), text.rfind("\n", 0, at) + 1) : at]
    if said.count("“") > said.count("”") or said.count("「") > said.count("」"):
        return None
    return line.group()


def _held_on(sentence: str, d: re.Match[str]) -> bool:
    """Whether the clause of the date ``d`` holds a meeting on it: a finite verb of holding after it and no
    matter dealt with or occasion before it (县委3月6日召开…, …会于8月9日召开; not 传达学习3月5日开幕的…)."""
    start, end = clause_bounds(sentence, d.start())
    return (_HELD_FINITE.search(sentence, d.end(), end) is not None and not _DEALT_WITH.search(sentence, start, d.start())
            and not _LEAD_CLAUSE.match(sentence, start) and not _PLANNED.search(sentence, start, end))


# The labels of a page's furniture written on its date line beside the date (来源：某某网　日期：2019-07-01　阅读量：2380,
# 作者：张三　时间：2024-09-14　浏览：3516): no part of any account.
_PAGE_FIELD_LABELS = "(?:来源|來源|作者|编辑|责编|责任编辑|审核|供稿|发布单位|单位|浏览|浏览量|阅读|阅读量|点击|点击量|访问量|字号)"
# The rest of a page's date line before and after its date (发布时间：2024-05-09 10:21, 2024年5月9日 星期四 来源：某某网).
_PAGE_DATE_LINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:" + _PAGE_FIELD_LABELS + r"[:：][^\n：:。，]*?[^\S\n]+)*"
                                    r"(?:[^\n，。；：:]{0,8}(?:时间|日期)[:：])?[^\S\n]*$")
_PAGE_DATE_LINE_AFTER = re.compile(
    r"[^\S\n]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[^\S\n]*(?:(?:星期|周)[一二三四五六日天])?[^\S\n]*(?:" + _PAGE_FIELD_LABELS
    + r"[:：][^\n]*)?(?:\n|$)")


def _on_page_date_line(text: str, d: re.Match[str]) -> bool:
    """Whether the date ``d`` (a match in ``text``) stands on a line of its own or beside its label, a time, a
    weekday and a source only: the page's date line, not a headline's or an account's date."""
    return _PAGE_DATE_LINE_BEFORE.search(text, 0, d.start()) is not None and _PAGE_DATE_LINE_AFTER.match(text, d.end()) is not None


# Fixed patterns of _headline_day.
_SPACE_COMMA_COLON = re.compile(r"[\s，,：:]")
_CLOSING_BRACKET_ONLY = re.compile(r"[）)】\]]\s*")


def _headline_day(title: str) -> re.Match[str] | None:
    """The day a headline gives its meeting: leading it (【3月6日】县委召开…, 3月5日 县委召开…), in brackets at
    its end (…会议（3月6日）) or right before the verb of holding (县委3月6日召开…). Not a day inside what
    the meeting dealt with (…传达学习…3月5日重要讲话精神, 部署3月12日植树节活动): ``None``."""
    for d in _DATE.finditer(title):
        if _VAGUE_DATE.fullmatch(d.group()):
            continue
        # (3月8日妇女节前夕 县妇联召开…, 3月12日植树节即将到来之际…: a holiday ahead, the meeting held before it)
        leading = not title[: d.start()].strip(" \u3000【[（(") \
            and not _OCCASION_AHEAD.search(_SPACE_COMMA_COLON.split(title[d.end() :], maxsplit=1)[0])
        bracketed_end = title[d.start() - 1 : d.start()] in ("（", "(", "【", "[") \
            and _CLOSING_BRACKET_ONLY.fullmatch(title[d.end() :]) is not None
        if leading or bracketed_end or _HELD_AFTER_DATE.match(title, d.end()):
            return d
    return None


# A day told as already past when written (另有3位教师已于9月25日在台北接受表扬, 该项目曾于5月3日签约): an aside about an
# earlier happening, not the day of the account that a later 当天/当晚 means (GUIDELINES §3: a same-day word ties an event
# to the day told for the account's own happenings).
_ALREADY_BEFORE_DAY = re.compile("(?:已经?|曾经?|早已|早在)(?:于|在)?$")


def _last_told_day(text: str, start: int, end: int, *, past_asides: bool = True) -> re.Match[str] | None:
    """The last date in ``text[start:end]`` that is a day something took place on, for a day told relative to it
    (当天, 次日, 前一天): see :func:`_told_days`.  Without ``past_asides``, not a day told as already past
    (:data:`_ALREADY_BEFORE_DAY`)."""
    return next((d for d in _told_days(text, start, end)
                 if past_asides or not _ALREADY_BEFORE_DAY.search(text, max(start, d.start() - 4), d.start())), None)


def _last_dated_meeting(known: Sequence[dict[str, Any]], start: int) -> str | None:
    """The ISO date of the meeting of ``known`` told last before the clean-text offset ``start`` when it is dated by
    one day (not a span of days, 3月5日至7日, nor a vague 近日): the day a shift (次日, 前一天) told with no day
    written near it counts from. A meeting told with no time of its own (签约前，…会见…, dated by its order later) is
    passed over."""
    told = max((m for m in known if m["evidence"]["clean_start"] < start and (m["date"] or m["date_text"])),
               key=lambda m: m["evidence"]["clean_start"], default=None)
    if told is None or told["date"] is None or _RANGE.search(told["date_text"] or "") \
            or _VAGUE_DATE.fullmatch(told["date_text"] or ""):
        return None
    return told["date"]


def _last_lunar_day(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last lunar date (农历九月初九, 正月初八) in ``text[start:end]``, for a day told relative to it (当天)."""
    return next(reversed(list(_LUNAR_DATE.finditer(text, start, end))), None)


# Fixed patterns of _held_clause_date.
_AT_OCCASION_ATTRIBUTIVE = re.compile(r"[^，。；]{0,4}在[^，。；]{1,30}?上的")


def _held_clause_date(sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    """The date of the clause that holds the meeting when ``m`` is another day's.

    - 记者5月8日从…获悉，…近日召开…; 5月7日至8日，…考察学习，8日下午双方…召开座谈会: a later date whose
      clause holds the meeting (召开/举行/举办 after it) is the meeting's, not the first one's.
    - 县政府召开常务会议，研究部署5月20日前…; …举行集体学习，学习…4月30日在…上的重要讲话: a date after the
      meeting's verb, in a clause of what it dealt with, is no day of the meeting: ``None``."""
    start, end = clause_bounds(sentence, m.start())
    if _HELD_VERB.search(sentence, start, end):
        return m
    for d in _DATE.finditer(sentence, end):
        d_start, d_end = clause_bounds(sentence, d.start())
        if _HELD_FINITE.search(sentence, end, d_start):
            break  # (5月8日，县委召开常委会会议，传达学习5月6日召开的…: the meeting was held in a clause before)
        if _HELD_FINITE.search(sentence, d.end(), d_end) and not _HELD_VERB.search(sentence, d_start, d.start()) \
                and not _DEALT_WITH.search(sentence, d_start, d.start()) and not _PLANNED.search(sentence, d_start, d_end):
            return d
    if _HELD_OR_ENDED.search(sentence, 0, start) and m.group()[-1:] in "日号" and (
            _DEALT_WITH.search(sentence, start, m.start()) or _FROM_DATE_AFTER.match(sentence, m.end())
            or _AT_OCCASION_ATTRIBUTIVE.match(sentence[m.end() :])):
        return None
    if _DEADLINE_AFTER.match(sentence, m.end()):
        return None  # 各工作组要在5月12日前完成各项准备，确保…会议顺利召开: a deadline in a clause that holds nothing
    return m


def _undated_plan(meeting: dict[str, Any], doc_text: str) -> bool:
    """Whether ``meeting``, read on a page with no publication date, is told as planned for a stated day by 计划于 in
    the clause that names it (:data:`_PLAN_ON_DAY`), and not told held as planned after it (…。3月15日上午，论坛在滨江
    如期举行)."""
    text = meeting["evidence"]["text"]
    at = text.find(meeting["name"])
    if at < 0 or _held_as_planned_after(doc_text, meeting["evidence"]["clean_end"]):
        return False
    start, end = clause_bounds(text, at)
    return any(start <= p.start() < end for p in _PLAN_ON_DAY.finditer(text))


# (Unlike MeetingExtractor._planned_then_held, which reads back from a bare noun held to the plan naming it, a yes/no look ahead.)
def _held_as_planned_after(doc_text: str, pos: int) -> bool:
    """Whether the next :data:`HELD_AS_PLANNED_SENTENCES` sentences after ``pos`` tell a meeting held as planned
    (…。3月15日上午，论坛如期在滨江举行), not as the purpose of a task (确保论坛顺利举行)."""
    end = pos
    for _ in range(HELD_AS_PLANNED_SENTENCES):
        stop = _SENTENCE_STOP.search(doc_text, end + 1)
        end = stop.end() if stop else len(doc_text)
    return any(not _HELD_AS_PLANNED_PURPOSE.search(doc_text, start_after(doc_text, held.start()), held.start())
               for held in _HELD_AS_PLANNED.finditer(doc_text, pos, end))


def _counted_years(text: str, skip_planned: bool = False) -> list[int]:
    """Current years the text gives by anniversaries celebrated (庆祝建党102周年 -> 2023); with ``skip_planned`` not those a task
    or a plan marks (要结合纪念改革开放20周年, 将隆重纪念…周年: perhaps a year ahead, as 喜迎 is)."""
    years = []
    for m in _ANNIVERSARY.finditer(text):
        if skip_planned and _TASK_BEFORE_ANNIVERSARY.search(text, start_after(text, m.start()), m.start()):
            continue
        n = parse_number(m["n"])
        if n is not None and n == int(n) and 0 < n < 200:
            years.append(ANNIVERSARIES[m["event"]] + int(n))
    return years


def _years_since(text: str, month: int | None = None) -> list[int]:
    """Current years counted since a starting year (从一九九二年…，十七年来 -> 2009): a loose count
    (十年来), used only when the text writes no year of its own. A count from a start at a year's end (自1996年底启动以来…
    一年来) gives the year it reaches for a meeting in ``month`` of the last quarter (12月28日 -> 1997), the year after for
    one of the first quarter (1月8日 -> 1998), and nothing for another month or none (GUIDELINES §3 twenty-second and
    twenty-third review rounds)."""
    years = []
    at_year_end = list(_SINCE_YEAR_END.finditer(text))
    for m in at_year_end:
        start, n = parse_number(m["y"]), parse_number(m["n"])
        if start is None or n is None or n != int(n) or not 0 < n < 100 or month is None:
            continue
        if month >= LAST_QUARTER_FROM_MONTH:
            years.append(int(start) + int(n))
        elif month <= FIRST_QUARTER_TO_MONTH:
            years.append(int(start) + int(n) + 1)
    for m in _SINCE_YEARS.finditer(text):
        if any(e.start() <= m.start() < e.end() for e in at_year_end):
            continue  # (read above, by the meeting's month)
        start, n = parse_number(m["y"]), parse_number(m["n"])
        if start is not None and n is not None and n == int(n) and 0 < n < 100:
            years.append(int(start) + int(n))
    return years
# A company's plant told by its number or as new, maybe after its town (新竹第三厂, 第二工厂, 宜州新厂, 三厂, 二期厂区; not
# 江南造船厂, 第一棉纺厂: a trade before 厂 makes it a works of its own), and a ceremony about works on it (投产典礼).
_NUMBERED_PLANT_END = re.compile(r"(?:第[一二三四五六七八九十\d]+|[一二三四五六七八九十\d]期?|新)(?:工厂|厂区|厂)$")
# The company before such a plant: a body's end or a trade word closing a company's name, then at most a town (the
# longest such name: 江城光电集团二厂 is the group's plant, not 江城光电's with 集团 read as a town).
_PLANT_OWNER = re.compile("(?P<owner>[\u4e00-\u9fff]{2,}(?:" + _BODY_END + "|" + "|".join(_COMPANY_TRADE_WORDS)
                          + "))[\u4e00-\u9fff]{0,3}$")
# Fixed patterns of MeetingExtractor.date_of.
_OPEN_BRACKET = re.compile(r"[（(]")
_BEFORE_OR_AFTER_AHEAD = re.compile(r"\s*(?:前|之前|以前|后|之后|以后|起|止)")
_DOTTED_MONTH_DAY = re.compile(r"^(\d{1,2})[./](\d{1,2})$")
_BRACKETED_DAY_TIAN = re.compile(r"^([今昨前][（(][\d一二三四五六七八九十]{1,3}[）)])天$")
_BRACKETED_MONTH = re.compile(r"^[本上][（(](\d{1,2})[）)]月")
_NUMERIC_DATE = re.compile(r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")
_DATE_RANGE_SEP = re.compile("[至到\\-—~－～、]")
# A day of the month in digits or numerals, 廿/卅 included (Hong Kong and Macau pages: 廿七日).
_DAY_NUMERALS = r"[\d一二三四五六七八九十廿卅]{1,3}"
_BRACKETED_DAY_ONLY = re.compile(r"^(?:[今昨前本]?[（(](" + _DAY_NUMERALS + r")日?[）)]日?|本月(" + _DAY_NUMERALS + r")日)$")
_BRACKETED_MONTH_DAY = re.compile(r"^[今昨前][（(]([\d一二三四五六七八九十]{1,2}月" + _DAY_NUMERALS + r")[）)]日$")
# (本月廿七日: the day in the 廿/卅 numerals of Hong Kong and Macau pages too)
_THIS_MONTH_DAY = re.compile(r"本月(" + _DAY_NUMERALS + r")日")
_LAST_MONTH_DAY = re.compile(r"上月(" + _DAY_NUMERALS + r")日")
# (冬至当天, 小年当天: a solar term falls on a day that moves by a day or two from year to year, and 小年 is the
# 23rd or the 24th of the twelfth lunar month by region; the calendar the page gives does not fix either, GUIDELINES §3
# date: no outside knowledge, 清明 left out of the festivals for this reason)
_SOLAR_TERMS = ("立春|雨水|惊蛰|春分|清明|谷雨|立夏|小满|芒种|夏至|小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降|立冬|小雪|大雪"
                "|冬至|小寒|大寒")
_DAY_NAME_END = re.compile(rf"(?:[日节夕]|纪念日|小年|{_SOLAR_TERMS})[”\"」]?$")
# (小年当天, 冬至当日: only the days that move, not 元宵节当天, read as its date, nor 开幕日当天, the event's own)
_MOVING_DAY_END = re.compile(rf"(?:小年|{_SOLAR_TERMS})[”\"」]?$")
# Fixed patterns of MeetingExtractor._planned_then_held.
_PLANNED_NAME_AHEAD = re.compile(r"了?([^，。；：,;:！？\n]{2,40})")
_DECIDED_NAME_ON_DAY = re.compile("(?:决定|同意)(?P<name>[^，。；：,;:！？\n]{2,24}?)于[^，。；！？\n]{1,16}?(?:召开|举行|举办)")


# A verb setting targets or work (会议要求…, 提出…目标, 部署…工作, 确定…) earlier in the year's sentence, and what is
# set right after the year in its clause (增长5%, 的目标, 重点工作): a year the meeting plans for, not one it is held in.
# (not _PLAN_AFTER: that one reads a document ahead, 规划/方案, after a span; this one targets and work set for a year)
# (研究2025年重点项目: next year's projects studied; not 研究2024年项目推进情况 nor 研究2024年财政收入增长情况, a review)
_SETS_PLAN = re.compile(f"{_SETS_TARGETS}|确定|研究|{_SETS_WORK}")
# (not 研究了2024年财政收入增长情况, 2024年工作进展: a review of what was done, whatever was set)
_PLANNED_AFTER_YEAR = re.compile(
    r"[^，。；！？\n]{0,16}?(?:增长|目标|工作|任务|达到|实现|完成|项目)(?![^，。；！？\n]{0,8}?(?:情况|进展|进度|成效))")
# (年初确定的2024年各项目标任务全面完成, 确保完成2024年各项目标任务: at a year-end meeting, the year whose targets are
# told done or to be finished is the year the meeting closes, a result told, not a plan ahead; not 要求2025年完成投资
# 100亿元, a target whose object follows 完成)
_TARGETS_MET_AFTER_YEAR = re.compile(
    r"[^，。；！？\n]{0,12}?(?:目标|任务)[^，。；！？\n]{0,4}?(?:全面|顺利|圆满|超额|基本|全部|均已|已经?)?完成(?![^，。；！？\n]{1,2}[\d一二三四五六七八九十几百千万亿])")
_COMPLETES_BEFORE_YEAR = re.compile("完成了?$")
# (2025年，全县将继续推进改革: a year opening its sentence whose next clause tells what will be done, the year ahead
# that a year-end meeting plans for; not 2024年，全县GDP增长5.2%, a result)
# (not 2024年，全县主要经济指标…, GDP将近500亿元, 需要帮扶的…: 将/要 inside another word)
_YEAR_OPENS_PLAN = re.compile(r"[，,][^，。；！？\n]{0,10}?(?:" + _PLAN_MODAL + "|力争|争取)")


def _plan_year(text: str, m: re.Match[str]) -> bool:
    """Whether the year at ``m`` is one a meeting sets targets or work for (要求2025年GDP增长5%, 部署2025年工作)."""
    opened = start_after(text, m.start(), "。！？\n")
    if _COMPLETES_BEFORE_YEAR.search(text, max(0, m.start() - 3), m.start()) or _TARGETS_MET_AFTER_YEAR.match(text, m.end()):
        return False
    if opened == m.start() and _YEAR_OPENS_PLAN.match(text, m.end()):
        return True
    return bool(_SETS_PLAN.search(text, opened, m.start())) and bool(_PLANNED_AFTER_YEAR.match(text, m.end()))


# A time of day written in a meeting's own sentence after its order word (会后，县委书记于傍晚主持召开…): its own time.
_OWN_PART_OF_DAY = re.compile(r"(?:^|[，,\s]|于|在)(?:当天|当日)?(上午|下午|晚上|晚间|早上|早晨|清晨|中午|凌晨|傍晚|夜间)")


# 会上, 会中, 会后, 典礼上, 典礼中, 典礼后, 仪式结束后, 典礼最后: a sentence opening within or right after the meeting or ceremony just
# told (the ceremony by its bare noun, or its opening or closing: 开幕式后).
_WITHIN_OR_AFTER_LEAD = re.compile("会[上后中]|(?:(?:开幕|闭幕)(?:式|典礼|仪式|礼)|典礼|仪式)(?:上|中|后|结束后|最后)")


def _within_meeting_time(meeting: dict[str, Any], told: dict[str, Any] | None) -> str | None:
    """The time of day of ``meeting`` told by an order word (会上, 会后, 会前, 签约前, 仪式结束后, 开班式后, 结束时, 随即,
    随后, 紧接着: _ORDER_TIE) right after ``told``, the meeting it refers to (GUIDELINES §3 nineteenth and twenty-third
    rounds: that event's part of the day with its day): its own part of the day when its sentence writes one (傍晚
    gives 晚上; 中午 gives none, like a clock time alone), none when a day of its own is told (会后次日, 当天: the day
    only), when it opens on no order word (期间: some day of it) or no meeting is told right before it."""
    text = meeting["evidence"]["text"].lstrip()
    # (典礼后举行庆祝晚宴, 会中…: an event told after or inside the one before with no comma after its order word)
    tie = _ORDER_TIE.match(text) or _WITHIN_OR_AFTER_LEAD.match(text)
    if meeting["time_of_day"] is not None or meeting["date_text"] is not None or tie is None:
        return meeting["time_of_day"]
    own = _OWN_PART_OF_DAY.search(text, tie.end())
    if own:
        return _TIME_OF_DAY_CANONICAL.get(own[1], own[1])
    return told["time_of_day"] if told is not None else None


# 〇○零一二三四五六七八九: the digits of a year written in Chinese numerals (一九九七年, 二〇二四年).
_CN_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
# A year in Chinese numerals to be written in digits; not one before 以来 (这是二○二四年以来第二次), which the vote of
# _year_voted reads in its Chinese form as a year of the report, unlike 2024年以来 in digits; nor one opening a full
# date (一九九八年一月二十日, 一九九七年十二月), which the date patterns read whole in numerals.
_CN_YEAR_AS_DIGITS = re.compile("([一二][〇○零一二三四五六七八九]{3})年(?!以来|[一二三四五六七八九十]{1,2}月)")


def _arabic_years(text: str) -> str:
    """``text`` with each year in Chinese numerals written in digits (一九九七年 -> 1997年), the same length."""
    return _CN_YEAR_AS_DIGITS.sub(lambda m: m[1].translate(_CN_YEAR_DIGITS) + "年", text) if "年" in text else text


class _YearClues:
    """What the steps of _YEAR_STEPS read, each computed once: the meeting's item and whether the meeting is early
    in a year at once, the meeting's sentence to its end and the years the item's sentences review only when a step
    asks (a page stamp or the meeting's own sentence settles most years before them)."""

    __slots__ = ("doc", "meeting_text", "month", "text", "early", "_said", "_reviewed_anywhere")

    def __init__(self, doc: Document, meeting_text: str, month: int | None) -> None:
        self.doc = doc
        self.month = month
        # (本报讯…１９９７年共查补税款… glued after the meeting's own item: another article's year)
        # (会议回顾了一九九七年的工作: a year in Chinese numerals reads as the same year in digits, one character for
        # one, so every step's reading of a year reviewed, recalled or planned applies to it too)
        self.meeting_text = _arabic_years(meeting_text)
        self.text = _arabic_years(_item_text(doc.clean_text, meeting_text))
        # (a year reviewed at a meeting in the first half of a year is the one before)
        self.early = month is not None and month <= REVIEW_NEXT_YEAR_MONTHS
        self._said: str | None = None
        self._reviewed_anywhere: list[int] | None = None

    @property
    def said(self) -> str:
        """The meeting's sentence read to its end (the meeting's text may stop at the verb of remarks)."""
        if self._said is None:
            text, meeting_text = self.text, self.meeting_text
            at = text.find(meeting_text)
            end = _SENTENCE_STOP.search(text, at + len(meeting_text)) if at >= 0 else None
            self._said = meeting_text if at < 0 else text[at : end.start() if end else len(text)]
        return self._said

    @property
    def reviewed_anywhere(self) -> list[int]:
        """The years each sentence of the item reviews, in the order written."""
        if self._reviewed_anywhere is None:
            reviewed: list[int] = []
            for sentence in _SENTENCE_STOP.split(self.text):
                reviewed += _reviewed_years(sentence)
            self._reviewed_anywhere = reviewed
        return self._reviewed_anywhere


def _year_of_stamp(c: _YearClues) -> int | None:
    """The page stamp's year (发布时间：08/05/2024, day and month read either way): the page's own date, ahead of any text."""
    return stamp_year(c.doc)


# A two-digit year opening an event's name, after its quote mark or an apostrophe (“98王码…研讨会”, ’98香港玩具展览会):
# the event's year (GUIDELINES §3 thirtieth review round); not a year whose results are reported (’97业绩发布会).
_SHORT_YEAR_NAME = re.compile(r"(?:[“「\"][’'‘]?|[’'‘])(?P<y>\d{2})(?![\d年.．%％])(?!业绩|年度|年终|总结)(?![^”」\"]{0,30}?(?:颁奖|表彰|评选|揭晓))"
                              r"[\u4e00-\u9fff]{2,30}?(?:会议|会|论坛|节|展|赛)(?![\u4e00-\u9fff])")


def _year_of_short_name_year(c: _YearClues) -> int | None:
    """The one two-digit year opening an event's name in the meeting's sentence (“98王码国产系列软件研讨会” → 1998), for
    a meeting after March: early in a year such a name may be the year before's, its results or prizes given out after
    it (’97…颁奖大会 in January, as a selection of year Y named by that year is, twenty-sixth round)."""
    if c.month is None or c.month <= 3:
        return None
    years = {int(m["y"]) for m in _SHORT_YEAR_NAME.finditer(c.meeting_text)}
    if len(years) != 1:
        return None
    year = years.pop()
    return 1900 + year if year >= 50 else 2000 + year


def _year_of_own_anniversary(c: _YearClues) -> int | None:
    """An anniversary celebrated in the meeting's sentence (庆祝建党102周年): the strongest text clue (2022年是… may look back)."""
    own = _counted_years(c.meeting_text)
    return max(own) if own else None


def _year_of_start_anniversary(c: _YearClues) -> int | None:
    """One anniversary in the meeting's sentence of a start the item dates (诞辰90周年, 1908年…出生): as sure as the one above."""
    started = _anniversary_years(c.meeting_text, c.text)
    return started[0] if len(started) == 1 else None


def _year_between_summed_and_planned(c: _YearClues) -> int | None:
    """The meeting's sentence summing up a year and planning the next: early in the second or late in the first; refines step 5."""
    month, meeting_text = c.month, c.meeting_text
    planned = [int(y) for y in _YEAR_PLANNED.findall(meeting_text)]
    summed = [int(y) for y in _YEAR_SUMMED.findall(meeting_text)]
    if planned and summed and min(planned) == max(summed) + 1 and month is not None and (c.early or month >= YEAR_END_FROM_MONTH):
        return min(planned) if c.early else max(summed)
    return None


# An award or a selection of a year named by that year (1997年千里明杯世界十佳运动员评选揭晓仪式, 1997年度…颁奖大会, 向获得
# 1997年射击“十佳”的运动员发了奖): the prizes or results of that year's achievements given out, at a meeting of the first
# quarter in the year after it, like a 年度 review (GUIDELINES §3 twenty-sixth round); unlike 1998年度工作会议, a year's own
# planning meeting, and a selection launched (2024年十佳市民评选活动启动仪式: the year's own campaign, its results ahead).
SELECTION_NOUNS = ("十佳", "十大", "最佳", "评选", "评比", "优秀")
# (patterns: 发了奖, 颁了奖; 动员 as a rally, not inside 运动员)
AWARD_RESULT_WORDS = ("揭晓", "颁了?奖", "发了?奖", "授奖", "表彰", "奖励", "颁发", "当选", "评出")
SELECTION_LAUNCH_WORDS = ("启动", "动员(?:会|大会)", "报名", "征集", "部署", "开始", "申报")
_SELECTION_AFTER_YEAR = re.compile("度?[^，。；！？\n]{0,16}?(?:" + "|".join(SELECTION_NOUNS + AWARD_RESULT_WORDS) + ")")
_AWARD_RESULT = re.compile("|".join(AWARD_RESULT_WORDS))
_SELECTION_LAUNCH = re.compile("|".join(SELECTION_LAUNCH_WORDS))
# A four-digit year opening the name of the meeting the sentence holds (主持召开2024年全市科协全体会议, 2024年春季…开工仪式
# 今天举行): the meeting's own year (GUIDELINES §3 eighteenth and thirty-ninth review rounds), not a year's review or its
# results (2023年度…, 2023年工作总结会, 2023年…颁奖大会: the year after early in a year), nor a meeting's decisions told
# (…会议精神, 决定).
_YEAR_NAMED_MEETING = (r"(?<!\d)((?:19|20)\d{2})年(?![度底初末以来前后])(?:(?!" + "|".join(SELECTION_NOUNS + AWARD_RESULT_WORDS)
                       + r"|总结|回顾|述职|业绩)[\u4e00-\u9fff]){2,24}?(?:会议|大会|年会|论坛|研讨会|座谈会|仪式)"
                       r"(?![\u4e00-\u9fff]{0,2}?(?:精神|决定|决议|纪要|文件))")
_HELD_YEAR_NAMED_MEETING = re.compile(r"(?:召开|举行|举办)" + _YEAR_NAMED_MEETING
                                      + r"|(?:^|(?<=[，。；：\n]))" + _YEAR_NAMED_MEETING
                                      + r"[^，。；！？\n]{0,16}?(?:召开|举行|开幕|闭幕)(?!以来|之?后|之?前|的|时)")


def _selection_of_year(text: str, year: re.Match[str], month: int | None) -> bool:
    """Whether ``year`` (a match of _YEAR_ANY) names a selection or an award of that year whose results or prizes its
    clause gives out, at a meeting of the first quarter (``month``): the year after ``year``."""
    if month is None or month > FIRST_QUARTER_TO_MONTH or _SELECTION_AFTER_YEAR.match(text, year.end()) is None:
        return False
    start, end = clause_bounds(text, year.start())
    return _AWARD_RESULT.search(text, start, end) is not None and _SELECTION_LAUNCH.search(text, start, end) is None \
        and not _year_ahead_or_past(text, year.start(), year.end())


def _year_own_selection(c: _YearClues) -> int | None:
    """A selection or an award of a year named in the meeting's sentence (1997年…十佳…评选揭晓仪式) at a meeting of the
    first quarter: the year after, as a 年度 review is (step 5); a year's own planning meeting is read by step 9."""
    selected = [int(m[1]) for m in _YEAR_ANY.finditer(c.meeting_text) if _selection_of_year(c.meeting_text, m, c.month)]
    return min(selected) + 1 if selected else None


def _year_own_sentence_reviews(c: _YearClues) -> int | None:
    """The smallest year the meeting's sentence reviews (2022年度…表彰大会), plus one early in a year: its own subject."""
    reviewed = _reviewed_years(c.meeting_text)
    return min(reviewed) + (1 if c.early else 0) if reviewed else None


def _year_named_current(c: _YearClues) -> int | None:
    """The current year named in the item (2023年是…): the text saying which year it is, ahead of years merely written."""
    named = _years_named_current(c.text, c.month)
    return max(named) if named else None


def _year_of_any_anniversary(c: _YearClues) -> int | None:
    """An anniversary celebrated anywhere in the item: a current year counted, weaker than one in the meeting's sentence;
    one a task or a plan marks (要结合纪念改革开放20周年) may be a year ahead and names none (thirty-ninth review round)."""
    counted = _counted_years(c.text, skip_planned=True)
    return max(counted) if counted else None


def _year_after_recalled_in_remarks(c: _YearClues) -> int | None:
    """A year a speaker looks back on in the meeting's sentence early in the next (1月21日…指出，1997年…): the year after."""
    if c.month is None or c.month > REMARKS_LOOK_BACK_MONTHS:
        return None
    said = c.said
    recalled = [int(r[1]) for r in _REMARKS_YEAR.finditer(said)
                if not _FUTURE_IN_SENTENCE.search(said, *clause_bounds(said, r.start(1)))
                and not _PLAN_IN_CLAUSE.search(said, *clause_bounds(said, r.start(1)))
                and not _TARGET_IN_CLAUSE.search(said, *clause_bounds(said, r.start(1)))]
    return min(recalled) + 1 if recalled else None


def _year_own_sentence_names(c: _YearClues) -> int | None:
    """The single year the meeting's sentence names (2019年…年会开幕), the one before for a year-end work meeting; reviews left below."""
    meeting_text, month = c.meeting_text, c.month
    own_years = {int(m[1]) for m in _OWN_YEAR.finditer(meeting_text)
                 if not _SINCE_BEFORE.search(meeting_text, 0, m.start()) and not _SPAN_AROUND.match(meeting_text, m.end())
                 and not _NOT_THE_YEAR_AFTER.match(meeting_text, m.end(1) + 1)
                 # (审议了《2035年远景目标纲要》: a plan's horizon)
                 and not _PLAN_HORIZON_AFTER.match(meeting_text, m.end())
                 # (研究部署2024年…工作: a year planned)
                 and not _PLAN_BEFORE.search(meeting_text, max(0, m.start() - 6), m.start())
                 and not _SPAN_BEFORE.search(meeting_text, max(0, m.start() - 6), m.start())
                 # (力争2026年…, 团市委将在2026年…, 2028年奥运会 after 将: a year ahead; 比2022年: a base)
                 and not _year_ahead_or_past(meeting_text, m.start(), m.end(1) + 1,
                                             month is not None and month >= YEAR_END_FROM_MONTH)
                 # (提出到2030年建成…: a target's deadline, no evidence of the meeting's year, §3 nineteenth round;
                 # not 到2023年底已…: a stock, which _FUTURE_CLAUSE leaves out)
                 and not (m.start() and _FUTURE_CLAUSE.match(meeting_text, m.start() - 1))}
    if len(own_years) != 1 or _REVIEW_WORDS.search(meeting_text):
        return None
    year = own_years.pop()
    # (11月26日，县委召开全会，审议2025年经济社会发展计划: next year's plan, see _year_ahead)
    late = month is not None and month >= 11 and (
        re.search(rf"{year}年[^，。；]{{0,12}}工作(?:会议|大会)", meeting_text)
        or any(m[1] == str(year) and _year_ahead(meeting_text, m, month) for m in _YEAR_ANY.finditer(meeting_text)))
    return year - 1 if late else year


def _year_before_next_year_start(c: _YearClues) -> int | None:
    """Before a single start on 1 January ahead (将从1998年1月1日起) a November or December meeting is in the year before."""
    if c.month is not None and c.month >= YEAR_END_FROM_MONTH:
        ahead = {int(a[1] or a[2]) for a in _NEXT_YEAR_START.finditer(c.text)}
        if len(ahead) == 1:
            return ahead.pop() - 1
    return None


def _year_of_account(c: _YearClues) -> int | None:
    """The year of the account's last full date before the meeting (_narrative_year): wins over years voted (GUIDELINES §3)."""
    return _narrative_year(c.text, c.meeting_text, c.month)


def _year_any_sentence_reviews(c: _YearClues) -> int | None:
    """The smallest year any sentence of the item reviews, plus one early in a year: the report's work, ahead of the vote."""
    reviewed = c.reviewed_anywhere
    return min(reviewed) + (1 if c.early else 0) if reviewed else None


def _year_end_summing_up(c: _YearClues) -> int | None:
    """A November or December meeting in an item summing up a year and planning the next (总结2023年…部署2024年): the first."""
    if c.month is not None and c.month >= YEAR_END_FROM_MONTH:
        planned = [int(y) for y in _YEAR_PLANNED.findall(c.text)]
        summed = [int(y) for y in _YEAR_SUMMED.findall(c.text)]
        if planned and summed and min(planned) == max(summed) + 1:
            return max(summed)
    return None


def _year_written_most(c: _YearClues) -> int | None:
    """The year written most often (later on a tie; ROC years on a Taiwan page), else counted since a start: the last resort.
    A November or December meeting's plan years (_plan_year) are no evidence of its own year and are not counted, but
    for the year whose work or plan it sets out, read as the year before (_year_ahead)."""
    return _year_voted(c.text, c.month, c.early)


# A year told as the time of one past happening (1965年签订的协定, 克雷库回忆起1986年对中国的访问, 黄公略1927年参加广州起义,
# 当年, 早在): a point in a history, which says nothing of when the report is (GUIDELINES §3: no evidence of the meeting's
# year, like a person's history); the vote leaves it out. The happening is a founding, a life event, a signing or a
# visit told right after the year in its clause, or a recall word before it in the clause (曾 also after it).
PAST_HAPPENINGS = ("出生", "诞生", "生于", "入党", "入团", "入伍", "参军", "参加工作", "毕业", "起义", "创刊", "创办", "创建",
                   "创立", "建立", "成立", "建校", "建县", "建市", "签订", "签署", "缔结", "访华", "访问", "出访", "来华",
                   "逝世", "去世", "病逝", "牺牲", "就义", "迫害致死", "下岗", "离休", "退休", "加入", "建起",
                   # (1960年被评为全国劳动模范, 1958年周总理授予他“感谢状”, 1991年当选为学部委员: an honour or an office in a
                   # person's or a body's history, told in passing, like 1989年入党)
                   "评为", "授予", "荣获", "获评", "荣膺", "当选", "命名为",
                   # (在1997年举行的世界锦标赛上: an event of that year told as held, a point of the past; the report says
                   # 今年 for its own year)
                   "举行的", "召开的", "举办的")
# (1992年10月，该县建起…: a month or a season set off by a comma is the time of the happening in the clause after it; not
# the year alone, 1997年，…: a year looked back on, _year_looked_back)
_PAST_HAPPENING_AFTER = re.compile(r"(?:(?:\d{1,2}月(?:\d{1,2}日)?|[春夏秋冬]季?)[，,]?|初|底|末)?[^，。；！？\n]{0,8}?(?:"
                                   + "|".join(PAST_HAPPENINGS) + ")(?![^，。；！？\n]{0,6}?周年)"
                                   # (1956年曾改为周刊: a recall word right after the year)
                                   "|[^，。；！？\n]{0,6}?曾")
# (他永远不能忘记1950年1月的一个傍晚, 难忘1985年…, 还记得1990年…: a memory told, like 回忆起)
_RECALL_BEFORE = re.compile("回忆|忆起|想起|忘记|忘不了|难忘|记得|早在|当年|那年|曾经?")
# 在1996年大选中，桥党与…十字路口党曾结成竞选联盟: a year set off as the time of the clause after it (the year opening its
# clause, a few characters after it: 中, 时, 期间, 的选举中) whose act is told with 曾: a point in a history, as 曾 right
# after the year is (GUIDELINES §3 twenty-fifth round); not 曾 opening that clause or after 与/和 (曾华等…: a surname).
YEAR_AS_TIME_CHARS = 8  # (在1996年的议会选举中: 7 characters after the year; calibrated on invented paraphrases)
_RECALL_IN_NEXT_CLAUSE = re.compile("(?<=[\u4e00-\u9fff])(?<![与和同及跟向对给])曾(?!几何)")
# 两国渔业协定是1965年签订的, 这是中国作家高莽1996年为我画的: the time of a past act told by 是…的, its clause closing on 的.
_CLEFT_BEFORE_YEAR = re.compile("是")
_CLEFT_PAST_AFTER_YEAR = re.compile("[^，。；！？\n]{0,12}?[\u4e00-\u9fff]的(?=[”」’\"]?(?:[，。；！？,;!?\n]|$))")


def _past_happening_year(text: str, year: re.Match[str]) -> bool:
    """Whether ``year`` dates one past happening (see PAST_HAPPENINGS) rather than the period the report is in (not
    今年（2024年）适逢…成立三十五周年: an anniversary the current year marks)."""
    clause_start, clause_end = clause_bounds(text, year.start())
    if _RECALL_BEFORE.search(text, clause_start, year.start()):
        return True
    if _CLEFT_BEFORE_YEAR.search(text, clause_start, year.start()) and _CLEFT_PAST_AFTER_YEAR.match(text, year.end()):
        return True
    if year.start() - clause_start <= 1 and clause_end - year.end() <= YEAR_AS_TIME_CHARS and text.startswith(("，", ","), clause_end) \
            and _RECALL_IN_NEXT_CLAUSE.search(text, clause_end + 1, clause_bounds(text, clause_end + 1)[1]):
        return True
    happening = _PAST_HAPPENING_AFTER.match(text, year.end())
    return happening is not None and _FUTURE_IN_SENTENCE.search(text, year.end(), happening.end()) is None


# 1997年前10个月…增长20%, 1997年1月至11月，…下降5%, 1997年前三季度…: figures of a part of a year whose months are all over; at
# a meeting in an earlier month of a year (1月13日), that year has ended: the meeting is in the year after it.
_MONTHS_DONE = re.compile(r"(?:度)?(?:前(?P<n>[一二三四五六七八九十\d]{1,3})个?月|(?:1|一)月?[-—－~至到](?P<m>[\d二三四五六七八九十]{1,3})月"
                          r"|前(?P<q>[一二三])季度|(?P<h>上)半年)")
_QUARTER_MONTHS = {"一": 3, "二": 6, "三": 9}


def _months_done_after(text: str, year: re.Match[str], month: int | None) -> bool:
    """Whether ``year`` is followed by a part of it whose months are all over (_MONTHS_DONE) and reach past the meeting's
    ``month``: the meeting is in a later year."""
    if month is None:
        return False
    done = _MONTHS_DONE.match(text, year.end())
    if done is None:
        return False
    if done["q"]:
        months = _QUARTER_MONTHS[done["q"]]
    elif done["h"]:
        months = 6
    else:
        months = parse_number(done["n"] or done["m"])
    if months is None or not month < months <= 12:
        return False
    # (各县在1998年上半年要完成全年任务的一半: a part of the year set as a target, the months still ahead)
    clause_start, clause_end = clause_bounds(text, year.start())
    sentence_end = end_before(text, year.end(), "。！？\n")
    return not _FUTURE_CLAUSE.search(text, clause_start, clause_end) \
        and _STOCK_PLANNED.search(text, clause_start, sentence_end) is None


# 欧元1999年1月1日准时启用将进一步改善…: a full date whose clause goes on with 将, a day ahead (GUIDELINES §3: a year given only
# for a plan is no evidence of the meeting's).
_DAY_AHEAD_AFTER = re.compile(r"\d{1,2}月\d{1,2}日[^，。；！？\n]{0,12}?" + NOT_JIANG_PLACE + "将(?![军领士帅来近])")
# 县委要求，1999年1月20日前完成任务: a deadline written with its month and day, a target (GUIDELINES §3 `date`: not a day in what
# the meeting dealt with, 5月20日前完成), no evidence of the report's year.
_DEADLINE_DAY_AFTER = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:(?:\d{1,2}|[一二三]?十?[一二三四五六七八九十])日|[底末])?(?:之|以)?前"
                                 r"(?![一二三四五六七八九十两几\d]|半)")
# 《…“九五”计划和2010年远景目标纲要》, 2035年远景目标: the horizon of a plan or an outline, a year ahead.
_PLAN_HORIZON_AFTER = re.compile("[^，。；、]{0,6}?(?:远景目标|远景规划|规划纲要|发展纲要|纲要)")


# (the vote reads only the item's text, the month and whether it is early in a year: every meeting of a page with many
# meetings and no publication date asks the same question, and each vote scans the whole item; found by fuzzing)
@functools.lru_cache(maxsize=16)
def _year_voted(text: str, month: int | None, early: bool) -> int | None:
    """_year_written_most's vote over the years written in ``text``."""
    # (a year after 从/自/于 is a starting point in the past: 上海从一九九二年对口支援…, 自2017年成立以来;
    # 巩固2021年…成果, 纪念…: a past year recalled; 2025年—2027年, 2024—2026年: a plan's span)
    # (这批债券…二○○三年二月四日到期, 到2005年…: a year ahead)
    # (12月20日…会议要求2025年GDP增长5%，2025年财政收入增长6%。…2024年前三季度GDP增长5.2%: at a year-end meeting a
    # year the meeting sets targets or work for is no evidence of its own year, §3; such years are dropped, and where
    # they are the page's only years the year, and so the date, stays null as the guideline asks; but not the year
    # whose work or plan it sets out (提出１９９８年…计划的主要目标, _year_ahead), which votes the year before)
    late = month is not None and month >= YEAR_END_FROM_MONTH
    years = [int(m[1]) + (1 if early and (_STOCK_AT_YEAR_END.match(text, m.end()) and _STOCK_BEFORE.search(text, max(0, m.start() - 3), m.start())
                                          or _stock_told(text, m))
                          or early and _year_looked_back(text, m, month <= REMARKS_LOOK_BACK_MONTHS)
                          or _late_last_year(text, m.end(), month) or _relayed_later_month(text, m, month)
                          or _months_done_after(text, m, month)
                          # (向获得1997年“十佳”的运动员发了奖 at a January meeting: the year's prizes, given out after it)
                          or _selection_of_year(text, m, month) else 0)
             - (1 if _year_ahead(text, m, month) else 0)
             for m in _YEAR_ANY.finditer(text)
             if not _SINCE_BEFORE.search(text, 0, m.start()) and not _RECALLED_BEFORE.search(text, max(0, m.start() - 6), m.start())
             # (2023年，全市…取得新成效，如今…: a year looked back on keeps its reading above)
             and not (_THEN_AND_NOW.match(text, m.end()) and not _year_looked_back(text, m))
             and not _SPAN_AROUND.match(text, m.end()) and not _NOT_THE_YEAR_AFTER.match(text, m.end())
             and not (_SPAN_BEFORE.search(text, max(0, m.start() - 6), m.start()) and _PLAN_AFTER.match(text, m.end()))
             # (2024—2025年度…培训班: a label of a working or school year spanning two, no year of the report)
             and not (_SPAN_BEFORE.search(text, max(0, m.start() - 6), m.start()) and text.startswith("度", m.end()))
             and (not _FUTURE_CLAUSE.search(text, *clause_bounds(text, m.start())) or _stock_told(text, m))
             # (会议要求，到1999年底，…减少到四千万: a deadline the meeting sets, at any month)
             and not _deadline_planned(text, m)
             and not _year_ahead_or_past(text, m.start(), m.end(), late)
             # (李某（1924年6月8日—2010年3月4日）: a life span, no year of the report)
             and not life_dated(text, m.start(), m.end())
             # (传达学习了2023年12月召开的…会议精神: a relayed event's year, read by _relayed_later_month above)
             and not (_past_happening_year(text, m) and not _relayed_later_month(text, m, month))
             and not _PLAN_HORIZON_AFTER.match(text, m.end())
             and not _DEADLINE_DAY_AFTER.match(text, m.end())
             and not _DAY_AHEAD_AFTER.match(text, m.end())
             and not (late and _plan_year(text, m) and not _year_ahead(text, m, month))]
    years += [parse_date(m.group()).year for m in _CN_YEAR.finditer(text)  # 二○二四年以来
              if not _SINCE_BEFORE.search(text, 0, m.start()) and not _FUTURE_CLAUSE.search(text, *clause_bounds(text, m.start()))
              and not _RECALLED_BEFORE.search(text, max(0, m.start() - 6), m.start())
              # (一九九九年二月底前完成验收: a deadline; 一九五六年三月曾…: a past happening, as for years in digits)
              and not _DEADLINE_DAY_AFTER.match(text, m.end()) and not _past_happening_year(text, m)]
    if _on_taiwan_page(text):
        years += [int(y) + 1911 for y in _ROC_YEAR.findall(text)]
    years = years or _years_since(text, month)
    if not years:
        return None
    # (the latest year the text tells, not ahead: a report is in or after every year it tells as present or past, so an
    # older year named more often, 1997年 three times beside 1998年 once, does not win over it)
    return max(years)


# The steps of MeetingDates.year_from_text, the first year found winning; the order is the policy (a page with no
# publication date, GUIDELINES §3), each step's docstring saying why it ranks where it does:
#   1. the page stamp's year;
#   2. an anniversary celebrated in the meeting's own sentence (庆祝建党102周年);
#   3. a single anniversary there of a start the item dates (诞辰90周年 with 1908年…出生);
#   4. that sentence summing up one year and planning the next, early in the second or late in the first;
#   5. the smallest year that sentence reviews (2022年度…表彰大会), plus one in the first half of a year;
#   5b. a selection or an award of a year that sentence names (1997年…十佳…评选揭晓仪式), plus one in the first quarter;
#   6. the current year named in the item (2023年是…);
#   7. an anniversary celebrated anywhere in the item, not one a task or a plan marks (要结合纪念…周年);
#   8. a year a speaker looks back on in the meeting's sentence, plus one, early in the year;
#   9. the single year the meeting's sentence names (the year before for a year-end work meeting);
#  10. for a meeting in November or December, the year before a single start on a first of January ahead;
#  11. the year of the account's last full date before the meeting (_narrative_year);
#  12. the smallest year any sentence of the item reviews, plus one in the first half of a year;
#  13. for a meeting in November or December, the year an item summing up one year and planning the next sums up;
#  14. the year written most often (ROC years converted on a Taiwan page), else years counted since a start; for a
#      meeting in November or December the years it sets targets for (要求2025年GDP增长5%) are not counted, the year
#      whose work or plan it sets out counting as the year before (_year_ahead).
# Only the meeting's own item of a page of glued items is read (_YearClues.text).
_YEAR_STEPS: tuple[Callable[[_YearClues], int | None], ...] = (
    _year_of_stamp,
    _year_of_short_name_year,
    _year_of_own_anniversary,
    _year_of_start_anniversary,
    _year_between_summed_and_planned,
    _year_own_sentence_reviews,
    _year_own_selection,
    _year_named_current,
    _year_of_any_anniversary,
    _year_after_recalled_in_remarks,
    _year_own_sentence_names,
    _year_before_next_year_start,
    _year_of_account,
    _year_any_sentence_reviews,
    _year_end_summing_up,
    _year_written_most,
)


# 年会6月14日至16日在…举行 on a page of 8 May: a span of days with its month ahead of publication (not 20日 alone, which
# may be this month or the last, read as past).  (A meeting of one day ahead, 6月20日，…召开, is kept for now: many pinned
# invented rows date their meetings after the default test page's day.)
_SPAN_WRITTEN = re.compile(r"\d{1,2}月\d{1,2}[日号]?[至到\-—~－～]\d")

# 12月20日，县委经济工作会议召开后，…: a date opening the sentence right before the name dates the holding itself, so
# the meeting is told as held that day (like 县委经济工作会议12月20日召开) and its committee holds it.
_DAY_PART_THEN_NAME = re.compile(r"\s*(?:上午|下午|晚上|晚间|晚|早上|中午)?\s*[，,]?\s*")


def _held_on_told_day(text: str, name_start: int) -> bool:
    """Whether the sentence holding the name at ``name_start`` opens on a date right before it (a time of day and a
    comma between allowed)."""
    lead_start = start_after(text, name_start, "。；！？\n")
    date = _DATE.search(text, lead_start, name_start)
    return date is not None and not text[lead_start : date.start()].strip() \
        and _DAY_PART_THEN_NAME.fullmatch(text, date.end(), name_start) is not None


def _day_word_after_vague_main(text: str, main: dict[str, Any], meeting: dict[str, Any]) -> bool:
    """Whether the last day told before ``meeting`` (当天下午，…召开座谈会) is the main meeting's own vague day (日前, 近日,
    in its sentence), no other day or lunar day being told between: 当天 then means the main meeting's day, however the
    page gives it (a headline bracket, a photo caption)."""
    start, main_start = meeting["evidence"]["clean_start"], main["evidence"]["clean_start"]
    if start < main["evidence"]["clean_end"]:
        return False
    last = _last_told_day(text, main_start, start)
    return last is not None and last.end() <= main["evidence"]["clean_end"] and _VAGUE_DATE.fullmatch(last.group()) is not None \
        and _last_lunar_day(text, main_start, start) is None


# (县委召开常委会议。县政府次日召开…: a later meeting's own day, counted from the day named last before it)
# 次日, 翌日, 两天后: a day told relative to the one before (see _SHIFTED_DAY), anchored as _SAME_DAY reads it (not
# 会议要求，各单位次日起开展排查: a day inside the meeting's remarks, no day the text moves to).
_SHIFTED_DAY_WORD = re.compile(_SHIFTED_DAY_OPENS)
_SUBJECT_SHIFTED = re.compile("(?<=[委府局会院校部组办])于?\\s*(?:" + _SHIFTED_WORDS + ")")

# A year written in a date_text (1997年12月31日, 一九九七年十二月): the meeting's year as written.
_WRITTEN_YEAR = re.compile("(?:19|20)\\d{2}年|[一二][〇○零一二三四五六七八九]{3}年")
# 去年12月31日, 前年…: the years a day written with its relative year word lies back.
_YEARS_BACK = {"去年": 1, "前年": 2}


# 本报济南1月8日电, 新华社长沙一月十六日电: an item's dated dateline and its day.
_DATELINE_WITH_DAY = re.compile(r"(?:新华社|本报|中新社|中新网)[^，。；\s]{0,12}?"
                                r"(?P<day>\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[电讯]")


# 6日, 十七日, 今天, 当天, 昨晚, 次日, 日前: a day or a day word of the meeting's own sentence.
_OWN_DAY_WORD = re.compile("[\\d一二三四五六七八九十]日|今[天日晚晨早]|昨|前天|当[天日晚]|同日|次日|翌日|日前|近日|[\\d一二三四五六七八九十]号")


def _dated_by_dateline_only(text: str, meeting: dict[str, Any]) -> bool:
    """Whether ``meeting``'s date_text is only its item's dateline day (本报济南1月8日电 …在此间召开的…会议上透露的: 1月8日), the
    item writing that day nowhere else: no day written for the meeting (GUIDELINES §3 date_text: the expression as written
    for this meeting; thirty-third review round). A day the item writes again (…1月8日在…举行) stays."""
    written = meeting["date_text"]
    if not written or not _DATELINE_WITH_DAY.search(text):
        return False
    if _OWN_DAY_WORD.search(_DATELINE_WITH_DAY.sub("", meeting["evidence"]["text"])):
        # (…会议6日在北京举行, 已于当天下午…举行了会谈: a day or a same-day word of its own, read against the dateline)
        return False
    start = meeting["evidence"]["clean_start"]
    # (the meeting's sentence may open with the dateline itself, 据 before it at most)
    opening = None
    for found in _ITEM_DATELINE.finditer(text):
        if found.start() > start and text[start : found.start()].strip() not in ("", "据"):
            break
        opening = found
    if opening is None or (line := _DATELINE_WITH_DAY.match(text, opening.start())) is None or line["day"] != written:
        return False
    following = _ITEM_DATELINE.search(text, line.end())
    return written not in text[line.end() : following.start() if following else len(text)]


# How far a day told before 当天 may lie from the main meeting's and still be a day of the same account.
_ACCOUNT_SPAN = dt.timedelta(days=31)


def _same_account(told: str, main: str) -> bool:
    """Whether the ISO day ``told`` can be a day of the account whose main meeting is on ``main``: within a month
    of it (4月2日…支委会。4月9日…党员大会。当天… is; 学校始建于1959年9月1日。当天下午… and a project 于2023年10月12日签约落地
    before a meeting of 2024 are background, told days of another story)."""
    return abs(dt.date.fromisoformat(told) - dt.date.fromisoformat(main)) <= _ACCOUNT_SPAN


# The part of the day right before the verb of holding, perhaps after 于 and before a clock time or the venue
# (于下午召开, 下午在市委党校召开, 晚上8时举行): the meeting's when the day opens its sentence with none of its own.
_PART_BEFORE_HOLDING = re.compile(r"(?:^|(?<=[\u4e00-\u9fff，,\s]))(?:于|在)?(?P<part>上午|下午|晚上|晚间)"
                                  r"(?:\d{1,2}[时点](?:\d{1,2}分|半|许)?)?(?:在[^，。；！？]{1,25}?)?"
                                  r"(?:主持)?(?:召开|举行|举办)")

# (应市民的要求，下午1时30分就举行了开幕式: the part of the day and a clock time opening the meeting's clause, right
# before the verb of holding, with no day told: the part of the day is stated, GUIDELINES §3 time_of_day, thirty-fifth
# review round)
_PART_AND_CLOCK_OPEN_HOLDING = re.compile(r"\s*(?P<part>上午|下午|晚上|晚间)\d{1,2}[时点](?:\d{1,2}分|半|许)?"
                                          r"(?:就|便|才)?(?:召开|举行|举办)")

# 这次会议是12日召开的, 本次大会于5月12日开幕: the body's own word on the day the meeting just told opened.
_OWN_DAY_TOLD_LATER = re.compile(f"(?<![^。\\n])(?:这次|此次|本次)(?:会议|大会)(?:是|已?于)(?P<day>(?:{DATE_NUMBER}月)?{DATE_NUMBER}日)"
                                 "(?:召开|开幕|举行)的?[。，]")


class MeetingDates:
    """The date, year and day readings of MeetingExtractor."""

    def year_from_text(self, doc: Document, meeting_text: str, month: int | None) -> int | None:
        """The meeting's year when neither the date nor a publication date gives it: the first year of the steps
        of _YEAR_STEPS, tried in their order."""
        clues = _YearClues(doc, meeting_text, month)
        for step in _YEAR_STEPS:
            year = step(clues)
            if year is not None:
                return year
        return None

    def date_of(self, doc: Document, sentence: str, reference: dt.date | None) -> tuple[str | None, str | None, str | None]:
        m = _DATE.search(sentence)
        while m and ((label := _PAGE_DATE_LABEL.search(sentence, 0, m.start())) and label.end() == m.start()
                     or _WINDOW_DATE_LABEL.search(sentence, max(0, m.start() - 12), m.start())):
            # 发布时间：2024-03-01 10:00 2月29日，…召开: the page's date on the paragraph's line, then the account's
            # (召开动员会，征稿时间为3月1日至4月30日: a window's dates, then the account's if any)
            m = _DATE.search(sentence, m.end())
        if m and (put_off := _PUT_OFF_HELD.search(sentence, clause_bounds(sentence, m.start())[0])) \
                and put_off.start() <= m.start() < put_off.end("plan") \
                and (later := _DATE.search(sentence, put_off.end("plan"), clause_bounds(sentence, m.start())[1])):
            m = later  # 原定于3月15日召开的…会议于3月20日召开: the day it was held, not the one once planned
        if not m:
            return self.festival_of(doc, sentence, reference)
        learnt = _past_reporter_clause(sentence, m)
        if learnt is None:
            return None, None, None
        m = learnt
        if _CUTOFF_BEFORE.search(sentence, max(0, m.start() - 3), m.start()) \
                and not _HELD_VERB.search(sentence, *clause_bounds(sentence, m.start())):
            # 截至5月6日，全县已完成…，县委召开…: a tally's cutoff day dates nothing held; a later day of the sentence may
            later = _DATE.search(sentence, m.end())
            if later is None:
                return None, None, None
            m = later
        next_day = _NEXT_DAY_HELD.search(sentence, m.end())
        if next_day and not _HELD_VERB.search(sentence, *clause_bounds(sentence, m.start())):
            # 5月7日晚，县长…检查防汛工作，次日上午主持召开…调度会: the day after the one written
            day = self.date_of(doc, sentence[: next_day.start()], reference)[0]
            later = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat() if day else None
            return later, next_day["day"], _time_of_day(next_day["part"] or "")
        m = _past_lead_clause(sentence, m)
        date_line = "年" in m.group() and _DATE_LINE_BEFORE_DAY.match(sentence, m.end()) is not None
        if not _DATELINE_AFTER_DATE.match(sentence[m.end() :]) and not date_line:
            held = _held_clause_date(sentence, m)
            if held is None:
                return self.festival_of(doc, sentence, reference)
            m = held
            lead_start, lead_end = clause_bounds(sentence, m.start())
            if ((_LEAD_CLAUSE.match(sentence, lead_start) and _OCCASION_AHEAD.search(sentence, m.end(), lead_end))
                    or _WELCOMING_LEAD.match(sentence, lead_start) or _festival_own_eve(sentence, m)) \
                    and not _HELD_AFTER_DATE.match(sentence, m.end()):
                # 在5月1日国际劳动节即将到来之际，…召开; 为迎接7月1日建党节，…; 7月1日前夕，…: the day ahead, not the meeting's
                # (7月1日前夕，…，6月28日上午，集团党委召开…: a day written after the lead clause is the meeting's, GUIDELINES §3
                # date: the day the meeting was held)
                if _DATE.search(sentence, lead_end) is not None:
                    return self.date_of(doc, sentence[lead_end:], reference)
                return None, None, None
        if _VAGUE_DATE.fullmatch(m.group()):
            # 近日（5月6日）, 日前(5月6日): the day stated in brackets
            stated = _OPEN_BRACKET.match(sentence[m.end() : m.end() + 1]) and _DATE.match(sentence, m.end() + 1)
            if stated and not _VAGUE_DATE.fullmatch(stated.group()):
                m = stated
        byline = next((b for b in _BYLINE_BRACKET.finditer(sentence) if b.start() <= m.start() < b.end()), None)
        if byline:
            # 本报讯（记者 张三 2024年5月8日）6日，…: the report's date; the account's follows the bracket
            later = _DATE.match(sentence, byline.end())
            if later is not None and _LEAD_DATE_AFTER.match(sentence, later.end()):
                m = later
        dateline: str | None = None
        if date_line or _DATELINE_AFTER_DATE.match(sentence[m.end() :]):
            # 新华社北京3月5日电（记者 王某）…会议5日上午在…开幕: the meeting's own date after the
            # dateline's; a day alone is read against the dateline's date
            own = _DATE.search(sentence, m.end() + 1)
            if (learnt := _REPORTER_LEARNT.search(sentence, m.end())) is not None \
                    and (own is None or own.start() >= learnt.end()) \
                    and _LEARNT_AT_MEETING.search(sentence, learnt.start(), learnt.end()):
                # (本报北京1月19日讯记者…从此间召开的…会议上了解到: the dateline's day is the report's, and the meeting the
                # reporters learnt at tells no day of its own: none, GUIDELINES §3 date row and thirtieth review round; a
                # day in the news learnt, …获悉：…日前通过…, is none of the meeting's either, thirty-sixth review round)
                return None, None, None
            if own is not None:
                # (新华社北京5月8日电 记者8日从国家林草局获悉，国家林草局日前召开…: the day the reporter learnt
                # of it is no day of the meeting; the account's own date, 日前 here, is read instead)
                own = _past_reporter_clause(sentence, own)
                if own is None:
                    return None, None, None
            # (close after the dateline, or in the clause that holds the meeting after a source: 中新网北京5月7日电
            # 据农业农村部网站消息，全国…会议近日在湖南长沙召开)
            tag = _DATELINE_AFTER_DATE.match(sentence, m.end())
            if tag is not None and (festive := _FESTIVAL_OPENS_ACCOUNT.match(sentence, tag.end())) and not (
                    own is not None and own.start() >= festive.end() and _HELD_FINITE.search(sentence, own.end())
                    and not _HELD_FINITE.search(sentence, festive.end(), own.start())):
                # (not 元旦，记者来到…，今天上午，社区…举行联欢会: the meeting's clause has a day of its own and nothing is
                # held on the festival, GUIDELINES §3 table date: "Only the day of the clause that holds the meeting
                # counts"; the cr35 review's A1)
                # 本报北京1月5日讯 元旦，首都各界…举行新年茶话会 / …讯 一九九八年元旦，…: the festival opening the account is
                # the meeting's day, not the dateline's (GUIDELINES §3: the event's own day wins over a dateline; a festival
                # converted with the year known)
                return self.festival_of(doc, sentence[festive.start("festival") :], reference)
            if own is not None and _VAGUE_DATE.fullmatch(own.group()) and (
                    own.start() - m.end() <= DATELINE_GAP or _held_on(sentence, own)):
                # (要求…在3月8日前: a deadline, not the day held; 部署5月20日开始的夏收工作: a day in what the meeting
                # dealt with, whose clause holds no meeting and opens no account)
                stated = next((d for d in _DATE.finditer(sentence, own.end()) if not _VAGUE_DATE.fullmatch(d.group())
                               and not _BEFORE_OR_AFTER_AHEAD.match(sentence[d.end() :])
                               and (_held_on(sentence, d) or _opens_account(sentence, d))), None)
                if stated is None:
                    # 新华社北京1月8日电 近日，…召开…: the report is dated, the meeting is not
                    return None, own.group(), _time_of_day(sentence[own.end() :])
                own = stated  # (记者日前从教育部获悉，教育部5日召开…: the day the meeting was held)
            if own is not None and not _VAGUE_DATE.fullmatch(own.group()):
                dateline = m.group()
                m = own
        date_text = m.group().replace(" ", "")  # 3 月 5 日
        bracketed = _TODAY_BRACKETED.fullmatch(date_text)
        # 今天(10月15日): the date written in the brackets is the one read; 今日（九月十日） stays the date_text as
        # written, like 今（15）日 (not 今晚（七月一日）: the time of day is no part of it)
        written = date_text
        if bracketed:
            date_text = bracketed["date"]
            inner = m.start() + bracketed.start("date")
            # (今日（九日）: a day alone in Chinese numerals is read where it stands, not searched for further on)
            m = _DATE.match(sentence, inner) or _BRACKETED_DAY.match(sentence, inner)
            written = bracketed.group() if bracketed.group()[1] != "晚" else date_text
        week = _WEEKDAY_REF.fullmatch(date_text)
        if week:  # 上周五: the weekday of the week before the publication date's
            time_of_day = _time_of_day(sentence[m.end() :])
            if reference is None:
                return None, written, time_of_day
            weekday = "一二三四五六日".index(week["d"].replace("天", "日"))
            if week["w"] is None:  # 星期五上午 alone: the last such day up to the publication date
                day = reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
            else:
                monday = reference - dt.timedelta(days=reference.weekday() + (7 if week["w"] == "上" else 0))
                day = monday + dt.timedelta(days=weekday)
            return day.isoformat(), written, time_of_day
        parse_text = date_text.replace("号", "日").replace("上个月", "上月")  # 3月9号
        # (元月5日, 元月五日: January by its other name, its day in digits or in Chinese numerals as written)
        parse_text = _JANUARY.sub(lambda m: "1月" if m["digit"] else "一月", parse_text)
        parse_text = _DOTTED_MONTH_DAY.sub(r"\1月\2日", parse_text)  # 【5.8】, 5/20: 5月8日, 5月20日
        parse_text = _BRACKETED_DAY_TIAN.sub(r"\1日", parse_text)  # 今（8）天: 今（8）日
        # 本（5）月8日, 上（4）月28日: the month written in brackets (Taiwan copy)
        parse_text = _BRACKETED_MONTH.sub(r"\1月", parse_text)
        parse_text = _DAYS_JOINED.sub("、", parse_text)  # 18日和19日: the days listed, read as 18日、19日
        first_day = re.match(rf"({DATE_NUMBER})日?(?:[至到\-—~－～、]{DATE_NUMBER})?日$", parse_text)
        shift = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "大前天": -3}.get(parse_text)
        if shift is None and reference is not None:
            # (今晚, 昨晨, 前晚: the day word before a time of day is read alone, 今 / 昨 / 前, and shifts the same
            # under a dated page's dateline; not on an undated page, whose year would be a guess from the text: a
            # sentence probe's 今晚 keeps no date)
            shift = {"今": 0, "昨": -1, "前": -2}.get(parse_text)
        governing = False
        if shift is not None and dateline is None:
            # (本报北京3月5日讯 …今年以来，…。今天上午，…召开: a later sentence of the body is under the dateline too;
            # without a publication date only a year the text makes certain, _certain_year: the year written most
            # often on the page, read before, lowered the undated 1998 pages' scores)
            dateline = _governing_dateline(doc.clean_text, sentence, m)
            governing = dateline is not None
        if dateline and shift is not None:
            # (新华社杭州3月2日电 省作协昨天举行…: yesterday of the report's own date, the 1st)
            on = self._dateline_day(doc, dateline, sentence, reference, certain=governing)
            if on:
                day_held = dt.date.fromisoformat(on) + dt.timedelta(days=shift)
                return day_held.isoformat(), written, _time_of_day(sentence[m.end() :])
        if dateline and first_day:
            # (新华社北京5月1日电 …30日上午: the 30th before the dateline's 1st, in April; 10日至11日: the 10th)
            on = self._dateline_day(doc, dateline, sentence, reference)
            day = parse_date(first_day[1] + "日")
            resolved_day = resolve_date(day, dt.date.fromisoformat(on)) if on and day else None
            if resolved_day is not None:
                return resolved_day.isoformat(), written, _time_of_day(sentence[m.end() :])
        roc_numeric = _ROC_NUMERIC_DATE.fullmatch(date_text)
        if roc_numeric:
            # 113.11.12, 113/11/12: a Republic-of-China date only on a Taiwan page (GUIDELINES §3 date: 民国113年 →
            # 2024); elsewhere such a run of numbers is no day (a score, a code) and dates nothing
            if doc.meta.get("calendar") != "roc" and not _on_taiwan_page(doc.clean_text):
                return None, None, None
            parse_text = date_text = "民国{}年{}月{}日".format(*(int(g) for g in _ROC_NUMERIC_SEP.split(date_text)))
        roc_digits = _ROC_DATE.match(date_text)
        roc = roc_digits or _ROC_CN_DATE.match(date_text)
        if roc and not date_text.startswith(("民国", "中华民国")):
            # 113年12月20日: a year of 100-149 in digits with its month and day is a Republic-of-China date on any page
            # (no report holds a meeting in the year 113; a Taiwan county's release may name no place of Taiwan); in
            # Chinese numerals (一一三年三月五日) only in a Taiwan article, elsewhere only the day counts
            taiwan = roc_digits is not None or _on_taiwan_page(doc.clean_text)
            parse_text = ("民国" + date_text) if taiwan else date_text[roc.end() :]
        time_of_day = _time_of_day(sentence[m.end() :])
        if bracketed and bracketed.group()[1] == "晚":
            time_of_day = "晚上"  # 今晚（七月一日）: the evening, told before the date in brackets
        numeric = _NUMERIC_DATE.fullmatch(parse_text)
        first = parse_text if numeric else _DATE_RANGE_SEP.split(parse_text)[0]
        if re.fullmatch(rf"(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}|{DATE_NUMBER}", first):
            first += "日"  # 5月10-12日, 10—12日, 十至十二日: the day range shares the final 日
        # 今（15）日 / 昨（14）日 (Taiwan style) and 本月10日 name the day of the month.
        # (今（28）晚: the evening of the 28th)
        first = _BRACKETED_DAY_ONLY.sub(lambda d: (d[1] or d[2]) + "日", first)
        first = _BRACKETED_MONTH_DAY.sub(r"\1日", first)
        this_month = _THIS_MONTH_DAY.fullmatch(parse_text)
        day_number = parse_number(this_month[1]) if this_month and reference is not None else None
        if day_number:
            first = f"{reference.month}月{int(day_number)}日"  # 本月21日 is in the publication month, even after its day
        last_month = _LAST_MONTH_DAY.fullmatch(first)
        if last_month and reference is not None:  # 上月28日, 上月二十八日: the day in the month before the publication date's
            month_start = reference.replace(day=1) - dt.timedelta(days=1)
            try:
                return month_start.replace(day=int(parse_number(last_month[1].replace("廿", "二十").replace("卅", "三十")) or 0)).isoformat(), \
                    written, _time_of_day(sentence[m.end() :])
            except ValueError:
                return None, written, _time_of_day(sentence[m.end() :])
        value = parse_date(first + "日" if first in ("今", "昨", "前") else first)
        if value is None:
            return None, written, time_of_day
        ref = reference
        if ref is not None and first_day and not dateline and value.month is None and value.day is not None:
            # 5月6日，市考核组到县开展考核。8日上午，县委召开…: the month of the date told just before
            told = self._day_after_told_date(doc, sentence, m.start(), value.day, ref)
            if told is not None:
                return told.isoformat(), written, time_of_day
        if ref is None and first_day and not dateline and value.month is None and value.day is not None \
                and value.relative_days is None and (governing_line := _governing_dateline(doc.clean_text, sentence, m)) \
                and (line_day := parse_date(governing_line)) is not None and line_day.day == value.day:
            # (新华社某地1月3日电 …前国王1997年12月30日确定…。…3日在总统府举行…: a day alone that is the governing
            # dateline's own day is in the dateline's month, not in the month of a piece of history told between; its
            # year is read from the text as for any day, GUIDELINES §11, §3 date, thirty-sixth review round)
            value = dataclasses.replace(value, month=line_day.month, year=line_day.year)
        if ref is None and value.month is None and value.day is not None and value.relative_days is None:
            # 十一月五日至六日，…。六日上午，…: the month (and year) of the last full date written before
            value = self._month_from_context(doc, sentence, value) or value
        if ref is None and value.month is None:
            return None, written, time_of_day  # 今（15）日 with no publication date: the month is unknown
        if ref is None and value.year is None:
            year = self.year_from_text(doc, sentence, value.month)
            if year is not None:
                try:
                    ref = dt.date(year, 12, 31)
                except ValueError:
                    ref = None
        resolved = resolve_date(value, ref) if (ref is not None or value.year is not None) else None
        prior = _PRIOR_YEAR.search(sentence, 0, m.start())
        if prior and value.year is None and value.month is not None:
            # 去年3月20日: the year before the publication's (前年: two before), written with the date
            written = prior.group() + written
            named = _years_named_current(doc.clean_text)
            # (the year before the publication's, or before the current year the text names: 2024年是…;
            # a year read from the meeting's own words is its year already)
            base = reference.year if reference is not None else (max(named) if named else None)
            if base is None and not _YEAR_ANY.search(_arabic_years(sentence)):
                # (去年12月20日 on a page with no publication date, no current year named and no year in the day's own
                # sentence: the year the day counts back from is unknown; the year voted over the rest of the text is
                # the report's, read for the day's month as if the day were in it, so 去年 and 前年 went unread
                # (GUIDELINES §3 `date`: from published or other evidence, else null; §11: a newspaper page has no
                # publication date), as _certain_year leaves a referred meeting's)
                resolved = None
            elif resolved is not None and base is not None:
                try:
                    resolved = resolved.replace(year=base - (1 if prior.group().startswith("去年") else 2))
                except ValueError:
                    resolved = None
        return (resolved.isoformat() if resolved else None), written, time_of_day

    def _dateline_day(self, doc: Document, dateline: str, sentence: str, reference: dt.date | None,
                      certain: bool = False) -> str | None:
        """The day of a dateline (新华社长沙1月16日电), its year read from the whole sentence when no
        publication date gives it (…诞辰90周年纪念大会今天…举行). ``certain``: the dateline heads an earlier
        sentence, and only a year the text makes certain counts (_certain_year): the year written most often
        in such a text is often an older event's (基金设立于1987年), the undated 1998 pages showed."""
        if certain and reference is None:
            value = parse_date(dateline)
            if value is None or value.month is None or value.day is None:
                return None
            year = value.year or _certain_year(doc.clean_text, sentence, value.month)
            try:
                return dt.date(year, value.month, value.day).isoformat() if year else None
            except ValueError:
                return None
        value = parse_date(dateline)
        if reference is None and value is not None and value.year is None and value.month is not None:
            year = self.year_from_text(doc, sentence, value.month)
            if year and value.day:
                # (the year the sentence gives settles the day: the dateline's own reading, a date_of of it with its
                # year steps, is never needed on an undated page, where it took about half the time of this method
                # on the undated newspaper pages; an impossible day, like no year, gives none below)
                try:
                    return dt.date(year, value.month, value.day).isoformat()
                except ValueError:
                    pass
            # (no year from the sentence's own item: the dateline read alone would take its year from wherever its
            # words first stand, perhaps another glued item's dateline, GUIDELINES §11)
            return None
        return self.date_of(doc, dateline, reference)[0]

    def _day_after_told_date(self, doc: Document, sentence: str, at: int, day: int, reference: dt.date) -> dt.date | None:
        """The date of a day without a month (``at``: its offset in ``sentence``) told after a full date in a
        forward account (5月6日，…考核。8日上午，…召开 is 5月8日 in an article of 6月10日): the day in that
        date's month, or in the month after when it is smaller (3月29日…。2日… is 4月2日).

        The date told is the last one written before the day in its paragraph, or in the sentence before when
        the day's sentence opens its paragraph; days without a month in between are passed over. ``None``
        (the publication date's month rules) when none is written, when the last one is a dateline
        (…6月1日电), a relative or vague day (昨天, 近日) or a deadline (5月20日前), or when the day found lies
        after the publication date or more than NARRATIVE_DAY_WINDOW_DAYS before it."""
        text = doc.clean_text
        start = text.find(sentence)
        if start < 0:
            return None
        at += start
        paragraph = text.rfind("\n", 0, at) + 1
        window = paragraph
        if not text[paragraph:start].strip():
            # (the sentence before, at the end of the paragraph before)
            head = text[:paragraph].rstrip()
            window = start_after(head, len(head) - 1, "。！？\n")
        told = None
        for d in reversed(list(_DATE.finditer(text, max(window, at - MONTH_CONTEXT_CHARS), at))):
            if _FROM_DATE_AFTER.match(text, d.end()):
                continue  # (5月20日前完成: a deadline, no day of the account)
            if _BARE_DAY.fullmatch(d.group()):
                continue  # (5月6日…。7日…。8日…: the month is the full date's)
            if "月" not in d.group() or _DATELINE_AFTER_DATE.match(text[d.end() :]):
                return None  # (昨天, 近日, 上周五: no month told; 新华社北京6月1日电: the dateline rules)
            written = parse_date(_RANGE_TAIL.sub("", d.group()))
            if written is not None and written.year is not None and written.year != reference.year:
                continue  # (2023年11月20日，国务院印发…。6日，市政府召开… on a 2024 page: background, not the account)
            told = d
            break
        if told is None:
            return None
        on = self.date_of(doc, told.group(), reference)[0]
        if on is None:
            return None
        before = dt.date.fromisoformat(on)
        try:
            if day >= before.day:
                held = before.replace(day=day)
            else:  # (3月29日…。2日…: the month after)
                held = (before.replace(day=1) + dt.timedelta(days=32)).replace(day=day)
        except ValueError:
            return None
        if held.month != before.month and (held.year != before.year or _ACCOUNT_BREAK.search(text, told.end(), at)):
            return None  # (12月28日…。6日: no roll into another year; 3月29日…。今年以来，…。2日: the account broke off)
        if not reference - dt.timedelta(days=NARRATIVE_DAY_WINDOW_DAYS) <= held <= reference:
            return None
        return held

    @staticmethod
    def _month_from_context(doc: Document, sentence: str, value: DateValue) -> DateValue | None:
        at = doc.clean_text.find(sentence)
        if at <= 0:
            return None
        before = [parse_date(_RANGE_TAIL.sub("", m.group())) for m in _DATE.finditer(doc.clean_text, max(0, at - MONTH_CONTEXT_CHARS), at)]
        full = [v for v in before if v is not None and v.month is not None and v.relative_days is None]
        if not full:
            return None
        return dataclasses.replace(value, month=full[-1].month, year=value.year or full[-1].year)

    @staticmethod
    def lunar_date_of(sentence: str, reference: dt.date | None) -> tuple[str | None, str | None, str | None]:
        """A lunar date (腊月二十三, 农历三月初三, 正月初八): the last such day up to the publication
        date (via ``lunardate``); without one the year is unknown."""
        m = _LUNAR_DATE.search(sentence)
        if not m:
            return None, None, None
        time_of_day = _time_of_day(sentence[m.end() :])
        month_text, day_text = m["mn"] or m["ml"] or m["mi"] or "正", m["d"] or m["di"] or m["dn"]
        month = _LUNAR_MONTHS.get(month_text) or int(parse_number(month_text) or 0)
        day = int(parse_number(day_text.replace("初", "").replace("廿", "二十")) or 0)
        if reference is None or not (1 <= month <= 12 and 1 <= day <= 30):
            return None, m.group(), time_of_day
        from lunardate import LunarDate  # imported on first use

        days = []
        for year in (reference.year, reference.year - 1):
            try:
                days.append(LunarDate(year, month, day).to_solar_date())
            except ValueError:
                continue
        past = [d for d in days if d <= reference]
        return (max(past).isoformat() if past else None), m.group(), time_of_day

    def _shifted_day(self, doc: Document, meeting: dict[str, Any], reference: dt.date | None, offset: int,
                     known: Sequence[dict[str, Any]] = ()) -> str | None:
        """The day of a meeting told relative to the day named just before it (5月23日，…。前一天，…召开… is
        5月22日: ``offset`` -1; 次日 the day after: 1; 当天 that day: 0): the nearest day something took place written
        before the meeting's sentence (:func:`_last_told_day`, or a lunar day told after it), not the main meeting's.
        With no day written within reach, a shift (``offset`` not 0) counts from the day of the meeting of ``known``
        told last before it (:func:`_last_dated_meeting`: 上周日，…召开…。…第二天，…). ``None`` when the day it
        counts from is vague or there is none (近日，…。前一天，…; 当天 with no day written and 前一天 with no dated
        meeting before it). A day that gives no date alone is the date of one of ``known``
        (meetings already dated) told with it in its own sentence (2024上海国际金融论坛30日在沪开幕。…第二天，…: the
        year the forum's sentence gave)."""
        start = meeting["evidence"]["clean_start"]
        # (当天/当晚 means the account's day: not a day an aside tells as already past, 已于9月25日…接受表扬)
        told = _last_told_day(doc.clean_text, max(0, start - CONTEXT_BEFORE_CHARS), start, past_asides=offset != 0)
        lunar = _last_lunar_day(doc.clean_text, max(0, start - CONTEXT_BEFORE_CHARS), start)
        if lunar is not None and (told is None or lunar.start() > told.start()):
            # (农历九月初九，是传统的重阳节。当天上午，…举行…: a lunar day told last before the meeting is the day 当天 means)
            day = self.lunar_date_of(lunar.group(), reference)[0]
            return (dt.date.fromisoformat(day) + dt.timedelta(days=offset)).isoformat() if day else None
        if told is None and offset:
            # (上周日，村里召开村民代表大会。…（paragraphs of what it dealt with）…第二天，…通车仪式在村口举行: no day
            # written within reach, the day of the meeting told last before it, the account's day the shift counts from;
            # GUIDELINES §3 date: a relative day resolved, and the twenty-third round: an event told by its order to
            # another of the page takes that event's day)
            anchor = _last_dated_meeting(known, start)
            return (dt.date.fromisoformat(anchor) + dt.timedelta(days=offset)).isoformat() if anchor else None
        if told is None or _VAGUE_DATE.fullmatch(told.group()):
            return None
        day = self.date_of(doc, told.group(), reference)[0]
        if day is None:
            day = next((m["date"] for m in known if m["date"] and m["date_text"] == told.group()
                        and m["evidence"]["clean_start"] <= told.start() < m["evidence"]["clean_end"]), None)
        if day is None:
            return None
        return (dt.date.fromisoformat(day) + dt.timedelta(days=offset)).isoformat()

    def festival_of(
        self, doc: Document, sentence: str, reference: dt.date | None
    ) -> tuple[str | None, str | None, str | None]:
        """A festival as the date (元宵节当天): the year from the reference or the text, the
        year before when the festival falls after the publication date."""
        m = _FESTIVAL.search(sentence)
        first = _FIRST_DAY_OF_YEAR.search(sentence) if "第一天" in sentence else None
        if first and (m is None or first.start() < m.start()):
            year = int(first["year"]) if first["year"] else \
                reference.year if reference else self.year_from_text(doc, sentence, 1)
            day = dt.date(year, 1, 1) if year and (reference is None or dt.date(year, 1, 1) <= reference) else None
            time_of_day = "晚上" if first.group().endswith("当晚") else _time_of_day(sentence[first.end() :])
            return (day.isoformat() if day else None), first.group(), time_of_day
        if _NUMBERED_DAY_DOT.search(sentence):
            # (the leftmost of the two, as one pattern would find; they never open at one place)
            numbered = _NUMBERED_DAY.search(sentence)
            if numbered and (m is None or numbered.start() < m.start()):
                m = numbered
        if not m:
            return self.lunar_date_of(sentence, reference)
        time_of_day = "晚上" if m.group().endswith(("当晚", "夜")) else _time_of_day(sentence[m.end() :])
        if m.re is _NUMBERED_DAY:
            return self._numbered_day(doc, sentence, m, reference), m.group(), time_of_day
        festival = m["name"] or m["day"] or (m["short"] and m["short"] + "节") or FESTIVAL_NUMBERS[m["number"]]
        month = COMMEMORATIVE_DAYS[festival][0] if m["day"] else FESTIVALS[festival][0]
        year = reference.year if reference else self.year_from_text(doc, sentence, month)
        if year is None:
            return None, m.group(), time_of_day
        shift = dt.timedelta(days=_FESTIVAL_SHIFT.get(m["shift"] or "", 0))
        day = festival_date(festival, year)
        if day is not None and reference is not None and day + shift > reference:
            day = festival_date(festival, year - 1)
        day = day + shift if day is not None else None
        return (day.isoformat() if day else None), m.group(), time_of_day

    def _numbered_day(self, doc: Document, sentence: str, m: re.Match[str], reference: dt.date | None) -> str | None:
        """The day a name by month and day gives (“3·15”当天): the reference's year, the year before when the day falls
        after it; else the year from the text."""
        month, day = int(m["nm"]), int(m["nd"])
        year = reference.year if reference else self.year_from_text(doc, sentence, month)
        if year is None:
            return None
        try:
            found = dt.date(year, month, day)
            if reference is not None and found > reference:
                found = dt.date(year - 1, month, day)
        except ValueError:
            return None
        return found.isoformat()

    def _planned_then_held(
        self, doc: Document, sentences: list[Sentence], meetings: list[dict[str, Any]], reference: dt.date | None
    ) -> Iterator[dict[str, Any]]:
        """研究决定于5月8日召开全市作风建设大会。5月8日，大会如期召开: a meeting told as planned and then,
        by its bare noun, as held (GUIDELINES §3: held, so a meeting), named as planned and dated by the
        sentence that holds it; none when a meeting of that name is read already."""
        # (Unlike _held_as_planned_after, a yes/no look ahead for 如期召开, this reads back to the plan and yields a record.)
        for index, sentence in enumerate(sentences[1:], 1):
            # (the verb of holding first: every match holds one, and the pattern is tried on every sentence)
            text = sentence.text
            held = _BACK_REFERENCE_HELD.match(text) if "召开" in text or "举行" in text or "开幕" in text else None
            if held is None or _planned_in(sentence.text, held.start("noun"), held.end()):
                continue
            name = None
            for before in reversed(sentences[max(0, index - 2) : index]):
                for planned in PLANNED_HOLDING.finditer(before.text):
                    told = _PLANNED_NAME_AHEAD.match(before.text[planned.end() :])
                    if told and told[1].endswith(held["noun"]) and len(told[1]) > len(held["noun"]):
                        name = self.clean_name(told[1])
                for decided in _DECIDED_NAME_ON_DAY.finditer(before.text):
                    if decided["name"].endswith(held["noun"]) and len(decided["name"]) > len(held["noun"]):
                        name = self.clean_name(decided["name"])
                if name:
                    break
            if name is None or any(self._same(name, m["name"]) for m in meetings):
                continue
            when = self.date_of(doc, sentence.text, reference)
            # (on a page with no publication date a day told without its year dates nothing, and still tells it held)
            if (when[0] is None and (reference is not None or when[1] is None)) or _after_publication(when[0], reference):
                continue
            yield self._record(doc, sentence, name, when, None, None)

    def _start_time(self, meeting: dict[str, Any], sentences: list[Sentence], others: set[int]) -> str | None:
        """…典礼在…举行。典礼于上午9时开始 / 会议于下午2时30分召开: the part of the day of a start time told after the
        meeting's name by a noun referring to it, in its own sentence or the next two before another meeting's account
        begins (GUIDELINES §3 eleventh review round); not 将于 (a time ahead)."""
        nouns = set(self._reference_words(meeting))
        start = meeting["evidence"]["clean_start"]
        after = [t for t in sentences if t.start >= start][:3]
        for k, sentence in enumerate(after):
            if k and sentence.start in others:
                return None  # another meeting's account begins
            at = sentence.text.find(meeting["name"]) + len(meeting["name"]) if k == 0 else 0
            if k == 0 and at < len(meeting["name"]):
                continue
            m = next((m for m in _START_TIME_TOLD.finditer(sentence.text, at) if m["noun"] in nouns), None)
            if m:
                return _time_of_day(m["part"])
        return None

    def _context_date(
        self, doc: Document, sentences: list[Sentence], meeting: dict[str, Any], meetings: list[dict[str, Any]],
        reference: dt.date | None,
    ) -> tuple[str | None, str | None, str | None] | None:
        """The date of the nearest sentence before an undated meeting's that writes one, when no
        other meeting's account and no vague date (近日) comes between, and the day lies within
        :data:`CONTEXT_DATE_DAYS` before the publication date (a news report's lead date, not a
        historical one or a deadline). With no publication date (a newspaper article, GUIDELINES §11) only a
        day written with no year (今天 under the dateline, 8日, 1月8日) is taken, its date null: the report's own day."""
        start = meeting["evidence"]["clean_start"]
        others = {m["evidence"]["clean_start"] for m in meetings if m is not meeting}
        for sentence in reversed([s for s in sentences if s.start < start]):
            if sentence.start in others:
                return None  # another meeting's account: its date is its own
            text = sentence.text
            d = _DATE.search(text)
            if d is None and reference is not None and (lead := _SAME_DAY_LEAD.match(text)) is not None \
                    and _ACCOUNT_VERB.search(text):
                # (5月17日是…日。当天上午，…开展义诊活动。活动启动仪式由…主持: an account opened by a same-day word is on
                # the day told before it, its word and part of the day the meeting's; GUIDELINES §3 thirtieth round)
                if _OTHER_OCCASION.search(text):
                    return None
                day = self._shifted_day(doc, {"evidence": {"clean_start": sentence.start}}, reference, 0)
                if day is None or not _recent(dt.date.fromisoformat(day), reference):
                    return None
                word = lead["word"]
                return day, word, "晚上" if word == "当晚" else _time_of_day(text[lead.end("word") :])
            if d is not None and (tag := _DATELINE_AFTER_DATE.match(text, d.end())) is not None:
                # 本报北京1月8日讯记者王某报道：今天，…: the account after its dateline and byline
                text = text[_BYLINE_LEAD.match(text, tag.end()).end() :]
                d = _DATE.search(text)
            if d is None:
                continue
            if _VAGUE_DATE.fullmatch(d.group()):
                if text[clause_bounds(text, d.start())[0] : d.start()].strip() and not _ACCOUNT_VERB.search(text):
                    continue  # (艺术家们对…日前观看话剧后…感到鼓舞: another's act recalled in passing, no account)
                return None  # 近日，…: the account is undated
            if not _opens_account(text, d) or "，" not in text:
                continue  # (2015-07-04 来源：本网: the page's own date line; 6月30日前完成…: a deadline)
            if _OTHER_OCCASION.search(sentence.text) or not _ACCOUNT_VERB.search(sentence.text):
                return None  # (5月6日，省委书记在全省…会议上作重要讲话; 5月6日，全国总工会发布…通知: another occasion's day)
            when = self.date_of(doc, sentence.text, reference)
            if reference is None:
                # (a newspaper article: not a campaign's start, １月３日，…开始组织开展…活动。…并举行了挂牌仪式, whose ceremony
                # is no part of the day's account (§3 date row: only the day of the clause that holds the meeting); nor a
                # meeting told by its order before or after another event, 演出开始前，…会见…, which writes no day of its
                # own (§3 twenty-third round); the release review rev112)
                if _CAMPAIGN_ONLY.search(sentence.text) and not _NOT_CAMPAIGN_ACT.search(sentence.text) \
                        or _ORDER_OPENING.match(meeting["evidence"]["text"]):
                    return None
                return when if when[0] is None and when[1] is not None and "年" not in when[1] \
                    and not _RANGE.search(when[1]) else None
            if when[0] is None:
                return None
            if _RANGE.search(when[1] or "") and _DURING_STRETCH.match(meeting["evidence"]["text"]):
                return None  # 8月5日至8日，…考察学习。考察期间，…召开了座谈会: some day of the trip, not stated
            return when if _recent(dt.date.fromisoformat(when[0]), reference) else None
        return None

    def _gathering_lead_date(
        self, doc: Document, sentences: list[Sentence], meeting: dict[str, Any], reference: dt.date | None,
        act: re.Pattern[str] = _GATHERED,
    ) -> tuple[str | None, str | None, str | None] | None:
        """The day of the lead of a headline meeting's item that tells its people gathering (…茶话会举行 over 今天上午，2000多名
        老同志欢聚在人民大会堂，…。…出席茶话会的…): the first body sentence after the headline, opening its account on a
        day (after the dateline and byline) and telling a gathering (欢聚, 聚集, 云集…) and no other occasion (GUIDELINES §3
        eleventh review round: an act of the meeting's own people that day dates the meeting). ``act``: for a bare rite,
        the act it is the rite of (…罗干出席开幕式 over 1997年12月31日子夜，…罗干宣布：…正式开幕: twenty-sixth round, the
        rite of an opening takes the opening's day). None otherwise."""
        start = meeting["evidence"]["clean_start"]
        # (the first body sentence: headline lines, a subtitle among them, end on no full stop)
        lead = next((s for s in sentences if s.start > start and not heading_like(doc.clean_text, s.start)
                     and s.text.rstrip().endswith(("。", "！", "？"))), None)
        if lead is None or not act.search(lead.text) or _OTHER_OCCASION.search(lead.text):
            return None
        text = lead.text
        d = _DATE.search(text)
        if d is not None and (tag := _DATELINE_AFTER_DATE.match(text, d.end())) is not None:
            text = text[_BYLINE_LEAD.match(text, tag.end()).end() :]
            d = _DATE.search(text)
        # (日前，…聚集…: a vague day dates nothing here, as
        # tests/extract/meetings/test_meeting_newspaper_dates_first_round.py reads it for the meeting told after it)
        if d is None or not _opens_account(text, d):
            return None
        when = self.date_of(doc, lead.text, reference)
        return when if when[1] is not None else None

    def _opened_before_closing(self, doc: Document, sentence: Sentence, after: Sentence, name: str,
                               reference: dt.date | None) -> tuple[str | None, str | None, str | None] | None:
        """The opening day of a meeting whose ``sentence`` tells its closing on a day (论坛9日在杭州闭幕。) and
        the ``after`` sentence of the same paragraph the same event's opening (本届论坛于8日开幕): its date is
        the start day, as for a span (8日至9日). ``None`` when either is missing or ``after`` names another event."""
        closed = next((d for d in _DATE.finditer(sentence.text) if not _VAGUE_DATE.fullmatch(d.group())
                       and _CLOSED_AFTER_DATE.match(sentence.text, d.end())), None)
        opened = _OPENED_ON.match(after.text)
        if closed is None or opened is None or "\n" in doc.clean_text[sentence.end : after.start]:
            return None
        noun, named = opened["noun"], opened["named"]
        if named is not None and not (self._same(named, name) and named[-2:] == name[-2:]):
            return None  # (大会9日闭幕。展览会于8日开幕: another event's opening)
        if noun is not None and noun and not (name.endswith(noun) or noun in _GENERIC_OPENED_NOUNS):
            return None
        when = self.date_of(doc, after.text, reference)
        return when if when[0] is not None else None

    def _first_day_after_ending(self, doc: Document, sentences: list[Sentence], index: int, name: str,
                                date_text: str | None, reference: dt.date | None,
                                ) -> tuple[str | None, str | None, str | None] | None:
        """The first day of a meeting whose sentence ``index`` tells its end on the day ``date_text`` (研讨班20日在京结束。)
        and a later sentence refers to again by the attribute of its hosts with that first day
        (由甲和乙于本月14日开始…联合举办的这个研讨班): its date is the first day, as for a span (GUIDELINES §3 date,
        thirty-eighth review round). Only the closing's own paragraph and the first sentence of the next are read;
        ``None`` where the end, the first day or the meeting's noun after the determiner is missing."""
        sentence = sentences[index]
        if not any(verb in sentence.text for verb in _ENDING_VERBS):
            return None  # (no verb of ending: the date scan below cannot find the end; run for every dated meeting)
        ended = next((d for d in _DATE.finditer(sentence.text) if d.group() == date_text
                      and _ENDED_AFTER_DATE.match(sentence.text, d.end())), None)
        if ended is None:
            return None
        for after in sentences[index + 1 :]:
            referred = _FIRST_DAY_IN_ATTRIBUTE.match(after.text)
            if referred is not None and any(len(name) > k and after.text.startswith(name[-k:], referred.end())
                                            for k in (4, 3, 2)):
                when = self.date_of(doc, referred["day"], reference)
                return when if when[1] is not None else None
            if "\n" in doc.clean_text[sentence.end : after.start]:
                return None  # (the first sentence of the next paragraph read, none after it)
        return None


def _session_ahead(m: re.Match[str], reference: dt.date | None) -> bool:
    """Whether the month opening a session narrated by `_SESSION_DELIBERATED_AFTER_PERIOD` (6月底，市政府常务会议审议通过…)
    falls after the publication month of this year: a session ahead, not an earlier one (not 去年7月: last year)."""
    if reference is None or m["month"] is None or m["year"] in ("去年", "上年"):
        return False
    month = parse_number(m["month"])
    return month is not None and int(month) > reference.month


# 6月14日至16日, 2024年6月14日至16日: a meeting told over a span of days within one month (its month and first and last day).
# (6月14日 alone: a meeting of one day, on which a ceremony told by that day alone is dated, GUIDELINES §3 date)
_SPAN_IN_MONTH = re.compile(r"^(?:\d{4}年)?(?P<month>\d{1,2})月(?P<first>\d{1,2})日?(?:[至到\-—~－～](?P<last>\d{1,2}))?日$")
# 为期两天, 历时3天: a meeting's length in days (为期两天的…研讨会于10月16日…开幕, 论坛…举行，为期三天).
_DAYS_LONG = re.compile("(?:为期|历时)(?P<n>[2-9两二三四五六七八九])天")
# A meeting's last day more than 28 days ahead of a month's first: a bound, past which the month may have ended.
_LAST_DAY_BOUND = 28


def _days_long(text: str, name: str) -> int | None:
    """The length in days ``text`` tells for the meeting named ``name``: told as a predicate of the meeting's own
    sentence (论坛…举行，为期三天), or 为期N天的 before the meeting's name in its clause (为期两天的第六届…研讨会); not the
    length of another thing the sentence tells (…开幕，会后代表将开展为期三天的考察)."""
    for long in _DAYS_LONG.finditer(text):
        after = long.end()
        if text.startswith("的", after) and name[-2:] not in text[after : end_before(text, after)]:
            continue
        n = parse_number(long["n"])
        return int(n) if n is not None else None
    return None


def _span_days(span: dict[str, Any]) -> dict[str, str | None] | None:
    """The month, first and last day of a meeting of several days: written as a span (6月14日至16日), or as its first
    day with its length told in its own sentence (为期两天的研讨会于10月16日开幕: 16 to 17, GUIDELINES §3 seventeenth review
    round, "a meeting of several days" however its days are written); ``None`` for a single day, or for a length whose
    last day is past the bound `_LAST_DAY_BOUND` (it may run into the next month)."""
    told = _SPAN_IN_MONTH.match(span["date_text"] or "")
    if told is None:
        return None
    days = {"month": told["month"], "first": told["first"], "last": told["last"]}
    if told["last"] is None and (n := _days_long(span["evidence"]["text"], span["name"])):
        last = int(told["first"]) + n - 1
        if last > _LAST_DAY_BOUND:
            return None
        days["last"] = str(last)
    return days
