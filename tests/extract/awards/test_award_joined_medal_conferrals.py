"""Award phrasings of commendation sentences: two conferrals of medals joined in
one clause chain (另向35名人员颁发第一勋扣、10名人员颁发第二勋扣; …奖章及向5名人员颁发…奖章), a clause describing the
recipients between 为 and the count (为今年评出的20名优秀会员颁奖), a certificate after an honour quoted whole
(为8名学生颁发“三好学生”证书), and a quoted medal named whole before its holders (为5名“五一劳动奖章”获得者颁发奖章).
Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two conferrals joined by 、 after a third: one record per stated count (§5)
        ("处长向120名人员颁发长期服务奖章，另向35名人员颁发第一勋扣、10名人员颁发第二勋扣。",
         [("长期服务奖章", 120, "名", "person"), ("第一勋扣", 35, "名", "person"), ("第二勋扣", 10, "名", "person")]),
        ("處長向一百二十名人員頒發長期服務獎章，另向三十五名人員頒發第一勳扣、十名人員頒發第二勳扣。",
         [("长期服务奖章", 120, "名", "person"), ("第一勋扣", 35, "名", "person"), ("第二勋扣", 10, "名", "person")]),
        ("处长为120名人员颁发长期服务奖章、为35名人员颁发第一勋扣。",
         [("长期服务奖章", 120, "名", "person"), ("第一勋扣", 35, "名", "person")]),
        ("会上，为15名教师颁发优秀教师奖、为8名学生颁发优秀学生奖。",
         [("优秀教师奖", 15, "名", "person"), ("优秀学生奖", 8, "名", "person")]),
        # joined by 及 with 向 again; the honour never runs across the next verb
        ("警务处今日向三十名警务人员颁发长期服务奖章及向五名人员颁发卓越奖章。",
         [("长期服务奖章", 30, "名", "person"), ("卓越奖章", 5, "名", "person")]),
        # a certificate after an honour quoted whole is its token (§5: a plaque for a quoted honour counts)
        ("会上，为15名教师颁发“优秀教师”证书、为8名学生颁发“三好学生”证书。",
         [("优秀教师", 15, "名", "person"), ("三好学生", 8, "名", "person")]),
        ("学校为8名学生颁发“三好学生”证书。", [("三好学生", 8, "名", "person")]),
        # a clause describing the recipients before the count, closed by 的
        ("协会为今年评出的20名优秀会员颁奖。", [("优秀会员", 20, "名", "person")]),
        ("协会为新当选的20名优秀会员颁奖。", [("优秀会员", 20, "名", "person")]),
        ("大会为受表彰的30名优秀志愿者颁奖。", [("优秀志愿者", 30, "名", "person")]),
        ("學會為今年評出的二十位優良教師頒獎。", [("优良教师", 20, "位", "person")]),
        # a quoted medal named whole before its holders: the medal word after the verb is not added again
        ("市总工会为5名“五一劳动奖章”获得者颁发奖章。", [("五一劳动奖章", 5, "名", "person")]),
        ("为9名“光荣在党50年”老党员颁发纪念章。", [("光荣在党50年纪念章", 9, "名", "person")]),
    ],
)
def test_joined_and_described_conferrals(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare medal or certificate names no honour (§5), joined or not
        ("校长为15名教师颁发奖章、8名学生颁发奖状。", []),
        ("向120名人员颁发奖章和证书、向10名人员颁发第一勋扣。", [("第一勋扣", 10, "名", "person")]),
        # something other than an honour handed over in the joined part
        ("处长向120名人员颁发长期服务奖章、10名代表颁发纪念品。", [("长期服务奖章", 120, "名", "person")]),
        ("向120名人员颁发奖章、10名人员致送慰问金。", []),
        # described recipients with no honour: participants, visitors, retirees
        ("协会为参加比赛的20名选手颁奖。", []),
        ("为参加活动的20名志愿者颁奖。", []),
        ("领导为前来参观的20名游客颁发纪念品。", []),
        ("为今年退休的10名老教师颁发荣誉证书。", []),
        # members of a quoted scheme handed a certificate: no honour named
        ("为20名“双报到”党员颁发证书。", []),
        # one count over several medals, people and bodies counted apart (unchanged)
        ("向廿八名人士及五个实体颁授勋章、奖章和奖状。",
         [("勋章、奖章和奖状", 28, "名", "person"), ("勋章、奖章和奖状", 5, "个", "organization")]),
    ],
)
def test_near_misses(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
