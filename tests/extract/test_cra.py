"""cr9 review rows 1.1, 1.14, 1.22 (awards) and 1.3, 1.7 (speakers): invented sentences (GUIDELINES §4, §5)."""

from __future__ import annotations

import pytest


def awards(record: dict) -> list[tuple[str, int | None]]:
    return sorted((a["honor"], a["count"]) for a in record["awards"])


def roles(record: dict) -> dict[str, list[str]]:
    return {s["name"]: s["roles"] for s in record["speakers"]}


# 1.1: a meeting that reviews a period's work and is itself the conferring event (总结表彰大会, 表彰会, a 表彰 in the
# sentence naming it), honours told as received here (受到表彰, 获评 with no higher level), or a later clause saying they
# were honoured at this meeting (会议向他们颁发了证书, 大会对他们进行了表彰, 并为获奖作者颁奖).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月8日，县教育局召开2024年度工作总结表彰大会。会议总结了2024年工作，部署了2025年重点任务，30名优秀教师受到表彰。",
         [("优秀教师", 30)]),
        ("5月8日，县委召开全县工作总结大会。会议回顾了2024年工作，县财政局等10个单位获评“先进集体”，20名同志获评“先进个人”。",
         [("先进个人", 20), ("先进集体", 10)]),
        ("5月8日，县总工会召开年度总结会。会议总结了去年工作，王强等5名同志获得“劳动模范”称号，会议向他们颁发了证书。",
         [("劳动模范", 5)]),
        ("5月8日，县妇联召开年度总结表彰会，会议总结了2024年工作，20户家庭获评“最美家庭”。", [("最美家庭", 20)]),
        ("5月6日，区商务局召开2024年度工作总结会，表彰先进单位。会议盘点了2024年工作成效，15家企业获评“诚信企业”。",
         [("诚信企业", 15)]),
        ("5月6日，县水利局召开总结大会。会议总结了去年工作，12名职工获得“先进工作者”称号，大会为他们颁发了荣誉证书。",
         [("先进工作者", 12)]),
        ("5月8日，县委召开表彰大会。会上，县长王平指出，五年来，全县20名教师获评“省级优秀教师”，大会对他们进行了表彰。",
         [("省级优秀教师", 20)]),
        ("5月8日，县文联召开颁奖大会。县文联主席王平宣布，过去一年，全县8件作品获“江城文艺奖”一等奖，并为获奖作者颁奖。",
         [("江城文艺奖一等奖", 8)]),
    ],
)
def test_conferring_meeting_reviewing_a_period_keeps_its_honours(extract, text: str, expected: list) -> None:
    assert awards(extract(text, "2024-05-10")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # honours of a higher level, or prizes won, told under the review of a plain meeting: that period's tally
        "5月8日，县委召开会议。会议通报了2024年度工作情况，全县有10名同志受到省级表彰。",
        "5月8日，县教育局召开会议。会议听取了2024年度工作报告，报告指出，全年获得省级以上奖项9项。",
        "5月6日，县科技局召开工作会议。会议总结了2024年工作，全县有6家企业获评“国家级高新技术企业”。",
        "5月6日，县科技局召开工作会议。会议回顾了上半年工作情况，8家企业获得市级科技奖励。",
        # a higher level's honours at a conferring meeting: still the period's tally
        "5月6日，县委召开总结表彰大会。会议总结了2024年工作，全县有6家企业获评“国家级高新技术企业”。",
        # prizes won (获得) at a plain meeting, no conferral told: the period's tally
        "5月6日，县委召开工作会议。会议总结了2024年工作，5名同志获得“劳动模范”称号。",
        # 向受到表彰的…学习: a call to learn from them, nothing conferred
        "5月6日，县委召开会议。会议回顾了2024年工作，并号召向获得表彰的10个单位学习。",
    ],
)
def test_period_tally_under_a_review_stays_none(extract, text: str) -> None:
    assert awards(extract(text, "2024-05-10")) == []


# 1.14: people who only took part, joined to the holders of an 组织奖 by 和, are no holders of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月8日，县体育局为获得“优秀组织奖”的6所学校和200名参赛选手颁发证书。", [("优秀组织奖", 6)]),
        ("5月8日，县文旅局为获得“最佳组织奖”的8个乡镇和300名参演群众颁发纪念证书。", [("最佳组织奖", 8)]),
        ("5月8日，市科协为获得“优秀组织奖”的5个单位和120名参训人员颁发证书。", [("优秀组织奖", 5)]),
        ("5月8日，县文明办为获得“优秀志愿服务奖”的4个团队和30名志愿者颁奖。", [("优秀志愿服务奖", 4), ("优秀志愿服务奖", 30)]),
        # a second group of holders of the same honour stays
        ("5月8日，县教育局为获得“优秀组织奖”的6所学校和15名教练员颁奖。", [("优秀组织奖", 6), ("优秀组织奖", 15)]),
        ("5月8日，县体育局为获得“体育道德风尚奖”的4支队伍和20名优秀选手颁奖。", [("体育道德风尚奖", 4), ("体育道德风尚奖", 20)]),
    ],
)
def test_second_count_of_participants_is_no_holder(extract, text: str, expected: list) -> None:
    assert awards(extract(text, "2024-05-10")) == expected


