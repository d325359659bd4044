"""Sympathy or condolence shown outside any meeting is no address (GUIDELINES §4 thirtieth review round, after the
tenth and twenty-seventh rounds on greetings on a visit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

NO_ADDRESS = [
    # condolences to the sick and the bereaved, told in an obituary with no meeting
    ("甲乙丙等领导同志在王德海同志生病住院期间和逝世后，分别以不同方式对他表示亲切慰问和深切哀悼。", ("王德海",)),
    ("省委书记周立新、省长李明华等在张德海同志病重期间和逝世后，以不同方式表示慰问和哀悼。", ("周立新", "李明华", "张德海")),
    # sympathy to victims on a page telling no meeting
    ("县委书记刘晓东代表县委县政府向受灾群众表示亲切慰问。", ("刘晓东",)),
    ("縣長林志明代表縣府向罹難者家屬表示深切慰問。", ("林志明",)),
    ("副市长郑海燕赶赴事故现场，向遇难者家属表示沉痛哀悼和诚挚慰问。", ("郑海燕",)),
]

ADDRESS_KEPT = [
    # a meeting named where the sympathy is shown, or told on the page
    ("在座谈会上，县委书记刘晓东代表县委县政府向与会老同志表示亲切慰问。", "刘晓东"),
    ("5日上午，全县老干部迎春座谈会召开。会上，县委书记刘晓东向全县老干部表示节日的慰问。", "刘晓东"),
    ("3日，市慰问困难职工大会举行。市长周国平向困难职工表示亲切慰问。", "周国平"),
    # other words of courtesy are untouched
    ("院长陈海波在开学典礼上向新同学表示热烈欢迎。", "陈海波"),
]


@pytest.mark.parametrize(("text", "names"), NO_ADDRESS)
def test_sympathy_at_no_meeting_gives_no_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                 names: tuple[str, ...]) -> None:
    speakers = {s["name"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert not speakers & set(names)


@pytest.mark.parametrize(("text", "name"), ADDRESS_KEPT)
def test_sympathy_at_a_meeting_stays_an_address(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(text, "2024-05-10")["speakers"]}
    assert speakers.get(name) == ["致辞"]
