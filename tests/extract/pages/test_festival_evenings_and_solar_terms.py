"""Meeting dates across registers: three date shapes and one speaker shape the rules missed.

- A festival's evening (除夕夜, 除夕之夜, 中秋之夜, 元宵夜) is the festival's day, converted with the year known, and
  the part of the day is 晚上 (GUIDELINES §3 date: "a festival such as 元宵节 converted with the year known").
  Not 夜间 or 夜以继日, and a bare short name (中秋前) stays no date.
- A day the calendar of the page does not fix, a solar term (冬至, 清明) or 小年 (the 23rd or 24th of the twelfth
  lunar month by region), before 当天 gives no date: the publication day is not its day (§3 date: no outside
  knowledge; `null` when the day cannot be determined). A stated day before the term still dates the meeting.
- A day named by its month and day (“3·15”当天, 6·26当日) dates the meeting like the written day (§3 date), the year
  from the publication date (the year before when the day falls after it); not “3·15”晚会 (a show, no day word).
- 阴历 is another word for 农历 before a lunar month and day (阴历三月廿八 -> the last such day up to the publication
  date, like 农历三月廿八; §3 date, festivals and lunar days converted with the year known).
- 报告 right after a title and a name (消防局局长陈坤龙报告本年度防灾工作) is the person's verb: the name ends there
  and the report on work given at the meeting is 作报告 (§4, ninth review round: `报告年度业务` by an officer).

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers, when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page("除夕夜，市委书记李明召开新春座谈会，向坚守岗位的干部职工致以问候。", "2024-02-12"),
         [("2024-02-09", "除夕夜", "晚上")]),
        (page("除夕之夜，区消防救援大队举行新春茶话会。", "2024-02-11"), [("2024-02-09", "除夕之夜", "晚上")]),
        (page("中秋之夜，市侨联在侨联大厦举行中秋茶话会。", "2024-09-19"), [("2024-09-17", "中秋之夜", "晚上")]),
        (page("元宵夜，县文联举行元宵诗会座谈会。", "2024-02-26"), [("2024-02-24", "元宵夜", "晚上")]),
        # (a festival written in full before 之夜)
        (page("中秋节之夜，社区举行邻里茶话会。", "2023-10-01"), [("2023-09-29", "中秋节之夜", "晚上")]),
    ],
)
def test_a_festival_evening_is_its_day(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the evening told with 当晚 was read before and stays)
        (page("除夕当晚，市委举行新春茶话会。", "2024-02-12"), [("2024-02-09", "除夕当晚", "晚上")]),
        # (夜间 is no evening of the festival: a night shift told, no date)
        (page("中秋夜间巡查结束后，县公安局召开工作会议。", "2024-09-20"), [(None, None, None)]),
        # (a bare short name before something else names no day)
        (page("中秋前，县总工会召开座谈会。", "2024-09-20"), [(None, None, None)]),
    ],
)
def test_festival_evening_near_misses(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page("冬至当天，社区举行敬老座谈会。", "2024-12-25"), [(None, "当天", None)]),
        (page("小年当天，市委召开新春座谈会。", "2024-02-12"), [(None, "当天", None)]),
        (page("清明当天，市退役军人事务局举行烈士公祭仪式。", "2024-04-08"), [(None, "当天", None)]),
        (page("立春当日，县农业农村局召开春耕备耕工作会议。", "2024-02-06"), [(None, "当日", None)]),
    ],
)
def test_a_solar_term_before_the_day_word_dates_nothing(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day written before the term still dates it
        (page("12月21日冬至当天，社区举行敬老座谈会。", "2024-12-25"), [("2024-12-21", "12月21日", None)]),
        (page("12月21日，正值冬至。当天，社区举行敬老座谈会。", "2024-12-25"), [("2024-12-21", "当天", None)]),
        # a bare 当天 with no day named before is the publication day, as before
        (page("当天下午，区民政局召开养老服务座谈会。", "2024-05-20"), [("2024-05-20", "当天", "下午")]),
    ],
)
def test_solar_term_near_misses(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page("“3·15”当天，市市场监管局举行消费维权座谈会。", "2024-03-16"), [("2024-03-15", "“3·15”当天", None)]),
        (page("县消协3·15当天举行维权工作座谈会。", "2024-03-18"), [("2024-03-15", "3·15当天", None)]),
        (page("6·26当日上午，市禁毒委举行禁毒宣传启动仪式。", "2024-06-28"), [("2024-06-26", "6·26当日", "上午")]),
        # (a day after the publication date is last year's)
        (page("“12·4”当天，市司法局举行宪法宣誓仪式。", "2024-01-10"), [("2023-12-04", "“12·4”当天", None)]),
    ],
)
def test_a_day_named_by_month_and_day(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a show named after the day, no day word: no date from it)
        (page("“3·15”晚会播出后，市市场监管局召开座谈会。", "2024-03-16"), [(None, None, None)]),
        # (no publication date and no year in the text: no date)
        ("“3·15”当天，市市场监管局举行消费维权座谈会。", [(None, "“3·15”当天", None)]),
        # (the commemorative day written after it dates as before)
        (page("“6·26”国际禁毒日当天，市禁毒委举行禁毒宣传启动仪式。", "2024-06-28"),
         [("2024-06-26", "国际禁毒日当天", None)]),
    ],
)
def test_numbered_day_near_misses(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page("阴历三月廿八，县委召开全县工作会议。"), [("2024-05-06", "阴历三月廿八", None)]),
        (page("阴历三月廿八上午，村委会召开村民代表会议。"), [("2024-05-06", "阴历三月廿八", "上午")]),
        (page("阴历正月十一，县委召开全县工作会议。", "2024-02-20"), [("2024-02-20", "阴历正月十一", None)]),
        # (no publication date: the year is unknown, the text kept)
        ("阴历三月廿八，县委召开全县工作会议。", [(None, "阴历三月廿八", None)]),
        # (the lunar day in brackets after a solar day: the solar day, as before)
        (page("5月6日（阴历三月廿八）下午，县委召开全县工作会议。"), [("2024-05-06", "5月6日", "下午")]),
    ],
)
def test_yinli_is_a_lunar_date(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (page("3月12日，县政府召开防灾会报。消防局局长陈坤龙报告本年度防灾重点工作。"), "陈坤龙", ("消防局局长", ("作报告",))),
        (page("3月12日，协会召开会员大会。理事长王大明报告了2023年度工作成果。"), "王大明", ("理事长", ("作报告",))),
        (page("3月12日，市政协召开常委会会议。秘书长周海燕报告了一季度工作。"), "周海燕", ("秘书长", ("作报告",))),
        (page("3月12日，县政府召开防灾会报。县长李明主持会议，局长王强报告了全县防灾工作情况。"), "王强", ("局长", ("作报告",))),
    ],
)
def test_report_verb_right_after_the_name(extract, text: str, name: str, expected: tuple) -> None:
    assert speakers(extract(text)).get(name) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (hearsay outside any meeting)
        page("据消防局局长陈坤龙报告，火势已得到控制。"),
        # (a report of danger to superiors: no report on work)
        page("3月12日，县长王强向上级报告险情。"),
        # (报告称: a statement quoted, no report on work)
        page("3月12日，县政府召开防灾会报。局长王强报告称，今年汛期来得早。"),
    ],
)
def test_report_verb_near_misses(extract, text: str) -> None:
    assert all("作报告" not in roles for _, roles in speakers(extract(text)).values())
