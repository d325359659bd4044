"""Award phrasings: a count selected (入选) into an honour conferred,
its list named or not; the second item of an honour list opened by 其中 inside a sentence that confers them; a
quoted honour qualifying the recipients of a medal (为6名“光荣在党50年”的老党员颁发纪念章); Hong Kong's lists of
medals and certificates with one count, a clasp (勋扣), a space between a medal and its count; a quoted scheme
qualifying plain members handed a certificate, which names no honour.  Invented sentences; the expected values
follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count selected into an honour conferred (§5), its list named or not
        ("近日，中央文明委公布第七届全国文明村镇名单，我区两个村入选全国文明村镇。",
         [("全国文明村镇", 2, "个", "organization")]),
        ("公示期满，我县3个村正式入选全国文明村镇。", [("全国文明村镇", 3, "个", "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("日前，省工信厅公布2024年度名单，全县3家企业入选省级专精特新企业名单。",
         [("专精特新企业", 3, "家", "organization")]),
        # (the batch is no part of the honour)
        ("我县5个村入选第二批全国乡村治理示范村。", [("全国乡村治理示范村", 5, "个", "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("全市共有8个村入选第三批省级美丽乡村示范村。", [("美丽乡村示范村", 8, "个", "organization")]),
        # near misses: proposed, nominees, trainees, tallies, holdings, rankings, no honour named (§5)
        ("全市共有3个村拟入选省级美丽乡村示范村。", []),
        ("省里公示了拟入选名单，我县3个村入选拟推荐名单。", []),
        ("经过层层选拔，全市12名教师入选省级骨干教师培养对象。", []),
        ("近年来，全县先后有8个村入选全国文明村镇。", []),
        ("截至目前，全市已有30家企业入选省级专精特新企业名单。", []),
        ("该市有6个项目入选国家重点研发计划。", []),
        ("日前，我市8名选手入选国家集训队。", []),
        ("今年，我市共有5家企业入选国家级绿色工厂名单。", []),
    ],
)
def test_a_count_selected_into_an_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 其中 opening a later clause of a sentence that confers them: each honour and its count
        ("会议表彰了一批先进典型，其中突出贡献集体5个、突出贡献者3名。",
         [("突出贡献集体", 5, "个", "organization"), ("突出贡献者", 3, "名", "person")]),
        ("会议共表彰了100名先进个人，其中优秀教师60名、优秀班主任40名。",
         [("优秀教师", 60, "名", "person"), ("优秀班主任", 40, "名", "person")]),
        ("大会对突出贡献集体5个、突出贡献者3名进行了表彰。",
         [("突出贡献集体", 5, "个", "organization"), ("突出贡献者", 3, "名", "person")]),
        # near misses: holdings, a conferral only proposed
        ("全县现有文明村50个，其中省级文明村10个、市级文明村40个。", []),
        ("会议拟表彰一批先进典型，其中突出贡献集体5个、突出贡献者3名。", []),
    ],
)
def test_the_parts_after_a_clause_opened_by_qizhong(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quoted honour qualifying the recipients names the medal handed over (§5, as 颁发“光荣在党50年”纪念章)
        ("活动现场，为6名“光荣在党50年”的老党员颁发纪念章。", [("光荣在党50年纪念章", 6, "名", "person")]),
        ("活动现场，为6名“光荣在党50年”的老党员颁发了纪念章。", [("光荣在党50年纪念章", 6, "名", "person")]),
        ("大会为20名“光荣在党50年”老党员颁发纪念章。", [("光荣在党50年纪念章", 20, "名", "person")]),
        ("社区党委为9名老党员颁发“光荣在党50年”纪念章。", [("光荣在党50年纪念章", 9, "名", "person")]),
        # near misses: a certificate is the token of the recipients' honour; commended, no medal named
        ("会上为10名“优秀共产党员”颁发荣誉证书。", [("优秀共产党员", 10, "名", "person")]),
        ("会议表彰了20名“光荣在党50年”老党员。", [("光荣在党50年", 20, "名", "person")]),
        ("为22名老党员颁发纪念章。", []),
    ],
)
def test_a_medal_for_a_quoted_honour_of_its_recipients(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the day's medals and certificates listed: one count over them all, the phrase whole (§5, never a cut part)
        ("政府今日公布授勳名單，共有三百人獲頒授勳章、獎章及獎狀。", [("勋章、奖章及奖状", 300, "人", "person")]),
        ("今年共有三百一十人獲頒勳章、獎章及獎狀。", [("勋章、奖章及奖状", 310, "人", "person")]),
        ("行政長官今日頒授勳章、獎章及獎狀予三百一十名人士。", [("勋章、奖章及奖状", 310, "名", "person")]),
        ("行政長官今日向三百一十名人士頒授勳章、獎章及獎狀。", [("勋章、奖章及奖状", 310, "名", "person")]),
        # a clasp to a long-service medal
        ("行政長官向十名人員頒發第二勳扣。", [("第二勋扣", 10, "名", "person")]),
        ("十名人員獲頒第二勳扣。", [("第二勋扣", 10, "名", "person")]),
        # a space between a medal and its count (§5: 大紫荆勋章 3人)
        ("授勳名單公布，大紫荊勳章 3人、金紫荊星章 12人。",
         [("大紫荆勋章", 3, "人", "person"), ("金紫荆星章", 12, "人", "person")]),
        ("今年共有三人獲頒大紫荊勳章，十二人獲頒金紫荊星章。",
         [("大紫荆勋章", 3, "人", "person"), ("金紫荆星章", 12, "人", "person")]),
        # near miss: two verbs, two counts, two records (the second count not read into the first honour)
        ("今年有三人獲頒大紫荊勳章、十二人獲頒金紫荊星章。",
         [("大紫荆勋章", 3, "人", "person"), ("金紫荆星章", 12, "人", "person")]),
        # near miss: lines of a report, no conferral (a space only after a medal or certificate)
        ("6月3日，区卫健系统召开工作会议。全区卫生基本情况：\n示范医院 12所\n优秀社区 30个", []),
    ],
)
def test_hong_kong_medal_lists(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quoted scheme qualifying plain members handed a certificate: no honour named (§5)
        ("大会为20名“双报到”党员颁发证书。", []),
        ("街道为20名“双报到”党员颁发了荣誉证书。", []),
        # near misses: a quoted honour of its own, a word of praise read on to its head, a plaque for a quoted honour
        ("为30名“新时代好少年”颁发证书。", [("新时代好少年", 30, "名", "person")]),
        ("为50名“最美”志愿者颁发证书。", [("最美志愿者", 50, "名", "person")]),
        ("为20户“种粮大户”授牌。", [("种粮大户", 20, "户", None)]),
    ],
)
def test_members_of_a_scheme_given_a_certificate(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
