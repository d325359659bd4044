"""Fixer fxn: a standing body's session named with no number (县政府常务会议, 区政协常委会议) and a plenary numbered by
term and round (县委十二届五次全会, 县政协十届四次会议, 县十八届人大三次会议) have the body written before the session
noun as organizer (the lead's ruling, GUIDELINES §3 eighth round extended); the reviewer of a parade who makes remarks
(检阅了…并讲话, 检阅…后致辞) gets the role of the remark verb, as for 出席…并讲话 (§4); a festival's celebration with no
ceremony noun (举办…丰收节庆祝活动) is no meeting and remarks there give no role, like a drill (§3, §4), while its
opening ceremony is one. Invented sentences."""

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
        # (a passive name held at a venue, the place written before the body: moved from test_meeting_review_k14)
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
