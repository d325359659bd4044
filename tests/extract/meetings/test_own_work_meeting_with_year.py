"""A body's plain work meeting written with its year between the body and the meeting's noun keeps the body in its name,
as written, and the body is its organizer (GUIDELINES §3 fifteenth review round: `中国航空工业总公司工作会议`, the name
kept as written; thirty-third review round, 7 December 2026, third stop: `中国核工业总公司1998年度工作会议`), the year in
Arabic or Chinese numerals, `年` or `年度`, Traditional script alike. Near-misses: a place before the year (`江城市1998年度
经济工作会议`, twentieth round: the place is the holder, the name without it), a body before its network's scope
(`华信集团全省营销工作会议`, thirty-second round) and the active form (`…今天召开1998年度工作会议`: the name is the object)
keep their readings. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("中国核工业总公司1998年度工作会议今天在北京召开。", ("中国核工业总公司1998年度工作会议", "中国核工业总公司")),
        ("华信集团1998年工作会议昨天在集团总部召开。", ("华信集团1998年工作会议", "华信集团")),
        ("江城钢铁公司一九九八年度工作会议昨天在公司礼堂召开。", ("江城钢铁公司一九九八年度工作会议", "江城钢铁公司")),
        ("中国石油天然气总公司1998年工作会议昨天在北京闭幕。", ("中国石油天然气总公司1998年工作会议", "中国石油天然气总公司")),
        ("华信集团2024年度工作大会昨天在集团总部举行。", ("华信集团2024年度工作大会", "华信集团")),
        ("华信集团1998年度营销工作会议昨天在江城召开。", ("华信集团1998年度营销工作会议", "华信集团")),
        ("江城鋼鐵公司1998年度工作會議昨天在公司禮堂召開。", ("江城钢铁公司1998年度工作会议", "江城钢铁公司")),
        ("省农业科学院1998年科技工作会议昨天在院部召开。", ("省农业科学院1998年科技工作会议", "省农业科学院")),
        # without the year: the fifteenth round's reading
        ("中国航空工业总公司工作会议今天在北京召开。", ("中国航空工业总公司工作会议", "中国航空工业总公司")),
        # near-misses: a place before the year; a body before its network's scope; the active form
        ("江城市1998年度经济工作会议昨天在市委礼堂召开。", ("1998年度经济工作会议", "江城市")),
        ("华信集团全省营销工作会议昨天在江城召开。", ("全省营销工作会议", "华信集团")),
        ("中国核工业总公司今天在北京召开1998年度工作会议。", ("1998年度工作会议", "中国核工业总公司")),
    ],
)
def test_own_work_meeting_with_year_keeps_body(extract_with_model, body: str, expected: tuple) -> None:
    got = held(extract_with_model(page(body, "1998-01-20")))
    assert [(name, org) for name, _, org in got] == [expected]
