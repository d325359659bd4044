"""Meeting dates and names of year-end deadlines and meetings asked for (invented sentences).

Found and ruled by corpus/GUIDELINES.md:

- A deadline at a year's end in a meeting's demands (会议要求，到2025年底全面完成…) was voted as the meeting's year on a
  page with no publication date. §3 `date`: only the day of the clause that holds the meeting counts, not a day in what
  it dealt with (`5月20日前完成`); a year ahead is no evidence of the report's year. A stock counted at the end of a
  year (到2023年底，全市已建成…) keeps its reading.
- A meeting told held, then in the same sentence a later one asked for or decided on (…会议召开，会议要求5月20日召开
  推进会): the planned one was read in place of the held one (which was lost, or dated with the held day). §3: a
  meeting planned gives no record; the one held is the record.
- A closing byline with its date first (（2024年5月8日 本报记者 张三）) gave no publication date. §2 `published`: a
  byline's date is the page's.
- (Not changed: `会上，…` alone gives a meeting named `会`, as §3 says: a meeting referred to, name as written.)
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page


def _bare(body: str) -> str:
    """A page with a headline and no publication date."""
    return "标题\n" + body + "\n"


@pytest.mark.parametrize("body", [
    "5月6日，全市组织工作会议召开。会议要求，到2025年底全面完成换届任务。",
    "4月9日，县委常委会会议召开。会议强调，到2026年末全面建成示范县。",
    "6月3日，区政府常务会议召开。会议明确，到2027年底基本实现全覆盖。",
    "9月12日，市政协常委会会议召开。会议提出，到2028年底全市建成30个示范点。",
])
def test_a_deadline_at_a_years_end_gives_no_year(extract, body: str) -> None:
    meetings = extract(_bare(body))["meetings"]
    assert len(meetings) == 1 and meetings[0]["date"] is None and meetings[0]["date_text"] is not None


@pytest.mark.parametrize(("body", "expected"), [
    # (a stock counted after the year ended, the clause ending at 年底 or holding 已: today's readings)
    ("5月6日，全市组织工作会议召开。会议指出，到2023年底，全市已建成党群服务中心300个。", "2024-05-06"),
    ("5月6日，全市组织工作会议召开。会议指出，到2023年底全市已建成党群服务中心300个。", "2024-05-06"),
    ("1月9日，县委常委会会议召开。会议指出，到2023年末，全县已有省级示范村12个。", "2024-01-09"),
    # (a year written in the meeting's own date, a deadline beside it)
    ("2024年5月6日，全市组织工作会议召开。会议要求，到2025年底全面完成换届任务。", "2024-05-06"),
])
def test_a_stock_at_a_years_end_keeps_its_year(extract, body: str, expected: str) -> None:
    assert [d for _, d in dated(extract(_bare(body)))] == [expected]


@pytest.mark.parametrize("body", [
    "5月6日，全市组织工作会议召开，会议要求5月20日召开推进会。",
    "5月6日，全市组织工作会议召开，会议决定于5月20日召开全委会。",
    "5月6日，全市组织工作会议召开，会议强调要在5月20日前召开推进会。",
    "5月6日，全市组织工作会议在市委召开，会议要求5月20日召开推进会。",
])
def test_the_meeting_held_before_one_asked_for_is_read(extract, body: str) -> None:
    assert dated(extract(page(body))) == [("全市组织工作会议", "2024-05-06")]


@pytest.mark.parametrize(("body", "expected"), [
    # (no meeting held before the one asked for: nothing read changes)
    ("5月6日，县委召开常委会会议，研究部署换届工作。", [("常委会会议", "2024-05-06")]),
    ("5月6日，团市委召开防汛工作会议。5月7日，团市委召开青年座谈会。",
     [("防汛工作会议", "2024-05-06"), ("青年座谈会", "2024-05-07")]),
    # (the decision in a sentence of its own, as today)
    ("5月6日，全市组织工作会议召开。会议决定，5月20日召开全市推进会。", [("全市组织工作会议", "2024-05-06")]),
])
def test_meetings_without_a_request_after_them_are_unchanged(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body))) == expected


@pytest.mark.parametrize(("byline", "published"), [
    ("（2024年5月8日 本报记者 张三）", "2024-05-08"),
    ("（2023年4月30日 记者 李四 通讯员 王五）", "2023-04-30"),
    ("2024年5月8日 记者 李四", "2024-05-08"),
    # (the name-first order, as today)
    ("（本报记者 张三 2024年5月8日）", "2024-05-08"),
])
def test_a_date_first_closing_byline_is_the_publication_date(extract, byline: str, published: str) -> None:
    record = extract(_bare("5月6日，全市组织工作会议召开。\n" + byline))
    assert record["published"] == published
    assert dated(record) == [("全市组织工作会议", published[:4] + "-05-06")]


@pytest.mark.parametrize("line", [
    # (a date in a sentence, or a deadline, closing the page: no byline)
    "2024年5月8日，记者从市委组织部获悉此事。",
    "（2024年5月20日前 记者 将跟进报道）",
])
def test_a_dated_line_that_is_no_byline_gives_no_publication_date(extract, line: str) -> None:
    assert extract(_bare("5月6日，全市组织工作会议召开。\n" + line))["published"] is None
