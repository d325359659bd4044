"""Speaker and meeting shapes of alumni labels, recipients' reactions, thanks and history years (invented sentences; corpus/GUIDELINES.md rules each expected value).

- §4 title: an alumni label naming its school (江城大学1988届校友) between the job title and the name, after a 、 or a
  comma, or opening the chain, dropped the whole title; it is a membership label like 校友代表, and the job title stays.
- §4 recipients: one who received an honour or its token (领到奖章的…, 接过纪念章后…, 获得…称号的…, or named as the one
  an honour was conferred on) and reacts in soft words with a manner adverb (激动地说, 感慨地说) was given 讲话; a
  recipient's reaction is no role, while the honourees' representative (tenth review round) and words framed at the
  meeting (会上，…) keep theirs.
- §4 thanks: thanks given to those named or for a group (代表获奖者向…表示感谢) followed by 她表示/她说 give 讲话, as
  before this helper; its reading of them as a speech of thanks (致辞) lowered the real held-out roles and was
  withdrawn (GUIDELINES §4 thirteenth review round, §8). An address named as thanks (致感谢词) stays 致辞.
- §3 date: on a page with no publication date, a year told as history (早在2019年, a year set against 如今 in its
  sentence) voted the meeting's year; it is no year of the report.
- §6 completed investment (上半年…，…，完成投资…) was checked in several phrasings: main already drops it; rows here
  keep that.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, grants, page, speakers

_UNIVERSITY_MEETING = "5月6日上午，江城大学建校70周年纪念大会在体育馆举行。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the alumni label after the job title, set off by 、 or a comma
        ("华信科技集团董事长、江城大学1988届校友张明致辞。", {"张明": ("华信科技集团董事长", ("致辞",))}),
        ("华信科技集团董事长，江城大学1988届校友张明在大会上发言。", {"张明": ("华信科技集团董事长", ("发言",))}),
        ("北方药业公司总经理、江城大学化学系校友李红代表校友发言。", {"李红": ("北方药业公司总经理", ("发言",))}),
        # the named school's alumni label opening the chain
        ("江城大学1988届校友、华信科技集团董事长张明致辞。", {"张明": ("华信科技集团董事长", ("致辞",))}),
        # the label in brackets after the name (already read so)
        ("华信科技集团董事长张明（江城大学1988届校友）致辞。", {"张明": ("华信科技集团董事长", ("致辞",))}),
        # NEGATIVE: the label alone is no title
        ("江城大学1988届校友张明致辞。", {"张明": (None, ("致辞",))}),
        # NEGATIVE: posts that are no alumni label stay in the chain
        ("江城大学校友会会长张明致辞。", {"张明": ("江城大学校友会会长", ("致辞",))}),
        ("华信科技集团董事长、江城大学兼职教授张明致辞。", {"张明": ("华信科技集团董事长、江城大学兼职教授", ("致辞",))}),
        ("华信科技集团董事长，江城大学党委书记张明致辞。", {"张明": ("华信科技集团董事长，江城大学党委书记", ("致辞",))}),
        ("腾讯公司副总裁、我校1998届校友张明致辞。", {"张明": ("腾讯公司副总裁", ("致辞",))}),
    ],
)
def test_alumni_label_keeps_the_job_title(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(_UNIVERSITY_MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，全县“光荣在党50年”纪念章颁发仪式在县委党校举行。县委书记王强为老党员颁发纪念章。"
         "老党员李大山接过纪念章后激动地说：“我要继续发挥余热。”", {"王强": ("县委书记", ("颁奖",))}),
        ("5月6日上午，全市劳动模范表彰大会在市会议中心举行。市长刘刚为获奖者颁奖。"
         "获得“市劳动模范”称号的赵红梅感慨地说，这份荣誉属于全体同事。", {"刘刚": ("市长", ("颁奖",))}),
        ("5月6日，市见义勇为表彰会举行。副市长王军为5名见义勇为人员颁发奖章。刚刚领到奖章的孙伟激动地说：“这是对我的鼓励。”",
         {"王军": ("副市长", ("颁奖",))}),
        ("5月6日，市见义勇为表彰会举行。副市长王军为孙伟颁发奖章。孙伟感慨地说：“这是对我的鼓励。”",
         {"王军": ("副市长", ("颁奖",))}),
        ("5月6日，市见义勇为表彰会举行。副市长王军为孙伟颁发奖章。孙伟表示，这是对自己的鼓励。",
         {"王军": ("副市长", ("颁奖",))}),
        # NEGATIVE: the honourees' representative keeps the spokesman's role (§4 tenth review round)
        ("5月6日，市劳模表彰大会举行。接过奖杯的获奖职工代表李明激动地说：“这是大家的荣誉。”", {"李明": (None, ("讲话",))}),
        ("5月6日，市劳模表彰大会举行。获奖代表李明领取荣誉证书后激动地说，荣誉属于大家。", {"李明": (None, ("讲话",))}),
        # NEGATIVE: an address of the recipient's, words framed at the meeting, the conferrer's own words
        ("5月6日，市劳模表彰大会举行。副市长王军为李明颁发奖章。李明代表获奖者发言。",
         {"王军": ("副市长", ("颁奖",)), "李明": (None, ("发言",))}),
        ("5月6日，市劳模表彰大会举行。副市长王军为李明颁发奖章。会上，李明激动地说，荣誉属于大家。",
         {"王军": ("副市长", ("颁奖",)), "李明": (None, ("讲话",))}),
        ("5月6日，市劳模表彰大会举行。副市长王军为李明颁发奖章。王军激动地说，要向劳模学习。",
         {"王军": ("副市长", ("颁奖", "讲话"))}),
        # NEGATIVE: a layperson at the 座谈会 named for the group speaks at it (§4)
        ("5月6日，县老党员座谈会召开。老党员李大山激动地说，要继续发挥余热。", {"李大山": (None, ("讲话",))}),
    ],
)
def test_honour_recipient_reaction_is_no_role(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


_AWARDS_MEETING = "5月6日，江城市科技奖励大会召开。"


# Thanks told with 表示感谢/致以谢意 and the words after them are 讲话; only an address named as thanks (致感谢词) is 致辞
# (GUIDELINES §4 thirteenth review round: the reading of such thanks as a speech of thanks was withdrawn after it
# lowered the real held-out roles, §8).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("江城大学教授陈丽代表获奖者向市委市政府表示感谢。她表示，将继续潜心科研，回报社会。",
         {"陈丽": ("江城大学教授", ("讲话",))}),
        ("江城大学教授陈丽代表获奖者向大会表示衷心感谢。她说，获奖是新的起点。", {"陈丽": ("江城大学教授", ("讲话",))}),
        ("江城大学教授陈丽向市委市政府表示感谢。她说，获奖是新的起点。", {"陈丽": ("江城大学教授", ("讲话",))}),
        ("江城大学教授陈丽代表全体获奖者向各位评审专家致以诚挚谢意。她表示，这份荣誉属于团队。",
         {"陈丽": ("江城大学教授", ("讲话",))}),
        # already read so: a named speech of thanks
        ("江城大学教授陈丽代表获奖者致感谢词。她表示，将继续潜心科研。", {"陈丽": ("江城大学教授", ("致辞",))}),
        # NEGATIVE: a welcome or congratulations before the speech stays 讲话 (the courtesy gives way to it)
        ("市长刘刚向获奖者表示祝贺。他表示，要继续加强科研攻关。", {"刘刚": ("市长", ("讲话",))}),
        ("市长刘刚向与会嘉宾表示欢迎。他说，要继续加强科研攻关。", {"刘刚": ("市长", ("讲话",))}),
        # NEGATIVE: thanks inside a leader's speech, or joined with congratulations, keep the speech's 讲话
        ("市长刘刚出席并讲话。他向全市科技工作者表示感谢。他说，科技创新是发展的第一动力。", {"刘刚": ("市长", ("讲话",))}),
        ("市长刘刚代表市委市政府向获奖者表示祝贺，向全市科技工作者表示感谢。他说，科技创新是发展的第一动力。",
         {"刘刚": ("市长", ("讲话",))}),
        # NEGATIVE: 强调 after a named speech of thanks still adds 讲话; an address of another kind is kept
        ("江城大学教授陈丽代表获奖者致感谢词。她强调，要继续加强科研攻关。", {"陈丽": ("江城大学教授", ("致辞", "讲话"))}),
        ("江城大学教授陈丽代表获奖者发言。她表示，将继续潜心科研。", {"陈丽": ("江城大学教授", ("发言",))}),
    ],
)
def test_thanks_told_with_biaoshi_then_remarks_are_a_speech(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(_AWARDS_MEETING + body))) == expected


def _undated(body: str) -> str:
    """A page with no publication date: a site name, then the body."""
    return f"江城新闻\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("早在2019年，我市就被评为全国文明城市。5月6日上午，全市创建文明城市推进大会召开。市长刘刚出席并讲话。",
         [("全市创建文明城市推进大会", None)]),
        ("5月6日上午，全市乡村振兴工作会议召开。2018年，该镇首次引进葡萄种植，如今已成为支柱产业。市长刘刚出席并讲话。",
         [("全市乡村振兴工作会议", None)]),
        ("5月6日上午，全市乡村振兴工作会议召开。2018年，该村还是贫困村，而今已成为示范村。市长刘刚出席并讲话。",
         [("全市乡村振兴工作会议", None)]),
        # NEGATIVE: the meeting's own full date, a year looked back on, a plain year opening a sentence
        ("2023年5月6日上午，全市创建文明城市推进大会召开。早在2019年，我市就被评为全国文明城市。市长刘刚出席并讲话。",
         [("全市创建文明城市推进大会", "2023-05-06")]),
        ("5月6日上午，全市乡村振兴工作会议召开。2023年，全市乡村振兴取得新成效，如今各村面貌焕然一新。市长刘刚出席并讲话。",
         [("全市乡村振兴工作会议", "2024-05-06")]),
        ("5月6日上午，全市安全生产工作会议召开。2023年，全市安全生产形势总体平稳。市长刘刚出席并讲话。",
         [("全市安全生产工作会议", "2023-05-06")]),
    ],
)
def test_history_year_is_no_meeting_year(extract, body: str, expected: list) -> None:
    assert dated(extract(_undated(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("上半年，全县坚持项目为王，聚焦产业链招商，全力推动重点项目建设，交通、水利等领域齐头并进，共完成投资18.6亿元。", []),
        ("5月6日，全县重点项目推进会召开。会议指出，上半年，全县紧盯目标任务，狠抓项目落地，强化要素保障，完成投资18.6亿元。", []),
        ("5月6日，全县重点项目推进会召开。今年1-6月，全县紧盯目标任务，狠抓项目落地，强化要素保障，完成项目投资18.6亿元。", []),
        ("5月6日，全县重点项目推进会召开。上半年全县重点项目建设进展顺利，各乡镇积极作为，部门协同发力，完成投资18.6亿元。", []),
        # NEGATIVE: with no period stated the completed investment stays (§6 eleventh review round), and money granted
        # beside the work done stays
        ("公司克服疫情影响，完成电网投资2.6亿元。", [(260000000.0, "CNY", "电网投资")]),
        ("5月6日，全县重点项目推进会召开。上半年，全县紧盯目标任务，32个项目完成投资18.6亿元，县财政拨付资金2亿元。",
         [(200000000.0, "CNY", None)]),
    ],
)
def test_completed_investment_with_period_opener(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
