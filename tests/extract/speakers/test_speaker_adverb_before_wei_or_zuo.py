"""A one-character adverb before 为/作 (李强再为获奖者颁奖, 王明亲为新党员佩戴党徽, 李强再作总结讲话) is no third
character of the name before it (GUIDELINES §4 name). The model may read it into a three-character name; it is
cut. Invented sentences, with near misses whose names must stay as they are."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HEAD = "5月8日，县表彰大会召开。县委书记王明主持会议。"


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("县长李强再为获奖者颁奖。", "李强", "颁奖"),
        ("随后，李强再为获奖者颁奖。", "李强", "颁奖"),
        ("县长李强亲为获奖者颁奖。", "李强", "颁奖"),
        ("县长李强再作总结讲话。", "李强", "讲话"),
        # near misses: the adverb of two characters, no adverb, a given name holding 再 before its last character
        ("县长李强再次为获奖者颁奖。", "李强", "颁奖"),
        ("县长李强为获奖者颁奖。", "李强", "颁奖"),
        ("县长张再兴为获奖者颁奖。", "张再兴", "颁奖"),
    ],
)
def test_adverb_before_for_is_no_part_of_the_name(extract_with_model, body: str, name: str, role: str) -> None:
    found = speakers(extract_with_model(page(HEAD + body)))
    assert name in found and role in found[name][1]
    assert not any(other.startswith(name) and other != name for other in found)
