"""A session deciding as the subject stays held (GUIDELINES §3 thirty-sixth review round) also when a relative day or a part
of a year told relative to the page's opens the sentence before it (`昨天，市政府常务会议决定…`, `去年年底，某国内阁会议决定…`),
as a date does (`5月6日，市政府常务会议决定…`): thirty-eighth review round, from a recall read of newspaper articles. The
session's decision as a noun (`…常务会议的决定引起了热议`) tells none. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated_as_written, page


@pytest.mark.parametrize(("body", "expected"), [
    ("昨天，市政府常务会议决定削减各部门的开支。", [("市政府常务会议", "昨天")]),
    ("日前，县政府常务会议决定，今年新建三所学校。", [("县政府常务会议", "日前")]),
    ("去年年底，东岛国内阁会议决定削减各部门的开支。", [("东岛国内阁会议", "去年年底")]),
    ("今年初，市政府常务会议决定削减各部门的开支。", [("市政府常务会议", "今年初")]),
    # near misses: the decision as a noun, a session ahead
    ("昨天，市政府常务会议的决定引起了热议。", []),
    ("今年初，市政府常务会议将决定开支的削减。", []),
])
def test_session_acting_after_relative_day(extract, body: str, expected: list) -> None:
    assert dated_as_written(extract(page(body))) == expected
