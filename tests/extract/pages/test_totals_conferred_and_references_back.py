"""Award and funding shapes of totals conferred, references back and holders before 等, tenth review round (GUIDELINES §5 and §6): a total of items conferred with no prize named is no honour;
该奖学金 and 这一荣誉 refer back to the honour named before; holders named before 等 and then a count and its honour
give that honour; a quoted name handed over as a scholarship keeps 奖学金; 获此荣誉 and 获此称号 refer back to a listed
quote as 获此殊荣 does; a company's dividend paid to its shareholders is no funding (a collective's to its members
stays); investment a body completed over a span told as 一年来 or 过去一年 is work done. Invented sentences; expected
values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A1: the total conferred is no honour; the grades after 其中 are the records
        ("本届共授奖80项，其中一等奖5项、二等奖20项。", [("一等奖", 5, "项", None), ("二等奖", 20, "项", None)]),
        ("本次评选共计授奖96项，其中特等奖3项。", [("特等奖", 3, "项", None)]),
        ("今年授奖45项，其中一等奖4项。", [("一等奖", 4, "项", None)]),
        # near miss: a prize named before the total keeps its own record and names the grades
        ("本届省自然科学奖共授奖80项，其中一等奖5项。",
         [("省自然科学奖", 80, "项", None), ("省自然科学奖一等奖", 5, "项", None)]),
    ],
)
def test_total_conferred_names_no_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A2: 该奖学金, 这一荣誉 refer back to the honour named before
        ("学校设立“明德”奖学金。该奖学金今年授予20名学生。", [("明德奖学金", 20, "名", "person")]),
        ("学校设立“明德”奖学金。今年该奖学金授予20名学生。", [("明德奖学金", 20, "名", "person")]),
        ("学院设立“启航”奖学金，今年有36名新生获得该奖学金。", [("启航奖学金", 36, "名", "person")]),
        ("学校今年颁发国家励志奖学金。该奖学金授予25名学生。", [("国家励志奖学金", 25, "名", "person")]),
        ("市里设立“江城好人”荣誉。今年有10人获得这一荣誉。", [("江城好人", 10, "人", "person")]),
        ("区里设立“最美楼长”称号，今年共有18名居民获得这一荣誉称号。", [("最美楼长", 18, "名", "person")]),
        ("市政府设立“金牛奖”。该奖今年授予12名企业家。", [("金牛奖", 12, "名", "person")]),
        # near misses: nothing named before; a standing yearly scheme
        ("今年共有20名学生获得该奖学金。", []),
        ("该奖学金今年授予20名学生。", []),
        ("学校设立“明德”奖学金。该奖学金每年授予20名学生。", []),
    ],
)
def test_reference_back_widened(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A3: holders named before 等, their count, then the honour
        ("表揚西屯區公所等8個績優區公所。", [("绩优区公所", 8, "个", "organization")]),
        ("表彰江城一中等5所先进学校。", [("先进学校", 5, "所", "organization")]),
        ("市政府表彰了城关镇等6个先进乡镇。", [("先进乡镇", 6, "个", "organization")]),
        ("会议表彰了李家村等12个文明村。", [("文明村", 12, "个", "organization")]),
        ("表彰江城一中等5所先进学校和李某等10名优秀教师。",
         [("先进学校", 5, "所", "organization"), ("优秀教师", 10, "名", "person")]),
        ("表彰了江城一中等5所先进学校、李家村等12个文明村。",
         [("先进学校", 5, "所", "organization"), ("文明村", 12, "个", "organization")]),
        # near misses: no honour after the count; a holder's word ending in 等 is no honour
        ("会议表彰了江城一中等5所学校。", []),
        ("表彰江城一中等5所学校的先进经验。", []),
        ("表彰了一等奖获得者等5名学生。", []),
    ],
)
def test_holders_named_before_etc(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A4: a quoted name handed over as a scholarship keeps 奖学金
        ("学校为10名学生颁发“优秀学生”奖学金。", [("优秀学生奖学金", 10, "名", "person")]),
        ("基金会向45名大学新生颁发了“春晖”奖学金。", [("春晖奖学金", 45, "名", "person")]),
        ("公司为32名职工子女颁发“金秋”奖学金。", [("金秋奖学金", 32, "名", "person")]),
        # near misses: a scheme set up with its places; a quoted prize keeps its 奖
        ("学校设立“优秀学生”奖学金10名。", []),
        ("为8名教师颁发“园丁”奖。", [("园丁奖", 8, "名", "person")]),
    ],
)
def test_quoted_scholarship(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A5: 获此荣誉 and 获此称号 after a listed quote, as 获此殊荣
        ("“金扳手”名单公布，我市15人获此荣誉。", [("金扳手", 15, "人", "person")]),
        ("近日，“齐鲁金蓝领”名单公布，我市12名职工获此荣誉。", [("齐鲁金蓝领", 12, "名", "person")]),
        ("2024年“江城之光”评选结果揭晓，全市共9人获此荣誉。", [("江城之光", 9, "人", "person")]),
        ("“金扳手”名单公布，我市15人获此殊荣。", [("金扳手", 15, "人", "person")]),
        # near misses: candidates under a notice; a tally over the years; no list or selection named
        ("“金扳手”候选人名单公示，我市15人获此荣誉。", []),
        ("近年来，先后有6人获此荣誉。", []),
        ("“金扳手”活动启动，我市15人获此荣誉。", []),
    ],
)
def test_this_honour_after_list(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # F1: a company's dividend to its shareholders is no funding
        ("公司拿出5000万元为股东分红。", []),
        ("公司拿出5000万元向股东分红。", []),
        ("集团将拿出8000万元用于股东分红。", []),
        ("公司向全体股东派发现金红利1.2亿元。", []),
        # near misses: a collective's dividend to its members stays; money for shareholders' works is no dividend
        ("该村为86户社员分红23.6万元。", [(236000.0, "CNY", "社员分红")]),
        ("村股份经济合作社为股东分红120万元。", [(1200000.0, "CNY", "股东分红")]),
        ("该社区股份经济合作社拿出120万元用于股东分红。", [(1200000.0, "CNY", "股东分红")]),
        ("公司拿出3000万元为员工发放奖金。", [(30000000.0, "CNY", "为员工发放奖金")]),
    ],
)
def test_company_dividend(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # F2: investment completed over a span, a use after it, is work done
        ("该公司全年完成电网投资3.2亿元，用于农网改造。", []),
        ("一年来，该公司完成电网投资3.2亿元，用于农网改造。", []),
        ("过去一年，县供电公司完成电网建设投资2.8亿元，主要用于配网升级。", []),
        ("五年来，集团累计完成交通投资120亿元，用于国省干线建设。", []),
        # near misses: money allocated for a use stays
        ("市财政投入3000万元用于老旧小区改造。", [(30000000.0, "CNY", "老旧小区改造")]),
        ("一年来，县里安排资金800万元，用于农网改造。", [(8000000.0, "CNY", "农网改造")]),
    ],
)
def test_completed_investment_span(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
