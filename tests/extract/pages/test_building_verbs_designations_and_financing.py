"""Award and funding shapes: a building verb builds the count only when it governs it, never across a
relative clause's 的, and receiving verbs are conferral evidence (1.4); the words of a designation before a quote are no
holders' noun nor a verb of listing (1.11); financing brought about at the event is kept (1.9, §6 tenth review round);
goods counted after a value close the clause (1.10); 每人颁发奖金 → 奖金 (1.16); a joiner after an earlier amount is no
part of the next fund (1.18); a gloss is pinyin when every word is (1.19); people and bodies after a count (2.2).
Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.normalize import pinyin_step
from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月9日，市委召开表彰大会，在培养乡村振兴人才工作中成绩显著的12个集体荣获“先进集体”称号。",
         [("先进集体", 12, "个", "organization")]),
        ("4月9日，市农业农村局召开年度总结会，全市新建的6个农民合作社获评“市级示范合作社”。",
         [("市级示范合作社", 6, "个", "organization")]),
        ("4月9日，市人社局召开表彰会，全市培育的30名乡村工匠获评“江城能工巧匠”。",
         [("江城能工巧匠", 30, "名", "person")]),
        ("4月9日，市委召开表彰大会，在组建志愿服务队中表现突出的15名党员获评“优秀共产党员”。",
         [("优秀共产党员", 15, "名", "person")]),
    ],
)
def test_holders_described_by_a_building_verb_keep_their_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: the verb governs the count, nothing is conferred
        "4月9日，市委召开总结会，近年来全市培养新型职业农民示范户2万户。",
        "4月9日，市委召开总结会，全市已建成美丽乡村示范村40个、文明单位和文明窗口900个。",
    ],
)
def test_units_built_are_no_honour(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


def test_designation_words_refuse_holders_noun_and_listing_verb(extract) -> None:
    body = "4月9日，市工信局召开会议，9家企业成功入选“专精特新”企业名单，会上为他们授牌。"
    assert honours(extract(page(body))) == [("专精特新企业", 9, "家", "organization")]
    body = "4月9日，市工信局召开会议，9所学校列入“智慧校园”示范校名单，会上为他们授牌。"
    assert [h[0] for h in honours(extract(page(body)))] != ["学校列入智慧校园示范校"]
    # near miss: the designation's own words are kept (§5 tenth review round)
    body = "4月9日，市工信局召开会议，今年新认定9家省级专精特新“小巨人”企业，会上为他们授牌。"
    assert honours(extract(page(body))) == [("专精特新小巨人企业", 9, "家", "organization")]


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("4月9日，市政府召开政银企对接会，现场促成15家企业获得融资3.2亿元。", 320000000.0),
        ("4月9日，市政府召开银企对接会，会上帮助30家企业获得融资6000万元。", 60000000.0),
        ("4月9日，市政府召开银企对接会，市农商行当场协助8家小微企业获得融资2000万元。", 20000000.0),
    ],
)
def test_financing_brought_about_at_the_event_is_kept(extract, body: str, amount: float) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == [amount]


def test_financing_helped_over_time_is_a_tally(extract) -> None:
    # NEGATIVE: a service's tally of its clients' financing (§6 tenth review round)
    body = "4月9日，市政府召开总结会。去年市科技孵化器帮助在孵企业获得融资2.6亿元。"
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("4月9日，市红十字会向灾区捐赠价值8万元的第2批爱心包裹。", None),
        ("4月9日，某公司向市二中捐赠价值30万元的助学款和3辆校车。", None),
        # near miss: the goods counted after the value, the count closing the clause
        ("4月9日，某公司向市消防支队捐赠价值6万元的燃气报警器300台。", "燃气报警器"),
        ("4月9日，某公司向市图书馆捐赠价值6万元的儿童绘本500册，丰富馆藏。", "儿童绘本"),
    ],
)
def test_goods_after_a_value(extract, body: str, purpose: str | None) -> None:
    assert [g[2] for g in grants(extract(page(body)))] == [purpose]


@pytest.mark.parametrize(
    "body",
    [
        "4月9日，市总工会举行技能大赛颁奖仪式，为一等奖获得者每人颁发奖金6000元。",
        "4月9日，市总工会举行技能大赛颁奖仪式，为一等奖获得者每人发放奖金6000元。",
        # near miss: the holders' own verb
        "4月9日，市总工会举行技能大赛颁奖仪式，一等奖获得者每人获得奖金6000元。",
    ],
)
def test_share_per_winner_keeps_the_fund(extract, body: str) -> None:
    assert [g[2] for g in grants(extract(page(body)))] == ["奖金"]


@pytest.mark.parametrize(
    "body",
    [
        "4月9日，市财政局下达资金900万元和农村危房改造补助资金300万元。",
        "4月9日，市财政局下达资金900万元以及农村危房改造补助资金300万元。",
    ],
)
def test_joiner_after_an_earlier_amount(extract, body: str) -> None:
    assert [g[2] for g in grants(extract(page(body)))][-1] == "农村危房改造补助资金"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("拿铁咖啡(café latte)很香", "拿铁咖啡(café latte)很香"),
        ("这道菜可以点菜(à la carte)", "这道菜可以点菜(à la carte)"),
        # near misses: pinyin glosses, one syllable or several, one neutral
        ("週年(zhōu nián)庆典", "週年庆典"),
        ("谢谢(xiè xie)大家", "谢谢大家"),
        ("領(lǐng)導(dǎo)講話", "領導講話"),
    ],
)
def test_only_pinyin_glosses_go(text: str, expected: str) -> None:
    assert pinyin_step(text).text == expected


def test_people_and_bodies_after_a_count(extract) -> None:
    body = "4月9日，市长向李明等二十名人士和实体颁授勋章和奖状。"
    assert [h[3] for h in honours(extract(page(body)))] == [None]
