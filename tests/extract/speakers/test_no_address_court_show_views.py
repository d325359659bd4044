"""Words said where no meeting is held give no role, on a page that tells a meeting elsewhere (GUIDELINES §4 not speakers;
eleventh and thirty-third review rounds): a party's words in court or in a pleading (当庭表示, 在起诉状中认为, 驳回某某…的请求),
a spectator's reaction to a show (多次欣赏…演出，他今天说, 观看演出后说; not where a meeting or ceremony is held with the
show or drill, 演练观摩会), and views of people of a field told after an outcome
(…纷纷发表见解。某某认为…). The same people speaking at a meeting named in their sentences keep 讲话."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("去年五月，王大海在江城拍卖行举办的书画拍卖会上买到五幅作品。1月9日，法院再次开庭。审判结果，驳回王大海要求拍卖行赔偿损失的请求。"
     "王大海当庭表示要再上诉。王大海在起诉状中认为，拍卖行有明显的误导作用。", "王大海", None),
    ("江城拍卖行举办书画拍卖会。1月9日，法院开庭审理此案。原告王大海在法庭上说，他买到的是假画。", "王大海", None),
    ("去年五月，江城拍卖行举办书画拍卖会。此案判决后，业内人士看法不一。著名法学专家何明、文物专家刘海等纷纷发表见解。"
     "何明认为，拍卖前应予声明。", "何明", None),
    ("本报华盛顿1月24日电 春节联欢晚会在伍顿高中礼堂举行。我国驻美大使李明多次欣赏艺术团的演出，他今天说：“每次演出都使我非常感动。”",
     "李明", None),
    ("1月24日，市里举行文艺晚会。观看演出后，市长李明说，演出非常精彩。", "李明", None),
    # near-misses: words at a meeting named in the sentence
    ("1月9日，江城市召开拍卖法座谈会。法学专家何明在会上认为，拍卖前应予声明。", "何明", ["讲话"]),
    ("1月24日，春节联欢晚会在市文化宫举行。市长李明在晚会上致辞，向全市人民拜年。", "李明", ["致辞"]),
    ("6月3日，市应急管理局召开消防演练观摩会，副市长李明观摩演练后指出，要提升应急处置能力。", "李明", ["讲话"]),
    ("1月9日，江城市召开座谈会，与会专家纷纷发表见解。何明在座谈会上认为，拍卖前应予声明。", "何明", ["讲话"]),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_no_address_in_court_at_a_show_or_in_views(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                   name: str, roles: list[str] | None) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "1998-01-25")["speakers"]}
    assert speakers.get(name) == roles
