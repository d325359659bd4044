"""Dates in newspaper and wire reports (人民日报, 新华社 and provincial papers): relative days under a dateline past the first sentence, the reporter's day before
日前/近日, year-end meetings on next year's work, amounts read as years, proposed sessions.
Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, when


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a background sentence before the day: the dateline still governs
        ("本报北京3月5日讯 记者李明报道：今年以来，各地加快推进重大项目建设。今天上午，国家发展改革委召开重大项目建设推进会，"
         "国家发展改革委主任郑栅洁出席并讲话。", "2024-03-06", ("2024-03-05", "今天", "上午")),
        ("新华社南京3月5日电 江苏今年将实施重大项目500个。昨天下午，江苏省委召开全省重大项目建设推进会，省委书记刘明出席并讲话。",
         "2024-03-06", ("2024-03-04", "昨天", "下午")),
        ("新华社南京3月5日电 江苏今年将实施重大项目500个。前天下午，江苏省委召开全省重大项目建设推进会，省委书记刘明出席并讲话。",
         "2024-03-06", ("2024-03-03", "前天", "下午")),
        # a day of the future in the lead sentence is no day of the meeting
        ("本报上海10月30日讯 第七届中国国际进口博览会将于11月5日至10日在上海举行。今天上午，上海市政府召开筹备工作会议，"
         "市长龚正出席并讲话。", "2024-10-31", ("2024-10-30", "今天", "上午")),
        # the day in the first body sentence, as before
        ("本报上海10月30日讯 今天，上海市政府召开筹备工作会议，市长龚正出席并讲话。", "2024-10-31", ("2024-10-30", "今天", None)),
        # another story on the page, under an undated 本报讯: the publication date's day
        ("本报北京3月5日讯 今年以来，各地加快推进重大项目建设。\n另一条消息\n本报讯 今年以来，我县加快项目建设。"
         "今天上午，县委召开项目建设推进会，县委书记王建华出席并讲话。", "2024-03-06", ("2024-03-06", "今天", "上午")),
        # no publication date: the year is not written, no date
        ("本报北京３月５日讯 今年以来，各地加快推进重大项目建设。今天上午，国家计委召开重大项目建设推进会，国家计委主任陈锦华出席并讲话。",
         None, (None, "今天", "上午")),
    ],
)
def test_a_relative_day_under_a_dateline(extract, text: str, published: str | None, expected: tuple) -> None:
    assert when(extract(text, published))[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社北京5月8日电 记者8日从国家林草局获悉，国家林草局日前召开全国森林草原防灭火工作座谈会，局长关志鸥出席并讲话。",
         (None, "日前", None)),
        ("新华社北京5月8日电 记者5月8日从教育部获悉，教育部近日召开全国教育工作座谈会，部长怀进鹏出席并讲话。", (None, "近日", None)),
        ("新华社北京5月29日电 记者29日获悉，中央纪委国家监委近日召开全国纪检监察工作座谈会，副书记王小明出席并讲话。",
         (None, "近日", None)),
        ("记者5月8日获悉，教育部近日召开全国教育工作座谈会，部长怀进鹏出席并讲话。", (None, "近日", None)),
        # the day the meeting was held, written after the reporter's clause
        ("新华社北京5月8日电 记者8日从教育部获悉，教育部5日召开全国教育工作座谈会，部长怀进鹏出席并讲话。",
         ("2024-05-05", "5日", None)),
        ("记者从省教育厅获悉，2月1日，全省教育工作会议在合肥召开。", ("2024-02-01", "2月1日", None)),
    ],
)
def test_the_reporters_day_is_not_the_meetings(extract, text: str, expected: tuple) -> None:
    assert when(extract(text, "2024-05-09"))[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社北京１２月２０日电 全国计划会议今天在京召开。国家计委主任陈锦华作报告，提出１９９８年国民经济和社会发展计划的主要目标。",
         "1997-12-20"),
        ("新华社北京１２月２４日电 全国财政工作会议今天在京召开。财政部部长刘仲藜作报告，指出１９９８年财政工作要坚持稳中求进。",
         "1997-12-24"),
        ("新华社北京１２月２８日电 全国政法工作会议今天在京闭幕。中央政法委书记任建新讲话，指出１９９８年政法工作要维护稳定。",
         "1997-12-28"),
        # a December meeting reviewing its own year stays in it
        ("新华社北京１２月２０日电 全国计划会议今天在京召开。国家计委主任陈锦华作报告，总结１９９７年计划工作完成情况。", "1997-12-20"),
        # a January meeting on the year's work is in that year
        ("新华社北京１月５日电 全国计划会议今天在京召开。国家计委主任陈锦华作报告，提出１９９８年国民经济和社会发展计划的主要目标。",
         "1998-01-05"),
    ],
)
def test_a_year_end_meeting_on_next_years_work(extract, text: str, expected: str) -> None:
    assert when(extract(text))[0][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社东京１月１３日电 日本政府今天宣布，将向中国提供总额为２０００亿日元的第四批日元贷款。中国驻日大使徐敦信出席了换文签字仪式。",
         [("换文签字仪式", None, None)]),
        # a year written with the meeting's name is its own
        ("2024世界互联网大会10月20日在乌镇开幕。", [("2024世界互联网大会", "2024-10-20", None)]),
    ],
)
def test_no_year_from_an_amount(extract, text: str, expected: list) -> None:
    assert held(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("新华社北京3月28日电 十四届全国人大常委会第二十四次委员长会议28日上午在北京人民大会堂举行。委员长会议建议，"
         "十四届全国人大常委会第九次会议4月23日至26日在北京举行。", "2024-03-29",
         [("第二十四次委员长会议", "2024-03-28", "十四届全国人大常委会")]),
        # decided by a body, then held: a meeting
        ("经县委研究决定，全县安全生产工作会议于4月10日召开，县长李四出席并讲话。", "2024-04-11",
         [("全县安全生产工作会议", "2024-04-10", None)]),
    ],
)
def test_a_proposed_session_is_no_meeting(extract, text: str, published: str, expected: list) -> None:
    assert held(extract(text, published)) == expected
