"""A meeting held, named as the subject of what it stated or decided after a lead clause (GUIDELINES §3: meetings
reported as having taken place; date: the day the meeting was held, as written).

Class: ``<lead>，<day>在<place>举行的<meeting><stated verb>`` where the lead tells who announced the news (发言人宣布,
他表示) or where it came from (据悉, 获悉, 据了解). The meeting is reported as held; the day written inside its own clause
is its date, not the day of the lead clause (发言人今天宣布，27日在…举行的…会议决定: held on the 27th, told today).
What varies: the lead (a speaker's verb, a source word), the day (a day of the month, a relative day, none), the verb
of holding (举行, 召开), the stated verb (决定, 提出, 强调). Near misses: a meeting still ahead (将于…召开的, 明年…举行的),
a past meeting whose tasks or spirit are relayed (…会议提出的任务, 贯彻…会议精神). Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["date_text"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the lead's day is not the held meeting's own day
    ("发言人今天宣布，6日在日内瓦举行的国际劳工会议决定，成立专门小组。",
     [("国际劳工会议", "2024-05-06", "6日")]),
    ("局长昨天表示，5日在杭州召开的全省水利工作会议提出，要加快工程进度。",
     [("全省水利工作会议", "2024-05-05", "5日")]),
    ("新闻处长今天介绍，3日在广州举行的全省外贸工作座谈会强调，要扩大合作。",
     [("全省外贸工作座谈会", "2024-05-03", "3日")]),
    # with no day in its own clause, the sentence's day is still read
    ("发言人今天宣布，在维也纳举行的能源部长会议决定，增加投入。",
     [("能源部长会议", "2024-05-08", "今天")]),
    # a source word leads the sentence
    ("据悉，2日在南京召开的全省农业工作会议决定，加大投入。",
     [("全省农业工作会议", "2024-05-02", "2日")]),
    ("获悉，昨天在成都举行的全省旅游工作会议强调，要提升服务。",
     [("全省旅游工作会议", "2024-05-07", "昨天")]),
    ("据了解，4日在西宁召开的全省教育工作会议提出，要办好人民满意的教育。",
     [("全省教育工作会议", "2024-05-04", "4日")]),
    # near misses: a meeting ahead, a past meeting's tasks or spirit relayed
    ("据悉，将于下月在北京召开的全国农业工作会议将研究部署明年工作。", []),
    ("据悉，明年在北京举行的亚洲经济论坛要求各方参加。", []),
    ("据悉，去年在上海召开的全国科技工作会议提出的任务已经完成。", []),
    ("据悉，各地正贯彻落实在北京召开的全国农业工作会议精神。", []),
])
def test_held_meeting_after_lead(extract, body, expected):
    assert _meetings(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a lecture named by its topic in quotes, or after 题为《…》的, given on a stated day: named as written (§3
    # thirteenth and seventeenth review rounds, like 作了《…》专题讲座)
    ("5月6日上午，市医院在社区广场举行义诊活动启动仪式。启动仪式后，主任医师王刚为现场60余名居民作了一场“合理膳食”健康讲座。",
     [("义诊活动启动仪式", None), ("“合理膳食”健康讲座", 60)]),
    ("5月6日上午，教授李明为读者作了“宋词之美”讲座。", [("“宋词之美”讲座", None)]),
    ("5月6日，研究员张华在县农技站为种植户作了一场「科学施肥」技术讲座。", [("「科学施肥」技术讲座", None)]),
    ("5月6日上午，学校在报告厅召开家长会。会上，咨询师陈静作了题为《陪伴孩子成长》的家庭教育讲座。",
     [("家长会", None), ("家庭教育讲座", None)]),
    ("5月6日，教授李明在图书馆作了题为《唐诗里的江南》的文学讲座。", [("文学讲座", None)]),
    # near misses: a topic alone with no mark, a lecture as a habit, one heard, one ahead
    ("5月6日，教授李明在图书馆作了文学讲座。", []),
    ("教授李明多次为读者作“宋词之美”讲座。", []),
    ("5月6日，市民聆听了教授李明的“宋词之美”讲座。", []),
    ("5月6日，教授李明将为读者作“宋词之美”讲座。", []),
])
def test_named_lecture_given(extract, body, expected):
    assert [(m["name"], m["attendee_count"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a dateline before the reporter's byline resolves the held clause's own relative day (§11)
    ("本报北京5月6日讯记者王华报道：今天在这里召开的全国体育工作会议，主题是深化改革。",
     [("全国体育工作会议", "2024-05-06", "今天")]),
    ("本报杭州5月6日讯记者李明报道：昨天在这里举行的全省文化工作会议提出，要繁荣文艺创作。",
     [("全省文化工作会议", "2024-05-05", "昨天")]),
])
def test_held_meeting_after_byline(extract, body, expected):
    assert _meetings(extract(page(body))) == expected
