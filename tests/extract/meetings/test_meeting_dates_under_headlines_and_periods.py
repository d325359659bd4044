"""Meeting dates under a dated headline, periods kept as written, parts of the day and relative days: 当天 under a headline's date
(【5.8】, 【5月8日】, 5月8日 | …) with the page's date line between, periods kept as written (本月初, 6月上旬,
今年3月, 元旦前夕), 今早/今晨 and 傍晚/夜, 上月 with a day in Chinese numerals, 大前天, a span and its
opening ceremony in one sentence, and a closing told before the same event's opening.  Invented
sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import page, when

_BODY = "全体党员进行了交流发言，大家表示要立足岗位作贡献。"


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the headline's day, not the page's date line under it
        ("【5.8】支部召开党员大会", ("2024-05-08", "当天", None)),
        ("【5月8日】支部召开党员大会", ("2024-05-08", "当天", None)),
        ("5月8日 | 支部召开党员大会", ("2024-05-08", "当天", None)),
        # no day in the headline: the publication date
        ("支部召开党员大会", ("2024-05-09", "当天", None)),
    ],
)
def test_the_same_day_under_a_dated_headline(extract, headline: str, expected: tuple) -> None:
    text = f"{headline}\n发布时间：2024-05-09\n当天，第三党支部召开党员大会，支部书记李红传达了上级会议精神。\n{_BODY}\n"
    assert when(extract(text)) == [expected]


def test_a_dotted_headline_date_dates_the_meeting(extract) -> None:
    text = f"【5.8】支部召开党员大会\n发布时间：2024-05-09\n会上，支部书记李红传达了上级会议精神。\n{_BODY}\n"
    assert [m[0] for m in when(extract(text))] == ["2024-05-08"]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        ("本月初，东岭村“两委”召开村民代表大会，村党支部书记王强主持会议。", "2024-05-20", (None, "本月初", None)),
        ("上月底，东岭村“两委”召开村民代表大会，村党支部书记王强主持会议。", "2024-05-20", (None, "上月底", None)),
        ("6月上旬，某某人民医院召开党风廉政建设工作会议，院党委书记钱伟讲话。", "2024-06-20", (None, "6月上旬", None)),
        ("今年3月，东岭村“两委”召开村民代表大会，村党支部书记王强主持会议。", "2024-07-20", (None, "今年3月", None)),
        ("去年12月，东岭村“两委”召开村民代表大会，村党支部书记王强主持会议。", "2024-07-20", (None, "去年12月", None)),
        ("元旦前夕，阳光社区召开老党员座谈会，社区党委书记吴梅主持座谈会。", "2024-01-03", (None, "元旦前夕", None)),
        ("县委于本月初召开全县组织工作会议，县委书记王强主持会议。", "2024-05-20", (None, "本月初", None)),
        # a day stated later for the same meeting still dates it
        ("七一前夕，公司召开庆祝建党102周年表彰大会。本次大会于6月30日上午在公司报告厅举行。", "2024-07-03",
         ("2024-06-30", "6月30日", "上午")),
    ],
)
def test_periods_are_kept_as_written(extract, body: str, published: str, expected: tuple) -> None:
    assert when(extract(page(body, published))) == [expected]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # the start of a stretch of time, a deadline or a time told in passing: no date_text
        ("今年3月以来，县委召开常委会议研究防汛工作，县委书记王强主持会议。", "2024-07-20", (None, None, None)),
        ("县委召开常委会议，研究部署本月底前完成的工作，县委书记王强主持会议。", "2024-05-20", (None, None, None)),
        ("首相在会谈结束后举行的记者招待会上说，工党自去年5月上台以来与欧盟保持着联系。", "2024-01-09",
         (None, None, None)),
        # a period in what the meeting dealt with
        ("5月8日，县委召开常委会议，研究部署6月上旬的防汛工作。", "2024-05-09", ("2024-05-08", "5月8日", None)),
        # a commemorative day's eve stays without a date_text (tests/extract/meetings/test_meeting_days_without_month_and_ranges.py)
        ("国家宪法日前夕，县司法局召开宪法宣传工作座谈会。", "2024-12-10", (None, None, None)),
    ],
)
def test_periods_that_date_no_meeting(extract, body: str, published: str, expected: tuple) -> None:
    assert when(extract(page(body, published)))[:1] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今早，某某局召开工作会议，局长王强主持会议。", ("2024-06-05", "今", "上午")),
        ("今晨，某某局召开工作会议，局长王强主持会议。", ("2024-06-05", "今", "上午")),
        ("今早在局机关召开工作会议，局长王强主持会议。", ("2024-06-05", "今", "上午")),
        ("6月4日傍晚，某某局召开工作会议，局长王强主持会议。", ("2024-06-04", "6月4日", "晚上")),
        ("6月4日夜，某某局召开工作会议，局长王强主持会议。", ("2024-06-04", "6月4日", "晚上")),
        ("6月4日夜间，某某局召开工作会议，局长王强主持会议。", ("2024-06-04", "6月4日", "晚上")),
        # 凌晨 and 中午 have no canonical value; 早前 is "earlier", no part of the day
        ("6月4日凌晨，某某局召开工作会议，局长王强主持会议。", ("2024-06-04", "6月4日", None)),
        ("6月4日中午，某某局召开工作会议，局长王强主持会议。", ("2024-06-04", "6月4日", None)),
        ("某某局昨日早前召开工作会议，局长王强主持会议。", ("2024-06-04", "昨日", None)),
    ],
)
def test_parts_of_the_day(extract, body: str, expected: tuple) -> None:
    assert when(extract(page(body, "2024-06-05"))) == [expected]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        ("大前天下午，县政协召开主席会议，县政协主席方平主持会议。", "2024-05-09", ("2024-05-06", "大前天", "下午")),
        ("前天下午，县政协召开主席会议，县政协主席方平主持会议。", "2024-05-09", ("2024-05-07", "前天", "下午")),
        ("發展局局長王某上月二十八日出席大灣區規劃研討會並致辭。", "2024-05-08", ("2024-04-28", "上月二十八日", None)),
        ("發展局局長王某上月28日出席大灣區規劃研討會並致辭。", "2024-05-08", ("2024-04-28", "上月28日", None)),
        ("發展局局長王某本月三日出席大灣區規劃研討會並致辭。", "2024-05-08", ("2024-05-03", "本月三日", None)),
    ],
)
def test_relative_days(extract, body: str, published: str, expected: tuple) -> None:
    assert when(extract(page(body, published))) == [expected]


def test_a_span_and_its_opening_ceremony_in_one_sentence(extract) -> None:
    body = ("5月8日至10日，全市年轻干部能力提升培训班在市委党校举办，5月8日上午举行开班仪式，"
            "市委常委、组织部长刘平出席并讲话。")
    record = extract(page(body, "2024-05-08"))
    assert [(m["name"], m["date"], m["date_text"], m["time_of_day"]) for m in record["meetings"]] == [
        ("全市年轻干部能力提升培训班", "2024-05-08", "5月8日至10日", None),
        ("开班仪式", "2024-05-08", "5月8日", "上午"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day of the month opening a clause with its verb: a second meeting (unchanged)
        ("5月7日上午，县委召开常委会议，8日上午召开全委会议，县委书记王强主持会议。",
         [("2024-05-07", "5月7日", "上午"), ("2024-05-08", "8日", "上午")]),
        # an attribute of a meeting dealt with (举行的): no second meeting
        ("5月7日，县委召开常委会议，研究5月8日举行的全县大会筹备工作，县委书记王强主持会议。",
         [("2024-05-07", "5月7日", None)]),
    ],
)
def test_dated_clauses_after_a_meeting(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-05-09"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the same event's opening told after its closing: the start day
        ("第五届某某论坛9日在杭州闭幕。本届论坛于8日开幕，共有300余名代表参会。", ("2024-05-08", "8日", None)),
        ("第五届某某论坛9日在杭州闭幕。论坛于8日上午开幕，共有300余名代表参会。", ("2024-05-08", "8日", "上午")),
        # another event's opening, or no opening day: the closing day stays
        ("第五届某某论坛9日在杭州闭幕。同期举办的博览会于8日开幕，共有300余家企业参展。", ("2024-05-09", "9日", None)),
        ("第五届某某论坛9日在杭州闭幕。论坛为期两天，共有300余名代表参会。", ("2024-05-09", "9日", None)),
    ],
)
def test_a_closing_told_before_the_opening(extract, body: str, expected: tuple) -> None:
    assert when(extract(page(body, "2024-05-10")))[:1] == [expected]
