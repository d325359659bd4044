"""Shapes: a ceremony chaired in a clause after the sitting just
held in the same sentence (，会议结束后主任周某主持宪法宣誓仪式) is a record of its own and its chair no host of the
sitting; a quantifier before the ceremony chaired (主持了整场颁奖典礼) is no part of its name; a bare 锦标赛 is a
sports championship, so grades won in it are no awards (GUIDELINES §5), while a 联赛 still needs a sport word.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 meetings: name, organizer, host; several
events; §5 awards)."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


def _meetings(record: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, date, organizer, host's name) of each meeting, in order."""
    return [(m["name"], m["date"], m["organizer"], m["host"] and m["host"]["name"]) for m in record["meetings"]]


_SITTING = ("县人大常委会第二十次会议", "2024-05-07", "县人大常委会")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a ceremony chaired in the clause after the sitting, in one sentence: its own record, its chair its host
        ("5月7日，县人大常委会召开第二十次会议，会议结束后主任周永年主持宪法宣誓仪式。",
         [(*_SITTING, None), ("宪法宣誓仪式", "2024-05-07", None, "周永年")]),
        ("5月7日，县人大常委会召开第二十次会议，会后，主任周永年主持了宪法宣誓仪式。",
         [(*_SITTING, None), ("宪法宣誓仪式", "2024-05-07", None, "周永年")]),
        # unchanged: the same told across two sentences (r2mt)
        ("5月7日，县人大常委会召开第二十次会议。会议结束后，主任周永年为新任命的国家工作人员颁发任命书，并主持宪法宣誓仪式。",
         [(*_SITTING, None), ("宪法宣誓仪式", "2024-05-07", None, "周永年")]),
        # NEGATIVE: the sitting itself chaired, or chaired by someone named after 由: one record, its host
        ("5月7日，县人大常委会召开第二十次会议，主任周永年主持会议。", [(*_SITTING, "周永年")]),
        ("5月7日，县人大常委会召开第二十次会议，会议由主任周永年主持。", [(*_SITTING, "周永年")]),
    ],
)
def test_a_ceremony_chaired_after_the_sitting_in_one_sentence(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("5月7日，县委召开常委会会议。会议结束后，主持人张华主持了整场颁奖典礼。", "颁奖典礼"),
        ("5月7日，县委召开常委会会议。会议结束后，张华主持整个颁奖仪式。", "颁奖仪式"),
        ("5月7日，县委召开常委会会议。会议结束后，张华主持全场颁证仪式。", "颁证仪式"),
        ("5月7日，县委召开常委会会议。会议结束后，张华主持了整场全县优秀教师颁奖典礼。", "全县优秀教师颁奖典礼"),
        # NEGATIVE: no quantifier, the name as before
        ("5月7日，县委召开常委会会议。会议结束后，张华主持了颁奖典礼。", "颁奖典礼"),
    ],
)
def test_a_quantifier_before_the_ceremony_chaired_is_dropped(extract, body: str, name: str) -> None:
    got = _meetings(extract(page(body)))
    assert got[0][0] == "常委会会议"
    assert [m[0] for m in got[1:]] == [name]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare 锦标赛 is a sports championship: its grades are sports results, no awards (§5)
        ("5月7日，我校召开表彰大会。在全国青少年锦标赛中获得一等奖的5名学生和3名教练员受到表彰。", []),
        ("5月7日，市里召开表彰会。在全省青少年锦标赛中，我市5名运动员获一等奖。", []),
        # NEGATIVE: a 联赛 with no sport word is no sports meet (机器人联赛): its grades stay
        ("5月7日，我校召开表彰大会。在全国大学生机器人联赛中获得一等奖的5名学生受到表彰。", [("一等奖", 5, "名", "person")]),
        # NEGATIVE: a title conferred on the championship's winners stays an honour
        ("5月7日，我校召开表彰大会。在全国青少年锦标赛中获得一等奖的12名同学被授予“体育之星”称号。",
         [("体育之星", 12, "名", "person")]),
    ],
)
def test_a_bare_championship_is_a_sports_meet(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
