"""A body joined to its post by 的, only the post (or a 、-chain of posts) after it, is one title chain as written
(GUIDELINES §4 thirtieth review round, title as written, as the real tuning gold reads dev_html_001); a verb before the body
(来自, 所在) makes it a place come from or worked at: the post alone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("论坛8日举行。未来论坛理事会的轮值主席、华信资本集团创始人张磊在会上致辞。", "张磊", "未来论坛理事会的轮值主席、华信资本集团创始人"),
    ("座谈会8日举行。江城大学的教授李明在会上发言。", "李明", "江城大学的教授"),
    ("座谈会8日举行。江城大學的教授李明在會上發言。", "李明", "江城大学的教授"),
    ("座谈会8日举行。市人民医院的医生王芳在会上发言。", "王芳", "市人民医院的医生"),
    ("招待会8日举行。我国驻法国的大使刘建华在会上致辞。", "刘建华", "我国驻法国的大使"),
    ("年会8日举行。江城商会的会长陈大勇在会上致辞。", "陈大勇", "江城商会的会长"),
    ("座谈会8日举行。江城大学的校长周志强、市人民医院的院长孙海先后发言。", "孙海", "市人民医院的院长"),
    # a verb before the body: the post alone
    ("座谈会8日举行。来自江城大学的教授李明在会上发言。", "李明", "教授"),
    ("座谈会8日举行。他所在公司的经理王强在会上发言。", "王强", "经理"),
    # no 的: the chain as before
    ("座谈会8日举行。市委书记王立新在会上讲话。", "王立新", "市委书记"),
]


@pytest.mark.parametrize(("text", "name", "title"), CASES)
def test_body_joined_to_post_by_de(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                   title: str) -> None:
    speakers = {s["name"]: s["title"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == title


SEVERAL_BODIES = [
    # several bodies before 的: each one's organization, the post the title (§4 organization, 中央党校、人民大学的专家甲、乙)
    ("研讨会8日举行。江城市委党校、江城大学的党建专家王明、李华分别作了报告。", ("王明", "李华"), "党建专家"),
    ("研讨会8日举行。江城市委党校（江城行政学院）、江城大学的党建专家王明、李华分别作了报告。", ("王明", "李华"), "党建专家"),
]


@pytest.mark.parametrize(("text", "names", "title"), SEVERAL_BODIES)
def test_several_bodies_before_de_stay_out_of_the_title(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                         names: tuple[str, ...], title: str) -> None:
    speakers = {s["name"]: s["title"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert all(speakers.get(name) == title for name in names)
