"""The page's publication date and a meeting's year (GUIDELINES §2, §3):
a Taiwan release line with the issuing office before its Republic-of-China date (文化部 113-06-03,
行政院新闻传播处 113/06/03), a date after the label of an event's day, a deadline or a validity
(报到时间 2024年6月4日, 活动时间：…, 报名截止时间：…, 有效期至…: no publication date), the date of a birth or a
death (1931年5月12日逝世) giving neither the page's date nor the meeting's year, and a stamp whose day and month
read either way (发布时间：08/05/2024): no publication date, but its year dates the meeting's 5月7日.  Near misses
that must keep their value (or stay null) sit beside each.  All sentences are invented."""

from __future__ import annotations

import pytest

from tests.extract.views import when

#: A second paragraph, so that the header/body split sees a body of more than one line.
MORE = "会议还通报了近期重点工作进展情况，对下一阶段工作进行了安排部署。\n各相关部门负责人参加会议。"
MEETING = "昨天，县政府召开工作会议，县长王某主持。"
DATED_MEETING = "5月7日，县政府召开工作会议，县长王某主持。"


def _page(head: str, body: str = MEETING, foot: str = "") -> str:
    """An invented page: a headline, header lines, the body, a second paragraph, footer lines."""
    return "\n".join(line for line in ("县政府召开工作会议", head, body, MORE, foot) if line) + "\n"


def _published(record: dict) -> str | None:
    """The publication date without its time (the schema allows one; §2 scores the day)."""
    return record["published"][:10] if record["published"] else None


@pytest.mark.parametrize(
    ("head", "foot", "expected"),
    [
        # the issuing office, then the ROC date, on one line: above the body or below it (year + 1911)
        ("文化部 113-06-03", "", "2024-06-03"),
        ("行政院新闻传播处 113/06/03", "", "2024-06-03"),
        ("卫生福利部 113年6月3日", "", "2024-06-03"),
        ("发布单位：卫生福利部 发布日期：113-06-03", "", "2024-06-03"),
        ("", "文化部 113-06-03", "2024-06-03"),
        ("", "行政院新闻传播处 113/06/03", "2024-06-03"),
        ("", "发布单位：卫生福利部 发布日期：113-06-03", "2024-06-03"),
        # the date first, then the office (read before)
        ("113-06-03 行政院新闻传播处", "", "2024-06-03"),
        # near misses: an event's day, a range, a year of a budget, a sentence
        ("活动时间 113-06-03", "", None),
        ("卫生福利部 113年6月3日至6月10日", "", None),
        ("", "文化部 113年度预算", None),
        ("", "文化部113年6月3日公布调查结果，显示民众满意度提升。", None),
    ],
)
def test_an_office_before_its_roc_date(extract, head: str, foot: str, expected: str | None) -> None:
    assert _published(extract(_page(head, foot=foot))) == expected


@pytest.mark.parametrize(
    ("head", "foot", "expected"),
    [
        # the label of an event's day, a deadline or a validity before the date: no publication date
        ("", "报到时间 2024年6月4日", None),
        ("", "报到时间：2024-06-04", None),
        ("", "报名截止时间：2024年6月4日", None),
        ("", "活动时间：2024年6月4日", None),
        ("", "有效期至2024年6月4日", None),
        ("报到时间：2024-06-04", "", None),
        ("活动时间：2024年6月4日", "", None),
        ("有效期至2024年6月4日", "", None),
        ("开幕日期：21/05/2024", "", None),
        # near misses: the page's own stamps stay
        ("", "发布时间：2024-06-04", "2024-06-04"),
        ("", "时间：2024-06-04", "2024-06-04"),
        ("", "来源：县会议中心 2024-06-04", "2024-06-04"),
        ("发布时间：2024-06-04 报名截止：2024-06-20", "", "2024-06-04"),
        ("2024-06-04 来源：某网", "", "2024-06-04"),
    ],
)
def test_an_events_day_is_no_publication_date(extract, head: str, foot: str, expected: str | None) -> None:
    assert _published(extract(_page(head, foot=foot))) == expected


#: A meeting in memory of someone, with no publication date on the page.
MEMORIAL = "县政府召开纪念座谈会\n5月7日，县政府召开纪念座谈会。\n"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a birth or a death gives neither the page's date nor the meeting's year
        (MEMORIAL + "会议回顾了张某的生平事迹和重要贡献。\n1931年5月12日逝世\n", None, [("纪念座谈会", None)]),
        (MEMORIAL + "张某1931年5月逝世，享年60岁。会议回顾了他的生平事迹。\n", None, [("纪念座谈会", None)]),
        (MEMORIAL + "张某1931年5月12日在北京病逝，享年80岁。会议回顾了他的生平事迹和重要贡献。\n", None, [("纪念座谈会", None)]),
        (MEMORIAL + "会议回顾了张某的生平事迹和重要贡献。张某1931年5月出生。\n", None, [("纪念座谈会", None)]),
        # near misses: an anniversary of a birth whose year the text gives names the current year; the meeting's
        # own year stays; a year of the report elsewhere still counts
        ("县政府召开纪念座谈会\n5月7日，县政府召开纪念座谈会，纪念张某诞辰100周年。张某生于1924年。\n"
         "会议回顾了他的生平事迹和重要贡献。\n", None, [("纪念座谈会", "2024-05-07")]),
        ("县政府召开工作会议\n5月7日，县政府召开2024年工作会议。\n会议回顾了过去一年的工作。\n", None,
         [("2024年工作会议", "2024-05-07")]),
        (MEMORIAL + "2024年5月，全县开展了纪念活动。会议回顾了张某的生平事迹。\n", None, [("纪念座谈会", "2024-05-07")]),
    ],
)
def test_a_life_date_is_not_the_reports_year(extract, text: str, published: str | None, expected: list) -> None:
    record = extract(text)
    assert record["published"] == published
    assert [(m["name"], m["date"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    ("head", "body", "foot", "expected_published", "expected"),
    [
        # 08/05/2024 reads either way: no publication date, but 2024 dates the meeting's 5月7日
        ("08/05/2024", DATED_MEETING, "", None, [("2024-05-07", "5月7日", None)]),
        ("发布时间：08/05/2024", DATED_MEETING, "", None, [("2024-05-07", "5月7日", None)]),
        ("", DATED_MEETING, "发布时间：08/05/2024", None, [("2024-05-07", "5月7日", None)]),
        # near misses: a relative day still needs the stamp's day; a certain order is the date; an event's
        # day gives no year; a year the date writes is its own
        ("发布时间：08/05/2024", MEETING, "", None, [(None, "昨天", None)]),
        ("发布时间：21/05/2024", DATED_MEETING, "", "2024-05-21", [("2024-05-07", "5月7日", None)]),
        ("活动时间：08/05/2024", DATED_MEETING, "", None, [(None, "5月7日", None)]),
        ("发布时间：08/05/2024", "2023年5月7日，县政府召开工作会议，县长王某主持。", "", None,
         [("2023-05-07", "2023年5月7日", None)]),
    ],
)
def test_the_year_of_an_uncertain_stamp(extract, head: str, body: str, foot: str, expected_published: str | None,
                                        expected: list) -> None:
    record = extract(_page(head, body, foot))
    assert _published(record) == expected_published
    assert when(record) == expected
