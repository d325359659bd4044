"""The deployment clause of a work report adds 讲话 to the one who gave it (GUIDELINES §4 fifteenth, twenty-fourth,
twenty-eighth and thirtieth rounds, as the thirty-second review round, second stop of 7 December 2026, reads them): in the
reporter's own sentence, the report's clauses in bare verb form, a look back and then a deployment (`作工作报告，总结2023年
工作，部署2024年重点任务`); and a sentence opening on `报告` whose directive clause (`对/就…作出部署/安排`) comes after a review
clause (`报告从…等方面全面回顾了…，并对…作出部署`). Invented sentences; near misses give 作报告 only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

M = "全县工作会议8日召开。"

CASES = [
    # in the reporter's sentence: a look back, then a deployment in bare verb form
    (M + "县委书记王建国作工作报告，总结2023年工作，部署2024年重点任务。", "王建国", ["作报告", "讲话"]),
    (M + "县委书记王建国作工作报告，回顾过去一年工作，安排今年重点工作。", "王建国", ["作报告", "讲话"]),
    (M + "县委书记王建国作了工作报告，总结了2023年工作，部署了2024年任务。", "王建国", ["作报告", "讲话"]),
    (M + "县委书记王建国作工作報告，總結2023年工作，部署2024年重點任務。", "王建国", ["作报告", "讲话"]),
    (M + "县委书记王建国作题为《奋力开创新局面》的工作报告，全面总结去年工作，部署今年目标任务。", "王建国", ["作报告", "讲话"]),
    # a sentence opening on 报告: a review clause, then the directive clause
    (M + "县委书记王建国作工作报告。报告从经济发展、社会民生等方面全面回顾了2023年工作，并对2024年工作作出部署。", "王建国",
     ["作报告", "讲话"]),
    (M + "县委书记王建国作工作报告。报告回顾了过去一年的工作，对今年重点工作作出具体安排。", "王建国", ["作报告", "讲话"]),
    (M + "县委书记王建国作工作报告。报告分三个部分总结了去年工作，并就下一步工作进行了部署。", "王建国", ["作报告", "讲话"]),
    (M + "县委书记王建国作工作報告。報告從三個方面回顧了去年工作，並對今年工作作出部署。", "王建国", ["作报告", "讲话"]),
    # near misses: no deployment, the report's content, another's act, a deployment as a qualifier, a report read out
    (M + "县委书记王建国作工作报告，总结2023年工作。", "王建国", ["作报告"]),
    (M + "县委书记王建国作工作报告，报告分为三个部分。", "王建国", ["作报告"]),
    (M + "县委书记王建国作工作报告。报告指出，去年全县经济增长8%。", "王建国", ["作报告"]),
    (M + "县委书记王建国作工作报告。报告回顾了过去一年的工作。", "王建国", ["作报告"]),
    (M + "县委书记王建国作工作报告。会议审议了报告，对今年工作作出部署。", "王建国", ["作报告"]),
    (M + "县委书记王建国作工作报告，总结2023年工作，部署的任务已完成。", "王建国", ["作报告"]),
    (M + "县长李强宣读了工作报告，总结2023年工作，部署2024年任务。", "李强", ["宣读"]),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_report_deployment_clause(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                  roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == roles
