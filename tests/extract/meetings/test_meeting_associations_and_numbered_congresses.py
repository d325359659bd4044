"""Meeting shapes: meetings, GUIDELINES §3 eleventh review round. Invented sentences; expected values follow
corpus/GUIDELINES.md §3 ("Decided in the eleventh review round").

- M1: an association written before its event's name holds it like a place (江城同乡会第十届理监事就职典礼 →
  第十届理监事就职典礼 / 江城同乡会), also in Traditional copy with 假 before the venue (…就職典禮假…舉行);
- M2: a people's organisation's or an association's own numbered congress or session keeps the body in the name and is
  organized by it (县科协第九次代表大会 → 县科协, 市残联第六次代表大会第二次会议 → 市残联), like 县政协十届四次会议;
- M3: a council's closing ceremony (闭会式) is organized by the council whose session closes;
- M4: a day told for a happening no one of the meeting did (weather, a quake, an accident) dates a later sentence's
  meeting only with 当天/当日/同日/随即/立即; a dated visit or inspection by those who then meet keeps the day;
- M5: a count of those taking part told in the sentence right after the only meeting of its paragraph is its attendee
  count (逾200位…参与 → 200, approximate);
- M6: a start time told after the name (典礼于上午9时开始) is its time of day.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


def _first(record: dict) -> dict:
    return record["meetings"][0]


# --- M1. an association before its event's name holds it ---

@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        ("5月6日，江城同乡会第十届理监事就职典礼在市文化中心举行。", "第十届理监事就职典礼", "江城同乡会"),
        ("5月6日，江城同鄉會第十屆理監事就職典禮在市文化中心舉行。", "第十届理监事就职典礼", "江城同乡会"),
        ("5月6日，江城同鄉會第十屆理監事就職典禮假市文化中心舉行。", "第十届理监事就职典礼", "江城同乡会"),
        ("5月6日，滨海同乡会第三届理事会就职典礼假滨海酒店举行。", "第三届理事会就职典礼", "滨海同乡会"),
        ("江城同鄉會第十屆理監事就職典禮今日假市文化中心舉行。", "第十届理监事就职典礼", "江城同乡会"),
        ("5月6日，江城林氏宗亲会第五届理事会就职典礼在林氏宗祠举行。", "第五届理事会就职典礼", "江城林氏宗亲会"),
        ("5月6日，江城同乡会2024年会员大会在市文化中心举行。", "2024年会员大会", "江城同乡会"),
        # already so: a chamber of commerce, an alumni association
        ("5月6日上午，滨海商会第五届理事会就职典礼在滨海酒店隆重举行。", "第五届理事会就职典礼", "滨海商会"),
    ],
)
def test_an_association_before_its_event_holds_it(extract, body: str, name: str, organizer: str) -> None:
    assert held(extract(page(body)))[0][0::2] == (name, organizer)


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("5月6日，江城同鄉會第十屆理監事就職典禮假市文化中心舉行。", "市文化中心"),
        ("5月6日，滨海商会签约仪式假滨海酒店举行。", "滨海酒店"),
        ("5月6日，大湾区青年论坛假香港会议展览中心举行。", "香港会议展览中心"),
    ],
)
def test_jia_right_after_a_ceremony_or_forum_names_the_venue(extract, body: str, venue: str) -> None:
    assert _first(extract(page(body)))["location"] == venue


def test_jia_of_a_holiday_stays_no_venue(extract) -> None:
    # NEGATIVE: 假期 after a ceremony's name is no venue verb
    record = extract(page("5月6日，学校在礼堂举行开学典礼。典礼假期安排另行通知。"))
    assert _first(record)["location"] == "礼堂"


# --- M2. a body's own numbered congress or session ---

@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        ("5月6日，市残联第六次代表大会第二次会议召开。", "市残联第六次代表大会第二次会议", "市残联"),
        ("5月6日，县科学技术协会第九次代表大会在县会议中心召开。", "县科学技术协会第九次代表大会", "县科学技术协会"),
        ("5月6日，县科协第九次代表大会在县会议中心召开。", "县科协第九次代表大会", "县科协"),
        ("5月6日，市妇联第十三次代表大会第三次会议在市会堂开幕。", "市妇联第十三次代表大会第三次会议", "市妇联"),
        ("5月6日，区工商联第八次会员代表大会召开。", "区工商联第八次会员代表大会", "区工商联"),
        ("5月6日，市总工会第十五次代表大会隆重开幕。", "市总工会第十五次代表大会", "市总工会"),
        ("5月6日，江城市文学艺术界联合会第五次代表大会在市委党校召开。", "江城市文学艺术界联合会第五次代表大会",
         "江城市文学艺术界联合会"),
        ("5月6日，县妇联第十五届执委会第三次全体会议在县行政中心召开。", "县妇联第十五届执委会第三次全体会议", "县妇联"),
        # the body as the subject: its congress named with it, as 县人大常委会举行第十八次会议
        ("5月6日，县科协召开第九次代表大会。", "县科协第九次代表大会", "县科协"),
        ("5月6日，市残联召开第六次代表大会第二次会议。", "市残联第六次代表大会第二次会议", "市残联"),
    ],
)
def test_a_bodys_own_numbered_congress(extract, body: str, name: str, organizer: str) -> None:
    assert held(extract(page(body)))[0][0::2] == (name, organizer)


@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        # NEGATIVE: a place's congress, a party's congress named by its place (earlier reviews)
        ("5月6日，县第十八届人民代表大会第五次会议召开。", "县第十八届人民代表大会第五次会议", None),
        ("5月6日，中国共产党江城市第十三次代表大会召开。", "中国共产党江城市第十三次代表大会", None),
        # NEGATIVE: a company's staff congress is cut at its organizer as before
        ("5月6日，江城集团第三次职工代表大会召开。", "第三次职工代表大会", "江城集团"),
        ("5月6日，江城集团召开第三次职工代表大会。", "第三次职工代表大会", "江城集团"),
        # NEGATIVE: two places are no body
        ("5月6日，江城市、临江市第三届联席会议在江城宾馆召开。", "江城市、临江市第三届联席会议", None),
    ],
)
def test_other_congresses_stay_as_they_were(extract, body: str, name: str, organizer: str | None) -> None:
    assert held(extract(page(body)))[0][0::2] == (name, organizer)


# --- M3. a council's closing ceremony ---

@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        # (a session told by its close and its closing ceremony is now one record named after the session:
        # GUIDELINES §3 eighteenth review round, tests/extract/meetings/test_meeting_talks_during_visit_and_opening_ceremonies.py; only a ceremony told alone stays)
        ("5月6日，县议会举行闭会式。", "县议会"),
    ],
)
def test_a_councils_closing_ceremony(extract, body: str, organizer: str) -> None:
    meeting = _first(extract(page(body)))
    assert (meeting["name"], meeting["organizer"]) == ("闭会式", organizer)


def test_a_closing_ceremony_with_no_council_told(extract) -> None:
    # NEGATIVE: no council's session in the sentence, no organizer
    meeting = _first(extract(page("5月6日，议长王大明主持闭会式。")))
    assert (meeting["name"], meeting["organizer"]) == ("闭会式", None)


# --- M4. a happening's day ---

@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("5月4日，全市普降大雨。团市委召开防汛工作会议，部署防汛工作。", None),
        ("5月4日，国道318线发生一起交通事故。市交通局召开安全生产会议。", None),
        ("5月4日，江城区发生4.5级地震。区政府召开抗震救灾会议。", None),
        ("5月4日，我县遭遇强降雨。县防汛办召开防汛会商会。", None),
        # 随即/立即, 当天/同日 tie the meeting to the day
        ("5月4日，全市普降大雨。团市委随即召开防汛工作会议，部署防汛工作。", "2024-05-04"),
        ("5月4日，全市普降大雨。团市委立即召开防汛工作会议。", "2024-05-04"),
        ("5月4日，全市普降大雨。当天，团市委召开防汛工作会议。", "2024-05-04"),
        ("5月4日，全市普降大雨。同日，团市委召开防汛工作会议。", "2024-05-04"),
        # NEGATIVE: a dated visit or inspection by those who then meet keeps the day
        ("5月4日上午，市长李明来到江城中学调研。座谈会上，李明听取了汇报。", "2024-05-04"),
        ("5月4日，副县长王强深入受灾乡镇查看暴雨灾情。县防汛办召开防汛会商会。", "2024-05-04"),
        ("5月4日，副县长王强深入各乡镇检查防汛工作。县防汛办召开防汛会商会。", "2024-05-04"),
        ("5月4日，团市委书记张华到江城社区走访。团市委召开座谈会。", "2024-05-04"),
    ],
)
def test_a_happenings_day_dates_no_later_meeting(extract, body: str, date: str | None) -> None:
    assert _first(extract(page(body)))["date"] == date


# --- M5. a count taking part right after the only meeting of its paragraph ---

@pytest.mark.parametrize(
    ("body", "count", "approx"),
    [
        ("5月6日，社区治理座谈会在社区服务中心举行。逾200位社区干部参与。", 200, True),
        ("5月6日，社区治理座谈会在社区服务中心举行。约150名居民代表参与其中。", 150, True),
        ("5月6日，社区治理座谈会在社区服务中心举行。共有80人参与了座谈。", 80, False),
        ("5月6日，青年创业分享会在市图书馆举行。超过60名青年参与。", 60, True),
        # NEGATIVE: people served or visited, a tally over years, another event's, a campaign's work, not right after
        ("5月6日，社区治理座谈会在社区服务中心举行。今年以来，社区已服务居民2000余人。", None, False),
        ("5月6日，社区治理座谈会在社区服务中心举行。近年来累计300余人参与培训。", None, False),
        ("5月6日，社区治理座谈会在社区服务中心举行。走访慰问困难群众100余户。", None, False),
        ("5月6日，社区治理座谈会在社区服务中心举行。此前举办的义诊活动有300余人参与。", None, False),
        ("5月6日，社区治理座谈会在社区服务中心举行。逾200位社区干部参与社区治理工作。", None, False),
        ("5月6日，社区治理座谈会在社区服务中心举行。会议由书记主持。逾200位社区干部参与。", None, False),
    ],
)
def test_a_count_taking_part_right_after_the_meeting(extract, body: str, count: int | None, approx: bool) -> None:
    meeting = _first(extract(page(body)))
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == (count, approx)


def test_a_count_after_one_of_two_meetings_of_a_paragraph(extract) -> None:
    # NEGATIVE: not the only meeting of its paragraph
    body = "5月6日，社区治理座谈会在社区服务中心举行。逾200位社区干部参与。同日，社区还召开了安全生产会议。"
    assert _first(extract(page(body)))["attendee_count"] is None


# --- M6. a start time after the name ---

@pytest.mark.parametrize(
    ("body", "part"),
    [
        ("5月6日，江城中学百年校庆典礼在学校操场举行。典礼于上午9时开始。", "上午"),
        ("5月6日，全县安全生产工作会议召开。会议于下午2时30分召开。", "下午"),
        ("5月6日，江城中学百年校庆典礼在学校操场举行，典礼于上午9时正式开始。", "上午"),
        ("5月6日，全县安全生产工作会议在县政府召开。会议于晚上7时开始。", "晚上"),
        ("5月6日，全县安全生产工作会议在县政府召开。县长讲话。本次会议于上午10时开始。", "上午"),
        # NEGATIVE: a time ahead, another event's, an end
        ("5月6日，全县安全生产工作会议在县政府召开。会议将于下午3时结束。", None),
        ("5月6日，全县安全生产工作会议在县政府召开。下一次会议将于下午3时召开。", None),
        ("5月6日，全县安全生产工作会议在县政府召开。培训班于下午2时开班。", None),
        ("5月6日，全县安全生产工作会议在县政府召开。活动于下午2时开始。", None),
    ],
)
def test_a_start_time_after_the_name(extract, body: str, part: str | None) -> None:
    assert when(extract(page(body)))[0][2] == part
