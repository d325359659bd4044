"""Page and speaker shapes: bylines whose names run into the next word (记者王强获悉, 张伟通讯员李华,
张伟发自北京, 本报记者王强张伟) keep every name; 通讯员 and 实习生 in the story (通讯员培训会, 组织实习生王强…) are no
byline; a report named as the place of others' questions (…报告中的问题进行了询问) is no 作报告; soft remarks are folded
into an address only of the same occasion (not 当天下午，王强出席…开幕式并致辞); an honour conferred on the holders'
relatives (为30名获奖学生的家长颁发“优秀家长”…) is kept; 将至 + a place (将至各村为…授牌) is still a plan.
Invented sentences; the expected values follow corpus/GUIDELINES.md §4 and §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


@pytest.mark.parametrize(
    ("body", "reporters"),
    [
        # cr6 s4[0], s1[1], s1[3], s4[1], s5[1], s5[4]
        ("记者王强、张伟通讯员李华报道 5月8日，全县安全生产工作会议召开。县长刘明主持会议。", ["王强", "张伟", "李华"]),
        ("记者王强、张伟实习生李华 5月8日，全县安全生产工作会议召开。县长刘明主持会议。", ["王强", "张伟", "李华"]),
        ("记者王强 张伟发自北京 5月8日，全国安全生产工作会议召开。", ["王强", "张伟"]),
        ("本报讯 记者王强获悉，5月8日，全县安全生产工作会议召开。县长刘明主持会议。", ["王强"]),
        ("本报讯 记者王强了解到，5月8日，全县安全生产工作会议召开。", ["王强"]),
        ("本报记者王强张伟 5月8日，全县安全生产工作会议召开。", ["王强", "张伟"]),
        # invented variants
        ("记者赵敏、孙磊通讯员周洋 6月3日，市防汛工作会议召开。", ["赵敏", "孙磊", "周洋"]),
        ("本报讯 记者陈晓峰获悉，6月3日，市委召开常委会议。", ["陈晓峰"]),
        ("江城日报记者刘芳 黄涛发自上海 6月3日，长三角合作会议召开。", ["刘芳", "黄涛"]),
        # NEGATIVE: the reporter's own act before the dateline verb, and an outlet's label, are no names
        ("记者调查获悉，6月3日，市委召开常委会议。", []),
        ("记者 尹某祝 本报记者 毕某忠 6月3日，市委召开常委会议。", ["尹某祝", "毕某忠"]),
    ],
)
def test_byline_names_running_into_the_next_word(extract, body: str, reporters: list[str]) -> None:
    assert extract(page(body))["reporters"] == reporters


@pytest.mark.parametrize(
    "body",
    [
        # cr6 s5[5], s4[4], s4[3]
        "5月8日，县委宣传部召开全县新闻通讯员培训会，表彰了优秀通讯员。",
        "5月8日，县融媒体中心召开通讯员培训会，通讯员王强、李华获评优秀通讯员。",
        "5月8日，学校组织实习生王强、李华等20名同学参加岗前培训会。校长刘明讲话。",
        # invented variants
        "6月3日，市委宣传部举办通讯员队伍建设座谈会，优秀通讯员赵敏作交流发言。",
        "6月3日，医院为实习生陈晓、黄磊举行了欢迎仪式。",
        "6月3日，区融媒体中心召开会议，通讯员刘芳、孙涛获评年度优秀通讯员。",
    ],
)
def test_correspondent_and_intern_in_the_story_are_no_byline(extract, body: str) -> None:
    assert extract(page(body))["reporters"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr6 s2[5]: the report a place in which others ask about, no 作报告 by the official
        ("5月8日，市人大常委会召开会议，常委会组成人员对市财政局局长李明提出“关于2023年市级决算”报告中的问题进行了询问。", {}),
        ("6月3日，区人大常委会召开会议，委员们对区审计局局长赵敏提出“关于2023年度区级预算执行”报告中的问题进行了询问。", {}),
        # NEGATIVE: the report delivered (the rule's intended case, cr6 s2[4])
        ("5月8日，市人大常委会召开会议，市财政局局长李明提出“关于2023年市级决算”的报告。",
         {"李明": ("市财政局局长", ("作报告",))}),
    ],
)
def test_report_named_in_others_questions(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr6 s4[5]: the 致辞 is at another event that afternoon; the remarks at the meeting stay 讲话
        ("5月8日上午，全县安全生产工作会议召开，县长王强表示，要压实安全生产责任。当天下午，王强出席县职工运动会开幕式并致辞。",
         {"王强": ("县长", ("讲话", "致辞"))}),
        ("6月3日，全市防汛工作会议召开，市长赵敏表示，要立足防大汛。随后，赵敏前往市体育中心出席全民健身节开幕式并致辞。",
         {"赵敏": ("市长", ("讲话", "致辞"))}),
        ("6月3日，区妇联召开表彰大会，区妇联主席刘芳表示，要弘扬好家风。会后，区里又举行了家庭文化节开幕式，刘芳致辞。",
         {"刘芳": ("区妇联主席", ("讲话", "致辞"))}),
        # NEGATIVE: the address of the same occasion, named in the next sentence (pinned by test_speaker_commended_recipients_and_appointees)
        ("5月6日，区妇联召开表彰大会。区妇联主席王芳表示，最美家庭是社会的缩影。王芳随后致辞。",
         {"王芳": ("区妇联主席", ("致辞",))}),
    ],
)
def test_soft_remarks_and_an_address_at_another_event(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr6 a4[0]: the honour conferred on the holders' parents
        ("5月8日，县教育局召开家校共育大会，为30名获奖学生的家长颁发“优秀家长”荣誉证书。", [("优秀家长", 30, "名", "person")]),
        ("6月3日，区妇联召开表彰会，为20名获评“最美军嫂”的军人家属颁发“拥军模范”荣誉证书。",
         [("拥军模范", 20, "名", "person")]),
        ("6月3日，学校召开表彰大会，授予15名获奖学生的父母“优秀家长”称号。", [("优秀家长", 15, "名", "person")]),
        # NEGATIVE: relatives only watching (the rule's intended case)
        ("30名获奖学生的家长也来到了颁奖现场。", []),
        ("典礼上，约200名获颁奖章人士的家属到场祝贺。", []),
    ],
)
def test_honour_conferred_on_holders_relatives(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cr6 a4[2]: 将至 + a place, going there to confer: still ahead
        ("5月8日，县委组织部召开会议，县委将至各村为10户“文明家庭”授牌。", []),
        ("6月3日，区妇联召开会议，区妇联将至各社区表彰20名“最美母亲”。", []),
        ("6月3日，县文明办将至各乡镇为12个“文明村”授牌。", []),
        # NEGATIVE: a holiday drawing near (the rule's intended case, cr6 a4[3])
        ("5月8日，县里召开会议。母亲节将至，县妇联表彰了20名“最美母亲”。", [("最美母亲", 20, "名", "person")]),
        ("教师节将至之际，县教育局表彰了30名优秀教师。", [("优秀教师", 30, "名", "person")]),
    ],
)
def test_going_to_a_place_to_confer_is_a_plan(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
