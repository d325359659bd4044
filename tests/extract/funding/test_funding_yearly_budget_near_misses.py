"""Funding near misses of the fourteenth round's rules: yearly budget levels and others.
Invented near misses; the expected values follow corpus/GUIDELINES.md §6.

- A yearly budget level followed by a clause paying for other things (每年科研经费超过2亿元，安排科研项目300余项 /
  落实了一批重点项目 / 发放研究生助学金…) was kept as money granted: the verb after must take the budget itself.
- A clause opening with 争取到 / 确保了 (a target met) or a level of money obtained (获得…达到500万元) was read as
  a target level: money obtained counts.
- Prize money of an event ahead was kept when anything after it was told paid (参赛证已于昨日发放, 去年赛事奖金已全部兑现,
  组委会已拨付场地建设经费): only the amount's clause or a next clause opening with 已 tells the prize money paid.
- A reward told after a later conferral (明年将继续开展评选，今年已对…给予经费奖励2万元) was dropped as a reward of a
  conferral ahead: money told granted this year or last counts.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def amounts(record: dict) -> list[float]:
    return [amount for amount, _currency, _purpose in grants(record)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a yearly budget level, the clause after paying for other things
        ("学校每年科研经费超过2亿元，安排科研项目300余项。", []),
        ("学校每年科研经费超过2亿元，落实了一批重点项目。", []),
        ("学校每年科研经费超过2亿元，发放研究生助学金3000余万元。", [30000000.0]),
        # (kept: the budget itself handed over)
        ("每年的扶持经费500万元，由市财政全额拨付到位。", [5000000.0]),
        ("每年的扶持经费500万元，已全部下达到各乡镇。", [5000000.0]),
        ("学校每年科研经费超过2亿元。", []),
        # a target met or money obtained after a target word
        ("力争明年投产，该项目获得省级补助资金达到500万元。", [5000000.0]),
        ("争取到省级资金支持，项目获中央预算内投资超过1亿元。", [100000000.0]),
        ("确保了项目按期完工，省财政补助资金超过2000万元。", [20000000.0]),
        # (kept: a target level)
        ("力争全年引进项目10个以上，招商引资到位资金突破5亿元。", []),
        ("确保全年完成目标，招商引资到位资金突破5亿元。", []),
        # prize money of an event ahead, other things told paid after it
        ("龙舟赛将于6月举办，总奖金30万元，参赛证已于昨日发放完毕。", []),
        ("马拉松将于10月举办，总奖金50万元，去年赛事奖金已全部兑现。", []),
        ("龙舟赛将于6月举办，总奖金30万元，组委会已于昨日拨付场地建设经费。", []),
        # (kept: the prize money itself told paid)
        ("下月将在江城举办龙舟赛，本月举行的选拔赛总奖金5万元已全部发放。", [50000.0]),
        ("大赛奖金将增至10万元，已于昨日全部发放到位。", [100000.0]),
        ("龙舟赛将于6月举办，总奖金30万元目前已全部拨付到位。", [300000.0]),
        ("龙舟赛将于6月举办，总奖金30万元，该笔奖金已全部拨付到位。", [300000.0]),
        # a reward granted now after a conferral ahead
        ("明年将继续开展评选，今年已对获评支部给予经费奖励2万元。", [20000.0]),
        ("下一步将继续开展评选，去年街道对获评支部给予经费奖励2万元。", [20000.0]),
        ("明年起将对获评支部给予奖励，今年已发放奖励资金20万元。", [200000.0]),
        # (kept: the reward of the conferral ahead)
        ("街道明年还将评选一批“五星级党支部”，并对每个获评支部给予经费奖励2万元。", []),
    ],
)
def test_funding_near_misses(extract, body: str, expected: list[float]) -> None:
    assert amounts(extract(page(body))) == expected
