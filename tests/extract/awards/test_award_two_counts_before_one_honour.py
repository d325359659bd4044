"""Award phrasings (corpus/GUIDELINES.md §5): two counts of recipients before one honour
(分别授予15个县区、30个市直部门“…”称号), an honour quoted only in its qualifier and read on to a head noun no list
names (15名“三好”学生, 5个县“四好农村路”示范县称号), grants of unquoted honours joined by 、 or opened by a city's name
(授予100个单位全国五一劳动奖状、968名职工…; 授予10个单位江陵市五一劳动奖状), recipients with alternatives in brackets
(15个县（市、区）), tallies since a founding or over recent years (成立二十年来, 近年来), time words before an unquoted honour
(本年度, 113年度, 民国113年), Latin letters in an honour (A级诚信企业), 约 after a quoted honour, and 确定…为 as a
designation.  The sentences are invented; near misses that must not change are listed with them."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two counts before one honour: one record per count, the same honour (§5)
        ("会议分别授予15个县区、30个市直部门“高质量发展先进单位”称号。",
         [("高质量发展先进单位", 15, "个", "organization"), ("高质量发展先进单位", 30, "个", "organization")]),
        ("会议授予甲村等5个村、乙社区等3个社区“文明村（社区）”称号。",
         [("文明村（社区）", 5, "个", "organization"), ("文明村（社区）", 3, "个", "organization")]),
        ("会议分别授予15个县（市、区）、30个市直部门“先进单位”称号。",
         [("先进单位", 15, "个", "organization"), ("先进单位", 30, "个", "organization")]),
        # the posthumous form stays as it was
        ("会议授予甲等384名同志、追授乙等16名同志“全国优秀共产党员”称号。",
         [("全国优秀共产党员", 384, "名", "person"), ("全国优秀共产党员", 16, "名", "person")]),
        # near misses: an honour of bodies after a count of people is not shared; two honours pair in order
        ("授予15名同志、3个党支部“先进基层党组织”称号。", [("先进基层党组织", 3, "个", "organization")]),
        ("会议分别授予张三等20名同志、李四等5名同志“优秀党员”和“优秀党务工作者”称号。",
         [("优秀党员", 20, "名", "person"), ("优秀党务工作者", 5, "名", "person")]),
    ],
)
def test_two_counts_before_one_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议表彰了15名“三好”学生。", [("三好学生", 15, "名", "person")]),
        ("会议对32名“四有”优秀士兵、10名“四有”优秀军官进行表彰。",
         [("四有优秀士兵", 32, "名", "person"), ("四有优秀军官", 10, "名", "person")]),
        ("会议表彰了5个“平安”医院。", [("平安医院", 5, "个", "organization")]),
        ("会议表彰了6个“红旗”连队。", [("红旗连队", 6, "个", "organization")]),
        ("会议表彰了10个“五星级”窗口。", [("五星级窗口", 10, "个", "organization")]),
        # a campaign's name quoted, its model rank after it
        ("会议授予5个县“四好农村路”示范县称号。", [("四好农村路示范县", 5, "个", "organization")]),
        ("经研究，认定12个乡镇为“四好农村路”示范乡镇。", [("四好农村路示范乡镇", 12, "个", "organization")]),
        # 确定…为 names as 命名/认定 do; the level before a quote holding part of the name is kept
        ("经实地核查，确定12个乡镇为2024年度市级“四好农村路”示范乡镇，现予以公布。",
         [("市级四好农村路示范乡镇", 12, "个", "organization")]),
        # near misses: a verb, 代表 or the campaign's plain members are no head of the honour
        ("10名“金牌月嫂”受到表彰。", [("金牌月嫂", 10, "名", "person")]),
        ("会议表彰了10名“金牌月嫂”，并颁发证书。", [("金牌月嫂", 10, "名", "person")]),
        ("经研究，确定10个村为“乡村振兴”试点村。", []),
        ("会议表彰了20名“光荣在党50年”老党员。", [("光荣在党50年", 20, "名", "person")]),
    ],
)
def test_an_honour_quoted_in_its_qualifier_read_on_to_its_head(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "大会为20名“双报到”党员颁发证书。",
        "会议表彰了15名“三好”学生代表并颁发证书。",
    ],
)
def test_no_members_or_representatives_taken_into_the_honour(extract, body: str) -> None:
    assert all(not honor.endswith(("党员", "代表", "证书")) for honor, *_ in honours(extract(page(body))))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会授予100个单位全国五一劳动奖状、授予968名职工全国五一劳动奖章、授予966个集体全国工人先锋号。",
         [("全国五一劳动奖状", 100, "个", "organization"), ("全国五一劳动奖章", 968, "名", "person"),
          ("全国工人先锋号", 966, "个", "organization")]),
        ("大会授予100个单位全国五一劳动奖状、968名职工全国五一劳动奖章。",
         [("全国五一劳动奖状", 100, "个", "organization"), ("全国五一劳动奖章", 968, "名", "person")]),
        ("会上，授予电力公司等10个单位江陵市五一劳动奖状，授予赵卫东等50名职工江陵市五一劳动奖章。",
         [("江陵市五一劳动奖状", 10, "个", "organization"), ("江陵市五一劳动奖章", 50, "名", "person")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("我市共有23名职工获省五一劳动奖章，4家单位获省五一劳动奖状，7个集体获省工人先锋号。",
         [("省五一劳动奖章", 23, "名", "person"), ("省五一劳动奖状", 4, "家", "organization"),
          ("工人先锋号", 7, "个", "organization")]),
        # near misses: received last year, or no honour after the 、
        ("去年，我市10个单位获江陵市五一劳动奖状。", []),
        ("大会授予100个单位全国五一劳动奖状、奖金各5000元。", [("全国五一劳动奖状", 100, "个", "organization")]),
    ],
)
def test_unquoted_grants_joined_or_opened_by_a_place(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会授予15个县（市、区）“高质量发展先进县”称号。", [("高质量发展先进县", 15, "个", "organization")]),
        ("大会授予12个乡镇（街道）“平安乡镇”称号。", [("平安乡镇", 12, "个", "organization")]),
    ],
)
def test_recipients_with_alternatives_in_brackets(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tallies since a founding or over recent years: no award (§5)
        ("市医师协会成立二十年来，先后表彰“优秀医师”1260人次，评选“医德标兵”320名。", []),
        ("近年来，协会先后表彰“优秀医师”1260名。", []),
        ("学校建校60年来，共表彰优秀教师900名。", []),
        # near misses: this meeting named after the lead, or the tally in another sentence
        ("近年来，我县高度重视教育，会议表彰了优秀教师100名。", [("优秀教师", 100, "名", "person")]),
        ("公司成立三十年来，共有200人获评优秀员工。今年表彰优秀员工20名。", [("优秀员工", 20, "名", "person")]),
        ("会上表彰“优秀医师”1260人次。", [("优秀医师", 1260, "人次", "person")]),
    ],
)
def test_tallies_since_a_founding_or_over_recent_years(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会表彰本年度优秀教师10名、资深教师86名。", [("优秀教师", 10, "名", "person"), ("资深教师", 86, "名", "person")]),
        ("縣府表揚113年度模範勞工85名。", [("模范劳工", 85, "名", "person")]),
        ("縣府表揚民國113年模範母親30名。", [("模范母亲", 30, "名", "person")]),
        ("大会表彰了2023年度优秀教师10名。", [("优秀教师", 10, "名", "person")]),
        # Latin letters of a grade inside the honour
        ("全市共表彰诚信企业88家，其中A级诚信企业30家。",
         [("诚信企业", 88, "家", "organization"), ("A级诚信企业", 30, "家", "organization")]),
        ("会上表彰了AAA级诚信企业30家。", [("AAA级诚信企业", 30, "家", "organization")]),
        # 约 after a quoted or unquoted honour: the count read as in 约100名“…” (GUIDELINES §8), no 约 in the honour
        ("大会表彰了“优秀志愿者”约100名。", [("优秀志愿者", 100, "名", "person")]),
        ("大会表彰了优秀志愿者约100名、先进集体10个。",
         [("优秀志愿者", 100, "名", "person"), ("先进集体", 10, "个", "organization")]),
        # near misses: the other approximate words still give nothing
        ("大会表彰了“优秀志愿者”100余名。", []),
    ],
)
def test_time_words_latin_letters_and_approximate_words(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
