"""Award and speaker shapes of period tallies, holders, units and guiding roles: invented sentences (GUIDELINES §4, §5).

Later, helper cra of the cr22 review: wrong firings found, and the guideline section that rules each:

- W1: a place or a deictic before the verb of an attended event's attribute (出席了北京举行的…, 此间举行的…, 当地举行的…)
  was read as its organizer. GUIDELINES §3 organizer: a place is the venue, never the holder. A short holder that ends
  like a body (区政府, 市妇联) or names a side (哈方) keeps today's reading.
- W4: a stock counted at a year's end with a stock word other than 已 (到2023年底全市累计建成…, 到2023年底为止，全市共建成…)
  was read as a deadline, so a page with no publication date lost the meeting's year. GUIDELINES §3 date (cr21/cfd: a
  stock counted after the year ended gives the next year; a deadline ahead gives none). A target's tally in a
  sentence of plans (会议要求，到2025年底累计建成…) stays a deadline.
- W6: a dated event line whose name opens on a reporter label's word (2023年5月8日 记者节座谈会) was read as a date-first
  credit line, giving the page a publication date. GUIDELINES §2 published: only a byline's date is the page's.
- W8a: a January meeting whose speaker gives the year's target (１９９８年全省预期达到…, 有望实现…, 的目标是达到…) was dated a
  year later, as if the year were looked back on. GUIDELINES §3 date (eighteenth round): a year given only for a plan is
  no evidence; a year whose target was met (达到了预期目标) is still looked back on.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, held, page


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

def _bare(body: str) -> str:
    """A page with a headline and no publication date."""
    return "标题\n" + body + "\n"

# W1 -----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "市长出席了此间举行的欢迎宴会并致辞。",
    "市长出席了这里举行的欢迎宴会并致辞。",
    "市长出席了当地举行的欢迎宴会并致辞。",
    "市长出席了北京举行的欢迎宴会并致辞。",
    "副省长出席了杭州举办的招商推介会并讲话。",
])
def test_a_place_before_the_attribute_holds_nothing(extract, body: str) -> None:
    meetings = held(extract(page(body)))
    assert len(meetings) == 1 and meetings[0][2] is None


@pytest.mark.parametrize(("body", "organizer"), [
    # (a body or a side before the verb: today's readings)
    ("市长出席了哈方举行的欢迎宴会并致辞。", "哈方"),
    ("市长出席了区政府主办的欢迎宴会并致辞。", "区政府"),
    ("市长出席了市妇联举办的表彰大会并讲话。", "市妇联"),
    # (a time or a manner before the verb: still no holder)
    ("市长出席了当晚举行的欢迎宴会并致辞。", None),
    ("市长出席了隆重举行的欢迎宴会并致辞。", None),
])
def test_a_holder_before_the_attribute_keeps_its_reading(extract, body: str, organizer: str | None) -> None:
    meetings = held(extract(page(body)))
    assert len(meetings) == 1 and meetings[0][2] == organizer


# W4 -----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "5月6日，全市组织工作会议召开。会议指出，到2023年底全市累计建成党群服务中心300个。",
    "5月6日，全市组织工作会议召开。会议指出，到2023年底为止，全市共建成党群服务中心300个。",
    "5月6日，全市组织工作会议召开。会议指出，到2023年底共发放贷款12亿元。",
    "5月6日，全市组织工作会议召开。会议指出，截至2023年末，全市总计培训干部5000人次。",
])
def test_a_stock_word_at_a_years_end_gives_the_next_year(extract, body: str) -> None:
    assert [d for _, d in dated(extract(_bare(body)))] == ["2024-05-06"]


@pytest.mark.parametrize("body", [
    # (a target's tally in a sentence of plans: a deadline ahead, as without the stock word)
    "5月6日，全市组织工作会议召开。会议要求，到2025年底全市累计建成党群服务中心500个。",
    "5月6日，全市组织工作会议召开。会议要求，到2025年底为止，全市共建成党群服务中心500个。",
    "5月6日，全市组织工作会议召开。会议强调，力争到2025年底累计建成党群服务中心500个。",
    # (共同: doing together, no tally)
    "5月6日，全市组织工作会议召开。会议要求，到2025年底共同完成改造任务。",
])
def test_a_targets_tally_at_a_years_end_gives_no_year(extract, body: str) -> None:
    assert [d for _, d in dated(extract(_bare(body)))] == [None]


# W6 -----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("last_line", [
    "2023年5月8日 记者节座谈会",
    "2023年5月8日 记者站揭牌仪式",
    "2023年5月8日 通讯员培训班开班",
])
def test_a_dated_event_line_opening_on_a_label_word_is_no_byline(extract, last_line: str) -> None:
    assert extract("标题\n5月6日，县委召开工作会议。\n" + last_line + "\n")["published"] is None


@pytest.mark.parametrize("last_line", [
    "2023年5月8日 本报记者 张三",
    "（2023年5月8日 记者李四 通讯员王五）",
    "2023年5月8日 通讯员 赵六",
])
def test_a_date_first_byline_still_dates_the_page(extract, last_line: str) -> None:
    assert extract("标题\n5月6日，县委召开工作会议。\n" + last_line + "\n")["published"] == "2023-05-08"


# W8a ----------------------------------------------------------------------------------------------------------------

_PLAN_MEETING = "本报南京１月８日讯 省计委今天召开全省计划工作会议。主任张强指出，"


@pytest.mark.parametrize("said", [
    "１９９８年全省预期达到增长１０％。",
    "１９９８年全省有望实现增长１０％。",
    "１９９８年全省的目标是达到增长１０％。",
    "１９９８年全省预期实现利税２０亿元。",
])
def test_a_years_target_is_not_looked_back_on(extract, said: str) -> None:
    assert [d for _, d in dated(extract(_bare(_PLAN_MEETING + said)))] in (["1998-01-08"], [None])


@pytest.mark.parametrize("said", [
    # (the year's work done, or its target met: looked back on, early in the next year)
    "１９９７年全省实现增长１０％。",
    "１９９７年全省达到了预期目标。",
    "１９９７年全省经济增长达到了预期的１０％。",
])
def test_a_year_whose_target_was_met_is_looked_back_on(extract, said: str) -> None:
    assert [d for _, d in dated(extract(_bare(_PLAN_MEETING + said)))] == ["1998-01-08"]
