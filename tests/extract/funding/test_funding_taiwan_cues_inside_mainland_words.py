"""Weak Taiwan cues inside mainland words, in Traditional script (GUIDELINES §6: ``TWD`` for bare 万元 in a Taiwan article,
``CNY`` for 元; §1: Traditional script is converted, the facts stay; §6 third stop of 6 December 2026: 台中 after a word
ending in 台 names no Taiwan city and is no cue of a Taiwan page).  Class: a mainland word holding a Taiwan cue's
characters is no cue, the same as 舞台中: 县市区 (the mainland's counties, cities and districts, where Taiwan's 縣市 stands
alone) and 国中/国小 after a country's word (我国中部, 各国中小企业, 两国中学生, 美国小学生), not Taiwan's junior-high and
primary schools.  Found by the label-free furniture check (``python -m pipeline.evaluation.noise invariance``): the
Traditional copies of mainland newspaper articles read their amounts as TWD, one such word being the page's only cue.
Invented sentences only.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("body", "expected"), [
    # the class, re-invented (a mainland body's 县市区 in a Traditional copy)
    ("標題\n該基地還帶動周邊十幾個縣市區發展蔬菜生產，省財政今年撥付扶持資金2億元。\n", ["CNY"]),
    ("標題\n全省各縣市區都設立了專項基金，省裏共投入資金5000萬元。\n", ["CNY"]),
    # a country's word before 中 or 小
    ("標題\n這裏是我國中亞熱帶面積較大的林區，林業部門今年投入資金500萬元。\n", ["CNY"]),
    ("標題\n各國中小企業代表出席了洽談會，會上簽約項目資金達3億元。\n", ["CNY"]),
    ("標題\n兩國中學生開展了交流活動，基金會為此資助30萬元。\n", ["CNY"]),
    ("標題\n美國小學生代表團來訪，市教育基金會撥款20萬元。\n", ["CNY"]),
    # near misses: Taiwan's 縣市 alone and its 國中 schools
    ("標題\n教育部補助各縣市200萬元，改善偏鄉學校設備。\n", ["TWD"]),
    ("標題\n縣府補助偏鄉國中200萬元，改善學校設備。\n", ["TWD"]),
])
def test_mainland_words_holding_taiwan_cues(extract, body, expected):
    assert [f["currency"] for f in extract(body)["funding"]] == expected
