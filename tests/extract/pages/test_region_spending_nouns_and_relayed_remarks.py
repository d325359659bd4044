"""Newspaper and wire copy: what was found and which guideline section rules it.

- A region's spending on a field written as a noun (去年，全市教育投入达到48.6亿元) is a sector's spending over a year,
  a budget figure, no funding (GUIDELINES §6 eighth round); the region's own act with a stated use stays.
- Money to be raised over coming years (该计划预计在未来五年内筹集资金15亿美元) is a target, only intended (§6); a fund's
  计划筹集 with no later time stays as the probe gold reads it.
- A leader's earlier words as the object followed (领会程立书记提出的“三个坚持”要求) are relayed remarks, no role (§4).
- A state of affairs explained at the meeting (对…管理情况作了说明) is a report presented, 作报告 (§4 thirteenth round,
  like 汇报了…情况); an answer to a question stays as it was.
- 施政 (施政报告, a Taiwan council address) is no name after a title in a headline (县长施政报告聚焦长照), which hid the
  real speaker in the body (§4 作报告).
- A bare 奖学金 handed out (发放/颁发) takes the scholarship named before it in the sentence (设立了新生奖学金，…为326名优秀新生
  发放奖学金共计980万元 -> 新生奖学金 326, §5 twelfth round), not the holders' description and the verb.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers

# Amounts that are no money granted: no funding record.
NO_FUNDING = [
    "去年，全市教育投入达到48.6亿元，新建、改扩建中小学校23所。",
    "2023年全县卫生投入12亿元，同比增长8%。",
    "去年，全区科技投入达3.2亿元，同比增长10%。",
    "世卫组织代表在发布会上说，该计划预计在未来五年内筹集资金15亿美元。",
    "该组织计划未来两年内投入资金8000万元。",
    "联盟预计未来5年投入20亿元。",
]

# Near misses: money granted, the record stays (amount, purpose).
FUNDING_KEPT = [
    ("去年，全市共投入资金2亿元，用于道路建设。", 200000000, "道路建设"),
    ("全县教育投入3000万元用于校舍改造，比去年增长5%。", 30000000, "校舍改造"),
    ("全市财政投入1000万元用于校舍改造。", 10000000, "校舍改造"),
    ("该基金计划筹集资金15亿美元。", 1500000000, None),
]


@pytest.mark.parametrize("body", NO_FUNDING)
def test_no_funding(extract, body):
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(("body", "amount", "purpose"), FUNDING_KEPT)
def test_funding_kept(extract, body, amount, purpose):
    found = grants(extract(page(body)))
    assert [(a, p) for a, _, p in found] == [(amount, purpose)]


_STUDY = "7月15日上午，区委召开集体学习会。区委书记黄建平主持会议并讲话。市委书记程立出席。黄建平强调，要深刻"

# Earlier words of a leader as the object followed: no role for the leader.
RELAYED = [
    _STUDY + "领会程立书记提出的“三个坚持”要求。",
    _STUDY + "落实程立强调的各项任务。",
    _STUDY + "领会程立书记提出的重要要求。",
    _STUDY + "按照市长程立在全会上提出的要求抓好落实。",
]

# Near misses: the leader speaks at the meeting.
SPOKE = [
    "7月15日，区委召开学习会。会上，市委书记程立提出了“三个坚持”要求。",
    "7月15日，区委召开学习会。市委书记程立强调，要落实好各项任务。",
    "7月15日，区委召开学习会。市委书记程立出席会议并讲话。",
]


@pytest.mark.parametrize("body", RELAYED)
def test_relayed_remarks_no_role(extract, body):
    found = speakers(extract(page(body)))
    assert "程立" not in found
    assert found["黄建平"][1] == ("主持", "讲话")


@pytest.mark.parametrize("body", SPOKE)
def test_remarks_at_meeting_kept(extract, body):
    assert speakers(extract(page(body)))["程立"][1] == ("讲话",)


EXPLAINED = [
    ("会上，村务监督委员会主任吴春梅对村集体“三资”管理情况作了说明。", "吴春梅", ("作报告",)),
    ("会上，局长王明就项目推进情况作说明。", "王明", ("作报告",)),
    ("会上，局长王明对全年预算执行情况作了说明。", "王明", ("作报告",)),
    # near misses: an answer to what people raised is no report presented
    ("会上，局长王明就群众关心的问题作了说明。", "王明", ("讲话",)),
    ("会上，局长王明就群众反映的情况作了说明。", "王明", ("讲话",)),
]


@pytest.mark.parametrize(("sentence", "name", "roles"), EXPLAINED)
def test_state_explained(extract, sentence, name, roles):
    found = speakers(extract(page("5月6日，县政府召开座谈会。" + sentence)))
    assert found[name][1] == roles


_COUNCIL = "议会定期会今日开议，议长张建国主持会议，县长{name}率县府团队列席并提出施政报告。"


@pytest.mark.parametrize("headline", ["县长施政报告聚焦长照", "议会开议 县长施政报告聚焦长照", "施政报告聚焦长照"])
def test_governing_report_headline(extract, headline):
    text = f"{headline}\n2024-10-15 来源：某网\n{_COUNCIL.format(name='吴明哲')}\n"
    assert speakers(extract(text))["吴明哲"] == ("县长", ("作报告",))


def test_surname_shi_still_a_name(extract):
    # a real name with the surname 施 after a title stays a name
    found = speakers(extract(page(_COUNCIL.format(name="施伟"))))
    assert found["施伟"] == ("县长", ("作报告",))


SCHOLARSHIP = [
    ("学校设立了新生奖学金，今年已为326名优秀新生发放奖学金共计980万元。", [("新生奖学金", 326, "名", "person")]),
    ("学校设立了新生奖学金，今年已为326名优秀新生颁发奖学金。", [("新生奖学金", 326, "名", "person")]),
    ("学校设立“明德”奖学金，今年为20名学生发放奖学金。", [("明德奖学金", 20, "名", "person")]),
    ("为120名学生发放国家励志奖学金共计60万元。", [("国家励志奖学金", 120, "名", "person")]),
    # near misses: no scholarship named (aid or a bare 奖学金), or the holders' honour with its token
    ("今年已为326名优秀新生发放奖学金。", []),
    ("学校为30名困难学生发放助学金。", []),
    ("为15名优秀共产党员颁发了荣誉证书。", [("优秀共产党员", 15, "名", "person")]),
]


@pytest.mark.parametrize(("body", "expected"), SCHOLARSHIP)
def test_bare_scholarship_takes_named(extract, body, expected):
    assert honours(extract(page(body))) == expected


# A body whose own name ends in 组织 keeps it as organizer (§3 organizer: the subject of 举行); 组织 after a body is the
# verb and is cut, as before.
ORGANIZERS = [
    ("世界卫生组织4日在日内瓦举行新闻发布会。", "世界卫生组织"),
    ("上海合作组织5日在北京举行新闻发布会。", "上海合作组织"),
    ("世卫组织4日在日内瓦举行新闻发布会。", "世卫组织"),
    # near misses: 组织 as the verb after a body
    ("5月4日，县委组织召开全县党建工作会议。", "县委"),
    ("5月4日，市政府组织召开安全生产工作会议。", "市政府"),
    ("5月4日，县委宣传部组织召开座谈会。", "县委宣传部"),
    ("5月4日，江城中学组织召开家长会。", "江城中学"),
]


@pytest.mark.parametrize(("body", "organizer"), ORGANIZERS)
def test_organizer_ending_in_zuzhi(extract, body, organizer):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [organizer]


# Earlier words quoted with their occasion: the meeting is only their source, no record (§3).
QUOTED_EARLIER = [
    "正如我在去年毕业典礼上所说，大学是追求真理的地方。",
    "正如校长在毕业典礼上所说，大学是追求真理的地方。",
    "我在去年毕业典礼上说过，大学是追求真理的地方。",
    "正如市长在去年的座谈会上指出的那样，要抓落实。",
    "诚如专家在论坛上所讲，创新是第一动力。",
]

# Near misses: remarks made at the meeting referred to (a record, §3 a meeting referred to).
REFERRED_HELD = [
    ("他在毕业典礼上说，大学是追求真理的地方。", "毕业典礼"),
    ("5月6日，校长在毕业典礼上致辞。", "毕业典礼"),
    ("专家在论坛上讲，创新是第一动力。", "论坛"),
]


@pytest.mark.parametrize("body", QUOTED_EARLIER)
def test_quoted_earlier_no_meeting(extract, body):
    assert extract(page(body))["meetings"] == []


@pytest.mark.parametrize(("body", "name"), REFERRED_HELD)
def test_referred_meeting_kept(extract, body, name):
    assert [m["name"] for m in extract(page(body))["meetings"]] == [name]
