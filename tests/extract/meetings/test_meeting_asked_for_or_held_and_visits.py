"""Meeting shapes of events asked for or held, visits before events, scheme ceremonies and committee work meetings.

What was found on invented pages, and the guideline that rules it (corpus/GUIDELINES.md §3):

G1. "An event a speaker asks for (`会议强调，要扎实开展主题党日活动`) is planned: no record." The modal or asking word was
    searched anywhere in the subject of 开展, so a name holding 希望 (希望小学党支部) and a directive the subject followed
    (按照县委要求开展) dropped held events. Now the modal must govern the verb and the asking verb follow its speaker.
G2. §3 location is a place: `来到东庄村看望老党员，开展…` took the visit and its object into the venue; a visit of its own
    before the event tells no event held there (as 来到某村调研，开展…), so no record.
G3. "The awards ceremony of a prize scheme that the page says a body holds … is organized by that body": any awards
    ceremony on the page took the scheme's body, also one of another prize (江城文学奖 beside “江城好人”评选活动).
G4. "A self-reference as the venue … is the one body named as host or 承办 in that sentence or the next": a host written
    as the attribute of another event in the next sentence (江城大学主办的招聘会) was taken.
    The same rule read only 在本院召开, not 于本院召开 (a venue form too): now both.
G5. "A place as the subject before a meeting name that opens with a body … gives that body under the place": a joint
    meeting of the place's bodies (党委政府联席会议) is no party committee's own, the place holds it.
G6. "A named lesson given inside a ceremony (`典礼最后，书记为毕业生上了“最后一课”`) is a lecture record": a sentence
    opening on the ceremony's name (毕业典礼上，, 开学典礼期间，) was not read as inside it, while a time readying it
    (在筹备开学典礼期间) was. "A lecture told right after a ceremony … takes the ceremony's venue … when it names no place
    of its own": not when the sentence tells those present going elsewhere (前往纪念馆). (That venue reading was withdrawn
    since, GUIDELINES §8: the lecture names no venue either way.)
G15. §3 eighth round: a party committee before a line of work's meeting holds it; 老干部工作 (the work for retired
    cadres) was read as a department's (部 of 干部).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


# --- G1: asked for (planned) vs. held ------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，希望小学党支部开展“重温入党誓词”主题党日活动。",
     [("“重温入党誓词”主题党日活动", "希望小学党支部", None)]),
    ("5月6日，希望集团党委开展“学党史”主题党日活动。", [("“学党史”主题党日活动", "希望集团党委", None)]),
    ("5月6日，第一党支部按照县委要求开展“学党史”主题党日活动。", [("“学党史”主题党日活动", "第一党支部", None)]),
    ("5月6日，村党支部根据上级要求组织党员开展主题党日活动。", [("主题党日活动", "村党支部", None)]),
    ("5月6日，机关党支部依照上级要求开展“学党史”主题党日活动。", [("“学党史”主题党日活动", "机关党支部", None)]),
    # NEGATIVE: asked for by a speaker or a meeting, none held
    ("5月6日，县委召开会议。会议强调，要扎实开展主题党日活动。", [("会议", "县委", None)]),
    ("5月6日，县委召开会议。会议要求各支部认真开展“学党史”主题党日活动。", [("会议", "县委", None)]),
    ("5月6日，县委召开会议。县委号召各级党组织开展“学党史”主题党日活动。", [("会议", "县委", None)]),
    ("5月6日，县委召开会议。县委书记希望各支部开展“学党史”主题党日活动。", [("会议", "县委", None)]),
])
def test_asked_for_or_held(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G2: a visit before the event ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，县委组织部党员干部来到东庄村看望老党员，开展主题党日活动。", []),
    ("5月6日，县委组织部党员干部来到东庄村走访群众，开展“我为群众办实事”主题党日活动。", []),
    ("5月6日，机关党支部党员走进敬老院慰问老人，开展主题党日活动。", []),
    ("5月6日，县委组织部党员干部来到东庄村，走访群众，开展主题党日活动。", []),
    # NEGATIVE: going to the place, the event held there
    ("5月6日，机关党支部组织党员来到纪念馆，开展主题党日活动。", [("主题党日活动", "机关党支部", "纪念馆")]),
])
def test_visit_before_event(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G3: the ceremony of the scheme the page names -----------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("“江城好人”评选活动由市文明办主办，目前正在网络投票中。另据报道，第五届江城文学奖颁奖典礼昨日在市文化馆举行。",
     [("第五届江城文学奖颁奖典礼", None, "市文化馆")]),
    ("第五届江城文学奖颁奖典礼昨日在市文化馆举行。据悉，“江城好人”评选活动由市文明办主办，将于下月揭晓。",
     [("第五届江城文学奖颁奖典礼", None, "市文化馆")]),
    # NEGATIVE: the scheme's own ceremony, named or bare
    ("“江城好人”评选活动由市文明办主办。5月6日，“江城好人”颁奖典礼在市文化馆举行。",
     [("“江城好人”颁奖典礼", "市文明办", "市文化馆")]),
    ("由县教育局主办的“最美教师”评选活动圆满结束。5月6日，“最美教师”颁奖典礼在县文化馆举行。",
     [("“最美教师”颁奖典礼", "县教育局", "县文化馆")]),
    ("由县教育局主办的“最美教师”评选活动圆满结束。5月6日，颁奖典礼在县文化馆举行。",
     [("颁奖典礼", "县教育局", "县文化馆")]),
])
def test_scheme_ceremony(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G4: a self-reference read in the next sentence ----------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，座谈会在我局召开。市档案局主办的“档案里的江城”展览同日开幕。", [("座谈会", None, None)]),
    ("5月6日，会议在我院召开。会后，江城医学院主办的义诊活动在广场举行。", [("会议", None, None)]),
    ("5月6日，研讨会在我院召开。江城大学法学院主办的模拟法庭大赛下月举行。", [("研讨会", None, None)]),
    ("5月6日，论坛在我校召开。江城大学主办的招聘会下月举行。", [("论坛", None, None)]),
    ("5月6日，论坛在我校学术报告厅召开。江城大学主办的招聘会下月举行。", [("论坛", None, "学术报告厅")]),
    ("5月6日，座谈会于本院召开。会后，江城医学院主办的义诊活动在广场举行。", [("座谈会", None, None)]),
    # NEGATIVE: the host of this event told next (于本院 as 在本院, a venue form)
    ("5月6日，座谈会在我院召开。本次座谈会由江城医学院承办。", [("座谈会", None, "江城医学院")]),
    ("5月6日，座谈会于本院召开。本次座谈会由江城医学院承办。", [("座谈会", None, "江城医学院")]),
    ("5月6日，研讨会于我校召开。本次研讨会由江城大学承办。", [("研讨会", None, "江城大学")]),
    ("5月6日，研讨会在我校召开。本次研讨会由江城大学法学院承办。", [("研讨会", None, "江城大学")]),
])
def test_self_reference_next_sentence(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G5: a joint meeting of a place's bodies -----------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，安乐镇召开党委政府联席会议。", [("党委政府联席会议", "安乐镇", None)]),
    ("5月6日，安乐镇召开党委人大联席会议。", [("党委人大联席会议", "安乐镇", None)]),
    ("5月6日，安乐镇召开党委、政府联席会议。", [("党委、政府联席会议", "安乐镇", None)]),
    # NEGATIVE: the body's own meeting
    ("5月6日，安乐镇召开党委理论学习中心组学习会议。", [("党委理论学习中心组学习会议", "安乐镇党委", None)]),
])
def test_joint_meeting_of_place(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G15: 干部 is no department ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，中共临川县委老干部工作会议在县委党校召开。", [("中共临川县委老干部工作会议", "中共临川县委", "县委党校")]),
    ("5月6日，中共临川县委经济工作会议在县委党校召开。", [("中共临川县委经济工作会议", "中共临川县委", "县委党校")]),
    # NEGATIVE: a department's own work
    ("5月6日，中共临川县委宣传部工作会议在县委党校召开。", [("中共临川县委宣传部工作会议", None, "县委党校")]),
    ("5月6日，中共临川县委组织部工作会议在县委党校召开。", [("中共临川县委组织部工作会议", None, "县委党校")]),
])
def test_committee_work_meeting(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body))) == expected


# --- G6: inside a ceremony, and right after it --------------------------------------------------------------------

def _lectures(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(m["name"], m["date"], m["location"]) for m in record["meetings"][1:]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，学校举行毕业典礼。毕业典礼上，老校长为毕业生上了“最后一课”。", [("最后一课", "2024-05-06", None)]),
    ("5月6日，学校举行开学典礼。开学典礼期间，教授王某作了学术报告。", [("学术报告", "2024-05-06", None)]),
    ("5月6日，学校举行开学典礼。在开学典礼上，教授王某作了学术报告。", [("学术报告", "2024-05-06", None)]),
    ("5月6日，培训班开班式在县委党校举行。开班式后，教授王某作专题讲座。", [("专题讲座", "2024-05-06", None)]),  # venue withdrawn, §8
    # NEGATIVE: a time before the ceremony, whose day is not told; a place gone to after it
    ("5月6日，学校举行开学典礼。在筹备开学典礼期间，教授王某作了学术报告。", []),
    ("5月6日，学校举行毕业典礼。准备毕业典礼期间，教授王某作了学术报告。", []),
    ("5月6日，培训班开班式在县委党校举行。开班式后，学员们乘车前往纪念馆，教授王某作专题讲座。",
     [("专题讲座", "2024-05-06", None)]),
])
def test_lecture_at_ceremony(extract, body: str, expected: list) -> None:
    assert _lectures(extract(page(body))) == expected
