"""Awards and funding phrasings from a release review (GUIDELINES §5, §6): a quoted prize conferred and then 由 its counted
holders 获得; an item of long service commended beside an honour; a named scholarship handed to counted students; a
total opening the sentence after the fund handed out; a case's stakes; a label of the money before an aim; a signing
total's label; the money taken up again in a later clause; a total after a share each.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # G13: 由…获得 after the prize conferred (§5: a count referring back to an honour just named)
        ("市作家协会举行年度颁奖典礼，首度颁发“终身成就奖”，由张某等4位会员获得。", [("终身成就奖", 4, "位", "person")]),
        ("协会首次颁发“杰出贡献奖”，由李某、王某等6名专家获得。", [("杰出贡献奖", 6, "名", "person")]),
        ("本届大会颁发“青年科学家奖”，最终由10位青年学者获得。", [("青年科学家奖", 10, "位", "person")]),
        ("颁发“终身成就奖”，由4位会员获得。", [("终身成就奖", 4, "位", "person")]),
        # (获奖 after 由 as before)
        ("颁发“终身成就奖”，由4位会员获奖。", [("终身成就奖", 4, "位", "person")]),
        # G14: an item of long service or devotion commended beside an honour
        ("表彰20个优秀志愿服务站点及50位资深志愿者。",
         [("优秀志愿服务站点", 20, "个", "organization"), ("资深志愿者", 50, "位", "person")]),
        ("表彰20个优秀志愿服务站点、50位资深志愿者。",
         [("优秀志愿服务站点", 20, "个", "organization"), ("资深志愿者", 50, "位", "person")]),
        ("表彰了10个先进社区及20名资深网格员。", [("先进社区", 10, "个", "organization"), ("资深网格员", 20, "名", "person")]),
        # G15: a named scholarship handed to counted students is the honour (§5 tenth round)
        ("学校为80名优秀新生颁发新生奖学金，金额共计40万元。", [("新生奖学金", 80, "名", "person")]),
        ("为80名优秀学生颁发国家励志奖学金。", [("国家励志奖学金", 80, "名", "person")]),
        ("为80名学生颁发国家励志奖学金。", [("国家励志奖学金", 80, "名", "person")]),
        # (a bare 奖学金 or a certificate: the holders' honour)
        ("为15名优秀学生颁发奖学金。", [("优秀学生", 15, "名", "person")]),
        ("为20名优秀学生颁发荣誉证书。", [("优秀学生", 20, "名", "person")]),
    ],
)
def test_awards_release_review(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a nomination or an act of handing over, not the prize received
        "颁发“终身成就奖”，由4位会员获得提名。",
        "颁发“终身成就奖”，由4位会员颁奖。",
        # no honour named
        "颁发纪念品，由4位会员获得。",
        # a plain item with no honour vouched by it
        "表彰50位资深志愿者。",
        # need-based aid is no honour (§5 eleventh round)
        "为50名学生颁发“春蕾”助学金。",
    ],
)
def test_no_award_release_review(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    "body",
    [
        "表彰了50名优秀教师和10名新入职教师。",
        "表彰30名优秀运动员和5名教练员。",
    ],
)
def test_plain_item_not_vouched(extract, body: str) -> None:
    assert len(honours(extract(page(body)))) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # G15: a total opening the sentence after the fund handed out closing the one before
        ("学校为80名优秀新生颁发新生奖学金。奖励金额共计60万元。", [(600_000.0, "CNY", "新生奖学金")]),
        ("学校为30名困难学生发放助学金。资金总额共计9万元。", [(90_000.0, "CNY", "助学金")]),
        ("基金会为20名学生颁发“启航奖学金”。奖励金额共计10万元。", [(100_000.0, "CNY", "启航奖学金")]),
        # (no fund handed out before: no purpose)
        ("学校召开表彰大会。奖励金额共计60万元。", [(600_000.0, "CNY", None)]),
        # G17: a label of the money (its budget level) is no purpose when an aim follows (§6)
        ("今年区财政安排本级配套资金3000万元，重点支持中小学校舍改造。", [(30_000_000.0, "CNY", "支持中小学校舍改造")]),
        ("今年区财政安排资金3000万元，重点支持中小学校舍改造。", [(30_000_000.0, "CNY", "支持中小学校舍改造")]),
        ("县财政安排上级补助资金800万元，重点扶持特色产业发展。", [(8_000_000.0, "CNY", "扶持特色产业发展")]),
        # (a fund named for its use keeps its name)
        ("今年市财政安排乡村振兴专项资金2亿元，重点支持高标准农田建设。", [(200_000_000.0, "CNY", "乡村振兴专项资金")]),
        # a signing total's label is no purpose
        ("5家廠商簽署投資協議，預計總投資金額達新臺幣50億元。", [(5_000_000_000.0, "TWD", None)]),
        ("双方签署投资协议，预计总投资达20亿元。", [(2_000_000_000.0, "CNY", None)]),
        # G18: the money taken up again in a later clause, its use told
        ("宣布完成2亿元A轮融资，本轮融资由江城创投领投，多家机构跟投，资金将主要用于算法研发和市场拓展。",
         [(200_000_000.0, "CNY", "算法研发和市场拓展")]),
        ("公司宣布完成1亿元B轮融资，由某资本领投，老股东跟投，所筹资金将用于新产品研发。", [(100_000_000.0, "CNY", "新产品研发")]),
        ("企业获得500万元天使投资，资金主要用于团队建设。", [(5_000_000.0, "CNY", "团队建设")]),
        # (another amount between: not this one's use)
        ("公司完成2亿元融资，另获银行授信5亿元，资金将用于扩产。", [(200_000_000.0, "CNY", None)]),
        # G19: a total after a share each
        ("每人发放助学金3000元，资金总额60万元。", [(3000.0, "CNY", "助学金"), (600_000.0, "CNY", "助学金")]),
        ("每人发放助学金3000元，共计60万元。", [(3000.0, "CNY", "助学金"), (600_000.0, "CNY", "助学金")]),
    ],
)
def test_funding_release_review(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # G16: a case's stakes (§6 eleventh round)
        "全市法院去年受理合同纠纷案件1.2万件，诉讼标的额达52亿元。",
        "该案涉案标的额达3000万元。",
    ],
)
def test_no_funding_release_review(extract, body: str) -> None:
    assert grants(extract(page(body))) == []
