"""A prize set up and at once conferred on a count of holders (invented sentences).

- GUIDELINES §5 thirtieth review round (6 December 2026, ninth stop): a prize set up (`另设`, `设立`, `特设`, `增设`, `新设`)
  whose clause goes on with a verb of commending or rewarding a count of holders (`另设「X奖」表扬15名…学生`,
  `特设“X奖”，奖励12名…员工`) is that prize conferred on them, like the winners chosen after a prize set up (fourteenth
  round). Places set up with the prize (`另设「X奖」15名`), a standing scheme (`每年表扬`), a plan (`拟设立`, `明年将设立`)
  and a tally since the prize began (`设立…以来，共表彰`) confer nothing (tenth and sixteenth rounds).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("基金另设「傑出進步學生獎」表揚15名學業成績顯著進步的學生。", [("杰出进步学生奖", 15, "名", "person")]),
    ("基金还设立“杰出进步学生奖”，表彰15名进步显著的学生。", [("杰出进步学生奖", 15, "名", "person")]),
    ("公司今年特设“敬业奉献奖”，奖励12名扎根一线的员工。", [("敬业奉献奖", 12, "名", "person")]),
    ("典礼上另设“优秀志愿者奖”，嘉许30名服务时数突出的义工。", [("优秀志愿者奖", 30, "名", "person")]),
    ("大会增设“热心公益奖”，表彰8家长期资助学校的企业。", [("热心公益奖", 8, "家", "organization")]),
    ("教育基金会新设乡村教师贡献奖，表彰了二十名扎根山区的教师。", [("乡村教师贡献奖", 20, "名", "person")]),
    ("学校设立杰出教师奖，选出二十四名得奖者。", [("杰出教师奖", 24, "名", "person")]),
    ("基金另设「傑出進步學生獎」15名。", []),
    ("大会增设“热心公益奖”8个。", []),
    ("基金明年将设立“杰出进步学生奖”，表彰15名学生。", []),
    ("学校设立“优秀学生”奖学金10名。", []),
    ("基金另设「傑出進步學生獎」，每年表揚15名學生。", []),
    ("基金会拟设立“乡村教师贡献奖”，表彰20名教师。", []),
    ("自2015年设立“杰出进步学生奖”以来，共表彰300名学生。", []),
])
def test_prize_set_up_then_commended(extract, body, expected):
    assert honours(extract(page(body))) == expected
