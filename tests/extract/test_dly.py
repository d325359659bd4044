"""Newspaper register (People's Daily, January 1998 tuning part), helper dly.

Found: (1) a count of all before ``中(已)有`` and the part's count after it (二十名教师中有三人被评为…) gave the whole
as the count of holders; GUIDELINES §5 counts the holders conferred, so the frame's count gives no record and the
part's count is read where a pattern reads it. (2) A meeting held with its holder's remarks right after its name
(举行新闻发布会说，…) was not read; GUIDELINES §3: it is held, whatever its holder said at it. Only a speech verb
followed by a comma or colon ends the name (not 举行会议表示支持, a verb with its own object).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

FRAME_ROWS = [
    ("二十名教师中有三人被评为优秀教师。", 3),
    ("全县二十所学校中已有五所被评为绿色学校。", None),
    ("全市３０个村中已有１２个被命名为“文明村”。", None),
    ("全区十五个社区中共有六个获得“文明社区”称号。", None),
]


@pytest.mark.parametrize(("body", "count"), FRAME_ROWS)
def test_frame_count_is_not_the_holders(extract, body, count):
    awards = extract(page(body))["awards"]
    assert all(a["count"] not in (20, 30, 15) for a in awards)
    if count is not None:
        assert [a["count"] for a in awards] == [count]


# Negative: a plain count with no frame keeps its count.
@pytest.mark.parametrize("body", ["大会表彰了３０名优秀教师。", "２０名研究生获得首届某某基金奖学金。"])
def test_plain_count_kept(extract, body):
    awards = extract(page(body))["awards"]
    assert [a["count"] for a in awards] in ([30], [20])


HELD_ROWS = [
    ("协会当晚举行新闻发布会说，协会决定成立调查小组。", "新闻发布会"),
    ("协会6日举行座谈会指出，要加强行业管理。", "座谈会"),
    ("国务院新闻办公室6日召开记者招待会表示，将加快改革。", "记者招待会"),
    ("市文联昨天举行座谈会强调：要多出精品。", "座谈会"),
]


@pytest.mark.parametrize(("body", "name"), HELD_ROWS)
def test_meeting_with_remarks_after_name(extract, body, name):
    assert [m["name"] for m in extract(page(body))["meetings"]] == [name]


@pytest.mark.parametrize("body", [
    "他说举行会议表示支持是必要的。",
    "协会表示将于下月举行座谈会说明情况。",
])
def test_remark_verb_without_comma_reads_no_meeting(extract, body):
    assert extract(page(body))["meetings"] == []
