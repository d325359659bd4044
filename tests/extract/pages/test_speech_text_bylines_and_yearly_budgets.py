"""Speaker and funding shapes of speech text bylines, representatives' title chains and yearly budgets: speakers and funding.

- A speech text's speaker written alone under its headline (在…大会上的讲话 / 王建国 / （2024年3月5日）), or under the
  headline set as a subtitle (——在…上的讲话 / 市长 张伟), was missed: the page cleaner took the headline for a photo
  caption ending in 讲话 and the bare name for navigation (GUIDELINES §3 speech title, §4 讲话). A name line under a
  headline that is no speech title, or a credit line (编辑 王立群), stays no speaker.
- A lead clause naming whom the speaker stands for (作为劳模代表，全国劳动模范、…技师张三发言) was kept in the title with the
  honour (§4: representative labels and honours are no titles); a farm's head (县农场场长) was no title word, so the chain
  of a speaker listed after another was lost. 代表劳模发言 read the group 劳模 as a name after the label 代表.
- A university's yearly research budget told as its level (学校每年科研经费超过2亿元, 年度科研经费达…) and a yearly sum a
  body will provide from next year on (明年起每年提供新台币50万元) were read as funding (§6: a yearly budget level is no
  funding; money put off to a later time is only intended). Money granted for research (获批年度科研经费…, 下达2024年度
  科研经费…) and a yearly sum from this year on stay.

- A lecture's audience named by two groups with no joint (为200余名县处级党员领导干部讲授…党课) gave no attendee count
  (§3 eighth round: listeners a lecture is given to attend it); counts of a body's members, of a plan or of a running
  total stay none; so does a count of people who will attend at a time told after 将 (将于下月参加…培训), which was
  given to the meeting held before it (§3 twelfth round: a plan, no attendance).

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


def _tw(body: str) -> str:
    return f"台湾某报\n2024年5月8日\n{body}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在全市教育工作会议上的讲话\n王建国\n（2024年3月5日）\n同志们：\n今天召开全市教育工作会议，主要任务是总结去年工作。\n",
         {"王建国": (None, ("讲话",))}),
        ("在全县安全生产工作会议上的讲话\n（2024年4月2日）\n王芳\n同志们：\n今天我们召开全县安全生产工作会议。\n",
         {"王芳": (None, ("讲话",))}),
        ("在全区干部大会上的讲话\n赵立新\n（2024年1月8日）\n同志们：\n刚才，宣读了任职决定，我完全拥护。\n",
         {"赵立新": (None, ("讲话",))}),
        ("坚定信心 真抓实干\n——在2024年市政府全体会议上的讲话\n市长 张伟\n（2024年2月20日）\n同志们：\n下面，我讲几点意见。\n",
         {"张伟": ("市长", ("讲话",))}),
        ("在县委经济工作会议上的讲话\n县委书记 李明\n（2023年12月26日）\n同志们：\n这次会议的主要任务是部署明年经济工作。\n",
         {"李明": ("县委书记", ("讲话",))}),
    ],
)
def test_speech_text_byline_speaker(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (a line under the speech headline that is no name, a page credit)
        "在全市教育工作会议上的讲话\n全文如下\n同志们：\n今天召开全市教育工作会议。\n",
        "在全市教育工作会议上的讲话\n编辑 王立群\n同志们：\n今天召开全市教育工作会议。\n",
        # (a name line under a headline that is no speech title, or at the end of the body)
        "县教育局召开工作会议\n王建国\n5月6日，县教育局召开工作会议。\n",
        page("5月6日，县教育局召开工作会议。\n王建国"),
        # (a speech relayed for study: its headline is no speech title)
        page("学习市委书记在全市大会上的讲话\n王建国\n5月6日，县教育局召开学习会。"),
    ],
)
def test_no_byline_speaker(extract, text: str) -> None:
    assert speakers(extract(text)) == {}


_HONOURS = "5月6日，全县劳动模范表彰大会召开。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_HONOURS + "作为劳模代表，全国劳动模范、县机械厂高级技师张三发言。", {"张三": ("县机械厂高级技师", ("发言",))}),
        ("5月6日，全市民营经济发展大会召开。作为企业代表，全国人大代表、华信科技公司董事长李四发言。",
         {"李四": ("全国人大代表、华信科技公司董事长", ("发言",))}),
        ("5月6日，县委召开新党员入党宣誓仪式。作为新党员代表，县第一中学教师王五发言。", {"王五": ("县第一中学教师", ("发言",))}),
        (_HONOURS + "县委书记王明讲话。全国劳动模范、县机械厂高级技师张三，省级劳动模范、县农场场长李四分别作为劳模代表发言。",
         {"王明": ("县委书记", ("讲话",)), "张三": ("县机械厂高级技师", ("发言",)), "李四": ("县农场场长", ("发言",))}),
        (_HONOURS + "国营林场场长赵六作为劳模代表发言。", {"赵六": ("国营林场场长", ("发言",))}),
        # (代表劳模: the group spoken for is no name after the label 代表)
        (_HONOURS + "全国劳动模范张三代表劳模发言。", {"张三": (None, ("发言",))}),
        (_HONOURS + "县机械厂高级技师张三代表劳模发言。", {"张三": ("县机械厂高级技师", ("发言",))}),
        # (the shapes that were read already keep their chain)
        (_HONOURS + "全国劳动模范、县机械厂高级技师张三作为劳模代表发言。", {"张三": ("县机械厂高级技师", ("发言",))}),
        ("5月6日，全市民营经济发展大会召开。市政协委员、华信科技公司董事长李四作为企业代表发言。",
         {"李四": ("市政协委员、华信科技公司董事长", ("发言",))}),
    ],
)
def test_title_chain_of_a_representative(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        _HONOURS + "张三代表劳模发言。",
        _HONOURS + "会上，李明代表劳模作了发言。",
    ],
)
def test_group_spoken_for_is_no_name(extract, body: str) -> None:
    assert "劳模" not in speakers(extract(page(body)))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (作为 without a representative label: the lead is no label, nothing is cut)
        (_HONOURS + "作为东道主，县委书记王明致辞。", {"王明": ("县委书记", ("致辞",))}),
        # (a comma between one person's posts stays as written, §4)
        ("5月6日，县委召开全会。县委副书记、县长，县政府党组书记王明讲话。", {"王明": ("县委副书记、县长，县政府党组书记", ("讲话",))}),
    ],
)
def test_title_chain_near_misses(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    "text",
    [
        page("5月6日，江城大学召开科研工作会议。学校每年科研经费超过2亿元。"),
        page("该校年度科研经费达3.5亿元，承担国家级项目120项。"),
        page("近年来，江城理工学院年均科研经费逾8000万元。"),
        page("学院每年的科研经费有1.2亿元左右。"),
        _tw("市府昨日宣布，明年起每年提供新臺幣50萬元，補助社區藝文活動。"),
        _tw("縣府表示，自明年開始，每年編列新臺幣100萬元獎勵優秀教師。"),
        _tw("基金會宣布，從明年起每年捐助新臺幣30萬元給偏鄉學校。"),
    ],
)
def test_yearly_budget_or_later_yearly_sum_is_no_funding(extract, text: str) -> None:
    assert grants(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the fund named by its field is the purpose over the 用于 clause, §6 twenty-third review round)
        (page("5月6日，江城大学获批年度科研经费500万元，用于建设实验室。"), [(5000000.0, "CNY", "年度科研经费")]),
        (page("县财政每年安排科研经费500万元，用于支持企业创新。"), [(5000000.0, "CNY", "科研经费")]),
        (page("省科技厅下达2024年度科研经费3000万元。"), [(30000000.0, "CNY", "科研经费")]),
        (page("5月6日，县政府为江城大学拨付科研经费2亿元。"), [(200000000.0, "CNY", "科研经费")]),
        (_tw("市府昨日宣布，今年起每年提供新臺幣50萬元，補助社區藝文活動。"), [(500000.0, "TWD", "补助社区艺文活动")]),
    ],
)
def test_research_money_granted_stays(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the audience named by two groups with no joint: 县处级党员 + 领导干部)
        ("5月6日，市委书记李华在市委党校为全市200余名县处级党员领导干部讲授了一堂专题党课。", [("专题党课", 200, True)]),
        ("5月6日，县委书记王明为全县150名科级以上党员领导干部讲授专题党课。", [("专题党课", 150, False)]),
        ("5月6日，区委书记张强为机关80余名青年党员干部讲了一堂党课。", [("党课", 80, True)]),
        # (the shapes that were read already)
        ("5月6日下午，县委书记王明为全县200余名党员领导干部讲授专题党课。", [("专题党课", 200, True)]),
        ("5月6日，市委书记李华以“坚定理想信念”为题，为全市300多名党员领导干部讲授专题党课。", [("专题党课", 300, True)]),
    ],
)
def test_lecture_audience_count(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # (the members of a body, a count in a plan or a running total: no audience of the lecture held)
        "5月6日，县委书记王明讲授专题党课。县委共有党员领导干部200余名。",
        "5月6日，县委书记王明为全县党员领导干部讲授专题党课。该县现有党员领导干部200余名。",
        "5月6日，县委书记王明讲授专题党课。今年计划为200余名党员领导干部讲授专题党课。",
        "5月6日，县委书记王明讲授专题党课。今年以来，全县已为2000余名党员领导干部讲授专题党课。",
    ],
)
def test_no_audience_count(extract, body: str) -> None:
    assert _counts(extract(page(body))) == [("专题党课", None, False)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (people who will attend at a time told between 将 and the verb: a plan, §3 twelfth round)
        ("5月6日，县委召开常委会。全县200余名党员领导干部将于下月参加专题培训。", [("常委会", None, False)]),
        ("5月6日，县委召开常委会。全县200余名党员领导干部将在6月中旬参加轮训。", [("常委会", None, False)]),
        ("5月6日，县委召开常委会。全县200余名党员领导干部将参加专题培训。", [("常委会", None, False)]),
        # (those who attended the meeting held keep their count)
        ("5月6日，县委召开常委会。全县200余名党员领导干部参加会议。", [("常委会", 200, True)]),
        ("5月6日，县委召开常委会，全县200余名党员领导干部参加。", [("常委会", 200, True)]),
    ],
)
def test_count_of_a_later_attendance(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected
