"""A character the 通用规范汉字表 (2013) keeps as standard Simplified for names (昇, 陞, 甦, 甯) stays in a person's name on a
Traditional page, as on a Simplified one: 邵東昇 -> 邵东昇, not 邵东升; the rest of the name and the page's text convert
(GUIDELINES §1 Simplified values and §4 names, thirty-third review round, third stop of 7 December 2026). Invented
sentences; near misses where the raw name writes the common character (邵東升) or a Traditional one (蘇)."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HEAD = "昨日上午，翠屏縣換屆選舉工作培訓班在縣委黨校開班。"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("隨後，市委組織部組織二處處長邵東昇為學員作首場輔導報告。", "邵东昇"),
        ("縣委副書記王旭昇出席開班式並講話。", "王旭昇"),
        ("縣委副書記甯志明出席開班式並講話。", "甯志明"),
        ("縣委副書記李陞華出席開班式並講話。", "李陞华"),
        ("縣委副書記劉甦文出席開班式並講話，他說，旭日東昇，要奮發圖強。", "刘甦文"),
        # near misses: the common character and a Traditional surname convert as written
        ("縣委副書記邵東升出席開班式並講話。", "邵东升"),
        ("縣委副書記蘇志明出席開班式並講話。", "苏志明"),
    ],
)
def test_a_standard_name_character_stays_in_the_name(extract_with_model, body: str, name: str) -> None:
    found = speakers(extract_with_model(page(HEAD + body, "2021-03-23")))
    assert name in found


def test_the_same_character_in_a_word_still_converts(extract_with_model) -> None:
    record = extract_with_model(page(HEAD + "縣委副書記劉甦文出席開班式並講話，他說，旭日東昇，要奮發圖強。", "2021-03-23"))
    evidence = " ".join(ev["text"] for s in record["speakers"] for ev in s["evidence"])
    assert "旭日东升" in evidence
