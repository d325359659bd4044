"""Speaker phrasings of invented meeting reports: remarks quoted from
another time or a teaching, an organization's address pinned on the person named before, a summing-up
report read as a speech, a collective phrase taken as a title, and award recipients' reactions.
Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

OPENER = "8月12日，县委召开全县干部大会。县委书记刘涛主持会议。"


@pytest.mark.parametrize(
    "tail",
    [
        # a saying quoted with 所 before the speech verb: what the person said, not said here
        "正如市委书记张明同志所强调的，要强化担当。",
        "正如县委书记王宁同志所指出的，没有调查就没有发言权。",
        # 深刻 before the verb: the wording of a teaching quoted in the account
        "市委书记张明同志深刻指出，要强化担当。",
        # 曾 or 此前 before the verb, after the occasion too: remarks of another time
        "市委书记张明同志曾指出，要强化担当。",
        "市委书记张明在上周召开的全市干部大会上曾指出，要强化担当。",
        "中央巡视组组长张平同志此前在反馈会上指出，要坚决整改。",
        # remarks on a visit told without a meeting: the tour's, not this meeting's
        "今年3月，市委书记张明来我县调研时强调，要强化担当。",
    ],
)
def test_remarks_quoted_from_elsewhere_give_no_speech(extract, tail: str) -> None:
    assert speakers(extract(page(OPENER + tail))) == {"刘涛": ("县委书记", ("主持",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the meeting of this account stated the same way keeps the speech
        ("县委书记张明在今天召开的全县干部大会上指出，要强化担当。", {"张明": ("县委书记", ("讲话",))}),
        ("8月12日，县委召开全县干部大会，县委书记刘涛主持。县长张明指出，要强化担当。",
         {"刘涛": ("县委书记", ("主持",)), "张明": ("县长", ("讲话",))}),
        # 正如 with the occasion written: remarks made at this meeting
        ("5月7日，县委召开常委会会议。正如县委书记王宁在会上所说，要抓好落实。", {"王宁": ("县委书记", ("讲话",))}),
        # 深刻 inside one's own address at the meeting
        (OPENER + "刘涛在讲话中深刻指出，要强化担当。", {"刘涛": ("县委书记", ("主持", "讲话"))}),
        # a visit told of the one met (来我市考察的…), not of the host who speaks (regression of this round)
        ("9月19日，市委书记周洋在市委会见了来我市考察的某某集团董事长陈光一行。周洋表示，欢迎企业来投资兴业。",
         {"周洋": ("市委书记", ("讲话",))}),
        # a person from elsewhere (来自) is no visit
        (OPENER + "来自市委党校的教授张明作专题辅导报告。", {"刘涛": ("县委书记", ("主持",)), "张明": ("教授", ("作报告",))}),
    ],
)
def test_remarks_at_this_meeting_stay(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月2日，全市文明城市创建推进会召开。市文明办主任孙燕出席会议，市城管局作典型发言。", {}),
        ("6月2日，全市文明城市创建推进会召开。市文明办主任孙燕通报了测评情况，市城管局、市住建局、市交通局主要负责人作表态发言。",
         {}),
        ("6月2日，全市文明城市创建推进会召开。市文明办主任孙燕主持会议，市城管局作典型发言。",
         {"孙燕": ("市文明办主任", ("主持",))}),
        ("6月2日，全市文明城市创建推进会召开。副市长何宏宇出席会议，城关镇等3个单位先后发言。", {}),
        # named people of the units speak themselves
        ("6月2日，全市文明城市创建推进会召开。市城管局局长吴强、市住建局局长赵刚作表态发言。",
         {"吴强": ("市城管局局长", ("发言",)), "赵刚": ("市住建局局长", ("发言",))}),
        # the person named goes on to speak in a clause of his own
        ("6月2日，全市文明城市创建推进会召开。市文明办主任孙燕出席会议并作交流发言。", {"孙燕": ("市文明办主任", ("发言",))}),
        # a place after a connective is no organization speaking
        ("6月2日，全市文明城市创建推进会召开。市文明办主任孙燕出席会议，随后在县委党校作交流发言。",
         {"孙燕": ("市文明办主任", ("发言",))}),
    ],
)
def test_an_organizations_address_is_not_the_named_persons(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月15日，学校召开科研工作会议。科研处处长钱文作2023年科研工作总结报告。", {"钱文": ("科研处处长", ("作报告",))}),
        ("11月19日，学校召开教职工大会。校长李路明作总结报告。", {"李路明": ("校长", ("作报告",))}),
        # a summing-up address is still a speech
        ("11月19日，学校召开教职工大会。校长李路明作总结讲话。", {"李路明": ("校长", ("讲话",))}),
        ("11月19日，学校召开教职工大会。校长李路明作工作总结。", {"李路明": ("校长", ("讲话",))}),
        ("11月19日，学校召开教职工大会。校长李路明作工作报告。", {"李路明": ("校长", ("作报告",))}),
    ],
)
def test_a_summing_up_report_is_a_report(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月14日，县委召开经济工作会议。县发改局、城关镇等2个单位主要负责人王磊、李娜分别作交流发言。",
         [("王磊", "主要负责人", "县发改局"), ("李娜", "主要负责人", "城关镇")]),
        ("3月14日，县委召开经济工作会议。县发改局、城关镇等单位主要负责人王磊、李娜分别作交流发言。",
         [("王磊", "主要负责人", "县发改局"), ("李娜", "主要负责人", "城关镇")]),
        # counted only, no units named: the post alone
        ("3月14日，县委召开经济工作会议。2个单位主要负责人王磊、李娜分别作交流发言。",
         [("王磊", "主要负责人", None), ("李娜", "主要负责人", None)]),
        # units that do not pair with the names: no organization guessed
        ("3月14日，县委召开经济工作会议。县发改局、城关镇、县工业园区等3个单位主要负责人王磊、李娜分别作交流发言。",
         [("王磊", "主要负责人", None), ("李娜", "主要负责人", None)]),
        # an ordinary chain is left alone
        ("3月14日，县委召开经济工作会议。县发改局局长王磊、城关镇党委书记李娜分别作交流发言。",
         [("王磊", "县发改局局长", None), ("李娜", "城关镇党委书记", None)]),
    ],
)
def test_a_collective_phrase_is_no_title(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert [(s["name"], s["title"], s["organization"]) for s in record["speakers"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月9日，全县优秀教师表彰大会召开。获奖教师李芳表示，将继续扎根乡村教育。", {}),
        ("9月9日，全县优秀教师表彰大会召开。获奖教师、县一中教师李芳说，将继续扎根乡村教育。", {}),
        ("民政及青年事務局局長麥美娟今日在嘉許禮上頒發嘉許狀。獲嘉許的義工陳大文表示非常感激。",
         {"麦美娟": ("民政及青年事务局局长", ("颁奖",))}),
        # a representative of those honoured speaks at the ceremony
        ("4月28日，表彰会举行。获奖者代表王丽芳在发言中说，将继续立足岗位做出贡献。", {"王丽芳": (None, ("发言",))}),
        # one honoured who addresses the meeting speaks; the label is no title
        ("9月9日，全县优秀教师表彰大会召开。获奖教师李芳在发言中说，将继续扎根乡村教育。", {"李芳": (None, ("发言",))}),
        # the giver's words after the award stay
        ("9月9日，全县优秀教师表彰大会召开。县委书记张明为获奖教师颁奖。张明表示，要尊师重教。",
         {"张明": ("县委书记", ("颁奖", "讲话"))}),
    ],
)
def test_award_recipients_reactions_are_no_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("正如毛泽东同志所指出的，没有调查就没有发言权。", {"刘涛": ("县委书记", ("主持",))}),
        ("习近平总书记深刻指出，中国式现代化是人口规模巨大的现代化。", {"刘涛": ("县委书记", ("主持",))}),
        # the person named without a title, after the chair: remarks at this meeting
        ("张明指出，要强化担当。", {"刘涛": ("县委书记", ("主持",)), "张明": (None, ("讲话",))}),
    ],
)
def test_teachings_quoted_with_the_model(extract_with_model, tail: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(OPENER + tail))) == expected


def test_a_hong_kong_volunteers_thanks_with_the_model(extract_with_model) -> None:
    body = "民政及青年事務局局長麥美娟今日在嘉許禮上頒發嘉許狀。獲嘉許的義工陳大文表示非常感激。"
    assert speakers(extract_with_model(page(body))) == {"麦美娟": ("民政及青年事务局局长", ("颁奖",))}
