"""即将 closing a short attribute on another act before the holder or a person (`在即将换届的市人大常委会和市政府领导召开的
…联席会议上`, `即将离任的市长王林昨天主持召开了…`) tells that act ahead, not the meeting: the meeting stays held and the
remarks made there keep their role (GUIDELINES §3 and §4 thirty-eighth review round, from a recall read of newspaper
articles); an act of holding or a place in it (`即将召开的`, `即将在京召开的`, `即将开幕的`) and 即将 before the verb of
holding keep the meeting ahead, and so does an attribute with no verb of holding after the holder in its clause
(`在即将拉开帷幕的…会议上`, `即将揭晓的…大会上`: the meeting's own act ahead). Students by their stage holding the meeting
(`即将毕业的研究生…召开了座谈会`) are people, no organizer (GUIDELINES §3 organizer). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, names, page, speakers


@pytest.mark.parametrize(("body", "expected"), [
    ("最近，在即将换届的江城市人大常委会和市政府领导召开的联席会议上，市人大常委会主任王林要求各级政府继续努力。",
     ["联席会议"]),
    ("即将换届的县政府昨天召开了第28次常务会议。", ["第28次常务会议"]),
    ("即将离任的市长王林昨天主持召开了市政府常务会议。", ["市政府常务会议"]),
    # near misses: the meeting itself ahead
    ("在即将召开的全市工作会议上，市长王林将作报告。", []),
    ("在即将在京召开的全市工作会议上，市长王林将作报告。", []),
    ("在即将开幕的全市工作会议上，市长王林将作报告。", []),
    ("县政府即将于下周召开第28次常务会议。", []),
    ("县政府即将召开第28次常务会议。", []),
    # near misses: the meeting's own act ahead, no verb of holding after the attribute's noun
    ("在即将拉开帷幕的全省工作会议上，省长王林作报告。", []),
    ("在即将揭晓的年度评选大会上，评委会主任王林说，评选工作公平公正。", []),
    ("在即将开赛的全市运动会开幕式上，市长王林致辞。", []),
])
def test_ahead_word_in_holder_attribute(extract, body: str, expected: list) -> None:
    assert names(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("最近，在即将换届的江城市人大常委会和市政府领导召开的联席会议上，市人大常委会主任王林要求各级政府继续努力。",
     {"王林": ("市人大常委会主任", ("讲话",))}),
    # near miss: remarks to come at a meeting ahead
    ("在即将召开的全市工作会议上，市长王林将作报告。", {}),
    ("在即将拉开帷幕的全省工作会议上，省长王林作报告。", {}),
])
def test_remarks_at_meeting_after_ahead_attribute(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # students described by an act ahead hold a meeting: people, no organizer
    ("即将毕业的研究生昨天在学院召开了座谈会。", [("座谈会", "2024-05-07", None)]),
    ("应届毕业生们昨天召开了座谈会。", [("座谈会", "2024-05-07", None)]),
    # near misses: a body described by an act ahead, and a school for such students, hold it
    ("即将换届的县政府昨天召开了第28次常务会议。", [("第28次常务会议", "2024-05-07", "县政府")]),
    ("江城大学研究生院昨天召开了座谈会。", [("座谈会", "2024-05-07", "江城大学研究生院")]),
])
def test_organizer_after_ahead_attribute(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
