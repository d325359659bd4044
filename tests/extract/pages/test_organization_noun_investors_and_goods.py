"""Funding and award shapes of 组织 as a noun, investors and aims, plans and goods, negotiation capital. Invented sentences; the expected values follow corpus/GUIDELINES.md
§5 (awards) and §6 (funding).

- 1.3 (§6): 组织 as a noun (县委组织部, 集体经济组织) is no "organized investors"; a body leading members to invest in one
  project built (带领会员企业投资…建设…) is that project's money; a tally or a place invested in stays a statistic;
- 1.12 (§6): 为 "in order to" before a verb of aim (为改善…投资) is the purpose, not the one invested in;
- 1.11 (§5): a prize's winners chosen in another period (去年“…奖”共评出获奖者15名) are no award of this event;
- 1.10 (§5): the pupils' scholarship honour stops at a joiner or 称号 (荣誉称号和奖教金);
- 1.14 (§6): a plan's works further back yield to an act done between (实际完成, 已建成) or a plan of last year;
- 1.15 (§6): a goods word naming what an instrument is for (农药残留检测仪) is not the goods given;
- 1.13 (§6): a negotiation after a list mark (、另有…正在洽谈中) is another project's, the signed one is funding;
- 1.17 (§6 twelfth round): one project's contracted capital told with its start is kept when the sentence has no tally;
- 1.18 (§5): named places set up, then told conferred in the next clause (已全部评出并颁发), count the holders;
- 1.20 (§6): a fund's size told across a comma as there now (目前…, 现有规模) is no planned fund.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours

DAY = "2024年9月10日，"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1.3
        (DAY + "市委组织部与两家企业共同投资300万元建设青年人才驿站。", [(3000000.0, "CNY", "建设青年人才驿站")]),
        (DAY + "李家村集体经济组织与合作社合作投资80万元建设烘干车间。", [(800000.0, "CNY", "建设烘干车间")]),
        (DAY + "市工商联带领会员企业投资3000万元建设分布式光伏电站。", [(30000000.0, "CNY", "建设分布式光伏电站")]),
        # NEGATIVE: investors brought, a tally or a place invested in
        (DAY + "市商会成立以来累计引导会员企业在本市投资超过200亿元。", []),
        (DAY + "市侨联组织侨商回乡投资8亿元。", []),
        # 1.12
        (DAY + "区政府为改善城乡人居环境投资800万元实施道路整治工程。", [(8000000.0, "CNY", "改善城乡人居环境")]),
        # NEGATIVE: 为 before the one invested in
        (DAY + "区财政为城区供水工程投资600万元。", [(6000000.0, "CNY", None)]),
    ],
)
def test_investors_and_aims(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1.14
        (DAY + "市委召开会议。去年计划改造背街小巷80条，实际完成95条，总投资2.4亿元。", [(240000000.0, "CNY", None)]),
        (DAY + "市委召开会议。今年计划新建村级公路40条，年内已建成25条，总投资3亿元。", [(300000000.0, "CNY", None)]),
        # NEGATIVE: the plan's total, nothing done between
        (DAY + "市委召开会议。今年计划改造背街小巷80条，惠及居民2万户，计划总投资2.4亿元。", []),
        # 1.15
        # (the instrument given is the goods, never the 农药 inside its name: h86 reads goods of any name after a
        # gift verb, §6 tenth review round)
        (DAY + "某公司向市农业农村局捐赠价值6万元的农药残留速测仪。", [(60000.0, "CNY", "农药残留速测仪")]),
        # NEGATIVE: the farm inputs themselves
        (DAY + "某公司向种粮大户赠送价值3万元的优质稻种。", [(30000.0, "CNY", "优质稻种")]),
        (DAY + "某公司捐赠价值4万元的果树苗木和农药。", [(40000.0, "CNY", "果树苗木和农药")]),
    ],
)
def test_plans_and_goods(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1.13
        (DAY + "总投资12亿元的储能电站项目正式签约、另有5个项目正在洽谈中。", [(1200000000.0, "CNY", "储能电站项目")]),
        (DAY + "投资3亿元的食品加工项目成功落地，还有2个项目正在商谈。", [(300000000.0, "CNY", "食品加工项目")]),
        # NEGATIVE: the amount's own project still negotiated
        (DAY + "另有一个投资4亿元的冷链物流项目正在洽谈中。", []),
        (DAY + "总投资15亿元的智能装备项目正在洽谈。", []),
        # 1.17
        (DAY + "江城华星光电项目正式投产，合同外资1.5亿美元。", [(150000000.0, "USD", None)]),
        # NEGATIVE: a tally in the sentence
        (DAY + "今年以来全市新批外资项目18个，合同外资4亿美元。", []),
        (DAY + "今年以来全市新批外资项目18个，其中华星光电项目开工，合同外资4亿美元。", []),
        # 1.20
        (DAY + "市政府召开会议，下一步将设立创业基金，目前首期规模2亿元已全部到位。", [(200000000.0, "CNY", None)]),
        (DAY + "市政府召开会议，今后将设立人才基金，现有规模1亿元。", [(100000000.0, "CNY", None)]),
        # NEGATIVE: the planned fund's size
        (DAY + "市政府召开会议，下一步将设立产业基金，总规模1亿元。", []),
        (DAY + "市政府召开会议，下一步将设立创业投资基金，计划规模1亿元。", []),
    ],
)
def test_negotiation_capital_and_funds(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1.11
        (DAY + "市委召开大会，去年“青年创新奖”共评出获奖者12名，今年将继续开展评选。", []),
        (DAY + "市委召开大会，上届“金点子奖”评选出获奖者10名。", []),
        # NEGATIVE: this event's winners
        (DAY + "市委召开大会，“青年创新奖”共评出获奖者12名。", [("青年创新奖", 12, "名", "person")]),
        (DAY + "市委召开大会，本届“金点子奖”评选出10名获奖者。", [("金点子奖", 10, "名", "person")]),
        # 1.10
        (DAY + "市教育局召开大会，授予8名教师荣誉称号和奖教金。", []),
        # NEGATIVE: a named scholarship
        (DAY + "市教育局召开大会，授予30名学生优秀学生奖学金。", [("优秀学生奖学金", 30, "名", "person")]),
        (DAY + "市教育局召开大会，授予20名学生“励志”奖学金。", [("励志奖学金", 20, "名", "person")]),
        # 1.18
        (DAY + "市教育局召开大会，本次评选共设“优秀学生奖学金”25名，已全部评出并颁发。",
         [("优秀学生奖学金", 25, "名", "person")]),
        (DAY + "市教育局召开大会，本次评选设立“优秀教师奖”30名，均已评出并现场颁发。", [("优秀教师奖", 30, "名", "person")]),
        # NEGATIVE: a scheme, a conferral ahead, a grade list with no name
        (DAY + "某企业设立“园丁奖教金”20名，每名奖励5000元。", []),
        (DAY + "市教育局召开大会，本次评选共设“优秀学生奖学金”25名，将于年底颁发。", []),
        (DAY + "市教育局召开大会，本届大赛设一等奖3名，现场颁发了证书和奖金。", []),
    ],
)
def test_awards_rows(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected
