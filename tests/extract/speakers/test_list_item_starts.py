"""The list-item start pattern of pipeline.extract.speakers, written for speed, reads the same places as its
plain form (start of text, a mark, the agent's 由, an organization word after a Chinese character).  The
sentences are invented; a seeded set of random strings over the characters that matter is checked too."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.extract.speakers.patterns import _list_item_starts

PLAIN = re.compile(r"(?:^|[，。；、：:\n]|(?<![理自经缘事原来])由(?!于)|(?<=[\u4e00-\u9fff])(?:公司|集团|大学|学院|中心"
                   r"|政府|常委会|委员会|银行|分行|支行|海关|总署|分署|[局处厅部委办院校司所站队科室社馆]))")


def plain_starts(text: str) -> list[tuple[int, bool]]:
    return [(m.end(), bool(m.group())) for m in PLAIN.finditer(text)]


@pytest.mark.parametrize("text", [
    "",
    "会议由县委副书记李某主持，市政府林某副市长、拱北海关张某关长出席。",
    "县人大常委会王某主任讲话，常委李某发言",
    "常委会，常委会议，党委员会，大学院",
    "由于天气原因，理由是自由经由缘由事由原由来由",
    "公司司长，集团团长：华为公司王某",
    "由李某主持",
])
def test_same_places_as_plain_form(text: str) -> None:
    assert list(_list_item_starts(text)) == plain_starts(text)


def test_random_strings() -> None:
    rng = random.Random(44)
    alphabet = "，。；、：:\n由理于公司集团大学院中心政府常委会员银行分支海关总署局处厅部委办校所站队科室社馆李王 a"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert list(_list_item_starts(text)) == plain_starts(text), text
