"""Award phrasings: counts of an earlier
period, counts before (or after) a run of quoted honours, second counts referring back, 达 lists,
year prefixes, bare 百名.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a past year, span or edition opening the sentence: that period's tally, no award (§5)
        ("10月17日，县委召开大会，表彰“优秀村党组织书记”26名。2023年，全县共表彰“优秀村党组织书记”20名。",
         [("优秀村党组织书记", 26, "名", "person")]),
        ("10月17日，县委召开大会，对获得“优秀村党组织书记”称号的26人进行表彰。去年全县共表彰优秀村党组织书记20名，今年增加6名。",
         [("优秀村党组织书记", 26, "人", "person")]),
        ("5月4日，团市委召开大会，授予十二个团组织“五四红旗团委”称号。上届评选中，8个团组织获得“五四红旗团委”称号。",
         [("五四红旗团委", 12, "个", "organization")]),
        ("5月4日，团市委召开大会，授予十二个团组织“五四红旗团委”称号。2022年以来，团市委共表彰“五四红旗团委”36个。",
         [("五四红旗团委", 12, "个", "organization")]),
        ("5月4日，镇党委召开大会，表彰“优秀共产党员”25名。2021年至2023年，全镇共表彰“优秀共产党员”68名。",
         [("优秀共产党员", 25, "名", "person")]),
        ("5月4日，镇党委召开大会，表彰“优秀共产党员”25名。“十四五”以来，全镇共表彰“优秀共产党员”98名。",
         [("优秀共产党员", 25, "名", "person")]),
        ("11月29日，大赛颁奖典礼举行，评选出金奖5个、银奖10个。前两届大赛共评出金奖8个。",
         [("金奖", 5, "个", None), ("银奖", 10, "个", None)]),
        # last year's holders referring back to 获此称号 tie to no honour of this year
        ("5月4日，大会授予十二个团组织“五四红旗团委”称号，授予三十名团员“优秀共青团员”称号。去年，共有10个团组织获此称号。",
         [("五四红旗团委", 12, "个", "organization"), ("优秀共青团员", 30, "名", "person")]),
        # this year's conferrals stay: the article's own year, a year's honour, this time named after a past year
        ("2月9日，公司召开大会。2024年，公司共表彰“先进集体”12个。", [("先进集体", 12, "个", "organization")]),
        ("2月9日，公司召开大会，表彰2023年度“优秀员工”30名。", [("优秀员工", 30, "名", "person")]),
        ("2月9日，公司召开大会。2023年，公司共表彰“先进集体”12个，今年表彰“先进集体”15个。",
         [("先进集体", 15, "个", "organization")]),
    ],
)
def test_counts_of_an_earlier_period_are_no_awards(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("7月1日，市委召开大会，授予20个党组织和85名党员“全市先进基层党组织”“全市优秀共产党员”称号。",
         [("全市先进基层党组织", 20, "个", "organization"), ("全市优秀共产党员", 85, "名", "person")]),
        ("7月1日，区委召开大会，授予10个集体和30名个人“抗洪抢险先进集体”“抗洪抢险先进个人”称号。",
         [("抗洪抢险先进集体", 10, "个", "organization"), ("抗洪抢险先进个人", 30, "名", "person")]),
        ("7月1日，市委召开大会，授予20个党组织、85名党员和15名党务工作者“全市先进基层党组织”“全市优秀共产党员”“全市优秀党务工作者”称号。",
         [("全市先进基层党组织", 20, "个", "organization"), ("全市优秀共产党员", 85, "名", "person"),
          ("全市优秀党务工作者", 15, "名", "person")]),
        ("7月1日，市委召开大会，分别授予20个党组织、85名党员和15名党务工作者“先进基层党组织”“优秀共产党员”“优秀党务工作者”称号。",
         [("先进基层党组织", 20, "个", "organization"), ("优秀共产党员", 85, "名", "person"),
          ("优秀党务工作者", 15, "名", "person")]),
        ("6月30日，集团党委召开表彰大会，对获得集团“先进基层党组织”“优秀共产党员”“优秀党务工作者”称号的15个党组织、60名党员和12名党务工作者进行表彰。",
         [("先进基层党组织", 15, "个", "organization"), ("优秀共产党员", 60, "名", "person"),
          ("优秀党务工作者", 12, "名", "person")]),
        ("7月1日，市委召开大会，对获得“先进基层党组织”“优秀共产党员”称号的15个党组织、60名党员进行表彰。",
         [("先进基层党组织", 15, "个", "organization"), ("优秀共产党员", 60, "名", "person")]),
        # unsure pairs give nothing rather than a wrong one: counts and honours differ in number, or the
        # order pairs people with bodies
        ("7月1日，市委召开大会，授予20个党组织、85名党员和15名党务工作者“全市先进基层党组织”“全市优秀共产党员”称号。", []),
        ("7月1日，市委召开大会，授予20个党组织和85名党员“全市优秀共产党员”“全市先进基层党组织”称号。", []),
    ],
)
def test_counts_and_a_run_of_quoted_honours_pair_in_order(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，县委统战部公布了2024年度“优秀乡贤”评选结果，共有2家单位、5名个人获此殊荣。",
         [("优秀乡贤", 2, "家", "organization"), ("优秀乡贤", 5, "名", "person")]),
        ("近日，中央文明委公布第七届全国文明村镇名单，我市12个村镇获此殊荣。", [("全国文明村镇", 12, "个", "organization")]),
        ("近日，全国平安建设表彰大会在北京召开，全国共有80个县（市、区）被授予“平安中国建设示范县”称号。",
         [("平安中国建设示范县", 80, "个", "organization")]),
        ("3月2日，区委召开大会，受表彰的先进集体达15个，先进个人达42名，为历届最多。",
         [("先进集体", 15, "个", "organization"), ("先进个人", 42, "名", "person")]),
        ("10月31日，学院召开会议，对获得2023-2024学年“优秀学生标兵”的10名学生和“优秀学生干部”的45名学生进行了表彰。",
         [("优秀学生标兵", 10, "名", "person"), ("优秀学生干部", 45, "名", "person")]),
        ("1月15日，分行召开工作会议，对2023年度涌现出的8家先进支行和46名优秀客户经理进行了表彰。",
         [("先进支行", 8, "家", "organization"), ("优秀客户经理", 46, "名", "person")]),
        ("3月21日，市总工会召开大会，表彰了“五一劳动奖状”获得单位15个、“五一劳动奖章”获得者40名。",
         [("五一劳动奖状", 15, "个", "organization"), ("五一劳动奖章", 40, "名", "person")]),
        ("9月30日，县委召开大会，表彰百名“优秀村干部”。", [("优秀村干部", 100, "名", "person")]),
        # no record: a candidates' list, approximate counts (no approximate flag), numbers inside honour names
        ("近日，中央文明委公布第七届全国文明村镇候选名单，我市12个村镇获此殊荣。", []),
        ("9月30日，市退役军人事务局举行仪式，为近百名老战士颁发“抗美援朝出国作战70周年”纪念章。", []),
        ("9月30日，县委召开大会，表彰上千名“优秀志愿者”。", []),
        ("9月30日，县委召开大会，表彰“百名好医生”和“千名好党员”。", []),
    ],
)
def test_second_counts_prefixes_and_bare_hundreds(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
