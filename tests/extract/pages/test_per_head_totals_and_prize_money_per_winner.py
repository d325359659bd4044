"""Funding and award shapes of per-head totals, prize money per winner and objects made or handed (GUIDELINES §5, §6): the
total paid under a per-head yearly standard, prize money per winner received, a village's or community's dividend to
its shareholders, a total naming its own fund, money already arranged for a next year's event; sites checked counted
by 处, the recommenders' count before the holders', 贴近年轻人 read as no span of years.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 1.7: under a per-head yearly standard only the rate is declined; the total paid under it is kept
        ("县民政局按每人每年1500元的标准发放高龄津贴90万元。", [(900_000.0, "CNY", "高龄津贴")]),
        ("区财政按每个社区每年8万元的标准拨付社区工作经费240万元。", [(2_400_000.0, "CNY", "社区工作经费")]),
        ("市里按每名学生每年2000元的标准安排营养改善资金600万元。", [(6_000_000.0, "CNY", "营养改善资金")]),
        # 1.8: prize money each winner receives or is given at the event (§6 eleventh round)
        ("本次技能比武的8名获奖职工获得奖金每人2000元。", [(2000.0, "CNY", "奖金")]),
        ("大会对获奖的12名选手给予奖金每人800元。", [(800.0, "CNY", "奖金")]),
        ("颁奖仪式上，获奖的6名选手获得奖金每人600元。", [(600.0, "CNY", "奖金")]),
        # 1.9: a village or a community named by the place pays its shareholding members
        ("李家村召开分红大会，拿出45万元用于股东分红。", [(450_000.0, "CNY", "股东分红")]),
        ("幸福社区召开股东代表大会，拿出20万元用于股东分红。", [(200_000.0, "CNY", "股东分红")]),
        # 1.17: a total naming its own fund after it is no total of the fund handed out the sentence before
        ("县民政局为困难群众发放慰问金。共计80万元的临时救助资金也已拨付到位。", [(800_000.0, "CNY", None)]),
        # 1.19: money already arranged for an event held next year
        ("市财政已为明年将举办的全省运动会安排资金3000万元。", [(30_000_000.0, "CNY", None)]),
        ("区里已为明年将开工的学校安排建设资金800万元。", [(8_000_000.0, "CNY", None)]),
    ],
)
def test_funding_cr11(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # 1.7 near misses: the standard itself, raised or set, is still a standing rate
        "县民政局按每人每年1500元的标准发放高龄津贴。",
        "城乡居民医保财政补助标准提高至每人每年700元。",
        # 1.8 near miss: 获得 earlier in the clause, the prize scale of a contest (a standard)
        "获得一等奖的队伍奖金每队2000元。",
        "一等奖奖金每人3000元。",
        # 1.9 near miss: a company's dividend, whatever village it meets in
        "某集团在王家村召开股东大会，拿出5000万元用于股东分红。",
        # 1.19 near miss: a next year's money still to be arranged
        "明年县财政将安排资金3000万元用于道路改造。",
    ],
)
def test_no_funding_cr11(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 1.17 near miss: a total with no fund of its own takes the fund handed out before
        ("学校为60名优秀学生颁发励志奖学金。奖励金额共计30万元。", [(300_000.0, "CNY", "励志奖学金")]),
    ],
)
def test_funding_cr11_total_back(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 1.15: a quoted honour counted by 处 with a verb of conferring
        ("县文旅局召开表彰会，命名“红色教育基地”10处。", [("红色教育基地", 10, "处", "organization")]),
        # 1.16: the holders' count right before 获得, not that of those who recommended them
        ("县委首度颁发“终身成就奖”，由县委组织部等3个单位推荐的4位老同志获得。", [("终身成就奖", 4, "位", "person")]),
        ("协会颁发“杰出贡献奖”，由5家会员单位提名的2位专家获得。", [("杰出贡献奖", 2, "位", "person")]),
        # 1.18: 贴近/走近 + 年轻 is no span of recent years
        ("县委召开表彰大会，贴近年轻人需求的12个社区获评“青年友好社区”。", [("青年友好社区", 12, "个", "organization")]),
        ("县委召开表彰大会，走近年轻一代的8名教师获评“最美教师”。", [("最美教师", 8, "名", "person")]),
        # 1.15 near miss: the honour conferred beside the sites checked is kept alone
        ("县消防救援大队召开会议，表彰了6名先进个人，通报了检查“三小场所”150处的情况。", [("先进个人", 6, "名", "person")]),
    ],
)
def test_awards_cr11(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # 1.15: sites checked or cleaned up, nothing honoured
        "县应急局召开会议，通报了排查“三小场所”80处的情况。",
        "县委召开会议，整治“散乱污”企业30处。",
        # 1.18 near miss: 近年 a tally of recent years
        "商会近年共有40位会员获颁“优秀会员”称号。",
    ],
)
def test_no_award_cr11(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 1.20: 以…为重点/为抓手 opens no purpose
        ("市政府以乡村道路为重点推进公路改造投入资金2000万元。", [(20_000_000.0, "CNY", None)]),
        ("县里以老旧小区为抓手推进城市更新改造投入资金5000万元。", [(50_000_000.0, "CNY", None)]),
        # (near miss: 为 opening the works funded)
        ("县政府为农村道路改造投入资金3000万元。", [(30_000_000.0, "CNY", "农村道路改造")]),
        # 1.21: 将 the object marker before 设备, no prize still to be set
        ("本次竞赛将设备操作纳入考核并为获奖选手颁发奖金3万元。", [(30_000.0, "CNY", "奖金")]),
    ],
)
def test_funding_cr11_more(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # 1.21 near miss: a prize still to be set
        "大赛将设奖金5万元。",
    ],
)
def test_no_funding_cr11_more(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    "body",
    [
        # 1.23: trophies or plaques made or ordered for the event, none conferred
        "县妇联召开表彰大会，县妇联制作“三八红旗手”奖牌30块用于本次表彰。",
        "市总工会为本次表彰大会订制“五一劳动奖章”奖杯15座。",
        "县教育局为表彰大会定制“优秀教师”荣誉证书40本。",
    ],
)
def test_no_award_objects_made(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 1.23 near miss: trophies handed over at the meeting count the honour
        ("县总工会召开表彰大会，颁发“劳动模范”奖牌20块。", [("劳动模范", 20, "块", None)]),
    ],
)
def test_award_objects_handed(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
