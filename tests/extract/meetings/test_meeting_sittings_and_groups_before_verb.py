"""Meeting shapes of sittings of another body, lectures after openings, groups before the verb and announced things (invented sentences only).

Found: a sitting (开幕会/闭幕会/开幕大会) held by another body than the session's, dated inside the session's span, took
the session's venue; a party lecture told after attending a class's opening took that day when the attending was of
another time (去年…曾出席) or the attender only listened to it (听取…讲授的党课); groups counted before 参加 were summed
from the second group when the first was rough (30余名) or counted after its noun (县领导3名); the order adverb 先 cut
事先/预先/原先 in half in an organizer (县委事); 出席会议时宣布的事项 (a rule about meetings) was read as a meeting held.

GUIDELINES §3 twenty-first review round (the session's own opening or closing sitting takes the session's venue; a party
lecture a guest attending the opening gives in the same clause is on the opening's day), §3 eighteenth review round
(several groups counted as present add up), §3 organizer as written, §3 held meetings (a rule or notice is none).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(record: dict) -> list[dict]:
    return record["meetings"]


def _by_name(record: dict, name: str) -> list[dict]:
    return [m for m in record["meetings"] if m["name"] == name]


# -- W1: a sitting of another body takes no venue of the session ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "location"),
    [
        # (the session's own sitting: its venue)
        ("12月30日至31日，县政协第四次会议在县会议中心召开。31日下午，大会举行闭幕会。", "闭幕会", "县会议中心"),
        ("3月2日至4日，市人大第五次会议在市会议中心举行。4日上午，会议举行闭幕会。", "闭幕会", "市会议中心"),
        ("3月2日至4日，市人大第五次会议在市会议中心举行。4日上午，市人大第五次会议举行闭幕大会。", "闭幕大会", "市会议中心"),
        ("3月2日至4日，市人大第五次会议在市会议中心举行。4日上午举行闭幕大会。", "闭幕大会", "市会议中心"),
        # (negatives: another body's sitting keeps no venue)
        ("12月30日至31日，县政协第四次会议在县会议中心召开。31日下午，县人大常委会举行闭幕会。", "闭幕会", None),
        ("12月30日至31日，县政协第四次会议在县会议中心召开。31日下午，县运动会举行开幕大会。", "开幕大会", None),
        ("3月2日至4日，市人大第五次会议在市会议中心举行。4日上午，市总工会召开闭幕会。", "闭幕会", None),
    ],
)
def test_sitting_of_session_or_another_body(extract, body: str, name: str, location: str | None) -> None:
    assert [m["location"] for m in _by_name(extract(page(body)), name)] == [location]


# -- W2: a lecture after attending the opening, of another time or only listened to -------------------------------

_OPENING = "15日上午，县委组织部在县委党校举办培训班开班式。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the attender gives it in the same clause: a record on the opening's day)
        (_OPENING + "县委常委吴卫东出席开班式并为学员讲授党课。", [("党课", "2024-04-15")]),
        (_OPENING + "县委常委吴卫东出席开班式，并以《牢记初心》为题讲授专题党课。", [("专题党课", "2024-04-15")]),
        # (near misses kept: the surname 曾, listeners named as 听众)
        (_OPENING + "县委常委曾华出席开班式并为学员讲授党课。", [("党课", "2024-04-15")]),
        (_OPENING + "县委常委吴卫东出席开班式并为听众讲授党课。", [("党课", "2024-04-15")]),
        # (negatives: another year's attending, one listened to, one announced)
        (_OPENING + "去年县委常委吴卫东曾出席开班式并为学员讲授党课。", []),
        (_OPENING + "县委常委吴卫东出席开班式并听取了党校校长李华讲授的党课。", []),
        (_OPENING + "县委常委吴卫东出席开班式并聆听了党校教授讲授的党课。", []),
        (_OPENING + "县委常委吴卫东出席开班式并宣布将于下周为学员讲授专题党课。", []),
        (_OPENING + "县委常委吴卫东此前曾出席开班式并为学员讲授党课。", [("党课", None)]),
    ],
)
def test_lecture_after_attending_opening(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert [(m["name"], m["date"]) for m in _meetings(record) if m["name"].endswith("党课")] == expected


# -- W4: groups counted before the verb add up from the list's first group -----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，公司召开党员大会，公司30余名党员、11名入党积极分子、5名群众代表参加。", (46, True)),
        ("5月6日，县委召开座谈会，县领导3名、10名村支书和20名驻村工作队员参加座谈。", (33, False)),
        ("5月6日，镇党委召开党员大会，镇领导2名、40余名党员参加。", (42, True)),
        ("5月6日，公司召开党员大会，公司30名党员、11名入党积极分子、5名群众代表参加。", (46, False)),
        ("5月6日，公司召开表彰会，5名获奖代表和100余名职工参加。", (105, True)),
        # (negatives kept: one count only, a total after 等, a count in 人)
        ("5月6日，县委召开座谈会，30名村支书和县直部门负责人参加。", (30, False)),
        ("5月6日，县委召开座谈会，县领导约20人、10名村支书参加座谈。", (20, True)),
    ],
)
def test_groups_before_verb_add_up(extract, body: str, expected: tuple) -> None:
    meeting = _meetings(extract(page(body)))[0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == expected


# -- W5: an adverb of time or order ending in 先 is cut whole -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("5月6日，县委事先召开了常委会会议。", "县委"),
        ("5月6日，县政府首先召开了常务会议。", "县政府"),
        ("5月6日，县委先召开了常委会会议。", "县委"),
        ("5月6日，市委预先召开了专题会议。", "市委"),
        ("5月6日，县政协原先召开了主席会议。", "县政协"),
        # (negative kept: 优先 is not cut, as before)
        ("5月6日，市委优先召开了专题会议。", "市委优先"),
    ],
)
def test_adverb_before_holding_cut_whole(extract, body: str, organizer: str) -> None:
    assert _meetings(extract(page(body)))[0]["organizer"] == organizer


# -- W9: a thing announced there as an attribute is no meeting held ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("代表出席会议时宣布的事项一律保密。", []),
        ("委员参加会议时宣布的决定须严格执行。", []),
        ("会议宣布的事项一律保密。", []),
        # (near miss kept: a measure announced there is a remark made at the event, held)
        ("5月6日，县长出席签约仪式时宣布，政府已预留资金。", ["签约仪式"]),
    ],
)
def test_announced_thing_no_meeting(extract, body: str, expected: list) -> None:
    assert [m["name"] for m in _meetings(extract(page(body)))] == expected
