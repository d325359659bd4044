"""Four error shapes from the eighteenth review round, on invented sentences.

Found: holders counted again as winning several honours named together (…等五家企业分别获得甲和乙两项荣誉) after each
honour's own count gave a record of their own (GUIDELINES §5 eighteenth round: a restatement, no record); a firm's running
total of its investment in a place told as background (此前已累计在本地投资超过10亿元) was funding (§6 eighteenth round:
a statistic, no record); a quoted honour with 称号 before 授予 (“先进集体”称号授予八个部门) gave nothing, where “X”奖授予 was
read (§5); a time and scope word before a level word in a tally (今年全街道共有…) was read as the one place named, gluing
it to a bare level body (今年全街道党工委; §3: the organizer is 街道党工委 as written).
Each shape has negative rows: near misses that keep today's output.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page

# --- §5: several honours held by holders already counted ---------------------------------------------------------

RESTATED = [
    ("5月6日，市工商联召开表彰大会。大会表彰了优秀企业二十家、安全生产先进单位十五家。"
     "其中，甲公司等五家企业分别获得优秀企业和安全生产先进单位两项荣誉。",
     [("优秀企业", 20), ("安全生产先进单位", 15)]),
    ("5月6日，县总工会召开表彰会。会议表彰了“工人先锋号”十个、“先进班组”八个。"
     "其中，乙班组等三个班组同时获得工人先锋号和先进班组两项荣誉。",
     [("工人先锋号", 10), ("先进班组", 8)]),
    ("5月6日，区商务局召开总结会。会议表彰了诚信商户三十家、文明商户二十家，其中丙商行等四家商户同时荣获诚信商户、文明商户两个称号。",
     [("诚信商户", 30), ("文明商户", 20)]),
    # an honour counted with its field before it is the one the clause names again
    ("5月6日，市物流协会召开表彰大会。大会表彰了2024年度全市物流业优秀企业二十家、安全生产先进单位十家。"
     "其中，丁公司等三家企业分别获得优秀企业和安全生产先进单位两项荣誉。",
     [("物流业优秀企业", 20), ("安全生产先进单位", 10)]),
]


@pytest.mark.parametrize(("body", "expected"), RESTATED)
def test_several_honours_restated(extract, body, expected):
    assert [(h, c) for h, c, _, _ in honours(extract(page(body)))] == expected


RESTATED_NEAR_MISSES = [
    # no count of the honours before: the clause is the only conferral told, kept as today
    ("5月6日，市工商联召开表彰大会。大会上，甲公司等五家企业获得优秀企业和安全生产先进单位两项荣誉。", [("优秀企业", 5)]),
    # an honour not counted before (纳税大户): no restatement of counts given
    ("5月6日，市工商联召开表彰大会。大会表彰了优秀企业二十家。其中，甲公司等五家企业分别获得优秀企业和纳税大户两项荣誉。",
     [("优秀企业", 20), ("优秀企业", 5)]),
    ("5月6日，市工商联召开表彰大会。大会表彰了优秀企业二十家、安全生产先进单位十五家。", [("优秀企业", 20), ("安全生产先进单位", 15)]),
]


@pytest.mark.parametrize(("body", "expected"), RESTATED_NEAR_MISSES)
def test_several_honours_near_misses(extract, body, expected):
    assert [(h, c) for h, c, _, _ in honours(extract(page(body)))] == expected


# --- §6: a firm's running total of investment in a place ---------------------------------------------------------

RUNNING_TOTAL = [
    ("5月6日，甲项目签约仪式在区行政中心举行。项目总投资20亿元。据了解，此前甲集团已累计在本地投资超过10亿元。", [2000000000.0]),
    ("5月6日，乙公司新厂开工仪式在经开区举行，项目总投资8亿元。乙公司近年来已在我市累计投资15亿元。", [800000000.0]),
    ("5月6日，丙集团与县政府签约，计划投资5亿元建设物流园。截至目前，丙集团已在该县累计投入资金逾30亿元。", [500000000.0]),
]


@pytest.mark.parametrize(("body", "expected"), RUNNING_TOTAL)
def test_running_investment_total(extract, body, expected):
    assert [a for a, _, _ in grants(extract(page(body)))] == expected


RUNNING_TOTAL_NEAR_MISSES = [
    # a sum to be invested (将, 计划): the signing's own, kept
    ("5月6日，甲项目签约仪式举行。甲集团将在本地累计投资50亿元建设新基地。", [5000000000.0]),
    ("5月6日，甲项目签约仪式举行。甲集团计划五年内在本地累计投入资金30亿元。", [3000000000.0]),
    # no running total (累计): an investment in a place, kept
    ("5月6日，甲项目签约仪式举行。甲集团在本地投资10亿元建设新厂。", [1000000000.0]),
]


@pytest.mark.parametrize(("body", "expected"), RUNNING_TOTAL_NEAR_MISSES)
def test_running_investment_near_misses(extract, body, expected):
    assert [a for a, _, _ in grants(extract(page(body)))] == expected


# --- §5: 称号 between the quoted honour and 授予 ----------------------------------------------------------------

TITLE_HANDED_TO = [
    ("5月6日，集团召开表彰大会。“先进集体”称号授予八个部门，“优秀员工”称号授予三十名同志。", [("先进集体", 8, "个"), ("优秀员工", 30, "名")]),
    ("5月6日，公司召开年度总结会。“优秀团队”荣誉称号授予五个团队。", [("优秀团队", 5, "个")]),
    ("5月6日，区妇联召开表彰会。“巾帼文明岗”称号授予甲科室等六个集体。", [("巾帼文明岗", 6, "个")]),
]


@pytest.mark.parametrize(("body", "expected"), TITLE_HANDED_TO)
def test_title_handed_to(extract, body, expected):
    assert [(h, c, u) for h, c, u, _ in honours(extract(page(body)))] == expected


TITLE_HANDED_NEAR_MISSES = [
    ("5月6日，公司召开年度总结会。“优秀团队”奖授予五个团队。", [("优秀团队", 5, "个")]),
    ("5月6日，集团召开表彰大会，授予八个部门“先进集体”称号。", [("先进集体", 8, "个")]),
    # no count after 授予: nothing
    ("5月6日，集团召开表彰大会。“先进集体”称号授予储运部门。", []),
]


@pytest.mark.parametrize(("body", "expected"), TITLE_HANDED_NEAR_MISSES)
def test_title_handed_near_misses(extract, body, expected):
    assert [(h, c, u) for h, c, u, _ in honours(extract(page(body)))] == expected


# --- §3: a time and scope word before a level word is no place's name --------------------------------------------

TALLY_SCOPE = [
    ("七一前夕，街道党工委举行新党员入党宣誓仪式。据了解，今年全街道共有新党员20名。", "街道党工委"),
    ("国庆前夕，镇党委召开老干部座谈会。据悉，今年全镇共慰问老干部50人。", "镇党委"),
    ("七一前夕，街道党工委举行新党员入党宣誓仪式。今年街道共有新党员20名。", "街道党工委"),
    ("5月6日，乡党委召开党建工作会。去年全乡新发展党员12名。", "乡党委"),
]


@pytest.mark.parametrize(("body", "organizer"), TALLY_SCOPE)
def test_tally_scope_no_place(extract, body, organizer):
    assert [o for _, _, o in held(extract(page(body)))] == [organizer]


TALLY_SCOPE_NEAR_MISSES = [
    # a place named: the bare level body is that place's, as today
    ("七一前夕，街道党工委举行新党员入党宣誓仪式。据了解，白沙街道今年共有新党员20名。", "白沙街道党工委"),
    # a place whose name holds 全 or 年 (万全镇, 万年乡): its own characters
    ("七一前夕，镇党委举行新党员入党宣誓仪式。万全镇今年共有新党员20名。", "万全镇党委"),
    ("5月6日，乡党委召开党建工作会。万年乡今年新发展党员12名。", "万年乡党委"),
]


@pytest.mark.parametrize(("body", "organizer"), TALLY_SCOPE_NEAR_MISSES)
def test_tally_scope_near_misses(extract, body, organizer):
    assert [o for _, _, o in held(extract(page(body)))] == [organizer]