# 1.22: a red honour for turning a backward unit round is no blame label; the blame side stays dropped.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月8日，县委召开会议，表彰“后进村转化先进村”5个。", [("后进村转化先进村", 5)]),
        ("5月8日，镇党委召开会议，表彰“落后村整顿提升先进村”3个。", [("落后村整顿提升先进村", 3)]),
        ("5月8日，县委召开会议，评出“红旗村”3个、“黑旗村”2个。", [("红旗村", 3)]),
        ("5月8日，县委召开会议，通报后进村3个。", []),
    ],
)
def test_backward_unit_turned_round_is_an_honour(extract, text: str, expected: list) -> None:
    assert awards(extract(text, "2024-05-10")) == expected


# 1.3: 到会指导 a work or meeting whose name opens with a people noun or holds 使用 keeps 指导; showing people how does not.
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("5月8日，县教育局召开学生资助工作会议。省教育厅副厅长李明到会指导学生资助工作并讲话。", "李明", ["指导", "讲话"]),
        ("5月8日，县总工会召开职工代表大会。市总工会主席王强到会指导职工代表大会并讲话。", "王强", ["指导", "讲话"]),
        ("5月8日，县财政局召开会议。市财政局局长王强到会指导专项资金使用管理工作并讲话。", "王强", ["指导", "讲话"]),
        ("5月6日，市民政局召开会议。省民政厅处长赵敏到会指导居民委员会换届工作并讲话。", "赵敏", ["指导", "讲话"]),
        ("5月6日，县农业农村局召开会议。市农业农村局副局长陈刚到会指导农民合作社规范管理工作并讲话。", "陈刚", ["指导", "讲话"]),
        ("5月8日，县委召开会议。县委副书记王强到会指导并讲话，他现场指导学员使用党员教育平台。", "王强", ["指导", "讲话"]),
    ],
)
def test_guiding_a_work_named_after_people_keeps_the_role(extract, text: str, name: str, expected: list) -> None:
    assert roles(extract(text, "2024-05-10")).get(name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "5月6日，县农业农村局召开会议。市农业农村局专家陈刚现场指导农户科学种植管理。",
        "5月6日，县农业农村局召开会议。市农业农村局专家陈刚现场指导村民开展病虫害防治工作。",
    ],
)
def test_showing_people_how_is_no_role(extract, text: str) -> None:
    assert "指导" not in (roles(extract(text, "2024-05-10")).get("陈刚") or [])


# 1.7: reactions voiced by the meeting's attendance (与会人员/参会企业家/出席会议的…纷纷表示, or after 座谈中 in the
# paragraph) leave the meeting going on: the chair who 表示 after them speaks at it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5月8日，县委召开座谈会，听取企业家意见建议。座谈中，10名企业家代表先后发言。与会人员纷纷表示，将坚定发展信心。"
         "县委书记王强表示，要为企业发展创造良好环境。", "王强"),
        ("5月8日，县委召开座谈会。参会企业家纷纷表示，将扎根江城发展。随后，县长李明表示，县政府将全力做好服务保障。", "李明"),
        ("5月6日，县委召开座谈会。与会专家纷纷表示，将积极建言献策。县委副书记周平表示，要认真吸纳专家意见。", "周平"),
        ("5月6日，县委召开座谈会。出席会议的企业代表纷纷表示，要抢抓发展机遇。县长孙立表示，将持续优化营商环境。", "孙立"),
    ],
)
def test_chair_after_attendance_reactions_speaks(extract, text: str, name: str) -> None:
    assert roles(extract(text, "2024-05-10")).get(name) == ["讲话"]


def test_listeners_reactions_after_attendance_sentence_stay_none(extract) -> None:
    # 大家/学员们纷纷表示 after an attendance sentence: the listeners' case, the person then quoted reacts too
    text = "5月6日，县委党校举办专题培训班，全县党员干部150人参加。学员们纷纷表示，收获很大。学员刘明说，要把所学用到工作中。"
    assert "刘明" not in roles(extract(text, "2024-05-10"))
