"""Funding purposes told after or before the amount, total labels, rates per hire: purposes told after the amount with a partner (与…共建) or after a
grantee and a comma (予X，支持…), before it (向各类托儿所发放资助, 农村供水项目获得资金), a bare total label with the works
or the facility named beside it (新建高标准农田2万亩，总投资…), a fund referred back to (用于成立上述基金), a gift named after
the amount (每人新台币3千元礼金), a plan's need (《…行动计划》，所需经费…), a second gift between the amount and its use,
a bare kind totalled after the named one (发放耕地地力保护补贴，补贴资金共计…), those rewarded each (对获奖选手每人奖励…); and
records: a policy's rate per hire (每吸纳1名…补贴1000元), a project whose start is still ahead (…总投资3.6亿元，计划明年
开工), a plan's list of projects (…项目建设计划，涉及项目18个，总投资…), a standard raised (由新台币1万元提高至2万元: the
former one is no record, the new one keeps its currency).
Invented sentences; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a joint act with a partner after the amount
        ("该企业将在三年内投入500万元，与学院共建金融科技实验室。", [(5000000.0, "CNY", "与学院共建金融科技实验室")]),
        ("市农商行出资200万元，与县政府共同设立乡村振兴基金。", [(2000000.0, "CNY", "与县政府共同设立乡村振兴基金")]),
        ("某企业出资300万元和村集体联合打造民宿产业。", [(3000000.0, "CNY", "和村集体联合打造民宿产业")]),
        # a grantee after 予/给, then the act after a comma
        ("某集团捐出澳门元30万元予仁爱会，支持独居长者。", [(300000.0, "MOP", "支持独居长者")]),
        ("該公司捐出澳門元50萬元予明愛，支援弱勢家庭兒童。", [(500000.0, "MOP", "支援弱势家庭儿童")]),
        ("某基金会拨款100万元给县红十字会，用于抗洪救灾物资采购。", [(1000000.0, "CNY", "抗洪救灾物资采购")]),
        # NEGATIVE: a comparison or the event after the comma is no use
        ("某公司今年投入500万元，与去年基本持平。", [(5000000.0, "CNY", None)]),
        ("某集团捐出澳门元30万元予仁爱会，仪式在会堂举行。", [(300000.0, "MOP", None)]),
    ],
)
def test_a_use_after_the_amount(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare noun of aid paid to those named
        ("社会工作局今年向各类托儿所发放资助约1.2亿澳门元。", [(120000000.0, "MOP", "托儿所资助")]),
        ("区民政局向全区养老机构发放补贴共计800万元。", [(8000000.0, "CNY", "全区养老机构补贴")]),
        # a project that got a bare fund
        ("今年，全县农村供水项目获得资金3200万元。", [(32000000.0, "CNY", "农村供水项目")]),
        ("该镇的污水处理项目获得上级资金1500万元。", [(15000000.0, "CNY", "污水处理项目")]),
        ("其中，支援基层长者的项目获拨款4,800万元。", [(48000000.0, "CNY", "支援基层长者的项目")]),
        # NEGATIVE: a class of projects names no use; a named fund stays
        ("县重点项目获得资金3000万元。", [(30000000.0, "CNY", None)]),
        ("省财政向受灾地区下拨救灾资金5000万元。", [(50000000.0, "CNY", "救灾资金")]),
    ],
)
def test_a_purpose_before_the_amount(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年新建高标准农田2万亩，总投资6000万元。", [(60000000.0, "CNY", "新建高标准农田")]),
        ("该市今年新建农村公路120公里，总投资3.2亿元。", [(320000000.0, "CNY", "新建农村公路")]),
        ("该县新建污水处理厂一座，项目总投资8000万元。", [(80000000.0, "CNY", "新建污水处理厂")]),
        ("社區綜合服務中心於今日正式啟用，總投資約2,600萬澳門元。", [(26000000.0, "MOP", "社区综合服务中心")]),
        # NEGATIVE: a facility not told as opened or built; a bare count of projects started
        ("该中心建成后将服务周边居民，总投资1800万元。", [(18000000.0, "CNY", None)]),
        ("本次集中开工涉及项目18个，总投资约46亿元。", [(4600000000.0, "CNY", None)]),
    ],
)
def test_a_total_label_with_the_works_beside(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fund referred back to
        ("会议决定设立乡村人才振兴基金。市财政出资1000万元，用于成立上述基金。",
         [(10000000.0, "CNY", "成立乡村人才振兴基金")]),
        ("县里成立“江城教育发展基金”，县财政拨付500万元，用于充实该基金。", [(5000000.0, "CNY", "充实江城教育发展基金")]),
        # NEGATIVE: no fund named before, the words kept as read
        ("市财政出资1000万元，用于充实上述基金。", [(10000000.0, "CNY", "充实上述基金")]),
        # a gift named after the amount
        ("县政府向全县百岁老人每人发放新台币3千元礼金。", [(3000.0, "TWD", "礼金")]),
        ("市府今年为每位长者致赠新台币1500元敬老金。", [(1500.0, "TWD", "敬老金")]),
        # a plan named by its title and the money it needs
        ("会议审议通过《江州市老旧小区改造三年行动计划》，所需经费约10.4亿元。",
         [(1040000000.0, "CNY", "江州市老旧小区改造三年行动计划")]),
        ("县政府印发《乡村振兴示范带建设实施方案》，共需资金2.3亿元。", [(230000000.0, "CNY", "乡村振兴示范带建设实施方案")]),
        # a second gift between the amount and the use they share
        ("该公司捐赠善款100万元及价值30万元的图书，用于资助贫困学生。",
         [(1000000.0, "CNY", "资助贫困学生"), (300000.0, "CNY", "资助贫困学生")]),
        # NEGATIVE: the rest's use is its own, not the total's
        ("该公司捐赠善款100万元，其余50万元用于资助贫困学生。",
         [(1000000.0, "CNY", None), (500000.0, "CNY", "资助贫困学生")]),
        # a bare kind totalled after the kind named
        ("向全县农户发放耕地地力保护补贴，补贴资金共计1200万元。", [(12000000.0, "CNY", "耕地地力保护补贴")]),
        ("开展春节走访慰问，发放春节慰问金，慰问金共计40万元。", [(400000.0, "CNY", "春节慰问金")]),
        # those rewarded each
        ("对获奖选手每人奖励1万元。", [(10000.0, "CNY", "奖励获奖选手")]),
        ("会上对10名优秀教师各奖励5000元。", [(5000.0, "CNY", "奖励优秀教师")]),
    ],
)
def test_purposes_named_beside(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a rate per hire or per trainee: the standard of a policy
        ("每吸纳1名登记失业人员补贴1000元。", []),
        ("企业每招用1名高校毕业生，给予一次性补贴2000元。", []),
        ("每培训1人补助800元。", []),
        # NEGATIVE: the total paid under the rate, and a share each to those named, are records
        ("每吸纳1名登记失业人员补贴1000元，全年共发放补贴资金120万元。", [(1200000.0, "CNY", "补贴资金")]),
        ("为30名困难党员每人发放慰问金500元。", [(500.0, "CNY", "慰问金")]),
        ("县里为每名新招用的高校毕业生发放补贴2000元。", [(2000.0, "CNY", "高校毕业生补贴")]),  # (h29: as without 每名)
    ],
)
def test_a_rate_per_hire(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a project whose start is still ahead
        ("会议研究了江州物流园项目，该项目总投资3.6亿元，计划明年开工。", []),
        ("县长主持召开常务会议，研究江州物流园建设事宜。该项目总投资3.6亿元，预计年内动工。", []),
        # NEGATIVE: a completion ahead of a project being built, a project signed, a start told before
        ("该项目总投资5亿元，计划年底建成投产。", [(500000000.0, "CNY", None)]),
        ("该项目总投资5亿元，计划明年开工，已完成签约。", [(500000000.0, "CNY", None)]),
        ("乡村振兴示范项目开工仪式昨日举行。该项目总投资3亿元，计划明年竣工。", [(300000000.0, "CNY", "乡村振兴示范项目")]),
        # a plan's list of projects
        ("会议审议通过了2025年重点项目建设计划，涉及项目18个，总投资约46亿元。", []),
        # a standard raised: the former one is no record
        ("今年起，模范劳工奖金由新台币1万元提高至2万元。", [(20000.0, "TWD", "模范劳工奖金")]),
        ("今年该校励志助学金由每人3000元调高为5000元。", [(5000.0, "CNY", "励志助学金")]),
        # NEGATIVE: 由 before a giver is the agent
        ("由县财政投资100万元建设文化广场。", [(1000000.0, "CNY", "建设文化广场")]),
        # a fund announced (§6: a body's own allocation announced is funding) and one put off to a next step
        ("市长在会上宣布，市政府将设立5亿元中小企业纾困基金。", [(500000000.0, "CNY", "中小企业纾困基金")]),
        ("市政府下一步将设立5亿元中小企业纾困基金。", []),
    ],
)
def test_records(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
