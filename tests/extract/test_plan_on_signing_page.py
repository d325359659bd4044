"""Money put off or only planned, told in a sentence of its own on a page that reports a signing (invented sentences).

- GUIDELINES §6 twenty-second round (the 下一步/今后 reading covers a next step with no agreement) and twenty-ninth round:
  a next step (`下一步还将投入…`, `今后…还将投入…`) told in a sentence that names no agreement stays only intended on a
  signing page; money its own sentence ties to the agreement (`根据协议，…下一步将投入…`) stays funding.
- GUIDELINES §6 thirteenth round (more money planned on top of what was paid is only intended), twenty-eighth round (a
  later phase still ahead) and twenty-ninth round: a later phase's planned money (`项目二期拟追加投资…`, `三期计划投资…`)
  or an extra plan (`拟追加投资`) in a sentence that names no agreement is only intended on a signing page; the signed
  total stays, and so does such money its own sentence ties to the agreement.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(("body", "expected"), [
    # a next step after the signing, in a sentence of its own
    ("当天上午，市第二人民医院与镇卫生院举行签约仪式。医院下一步还将投入300万元建设远程会诊中心。", []),
    ("当天上午，县医院与镇卫生院签订帮扶协议。今后，县医院还将投入150万元为卫生院添置设备。", []),
    ("区教育局与某科技公司昨日签署合作协议。接下来，公司将投入80万元为全区中小学建设创客教室。", []),
    # near miss: the sentence ties the money to the agreement
    ("当天上午，县政府与某集团举行签约仪式。根据协议，集团下一步将投入300万元建设研发中心。",
     [(3000000.0, "CNY", "建设研发中心")]),
])
def test_next_step_after_signing(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a later phase's or an extra plan after the signed total
    ("当天上午，县政府与某集团举行签约仪式，项目总投资58亿元。集团还表示，项目二期拟追加投资30亿元建设电池片生产线。",
     [(5800000000.0, "CNY", None)]),
    ("昨日，区政府与某公司签署合作协议，项目总投资12亿元。公司负责人表示，三期计划投资5亿元建设物流园。",
     [(1200000000.0, "CNY", None)]),
    # near misses: the plan told under the agreement; money the agreement commits over stated years
    ("昨日，区政府与某公司签署合作协议。根据协议，公司拟追加投资5亿元建设物流园。", [(500000000.0, "CNY", "建设物流园")]),
    ("当天上午，县政府与某集团举行签约仪式，项目总投资58亿元。根据协议，双方将在未来三年共同投入10亿元。",
     [(5800000000.0, "CNY", None), (1000000000.0, "CNY", None)]),
])
def test_later_phase_plan_after_signing(extract, body, expected):
    assert grants(extract(page(body))) == expected
