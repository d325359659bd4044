"""Page dates beside bylines and credits, and Taiwan days: a Taiwan page's ROC date beside a reporter's byline or a
clock (113年5月8日 記者…／…報導, 記者…報導 113年5月8日, 113年5月8日 上午10:20), a date closing a line of the
story's credits at the foot (撰稿：… 审核：… 2024-05-08, 校对：… 2024-05-08), the Taiwan day written 今（8）天 /
昨（7）天, and a weekend leading its clause (周末，…: no day, date_text kept).  Invented sentences; the expected
values follow corpus/GUIDELINES.md §2 and §3."""

from __future__ import annotations

import pytest

from tests.extract.views import page, when

TW_BODY = "市議會昨日召開定期大會，議長張文華主持。"
BODY = "昨日，县委召开常委会会议，县委书记李华主持。"


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the ROC date with a byline after it or before it, or with a clock: the page's date (§2), 昨日 read on it
        (f"市議會召開大會\n113年5月8日 記者林雅婷／台中報導\n{TW_BODY}\n", "2024-05-08", [("2024-05-07", "昨日", None)]),
        (f"市議會召開大會\n113年5月8日 記者林雅婷報導\n{TW_BODY}\n", "2024-05-08", [("2024-05-07", "昨日", None)]),
        (f"市議會召開大會\n記者林雅婷／台中報導 113年5月8日\n{TW_BODY}\n", "2024-05-08", [("2024-05-07", "昨日", None)]),
        (f"市議會召開大會\n113年5月8日 上午10:20\n{TW_BODY}\n", "2024-05-08", [("2024-05-07", "昨日", None)]),
        ("市議會召開大會\n113年5月8日 記者林雅婷／台中報導\n市議會今（8）日召開定期大會，議長張文華主持。\n", "2024-05-08",
         [("2024-05-08", "今（8）日", None)]),
        # credits closing on the date at the foot: the page's date
        (f"县委召开常委会\n{BODY}\n撰稿：王某  审核：李某  2024-05-08\n", "2024-05-08", [("2024-05-07", "昨日", None)]),
        (f"县委召开常委会\n{BODY}\n校对：王某  2024-05-08\n", "2024-05-08", [("2024-05-07", "昨日", None)]),
        # near misses: a date under the headline wins over one in the credits; credits with no date give none
        (f"县委召开常委会\n2024-05-08 来源：县委办\n{BODY}\n校对：王某  2024-05-10\n", "2024-05-08", [("2024-05-07", "昨日", None)]),
        (f"县委召开常委会\n{BODY}\n撰稿：王某  审核：李某\n", None, [(None, "昨日", None)]),
        # (an ROC date opening a lead sentence is no byline's date; the meeting's own date is not checked here)
        ("市議會召開大會\n記者會後，議長張文華說明。\n113年5月7日，市議會召開定期大會，議長張文華主持。\n", None, None),
    ],
)
def test_page_dates_beside_bylines_and_credits(extract, text: str, published: str | None, dates: list | None) -> None:
    record = extract(text)
    assert (record["published"] or "")[:10] == (published or "")
    if dates is not None:
        assert when(record) == dates


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 今（8）天 / 昨（7）天: the Taiwan day in brackets with 天 for 日
        ("立法院今（8）天上午召開院會，院長韓明主持。", [("2024-05-08", "今（8）天", "上午")]),
        ("行政院昨（7）天召開院會，院長陳志明主持。", [("2024-05-07", "昨（7）天", None)]),
        ("市議會今（8）天下午召開定期大會，議長張文華主持。", [("2024-05-08", "今（8）天", "下午")]),
        # near miss: 今（8）日 stays as written
        ("市議會今（8）日召開定期大會，議長張文華主持。", [("2024-05-08", "今（8）日", None)]),
        # a weekend leading its clause: no day (Saturday or Sunday), date_text as written
        ("周末，阳光社区召开楼栋长会议，社区书记蒋丽主持。", [(None, "周末", None)]),
        # near misses: 周末 inside a phrase is no date
        ("阳光社区利用周末，召开楼栋长会议，社区书记蒋丽主持。", [(None, None, None)]),
        ("5月6日，阳光社区召开周末志愿服务工作会议，社区书记蒋丽主持。", [("2024-05-06", "5月6日", None)]),
    ],
)
def test_taiwan_days_and_weekends(extract, body: str, expected: list) -> None:
    assert when(extract(page(body))) == expected
