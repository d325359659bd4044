"""Education and examinations: what the pages of county education bureaus, exam authorities and schools showed.

- A holders' clause closed by 的 before a conferral may run long (为在2024届高考中作出突出贡献的20名教师颁发了“…奖”): the
  honour and its count (§5).
- A quoted honour ending in a person noun at the head of a title chain (“最美乡村教师”、白石镇中心小学教师) is an honour, no
  post (§4 "Honours are not titles"); a quoted post (“第一书记”) stays.
- A lecture told right after the ceremony just told (开班式后，…作了首场专题讲座) is its own record on the ceremony's day, as
  one told at it (典礼上，…) and as talks told 仪式结束后 (§3 seventh, eleventh and twelfth review rounds); 首场 is no part
  of its name.
- Funding (§6): a field's budget told with a statistic (编列教育预算…，占总预算近三成) is a budget figure; a share to each
  recipient after a clause that only intends the payout (拟奖励优秀教师100名，每人奖励1万元) is intended; a region's sector
  as the spender (全县教育系统投入…资金…) is the region's spending over the period; student loans issued over last year
  (去年全市共发放生源地信用助学贷款…) stay funding (eighth review round), unlike a bank's lending.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，学校召开总结会，会议还为在2024届高考中作出突出贡献的20名教师颁发了“高考质量突出贡献奖”。",
         [("高考质量突出贡献奖", 20, "名", "person")]),
        ("5月6日，县委召开表彰会，会议向在2024年防汛抢险工作中表现突出的15名干部颁发了“抗洪先锋”荣誉证书。",
         [("抗洪先锋", 15, "名", "person")]),
        ("5月6日，区教育局召开大会，为在全区教育教学改革中成绩显著的12名校长颁发了“改革创新奖”。",
         [("改革创新奖", 12, "名", "person")]),
        # NEGATIVE: a short description still reads as before; no conferral verb, no award
        ("5月6日，学校召开总结会，为作出突出贡献的8名教师颁发了“突出贡献奖”。", [("突出贡献奖", 8, "名", "person")]),
        ("5月6日，学校召开总结会，在2024届高考中作出突出贡献的20名教师受到关注。", []),
    ],
)
def test_long_holders_clause_before_conferral(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月6日，表彰大会举行。“最美乡村教师”、白石镇中心小学教师欧阳春兰作为获奖代表发言。", "欧阳春兰", "白石镇中心小学教师"),
        ("5月6日，表彰大会举行。“全国优秀教师”、江城一中教师李红梅发言。", "李红梅", "江城一中教师"),
        ("5月6日，颁奖典礼举行。“最美医生”、县人民医院主任医师张建华发言。", "张建华", "县人民医院主任医师"),
        # NEGATIVE: a quoted post is a post
        ("5月6日，座谈会召开。驻村“第一书记”、县委组织部干部王建国发言。", "王建国", "驻村“第一书记”、县委组织部干部"),
    ],
)
def test_quoted_honour_heading_title_chain(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，全市班主任培训班开班式在市教师发展中心举行。开班式后，省特级教师沈丽华作了首场专题讲座。",
         [("全市班主任培训班开班式", "2024-05-06"), ("专题讲座", "2024-05-06")]),
        ("5月6日，新教师岗前培训开班仪式在县教师进修学校举行。仪式结束后，教授王立为学员作了专题讲座。",
         [("新教师岗前培训开班仪式", "2024-05-06"), ("专题讲座", "2024-05-06")]),
        ("5月6日，江城大学开学典礼在体育馆举行。典礼上，校长许志诚为新生讲授了“开学第一课”。",
         [("开学典礼", "2024-05-06"), ("开学第一课", "2024-05-06")]),
        # NEGATIVE: a lecture still ahead during the class is no record
        ("5月6日，全市班主任培训班开班式在市教师发展中心举行。培训期间，教授沈丽华将为学员作专题讲座。",
         [("全市班主任培训班开班式", "2024-05-06")]),
    ],
)
def test_lecture_after_ceremony(extract, body, expected):
    assert [(m["name"], m["date"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县教育局召开会议。据了解，县府今年编列教育预算新台币28亿元，占总预算近三成。", []),
        ("5月6日，县教育局召开会议。县政府今年安排教育预算28亿元，同比增长8%。", []),
        ("5月6日，县教育局召开会议。据了解，该基金首批奖励计划于明年发放，拟奖励优秀教师100名，每人奖励1万元。", []),
        ("5月6日，基金会召开理事会。基金会拟资助困难学生200名，每名学生资助5000元。", []),
        ("5月6日，县教育局召开会议。会议指出，2023年全县教育系统投入安全设施建设资金620万元，校园安全防控能力明显提升。", []),
        ("5月6日，市招生委员会召开会议。去年全市共发放生源地信用助学贷款1.2亿元，惠及困难大学生一万五千余人。",
         [(120000000.0, "CNY", "生源地信用助学贷款")]),
        # NEGATIVE: budget money put to a use, a share of money handed out, a sector's money with its use, a bank's lending
        ("5月6日，县教育局召开会议。县财政追加预算300万元，用于校舍维修。", [(3000000.0, "CNY", "校舍维修")]),
        ("5月6日，基金会举行发放仪式。基金会为186名学生发放助学金，每名学生5000元。", [(5000.0, "CNY", None)]),
        ("5月6日，县教育局召开会议。2023年全县教育系统投入资金620万元，用于安全设施建设。", [(6200000.0, "CNY", "安全设施建设")]),
        ("5月6日，县政府召开会议。今年前三季度，县农商行向小微企业发放贷款45亿元。", []),
    ],
)
def test_education_money(extract, body, expected):
    assert grants(extract(page(body))) == expected
