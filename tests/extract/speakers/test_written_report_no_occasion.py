"""A report as a document (proposed, submitted, published, a survey's) names no occasion: on a page telling no meeting,
remarks that mention it are bare remarks to the press, no role; only a report given or heard (作报告, 报告会, 在作报告时)
places the words at an event (GUIDELINES §4 thirty-second review round; §4: people quoting to the press are no speakers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NO_SPEAKER = [
    ("新华社维也纳1月18日电 奥地利总理克利马18日在向奥电视台记者发表谈话时说，他的政府将提出安全政策选择报告。克利马还说，今年是改革年。",
     "克利马"),
    ("一项关于青年就业的调查报告近日正式发表，负责这项调查的研究员黄健明表示，调查历时半年。", "黄健明"),
    ("总理张华说，政府将于下月向议会提交年度财政报告。他说，赤字将会减少。", "张华"),
    ("江城大学教授王芳认为，这份研究报告很有参考价值。王芳说，报告的数据来自全省。", "王芳"),
    ("部长李强在接受记者采访时说，评估报告将于月底公布。", "李强"),
    ("總理張華說，政府將提出安全政策選擇報告。張華還說，今年是改革年。", "张华"),
    ("外长王明表示，委员会的最终报告已经出炉。", "王明"),
    ("市长周强说，专家组的评估报告显示，大桥质量可靠。", "周强"),
    ("特委会主席巴克23日向安理会提供的一份报告说，核查没有取得成果。巴克表示，他将继续工作。", "巴克"),
    ("财政部长李华说，年度预算报告已经起草完毕。", "李华"),
]

KEPT = [
    ("市委书记张华在全市干部大会上作报告时说，要抓好落实。", "张华", ["作报告"]),
    ("县长李明作政府工作报告。他说，去年全县经济增长8%。", "李明", ["作报告"]),
    ("在报告会上，教授王芳说，要坚定理想信念。", "王芳", ["讲话"]),
    ("省长王强在作报告时强调，要狠抓落实。", "王强", ["作报告", "讲话"]),
]


@pytest.mark.parametrize(("text", "name"), NO_SPEAKER)
def test_document_report_names_no_occasion(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}


@pytest.mark.parametrize(("text", "name", "roles"), KEPT)
def test_report_given_or_heard_keeps_the_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                                 roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == roles
