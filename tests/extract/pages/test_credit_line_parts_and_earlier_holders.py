"""Funding and award shapes in company and industry news (signings, commendations, credit lines). Invented sentences; the
expected values follow corpus/GUIDELINES.md §5 and §6.

- 授信额度300亿元，其中甲银行120亿元，乙银行100亿元: each bank's share of a credit line is a credit line too, no money
  provided (§6 loans: credit lines); a loan let out at the event or a grant picked out after 其中 stays.
- 对获得“…”的两家矿山给予每家奖励50万元: a reward given to holders of an earlier honour after 对 is no award (§5
  seventeenth review round), 给予 paying it as 兑现/发放 do; 给予表彰 of such holders still confers.
- 会员企业承建的项目在去年共获得“鲁班奖”七项: a body's (firms', projects', an association's) tally of last year's prizes
  is a past period's tally, no award (§5 sixteenth review round), also with 在 before the year and a longer subject.
- “优秀团队”奖授予甲事业部等五个团队: a quoted prize handed to holders named before 等 and their count is that
  prize's count (§5), as after a bare 授予.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    "body",
    [
        "8月5日，集团与三家银行举行签约仪式。三家银行将为集团提供总额300亿元的意向性授信额度，"
        "其中工商银行120亿元，建设银行100亿元，农业银行80亿元。",
        "签约仪式上，县农商行与园区签约，提供总额20亿元的信贷额度，其中首期10亿元。",
        "根据协议，两家银行向公司提供授信额度60亿元，其中甲银行40亿元、乙银行20亿元。",
        "双方签署金融合作协议，授信总额50亿元的融资额度中，其中流动资金贷款30亿元，项目贷款20亿元。",
    ],
)
def test_credit_line_parts_are_no_funding(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # a donation after a credit line in the same sentence, its part after 其中: money given (negative)
        ("签约仪式上，集团获得授信额度50亿元；集团还向县教育基金会捐赠500万元，其中200万元用于奖教。", 2000000.0),
        # a grant part with no credit line before it (negative)
        ("县财政下达专项资金800万元，其中省级补助资金300万元已拨付到位。", 3000000.0),
    ],
)
def test_parts_without_a_credit_line_stay(extract, body, amount):
    assert amount in [g[0] for g in grants(extract(page(body)))]


@pytest.mark.parametrize(
    "body",
    [
        "会议对获得“省级安全生产标准化一级企业”的两家矿山给予每家奖励50万元。",
        "对获得“小巨人”称号的12家企业给予奖励。",
        "区政府对获评“专精特新”的8家企业给予一次性奖励资金。",
    ],
)
def test_reward_to_earlier_holders_is_no_award(extract, body):
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "honour"),
    [
        # a commendation of the holders still confers here (negative)
        ("会议对荣获“先进集体”称号的8个单位给予表彰。", ("先进集体", 8, "个", "organization")),
        ("表彰大会上，公司对荣立三等功的8名员工给予表彰。", ("三等功", 8, "名", "person")),
    ],
)
def test_commendation_of_holders_stays(extract, body, honour):
    assert honour in honours(extract(page(body)))


@pytest.mark.parametrize(
    "body",
    [
        "此前该协会会员企业承建的项目在去年共获得“鲁班奖”七项。",
        "协会会员企业去年共获得省级以上科技进步奖8项。",
        "商会去年荣获“五好商会”称号的企业有12家。",
        "该项目在去年获得“优质工程奖”三项。",
    ],
)
def test_last_years_tally_of_a_body_is_no_award(extract, body):
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "honour"),
    [
        # this event's conferrals beside a body or project (negative)
        ("1月8日，协会召开表彰大会。大会表彰了2024年度优秀企业五十家。", ("优秀企业", 50, "家", "organization")),
        ("会上，协会表彰了去年评选出的优秀会员企业12家。", ("优秀会员企业", 12, "家", "organization")),
    ],
)
def test_this_events_conferral_stays(extract, body, honour):
    assert honour in honours(extract(page(body)))


@pytest.mark.parametrize(
    ("body", "honour"),
    [
        ("大会进行了表彰。“优秀团队”奖授予液态奶事业部等五个团队。", ("优秀团队", 5, "个", "organization")),
        ("公司召开表彰大会，“创新先锋”奖授予研发中心、制造部等六个团队。", ("创新先锋", 6, "个", "organization")),
        ("年会上，“金牌服务”奖授予李明、王芳等十二名员工。", ("金牌服务", 12, "名", "person")),
    ],
)
def test_quoted_prize_handed_to_named_holders(extract, body, honour):
    assert honour in honours(extract(page(body)))


@pytest.mark.parametrize(
    "body",
    [
        # no count after the names (negative)
        "“创新奖”授予在一线工作十年以上的员工等。",
        # the count belongs to another clause (negative)
        "“优秀团队”奖授予液态奶事业部，该部门共五个团队。",
    ],
)
def test_quoted_prize_without_a_count_of_holders(extract, body):
    assert honours(extract(page(body))) == []
