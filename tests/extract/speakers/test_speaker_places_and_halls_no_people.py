"""Places and halls that HK and Taiwan pages wrote where a person may stand: a place before the office of its head
(高雄市长颁奖, 金门县长), read as the place when the text shows it as one (高雄市政府) or names the office's holder
(市长陈其迈), and a hall after 于/在 where the event is held (于陆佑堂举行…典礼).  Real names after or before
such offices and names ending in 堂 that act must still be found.  Invented sentences, in Simplified and
Traditional; the expected values follow corpus/GUIDELINES.md §4 (named people only)."""

from __future__ import annotations

import pytest

from tests.extract.views import speakers

_HEAD = "标题\n2026-04-30 来源：某网\n"
_HEAD_TW = "標題\n2026-04-30 中央社\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before the office, shown as a place by its government: only the mayor named after the office
        ("高雄市长颁奖表扬模范劳工\n2026-04-30 来源：某网\n高雄市政府今天上午举行表扬大会，市长陈其迈亲自颁奖。\n",
         {"陈其迈": ("市长", ("颁奖",))}),
        ("高雄市長頒獎表揚模範勞工\n2026-04-30 中央社\n高雄市政府今天上午舉行表揚大會，市長陳其邁親自頒獎。\n",
         {"陈其迈": ("市长", ("颁奖",))}),
        # shown as a place only by the office's holder named after the office
        ("高雄市長頒獎表揚模範勞工\n2026-04-30 中央社\n市政府今天上午舉行表揚大會，市長陳其邁親自頒獎。\n",
         {"陈其迈": ("市长", ("颁奖",))}),
        (_HEAD + "金门县长颁奖表扬优秀教师。金门县政府今天举行表彰大会，县长陈福海颁奖。\n",
         {"陈福海": ("县长", ("颁奖",))}),
        (_HEAD + "温州市长颁奖。温州市今天举行表彰大会，市长张建国颁奖。\n", {"张建国": ("市长", ("颁奖",))}),
        # a hall where the ceremony is held: no person
        (_HEAD_TW + "香港大學今日於陸佑堂舉行學位頒授典禮，頒授名譽博士學位予四位傑出人士。\n", {}),
        (_HEAD + "香港大学今日于陆佑堂举行学位颁授典礼，颁授名誉博士学位予四位杰出人士。校长张明远主持典礼并致辞。\n",
         {"张明远": ("校长", ("主持", "致辞"))}),
        (_HEAD + "学校在明德楼内举行颁奖典礼，校长刘玉堂颁奖。\n", {"刘玉堂": ("校长", ("颁奖",))}),
    ],
)
def test_places_and_halls_are_no_people(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a real name after the office, and a name written before it with no place shown so
        (_HEAD + "市政府召开大会，市长陈其迈颁奖并致辞。\n", {"陈其迈": ("市长", ("颁奖", "致辞"))}),
        (_HEAD_TW + "市政府召開大會，市長陳其邁頒獎並致辭。\n", {"陈其迈": ("市长", ("颁奖", "致辞"))}),
        # a deputy named after his office is no other holder of the head's office
        (_HEAD + "陈其迈市长颁奖表扬模范劳工。市政府今天上午举行表扬大会，副市长李军主持。\n",
         {"陈其迈": ("市长", ("颁奖",)), "李军": ("副市长", ("主持",))}),
        (_HEAD + "王强县长主持会议并讲话。县政府召开常务会议，副县长李明作报告。\n",
         {"王强": ("县长", ("主持", "讲话")), "李明": ("副县长", ("作报告",))}),
        # the same person before and after the office
        (_HEAD + "陈其迈市长颁奖。市政府举行表扬大会，市长陈其迈致辞。\n", {"陈其迈": ("市长", ("颁奖", "致辞"))}),
        # names ending in 堂 that act after 在
        (_HEAD + "县政府召开常务会议。会议在县长刘玉堂主持下召开，刘玉堂在会上讲话。\n", {"刘玉堂": ("县长", ("主持", "讲话"))}),
        (_HEAD + "大会在县委书记王玉堂的主持下召开。王玉堂强调，要抓好落实。\n", {"王玉堂": ("县委书记", ("主持", "讲话"))}),
    ],
)
def test_people_near_offices_and_halls_are_kept(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected
