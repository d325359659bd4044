"""A quoted honour named first, then the count of its holders chosen or commended (invented sentences).

- GUIDELINES §5 thirtieth review round (6 December 2026, ninth stop): a quoted honour followed by `共评出`, `评选出`,
  `共表彰` or `共表扬` and a count with no holders' noun that closes its clause (`本届“十佳青年”共评出10名`,
  `“最美家庭”评选出12户`) is that honour conferred on the count, as a prize's winners counted after its quoted name are
  (twelfth round); a title names its holders, while a prize (`“青年科技奖”共评出15名`) still needs the winners' word
  (twelfth round, tests/extract/pages/test_party_lectures_reports_and_hk_conferrals.py). A plan (`计划`, `拟`, `将`), another period (`往届`, `去年`), a running tally (`已累计`), candidates
  (`候选人`), and a count of something else chosen (`评出15名优秀学生参加决赛`) give no record.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("本届“十佳青年”共评出10名。", [("十佳青年", 10, "名", "person")]),
    ("本届“十佳青年”评选共评出10名。", [("十佳青年", 10, "名", "person")]),
    ("今年的“十佳青年”共评选出10名。", [("十佳青年", 10, "名", "person")]),
    ("本届“十佳青年”共评出获奖者10名。", [("十佳青年", 10, "名", "person")]),
    ("本屆「十佳青年」共評出十名。", [("十佳青年", 10, "名", "person")]),
    ("本年度“文明家庭”共评出20户。", [("文明家庭", 20, "户", None)]),
    ("今年“优秀教师”共表彰30名。", [("优秀教师", 30, "名", "person")]),
    ("本学期“优秀班集体”共评出8个。", [("优秀班集体", 8, "个", "organization")]),
    ("会上揭晓了评选结果，“最美家庭”评选出12户，“好婆婆”评选出10名。", [("最美家庭", 12, "户", None), ("好婆婆", 10, "名", "person")]),
    ("大会公布结果，“好婆婆”共评出十名，颁发了荣誉证书。", [("好婆婆", 10, "名", "person")]),
    ("表彰会上，“优秀志愿者”共表扬25名。", [("优秀志愿者", 25, "名", "person")]),
    ("本届“十佳青年”计划评出10名。", []),
    ("本届“十佳青年”拟评出10名，现予公示。", []),
    ("本届“十佳青年”将评出10名。", []),
    ("往届“十佳青年”共评出100名。", []),
    ("去年“十佳青年”共评出10名。", []),
    ("本届“十佳青年”候选人共评出20名。", []),
    ("“最佳创意奖”评出15名优秀学生参加决赛。", []),
    ("“十佳青年”评选活动已累计表彰300名。", []),
    ("本届“创新成果奖”共评出12名。", []),
])
def test_quoted_honour_then_count_chosen(extract, body, expected):
    assert honours(extract(page(body))) == expected
