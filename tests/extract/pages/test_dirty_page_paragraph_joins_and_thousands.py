"""Phrasings of text cleaning: a paragraph
whose last 。 is missing joined to the next one, spaced thousands closed in part, captions of the
article's own meeting dropped, and attendee counts taken from the main meeting by an event told
after it.  Invented pages; the expected values follow corpus/GUIDELINES.md (§1 captions, §3
attendee_count, §4 titles and roles, §6 amounts)."""

from __future__ import annotations

import pytest

from pipeline.normalize import punctuation_step, unwrap_step
from tests.extract.views import grants, held, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a finished clause ends the paragraph; the next one opens with its own title and name
        ("5月6日，县委、县政府召开全县信访工作会议。县委副书记孙国平主持会议\n县委书记刘建军出席并讲话。",
         {"孙国平": ("县委副书记", ("主持",)), "刘建军": ("县委书记", ("讲话",))}),
        ("5月6日，公司召开2023年度先进表彰大会，表彰了10个先进班组。总经理王文斌为获奖代表颁奖\n党委书记张志强讲话。",
         {"王文斌": ("总经理", ("颁奖",)), "张志强": ("党委书记", ("讲话",))}),
        # one who only reports (通报) gets no role, and the next paragraph's title is not polluted
        ("5月6日，市政协举行专题协商会，市政协主席张明远主持。副市长刘芳华通报有关情况\n市政协委员赵德明、钱卫东先后发言。",
         {"张明远": ("市政协主席", ("主持",)), "赵德明": ("市政协委员", ("发言",)), "钱卫东": ("市政协委员", ("发言",))}),
        # a break inside a word or a tight unit is still joined: a name cut after its first characters,
        # a name at the line's end before its verb
        ("5月7日，市人大常委会召开第十五次会议，市人大常委会主任孙建\n华主持会议。",
         {"孙建华": ("市人大常委会主任", ("主持",))}),
        ("5月6日下午，学校召开教学工作会议。副校长刘海涛\n主持会议，校长张明德讲话。",
         {"刘海涛": ("副校长", ("主持",)), "张明德": ("校长", ("讲话",))}),
    ],
)
def test_a_paragraph_without_its_full_stop_keeps_the_next_one_apart(extract, body: str, expected: dict) -> None:
    assert speakers(extract("县召开会议\n" + body + "\n", published="2024-05-08")) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("5月6日，市总工会召开表彰大会。会议表彰了30名“五一劳动奖章”获得者\n和10个“工人先锋号”。\n",
         "5月6日，市总工会召开表彰大会。会议表彰了30名“五一劳动奖章”获得者和10个“工人先锋号”。\n"),
        ("5月6日，镇政府召开会议。会议表彰了20名先进个人和5个先进\n集体，镇长刘伟颁奖。\n",
         "5月6日，镇政府召开会议。会议表彰了20名先进个人和5个先进集体，镇长刘伟颁奖。\n"),
        ("会议由县长王刚主持。会议下达补助资金\n2000万元。\n", "会议由县长王刚主持。会议下达补助资金2000万元。\n"),
    ],
)
def test_a_break_inside_a_unit_is_joined(raw: str, clean: str) -> None:
    assert unwrap_step(raw).text == clean


@pytest.mark.parametrize(
    "raw",
    [
        "5月6日，县政府召开第十次常务会议，县长李明主持会议。会议研究了城市更新工作\n县长李明强调，要加快推进城市更新。\n",
        "5月6日，区委、区政府召开招商引资推进会。会议通报了一季度招商情况\n区长王芳讲话。\n",
        "5月6日，县政府召开第十次常务会议，研究近期工作。县长王刚主持\n县委副书记李明宣读了任免决定。\n",
        # a title before 会 names a body, and an adverbial opener is no noun's rest
        "5月6日，县委召开常委会会议，研究近期工作。会议学习了市委常委会\n会议传达了有关精神。\n",
        "5月6日，镇政府召开脱贫攻坚工作会议，部署今年工作。会议表彰了5个先进集体\n会上，镇长刘伟讲话。\n",
    ],
)
def test_a_finished_clause_at_a_line_end_is_not_joined(raw: str) -> None:
    assert unwrap_step(raw).text == raw


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("合计1 250 000元。", "合计1250000元。"),
        ("下达资金8 600万元。", "下达资金8600万元。"),
        # a run without a unit of money stays
        ("电话 0531 123 456", "电话 0531 123 456"),
    ],
)
def test_every_thousands_group_of_a_spaced_amount_closes(raw: str, clean: str) -> None:
    assert punctuation_step(raw).text == clean


