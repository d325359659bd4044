"""Meeting, speaker and award phrasings of planned meetings' chairs, class visits and competition titles: the chair of a meeting still planned after a purpose
clause (计划/准备/下周召开…，由某某主持), a bare 学习期间 after a sentence telling a class closing, competition titles and
roles joined to a counted honour (奥运冠军, 美丽乡村讲解员, 外地精英), and the closing count after a 此前 aside.
Invented sentences; the expected values follow corpus/GUIDELINES.md §3-5."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.views import dated, honours, page, speakers


def counts(record: dict[str, Any]) -> list[tuple[str, int | None]]:
    """(name, attendee_count) of each meeting, in order."""
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a purpose clause's plan before a meeting that is itself still planned: nobody takes part yet (§3, §4)
        ("为迎接将于6月举办的首届茶文化旅游节，县文旅局计划召开筹备工作会议，由副县长王敏主持并作动员讲话。", {}),
        ("为迎接将于6月举办的首届茶文化旅游节，县文旅局下周召开筹备工作会议，副县长王敏主持会议。", {}),
        ("为迎接将于6月举办的首届茶文化旅游节，县文旅局准备召开筹备工作会议，会议由副县长王敏主持。", {}),
        ("为迎接将于6月举办的首届茶文化旅游节，县文旅局将在县会议中心召开筹备工作会议，由副县长王敏主持。", {}),
        # the meeting after the purpose clause told as held keeps its chair
        ("为迎接将于6月举办的首届茶文化旅游节，5月7日，县文旅局召开筹备工作会议，副县长王敏主持会议并讲话。",
         {"王敏": ("副县长", ("主持", "讲话"))}),
        ("为迎接将于6月举办的首届茶文化旅游节，县文旅局召开筹备工作会议。会议由副县长王敏主持。",
         {"王敏": ("副县长", ("主持",))}),
    ],
)
def test_a_planned_meeting_after_a_purpose_clause(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 学习期间 right after a class's closing: the visit is part of the class, the 结业式 is the meeting
        ("5月7日，县委党校2024年春季主体班结业。学习期间，学员们赴红色教育基地现场观摩，并开展了分组研讨。"
         "县委常委、组织部部长陈静出席结业式并讲话。", [("结业式", None)]),
        ("5月7日，县委党校春季主体班开班。学习期间，学员们赴红色教育基地现场观摩。县委常委、组织部部长陈静出席开班式并讲话。",
         [("开班式", None)]),
        # a study campaign's time with no class told before it: the visit is an observation meeting of its own
        ("在党纪学习教育集中学习期间，5月6日，市中级法院组织50余名干警赴市警示教育基地现场观摩，接受警示教育。",
         [("现场观摩", "2024-05-06")]),
    ],
)
def test_a_visit_during_a_class_that_closed(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a contest's title, a job or a class of people joined to a counted honour is no honour (§5)
        ("5月7日，市体育工作会议召开，表彰了20名优秀运动员和3名奥运冠军。", [("优秀运动员", 20, "名", "person")]),
        ("5月7日，省体育局召开全省体育工作会议，表彰了30名优秀教练员和5名世界冠军。", [("优秀教练员", 30, "名", "person")]),
        ("5月7日，县文旅局召开文明旅游表彰会，表彰了10名优秀导游和5名美丽乡村讲解员。", [("优秀导游", 10, "名", "person")]),
        ("5月7日，县乡村振兴工作表彰大会召开，表彰了20名优秀驻村干部和50名美丽乡村建设者。",
         [("优秀驻村干部", 20, "名", "person")]),
        ("5月7日，区委人才工作会议召开，表彰了10名优秀人才和30名外地精英。", [("优秀人才", 10, "名", "person")]),
        # a line of work before 冠军 or 精英, and 美丽 before a place, still read as honours
        ("5月6日，集团召开营销工作表彰大会，表彰了15名优秀员工及3名销售冠军。",
         [("优秀员工", 15, "名", "person"), ("销售冠军", 3, "名", "person")]),
        ("5月7日，公司召开年度总结表彰会，表彰了20名优秀员工和8名业务精英。",
         [("优秀员工", 20, "名", "person"), ("业务精英", 8, "名", "person")]),
        ("5月7日，县委召开表彰会，表彰了20个先进村和8个美丽乡村示范村。",
         [("先进村", 20, "个", "organization"), ("美丽乡村示范村", 8, "个", "organization")]),
    ],
)
def test_competition_titles_and_roles_beside_an_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the closing count names the main meeting's noun: not the aside's meeting
        ("5月20日下午，我校第十届“学术之星”评选表彰会在图书馆报告厅举行。校党委副书记杨帆出席会议并讲话。"
         "会议由研究生院院长吴凯主持。此前，学校于5月10日召开了评审委员会会议，对候选人材料进行了评审。"
         "研究生代表、导师代表共200余人参加表彰会。",
         [("第十届“学术之星”评选表彰会", 200), ("评审委员会会议", None)]),
        # the closing sentence of the paragraph after a 此前 aside returns to the main meeting
        ("5月5日，区政协召开会议。此前，区政协于4月20日召开常委会议，实到委员25人。区政协主席王华主持会议。全体委员共60人参加会议。",
         [("会议", 60), ("常委会议", 25)]),
        # a later event told on another day keeps its own count (not an aside)
        ("5月6日，区委召开重点项目推进会。次日，区人社局举办就业创业培训班开班仪式，局长马骏致辞。共50名学员参加培训。",
         [("重点项目推进会", None), ("就业创业培训班开班仪式", 50)]),
    ],
)
def test_the_closing_count_after_an_earlier_aside(extract, body: str, expected: list) -> None:
    assert counts(extract(page(body, published="2024-05-21"))) == expected
