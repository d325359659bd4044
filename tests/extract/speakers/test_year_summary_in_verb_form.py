"""A year's work summed up in verb form at the meeting is 作报告 (GUIDELINES §4 twenty-second round), also with the year
written as a number, 去年 or 过去一年 and the work told as 情况; a directive clause after it (`对今年工作作出了具体安排`) adds 讲话,
as in the meeting's work report (fifteenth round) (thirtieth review round). A summary of the meeting itself stays 讲话."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("全市纪检监察工作会议8日召开。市纪委书记赵明总结了2023年党风廉政建设和反腐败斗争的情况，对2024年的工作作出了具体安排。",
     "赵明", ["作报告", "讲话"]),
    ("全市纪检监察工作会议8日召开。市纪委书记赵明总结了2023年党风廉政建设工作情况，对今年工作作出部署。",
     "赵明", ["作报告", "讲话"]),
    ("全市纪检监察工作会议8日召开。市纪委书记赵明总结了去年全市纪检监察工作，对今年工作作出部署。", "赵明", ["作报告", "讲话"]),
    ("全县教育工作会议8日召开。教育局局长王芳总结了2023年全县教育工作。", "王芳", ["作报告"]),
    ("全县教育工作会议8日召开。教育局局长王芳回顾总结了过去一年的教育工作。", "王芳", ["作报告"]),
    ("全县教育工作会议8日召开。教育局局长王芳总结了本年度全县教育工作情况。", "王芳", ["作报告"]),
    ("全县教育工作會議8日召開。教育局局長王芳總結了2023年全縣教育工作情況，對今年工作作出了具體安排。", "王芳", ["作报告", "讲话"]),
    ("全县农业工作会议8日召开。农业局局长陈国强从粮食生产、产业发展等方面总结了去年全县农业工作。", "陈国强", ["作报告"]),
    # near misses: the meeting summed up, lessons summed up
    ("全县教育工作会议8日召开。县长李强在讲话中总结了会议，对贯彻会议精神提出要求。", "李强", ["讲话"]),
    ("全县教育工作会议8日召开。县长李强主持会议并总结了会议。", "李强", ["主持", "讲话"]),
]

NO_SPEAKER = [
    ("全县教育工作会议8日召开。会议总结了2023年全县教育工作情况。", "会议"),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_a_year_summed_up_is_a_report(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                      roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == roles


@pytest.mark.parametrize(("text", "name"), NO_SPEAKER)
def test_the_meeting_summing_up_names_no_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                 name: str) -> None:
    assert extract_with_model(text, "2024-05-10")["speakers"] == []
