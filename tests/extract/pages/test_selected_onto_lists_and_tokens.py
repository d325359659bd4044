"""Left-over phrasings of awards, speakers and organizers: a count selected (入选) onto a quoted honour's list, a
second quoted honour's token with its own count after 和, two quoted honours paired with two counts by 分别, 获此殊荣
subsets of two honours of different kinds, a year between a quoted qualifier and 年度人物, a speaker's fuller
organization in the body after a shorter one in the headline, and an association's bare kind as an organizer naming
the body written in full before.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 入选 before a quoted honour: those selected onto the list of the honour conferred (§5)
        ("全市共有45名教师入选“最美教师”名单。", [("最美教师", 45, "名", "person")]),
        ("我县有12名教师入选“市级优秀教师”。", [("市级优秀教师", 12, "名", "person")]),
        # candidates, a shortlist, a list proposed or under a public notice: nothing conferred yet (§5)
        ("全市共有45名教师入选“最美教师”候选人名单。", []),
        ("全市共有45名教师入选“最美教师”拟表彰名单。", []),
        ("全市共有45名教师入选“最美教师”公示名单。", []),
        ("全市共有45名教师入选“最美教师”培育名单。", []),
        ("全市共有45名教师入围“最美教师”名单。", []),
        # a tally over the years (§5) and a ranking are no awards
        ("近年来，先后有6名教师入选“最美教师”名单。", []),
        ("我市有5家企业入选“2024中国企业500强”。", []),
        ("我省有3个县入选“全国百强县”榜单。", []),
        # a year written between the quoted qualifier and 年度人物 belongs to the honour
        ("10名同志当选“感动青山”2023年度人物。", [("感动青山2023年度人物", 10, "名", "person")]),
        ("10名同志当选“感动青山”年度人物。", [("感动青山年度人物", 10, "名", "person")]),
    ],
)
def test_selected_onto_a_quoted_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a second quoted honour's token with its own count after 和: its own record (§5); (GUIDELINES §5, eleventh
        # review round: "a trophy, plaque or certificate counted after a quoted honour ... counts the honour without the
        # object's noun")
        ("会上颁发了“光荣在党50年”纪念章28枚和“优秀共产党员”证书40本。",
         [("光荣在党50年纪念章", 28, "枚", None), ("优秀共产党员", 40, "本", None)]),
        # no count after the second token: only the first
        ("会上颁发了“光荣在党50年”纪念章28枚和“优秀共产党员”证书。", [("光荣在党50年纪念章", 28, "枚", None)]),
        # no honour after 和: nothing more
        ("会上颁发了“光荣在党50年”纪念章28枚和图书40本。", [("光荣在党50年纪念章", 28, "枚", None)]),
        # 分别 pairs two counts with two quoted honours and their tokens, in order
        ("会上分别为30名老党员、20名优秀党员颁发了“光荣在党50年”纪念章和“优秀共产党员”证书。",
         [("光荣在党50年纪念章", 30, "名", "person"), ("优秀共产党员证书", 20, "名", "person")]),
        ("会上为30名老党员、20名优秀党员分别颁发了“光荣在党50年”纪念章和“优秀共产党员”证书。",
         [("光荣在党50年纪念章", 30, "名", "person"), ("优秀共产党员证书", 20, "名", "person")]),
        # one count over two tokens joined by 和: the whole phrase (§5)
        ("会上为30名老党员颁发了“光荣在党50年”纪念章和“优秀党员”证书。",
         [("光荣在党50年纪念章和优秀党员证书", 30, "名", "person")]),
        # two counts, one honour: the same honour for both
        ("会上为1个集体和4名个人颁发了“嘉奖令”。", [("嘉奖令", 1, "个", "organization"), ("嘉奖令", 4, "名", "person")]),
        # a plain party-membership certificate names no honour
        ("会上为20名新党员颁发了党员证书。", []),
    ],
)
def test_tokens_with_their_own_counts(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 获此殊荣 after two honours of different kinds: each count refers back to the honour of its own kind (§5)
        ("大会授予100名同志“全省三八红旗手”称号，授予50个集体“全省三八红旗集体”称号。其中，我市有6名同志、2个集体获此殊荣。",
         [("全省三八红旗手", 100, "名", "person"), ("全省三八红旗集体", 50, "个", "organization"),
          ("全省三八红旗手", 6, "名", "person"), ("全省三八红旗集体", 2, "个", "organization")]),
        ("大会授予100名同志“全省三八红旗手”称号，授予50个集体“全省三八红旗集体”称号。其中，我市有2个集体、6名同志获此殊荣。",
         [("全省三八红旗手", 100, "名", "person"), ("全省三八红旗集体", 50, "个", "organization"),
          ("全省三八红旗集体", 2, "个", "organization"), ("全省三八红旗手", 6, "名", "person")]),
        # a tally over the years gives nothing (§5)
        ("“优秀志愿者”和“志愿服务示范社区”评选结果揭晓。近年来，我市先后有6名同志、2个社区获此殊荣。", []),
    ],
)
def test_subsets_of_two_honours(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def _organizations(record: dict) -> dict[str, str | None]:
    return {s["name"]: s["organization"] for s in record["speakers"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fullest chain among the mentions (§4), whichever is written first
        ("清华大学张明远教授来我院作学术报告\n2024-11-15 来源：某某网\n11月13日下午，清华大学机械工程系张明远教授在学院报告厅作学术报告。\n",
         {"张明远": "清华大学机械工程系"}),
        ("清华大学机械工程系张明远教授来我院作学术报告\n2024-11-15 来源：某某网\n11月13日下午，清华大学张明远教授在学院报告厅作学术报告。\n",
         {"张明远": "清华大学机械工程系"}),
        # another body in the body is no fuller chain of the headline's: the first stays
        ("北京大学张明远教授来我院作学术报告\n2024-11-15 来源：某某网\n11月13日下午，清华大学机械工程系张明远教授在学院报告厅作学术报告。\n",
         {"张明远": "北京大学"}),
    ],
)
def test_fullest_organization_among_mentions(extract, text: str, expected: dict) -> None:
    assert _organizations(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an association's bare kind as the subject refers back to the body named in full before (§3)
        ("澳门基金会今年共批出资助560宗。同日，基金会举行资助申请简介会。", [("资助申请简介会", "2024-05-08", "澳门基金会")]),
        ("青山县慈善协会今年共募集善款560万元。3月5日，协会召开理事会。", [("理事会", "2024-03-05", "青山县慈善协会")]),
        # no body named before, or only a pronoun: the bare kind as written
        ("3月5日，协会召开理事会。", [("理事会", "2024-03-05", "协会")]),
        ("我们协会今年共募集善款。3月5日，协会召开理事会。", [("理事会", "2024-03-05", "协会")]),
    ],
)
def test_bare_association_refers_back(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
