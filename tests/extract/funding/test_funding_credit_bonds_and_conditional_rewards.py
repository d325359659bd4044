"""Funding phrasings: credit lines, bonds,
tender prices, audit figures, deductibles, bonuses, face values, conditional rewards and ads read as
funding; a Hong Kong release known only by its source line; 向 before a modifier read as a surname.
Invented sentences; the expected values follow corpus/GUIDELINES.md §4 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def grants(record: dict) -> list[tuple[float, str, str | None]]:
    """(amount, currency, purpose) of each funding record, in order."""
    return [(f["amount"], f["currency"], f["purpose"]) for f in record["funding"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an organization confers: 向 is the preposition, what follows a modifier and a person noun
        ("区教育局召开表彰大会，向获奖教师颁发荣誉证书。", {}),
        ("教育及青年發展局向得獎學生頒發獎學金。", {}),
        ("区教育局向优秀学生颁发奖学金。", {}),
        ("区教育局向先进教师颁发荣誉证书。", {}),
        ("大会上，县长向获奖教师颁发荣誉证书。", {}),
        # a named person confers: still the speaker
        ("大会上，校长张伟向受表彰教师颁发证书。", {"张伟": ("校长", ("颁奖",))}),
        ("大会上，校长张伟向获奖教师颁发证书。", {"张伟": ("校长", ("颁奖",))}),
    ],
)
def test_xiang_before_a_modifier_is_no_surname(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_xiang_as_a_surname_before_a_title(extract) -> None:
    assert speakers(extract(page("大会上，向明教授作报告。"))) == {"向明": ("教授", ("作报告",))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source line is the only cue, and the line itself is taken out of the clean text
        ("標題\n2024-04-15 來源：香港特別行政區政府新聞公報\n教育局今日宣布，政府將撥款2億元予八間大學推行研究計劃。\n",
         [(200_000_000.0, "HKD", "八间大学推行研究计划")]),
        ("來源：新聞公報\n研究資助局今日公布，本年度資助總額達6.5億元。\n", [(650_000_000.0, "HKD", None)]),
        # the grantee after 予 with no act: no purpose (not 政府将拨款)
        ("標題\n2024-04-15 來源：香港特別行政區政府新聞公報\n教育局今日宣布，政府將撥款2億元予八間大學。\n",
         [(200_000_000.0, "HKD", None)]),
        # a mainland page with the same words: yuan, the purpose after 予
        ("标题\n2024-04-15 来源：某网\n县政府将拨款500万元予各村修建道路。\n", [(5_000_000.0, "CNY", "各村修建道路")]),
        # a mainland page's 新闻公报 in Simplified script stays yuan
        ("标题\n2024-04-15 来源：新闻公报\n县政府拨款500万元，用于修建道路。\n", [(5_000_000.0, "CNY", "修建道路")]),
    ],
)
def test_a_hong_kong_release_by_its_source_line(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # credit lines, bonds issued (§6)
        ("该行与10家企业签订银企合作协议，授信金额50亿元。", []),
        ("我省成功发行2024年第一批地方政府专项债券300亿元。", []),
        # a tender won is a contract total, like 中标金额 (§6 contract totals; tuning gold syn_b03, syn_d15;
        # changed by f61fund)
        ("中标单位为某建设集团有限公司，中标价1.2亿元，工期365天。", [(120_000_000.0, "CNY", None)]),
        # audit and budget figures
        ("审减政府投资项目资金3000万元，为财政节约资金1200万元，追回违规使用资金86万元。", []),
        ("2个乡镇的专项扶贫资金闲置超过一年，金额共计420万元；1个项目超概算投资860万元。", []),
        ("年底结余资金2000万元。", []),
        # a deductible; a year-end bonus (salary)
        ("今年起，大病保险起付线降至1万元，报销比例提高到65%，年度最高支付限额40万元。", []),
        ("某公司向全体员工发放年终奖共计1200万元，人均2万元。", []),
        # a face value beside the total; cumulative R&D spending
        ("市里发放消费券500万元，单张消费券面值50元。", [(5_000_000.0, "CNY", None)]),
        ("公司高度重视创新，研发投入累计超过10亿元。", []),
        # a reward offered on a condition; an investment-promotion ad
        ("对提供重要线索协助破案的，给予奖金5万元。", []),
        ("某科技园项目总投资30亿元，现面向社会招商，租金每平方米每月35元起。招商热线：0571-88888888。", []),
    ],
)
def test_money_that_is_not_granted(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # money granted beside the same words
        ("某银行向该项目提供贷款2亿元，用于建设污水处理厂。", [(200_000_000.0, "CNY", "建设污水处理厂")]),
        ("县财政拨付专项债券资金3亿元，用于产业园区建设。", [(300_000_000.0, "CNY", "产业园区建设")]),
        ("县红十字会接收捐款，金额共计120万元。", [(1_200_000.0, "CNY", None)]),
        ("某科技园项目总投资30亿元，于5月6日开工建设。", [(3_000_000_000.0, "CNY", "某科技园项目")]),
    ],
)
def test_money_granted_stays(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_a_reward_to_those_named_after_dui(extract) -> None:
    # 对…的 names those rewarded (10名教师): no condition, a reward given
    funding = extract(page("对获奖的10名教师，每人给予奖金5000元。"))["funding"]
    assert [(f["amount"], f["currency"]) for f in funding] == [(5_000.0, "CNY")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a total after a rate or a comparison is a payout's total (§6: money paid), for the fund paid before it
        ("县民政局为全县1200名80周岁以上老人发放高龄津贴，每人每月100元，资金共计144万元。", [(1_440_000.0, "CNY", "高龄津贴")]),
        ("县人社局向212家企业发放稳岗返还资金，人均补贴600元，资金共计386万元。", [(3_860_000.0, "CNY", "稳岗返还资金")]),
        ("区民政局向困难群众发放一季度临时救助金，平均每户2000元，金额合计86万元。", [(860_000.0, "CNY", "临时救助金")]),
        ("今年以来，县财政拨付教育经费同比增长12%，资金总计3.2亿元。", [(320_000_000.0, "CNY", None)]),
        ("县财政局发放2024年耕地地力保护补贴，较去年增加200万元，资金总计3200万元。", [(32_000_000.0, "CNY", "耕地地力保护补贴")]),
        # surplus or idle money allocated with 用于 is money allocated
        ("县政府常务会议研究决定，将往年项目结余资金1200万元统筹用于农村道路维修。", [(12_000_000.0, "CNY", "农村道路维修")]),
        ("县政府统筹盘活往年结余资金800万元，全部用于中小学校舍维修。", [(8_000_000.0, "CNY", "中小学校舍维修")]),
        ("镇党委决定盘活闲置资金300万元，用于发展村集体经济项目。", [(3_000_000.0, "CNY", "发展村集体经济项目")]),
        # a reward fund, a gift's total face value, a subsidy named with a deductible
        ("区政府召开经济工作表彰大会，兑现2023年度年终奖励资金1.2亿元。", [(120_000_000.0, "CNY", "年终奖励资金")]),
        ("某商贸集团向县慈善总会捐赠面值共计50万元的购物卡，用于慰问困难职工。", [(500_000.0, "CNY", "慰问困难职工")]),
        ("县医保局宣布，不设起付线的门诊慢特病补助资金500万元已下达各定点医院。", [(5_000_000.0, "CNY", "不设起付线的门诊慢特病补助资金")]),
    ],
)
def test_money_granted_beside_an_excluded_word(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_a_reward_paid_after_a_condition(extract) -> None:
    # 会上，对考核优秀的，当场兑现…: a verb of paying, the money went out (no standing offer)
    funding = extract(page("县政府召开表彰大会。会上，对考核优秀的，当场兑现奖金共计20万元。"))["funding"]
    assert [(f["amount"], f["currency"]) for f in funding] == [(200_000.0, "CNY")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the audit kinds are still carried to the amount-only clause
        ("巡察发现，某镇专项扶贫资金闲置超过一年，金额共计86万元。", []),
        ("某单位挪用专项资金，金额共计50万元。", []),
        # surplus taken back, a face value of one card, the deductible itself, a staff bonus
        ("县财政结余资金2000万元，已按规定收回统筹。", []),
        ("县慈善会向困难家庭发放面值500元的购物卡1000张。", []),
        ("城乡居民大病保险起付线由1.5万元降至1万元。", []),
        ("某公司向全体员工发放年终奖共计1200万元。", []),
        # a standing offer on a condition, after an opener too
        ("会上，对提供重要线索协助破案的，给予奖金5万元。", []),
    ],
)
def test_excluded_money_stays_out(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signing report on a zone page with a 招商热线 line is funding
        ("县招商引资项目集中签约\n2024-05-20 来源：某网\n5月19日，县里举行招商引资项目集中签约仪式，现场签约5个项目，"
         "协议投资额25亿元。\n招商热线：0556-5551234\n", [(2_500_000_000.0, "CNY", None)]),
        # the ad's own sentence is not
        ("某某科技园招商公告\n2024-05-20 来源：某网\n某某科技园规划面积500亩，总投资30亿元，现面向全球招商。\n"
         "招商热线：0551-87654321\n", []),
    ],
)
def test_an_investment_ad_line_beside_a_signing(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected
