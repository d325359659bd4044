"""Meeting shapes of habit series, schools running on, acts that keep the day and calls. Invented sentences.

- 1.2 (§3): a habit word before 举办的 describes the series of which today's edition is held (由县总工会连续多年举办的…
  座谈会在…召开): the meeting is kept, and the habit word is no part of the organizer;
- 1.3 (§3): a school before its own ceremony holds it, but not when the school's name runs on into its hall, its alumni
  association or a place (大学校史馆, 学院校友会, 大学城): the name whole, no organizer;
- 1.10 (§3): a hazard word inside a body's name, a warning or a drill (县地震局, 发布暴雨橙色预警, 开展地震应急演练) is no
  happening; 紧急, 迅速, 第一时间 tie the meeting to the day before like 立即 (the lead's ruling);
- 1.11 (§3): only a titled document's issue day (印发《…》) dates no meeting told next; a call or a list the body issued
  (发出“…”倡议, 公布“…榜”) is its own act of the day;
- 1.25 (§3): across a paragraph, 此次会议于… after a meeting that relays another one's spirit (传达学习…会议精神) may refer
  to the meeting relayed: the vague day stays.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page

# --- 1.2 a habit word in an attribute ---


@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        ("5月6日，由市妇联连续多年举办的巾帼创业座谈会在市会堂召开。", "巾帼创业座谈会", "市妇联"),
        ("5月6日，市作协长期举办的“文学进校园”座谈会在市图书馆召开，市作协主席李华讲话。",
         "“文学进校园”座谈会", "市作协"),
        ("5月6日，县老年大学多年来坚持举办的重阳书画交流会在县文化馆举行。", "重阳书画交流会", "县老年大学"),
    ],
)
def test_a_habit_in_an_attribute_keeps_the_meeting(extract, body: str, name: str, organizer: str) -> None:
    assert held(extract(page(body))) == [(name, "2024-05-06", organizer)]


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the habit itself, no one meeting held
        "市书法家协会常年举办书法讲座，深受群众欢迎。",
        "多年来，县老年大学坚持举办重阳书画交流会，参与老人逐年增多。",
    ],
)
def test_a_habit_told_as_such_is_no_meeting(extract, body: str) -> None:
    assert extract(page(body))["meetings"] == []


# --- 1.3 a school's name running on ---


@pytest.mark.parametrize(
    "name",
    ["滨海大学校史馆开馆仪式", "北方大学校友会颁奖典礼", "滨海师范学院校友会年会颁奖典礼", "滨海大学城开放日启动仪式",
     "滨海大学校庆颁奖典礼"],
)
def test_a_school_running_on_keeps_the_name_whole(extract, name: str) -> None:
    assert held(extract(page(f"5月6日，{name}在学校礼堂举行。"))) == [(name, "2024-05-06", None)]


@pytest.mark.parametrize(
    ("body", "name", "organizer"),
    [
        # near misses: the school itself before its ceremony (GUIDELINES §3 eleventh review round)
        ("5月6日，滨海大学毕业典礼在体育馆举行。", "毕业典礼", "滨海大学"),
        ("5月6日，滨海师范学院开学典礼在学院礼堂举行。", "开学典礼", "滨海师范学院"),
    ],
)
def test_a_school_before_its_ceremony_still_holds_it(extract, body: str, name: str, organizer: str) -> None:
    assert held(extract(page(body))) == [(name, "2024-05-06", organizer)]


# --- 1.10 a hazard word that is no happening; 紧急/迅速/第一时间 ---


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，市地震局联合市科协开展防震减灾科普活动。市地震局召开全市防震减灾工作会议，部署相关工作。",
        "5月6日，县应急管理局开展地震应急演练。县应急管理局召开全县应急管理工作会议。",
        "5月6日，市气象台发布暴雨橙色预警。市防汛抗旱指挥部召开防汛会商会，部署防御工作。",
        "5月6日，全县普降大雨。县防指紧急召开防汛调度会，部署抢险工作。",
        "5月6日，省道205线发生一起交通事故。县安委会迅速召开安全生产会议，部署隐患排查工作。",
        "5月6日，全市普降暴雨。市防汛抗旱指挥部第一时间召开防汛会商会。",
    ],
)
def test_a_body_act_or_a_tie_keeps_the_day(extract, body: str) -> None:
    assert extract(page(body))["meetings"][0]["date"] == "2024-05-06"


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a happening with no tie dates no meeting told next
        "5月6日，全县普降大雨。县防指召开防汛调度会，部署抢险工作。",
        "5月6日，江城发生4.5级地震。县委召开常委会议，研究抗震救灾工作。",
    ],
)
def test_a_happening_untied_dates_no_meeting(extract, body: str) -> None:
    assert extract(page(body))["meetings"][0]["date"] is None


# --- 1.11 only a titled document ---


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，团市委向全市青年发出“争当志愿者”倡议。团市委召开志愿服务工作推进会，部署相关工作。",
        "5月6日，市文明办公布“5月江城好人榜”。市文明办召开道德模范座谈会，听取意见建议。",
        "5月6日，县妇联发出“最美家庭”评选倡议。县妇联召开家庭文明建设工作会议。",
        # the meeting's own body issued the document (GUIDELINES §3 eleventh review round: its own acts date it)
        "5月6日，团市委印发《江城市青年志愿服务实施方案》。团市委召开志愿服务工作推进会，部署相关工作。",
        "5月6日，县教育局正式印发《关于加强校园安全工作的通知》。县教育局随后召开全县校园安全工作会议。",
    ],
)
def test_a_call_or_a_list_keeps_the_day(extract, body: str) -> None:
    assert extract(page(body))["meetings"][0]["date"] == "2024-05-06"


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a titled document's issue day (GUIDELINES §3 eleventh review round)
        "5月6日，县委办公室下发《关于加强安全生产的通知》。县安委会召开全县安全生产工作会议。",
        "5月6日，市政府出台《江城市优化营商环境若干措施》。市发改委召开营商环境工作会议。",
        "5月6日，市政府办公室印发《江城市防汛应急预案》。市政府召开防汛工作会议，部署全市防汛工作。",
    ],
)
def test_a_titled_document_dates_no_meeting(extract, body: str) -> None:
    assert extract(page(body))["meetings"][0]["date"] is None


# --- 1.25 a reference across a paragraph after a relayed meeting ---


@pytest.mark.parametrize(
    "body",
    [
        "日前，市委召开常委会议，传达学习全省经济工作会议精神。\n此次会议于4月24日至25日在省城召开，省委书记作了重要讲话。",
        "近日，县政府召开常务会议，传达学习全市安全生产大会精神。\n会议于4月28日在市行政中心召开。",
    ],
)
def test_a_reference_after_a_relayed_meeting_keeps_the_vague_day(extract, body: str) -> None:
    assert extract(page(body))["meetings"][0]["date"] is None


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # near misses: no meeting relayed (test_meeting_vague_days_restated_and_series), or the reference in the same paragraph (unchanged)
        ("日前，市国资委召开一季度经济运行分析会，部署二季度工作。\n据了解，此次会议于4月24日在市国资委会议室举行。",
         "2024-04-24"),
        ("日前，县委召开常委会议，传达学习全省经济工作会议精神。此次会议于4月26日在县委常委会议室召开。", "2024-04-26"),
    ],
)
def test_a_reference_to_the_meeting_itself_dates_it(extract, body: str, date: str) -> None:
    assert extract(page(body))["meetings"][0]["date"] == date
