"""Sixteenth review round: caption days, month-only meetings, period tallies, scopes and expected investment: five rulings of GUIDELINES §3, §5 and §6, tried on invented sentences.

What main did before: a caption's day was never read; a meeting told by its bare month (3月，…召开), by a year and month
(2023年12月，…) or as 今年3月召开的…会议决定 got no date_text; a running year's tally (全局今年共有300名民警获得嘉奖) and
去年有… with no 共 stayed awards; 30个全省优化营商环境工作先进集体 was lost (the scope word ate the honour's length) and
50名全市优秀教师 kept 全市; 公司预计投入2亿元用于技术改造 was funding.

1. §3: "A photo caption that dates the reported meeting (`图为12月18日下午…会议现场`) gives its date and time of day when
   the body says only `近日`/`日前`." (The caption must name the same meeting or its 现场.)
2. §3: "A meeting told by its month only (`去年12月`, `今年3月召开的…会议`) has `date` `null` and the month as written as
   `date_text`."
3. §5: "a tally of a past or running period (`警察局去年全年共有412人次获得记功嘉奖`, `去年有30名学生获评“三好学生”`,
   `全局今年共有300名民警获得嘉奖`), told with no link to this event's conferral, is a tally: no award, whichever body or
   year word opens it."
4. §5: "A scope word right after the count (`30个全省…先进集体`, `50名全市优秀教师`) is no part of the honour, and the
   count stays an award when the honour is named after a field of work (`对30个全省优化营商环境工作先进集体和50名先进个人
   进行了表彰` → `优化营商环境工作先进集体` 30, `先进个人` 50)."
5. §6: "Money a body only expects to put in (`公司预计投入2亿元用于技术改造`, `预计投资`) with no signing, start or decision
   reported is only intended, like `计划投入`: no record (a signing total labelled `预计总投资` stays, eighth round)."
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a caption of the meeting by its name or a bare 会议/会场 dates it
        ("近日，江城县委召开全县经济工作会议，县委书记王明主持会议。\n图为5月6日下午全县经济工作会议现场。",
         [("2024-05-06", "5月6日", "下午")]),
        ("日前，市政协召开十三届常委会第五次会议。\n图为5月6日上午会议现场。", [("2024-05-06", "5月6日", "上午")]),
        ("近日，市教育局召开全市教育工作会议。图为5月6日下午会议现场。", [("2024-05-06", "5月6日", "下午")]),
        ("近日，市妇联召开执委会议。\n图为4月29日会场。", [("2024-04-29", "4月29日", None)]),
        # negatives: a caption of another event, a caption with no scene of the meeting, a body that states its own day,
        # a caption's day after the publication
        ("近日，江城县委召开全县经济工作会议。\n图为5月6日下午县领导调研企业现场。", [(None, "近日", None)]),
        ("近日，市教育局召开全市教育工作会议。\n图为5月6日下午全市安全生产工作会议现场。", [(None, "近日", None)]),
        ("近日，市教育局召开全市教育工作会议。图为4月20日学生参加运动会。", [(None, "近日", None)]),
        ("5月6日，市教育局召开全市教育工作会议。图为5月6日下午会议现场。", [("2024-05-06", "5月6日", None)]),
        ("近日，市教育局召开全市教育工作会议。\n图为5月20日会议现场。", [(None, "近日", None)]),
    ],
)
def test_caption_dates_meeting(extract, body: str, expected: list) -> None:
    assert when(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a month alone, with a year word, a written year or none: date null, the month as written; the record is made
        ("去年12月，县委召开全县经济工作会议，部署今年工作。", [("全县经济工作会议", None, "去年12月")]),
        ("今年3月召开的县委常委会会议决定，全面推进乡村振兴。", [("县委常委会会议", None, "今年3月")]),
        ("3月，市政府召开全市安全生产工作会议。", [("全市安全生产工作会议", None, "3月")]),
        ("2023年12月，市委召开全会，审议通过有关决议。", [("全会", None, "2023年12月")]),
        ("今年3月，江城大学召开第二次党代会。", [("第二次党代会", None, "今年3月")]),
        # negatives: a day in the month, a month only in what the meeting dealt with, a stretch since a month
        ("3月5日，市政府召开全市安全生产工作会议。", [("全市安全生产工作会议", "2024-03-05", "3月5日")]),
        ("近日，市政府召开全市安全生产工作会议，要求3月底前完成排查。", [("全市安全生产工作会议", None, "近日")]),
        ("5月6日，市政府召开常务会议，研究3月以来的防汛工作。", [("常务会议", "2024-05-06", "5月6日")]),
    ],
)
def test_month_only_meeting(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert [(m["name"], m["date"], m["date_text"]) for m in record["meetings"]] == expected


_COMMENDED = "5月6日，学校召开表彰大会，表彰“三好学生”20名。"
_OWN = [("三好学生", 20, "名", "person")]
_MERIT = "5月6日，市公安局召开表彰大会，为8名民警记个人三等功。"
_MERIT_OWN = [("个人三等功", 8, "名", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a past or running period's tally, no link to this event's conferral
        (_COMMENDED + "去年有30名学生获评“三好学生”。", _OWN),
        (_COMMENDED + "学校去年有30名学生获评“三好学生”。", _OWN),
        (_MERIT + "全局今年共有300名民警获得嘉奖。", _MERIT_OWN),
        (_MERIT + "今年以来，全局共有120名民警获得嘉奖。", _MERIT_OWN),
        (_COMMENDED + "学校今年共有15名学生获得国家奖学金。", _OWN),
        # negatives: the conferral in the count's own sentence, a clause saying they were honoured here, the honour
        # conferred by the event the page reports, a count with no period
        ("5月6日，学校召开表彰大会，今年有20名学生获评“三好学生”，受到大会表彰。", [("三好学生", 20, "名", "person")]),
        ("5月6日，市公安局召开表彰大会。全局今年共有300名民警获得嘉奖，大会对他们进行了表彰。",
         [("嘉奖", 300, "名", "person")]),
        ("5月6日，学校召开国家奖学金颁奖仪式。今年，学校共有56名学生获得国家奖学金。", [("国家奖学金", 56, "名", "person")]),
        ("5月6日，学校召开表彰大会，会上，30名学生获评“三好学生”。", [("三好学生", 30, "名", "person")]),
        # (a bare 今年有 with no body before the year: this year's list as told, like 今年共有45位人士获颁勋章)
        (_COMMENDED + "今年有15名学生获得国家奖学金。", [*_OWN, ("国家奖学金", 15, "名", "person")]),
        # (no ceremony of other honours told before it: the page's own account of this year's honour)
        ("全局今年共有300名民警获得嘉奖。", [("嘉奖", 300, "名", "person")]),
        ("5月6日，公司召开表彰大会，对去年涌现出的12名“优秀员工”进行了表彰。", [("优秀员工", 12, "名", "person")]),
    ],
)
def test_period_tally(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a scope word right after the count: no part of the honour, a field of work keeps the count
        ("5月6日，省政府召开大会，对30个全省优化营商环境工作先进集体和50名先进个人进行了表彰。",
         [("优化营商环境工作先进集体", 30, "个", "organization"), ("先进个人", 50, "名", "person")]),
        ("5月6日，市政府召开大会，表彰30个全省优化营商环境工作先进集体和50名先进个人。",
         [("优化营商环境工作先进集体", 30, "个", "organization"), ("先进个人", 50, "名", "person")]),
        ("5月6日，市政府召开大会，表彰50名全市优秀教师。", [("优秀教师", 50, "名", "person")]),
        ("5月6日，省委召开大会，对40个全省统计工作先进集体进行表彰。", [("统计工作先进集体", 40, "个", "organization")]),
        ("5月6日，县委召开大会，30个全县先进基层党组织、50名全县优秀共产党员受到表彰。",
         [("先进基层党组织", 30, "个", "organization"), ("优秀共产党员", 50, "名", "person")]),
        # negatives: a national title, a scope inside quote marks, no scope at all
        ("5月6日，市政府召开大会，表彰了10名全国劳动模范。", [("全国劳动模范", 10, "名", "person")]),
        ("5月6日，市政府召开大会，授予50名同志“全市优秀教师”称号。", [("全市优秀教师", 50, "名", "person")]),
        ("5月6日，市政府召开大会，对30个优化营商环境工作先进集体和50名先进个人进行了表彰。",
         [("优化营商环境工作先进集体", 30, "个", "organization"), ("先进个人", 50, "名", "person")]),
    ],
)
def test_scope_after_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # money only expected, nothing signed, started or decided
        ("5月6日，市政府召开常务会议。公司预计投入2亿元用于技术改造。", []),
        ("5月6日，市政府召开常务会议。该项目预计投资5000万元，建成后年产值可达2亿元。", []),
        ("5月6日，县委召开常委会。据介绍，公司今年预计投入3000万元用于研发。", []),
        # negatives: a signing's 预计总投资, a start, a decision, a signing in the sentence, money put in
        ("5月6日，市政府与江城公司举行项目签约仪式，项目预计总投资10亿元。", [(1000000000.0, "CNY", "项目预计总投资")]),
        ("5月6日，江城新材料项目开工，项目预计投资5亿元。", [(500000000.0, "CNY", None)]),
        ("5月6日，市政府召开常务会议，会议决定投入2亿元用于技术改造。", [(200000000.0, "CNY", "技术改造")]),
        ("5月6日，双方签订合作协议，公司预计投入2亿元建设生产基地。", [(200000000.0, "CNY", "建设生产基地")]),
        ("5月6日，公司投入2亿元用于技术改造。", [(200000000.0, "CNY", "技术改造")]),
    ],
)
def test_expected_investment(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_caption_keeps_meeting(extract) -> None:
    # the caption adds no meeting of its own
    record = extract(page("近日，市教育局召开全市教育工作会议。\n图为5月6日下午全市教育工作会议现场。"))
    assert held(record) == [("全市教育工作会议", "2024-05-06", "市教育局")]
