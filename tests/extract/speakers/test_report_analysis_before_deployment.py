"""A report's look back may go on in a clause or two of analysis before its directive clause (GUIDELINES §4 fortieth
review round, tenth stop of 8 December 2026, reading the thirty-second round's sentence opening on `报告`): `报告回顾了…，
分析了…，对今年工作作出部署` adds 讲话 to the one person who gave the report, as `报告回顾了…，并对…作出部署` does. Invented
sentences; near misses (an analysis with no look back, no directive clause, the directive clause another body's) give
作报告 only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

M = "全县工作会议8日召开。县委书记王建国作工作报告。"

CASES = [
    (M + "报告回顾了过去一年的成绩，分析了当前面临的形势，对今年工作作出部署。", ["作报告", "讲话"]),
    (M + "报告全面回顾了过去一年取得的成效，深入分析了存在的问题，并对今年重点工作作出具体安排。", ["作报告", "讲话"]),
    (M + "报告总结了去年工作，分析了形势，客观分析了困难，就下一步工作进行了部署。", ["作报告", "讲话"]),
    (M + "報告回顧了過去一年的成績，分析了當前面臨的形勢，對今年工作作出部署。", ["作报告", "讲话"]),
    # near misses: an analysis alone before the directive clause, no directive clause, the meeting's own deployment
    (M + "报告分析了当前面临的形势，对今年工作作出部署。", ["作报告"]),
    (M + "报告回顾了过去一年的成绩，分析了当前面临的形势。", ["作报告"]),
    (M + "报告回顾了过去一年的成绩，分析了当前面临的形势，会议对今年工作作出部署。", ["作报告"]),
]


@pytest.mark.parametrize(("text", "roles"), CASES)
def test_report_analysis_before_deployment(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                           roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get("王建国") == roles
