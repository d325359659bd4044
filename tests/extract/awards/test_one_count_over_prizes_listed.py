"""One count over prizes listed with `、` (invented sentences, a variation grid; NEGATIVE rows keep today's output).

GUIDELINES §5 thirty-fourth review round (7 December 2026, fourth stop): a count over prizes listed with `、`
(`30位作者分别获银笔奖、铜笔奖`) is one record whose honour is the whole phrase, as one over honours joined by 和 is (§5 opening
bullets), never a cut part; a prize with a count of its own after it (`3名学生获一等奖、二等奖5名`) stays its own record.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("经评审，30位作者分别获银笔奖、铜笔奖（金奖暂缺）。", [("银笔奖、铜笔奖", 30, "位", "person")]),
    ("经评审，25位作者获得金笔奖、银笔奖。", [("金笔奖、银笔奖", 25, "位", "person")]),
    ("经评审，12个单位分别获金奖、银奖。", [("金奖、银奖", 12, "个", "organization")]),
    # NEGATIVE: each prize with its own count; a prize and its money; medals listed, as read today
    ("3名学生获一等奖、二等奖5名。", [("一等奖", 3, "名", "person"), ("二等奖", 5, "名", "person")]),
    ("经评审，3名学生获一等奖、5名学生获二等奖。", [("一等奖", 3, "名", "person"), ("二等奖", 5, "名", "person")]),
    ("经评审，10名教师获优秀教学奖、奖金5000元。", [("优秀教学奖", 10, "名", "person")]),
    ("45位人士获颁勋章、奖章和荣誉称号。", [("勋章、奖章和荣誉称号", 45, "位", "person")]),
])
def test_one_count_over_prizes_listed(extract, body, expected):
    assert honours(extract(page(body))) == expected
