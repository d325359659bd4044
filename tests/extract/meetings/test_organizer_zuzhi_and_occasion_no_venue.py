"""Meeting shapes of organizations named with 组织, occasions that are no venue and quoted earlier meetings.
Invented sentences; the expected values follow corpus/GUIDELINES.md §3.

- With the date first, an organization whose own name ends in 组织 (5月6日，世界卫生组织召开新闻发布会) lost 组织 to the
  verb of holding 组织召开 (organizer 世界卫生): the organizer is written as the text names it; 县委组织召开 stays 县委.
- An occasion after 在 before a lecture (在全县上下奋力冲刺全年目标的关键时刻，局长…讲授专题党课) was read as the venue
  全县 (上 of 上下 taken as the verb of giving a class): an occasion is no place, the venue stays null.
- C9: the earlier words quoted after a referred meeting are told with the shared verbs of remarks (所说, 表示过, 所提出).
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def places(record: dict) -> list[str | None]:
    return [m["location"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (G5) an organization's own name ending in 组织, the date first
        ("5月6日，世界卫生组织召开新闻发布会。", [("新闻发布会", "2024-05-06", "世界卫生组织")]),
        ("5月6日，上海合作组织召开成员国外长理事会会议。", [("成员国外长理事会会议", "2024-05-06", "上海合作组织")]),
        ("5月6日，世卫组织召开紧急委员会会议。", [("紧急委员会会议", "2024-05-06", "世卫组织")]),
        ("5月6日，联合国教科文组织召开世界遗产大会。", [("世界遗产大会", "2024-05-06", "联合国教科文组织")]),
        ("5月6日，世界贸易组织召开总理事会会议。", [("总理事会会议", "2024-05-06", "世界贸易组织")]),
        # (NEGATIVE rows: the name first, as h69 was made for; 组织 the verb after a body; the department 组织部)
        ("世界卫生组织4日在日内瓦召开新闻发布会。", [("新闻发布会", "2024-05-04", "世界卫生组织")]),
        ("5月6日，县委组织召开专题会议。", [("专题会议", "2024-05-06", "县委")]),
        ("5月6日，县人民医院组织召开专题会议。", [("专题会议", "2024-05-06", "县人民医院")]),
        ("5月6日，县委组织部召开全县组织工作会议。", [("全县组织工作会议", "2024-05-06", "县委组织部")]),
    ],
)
def test_organization_named_with_zuzhi(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (G6) an occasion after 在, no venue
        ("6月27日下午，在全县上下奋力冲刺全年目标的关键时刻，局长李明为全局党员干部讲授专题党课。", [None]),
        ("6月27日下午，在全市上下决战脱贫攻坚的关键时期，局长李明为全局党员干部讲授专题党课。", [None]),
        ("6月27日下午，在实现“十四五”目标的紧要关头，局长李明为全局党员干部讲授专题党课。", [None]),
        ("6月27日下午，在全县上下奋力冲刺全年目标的关键时刻，县委书记李明主持召开县委常委会会议。", [None]),
        # (NEGATIVE rows of 4575c9c8: a venue set off by a comma before the lecturer, or before 上 a class)
        ("6月27日下午，在局机关五楼会议室，局长李明为全局党员干部讲授专题党课。", ["局机关五楼会议室"]),
        ("6月27日下午，在县委党校，局长李明为全局党员干部讲授专题党课。", ["县委党校"]),
        ("6月27日下午，在县委三楼会议室，县委书记李明主持召开县委常委会会议。", ["县委三楼会议室"]),
    ],
)
def test_occasion_is_no_venue(extract, body: str, expected: list) -> None:
    assert places(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (C9) earlier words quoted, the meeting only their source (§3)
        ("正如我在去年毕业典礼上所说，青年要勇于担当。", []),
        ("我在去年的全县经济工作会议上表示过，发展是第一要务。", []),
        ("正如市长在座谈会上所提出的那样，要优化营商环境。", []),
    ],
)
def test_quoted_earlier(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
