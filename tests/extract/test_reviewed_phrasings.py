"""Phrasings that a review of the rules found mishandled (each one confirmed, then fixed).

Invented sentences; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 他 goes on with the one who acted in the sentence before, not with the attending subject
        ("5月10日，全市工作会议召开。市委书记张三出席会议，市长李四在会上作工作报告。他在报告中指出，要抓好落实。",
         [("李四", ["作报告", "讲话"])]),
        # a date opener before the subject
        ("5月10日，县委书记张建国出席全县工作会议。他强调，要抓好落实。", [("张建国", ["讲话"])]),
        # a recipient's reaction after 他表示 is no speech; an official's pleasure at others' honours is
        ("5月10日，学校召开表彰大会。张三被授予“全国劳动模范”称号。他表示，获此殊荣感到非常荣幸。", []),
        ("5月10日，全县表彰大会召开。会上，县委书记张三表示，对荣获表彰的先进集体和个人感到十分高兴。", [("张三", ["讲话"])]),
        # surname-and-post references: a title after the name, a chain, a deputy who holds no such post
        ("5月10日，学校召开教职工大会。李志明校长出席会议并致辞。李校长在会上强调，要抓好教学。", [("李志明", ["致辞", "讲话"])]),
        ("5月10日，全市工作会议召开。市委书记、市人大常委会主任张三出席会议。张书记在讲话中强调，要抓好落实。",
         [("张三", ["讲话"])]),
        ("5月10日，学校召开教职工大会。校长李志明、副校长李华出席会议。李校长在会上强调，要抓好教学。", [("李志明", ["讲话"])]),
        ("5月10日，全县工作会议召开。副市长李四出席会议。市长在会上讲话时指出，要抓好落实。", []),
        # an organization named with an honour word keeps its title; a contest is no speech; 日前 is no stop word
        ("5月10日，座谈会召开，市劳动模范协会会长张三在会上致辞。", [("张三", ["致辞"])]),
        ("5月10日，学校召开表彰大会，学生李明获得全市演讲赛一等奖。", []),
        ("5月10日，全县工作会议召开，县长王旭日前往会场并讲话。", [("王旭日", ["讲话"])]),
    ],
)
def test_reviewed_speakers(extract_with_model, text: str, expected: list) -> None:
    assert [(s["name"], s["roles"]) for s in extract_with_model(text, "2024-05-11")["speakers"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月10日，市教育局召开表彰大会。这是该市每年一度的教师表彰大会，今年共表彰优秀教师50名。", [("优秀教师", 50)]),
        ("5月10日，市教育局召开表彰大会。经过层层选拔，从入围的30名候选人中评选出10名“最美教师”。", [("最美教师", 10)]),
        ("5月10日，全县教育系统表彰大会召开，500名全县教师代表参加会议。", []),
        ("5月10日，县里召开表彰大会，表彰先进集体12个、先进个人7名，其中优秀党员5名、优秀干部2名。",
         [("先进集体", 12), ("优秀党员", 5), ("优秀干部", 2)]),
        ("5月10日，市教育局召开表彰大会。二十名教师中有三人被评为市级骨干教师。", [("市级骨干教师", 3)]),
        ("5月10日，县里召开表彰大会，5名同志被授予劳模称号。", [("劳模", 5)]),
    ],
)
def test_reviewed_awards(extract, text: str, expected: list) -> None:
    assert [(a["honor"], a["count"]) for a in extract(text, "2024-05-11")["awards"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月10日，最高人民法院下拨专项资金5000万元，用于基层法庭建设。", [(50_000_000.0, "CNY")]),
        ("5月10日，爱心人士通过支付宝向灾区捐款5万元。", [(50_000.0, "CNY")]),
        ("5月10日，园区对入驻企业给予租金补贴50万元。", [(500_000.0, "CNY")]),
        ("5月10日，县政府对纳税大户奖励资金100万元。", [(1_000_000.0, "CNY")]),
        ("市财政投入资金800万元推进“最多跑一次”改革。", [(8_000_000.0, "CNY")]),
        ("5月10日，市劳动部门和经济部门联合发放就业补贴资金300万元。", [(3_000_000.0, "CNY")]),
        ("目前，我们的资金有限，最多的也只有8000元。", []),
        ("县里发放百余万元扶贫资金\n5月10日，县里举行扶贫资金发放仪式，共发放扶贫资金130万元，惠及农户500户。", [(1_300_000.0, "CNY")]),
    ],
)
def test_reviewed_funding(extract, text: str, expected: list) -> None:
    assert [(f["amount"], f["currency"]) for f in extract(text, "2024-05-11")["funding"]] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a body that 召开会议 before the main meeting keeps its own name; the headline is the main one's
        ("县委召开常委会会议研究部署防汛工作\n5月8日，县防汛抗旱指挥部召开会议，对防汛物资储备进行了检查。"
         "5月10日上午，县委召开常委会会议，研究部署全县防汛工作。县委书记王某主持会议并讲话。", "2024-05-11",
         ("常委会会议", "2024-05-10", None)),
        # a day after the dateline's is in the month before
        ("新华社北京5月1日电（记者 王某）全国劳动模范和先进工作者表彰大会30日上午在人民大会堂举行。", "2024-05-01",
         ("全国劳动模范和先进工作者表彰大会", "2024-04-30", "人民大会堂")),
        # company and circumstance are no venue; 组织 inside a name stays
        ("5月10日，省委书记王某在市委书记李某的陪同下出席第五届数字经济发展大会开幕式。", "2024-05-11",
         ("第五届数字经济发展大会开幕式", "2024-05-10", None)),
        ("5月10日，中国代表团在世界卫生组织举行新闻发布会。", "2024-05-11", ("新闻发布会", "2024-05-10", "世界卫生组织")),
        # 于 before a time word
        ("本报讯 公司于年底召开2023年度总结表彰大会，总经理王某主持会议。", "2024-05-11", ("2023年度总结表彰大会", None, None)),
    ],
)
def test_reviewed_meetings(extract, text: str, published: str, expected: tuple) -> None:
    meeting = extract(text, published)["meetings"][0]
    assert (meeting["name"], meeting["date"], meeting["location"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "走进园区，游客会见到大片盛开的郁金香。",
        "很荣幸有机会见证这一历史时刻。",
        "近年来，我市切实保障律师会见权利，律师会见难问题得到有效解决。",
        "省长李某今天将会见来访的新加坡代表团。",
        "每逢周五，公司都会召开安全生产例会。",
    ],
)
def test_reviewed_no_meeting(extract, text: str) -> None:
    assert [m["date"] for m in extract(text, "2024-05-08")["meetings"]] in ([], [None])
