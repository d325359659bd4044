"""Award shapes of invented articles (GUIDELINES §5).

- A count made approximate by 逾 before it (逾300名学生获颁…) was read as an exact count; §5 tenth round: a count with
  余, 多 or 逾 is no explicit count, no record. 约 stays read (§8, stop of 2 December 2026), and 近, 超过 are not ruled.
- Winners counted after a prize set up just before, told as a count that won (设立「傑出學生獎」，首屆有十名學生獲獎),
  were missed; §5 fourteenth round: winners counted after a prize named just before are that prize's count. A count
  that won with no prize named (首屆有十名學生獲獎) stays no record (§5: an award record needs the honour named).
- Grades after 其中 under a quoted prize (共评出“科技进步奖”286项，其中一等奖26项) lost the prize; §5: grades listed after
  其中 carry the prize named before (省自然科学奖30项，其中一等奖2项 → 省自然科学奖一等奖 2), quote marks dropped.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    "body",
    [
        "典礼上，逾300名学生获颁校长嘉许状。",
        "大会表彰了逾200名“优秀志愿者”。",
        "今年逾120名教师被评为“优秀教师”。",
        "本年度逾三十位教師獲頒「傑出教師獎」。",
    ],
)
def test_an_approximate_count_gives_no_record(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: exact counts; 约 before the count (§8) and 逾 not right before it
        ("典礼上，约300名学生获颁校长嘉许状。", [("校长嘉许状", 300, "名", "person")]),
        ("逾期整改后，12家“诚信企业”受到表彰。", [("诚信企业", 12, "家", "organization")]),
        ("会上，300名学生获颁校长嘉许状。", [("校长嘉许状", 300, "名", "person")]),
        ("大会表彰了200名“优秀志愿者”。", [("优秀志愿者", 200, "名", "person")]),
        ("最近12名教师被评为“优秀教师”。", [("优秀教师", 12, "名", "person")]),
        ("签约12家“诚信企业”受到表彰。", [("诚信企业", 12, "家", "organization")]),
    ],
)
def test_an_exact_count_keeps_its_record(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("學會設立「傑出學生獎」，首屆有十名學生獲獎。", [("杰出学生奖", 10, "名", "person")]),
        ("学会设立“杰出学生奖”，首届有十名学生获奖。", [("杰出学生奖", 10, "名", "person")]),
        ("學會設立「傑出學生獎」，本屆共有十二名學生獲獎。", [("杰出学生奖", 12, "名", "person")]),
        ("学会设立杰出青年奖，今年有8名青年获奖。", [("杰出青年奖", 8, "名", "person")]),
        # (already read: a prize conferred, then its winners)
        ("大會頒發第二屆「傑出教師獎」，共有十二位教師獲獎。", [("杰出教师奖", 12, "位", "person")]),
    ],
)
def test_winners_counted_after_a_prize_set_up_are_its_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: no prize named, a count that did not win, winners of another period, a tally since
        "首屆有十名學生獲獎。",
        "今年共有20名學生獲獎。",
        "学会设立“杰出学生奖”，首届有十名学生报名。",
        "学会去年设立“杰出学生奖”，首届有十名学生获奖。",
        "学会设立“杰出学生奖”以来，有十名学生获奖。",
        "学会设立“杰出学生奖”，有十名学生获奖后发言。",
    ],
)
def test_winners_of_no_prize_set_up_here_are_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("大会共评出“科技进步奖”286项，其中一等奖26项、二等奖80项。",
         [("科技进步奖", 286, "项", None), ("科技进步奖一等奖", 26, "项", None), ("科技进步奖二等奖", 80, "项", None)]),
        ("大会共评出“科技进步奖”106项，其中一等奖26项、二等奖80项。",
         [("科技进步奖一等奖", 26, "项", None), ("科技进步奖二等奖", 80, "项", None)]),
        ("大会表彰了“青年创新奖”获奖项目50项，其中一等奖5项。", [("青年创新奖一等奖", 5, "项", None)]),
        ("大会为获得「傑出服務獎」的120名員工頒獎，其中金獎10名。",
         [("杰出服务奖", 120, "名", "person"), ("杰出服务奖金奖", 10, "名", "person")]),
        # (unquoted, as before)
        ("本次共评出科技进步奖286项，其中一等奖26项、二等奖80项、三等奖180项。",
         [("科技进步奖一等奖", 26, "项", None), ("科技进步奖二等奖", 80, "项", None), ("科技进步奖三等奖", 180, "项", None)]),
        # NEGATIVE: no parent prize before 其中 in the sentence: the bare grade
        ("大会评出一等奖3名、二等奖5名。", [("一等奖", 3, "名", "person"), ("二等奖", 5, "名", "person")]),
        ("比赛评出一二三等奖，其中一等奖10名。", [("一等奖", 10, "名", "person")]),
        ("大会评出“优秀组织奖”和“最佳创意奖”，其中一等奖6名。", [("一等奖", 6, "名", "person")]),
        ("“青年创新奖”今年首次设立，其中一等奖5项。", [("一等奖", 5, "项", None)]),
    ],
)
def test_grades_after_qizhong_take_a_quoted_prize_named_before(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
