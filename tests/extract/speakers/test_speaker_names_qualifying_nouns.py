"""Phrasings of newspaper reports (the People's Daily set, GUIDELINES §11) that made people of names
that are no speakers: a name that only qualifies a noun (某某先进事迹报告团, 某某丑闻, 某某新政权,
某某夫妇家), a place read as a name (某某共和国, 某某专家级会议, 某某论坛), and the addressee of a letter or
cable (致信联合国秘书长某某); and the title of a partner after a pronoun subject (他先后与某国总理某某).
Transliterated names are read by the NER model, so the cases run the default pipeline with it.
Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import speakers


def _article(body: str) -> str:
    """An invented newspaper item: a headline, then the body with its dateline."""
    return f"标题\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name qualifying a noun is no one acting: the recipient of a title is not its reader or giver
        ("本报讯 国家民委５日与李建国先进事迹报告团成员召开座谈会，国家民委领导宣读了授予李建国荣誉称号的决定，"
         "向李建国颁发了证书。", {}),
        ("本报讯 某协会５日召开理事会。卡托维奇丑闻爆发以来，不少人要求将他清除出协会。", {}),
        ("本报讯 某国议会５日召开会议。据卡托维奇新政权的有关人士透露，将推动改革。", {}),
        ("本报讯 市青联５日举办迎春茶话会。志愿者来到老艺术家李建国夫妇家，向他们表示新春的慰问。", {}),
        # near misses: the person acting with 事迹 or 夫妇 elsewhere in the sentence still speaks
        ("本报讯 市委５日召开座谈会，会见李建国先进事迹报告团成员，市委书记王强说，要学习李建国的精神。",
         {"王强": ("市委书记", ("讲话",))}),
        ("本报讯 某协会５日召开理事会。理事长卡托维奇夫妇出席会议。卡托维奇在会上说，协会将继续发展。",
         {"卡托维奇": ("理事长", ("讲话",))}),
    ],
)
def test_a_name_qualifying_a_noun(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(_article(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place written before 共和国 or as the name of a meeting is no person
        ("本报讯 各国外长５日在某地举行的马格里布专家级会议上讨论了局势。\n马格里布共和国位于非洲北部。"
         "马格里布强调外交为发展服务。", {}),
        ("本报讯 某国５日召开议会会议。贝宁共和国位于非洲西部。贝宁对外奉行务实的外交政策，强调外交为发展服务。", {}),
        # near miss: a person who speaks at a meeting is still one (会议上, not a meeting named after him)
        ("本报讯 某国５日召开议会会议。议长卡托维奇会议期间强调，要加强合作。",
         {"卡托维奇": ("议长", ("讲话",))}),
    ],
)
def test_a_place_read_as_a_name(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(_article(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the addressee of a letter takes no part, what the letter asks is the sender's written words
        ("本报讯 某国外长哈桑５日致信联合国秘书长萨瓦尼，呼吁采取措施。", {}),
        # the addressee's own speech at a meeting counts, with the title as written before the name
        ("本报讯 某国外长哈桑５日致信联合国秘书长萨瓦尼，呼吁采取措施。萨瓦尼在当天的会议上说，将认真研究。",
         {"萨瓦尼": ("联合国秘书长", ("讲话",))}),
        # a pronoun subject and 与 before the partner's title are no part of it
        ("本报讯 某国总统卡托维奇５日在首都同来访的某国总理萨瓦尼举行会谈。卡托维奇在会谈中说，两国关系良好。"
         "他先后与某国总理萨瓦尼和某国外长罗加诺夫举行了会谈。萨瓦尼说，双方将加强合作。",
         {"卡托维奇": ("某国总统", ("讲话",)), "萨瓦尼": ("某国总理", ("讲话",))}),
    ],
)
def test_letters_and_partners(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(_article(body))) == expected
