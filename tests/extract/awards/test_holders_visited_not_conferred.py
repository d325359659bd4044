"""Counted holders of an honour visited, met or led, with a conferral only in an event's name (invented sentences).

- GUIDELINES §5 thirtieth review round (6 December 2026, ninth stop): counted holders of a quoted honour right after a
  verb of another act (`看望`, `慰问`, `走访`, `接见`, `会见`, `探望`, `陪同`) are visited, met or led, nothing conferred
  on them in the clause, even in a sentence that names a commendation meeting (`表彰大会后，县领导看望了20名“劳动模范”`): no
  award, as holders given money after 为 are none (seventeenth round). A conferring word after them in the clause
  (`接见了15名“优秀教师”并为他们颁发证书`) still confers; `组织` is no such verb, being a holder's noun as often
  (`优秀志愿服务组织12个`, `先进基层党组织（10个）`).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("表彰大会后，县领导看望了20名“劳动模范”。", []),
    ("表彰大会后，市领导走访慰问了12名“全国劳动模范”。", []),
    ("表彰大会后，县长亲切接见了15名“优秀教师”。", []),
    ("表彰大会结束后，市委书记会见了10名“最美家庭”代表。", []),
    ("表彰会后，工作人员陪同30名“优秀志愿者”参观了展览。", []),
    ("颁奖典礼前，县领导探望了5名“道德模范”，送去慰问品。", []),
    ("在表彰大会召开之际，县领导慰问了20名“优秀共产党员”。", []),
    ("会后，县领导与20名“劳动模范”合影留念。", []),
    ("会上，县委表彰了20名“劳动模范”。", [("劳动模范", 20, "名", "person")]),
    ("会上，20名“劳动模范”受到表彰。", [("劳动模范", 20, "名", "person")]),
    ("会上，县领导为20名“劳动模范”颁发了荣誉证书。", [("劳动模范", 20, "名", "person")]),
    ("表彰大会上，10户“最美家庭”受到表彰，县领导看望了他们。", [("最美家庭", 10, "户", None)]),
    ("表彰大会上，县长为15名“优秀教师”颁奖，会后又接见了他们。", [("优秀教师", 15, "名", "person")]),
    ("表彰大会后，县长接见了15名“优秀教师”并为他们颁发证书。", [("优秀教师", 15, "名", "person")]),
    ("会议组织评选，表彰了12名“先进个人”。", [("先进个人", 12, "名", "person")]),
    ("表彰大会上，县委决定表彰以下先进典型：\n优秀共产党员（15名）\n先进基层党组织（10个）",
     [("优秀共产党员", 15, "名", "person"), ("先进基层党组织", 10, "个", "organization")]),
])
def test_holders_acted_on_without_conferral(extract, body, expected):
    assert honours(extract(page(body))) == expected
