"""Speaker shapes of oaths led, bare workers and own reports.

- 带领…宣誓 (_LEADS_OATH) read 宣誓 inside a place visited or an event watched (带领大家参观了宣誓大厅, 参观了入党宣誓
  仪式展) as an oath led: no role there (GUIDELINES §4); leading the oath itself (带领新党员面向党旗庄严宣誓, 举行入党宣誓
  仪式) stays 宣读, and a renewal (带领全体党员面向党旗重温入党宣誓) gives none, as 重温入党誓词 does.
- A count of one before a bare worker's noun (一名工人陈某) left 工人 as the title: the noun alone is a label (§4 fourteenth
  review round), with or without the count; a worker's noun after its employer stays the title.
- 在政府工作报告中提到 spoken from the session's own report: 讲话 beside 作报告, as 指出/提出 give (§4 fourteenth round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place visited or an event watched: no oath led
        ("会上，书记李某带领大家参观了宣誓大厅。", {}),
        ("会上，书记李某带领新党员参观了入党宣誓仪式展。", {}),
        ("会上，书记李某带领全体党员面向党旗重温入党宣誓。", {}),
        # the oath led: 宣读 (领誓)
        ("会上，书记李某带领12名新党员面向党旗庄严宣誓。", {"李某": ("书记", ("宣读",))}),
        ("会上，書記李某帶領新黨員面向黨旗莊嚴宣誓。", {"李某": ("书记", ("宣读",))}),
        ("会上，书记李某带领新党员举行入党宣誓仪式。", {"李某": ("书记", ("宣读",))}),
        ("会上，书记李某主持会议，并带领新党员宣誓。", {"李某": ("书记", ("主持", "宣读"))}),
    ],
)
def test_oath_led(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，一名工人陈某发言。", {"陈某": (None, ("发言",))}),
        ("会上，一位老工人陈某发言。", {"陈某": (None, ("发言",))}),
        ("会上，工人李某发言。", {"李某": (None, ("发言",))}),
        # a post after the count keeps the post; a worker's noun after its employer stays the title
        ("会上，一名议员陈某发言。", {"陈某": ("议员", ("发言",))}),
        ("会上，江城机械厂工人李某发言。", {"李某": ("江城机械厂工人", ("发言",))}),
    ],
)
def test_bare_worker_after_count(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，县长王某在政府工作报告中提到，今年经济增长6%。", {"王某": ("县长", ("作报告", "讲话"))}),
        ("会上，县长王某在政府工作报告中指出，今年经济增长6%。", {"王某": ("县长", ("作报告", "讲话"))}),
        ("会上，县长王某在政府工作报告中提出的目标任务必须完成。", {}),
    ],
)
def test_own_report_spoken(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