def test_a_spaced_amount_of_three_groups_is_read_whole(extract) -> None:
    record = extract("县慈善总会举行捐赠仪式\n5月6日，县慈善总会举行爱心捐赠仪式，各界共捐款1 250 000元。\n", published="2024-05-08")
    assert [f[:2] for f in grants(record)] == [(1250000.0, "CNY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the caption words the article's meeting with its session number, on the body's day (6日 = 5月6日)
        ("县政协召开主席会议\n6日上午，县政协召开主席会议，县政协主席王建国主持会议并讲话。\n"
         "▲ 图为：5月6日上午，县政协召开十届主席会议第十五次会议，副主席刘芳华作报告。\n",
         {"王建国": ("县政协主席", ("主持", "讲话")), "刘芳华": ("副主席", ("作报告",))}),
        # a body without a day of its own (近日): the caption's day is no other day
        ("县召开乡村振兴工作推进会\n近日，县委召开乡村振兴工作推进会，安排部署今年重点工作。\n"
         "▲ 5月6日，县委召开乡村振兴工作会议，县委书记王建军讲话。\n",
         {"王建军": ("县委书记", ("讲话",))}),
    ],
)
def test_a_caption_of_the_article_own_meeting_worded_otherwise_is_read(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text, published="2024-05-08")) == expected


@pytest.mark.parametrize(
    "caption",
    [
        # another body's meeting on another day, and another body's meeting on the same day
        "▲ 5月5日，县委组织部召开全县党建工作推进会，县委组织部部长刘芳华讲话。\n",
        "▲ 5月6日，县总工会召开全委会议，县总工会主席刘芳华讲话。\n",
    ],
)
def test_a_caption_of_another_meeting_is_still_dropped(extract, caption: str) -> None:
    text = "县委召开全县组织工作会议\n5月6日，县委召开全县组织工作会议，县委书记王建国出席会议并讲话。\n" + caption
    record = extract(text, published="2024-05-08")
    assert held(record) == [("全县组织工作会议", "2024-05-06", "县委")]
    assert "刘芳华" not in speakers(record)


def counts(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a signing held within the meeting (会上) by other bodies: the count of those at the 大会 / 会议 is the meeting's
        ("5月6日，县委召开乡村振兴大会。会上，县政府与5家企业举行项目签约仪式。全县干部共200余人参加大会。",
         [("乡村振兴大会", 200), ("项目签约仪式", 200)]),
        ("近日，县委召开乡村振兴大会。会上，县政府与5家企业举行项目签约仪式。共200余人参加会议。",
         [("乡村振兴大会", 200), ("项目签约仪式", 200)]),
        # trainees attending 培训 are the class's, not the next day's 座谈会's
        ("5月6日，省人社厅在省委党校举办全省人社系统干部培训班开班仪式，副厅长陈芳华致辞。次日，全省人社局长座谈会在同地召开。"
         "共120名学员参加培训。",
         [("全省人社系统干部培训班开班仪式", 120), ("全省人社局长座谈会", None)]),
        # …and the next day's class keeps its own trainees from the meeting told before it
        ("5月6日，区委召开重点项目推进会，区委书记吴国强出席并讲话。次日，区人社局举办就业创业培训班开班仪式，局长马骏飞致辞。"
         "共50名学员参加培训。",
         [("重点项目推进会", None), ("就业创业培训班开班仪式", 50)]),
    ],
)
def test_a_count_naming_the_main_meeting_stays_with_it(extract, body: str, expected: list) -> None:
    assert counts(extract("标题\n" + body + "\n", published="2024-05-08")) == expected
