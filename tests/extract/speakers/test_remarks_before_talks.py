"""Remarks placed before the talks in the person's own clause (GUIDELINES §4 tenth review round: remarks told 会前 or
before the event opens are not made at the meeting, like 会后; fortieth review round, from a fourth recall read of
newspaper articles).

``甲在会谈前说`` and ``在会见…之前表示`` tell words said before the talks or the call: no role, as ``在会谈结束后说`` gives none.
Near misses: remarks at the talks (``在会谈时说``, ``在会谈中表示``) keep 讲话, and so does a press conference held before
them, an occasion of its own (``在会谈前举行的记者招待会上说``). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import speakers

_DATELINE = "本报东海3月4日电记者林平报道："


@pytest.mark.parametrize(("body", "expected"), [
    ("外交部长周文山4日同来访的北欧外长举行会谈。周文山在会谈前说，两国关系进入新阶段。", {}),
    ("东海省省长林海涛今天在省政府会见南洋商会代表团之前表示，双方合作前景广阔。", {}),
    # near misses: at the talks, or at a press conference before them
    ("外交部长周文山4日同来访的北欧外长举行会谈。周文山在会谈时说，两国关系进入新阶段。",
     {"周文山": ("外交部长", ("讲话",))}),
    ("外交部长周文山4日同来访的北欧外长举行会谈，并在会谈前举行的记者招待会上说，两国关系进入新阶段。",
     {"周文山": ("外交部长", ("讲话",))}),
])
def test_remarks_before_talks(extract, body, expected):
    assert speakers(extract(_DATELINE + body + "\n")) == expected
