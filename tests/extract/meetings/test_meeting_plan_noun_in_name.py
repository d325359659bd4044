"""计划 inside a meeting's own name, found on a recall read of newspaper articles (GUIDELINES §3 thirty-seventh review
round): a planning conference (``全国林业计划会议``, ``全省计划工作会议``) or a family-planning meeting (``计划生育工作会议``)
referred to as the place of what was said or announced there is a meeting held like any other (§3, a meeting only
referred to as having taken place); 计划 is the noun of its name, no plan. 计划 as the verb before the meeting still
tells one ahead (``计划在…会议上宣布``), and a meeting only planned stays none. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("在刚刚结束的全国渔业计划会议上，农业部副部长王某宣布：今年将压减捕捞产量。", ["全国渔业计划会议"]),
    ("水利部部长李某在全国水利计划会议上说，今年要加快重点工程建设。", ["全国水利计划会议"]),
    ("省长张某在全省计划工作会议上强调，要保持经济平稳增长。", ["全省计划工作会议"]),
    ("县计生委主任刘某在全县计划生育工作会议上指出，要稳定低生育水平。", ["全县计划生育工作会议"]),
    # near misses: 计划 the verb of a plan before the meeting, a meeting planned
    ("部长王某计划在全国渔业工作会议上宣布新的规定。", []),
    ("农业部计划下月召开全国渔业计划会议。", []),
])
def test_plan_noun_in_meeting_name(extract, body: str, expected: list) -> None:
    assert names(extract(page(body))) == expected
