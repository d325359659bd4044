"""Taiwan, Hong Kong and Macau releases in Traditional characters: invented pages.

- §5 (eighth round: Taiwan prize grades without 奖, 特优32件): grades counted in schools (特优8校) and honours counted in
  groups (绩优农事小组3组) were missed, 校 and 组 being no count units; they are bodies counted (organization).
- §6 (fourteenth round: prize money a body says it will raise is money of an event still ahead): the fund written as the
  object of 把 between 将 and the verb (明年起将把…奖金提高至3万元) was kept as a grant.
- §6 (sixteenth round: money a body only expects to put in, 预计投入): a grant only expected (预计拨款150万元) was kept.
- §6 (a purpose told after a comma by a verb of aim, 预留3200万元，加强后巷清洁; 今年起每年提供… stays, fourteenth round):
  money provided with its aim told by such a verb (提供1000万元，充实…馆藏) was missed; a price per item (每份10元) is none.
- §4 (a speech verb adds 讲话 even inside an address; fourteenth and fifteenth rounds: speaking from one's own report):
  作…报告，指出… gave 作报告 only.
- §4 (title chain): Taiwan's section and manager ranks 课长, 协理, 襄理 were no titles; §4 reactions: 嘉许状 and 奖座 (the
  HK and Macau certificate and trophy) are tokens of an honour received, like 奖状.
- §3 (a session named after its standing body keeps the body and is organized by it): a district council's numbered
  session in the passive (沙田区议会第五次会议…举行) lost 议会 to the name and gave the district as organizer.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers

_CEREMONY = "5月7日上午，颁奖典礼在市政中心举行。"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("教育局评选出特优8校、优等15校，由局长颁奖。", [("特优", 8, "校", "organization"), ("优等", 15, "校", "organization")]),
        ("今年共评出特优5校、佳作12校。", [("特优", 5, "校", "organization"), ("佳作", 12, "校", "organization")]),
        ("大会表扬绩优农事小组3组及模范农民5名。", [("绩优农事小组", 3, "组", "organization"), ("模范农民", 5, "名", "person")]),
        ("会上表扬绩优产销班二组。", [("绩优产销班", 2, "组", "organization")]),
    ],
)
def test_grades_and_honours_counted_in_schools_and_groups(extract, sentence, expected):
    assert honours(extract(page(_CEREMONY + sentence))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # NEGATIVE: schools or groups counted with no honour conferred
        "今年共有63校参加评选，分为3组进行实地访视。",
        "全市8校联合举办读书会，学生分成5组讨论。",
    ],
)
def test_schools_and_groups_counted_without_an_honour_are_no_award(extract, sentence):
    assert honours(extract(page(_CEREMONY + sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县府表示，明年起将把模范公务人员奖金提高至新台币3万元。", []),
        ("主办单位表示，下届将把大赛奖金提高到50万元。", []),
        ("资助计划将于下月开放第二期申请，预计拨款150万元。", []),
        ("第二期工程预计安排资金300万元。", []),
        # NEGATIVE: a raise or a grant told as done stays funding
        ("会议决定，将大赛总奖金提高至30万元。", [(300000.0, "CNY", "大赛总奖金")]),
        ("资助计划已拨款150万元，用于资助社团。", [(1500000.0, "CNY", "资助社团")]),
    ],
)
def test_money_only_expected_or_raised_ahead(extract, sentence, expected):
    assert grants(extract(page(_CEREMONY + sentence))) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("教育局今年起每年提供新台币1000万元，充实各校图书馆馆藏。", [(10000000.0, "TWD", "充实各校图书馆馆藏")]),
        ("市政府提供500万元，改善老旧校舍。", [(5000000.0, "CNY", "改善老旧校舍")]),
        ("基金会提供200万元，补助偏乡学校添购图书。", [(2000000.0, "CNY", "补助偏乡学校添购图书")]),
        # NEGATIVE: a price per portion, a yearly sum from next year on
        ("该店提供午餐每份10元，充实员工伙食。", []),
        ("教育局明年起每年提供新台币1000万元，充实各校图书馆馆藏。", []),
    ],
)
def test_money_provided_with_its_aim_after_a_comma(extract, sentence, expected):
    assert grants(extract(page(_CEREMONY + sentence))) == expected


_CONGRESS = "3月12日上午，县政府召开全县经济工作会议。"


@pytest.mark.parametrize(
    ("sentence", "name", "roles"),
    [
        ("总干事陈国梁作2023年度业务报告，指出去年存款突破100亿元。", "陈国梁", ("作报告", "讲话")),
        ("县长王强作政府工作报告，强调今年要抓好项目建设。", "王强", ("作报告", "讲话")),
        ("县长王强作工作报告，并要求各部门狠抓落实。", "王强", ("作报告", "讲话")),
        # NEGATIVE: findings pointed out, the verb's word as a noun, another subject's demand
        ("县长王强作工作报告，指出了存在的问题。", "王强", ("作报告",)),
        ("县长王强作工作报告，要求的内容很多。", "王强", ("作报告",)),
        ("县长王强作工作报告，会议要求各部门抓落实。", "王强", ("作报告",)),
    ],
)
def test_directive_after_ones_own_report(extract, sentence, name, roles):
    assert speakers(extract(page(_CONGRESS + sentence)))[name][1] == roles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("宏达精密公司安卫课长吴俊贤作交流发言。", {"吴俊贤": ("宏达精密公司安卫课长", ("发言",))}),
        ("华信银行协理陈志明发言。", {"陈志明": ("华信银行协理", ("发言",))}),
        ("华信银行襄理林美华发言。", {"林美华": ("华信银行襄理", ("发言",))}),
        # NEGATIVE: the rank word alone as a group, no person
        ("课长们纷纷发言。", {}),
    ],
)
def test_taiwan_section_and_manager_ranks_are_titles(extract, sentence, expected):
    assert speakers(extract(page("5月6日，座谈会在台北举行。" + sentence))) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("局长韩卫东为义工颁发嘉许状。义工何美玲接过嘉许状后激动地说，服务令她快乐。", {"韩卫东": ("局长", ("颁奖",))}),
        ("局长韩卫东为义工颁发奖座。义工何美玲接过奖座后表示，这是对她的鼓励。", {"韩卫东": ("局长", ("颁奖",))}),
        # NEGATIVE: framed at the meeting, words of the one conferring
        ("局长韩卫东为义工颁发嘉许状。会上，义工何美玲说，服务令她快乐。",
         {"韩卫东": ("局长", ("颁奖",)), "何美玲": (None, ("讲话",))}),
    ],
)
def test_hk_and_macau_certificate_received_is_a_reaction(extract_with_model, sentence, expected):
    assert speakers(extract_with_model(page("5月5日上午，嘉许礼在综艺馆举行。" + sentence))) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("沙田区议会第五次会议昨日下午在沙田政府合署会议室举行。", [("沙田区议会第五次会议", "2024-05-07", "沙田区议会")]),
        ("东区区议会第三次会议5月6日在区议会会议室举行。", [("东区区议会第三次会议", "2024-05-06", "东区区议会")]),
        ("5月6日，东区区议会举行第三次会议。", [("东区区议会第三次会议", "2024-05-06", "东区区议会")]),
        # NEGATIVE: a district before a meeting that is no council's session
        ("沙田区第五次联席会议昨日在沙田政府合署举行。", [("第五次联席会议", "2024-05-07", "沙田区")]),
    ],
)
def test_district_council_session_keeps_its_council(extract, sentence, expected):
    assert held(extract(page(sentence))) == expected
