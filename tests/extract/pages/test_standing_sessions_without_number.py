"""Meeting and speaker shapes of standing sessions without a number and plenaries numbered by term: a standing body's session named with no number (县政府常务会议, 区政协常委会议) and a plenary numbered by
term and round (县委十二届五次全会, 县政协十届四次会议, 县十八届人大三次会议) have the body written before the session
noun as organizer (the lead's ruling, GUIDELINES §3 eighth round extended); the reviewer of a parade who makes remarks
(检阅了…并讲话, 检阅…后致辞) gets the role of the remark verb, as for 出席…并讲话 (§4); a festival's celebration with no
ceremony noun (举办…丰收节庆祝活动) is no meeting and remarks there give no role, like a drill (§3, §4), while its
opening ceremony is one. Invented sentences.

Later round (review rev105, s117 remaining shapes; GUIDELINES §3 nineteenth review round):

- s117_23: a bare 闭幕式暨颁奖典礼 told after a contest (…大赛决赛在…落幕。本届大赛由甲、乙主办。…举行了闭幕式暨颁奖典礼)
  got no organizer and no venue: a contest's own closing or prize ceremony takes the contest's holders and venue when it
  names none (where it was held or closed; where it opened is the opening's venue only). The bare closing rite is tied to the one contest told before it (held, opened, closed: 举行, 开赛, 落幕), as a
  bare 开幕式 is to the festival told opening; a ceremony named after a prize, or after another event told between, is not.
- s117_16: 此前，1月上旬，局党组召开会议，… after the main meeting was dropped as the main meeting again: a body's session
  told as an earlier step by a month (or a part of one) and no day is a record with date null. A bare 主持会议 that
  follows no longer names that bare 会议 by its name: it chairs the main meeting as before.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers

# -- 1: a standing body's session with no number -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，区政协常委会议召开，区政协主席王建国主持会议。", ("区政协常委会议", "区政协")),
        ("5月6日，县政府常务会议召开，县长李明主持会议并讲话。", ("县政府常务会议", "县政府")),
        ("5月6日，县人大常委会主任会议召开，县人大常委会主任张华主持。", ("县人大常委会主任会议", "县人大常委会")),
        ("5月6日下午，县委常委会会议召开，县委书记刘强主持会议。", ("县委常委会会议", "县委")),
        ("5月6日，区政协主席会议在区行政中心召开。", ("区政协主席会议", "区政协")),
        ("5月6日，县长李明主持召开县政府常务会议，研究部署防汛工作。", ("县政府常务会议", "县政府")),
        ("5月6日，中共江城市委常委（扩大）会议召开。", ("中共江城市委常委（扩大）会议", "中共江城市委")),
        ("5月6日，市委书记周明主持召开市委常委会，研究相关事项。", ("市委常委会", "市委")),
        # (a passive name held at a venue, the place written before the body: moved from test_meeting_borrowed_venues_and_bare_names)
        ("5月6日，平安县委常委会会议在市会议中心举行。", ("平安县委常委会会议", "平安县委")),
    ],
)
def test_standing_session_without_number_has_its_body_as_organizer(extract, body: str, expected: tuple) -> None:
    assert held(extract(page(body))) == [(expected[0], "2024-05-06", expected[1])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: the body only from the context (a title), not written in the name
        ("5月6日，县委书记刘强主持召开常委会会议。", ("常委会会议", None)),
        # NEGATIVE: the subject of 召开 as before, the bare session noun giving nothing more
        ("5月6日，县政府召开常务会议，县长李明主持。", ("常务会议", "县政府")),
        # NEGATIVE: a department's own meeting, a scope word before a meeting's name
        ("5月6日，区委组织部召开部务会议。", ("部务会议", "区委组织部")),
        ("5月6日，县政府召开全县安全生产工作会议。", ("全县安全生产工作会议", "县政府")),
    ],
)
def test_session_body_not_from_context(extract, body: str, expected: tuple) -> None:
    assert held(extract(page(body))) == [(expected[0], "2024-05-06", expected[1])]


# -- 2: a plenary numbered by term and round -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县委十二届五次全会召开。", ("县委十二届五次全会", "县委")),
        ("5月6日，中共江城市委十三届七次全体会议在江城举行。", ("中共江城市委十三届七次全体会议", "中共江城市委")),
        ("5月6日，县委十二届五次全会在县会议中心召开，县委书记刘强讲话。", ("县委十二届五次全会", "县委")),
        ("5月6日，县政协十届四次会议开幕。", ("县政协十届四次会议", "县政协")),
        ("5月6日上午，县十八届人大三次会议隆重开幕。", ("县十八届人大三次会议", "县人大")),
        ("5月6日上午，区第九届人大第四次会议在区人民会堂开幕。", ("区第九届人大第四次会议", "区人大")),
        # (already read before: a session number with 第)
        ("5月6日上午，县委2024年第一次全会召开。", ("县委2024年第一次全会", "县委")),
    ],
)
def test_numbered_plenary_has_its_body_as_organizer(extract, body: str, expected: tuple) -> None:
    assert held(extract(page(body))) == [(expected[0], "2024-05-06", expected[1])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a national plenary, no place's body before the term
        ("5月6日，十四届全国人大二次会议在北京开幕。", "十四届全国人大二次会议"),
        # NEGATIVE: a pronoun before the place
        ("5月6日，该县十八届人大三次会议开幕。", "该县十八届人大三次会议"),
    ],
)
def test_no_body_organizer_without_a_place_body(extract, body: str, expected: str) -> None:
    assert held(extract(page(body))) == [(expected, "2024-05-06", None)]


# -- 3: remarks at a parade reviewed -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，市委书记王强检阅了市消防救援支队新训学员结业会操并讲话。", ("市委书记", ("讲话",))),
        ("5月6日上午，市委书记王建国检阅了市消防救援支队新训学员结业会操并讲话。", ("市委书记", ("讲话",))),
        ("5月6日上午，市消防救援支队新训学员结业会操举行，市委书记王强检阅了受阅方队并讲话。", ("市委书记", ("讲话",))),
        ("5月6日上午，县武警中队新兵结业会操举行。副县长李明检阅受阅方队后致辞。", ("副县长", ("致辞",))),
        ("5月6日上午，县武警中队新兵结业会操举行。副县长李明检阅了受阅方队，并致辞。", ("副县长", ("致辞",))),
        ("5月6日上午，市委书记王建国检阅了市消防救援支队新训学员结业会操。王建国在讲话中指出，要加强训练。",
         ("市委书记", ("讲话",))),
    ],
)
def test_reviewer_gets_the_remark_role(extract, body: str, expected: tuple) -> None:
    found = speakers(extract(page(body)))
    assert len(found) == 1
    assert next(iter(found.values())) == expected


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("5月6日上午，副市长李明检阅了县武警中队新兵结业会操后致辞。", "致辞"),
        ("5月6日上午，副市长李明检阅了县武警中队新兵结业会操后发表讲话。", "讲话"),
    ],
)
def test_parade_reviewed_then_remarks_is_held(extract, body: str, role: str) -> None:
    record = extract(page(body))
    assert held(record) == [("县武警中队新兵结业会操", "2024-05-06", None)]
    assert speakers(record) == {"李明": ("副市长", (role,))}


def test_parade_reviewed_then_a_visit_is_no_name_run_on(extract) -> None:
    # NEGATIVE: what follows 后 is another act, not remarks: no name running on past 后
    record = extract(page("5月6日上午，副市长李明检阅了县武警中队新兵结业会操后前往营区看望官兵。"))
    assert all("看望" not in m["name"] for m in record["meetings"])
    assert speakers(record) == {}


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a review with no remarks, a review ahead
        "5月6日上午，市委书记王强检阅了市消防救援支队新训学员结业会操。",
        "5月6日上午，市委书记王强将检阅新训学员结业会操并讲话。",
    ],
)
def test_reviewer_without_remarks_is_no_speaker(extract, body: str) -> None:
    assert speakers(extract(page(body))) == {}


# -- 4: a festival's celebration with no ceremony noun ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，县里举办2025年中国农民丰收节庆祝活动，副县长李明致辞。",
        "5月6日，江城市2025年中国农民丰收节庆祝活动在东山村举行，副县长李明致辞。",
        "5月6日，东山镇开展端午节庆祝活动，镇党委书记王强讲话。",
        "5月6日，县里举办2025年中国农民丰收节庆祝活动，共有300余名群众参加。",
    ],
)
def test_festival_celebration_is_no_meeting_and_gives_no_role(extract, body: str) -> None:
    record = extract(page(body))
    assert record["meetings"] == []
    assert record["speakers"] == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # NEGATIVE: the celebration's opening ceremony named, a commendation at it, another kind of 活动
        ("5月6日，县里举办2025年中国农民丰收节庆祝活动开幕式，副县长李明致辞。", "2025年中国农民丰收节庆祝活动开幕式"),
        ("5月6日，县里举办庆祝第40个教师节活动，副县长李明为优秀教师颁奖。", "庆祝第40个教师节活动"),
        ("5月6日，东山村举办重阳节敬老活动，县委副书记王强出席活动并致辞。", "重阳节敬老活动"),
        ("5月6日，县里举办节能宣传活动，副县长李明出席活动并致辞。", "节能宣传活动"),
    ],
)
def test_festival_ceremony_or_other_activity_stays_a_meeting(extract, body: str, name: str) -> None:
    record = extract(page(body))
    assert [m["name"] for m in record["meetings"]] == [name]
    assert record["speakers"] != []


# -- later round: a bare closing rite after a contest; an earlier body session told by month (§3 nineteenth round) --


def _rows(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["date_text"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "organizer", "location"),
    [
        ("5月6日上午，江州市第三届职业技能大赛在市体育中心开幕。本届大赛由江州市人社局、江州市总工会主办。"
         "经过两天角逐，5月7日下午，闭幕式暨颁奖典礼举行。", "江州市人社局、江州市总工会", None),
        ("5月6日，青山区首届青年创新创业大赛决赛在区会展中心举行。大赛由青山区团委主办。当天下午，闭幕式暨颁奖典礼隆重举行。",
         "青山区团委", "区会展中心"),
        ("5月6日，云川县第二届农民丰收节厨艺大赛在县文化广场开赛。本届大赛由云川县农业农村局主办。"
         "比赛结束后，闭幕式暨颁奖典礼举行。", "云川县农业农村局", None),
        ("5月5日，江州市第三届职业技能大赛在市体育中心举行。本届大赛由江州市人社局主办。5月7日，闭幕式暨颁奖典礼在江州大剧院落幕。",
         "江州市人社局", "江州大剧院"),
        ("5月6日，白河区第二届青年歌手大赛在区文化馆闭幕。大赛由区团委主办。闭幕式上，区委副书记王强致辞。",
         "区团委", "区文化馆"),
    ],
)
def test_bare_closing_rite_takes_the_contest_told_before(extract, body: str, organizer: str, location: str | None) -> None:
    # (where the contest opened, 开幕/开赛, is only its opening's venue: the closing keeps none, as tests/extract/
    # meetings/test_organizer_prefixes_and_fair_venues.py reads it)
    closing = [m for m in extract(page(body))["meetings"] if m["name"].startswith("闭幕")]
    assert [(m["organizer"], m["location"]) for m in closing] == [(organizer, location)]


def test_bare_closing_rite_after_a_contest_closed_in_the_headline_and_body(extract) -> None:
    text = ("集团第三届职工技能大赛落幕\n2024-05-08 来源：集团工会\n"
            "5月6日，江城机械集团第三届职工技能大赛决赛在集团实训基地落幕。本届大赛由集团工会、人力资源部联合主办。\n"
            "当天下午举行了闭幕式暨颁奖典礼。闭幕式由集团工会主席刘亮主持。\n")
    closing = [m for m in extract(text)["meetings"] if m["name"] == "闭幕式暨颁奖典礼"]
    assert [(m["organizer"], m["location"]) for m in closing] == [("集团工会、人力资源部", "集团实训基地")]


@pytest.mark.parametrize(
    "body",
    [
        # another event told held between the contest and the ceremony: its closing, not the contest's
        "5月6日，白河区第二届青年歌手大赛在区文化馆举行。大赛由区团委主办。5月7日，白河区第三届读书节论坛在区图书馆举行。"
        "当天下午，闭幕式暨颁奖典礼举行。",
        # two contests told: whose closing is not said
        "5月6日，甲县歌手大赛在县剧院举行。5月6日，乙县舞蹈大赛在乙县剧院举行。当天，闭幕式暨颁奖典礼举行。",
        # a ceremony named after a prize is the prize scheme's, not the contest's
        "5月6日，白河区第二届青年歌手大赛在区文化馆举行。大赛由区团委主办。5月7日，“红叶文学奖”颁奖典礼举行。",
        # no contest told at all
        "5月6日，白河区第三届读书节论坛在区图书馆举行。当天下午，闭幕式暨颁奖典礼举行。",
    ],
)
def test_closing_rite_with_no_one_contest_before_keeps_no_holder(extract, body: str) -> None:
    rites = [m for m in extract(page(body))["meetings"] if m["name"].endswith(("典礼", "仪式", "式"))]
    assert rites and all(m["organizer"] is None and m["location"] is None for m in rites)


@pytest.mark.parametrize(
    ("body", "name", "date_text", "organizer"),
    [
        # (organizer changed in the twenty-fourth review round, GUIDELINES §3: a bare 局党组 is a generic subject, its
        # full name never composed from the bureau named before; these rows read "局党组" before, pages/test_past_year_grants_and_chairs_introducing.py)
        ("5月6日，江州市交通运输局召开会议。1月上旬，局党组召开会议，专题研究安全生产工作。", "会议", "1月上旬", None),
        ("5月6日，县统计局召开工作会议。3月中旬，局党组已召开会议，研究部署普查工作。", "会议", "3月中旬", None),
        ("5月6日，县统计局召开工作会议。4月下旬，局党组召开会议，研究部署普查工作。", "会议", "4月下旬", None),
        ("5月6日，江州市交通运输局召开会议。今年1月，局党组召开会议，专题研究安全生产工作。", "会议", "今年1月", None),
        ("5月6日，县统计局召开工作会议。此前，12月中旬，局党组已召开会议，研究部署普查工作。", "会议", "12月中旬", None),
    ],
)
def test_earlier_body_session_told_by_month_is_a_record(extract, body: str, name: str, date_text: str, organizer: str | None) -> None:
    rows = _rows(extract(page(body)))
    assert len(rows) == 2
    assert rows[1] == (name, None, date_text, organizer, None)


@pytest.mark.parametrize(
    "body",
    [
        # 此前 alone gives no date: the main meeting again, as today
        "5月6日，江州市交通运输局召开会议。此前，局党组召开会议，专题研究安全生产工作。",
        # a month after the page's, not told done: ahead, no earlier step
        "5月6日，县统计局召开工作会议。6月上旬，局党组召开会议，研究部署普查工作。",
        # the page's own month: perhaps the main meeting again
        "5月6日，县统计局召开工作会议。5月上旬，局党组召开会议，研究部署普查工作。",
        # a stretch of time, not a time held
        "5月6日，县统计局召开工作会议。3月以来，局党组召开会议，研究部署普查工作。",
        # the main meeting's own body: the main meeting again
        "5月6日，县统计局党组召开会议。3月，县统计局党组召开会议，研究部署普查工作。",
        # a series held many times
        "5月6日，县统计局召开工作会议。3月，局党组多次召开会议，研究部署普查工作。",
    ],
)
def test_month_opening_near_misses_stay_one_meeting(extract, body: str) -> None:
    assert len(extract(page(body))["meetings"]) == 1


def test_bare_chair_of_the_meeting_after_an_earlier_session_chairs_the_main_one(extract) -> None:
    body = ("1月24日，江城市水利局召开2024年度党支部书记述职评议会。局党组成员李华主持会议。\n"
            "此前，1月上旬，局党组召开会议，专题研究部署党建重点任务。\n局机关党员干部60余人参加会议。")
    meetings = extract(page(body, "2025-02-05"))["meetings"]
    assert [(m["date_text"], (m["host"] or {}).get("name")) for m in meetings] == [("1月24日", "李华"), ("1月上旬", None)]
