"""The surname 老 (a Cantonese surname of Hong Kong and Macau) right after a post opens a name of three characters when the
person's own act follows right after it (局长老家明致辞, 副局长老嘉欣主持): the name is read whole, also where 老 and the first
given character make a word (老家). 老 before a person noun or a post (老同志, 老干部, 老党员, 老师傅), before a numeral or a
word of size (老两口), or opening a familiar address (老王, 老张) names nobody (GUIDELINES §4, thirty-third review round, third
stop of 7 December 2026). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HEAD = "12月15日，教育局举行颁奖典礼。"


@pytest.mark.parametrize(
    ("body", "name", "title", "roles"),
    [
        ("教育局局长老家明致辞时表示，教师是教育发展的核心力量。他并为获奖教师颁奖。", "老家明", "教育局局长", ("致辞", "颁奖")),
        ("教育局局长老志成致辞。", "老志成", "教育局局长", ("致辞",)),
        ("教育局局長老家明致辭時表示，教師是核心力量。", "老家明", "教育局局长", ("致辞",)),
        ("典礼由副局长老嘉欣主持。", "老嘉欣", "副局长", ("主持",)),
        ("民政总署署长老伟文出席并讲话。", "老伟文", "民政总署署长", ("讲话",)),
        ("教育局局长老家明在致辞时表示，教师是核心力量。", "老家明", "教育局局长", ("致辞",)),
    ],
)
def test_lao_after_a_post_opens_a_name_before_the_act(extract_with_model, body: str, name: str, title: str,
                                                      roles: tuple[str, ...]) -> None:
    found = speakers(extract_with_model(page(HEAD + body, "2023-12-15")))
    assert found[name] == (title, roles)


@pytest.mark.parametrize(
    "body",
    [
        "局长老王致辞。",
        "局长老张主持典礼。",
        "局长老同志讲话。",
        "校长老师傅发言。",
        "局长老家在江西。",
        "局长老干部发言。",
        "村支书老党员发言。",
        "局长老两口表示感谢。",
    ],
)
def test_lao_as_a_word_or_a_familiar_address_names_nobody(extract_with_model, body: str) -> None:
    found = speakers(extract_with_model(page(HEAD + body, "2023-12-15")))
    assert not any(name.startswith("老") for name in found)
