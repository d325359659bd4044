"""A class's bare opening rite chaired or attended in the paragraph after the class opened (invented pages).

GUIDELINES §3, thirty-second review round (7 December 2026, second stop), following the thirteenth round (a class whose
opening has no day of its own, `主持开班式`, is one record with the class, and whoever chairs the opening is its host):
the rite only referred to by whoever chaired or attended it (`县委组织部副部长某某主持开班仪式`) is the class's opening
also when it stands in the next paragraph.  Near misses: a rite told held in a paragraph of its own (`上午举行了开班仪式`)
and a ceremony of another kind (`开学典礼`) stay their own records.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _records(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], (m["host"] or {}).get("name")) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月8日上午，2024年全县村党组织书记培训班在县委党校开班。\n县委组织部副部长晁某主持开班仪式。",
     [("2024年全县村党组织书记培训班", "晁某")]),
    ("5月8日上午，2024年全县村党组织书记培训班在县委党校开班。\n县委常委、组织部长鞠某出席开班仪式并讲话。县委组织部副部长晁某主持开班仪式。",
     [("2024年全县村党组织书记培训班", "晁某")]),
    ("5月8日上午，全县青年干部培训班在县委党校开班。\n开班仪式由县委组织部副部长李某主持。", [("全县青年干部培训班", "李某")]),
    ("5月8日，全县青年干部培训班开班。\n县委组织部部长李某主持开班式，县委副书记王某出席并讲话。", [("全县青年干部培训班", "李某")]),
    ("5月8日，全市统计业务骨干培训班在市统计局开班。\n市统计局副局长周某主持开班典礼。", [("全市统计业务骨干培训班", "周某")]),
    ("5月8日，全區社工培訓班在區委黨校開班。\n區委組織部副部長陳某主持開班儀式。", [("全区社工培训班", "陈某")]),
    ("5月8日上午，全县青年干部培训班在县委党校开班。县委组织部副部长李某主持开班仪式。", [("全县青年干部培训班", "李某")]),
    # near misses: a rite told held in its own paragraph; a ceremony of another kind
    ("5月8日，全县青年干部培训班开班。\n上午举行了开班仪式，县委副书记王某出席并讲话。",
     [("全县青年干部培训班", None), ("开班仪式", None)]),
    ("5月8日，全县青年干部培训班开班。\n副部长李某主持开学典礼。", [("全县青年干部培训班", None), ("开学典礼", "李某")]),
])
def test_bare_opening_rite_chaired_in_next_paragraph_is_the_class(extract, body, expected):
    assert _records(extract(page(body))) == expected
