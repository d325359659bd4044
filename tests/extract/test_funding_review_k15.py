"""Phrasings that the k15 review of invented everyday news found mishandled: credit lines, bonds,
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
        # credit lines, bonds issued, tender prices (§6)
        ("该行与10家企业签订银企合作协议，授信金额50亿元。", []),
        ("我省成功发行2024年第一批地方政府专项债券300亿元。", []),
        ("中标单位为某建设集团有限公司，中标价1.2亿元，工期365天。", []),
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
        ("某科技园项目总投资30亿元，于5月6日开工建设。", [(3_000_000_000.0, "CNY", "某科技园项目总投资")]),
    ],
)
def test_money_granted_stays(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_a_reward_to_those_named_after_dui(extract) -> None:
    # 对…的 names those rewarded (10名教师): no condition, a reward given
    funding = extract(page("对获奖的10名教师，每人给予奖金5000元。"))["funding"]
    assert [(f["amount"], f["currency"]) for f in funding] == [(5_000.0, "CNY")]
