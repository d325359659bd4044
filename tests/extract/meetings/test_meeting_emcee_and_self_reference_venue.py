"""Meeting shapes of emcees, habits of chairing and self-reference venues: the 主持 of the noun
主持人 (an emcee) or a habit (曾多次主持…典礼) read as chairing a ceremony; the venue 在我校召开 read from the words
before 由, from the other school when the reporting school is itself a host, or from a college that is a unit of
the reporting school; the venue and host of a fair's opening ceremony read from a sentence about an earlier
edition; the chair of a ceremony told a clause after a sitting (，并主持宪法宣誓仪式) made the sitting's host.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 meetings: name, location, organizer,
host; several events)."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(record: dict) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(name, date, location, organizer, host's name) of each meeting, in order."""
    return [(m["name"], m["date"], m["location"], m["organizer"], m["host"] and m["host"]["name"])
            for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: 主持人 is an emcee, and 曾多次主持…典礼 a habit: no ceremony record
        ("5月7日，县文联举行迎五一文艺晚会。节目主持人李娜曾多次主持大型颁奖典礼，这次她又带来了精彩表现。",
         [("迎五一文艺晚会", "2024-05-07", None, "县文联", None)]),
        # the ceremony chaired is read after the second 主持, not from 主持人 on
        ("5月7日，县委召开全县优秀共产党员表彰大会。会议结束后，由主持人主持颁奖仪式。",
         [("全县优秀共产党员表彰大会", "2024-05-07", None, "县委", None), ("颁奖仪式", "2024-05-07", None, None, None)]),
        ("5月7日晚，县文联举办迎五一文艺晚会。晚会主持人王芳和李强共同主持颁奖典礼。",
         [("迎五一文艺晚会", "2024-05-07", None, "县文联", None), ("颁奖典礼", "2024-05-07", None, None, "王芳")]),
    ],
)
def test_an_emcee_chairs_no_ceremony(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


def test_an_emcee_chairing_a_ceremony_names_it_from_after_the_verb(extract) -> None:
    got = _meetings(extract(page("5月7日，县委召开常委会会议。会议结束后，主持人张华主持了整场颁奖典礼。")))
    assert got[0] == ("常委会会议", "2024-05-07", None, "县委", None)
    assert [m[0] for m in got[1:] if "人" in m[0] or "主持" in m[0]] == []
    assert got[1][0].endswith("颁奖典礼") and got[1][4] == "张华"


@pytest.mark.parametrize(
    ("body", "location"),
    [
        # NEGATIVE: the words before 由 are no part of the school's name
        ("5月7日，省高校图书馆工作年会在我校召开，会议由江城大学承办。", "江城大学"),
        # NEGATIVE: the reporting school is a host apart from the school named: it does not stand for it
        ("5月7日，由江城大学主办、我校承办的全省高校思政课教学研讨会在我校召开。", None),
        # NEGATIVE: a college named by its disciplines is a unit (of the reporting school), the school unnamed
        ("5月7日，由省教育厅主办、马克思主义学院承办的全省高校思政课教学研讨会在我校召开。", None),
        # unchanged: the one school named hosting it
        ("5月7日，由省教育厅主办、江城大学承办的全省高校思政课教学研讨会在我校召开。", "江城大学"),
        ("5月7日，由省教育厅主办、江城大学马克思主义学院承办的全省高校思政课教学研讨会在我校召开。", "江城大学"),
        ("5月7日，由省教育厅主办、江城医学院承办的全省高校思政课教学研讨会在我校召开。", "江城医学院"),
    ],
)
def test_the_school_a_self_reference_venue_stands_for(extract, body: str, location: str | None) -> None:
    assert [m[2] for m in _meetings(extract(page(body)))] == [location]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: last year's first edition, told between the fair and its opening ceremony, is not this fair
        ("5月7日，第三届农产品博览会在县体育馆举行。去年，由市政府主办的首届博览会在市会展中心举办。副县长王刚出席开幕式。",
         [("开幕式", "2024-05-07", None, None, None)]),
        # unchanged: the fair told right before
        ("5月7日，由县政府主办的第三届农产品博览会在县体育馆举行。副县长王刚出席开幕式。",
         [("开幕式", "2024-05-07", "县体育馆", "县政府", None)]),
    ],
)
def test_an_opening_ceremony_not_placed_by_an_earlier_edition(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


def test_the_chair_of_a_ceremony_a_clause_on_hosts_not_the_sitting(extract) -> None:
    # NEGATIVE: 并主持宪法宣誓仪式 makes him the ceremony's chair, not the host of the 会议 before 并
    got = _meetings(extract(page("5月7日，县人大常委会召开会议，县人大常委会主任周强为新任命人员颁发任命书，并主持宪法宣誓仪式。")))
    assert got[0] == ("会议", "2024-05-07", None, "县人大常委会", None)
