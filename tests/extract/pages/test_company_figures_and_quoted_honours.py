"""Phrasings of company and enterprise news: taxes paid and other company figures
beside an investment (上缴税费, 缴税, 降本增效, 创效, 经济增加值, 出口交货值, 经营性现金流, 研发经费投入), a
cumulative lending statistic and its 其中 part, a purpose cut from a headline's signing clause, a quoted campaign
name before its rank noun (“万企兴万村”行动先进企业, “安全生产标准化”达标企业), the plaque of a quoted honour (“…先进单位”奖牌), and a
person who 总结了…工作，部署了… or 从…方面部署了… at a meeting.  Invented sentences; the expected values follow
corpus/GUIDELINES.md (§4 `X在会上部署了…` → 讲话; §5 quoted qualifiers and plaques; §6 what is no funding)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # taxes paid are no money granted; the investment beside them is kept (§6)
        ("2023年，公司上交税费1.6亿元，投入资金3亿元。", [(300000000.0, "CNY", None)]),
        ("公司全年缴税2.3亿元，投资5亿元。", [(500000000.0, "CNY", None)]),
        ("尹某在报告中指出，2023年集团实现营业收入302亿元，上缴税费16.3亿元，完成固定资产投资45亿元。", []),
        ("全年向国家上缴税费86亿元，向社会捐赠资金1200万元。", [(12000000.0, "CNY", None)]),
        # savings, value created and company statistics (§6: money saved, market figures)
        ("全年降本增效2.3亿元，完成投资12亿元。", []),
        ("通过开展“五小”创新活动创效3600万元，投入资金200万元。", [(2000000.0, "CNY", None)]),
        ("全年实现经济增加值8.6亿元，投资3亿元。", [(300000000.0, "CNY", None)]),
        ("集团全年实现经营性现金流净额26亿元，投资3亿元。", [(300000000.0, "CNY", None)]),
        ("公司完成出口交货值12亿元，投资3亿元建设新厂。", [(300000000.0, "CNY", "建设新厂")]),
        ("公司全年研发经费投入5.3亿元，占营业收入的4.2%。", []),
        # a cumulative lending statistic and its part after 其中 (§6 lending statistics)
        ("该行累计向小微企业发放贷款236亿元，其中首贷户贷款32亿元。", []),
        ("今年上半年，该行累计向辖内小微企业发放贷款236亿元，同比增长18%，其中首贷户贷款32亿元。", []),
        # near misses that stay funding: a contract won (a contract total), a gift, a grant for a stated use
        ("公司收到某高速公路改扩建工程中标通知书，中标金额约12.6亿元，投资建设期3年。", [(1260000000.0, "CNY", None)]),
        ("公司向村里捐赠扶贫资金50万元。", [(500000.0, "CNY", "扶贫资金")]),
        ("企业今年获得政府补助1200万元。", [(12000000.0, "CNY", "政府补助")]),
        ("该行为该项目提供融资支持5亿元，用于厂房建设。", [(500000000.0, "CNY", "厂房建设")]),
    ],
)
def test_company_figures_beside_an_investment(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline amount whose body states it as a grant stays one record
        ("企业家捐资200万元修建村道\n2024-02-18 来源：某网\n2023年，刘某捐资200万元，为家乡修建了一条水泥村道。\n",
         [(2000000.0, "CNY", "为家乡修建了一条水泥村道")]),
        # the parties and their signing before 总投资 in a headline are no purpose (the project named before 该项目…总投资 is)
        ("集团与某市签订总投资85亿元项目合作协议\n2024-11-28 来源：某网\n"
         "11月27日，甲能源集团与某市人民政府签订抽水蓄能电站项目合作协议。该项目装机容量120万千瓦，总投资约85亿元。\n",
         [(8500000000.0, "CNY", "抽水蓄能电站项目")]),
    ],
)
def test_headline_amounts(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quoted campaign name, then the campaign's noun and its rank: the whole phrase (§5)
        ("会上，为15家“万企兴万村”行动先进企业授牌。", [("万企兴万村行动先进企业", 15, "家", "organization")]),
        ("会议为8家“安全生产标准化”达标企业授牌。", [("安全生产标准化达标企业", 8, "家", "organization")]),
        # the plaque handed over for a quoted honour is no part of its name (§5)
        ("会议还为5家支行颁发了“普惠金融先进单位”奖牌。", [("普惠金融先进单位", 5, "家", "organization")]),
        # near misses that stay as they were
        ("会议为10家企业颁发“守合同重信用企业”牌匾。", [("守合同重信用企业", 10, "家", "organization")]),
        ("会上为12家“五星级”供电所授牌。", [("五星级供电所", 12, "家", "organization")]),
        ("会议为6名老党员颁发“光荣在党50年”纪念章。", [("光荣在党50年纪念章", 6, "名", "person")]),
        ("大会评选出“十佳青年岗位能手”10名。", [("十佳青年岗位能手", 10, "名", "person")]),
    ],
)
def test_quoted_honours_of_companies(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


_MEETING = "1月5日，集团召开年度工作会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the work of last year summed up in verb form, this year's deployed: 作报告 and an address at the meeting (§4 部署 →
        # 讲话; the summary is 作报告 by the twenty-second round, re-pinned by the thirtieth review round: these two rows
        # read 讲话 only)
        (_MEETING + "集团总经理李明总结了2023年工作，部署了2024年任务。", {"李明": ("集团总经理", ("作报告", "讲话"))}),
        (_MEETING + "集团总经理王建国总结了2023年工作，部署了2024年重点任务。", {"王建国": ("集团总经理", ("作报告", "讲话"))}),
        # a deployment alone: an address (§4 部署 → 讲话)
        (_MEETING + "集团总经理李明从三个方面部署了今年的重点工作。", {"李明": ("集团总经理", ("讲话",))}),
        # summing up alone, or a deployment followed rather than made, gives no role
        (_MEETING + "集团总经理王建国回顾了2023年工作。", {}),
        (_MEETING + "各单位要按照集团总经理王建国的部署抓好落实。", {}),
    ],
)
def test_summing_up_and_deploying(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-01-06"))) == expected
