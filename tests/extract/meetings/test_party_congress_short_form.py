"""The nation's party congress written short by its number after the party (党的十六大, 中共十四大), told right before its
verb of holding or its place, is a meeting's name like the full 第十六次全国代表大会: narrated as past background it stays
when it is the page's only meeting (GUIDELINES §3 twenty-eighth review round; thirty-ninth review round, 7 December
2026, ninth stop, the party congress written short). The short form as a slogan's word or an aim, welcomed ahead
(迎接…召开), told with 将, as delegates' title or as the source of a spirit gives none; a page's own meeting keeps the
background congress out as before. Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import names, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("他说，过去的一年很不平凡，党的十六大胜利召开，江城大桥建成通车。", ["党的十六大"]),
        ("中共十四大在北京召开，江城各界群众热烈拥护。", ["中共十四大"]),
        ("党的十六大召开以来，江城经济稳步发展。", ["党的十六大"]),
        # near misses: ahead, an aim or a slogan, a title, a spirit, a count of the ten greatest
        ("全党上下都在迎接党的十六大胜利召开。", []),
        ("全市上下喜迎党的二十大胜利召开。", []),
        ("向党的十六大召开献礼，江城大桥提前建成。", []),
        ("党的十六大将在北京召开。", []),
        ("他光荣地当选为党的十六大代表。", []),
        ("各地认真学习贯彻党的十六大精神。", []),
        ("江城评出年度十大新闻。", []),
        ("为迎接党的二十大，社区党委近日开展“喜迎二十大 奋进新征程”主题党日活动。",
         ["“喜迎二十大 奋进新征程”主题党日活动"]),
        # near miss: the page's own meeting, the congress narrated as background in its remarks
        ("市委昨天召开常委会议。书记王林说，一年来，党的十五大胜利召开，江城经济稳步发展。", ["常委会议"]),
    ],
)
def test_party_congress_short_form(extract, body, expected):
    assert names(extract(page(body))) == expected
