"""Meeting shapes of the thirteenth round's rules (GUIDELINES §3): phases or tallies, lectures and works, with near misses:

- A phase number was exempted from the tally of events before any works noun (3期项目培训会 read as one meeting);
  期 is a phase only before a works ceremony (二期项目投产仪式), else a tally (§3: a series is no meeting).
- A lecture given 会上 at a 专题辅导会 was a record of its own; 辅导 names a lecture meeting, whose lectures are its
  programme (§3 twelfth round: "unless the meeting's own name already holds it").
- A lecture inside an activity only planned (计划举办…活动。活动中，…) took the plan's day; an activity ahead holds no
  lecture yet (§3: planned events are no meetings).
- A works ceremony of 江城化工二厂 was read as held by 江城化工: a bare number right after the trade names a works of
  its own, as written (§3 organizer); 江城光电集团二厂 was read as 江城光电's plant, 集团 taken for a town.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # a tally of sessions, however the works noun reads
    ("5月6日，镇政府举办了3期项目培训会，200余名村干部参加。", []),
    ("5月6日，镇政府举办了两期工程培训会，200余名村干部参加。", []),
    # (kept: a phase of the works a ceremony is about)
    ("5月6日，江城集团举行二期项目投产仪式。", [("二期项目投产仪式", "2024-05-06", "江城集团")]),
    ("5月6日，天成乳业举行三期工程开工仪式。", [("三期工程开工仪式", "2024-05-06", "天成乳业")]),
])
def test_phase_or_tally(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，县委宣传部召开专题辅导会。会上，省委党校教授王强作了专题讲座。",
     [("专题辅导会", "2024-05-06", "县委宣传部")]),
    # (kept: a meeting of another kind, the lecture its own record)
    ("5月6日，县财政局召开资金发放大会。会上，县财政局局长王强作了专题讲座。",
     [("资金发放大会", "2024-05-06", "县财政局"), ("专题讲座", "2024-05-06", None)]),
])
def test_lecture_at_a_lecture_meeting(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，区检察院计划举办检察开放日活动。活动中，检察官王强为来宾作了专题讲座。", []),
    ("5月23日，区检察院将举办检察开放日活动。活动中，检察官王强为来宾作了专题讲座。", []),
    # (kept: the activity held, its day the lecture's)
    ("5月6日，区检察院举办检察开放日活动。活动中，检察官王强为来宾作了专题讲座。", [("专题讲座", "2024-05-06", None)]),
])
def test_lecture_in_an_activity_ahead(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "organizer"), [
    ("江城化工二厂于5月6日举行投产仪式，厂长王强致辞。", "江城化工二厂"),
    ("江城纺织二厂于5月6日举行揭牌仪式，厂长王强致辞。", "江城纺织二厂"),
    ("江城光电集团二厂于5月6日举行投产仪式，厂长王强致辞。", "江城光电集团"),
    # (kept: a company's plant, numbered with 第, after a town, or after the company's body word)
    ("力晶光电新竹三厂于5月6日举行投产仪式，厂长王强致辞。", "力晶光电"),
    ("华信集团第二工厂于5月6日举行竣工仪式，总经理王强致辞。", "华信集团"),
    ("江城光电第二工厂于5月6日举行竣工仪式，总经理王强致辞。", "江城光电"),
])
def test_works_or_plant(extract, body: str, organizer: str) -> None:
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [organizer]
