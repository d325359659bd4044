"""Remarks told inside an address named by its kind (a toast, a welcome, thanks, an opening or closing address) belong to
that address: 致辞, and 指出/强调/要求 add 讲话 (GUIDELINES §4 thirtieth review round, after §4's bullet on remarks inside an
address). The frame may follow the name, carry a word of manner (在简短的致辞中), or open the sentence before the name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    # the frame right after the name, each kind of address
    ("各界春节联欢会8日在市人民大会堂举行。市长王立新在祝酒词中说，过去一年全市经济稳中有进。", "王立新", ["致辞"]),
    ("新春团拜会8日举行。县委书记赵明在欢迎词中说，欢迎各位乡贤回家过年。", "赵明", ["致辞"]),
    ("江城商会年会8日举行。会长陈大勇在答谢词中说，感谢会员一年来的支持。", "陈大勇", ["致辞"]),
    ("欢送会8日举行。厂长吴德明在欢送词中表示，希望年轻人接好班。", "吴德明", ["致辞"]),
    ("国庆招待会8日在使馆举行。大使刘建华在祝酒时说，两国友谊源远流长。", "刘建华", ["致辞"]),
    # a word of manner before the address: still the speaker's own
    ("驻法国使馆8日在巴黎举行国庆招待会。大使刘建华在简短的祝酒辞中表示，两国友谊源远流长。", "刘建华", ["致辞"]),
    ("校友会年会8日举行。校长周志强在简短的致辞中说，母校永远是校友的家。", "周志强", ["致辞"]),
    ("迎新晚会8日举行。院长孙海在热情洋溢的欢迎辞中表示，欢迎新同学加入。", "孙海", ["致辞"]),
    # a directive verb inside the address adds 讲话
    ("全市科技大会8日开幕。副市长李文斌在开幕词中指出，要加快建设创新城市。", "李文斌", ["致辞", "讲话"]),
    ("全市科技大会8日闭幕。市委副书记孙红在闭幕辞中强调，要把会议精神落到实处。", "孙红", ["致辞", "讲话"]),
    # Traditional script
    ("各界春節聯歡會8日在市人民大會堂舉行。市長王立新在祝酒詞中說，過去一年全市經濟穩中有進。", "王立新", ["致辞"]),
    # the frame opening the sentence, the name after it
    ("校友会年会8日举行。在欢迎辞中，校长周志强说，母校永远是校友的家。", "周志强", ["致辞"]),
    ("校友会年会8日举行。在致辞中，校长周志强说，母校永远是校友的家。", "周志强", ["致辞"]),
    ("座谈会8日举行。在发言中，老党员代表李秀英说，要把好传统传下去。", "李秀英", ["发言"]),
    # near misses: a speech is 讲话; an address given with 致 stays 致辞
    ("招待会8日举行。大使刘建华在讲话中说，两国友谊源远流长。", "刘建华", ["讲话"]),
    ("国庆招待会8日在使馆举行。大使刘建华致祝酒词说，两国友谊源远流长。", "刘建华", ["致辞"]),
]

NO_SPEAKER = [
    # a letter is a message sent, no address (§4)
    ("江城市长王立新8日在贺信中说，祝贺江城大学建校百年。", "王立新"),
]


@pytest.mark.parametrize(("text", "name", "roles"), CASES)
def test_remarks_inside_an_address_named_by_its_kind(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                     name: str, roles: list[str]) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == roles


@pytest.mark.parametrize(("text", "name"), NO_SPEAKER)
def test_a_letter_is_no_address(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str) -> None:
    assert name not in {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
