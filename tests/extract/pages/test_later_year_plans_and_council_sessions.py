"""Shapes of Taiwan, Hong Kong and Macau government releases in Traditional characters. Invented sentences; the
expected values follow corpus/GUIDELINES.md §3 (a Taiwan council's numbered session is held by the council, ninth
round), §4 (the title written next to the name), §5 (an honour named and counted) and §6 (money only intended; money
granted, not a name).

- A plan or a forecast for a later year (政府规划至2030年投入…, 市府预计明年再投入三亿元) is money only intended, like
  计划投入 (§6): both were recorded as funding.
- An amount inside a quoted scheme name (「三百亿元中央扩大租金补贴专案计画」修正案) is a word of the name, no money
  stated (§6): it was recorded.
- A bare side in a two-person caption (县长徐明哲（左）与校长黄启仁（右）) ran into the second person's title
  (（左）与校长): §4 takes the title written next to the name.
- A council's numbered session called 定期大会 or 临时会议 (新竹县议会第十一届第四次定期大会) is organized by the council
  (§3 ninth round): the county before it was taken as the holder and cut from the name.
- Heads or staff closing the list of those attending with their count (出席仪式的还有…，以及各机构负责人约一百二十人)
  are the attendee count (§3): the count was missed, read only after 嘉宾/代表/师生 and the like.
- Families commended for filial care (表扬…八个孝亲家庭) are an honour counted (§5), like 五好家庭: it was missed.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


def _amounts(record: dict) -> list[float]:
    return [amount for amount, _, _ in grants(record)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("10月7日，经济部举办论坛。部长致词时强调，政府规划至2030年投入新台币九百亿元，协助中小企业导入节能设备。", []),
        ("5月6日，市政府召开会议。市长表示，市政府规划未来五年投入50亿元建设轨道交通。", []),
        ("5月6日，县政府召开防汛会议。另外，县政府预计明年再投入三亿元推动滞洪池建设。", []),
        ("5月6日，公司召开董事会。公司预计2026年投资8亿元扩建厂房。", []),
        ("5月6日，市政府召开会议。市府预计于明年投入1.5亿元改善校舍。", []),
        # near misses: money put in as planned, or a forecast with no later time before the verb
        ("5月6日，县政府召开会议。县政府按规划投入资金2000万元，完成了老旧小区改造。", [20000000]),
        ("5月6日，县政府召开会议，决定由县财政拨付资金500万元，预计明年春耕前全部发放到位。", [5000000]),
    ],
)
def test_plan_or_forecast_for_a_later_year_is_intended(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("行政院今日上午召开院会。会中通过「三百亿元中央扩大租金补贴专案计画」修正案。", []),
        ("5月6日，省政府召开会议，部署“五千万元乡村振兴示范项目”的实施。", []),
        ("5月6日，市政府召开会议，审议“十亿元产业引导基金”管理办法。", []),
        # near misses: the amount outside the marks, or quoted alone
        ("5月6日，县政府召开会议，决定拨付“乡村振兴”专项资金500万元。", [5000000]),
        ("5月6日，县政府召开会议，决定拨款「2亿元」兴建运动中心。", [200000000]),
    ],
)
def test_amount_inside_a_quoted_name_is_no_money(extract, body, expected):
    assert _amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月6日上午，县政府与东华科技大学举行合作备忘录签署仪式。黄启仁校长则说，将开设智慧农业学程。"
         "［图说］县长徐明哲（左）与校长黄启仁（右）签署合作备忘录后合影。", "黄启仁", "校长"),
        ("5月6日上午举行签约仪式。区长王明（左）和董事长陈刚（右）签约后合影。陈刚致辞。", "陈刚", "董事长"),
        # near misses: a numbered side, and a bracketed qualifier that stays in the title
        ("5月6日上午举行签约仪式。主委李天赐（右三）与文化局长赖维钧（左三）签约。赖维钧致辞。", "赖维钧", "文化局长"),
        ("5月6日上午召开会议。副院长（主持工作）张明讲话。", "张明", "副院长（主持工作）"),
    ],
)
def test_bare_caption_side_is_no_title(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新竹县议会第十一届第四次定期大会昨（7）日上午在议事厅开议，由议长李宗翰主持。",
         [("新竹县议会第十一届第四次定期大会", "2024-05-07", "新竹县议会")]),
        ("新竹县议会第十一届第四次定期大会昨（7）日上午开幕，由议长李宗翰主持。",
         [("新竹县议会第十一届第四次定期大会", "2024-05-07", "新竹县议会")]),
        ("宜兰县议会第20届第5次临时会议今日上午开议，议长张明主持。",
         [("宜兰县议会第20届第5次临时会议", "2024-05-08", "宜兰县议会")]),
    ],
)
def test_council_session_is_held_by_the_council(extract, body, expected):
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        # near misses: a county's own numbered meeting (no council in it), and a council's committee (no numbered
        # sitting): the council-session reading must not fire
        ("新竹县第十一届第四次工作会议昨日上午召开。", "新竹县"),
        ("新竹县议会程序委员会昨日上午召开会议。", "新竹县议会程序委员会"),
    ],
)
def test_no_council_sitting_no_council_organizer(extract, body, organizer):
    assert [m[2] for m in held(extract(page(body)))] == [organizer]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("嘉义市政府昨日上午举办表扬大会，市长亲自颁奖，表扬三十二位孝行楷模及八个孝亲家庭。",
         [("孝行楷模", 32, "位", "person"), ("孝亲家庭", 8, "个", None)]),
        ("5月6日，县妇联召开表彰大会，表彰孝心少年十名。", [("孝心少年", 10, "名", "person")]),
        ("5月6日，区妇联召开表彰会，表彰孝亲家庭20个。", [("孝亲家庭", 20, "个", None)]),
        # near misses: families visited, no honour conferred
        ("5月6日，社工走访了八个孝亲家庭，了解老人生活情况。", []),
        ("5月6日，社区召开座谈会，12名孝亲志愿者参加。", []),
    ],
)
def test_filial_honour_is_counted(extract, body, expected):
    assert honours(extract(page(body))) == expected


def _attendance(record: dict) -> list[tuple[int | None, bool]]:
    return [(m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("社会工作局昨日下午举行资助协议签署仪式。局长韩卫致辞。出席仪式的还有副局长邝宝莲、何志明，以及各机构负责人约一百二十人。",
         [(120, True)]),
        ("5月6日，市政府召开座谈会。出席会议的还有各部门负责人20人。", [(20, False)]),
        ("5月6日，区委召开动员大会。参加会议的有区领导王明，以及区直单位干部300余人。", [(300, True)]),
        # near misses: the heads named with no count after them, or a count of people honoured in a later clause
        ("5月6日，市政府召开座谈会。出席会议的还有各部门负责人，会上表彰了12名工作人员。", [(None, False)]),
        ("5月6日，市政府召开座谈会。出席会议的还有各部门负责人，会后慰问了困难群众20人。", [(None, False)]),
    ],
)
def test_heads_closing_the_attendance_list_are_counted(extract, body, expected):
    assert _attendance(extract(page(body))) == expected
