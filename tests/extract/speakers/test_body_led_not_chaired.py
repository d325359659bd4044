"""`在某某主持下的` + a body (a committee, an institute, a government) is leadership of that body, no meeting chaired: no
主持 (GUIDELINES §4 thirtieth review round); a meeting named after `主持下的`, or `在某某主持下，会议…`, is chaired."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

LED = [
    ("在刘建华主持下的江城大学研究所近年来取得多项成果。", "刘建华"),
    ("在陈大勇主持下的公司董事会作出了扩产决定，企业效益大幅提高。", "陈大勇"),
    ("在吴德明主持下的江城文联，文艺创作日益繁荣。", "吴德明"),
    ("在主席王立新主持下的市政协常委会推行的一系列改革成效明显。", "王立新"),
    ("在总裁李海涛主持下的集团公司所推行的改革对经济增长功不可没。", "李海涛"),
    ("在劉建華主持下的江城大學研究所近年來取得多項成果。", "刘建华"),
    ("由赵明主持的省级课题组已完成调研报告。", "赵明"),
]

CHAIRED = [
    ("江城市委常委会8日召开，会议在市委书记王立新主持下举行，会议听取了工作汇报。", "王立新"),
    ("8日，江城市召开科技工作会议，在市长刘建华的主持下，会议通过了三项决议。", "刘建华"),
    ("在赵明主持的座谈会上，与会代表踊跃发言。", "赵明"),
    ("8日，江城市政协召开常委会议，在主席陈大勇主持下，会议审议通过了工作报告。", "陈大勇"),
    ("在主席王立新主持下的市政协常委会上，委员们审议了工作报告。", "王立新"),
    ("8日，在市长孫紅主持下的全市安全生產工作會議上，各區縣作了表態發言。", "孙红"),
]


@pytest.mark.parametrize(("text", "name"), LED)
def test_a_body_led_is_not_a_meeting_chaired(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                             name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert "主持" not in speakers.get(name, [])


@pytest.mark.parametrize(("text", "name"), CHAIRED)
def test_a_meeting_named_after_chairing_is_chaired(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                   name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert "主持" in speakers.get(name, [])
