"""A later mention by the last part of a dotted foreign name (`江国总统乌戈·米夫萨德·邦特…。邦特欢迎…。他说…`) is the same
person as the full name, also where that mention acts with no verb of saying and a 他 carries the remarks on: one record,
the full name (GUIDELINES §4 thirty-ninth review round: later mentions of the same person are merged). Two people of
the page sharing that last part with different first parts stay apart, the short mention neither's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-20"

MERGED = [
    ("据新华社江城1月12日电 江国总统乌戈·米夫萨德·邦特12日在总统府会见了来访的中国副总理王林。邦特欢迎王林来访。"
     "他说，两国人民之间有着长期的友好关系。", "乌戈·米夫萨德·邦特", "他说，两国人民之间有着长期的友好关系。"),
    ("据新华社江城1月12日电 江国总理卡尔·贝伦茨12日在总理府会见了来访的中国外长李平。贝伦茨感谢李平来访。"
     "他表示，两国合作前景广阔。", "卡尔·贝伦茨", "他表示，两国合作前景广阔。"),
    # near miss, unchanged: the short mention with a verb of saying of its own was merged before
    ("据新华社江城1月12日电 江国总理卡尔·贝伦茨12日在总理府会见了来访的中国外长李平。贝伦茨说，两国合作前景广阔。",
     "卡尔·贝伦茨", "贝伦茨说，两国合作前景广阔。"),
]


@pytest.mark.parametrize(("text", "full", "remarks"), MERGED)
def test_last_part_is_the_full_name(extract_with_model: Callable[..., dict[str, Any]], text: str, full: str,
                                    remarks: str) -> None:
    speakers = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert full.rsplit("·", 1)[1] not in speakers
    # the remarks told after the short mention are the full name's (merged, not dropped: the full name's own sentence
    # gives no role)
    assert remarks in [ev["text"] for ev in speakers[full]["evidence"]]


def test_two_people_sharing_the_last_part_stay_apart(extract_with_model: Callable[..., dict[str, Any]]) -> None:
    text = ("5月6日，座谈会在江城举行。江国商会会长乔治·邦特在会上讲话。副会长彼得·邦特在会上发言。"
            "邦特欢迎大家到会。他说，两国合作前景广阔。")
    speakers = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert {"乔治·邦特", "彼得·邦特"} <= set(speakers)
    assert all(len(speakers[n]["evidence"]) == 1 for n in ("乔治·邦特", "彼得·邦特"))
