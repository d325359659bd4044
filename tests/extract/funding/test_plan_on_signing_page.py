"""A later phase's planned money told after a signing (invented sentences).

- GUIDELINES §6 twenty-eighth round (a later phase still ahead) and twenty-ninth round: money planned for a later phase of
  the signed project (`项目二期拟追加投资30亿元`, `三期计划投资5亿元`) in a sentence that names no agreement is only intended
  on a signing page; the signed total stays, and so does such money its own sentence ties to the agreement. More money
  planned for the signed project itself (`华信集团计划再投入5亿元`) stays, as tests/extract/pages/test_money_planned_on_top_and_designation_plaques.py reads it.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    ("当天上午，县政府与某集团举行签约仪式，项目总投资58亿元。集团还表示，项目二期拟追加投资30亿元建设电池片生产线。",
     [(5800000000.0, "CNY", None)]),
    ("昨日，区政府与某公司签署合作协议，项目总投资12亿元。公司负责人表示，三期计划投资5亿元建设物流园。",
     [(1200000000.0, "CNY", None)]),
    # near misses: the later phase told under the agreement; money the agreement commits over stated years
    ("昨日，区政府与某公司签署合作协议。根据协议，项目二期拟投资5亿元建设物流园。", [(500000000.0, "CNY", "建设物流园")]),
    ("当天上午，县政府与某集团举行签约仪式，项目总投资58亿元。根据协议，双方将在未来三年共同投入10亿元。",
     [(5800000000.0, "CNY", None), (1000000000.0, "CNY", None)]),
])
def test_later_phase_plan_after_signing(extract, body, expected):
    assert grants(extract(page(body))) == expected
