"""Award counts and funding records the fresh set s152 read falsely (fixer fx9), as classes.

Awards (GUIDELINES §5):
- entrants who applied for a named prize (``共有1046人申请``) are no award, like ``申报``/``报名``/``参评`` (twenty-second
  review round: "entrants counted for an honour … are no award"); the winners then settled by their own word before the
  count (``经审查后核定受奖学生320名``, ``评出获奖者30名``) are that prize's count ("Winners counted in their own clause
  after the entrants of a prize named are that prize's count");
- contest grades of a school's last term or year (``上学期我校…获一等奖5名``) told after a commendation are a past
  period's tally (sixteenth and twenty-eighth review rounds: "a count of another period is no award", "a commendation
  told in another period gives no record"), like ``去年``.

Funding (GUIDELINES §6): see the funding rows' comments.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented
    ("本届江城奖学金共有860人申请，经审查后核定受奖学生200名。", [("江城奖学金", 200, "名", "person")]),
    # paraphrases: the settling verb, the winners' noun, 申报/参评, Traditional script, Arabic digits with a comma
    ("今年星火奖学金共有500名学生申请，经评审，确定获奖学生120名。", [("星火奖学金", 120, "名", "person")]),
    ("本届青年创新奖共有300人申报，经专家评审，评出获奖者30名。", [("青年创新奖", 30, "名", "person")]),
    ("本年度育才奖教金共有86名教师申请，经审核后评定获奖教师20名。", [("育才奖教金", 20, "名", "person")]),
    ("本屆勵志獎學金共有1,200人申請，經審查後核定受獎學生150名。", [("励志奖学金", 150, "名", "person")]),
    ("首届春晖奖共有45家企业参评，经评审，最终评出获奖企业8家。", [("春晖奖", 8, "家", "organization")]),
    # unchanged: the winners counted before 获奖
    ("本届质量奖共有47家企业申报，经评审，5家企业获奖。", [("质量奖", 5, "家", "organization")]),
    # near misses: applicants only, no winners counted; applicants as the holders' noun of a conferral
    ("本届江城奖学金共有860人申请，目前正在审核中。", []),
    ("共有300名学生申请江城奖学金。", []),
    ("本届江城奖学金共有860人申请，经审查后核定受奖学生名单将于下月公布。", []),
    ("学校为120名申请人颁发江城奖学金。", [("江城奖学金", 120, "名", "person")]),
])
def test_prize_applicants_then_winners(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented
    ("学校召开表彰大会。据悉，上学期我校共有37名学生在县级以上各类比赛中获奖，其中在县书法比赛中获一等奖5名。", []),
    # paraphrases: 上一学年, 上个学期 with a comma, no hearsay word, Traditional script
    ("学校召开表彰大会。上学期我校有5名学生在县书法比赛中获一等奖。", []),
    ("学校召开表彰大会。据悉，上一学年我校共有20名学生在市作文比赛中获一等奖。", []),
    ("学校召开表彰大会。上个学期，我校12名学生在县数学竞赛中获一等奖。", []),
    ("學校召開表彰大會。據悉，上學期本校共有8名學生在縣書法比賽中獲一等獎。", []),
    # near misses: the grade told with the ceremony and no other period; holders of last term commended now
    ("学校召开表彰大会，我校有5名学生在县书法比赛中获一等奖。", [("一等奖", 5, "名", "person")]),
    ("学校召开表彰大会，表彰上学期评出的“三好学生”45名。", [("三好学生", 45, "名", "person")]),
    ("学校召开表彰大会，对上学期涌现出的“三好学生”45名进行表彰。", [("三好学生", 45, "名", "person")]),
])
def test_last_term_contest_grades(extract, body, expected):
    assert honours(extract(page(body))) == expected
