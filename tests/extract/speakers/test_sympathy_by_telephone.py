"""Sympathy or condolence shown by telephone is made from afar: no address even on a page telling a meeting held
elsewhere, unless a meeting is named as where it is shown; condolence (表示深切哀悼) is a word of courtesy like 慰问
(GUIDELINES §4 thirty-first review round, after the thirtieth round's sympathy shown at no meeting)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# a meeting told elsewhere on the page, as news pages often do
OTHER_MEETING = "5日，省人大会议在石家庄举行。\n"

BY_TELEPHONE = [
    ("当天下午，省委书记周立新和省长李明华打电话向遇难者家属和灾区群众表示亲切慰问。", ("周立新", "李明华")),
    ("事故发生后，市长郑海燕立即打电话向伤员家属表示慰问。", ("郑海燕",)),
    ("得知消息后，校长陈海波通过电话向遇险学生家长表示慰问。", ("陈海波",)),
    ("市委书记王建国当晚打来电话，向罹难者家属表示深切哀悼和诚挚慰问。", ("王建国",)),
    ("縣長林志明當晚打電話向罹難者家屬表示深切慰問。", ("林志明",)),
    ("国务院总理张国华打电话给受伤工人的家属，表示亲切慰问。", ("张国华",)),
    ("得知老英雄病重，书记赵文明打电话向其家属表示慰问。", ("赵文明",)),
    ("省长李明华在电话中向灾区干部群众表示亲切慰问。", ("李明华",)),
    ("地震发生后，总书记周立新和总理李明华分别打电话向灾区人民表示慰问。", ("周立新", "李明华")),
    ("县委书记刘晓东专门致电受灾乡镇，向受灾群众表示亲切慰问。", ("刘晓东",)),
]

AT_A_MEETING = [
    # a meeting named where the sympathy is shown keeps 致辞, a telephone meeting too
    ("在座谈会上，县委书记刘晓东向与会老同志表示亲切慰问。", "刘晓东"),
    ("在电话会议上，省长李明华向灾区干部群众表示亲切慰问。", "李明华"),
    ("3日，市慰问困难职工大会举行。会上，市长周国平向困难职工表示亲切慰問。", "周国平"),
    # condolence at a memorial meeting only pays tribute: 致辞, not 讲话
    ("市长郑海燕在追悼会上向遇难者家属表示深切哀悼。", "郑海燕"),
]


@pytest.mark.parametrize(("text", "names"), BY_TELEPHONE)
def test_sympathy_by_telephone_gives_no_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                names: tuple[str, ...]) -> None:
    speakers = {s["name"] for s in extract_with_model(OTHER_MEETING + text, "1998-01-20")["speakers"]}
    assert not speakers & set(names)


@pytest.mark.parametrize(("text", "name"), AT_A_MEETING)
def test_sympathy_at_a_meeting_named_stays_an_address(extract_with_model: Callable[..., dict[str, Any]], text: str,
                                                      name: str) -> None:
    speakers = {s["name"]: s["roles"] for s in extract_with_model(OTHER_MEETING + text, "1998-01-20")["speakers"]}
    assert speakers.get(name) == ["致辞"]
