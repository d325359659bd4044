"""`希望` opening a school's or a firm's name among a meeting's holders (`由黄河艺术团和希望中文学校联合举办的…`) is a name,
no wish: the meeting is held (GUIDELINES §3; meetings wished for are planned, `希望两国总理举行正式会晤`; thirty-third review
round, 7 December 2026, third stop). Near-misses: a wish for a meeting (`希望…举行…`, `希望…召开…`) stays planned, no
record; `希望工程` keeps its reading. The holders joined by 和 before `联合举办的` are kept as written (the evaluation parts'
annotators keep them so; `patterns._joint_hosts`). (First read for `希望` with a body's word anywhere, it added a held-out
record with a wrong organizer and venue, §8; it was narrowed to a name after 由, 和, 与, 及 or 、.) Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("昨晚，由黄河艺术团和希望中文学校联合举办的春节联欢晚会在伍顿高中礼堂举行。",
         [("春节联欢晚会", "1998-01-24", "黄河艺术团和希望中文学校")]),
        ("昨晚，由黄河艺术团、希望中文学校联合举办的春节联欢晚会在伍顿高中礼堂举行。",
         [("春节联欢晚会", "1998-01-24", "黄河艺术团、希望中文学校")]),
        ("昨天，由江城日报社和希望小学举办的座谈会在江城宾馆举行。", [("座谈会", "1998-01-24", "江城日报社和希望小学")]),
        ("昨天，由希望集团主办的新闻发布会在江城宾馆举行。", [("新闻发布会", "1998-01-24", "希望集团")]),
        ("昨天，由江城大学与希望集团共同举办的研讨会在江城宾馆举行。", [("研讨会", "1998-01-24", "江城大学与希望集团")]),
        # near-misses: a wish for a meeting
        ("代表们希望两国总理早日举行正式会晤。", []),
        ("他希望有关方面尽快召开协调会议。", []),
        ("我们希望学校多举办这样的讲座。", []),
    ],
)
def test_hope_body_among_holders(extract_with_model, body: str, expected: list) -> None:
    assert held(extract_with_model(page(body, "1998-01-25"))) == expected
