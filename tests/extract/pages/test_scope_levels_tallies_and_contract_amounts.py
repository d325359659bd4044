"""Award and funding shapes of levels after counts, running tallies, expected investment and contract amounts: wrong firings of the sixteenth round's rules, fixed.

What main did: 20名全市级先进个人 lost 全市 and kept 级先进个人 (the item patterns cut a scope word before 级, GUIDELINES
§5: a scope word is cut, a level is the honour's); 今年，全局共有20名… (the year before the body) and a tally whose sentence
tells an earlier commendation (去年曾在会上受到表彰) stayed awards (§5: a running period's tally, "whichever body or year
word opens it"); 预计投资 kept when a start was only ahead or denied (将于明年开工, 尚未开工) or 签约 was a service's
(家庭医生签约服务) (§6: money only expected, no signing or start reported); an investment agreement's amount told after a
purchase agreement named earlier was dropped as goods bought (§6: supply contracts only); 给信用社归还贷款 (a repayment)
was read as a loan given (§6: loans given); two levels joined (当年市县投入) were read as a field's yearly spending (§6: a
year's spending on a field, not a level's money).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page

_CONFERRED = "5月6日，市公安局召开表彰大会，授予10名民警“优秀人民警察”称号。"
_OWN = [("优秀人民警察", 10, "名", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place before 级 is the honour's level, not a scope word: dropped too since the twenty-third review round
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("5月6日，全市大会召开，表彰了20名全市级先进个人。", [("先进个人", 20, "名", "person")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("5月6日，全县大会召开，表彰了20名全县级优秀教师。", [("优秀教师", 20, "名", "person")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("5月6日，全市大会召开，对15个全市级文明单位进行了表彰。", [("文明单位", 15, "个", "organization")]),
        # negatives: a scope word before the honour's own name is still cut
        ("5月6日，全市大会召开，表彰了50名全市优秀教师。", [("优秀教师", 50, "名", "person")]),
        ("5月6日，全县大会召开，对12个全县先进基层党组织进行了表彰。", [("先进基层党组织", 12, "个", "organization")]),
    ],
)
def test_level_after_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the year before the body, and an earlier commendation told after the count: a tally
        (_CONFERRED + "今年，全局共有20名民警荣获“青年岗位能手”称号。", _OWN),
        (_CONFERRED + "今年，学校有20名学生获评“三好学生”。", _OWN),
        (_CONFERRED + "全局今年共有20名民警荣获“青年岗位能手”称号，去年曾在会上受到表彰。", _OWN),
        (_CONFERRED + "全局今年共有20名民警荣获“青年岗位能手”称号，此前已受到市政府表彰。", _OWN),
        # negatives: honoured at this event after the count, a bare 今年， with no body, a conferral told before the count
        (_CONFERRED + "全局今年共有20名民警荣获“青年岗位能手”称号，在会上受到表彰。",
         [*_OWN, ("青年岗位能手", 20, "名", "person")]),
        (_CONFERRED + "今年，共有20名民警荣获“青年岗位能手”称号。", [*_OWN, ("青年岗位能手", 20, "名", "person")]),
        ("5月6日，学校召开表彰大会，今年有20名学生获评“三好学生”，受到大会表彰。", [("三好学生", 20, "名", "person")]),
    ],
)
def test_running_tally(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


_MEETING = "5月6日，市政府召开常务会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a start or a signing ahead, denied, or of a service: the expected money stays only intended
        (_MEETING + "该项目将于明年开工，预计投资5亿元。", []),
        (_MEETING + "该项目尚未开工，预计投资5亿元。", []),
        (_MEETING + "该项目拟于年底开工建设，预计投资5亿元。", []),
        (_MEETING + "该项目预计投资2亿元，预计明年投产。", []),
        (_MEETING + "县里将积极推动项目落地，项目预计投资5亿元。", []),
        (_MEETING + "县财政预计投入500万元用于家庭医生签约服务。", []),
        (_MEETING + "县财政预计投入500万元用于农村道路建设。", []),
        # negatives: a start or a signing told as done
        ("5月6日，江城新材料项目开工，项目预计投资5亿元。", [(500000000.0, "CNY", None)]),
        ("5月6日，该项目已于3月开工，预计投资5亿元。", [(500000000.0, "CNY", None)]),
        ("5月6日，市政府与江城公司举行签约仪式，项目预计投资5亿元。", [(500000000.0, "CNY", None)]),
        ("5月6日，双方签订合作协议，公司预计投入2亿元建设生产基地。", [(200000000.0, "CNY", "建设生产基地")]),
    ],
)
def test_expected_investment_act(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the amount clause sizes the contract named last, an investment agreement, not the purchase before it
        ("5月6日，公司签订采购协议后，县政府又与该公司签订投资协议，协议金额为5亿元。", [(500000000.0, "CNY", None)]),
        ("5月6日，双方签订采购合同后，市政府与该集团签署投资合同，合同金额为3亿元。", [(300000000.0, "CNY", None)]),
        ("5月6日，县政府与该公司签订投资协议，协议金额为5亿元。", [(500000000.0, "CNY", None)]),
        # negatives: the purchase's own contract, a bare contract after a purchase
        ("5月6日，公司签署采购合同，合同金额3000万元。", []),
        ("5月6日，电视台买下奥运转播权，双方签订合同，合同金额为35亿美元。", []),
    ],
)
def test_contract_amount(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a loan repaid to the one named after 给: no money provided
        ("5月6日，村民张某给信用社归还贷款8万元，用于结清旧账。", []),
        ("5月6日，该企业给银行偿还贷款500万元，用于降低负债。", []),
        ("5月6日，合作社给农商行还贷款20万元，用于结清欠款。", []),
        # negatives: a loan given
        ("5月6日，信用社给该村贷款8万元，支持发展养殖业。", [(80000.0, "CNY", "支持发展养殖业")]),
        ("5月6日，农商行给合作社贷款20万元，用于购买农机。", [(200000.0, "CNY", "购买农机")]),
    ],
)
def test_loan_repaid(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


_COUNCIL = "5月6日，县委召开会议。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two levels joined put the money in: no field's yearly spending
        (_COUNCIL + "当年市县投入3000万元。", [(30000000.0, "CNY", None)]),
        (_COUNCIL + "全年省市投入1200万元。", [(12000000.0, "CNY", None)]),
        (_COUNCIL + "全年市县两级投入1200万元。", [(12000000.0, "CNY", None)]),
        (_COUNCIL + "去年县乡投入800万元。", [(8000000.0, "CNY", None)]),
        # negatives: a field's yearly spending
        (_COUNCIL + "全年安全生产投入860万元。", []),
        (_COUNCIL + "去年农业农村投入12亿元。", []),
    ],
)
def test_levels_joined(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
