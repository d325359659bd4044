"""Meeting dates: a day without a month
after a full date, 前晚, commemorative days named …日, a false 日前 read out of …日前夕, and ranges
cut to their first day.  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a day without a month takes the month of the date told just before, not the publication's
        ("5月6日，市考核组到县开展考核。8日上午，县委召开考核反馈会，县委书记王建国主持会议。", "2024-06-10",
         ("2024-05-08", "8日", "上午")),
        ("5月20日，省考核组到县开展年度考核。21日，县委召开考核反馈会。", "2024-07-02", ("2024-05-21", "21日", None)),
        # (the sentence before, at the end of the paragraph before)
        ("5月20日，省考核组到县开展年度考核。\n21日，县委召开考核反馈会。", "2024-07-02", ("2024-05-21", "21日", None)),
        # (days without a month in between are passed over)
        ("5月6日，市考核组进驻我县。7日，考核组走访了部分乡镇。8日上午，县委召开考核反馈会。", "2024-06-10",
         ("2024-05-08", "8日", "上午")),
        # a smaller day is in the month after, when the publication date allows it
        ("3月29日，省督导组进驻我县。2日上午，县委召开督导反馈会。", "2024-04-15", ("2024-04-02", "2日", "上午")),
        ("5月30日，省考核组到县开展考核。2日上午，县委召开考核反馈会。", "2024-07-15", ("2024-06-02", "2日", "上午")),
        # not a piece of history years back, nor a deadline: the publication month rules
        ("该行成立于1998年5月8日。12日，县委召开金融工作座谈会。", "2024-05-20", ("2024-05-12", "12日", None)),
        ("各乡镇须在5月20日前完成自查。21日，县委召开考核反馈会。", "2024-07-02", ("2024-06-21", "21日", None)),
        # (a vague day told last: the month is not told)
        ("5月20日，省考核组到县开展年度考核。近日，考核组完成评分。21日，县委召开考核反馈会。", "2024-07-02",
         ("2024-06-21", "21日", None)),
        # (a dateline's day: the day before its 1st is in the month before)
        ("新华社北京6月1日电 全国妇联执委会议近日筹备就绪。31日下午，全国妇联召开执委会议。", "2024-06-02",
         ("2024-05-31", "31日", "下午")),
    ],
)
def test_a_day_takes_the_month_of_the_date_told_before(extract, body: str, published: str, expected: tuple) -> None:
    assert when(extract(page(body, published)))[0] == expected


def test_a_day_after_a_full_date_without_a_publication_date(extract) -> None:
    record = extract("2024年5月6日，市考核组到县开展考核。8日上午，县委召开考核反馈会。")
    assert when(record) == [("2024-05-08", "8日", "上午")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 前晚 is the evening two days before, written like 昨晚 (date_text 前 as 昨)
        ("前晚，市卫健委召开传染病防控专题会议。", [("2024-05-07", "前", "晚上")]),
        ("市卫健委前晚召开传染病防控专题会议。", [("2024-05-07", "前", "晚上")]),
        ("昨晚，市卫健委召开传染病防控专题会议。", [("2024-05-08", "昨", "晚上")]),
        # (目前 before 晚稻: 前 ends a word, no day)
        ("目前晚稻收割工作已全面展开。县农业农村局召开秋收工作会议。", [(None, None, None)]),
    ],
)
def test_the_evening_before_yesterday(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-05-09"))) == expected


def test_the_evening_before_yesterday_is_no_part_of_the_organizer(extract) -> None:
    record = extract(page("市卫健委前晚召开传染病防控专题会议。", "2024-05-09"))
    assert held(record) == [("传染病防控专题会议", "2024-05-07", "市卫健委")]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a commemorative day with a fixed day, named with a word for the day itself
        ("世界读书日当天，市图书馆举行全民阅读分享会。", "2024-04-24", ("2024-04-23", "世界读书日当天", None)),
        ("国家宪法日当天，县司法局召开宪法宣传工作座谈会。", "2024-12-05", ("2024-12-04", "国家宪法日当天", None)),
        ("国际禁毒日当日，县禁毒委员会召开全县禁毒工作会议。", "2024-06-27", ("2024-06-26", "国际禁毒日当日", None)),
        ("在第29个世界读书日当天，县委宣传部召开全民阅读推进会。", "2024-04-24", ("2024-04-23", "世界读书日当天", None)),
        # (published before the day in its year: the year before)
        ("世界读书日当天，市图书馆举行全民阅读分享会。", "2024-03-01", ("2023-04-23", "世界读书日当天", None)),
        # nor does a time around the day: no false 日前 read out of …日 + 前夕/前后/前
        ("国家宪法日前夕，县司法局召开宪法宣传工作座谈会。", "2024-12-10", (None, None, None)),
        ("在第37个国际禁毒日前夕，县禁毒委员会召开全县禁毒工作会议。", "2024-06-30", (None, None, None)),
        ("世界环境日前，区委、区政府召开全区生态环境保护大会。", "2024-06-10", (None, None, None)),
        ("全国助残日前后，县残联召开助残工作座谈会。", "2024-05-20", (None, None, None)),
        ("在“5·12”全国防灾减灾日前夕，县应急管理局召开防灾减灾工作会议。", "2024-05-13", (None, None, None)),
        ("在国家宪法日到来之际，县司法局召开宪法宣传工作座谈会。", "2024-12-10", (None, None, None)),
        # (日前 the word stays: leading the clause or after the subject)
        ("日前，县委召开全县组织工作会议。", "2024-05-09", (None, "日前", None)),
        ("县委日前召开全县组织工作会议。", "2024-05-09", (None, "日前", None)),
    ],
)
def test_commemorative_days(extract, body: str, published: str, expected: tuple) -> None:
    assert when(extract(page(body, published)))[0] == expected


def test_a_day_that_moves_with_the_weekday_gives_no_date(extract) -> None:
    record = extract(page("全国助残日当天，县残联召开助残工作座谈会。", "2024-05-20"))
    assert record["meetings"][0]["date"] is None


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a range or list of days is kept whole in date_text; the date is its first day
        ("5月8日～9日，全省病理学学术年会在兰州大学召开。", "2024-05-12", ("2024-05-08", "5月8日～9日")),
        ("5月8日、9日，全省病理学学术年会在省人民医院召开。", "2024-05-12", ("2024-05-08", "5月8日、9日")),
        ("三月五日至七日，全国人大湖南代表团在驻地召开全体会议。", "2024-03-09", ("2024-03-05", "三月五日至七日")),
        ("二〇二四年五月八日至十日，全省宣传部长会议在长沙召开。", "2024-05-12", ("2024-05-08", "二〇二四年五月八日至十日")),
        ("2024年12月30日至2025年1月1日，集团在总部召开年度工作会议。", "2025-01-03",
         ("2024-12-30", "2024年12月30日至2025年1月1日")),
        # (the forms already right stay)
        ("5月8日至9日，全省病理学学术年会在兰州大学召开。", "2024-05-12", ("2024-05-08", "5月8日至9日")),
        ("5月8日~9日，全省病理学学术年会在兰州大学召开。", "2024-05-12", ("2024-05-08", "5月8日~9日")),
    ],
)
def test_ranges_kept_whole(extract, body: str, published: str, expected: tuple) -> None:
    assert when(extract(page(body, published)))[0][:2] == expected


def test_a_day_after_a_range_takes_its_month(extract) -> None:
    record = extract("十一月五日至六日，滨江市党政代表团赴青溪县考察。六日上午，两地在青溪县城举行东西部协作项目集中签约仪式。"
                     "这是二○二四年以来两地第二次对接。")
    assert when(record)[0] == ("2024-11-06", "六日", "上午")


@pytest.mark.parametrize(
    "body",
    [
        # planned on a commemorative day, or on the evening named: no meeting held
        "世界读书日当天，市图书馆将举行全民阅读分享会。",
        "国家宪法日前夕，县司法局将召开宪法宣传工作座谈会。",
        # a day without a month and no meeting
        "5月6日，市考核组到县开展考核。8日上午，考核组走访了部分乡镇。",
        "目前晚稻收割工作已全面展开。",
    ],
)
def test_no_meeting_record(extract, body: str) -> None:
    assert extract(page(body, "2024-06-10"))["meetings"] == []
