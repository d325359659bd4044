"""Money staked on a condition, a survey's figures and money due by a target year (invented sentences).

GUIDELINES §6 ("Not funding": statistics), thirtieth round (a target year told as the time of money with `将` is a plan
word) and thirty-first round (7 December 2026, first stop): `只要…就` states a condition like `如果`, the stake a hypothetical
one; the figures of a sample survey are statistics; `将在2000年之前`/`将于2030年前` is a target like `到2030年…将`.
Money paid on a stated past date and money spent before a past year stay.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[float]:
    """The amount of each funding record, in order."""
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("该公司负责人向公众承诺，只要向公司投资100美元，就可在半年内收回500美元。", []),
    ("只要每户投入3000元，当年就能收回成本。", []),
    ("如果每户投资5000元，一年就能收回成本。", []),
    ("据市统计部门对200户农户的抽样调查，去年农民之间互赠礼金高达3.2万元，人均60元。", []),
    ("问卷调查显示，受访家庭每年用于子女教育的支出达1.2万元。", []),
    ("为此，该电信公司将在2000年之前投资500亿马克，以更新技术。", []),
    ("该集团将于2030年前投入200亿元建设新能源基地。", []),
    ("市政府将在2027年以前拿出10亿元改造老旧小区。", []),
    # kept
    ("该集团已于2023年前投入200亿元建设新能源基地。", [20000000000.0]),
    ("据统计，本次活动共募集善款80万元。", [800000.0]),
    ("5月6日，县财政局向10所学校拨付资金200万元。", [2000000.0]),
    ("县慈善总会今天向受灾群众发放救灾款50万元。", [500000.0]),
])
def test_conditions_surveys_and_target_years(extract, body, expected):
    assert amounts(extract(page(body))) == expected
