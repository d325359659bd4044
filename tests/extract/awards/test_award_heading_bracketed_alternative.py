"""A list heading whose honour carries a bracketed alternative of its holders before the count (invented pages).

GUIDELINES §5, thirty-second review round (7 December 2026, second stop), following the ninth round (each heading of an
honour list with its count under a conferral is one record): `一、先进村（社区）（6个）` is the honour `先进村（社区）`, 6;
the bracket of words before the count bracket names the other holders the honour covers and stays in its name as written.
Near misses: a heading with its count alone keeps its honour bare, and a count in Chinese numerals in the one bracket is
the count, no alternative.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

_LEAD = "会上宣读了表彰决定。受表彰的先进集体和先进个人名单如下：\n"


@pytest.mark.parametrize(("rows", "expected"), [
    ("一、先进村（社区）（6个）\n湾头村、柳塘村、新街社区、石埠村、荷花村、双河村\n二、先进站所（4个）\n镇财政所、镇卫生院、镇派出所、镇文化站",
     [("先进村（社区）", 6, "个", "organization"), ("先进站所", 4, "个", "organization")]),
    ("一、先进村（社区）（6个）\n湾头村、柳塘村、新街社区、石埠村、荷花村、双河村",
     [("先进村（社区）", 6, "个", "organization")]),
    ("一、优秀班主任（辅导员）（3名）\n张三、李四、王五", [("优秀班主任（辅导员）", 3, "名", "person")]),
    ("一、先进乡镇（街道）（5个）\n甲镇、乙镇、丙镇、丁街道、戊街道", [("先进乡镇（街道）", 5, "个", "organization")]),
    ("一、先進村（社區）（6個）\n甲村、乙村、丙村、丁村、戊村、己村", [("先进村（社区）", 6, "个", "organization")]),
    # near misses: the count alone in brackets; a count in Chinese numerals
    ("一、先进站所（4个）\n镇财政所、镇卫生院、镇派出所、镇文化站", [("先进站所", 4, "个", "organization")]),
    ("一、优秀教师（三名）\n张三、李四、王五", [("优秀教师", 3, "名", "person")]),
])
def test_heading_honour_with_bracketed_alternative(extract, rows, expected):
    assert honours(extract(page(_LEAD + rows))) == expected
