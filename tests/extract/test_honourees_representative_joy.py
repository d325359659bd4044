"""The honourees' representative telling joy at the honour (invented pages).

GUIDELINES §4, thirteenth round (the representative of those commended quoted at the ceremony with a plain 说/表示 keeps
讲话), twentieth round (winners' words after a prize give no role unless a 代表 label makes them a speech) and
thirty-first review round (7 December 2026, first stop): a label of one speaking for those honoured right before the
name's title (`获奖代表、城关镇党委书记李明说，获此殊荣…`) keeps the words 讲话 though they tell joy at the honour; a winner
with no such label, a deputy's post (`县人大代表`) and one who reacts on receiving (`接过纪念章后激动地说`) keep none.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_HEAD = "5月7日，县委召开表彰大会，县委书记张建国讲话。"


@pytest.mark.parametrize(("tail", "roles"), [
    ("获奖代表、城关镇党委书记李明说，获此殊荣深感荣幸。", ("讲话",)),
    ("获奖代表李明说，获此殊荣深感荣幸。", ("讲话",)),
    ("受表彰代表、城关镇党委书记李明表示，对获得表彰感到十分荣幸。", ("讲话",)),
    ("獲獎代表李明表示，對獲獎感到十分榮幸。", ("讲话",)),
    # near misses
    ("获奖者李明说，获此殊荣深感荣幸。", ()),
    ("县人大代表李明说，获此殊荣深感荣幸。", ()),
    ("获奖代表李明接过纪念章后激动地说，获此殊荣深感荣幸。", ()),
])
def test_honourees_representative_joy(extract, tail, roles):
    found = speakers(extract(page(_HEAD + tail)))
    assert found["张建国"] == ("县委书记", ("讲话",))
    assert found.get("李明", (None, ()))[1] == roles
