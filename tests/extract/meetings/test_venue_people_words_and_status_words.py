"""Meeting shapes of people words opening a venue, status words, closing verbs and names ending in 华.

What was found on invented pages, and the guideline that rules it (corpus/GUIDELINES.md §3):

W2. §3 location / organizer: a 在 that opens a status word (在职党员, 在校学生) was read wherever the people word stood
    within a few characters, so a venue named after those people (在校学生活动中心, 在职业中学学生活动中心) fell into the
    organizer. A people word that opens a venue's name (活动中心, 之家, 食堂…) is no status now.
W3. §3 location: a relative clause 在与X…的Y named a meeting with a party wherever a meeting verb stood in it, so 交流 in a
    centre's name (在与县人才交流中心相邻的江城宾馆) dropped the venue. The verb must now close the clause.
W4. §3 organizer (seventeenth round: a person as the subject holds no organizer): 华为 after any name ending in 华 was
    read as the company (厂长王建华为技术骨干…). The company only after a place now (深圳华为, 中国华为, 深圳市华为).
W5. §3 attendee_count: 听课，共计N人 counted inspectors sitting in on a school's classes (深入课堂听课) as listeners of a
    lecture. A visit's place or manner right before 听课 no longer counts.
W7. §3 organizer: a meeting told by 召开后 was taken as a bare reference even when the sentence opens on its date
    (12月20日，县委经济工作会议召开后): held that day, its committee holds it.
"""
from __future__ import annotations

import pytest

from tests.extract.views import page


def _first(record: dict) -> dict:
    assert record["meetings"], "no meeting read"
    return record["meetings"][0]


# --- W2: a people word opening a venue's name after 在 -------------------------------------------------------
@pytest.mark.parametrize(("body", "organizer", "location"), [
    ("5月6日，县团委在校学生活动中心召开青年座谈会。", "县团委", "校学生活动中心"),
    ("5月6日，县教育局在职业中学学生活动中心召开职业教育工作会议。", "县教育局", "职业中学学生活动中心"),
    ("5月6日，县总工会在职工活动中心召开劳模座谈会。", "县总工会", "职工活动中心"),
    ("5月6日，县委组织部在职工之家召开组工干部座谈会。", "县委组织部", "职工之家"),
    ("5月6日，江城大学在校学生食堂三楼召开后勤工作会议。", "江城大学", "校学生食堂三楼"),
])
def test_people_word_opening_a_venue(extract, body: str, organizer: str, location: str) -> None:
    meeting = _first(extract(page(body)))
    assert (meeting["organizer"], meeting["location"]) == (organizer, location)


# NEGATIVE: the status word with its people, no venue (the rule's own reading)
@pytest.mark.parametrize("body", [
    "5月6日，社区党委组织30余名在职党员召开主题党日座谈会。",
    "5月6日，县团委组织40名在校学生召开青年座谈会。",
])
def test_status_word_stays_no_venue(extract, body: str) -> None:
    meeting = _first(extract(page(body)))
    assert meeting["location"] is None


# --- W3: a meeting verb inside a place's name in a relative clause with 与 ------------------------------------
@pytest.mark.parametrize(("body", "location"), [
    ("全县招商推介会在与县人才交流中心相邻的江城宾馆举行。", "江城宾馆"),
    ("全市文旅座谈会在与国际交流中心隔街相望的滨江饭店举行。", "滨江饭店"),
    ("全县人才工作会议在与县会展中心毗邻的江城大酒店召开。", "江城大酒店"),
    # NEGATIVE: the clause closes on a verb of meeting with a party: a time frame, no venue
    ("县长在与投资方洽谈签约的间隙召开了现场办公会。", None),
    ("县长在与客商座谈交流的会议上作了讲话。", None),
])
def test_meeting_verb_must_close_the_clause(extract, body: str, location: str | None) -> None:
    assert _first(extract(page(body)))["location"] == location


# --- W4: a person's name ending in 华 before 为 ----------------------------------------------------------------
@pytest.mark.parametrize(("body", "organizer"), [
    ("5月6日，厂长王建华为技术骨干举行表彰会。", None),
    ("5月6日，局长李建华为中国青年代表团举行欢迎座谈会。", None),
    ("5月6日，厂长王建国为技术骨干举行表彰会。", None),
    ("5月6日，镇长张春华为集团考察团举行欢迎座谈会。", None),
    # NEGATIVE: the company after a place keeps its name
    ("5月6日，深圳华为为江城学子举行奖学金颁发仪式。", "深圳华为"),
])
def test_name_ending_in_hua_is_no_company(extract, body: str, organizer: str | None) -> None:
    assert _first(extract(page(body)))["organizer"] == organizer


# --- W5: inspectors sitting in on classes are no listeners of a lecture ------------------------------------
@pytest.mark.parametrize(("body", "count"), [
    ("5月6日，县教育局召开教学视导工作会，视导组深入课堂听课，共计32人。", None),
    ("5月6日，县教育局召开教研工作会议，专家组走进教室听课，共计15人。", None),
    ("5月6日，县教育局召开质量分析会，督导组到江城中学听课，共计12人。", None),
    ("5月6日，县教研室召开教学工作会，教研员随堂听课，共计20人。", None),
    # NEGATIVE: the listeners of a lecture attend it
    ("5月6日，县委党校举办专题讲座，全体学员集中听课，共计120人。", 120),
])
def test_sitting_in_on_classes_is_no_attendance(extract, body: str, count: int | None) -> None:
    assert _first(extract(page(body)))["attendee_count"] == count


# --- W7: a meeting told by 召开后 in a sentence that opens on its date --------------------------------------------
@pytest.mark.parametrize(("body", "organizer"), [
    ("12月20日，县委经济工作会议召开后，县长王某接受了采访。", "县委"),
    ("5月6日上午，县委农村工作会议召开后，与会人员赴现场观摩。", "县委"),
    ("5月6日，市委人才工作会议召开后，市委组织部随即召集各县区座谈。", "市委"),
    # NEGATIVE: no date of its own before the name: a reference, no holder read from the name
    ("县委经济工作会议召开后，各乡镇迅速行动。", None),
])
def test_dated_meeting_told_after_held(extract, body: str, organizer: str | None) -> None:
    meetings = extract(page(body))["meetings"]
    assert meetings, "no meeting read"
    named = [m for m in meetings if "工作会议" in m["name"]]
    assert named, "the meeting told by 召开后 was not read"
    assert named[0]["organizer"] == organizer
