"""A verb opening with the surname character 释 (释法, 释疑, 释放…) right after a title (法官释法说理, 检察官释疑解惑) is
the act of explaining, not the surname 释 and a name (GUIDELINES §4, thirty-first review round, first stop of 7 December
2026). Invented sentences; near misses where 释 opens a monk's name and another person is named beside."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HEAD = "5月8日，全区法治建设座谈会召开。"


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("区人大代表甘霖首先发言。他说，法官释法说理透彻。律师聂欣然建议加大以案释法力度。", "聂欣然"),
        ("代表们表示，检察官释法说理清楚。律师王强发言。", "王强"),
        ("代表们表示，法官耐心释法，律师王强发言。", "王强"),
        ("检察官释疑解惑，律师王强发言。", "王强"),
        ("區人大代表表示，法官釋法說理透徹。律師李明發言。", "李明"),
        ("会上，区长释放了优化营商环境的信号。律师王强发言。", "王强"),
    ],
)
def test_a_verb_opening_with_shi_is_no_name(extract_with_model, body: str, kept: str) -> None:
    found = speakers(extract_with_model(page(HEAD + body)))
    assert kept in found
    assert not any(name[0] in "释釋" for name in found)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("5月8日，少林寺文化节开幕。少林寺方丈释永信致辞。", "释永信"),
        ("5月8日，市民宗局召开座谈会。市佛教协会会长释法悟法师作交流发言。", "释法悟"),
    ],
)
def test_a_monk_name_after_shi_stays(extract_with_model, body: str, name: str) -> None:
    found = speakers(extract_with_model(page(body)))
    assert name in found
