"""Holders told in their own clause as honoured earlier or at another occasion (invented sentences).

- GUIDELINES §5 twenty-first review round (an honour holders won at another event is no award of this one), as read in
  the thirty-first review round (7 December 2026, first stop): a count whose clause goes on with an earlier time and
  `已` (`早前已`, `此前已`, `之前已`) or `已于`/`已在` another occasion (`另一场典礼`, `其他活动`) before the receiving verb gives
  no record, in Simplified or Traditional script; a hall of the same event (`另一会场`, twenty-third round) and this
  event's own conferral in the sentence before stay awards.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("教育局昨日舉行頒獎典禮，共有三十名學生獲頒「優秀學生獎」。此外，另有三名學生早前已於另一場典禮獲頒「傑出青年科技獎」。",
     [("优秀学生奖", 30, "名", "person")]),
    ("学校昨日举行颁奖典礼，共有30名学生获颁“优秀学生奖”。另有5名教师此前已在另一场仪式上获颁“园丁奖”。",
     [("优秀学生奖", 30, "名", "person")]),
    ("学校昨日举行颁奖典礼，共有30名学生获颁“优秀学生奖”。另外，2名教师早前已于另一场典礼获颁“园丁奖”。",
     [("优秀学生奖", 30, "名", "person")]),
    ("市政府昨日举行表彰大会，授予20名同志“劳动模范”称号。另有4名同志此前已在另一场仪式上获颁“五一劳动奖章”。",
     [("劳动模范", 20, "名", "person")]),
    ("頒獎典禮昨日舉行，共有十五名義工獲頒「傑出義工獎」。另有兩名義工早前已獲頒「長期服務獎」。",
     [("杰出义工奖", 15, "名", "person")]),
    ("学校举行颁奖仪式，为40名学生颁发“优秀学生奖学金”。另有3名学生之前已在其他活动中获得“科技创新奖”。",
     [("优秀学生奖学金", 40, "名", "person")]),
    # stays: a hall of the same event, this event's conferral
    ("教师节颁奖典礼昨日举行，另有12名教师已于当天在另一会场获颁“园丁奖”。",
     [("园丁奖", 12, "名", "person")]),
    ("会上，25名教师获颁“优秀教师”证书。",
     [("优秀教师", 25, "名", "person")]),
])
def test_honoured_earlier_in_clause(extract, body, expected):
    assert honours(extract(page(body))) == expected
