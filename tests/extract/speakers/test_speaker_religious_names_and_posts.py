"""United-front, religious-affairs and overseas-Chinese phrasings: a monk's name under the monastic
surname 释 and the courtesy 法师 after it, monastery and church posts (住持, 方丈, 牧师) in a title chain, the body
新的社会阶层人士联合会 whose 的 is part of its name, 桑梓 (home town, 情系桑梓) read as no name, an activity named by
a body ending in 会 (协会, 商会) that holds no meeting word, and the organizer's label 主办单位 or a party membership
(农工党员、, 民盟盟员、) before a post.
Invented sentences; expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers

_MEETING = "5月6日，市民宗局召开座谈会。"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("市佛教协会会长释宗性主持会议并讲话。", {"释宗性": ("市佛教协会会长", ("主持", "讲话"))}),
        ("正觉寺住持释印顺法师致辞。", {"释印顺": ("正觉寺住持", ("致辞",))}),
        ("会议由市佛教协会会长、灵岩寺方丈释演觉主持。", {"释演觉": ("市佛教协会会长、灵岩寺方丈", ("主持",))}),
        ("市基督教两会主席、牧师张恩华发言。", {"张恩华": ("市基督教两会主席、牧师", ("发言",))}),
    ],
)
def test_religious_names_and_posts(extract, sentence: str, expected: dict) -> None:
    assert speakers(extract(page(_MEETING + sentence))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "县长王强在会上解释说，相关政策将继续执行。",  # 解释: 释 inside a word, no surname
        "会议释放了积极信号，县长王强讲话。",
    ],
)
def test_shi_inside_a_word_opens_no_name(extract, sentence: str) -> None:
    assert speakers(extract(page(_MEETING + sentence))) == {"王强": ("县长", ("讲话",))}


def test_a_monk_named_without_a_title(extract_with_model) -> None:
    assert speakers(extract_with_model(page(_MEETING + "释妙江法师致辞。"))) == {"释妙江": (None, ("致辞",))}


def test_the_new_social_strata_federation_keeps_its_de(extract) -> None:
    record = extract(page(_MEETING + "市新的社会阶层人士联合会会长陈宇发言。"))
    assert speakers(record) == {"陈宇": ("市新的社会阶层人士联合会会长", ("发言",))}


def test_another_de_still_cuts_the_title(extract) -> None:
    assert speakers(extract(page(_MEETING + "全县的乡镇党委书记李明发言。"))) == {"李明": ("乡镇党委书记", ("发言",))}


@pytest.mark.parametrize("verb", ["表示感谢", "表示衷心感谢"])
def test_sangzi_is_no_name(extract, verb: str) -> None:
    record = extract(page(_MEETING + "侨商代表黄国强发言。市侨联主席林秀芳对海外乡亲情系桑梓" + verb + "。"))
    assert "桑梓" not in speakers(record)
    assert speakers(record)["林秀芳"] == ("市侨联主席", ("致辞",))


@pytest.mark.parametrize(
    "sentence",
    [
        "会议期间还举行了市佛教协会成立40周年纪念活动。",
        "区总商会成立10周年庆祝活动在区会展中心举行。",
        "当天还举行了江城同乡会成立30周年纪念活动。",
    ],
)
def test_an_activity_named_by_a_body_ending_in_hui_is_no_meeting(extract, sentence: str) -> None:
    assert held(extract(page(_MEETING + sentence))) == [("座谈会", "2024-05-06", "市民宗局")]


def test_a_consultation_meeting_activity_is_still_a_meeting(extract) -> None:
    names = [name for name, _, _ in held(extract(page(_MEETING + "会议期间还举行了政企协商会活动。")))]
    assert names == ["座谈会", "政企协商会"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("主办单位两岸青年发展协会理事长陈俊宏主持。", {"陈俊宏": ("两岸青年发展协会理事长", ("主持",))}),
        ("承办方、江城大学副校长李明致辞。", {"李明": ("江城大学副校长", ("致辞",))}),
        ("主办单位负责人李明致辞。", {"李明": ("负责人", ("致辞",))}),
    ],
)
def test_the_organizers_label_is_no_post(extract, sentence: str, expected: dict) -> None:
    assert speakers(extract(page(_MEETING + sentence))) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("国家队主教练李明在会上发言。", {"李明": ("国家队主教练", ("发言",))}),  # 主教 inside 主教练: a coach
        # (主教 inside 天主教 starts no title: 爱国会 is no name)
        ("中国天主教爱国会副主席李山致辞。", {"李山": ("中国天主教爱国会副主席", ("致辞",))}),
    ],
)
def test_catholic_bodies_and_a_head_coach(extract_with_model, sentence: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(_MEETING + sentence))) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("农工党员、市人民医院主任医师刘芳作报告。", {"刘芳": ("市人民医院主任医师", ("作报告",))}),
        ("民盟盟员、江城大学教授刘芳作报告。", {"刘芳": ("江城大学教授", ("作报告",))}),
        ("九三学社社员、江城大学教授刘芳作报告。", {"刘芳": ("江城大学教授", ("作报告",))}),
        ("民建会员、江城华康公司董事长刘芳发言。", {"刘芳": ("江城华康公司董事长", ("发言",))}),
        # (a post in the party, not a membership: kept)
        ("民建江城市委副主委、江城华康公司董事长刘芳发言。", {"刘芳": ("民建江城市委副主委、江城华康公司董事长", ("发言",))}),
    ],
)
def test_a_party_membership_opening_the_chain_is_no_post(extract, sentence: str, expected: dict) -> None:
    assert speakers(extract(page(_MEETING + sentence))) == expected
