"""Meeting dates on ordinary modern pages: vague days restated and series: a meeting dated only 日前/近日 takes the
day that 此次会议/会议于… states for it also from the next paragraph; 随后几天陆续召开/此后数日纷纷举行 one meeting
noun is a series over days (GUIDELINES §3: series are no meeting), unless meetings are listed by name; a 「…」 quoted
event name ending in a head word, then the head of the event held (召开「…推介会」记者会), is one name, not two meetings.  Invented sentences; the
expected values follow corpus/GUIDELINES.md §3 (date, name, series)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("日前，市国资委召开一季度经济运行分析会，部署二季度工作。\n据了解，此次会议于4月24日在市国资委会议室举行。",
         [("2024-04-24", "4月24日", None)]),
        ("近日，江城镇召开春季防火工作会议，安排部署相关工作。\n本次会议于5月3日上午在镇政府三楼会议室召开，各村负责人参加。",
         [("2024-05-03", "5月3日", "上午")]),
        ("江城大学日前召开本科教学工作会议。\n此次会议于4月30日在图书馆报告厅举行，校长李明出席并讲话。",
         [("2024-04-30", "4月30日", None)]),
        ("日前，市国资委召开一季度经济运行分析会，部署二季度工作。\n会议于4月24日在市国资委会议室举行。",
         [("2024-04-24", "4月24日", None)]),
        # NEGATIVE: another event told in the next paragraph (the congress a preparatory meeting was for)
        ("近日，市科协召开第九次代表大会筹备工作会议。\n大会于4月24日在市会展中心举行。",
         [(None, "近日", None)]),
        # NEGATIVE: a day already stated is not replaced
        ("5月2日，江城镇召开春季防火工作会议。\n此次会议于5月3日在镇政府召开。",
         [("2024-05-02", "5月2日", None)]),
    ],
)
def test_vague_day_restated_in_next_paragraph(extract, body: str, expected: list) -> None:
    assert when(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，市中院召开推进会。会后，各基层法院迅速传达会议精神，随后几天陆续召开党组会议研究落实措施。",
        "5月6日，市中院召开推进会。会后，各乡镇迅速行动，此后数日纷纷召开专题会议，传达学习会议精神。",
        "5月6日，市中院召开推进会。会后一段时间，基层党支部陆续召开了专题组织生活会。",
    ],
)
def test_meetings_held_one_after_another_are_a_series(extract, body: str) -> None:
    assert held(extract(page(body))) == [("推进会", "2024-05-06", "市中院")]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: meetings listed by name are held, not a series
        "5月6日，江城中学陆续召开教师座谈会和家长座谈会。",
        # NEGATIVE: one meeting told after a stretch of days, no 陆续/纷纷
        "随后几天，县政府召开了常务会议。",
        "5月6日，各村党支部书记陆续来到镇政府，参加镇党委召开的专题会议。",
        # NEGATIVE: several bodies on one stated day (a reviewed ruling keeps it)
        "1月6日，铁营镇各村（社区）党组织陆续召开组织生活会。",
    ],
)
def test_meetings_named_or_single_stay(extract, body: str) -> None:
    assert extract(page(body))["meetings"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("北市产业局本(6)日召开「2026台北智慧城市产业媒合会」记者会，产业局局长陈怡君出席。",
         [("「2026台北智慧城市产业媒合会」记者会", "2024-05-06", "北市产业局")]),
        ("市商务局今天召开「江城投资推介会」新闻发布会，局长王刚出席。",
         [("「江城投资推介会」新闻发布会", "2024-05-08", "市商务局")]),
        ("市文旅局今天举行『江城旅游博览会』启动仪式，局长王刚出席。",
         [("『江城旅游博览会』启动仪式", "2024-05-08", "市文旅局")]),
        # NEGATIVE: a name the marks enclose whole loses them
        ("市商务局今天召开「江城投资推介会」，局长王刚出席。",
         [("江城投资推介会", "2024-05-08", "市商务局")]),
    ],
)
def test_quoted_event_then_head_is_one_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
