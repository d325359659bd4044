"""Phrasings of newspaper reports (the kind of the People's Daily part, GUIDELINES §11) that were
mishandled: a meeting held 在这里 or 此间 under a dateline with its city (the dateline's city is the
place, unless a venue is told later or a clause before names the place 这里 points back to; a venue
told with its scene just before, 某礼堂座无虚席，…在这里召开, is the place), a quoted name in an
attributive phrase (在北京举行的“…发布会”上: the venue kept), and an
organizer caught with a leading month (7月国务院召开…), a trailing 最近 before 联合召开, the one the
event is held for (联合为其画集举行…), a prize as the subject (某某奖今天举行颁奖仪式) or a headcount of
people (200多人欢聚…举行…).  All sentences are invented; the expected values follow
corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import held


def _places(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire dateline, then 今天在这里举行: the dateline's city (§11)
        ("东方论坛年会开幕\n新华社开罗３月２日电（记者王某）东方国家论坛第五届年会今天在这里举行，各国代表２００余人出席。\n",
         [("东方国家论坛第五届年会", "开罗")]),
        # the same wire report reposted, its dateline opening the line with 据
        ("东方论坛年会开幕\n据新华社开罗３月２日电东方国家论坛第五届年会今天在这里举行。\n",
         [("东方国家论坛第五届年会", "开罗")]),
        # 在此间同…举行了会谈: the place, then the other party
        ("两国总统会谈\n新华社开罗３月２日电（记者王某）甲国总统卡尔１日在此间同来访的乙国总理贝恩举行了会谈。\n",
         [("会谈", "开罗")]),
        # an own correspondent's dateline, a region in brackets after the city
        ("部长谈和谈\n新华社海湾城（西岸）３月５日电甲国部长伊万５日在此间举行的记者招待会上说，和谈没有进展。\n",
         [("记者招待会", "海湾城")]),
        ("研讨会举行\n本报伦敦３月２日电记者王某报道：国际水利研讨会今天在这里举行。\n",
         [("国际水利研讨会", "伦敦")]),
    ],
)
def test_here_under_a_dateline_is_its_city(extract, text: str, expected: list) -> None:
    assert _places(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no dateline with a city: 这里 names nothing
        ("迎春晚会\n本报驻外记者王某\n１月１７日晚，饭店里洋溢着节日气氛。侨胞正在这里举行迎春晚会。\n", None),
        # a dateline cited inside a line is another outlet's, not the article's own
        ("会议举行\n本报讯　据新华社开罗３月２日电，东方国家论坛第五届年会今天在这里举行。\n", None),
        # another item's dateline (本报讯) between the city's dateline and the meeting
        ("简讯\n新华社开罗３月２日电甲国总统今天发表讲话。\n本报讯　市科协年会今天在这里举行。\n", None),
        # 在这里访问的…: a visit told, no place of the meeting
        ("会见\n新华社开罗３月２日电（记者王某）甲国总统卡尔今天会见了正在这里访问的乙国总理贝恩。\n", None),
    ],
)
def test_here_without_its_own_dateline_names_nothing(extract, text: str, expected: str | None) -> None:
    assert [loc for _, loc in _places(extract(text))] in ([], [expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month alone before the subject is the time of the account
        ("蔬菜工作\n本报讯　７月市政府召开了全市蔬菜工作会议，部署工作。\n", [("全市蔬菜工作会议", None, "市政府")]),
        ("蔬菜工作\n本报讯　去年８月份，省政府召开了全省蔬菜工作会议。\n", [("全省蔬菜工作会议", None, "省政府")]),
        # 最近 between the joint organizers and 联合召开
        ("研讨会\n本报讯　甲报文艺部、乙报文艺部最近联合召开话剧发展研讨会。\n",
         [("话剧发展研讨会", None, "甲报文艺部、乙报文艺部")]),
        # the one the ceremony is held for, named by a pronoun after 联合
        ("画集首发\n本报讯　某市政协、某市美协１６日联合为其画集举行首发式及捐赠仪式。\n",
         [("首发式及捐赠仪式", None, "某市政协、某市美协")]),
        ("画集首发\n本报讯　某市文联１６日为他举行作品首发式。\n", [("作品首发式", None, "某市文联")]),
        # near misses that keep their organizer
        ("研讨会\n本报讯　甲报文艺部、乙报文艺部日前联合召开话剧发展研讨会。\n",
         [("话剧发展研讨会", None, "甲报文艺部、乙报文艺部")]),
        ("庆功会\n本报讯　市委、市政府为李某举行庆功大会。\n", [("庆功大会", None, "市委、市政府")]),
    ],
)
def test_organizer_without_month_adverb_or_beneficiary(extract, text: str, expected: list) -> None:
    assert held(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue told in the next sentence is the place, not the dateline's city
        ("联欢晚会\n本报开罗３月２日电记者王某报道：当地华侨今晚在此间举行了庆祝联欢晚会。晚会在广播公司演播大厅举行。\n",
         "广播公司演播大厅"),
        # 这里 points back to the place a clause before names as the scene: that place (GUIDELINES §3 thirty-first
        # review round, after the 7 December audit; read null before, the dateline's city withheld)
        ("启动仪式\n本报长沙３月１０日电记者王某报道：３月８日上午，某某县白关镇鼓乐喧天，“三下乡”启动仪式在这里举行。\n",
         "某某县白关镇"),
    ],
)
def test_here_gives_way_to_a_place_told(extract, text: str, expected: str | None) -> None:
    assert [m["location"] for m in extract(text)["meetings"]] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prize as the subject holds nothing
        ("颁奖\n本报讯“金笔杯”全国青年散文奖今天在北京举行颁奖仪式。\n", [("颁奖仪式", None, None)]),
        # a headcount of people gathered is no body
        ("联欢\n本报讯今天上午，全市书法界２００多人欢聚文化宫举行迎春联欢会。\n", [("迎春联欢会", None, None)]),
        # near misses: a body that holds it, a count after the organizer's clause
        ("联欢\n本报讯今天上午，市书法家协会在文化宫举行迎春联欢会，２００多人参加。\n", [("迎春联欢会", None, "市书法家协会")]),
        ("颁奖\n本报讯市作家协会今天在北京举行散文奖颁奖仪式。\n", [("散文奖颁奖仪式", None, "市作家协会")]),
    ],
)
def test_prize_or_headcount_as_subject(extract, text: str, expected: list) -> None:
    assert held(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 这里 after a clause telling the venue's scene: that venue
        ("表彰大会\n本报讯１月３日上午，某某宾馆大礼堂座无虚席，市委、市政府在这里隆重召开表彰大会。\n", ["某某宾馆大礼堂"]),
        # a quoted name in an attributive phrase keeps its venue, like an unquoted one
        ("新品发布\n本报讯某某电脑公司近日在北京举行的“新产品发布会”上推出了一系列新型电脑。\n", ["北京"]),
        ("新品发布\n本报讯某某电脑公司近日在北京举行的新产品发布会上推出了一系列新型电脑。\n", ["北京"]),
        # near miss: a scene clause with no 这里 after it leaves the venue as written
        ("表彰大会\n本报讯１月３日上午，某某宾馆大礼堂座无虚席，市委、市政府在市行政中心召开表彰大会。\n", ["市行政中心"]),
    ],
)
def test_here_after_a_scene_and_quoted_attributive_names(extract, text: str, expected: list) -> None:
    assert [m["location"] for m in extract(text)["meetings"]] == expected
