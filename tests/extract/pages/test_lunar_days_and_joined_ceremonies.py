"""Ethnic, religious-affairs and community-service news (民族团结, 宗教界座谈会, 敬老月, 重阳节慰问).

Found on invented pages of this register:
- a lunar day told in a sentence of its own (农历九月初九，是…重阳节。当天上午，…举行…) dated the meeting 当天 ties
  to it as the publication day: a fixed lunar day is converted with the year known (GUIDELINES §3 seventeenth round),
  and 当天 ties the meeting to the day told before (§3 tenth round);
- a ceremony joined by 暨 to a campaign's action (…启动仪式暨志愿服务集中行动在…举行) gave no meeting at all: the action is
  part of the event's name, like a drill joined so (§3);
- a listener's remark after a talk of policy ended (宣讲结束后，志愿者X表示) kept a role: a reaction (§4 twelfth round);
- honours told in a sentence opening with the year a meeting just reviewed (会议回顾了2024年度…工作。2024年，…获评…) were
  taken as conferred here: that period's tally (§5 ninth and eleventh rounds).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

LUNAR_SAME_DAY = [
    ("农历九月初九，是我国传统的重阳节。当天上午，平安镇党委在镇敬老院举行重阳节敬老座谈会。", "2024-10-12", "2024-10-11"),
    ("农历九月初九是重阳节。当天，县老龄委在县老年大学举行敬老座谈会。", "2024-10-12", "2024-10-11"),
    ("正月初八，是节后上班第一天。当天上午，县委召开全县作风建设大会。", "2024-10-12", "2024-02-17"),
    ("农历八月十五是中秋节。当天下午，社区在活动室举行邻里茶话会。", "2024-09-20", "2024-09-17"),
]


@pytest.mark.parametrize(("body", "published", "expected"), LUNAR_SAME_DAY)
def test_same_day_after_lunar_day(extract, body, published, expected):
    meetings = extract(page(body, published))["meetings"]
    assert meetings and meetings[0]["date"] == expected


LUNAR_NOT_LAST = [
    # (a later solar day told after the lunar one is the day 当天 means)
    ("农历九月初九，老人们登山赏菊。10月10日，县老龄委组织老人体检。当天，县老龄委召开座谈会。", "2024-10-12", "2024-10-10"),
    # (a vague day told last leaves the day unstated)
    ("近日，县老龄委组织老人体检。当天，县老龄委召开座谈会。", "2024-10-12", None),
]


@pytest.mark.parametrize(("body", "published", "expected"), LUNAR_NOT_LAST)
def test_same_day_not_lunar(extract, body, published, expected):
    meetings = extract(page(body, published))["meetings"]
    assert meetings and meetings[0]["date"] == expected


JOINED_ACTION = [
    ("3月5日，西城区第三届“最美志愿者”评选活动启动仪式暨学雷锋志愿服务集中行动在区文化广场举行。",
     "第三届“最美志愿者”评选活动启动仪式暨学雷锋志愿服务集中行动"),
    ("5月6日，全市禁毒宣传月启动仪式暨集中销毁毒品行动在市体育中心举行。", "全市禁毒宣传月启动仪式暨集中销毁毒品行动"),
    ("6月1日，县防汛宣传周启动仪式暨防汛隐患排查行动在县水利局举行。", "县防汛宣传周启动仪式暨防汛隐患排查行动"),
]


@pytest.mark.parametrize(("body", "name"), JOINED_ACTION)
def test_ceremony_joined_to_action(extract, body, name):
    meetings = extract(page(body))["meetings"]
    assert [m["name"] for m in meetings] == [name]


NO_MEETING_ACTION = [
    "5月6日，市公安局开展夏季治安打击整治行动。",
    "5月6日，全市百日攻坚行动在各地展开。",
    "5月6日，全县禁毒集中行动在各乡镇同步进行。",
]


@pytest.mark.parametrize("body", NO_MEETING_ACTION)
def test_action_alone_no_meeting(extract, body):
    assert extract(page(body))["meetings"] == []


AFTER_TALK_REACTION = [
    "昨天下午，县文明实践中心举办专题宣讲会，县委党校副校长杨慧敏作了专题宣讲。宣讲结束后，志愿者周晓雨表示，将把精神带到田间地头。",
    "5月7日，社区举办理论宣讲会，宣讲员李华作了宣讲。宣讲结束后，居民王强说，收获很大。",
    "5月7日，县委党校举办培训班开班式，教授陈明为学员授课。授课结束后，学员张伟表示，很受启发。",
]


@pytest.mark.parametrize("body", AFTER_TALK_REACTION)
def test_listener_after_talk_no_role(extract, body):
    names = [s["name"] for s in extract(page(body))["speakers"]]
    assert not {"周晓雨", "王强", "张伟"} & set(names)


SPEAKER_KEEPS = [
    # (the speaker at the meeting itself keeps the role; the lead is no part of her sentence)
    ("5月7日，社区举办理论宣讲会，宣讲员李华作了宣讲。宣讲会上，居民代表王强作了交流发言。", "王强", "发言"),
    ("5月7日，县委召开宣讲动员会，县委书记刘明主持会议并讲话。", "刘明", "讲话"),
]


@pytest.mark.parametrize(("body", "name", "role"), SPEAKER_KEEPS)
def test_speaker_at_meeting_keeps_role(extract, body, name, role):
    speakers = {s["name"]: s["roles"] for s in extract(page(body))["speakers"]}
    assert role in speakers.get(name, [])


REVIEWED_YEAR_TALLY = [
    "2月25日下午，石门市民族团结进步创建工作会议召开。会议回顾了2024年度全市民族团结进步创建工作。2024年，8个单位被命名为省级民族团结进步示范单位，3个集体获评“全国民族团结进步模范集体”。",
    "2月25日，县委召开会议。会议总结了2024年工作。2024年，县委表彰了12个“美丽乡村”。",
    "1月8日，区妇联召开执委会议。会议回顾了2024年度全区妇女儿童工作。2024年，5个家庭获评全国“最美家庭”。",
    # (the review a few sentences back, a speech and a paragraph break between)
    "2月25日，市民宗局召开工作会议。会议回顾了2024年度全市民族团结进步创建工作，部署了今年任务。副市长兰晓梅出席会议并讲话。\n2024年，3个集体获评“全国民族团结进步模范集体”。",
]


@pytest.mark.parametrize("body", REVIEWED_YEAR_TALLY)
def test_reviewed_year_tally_no_award(extract, body):
    assert extract(page(body, "2025-02-26"))["awards"] == []


CONFERRED_HERE = [
    # (the conferring meeting itself, no review before the count)
    ("2月25日，县委召开总结表彰大会。会议总结了2024年工作。会议表彰了12个“美丽乡村”。", "美丽乡村", 12),
    # (a year ahead of the one reviewed is no reviewed year)
    ("2月25日，县委召开表彰大会。会议总结了2023年工作，表彰了30名“优秀志愿者”。", "优秀志愿者", 30),
]


@pytest.mark.parametrize(("body", "honor", "count"), CONFERRED_HERE)
def test_conferred_here_kept(extract, body, honor, count):
    awards = [(a["honor"], a["count"]) for a in extract(page(body, "2025-02-26"))["awards"]]
    assert (honor, count) in awards
