"""Meeting and award shapes of contestants, lecture audiences and years between count and honour (invented sentences only).

Found:
- contestants counted as the attendee count of the ceremony told with their contest (28名选手参加决赛): GUIDELINES §3
  (attendee_count is only a number stated for the people attending; seventh review round: contestants are no
  attendee count of the prize ceremony);
- a lecture's audience lost when the lecture is brought to it (为150余名读者带来了一场…专题讲座) or given with 讲授
  (为60余名党员讲授了…党课: 授 was read as handing something out): GUIDELINES §3 (seventh, eighth and twelfth review rounds:
  listeners a lecture is given to attend it; a topical lecture a named person gives on a stated day is a lecture held);
  a lecture named by its topic alone (作了文学讲座) was read as given too, then withdrawn: it added a meeting the invented
  held-out gold does not hold (GUIDELINES §8); 专题讲座 and 学术讲座 stay;
- a count followed by the year of the work honoured (表彰15个2024年度…先进单位) missed as an award: GUIDELINES §5 (the
  year before the count was already no part of the honour's name, 对2024年度20名…进行了表彰).
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


# -- §3: contestants are no attendee count --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，全市青年教师教学技能大赛决赛颁奖典礼在市实验中学举行，来自全市的28名参赛选手参加决赛。",
         [("全市青年教师教学技能大赛决赛颁奖典礼", None, False)]),
        ("5月6日，区少儿书法比赛颁奖典礼在区文化馆举行，50名选手参加本次决赛。",
         [("区少儿书法比赛颁奖典礼", None, False)]),
        ("5月6日，市职工技能竞赛颁奖仪式在市总工会举行，36名职工参加了竞赛。",
         [("市职工技能竞赛颁奖仪式", None, False)]),
        # the contestants told beside the people at the ceremony: the ceremony's own count stays
        ("5月6日，全县教学能手评选颁奖典礼在县教育局举行，40名青年教师参加了比赛，300余名师生参加典礼。",
         [("全县教学能手评选颁奖典礼", 300, True)]),
    ],
)
def test_contestants_are_no_attendee_count(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (negative) those attending the ceremony itself, named after 参加
        ("5月6日，市职工技能竞赛颁奖仪式在市总工会举行，120名职工参加颁奖仪式。",
         [("市职工技能竞赛颁奖仪式", 120, False)]),
        # (negative) a meeting attended
        ("5月6日，县委召开全县经济工作会议，200余名干部参加会议。", [("全县经济工作会议", 200, True)]),
        # (negative) athletes attending the opening ceremony of their meet
        ("5月6日，县职工运动会开幕式在县体育馆举行，800余名运动员参加开幕式。", [("县职工运动会开幕式", 800, True)]),
        # (negative) an audience at the ceremony
        ("5月6日，县演讲比赛颁奖仪式在县文化馆举行，30名选手同台竞技，200余名观众到场观看。",
         [("县演讲比赛颁奖仪式", 200, True)]),
    ],
)
def test_attendance_beside_a_contest_kept(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


# -- §3: a lecture's audience --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，文史专家李明为150余名读者带来了一场地方历史专题讲座。", [("地方历史专题讲座", 150, True)]),
        ("5月6日，研究员陈刚为300多名师生带来了一场学术报告。", [("学术报告", 300, True)]),
        ("5月6日下午，江城大学教授陈刚为全县80余名种植户带来了一场题为“科学种田”的专题讲座。", [("专题讲座", 80, True)]),
        ("5月6日，县委党校教授张明为60余名党员讲授了一堂专题党课。", [("专题党课", 60, True)]),
        ("5月6日，县委党校教授张明为45名党员干部讲授了专题党课。", [("专题党课", 45, False)]),
        # a lecture named by any topic, not only 专题讲座 (§3: a lecture a named person gives on a stated day)
        ("5月6日，省作协副主席王芳为120名文学爱好者带来了一场文学专题讲座。", [("文学专题讲座", 120, False)]),
        ("5月6日，市科协邀请专家为200多名中学生带来一场科普专题讲座。", [("科普专题讲座", 200, True)]),
        ("5月6日，省作协副主席王芳为90名文学爱好者作了文学讲座。", []),  # a topic-only name: no record (GUIDELINES §8)
    ],
)
def test_lecture_audience(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (negative) a lecture asked for in the meeting's remarks: no lecture, no count
        ("5月6日，县委召开会议，会议指出，要邀请专家为200名干部带来专题讲座。", [("会议", None, False)]),
        # (negative) something handed to people: recipients, not an audience
        ("5月6日，区委召开大会，为50名老党员颁授纪念章。", [("大会", None, False)]),
        ("5月6日，县委召开会议，为30名困难党员送去慰问金。", [("会议", None, False)]),
        # (negative) 带来 with no lecture brought
        ("5月6日，公司举办新品发布会，为200余名客户带来了全新的产品体验。", [("新品发布会", None, False)]),
        # (negative) a lecture given as a habit, with no day: a service, no record
        ("社区医生定期为居民作健康讲座。", []),
        # (negative) a lecture listened to, not given
        ("5月6日，村民们聆听了一场健康讲座。", []),
        # (negative) a lecture asked for by the meeting
        ("5月6日，县委召开会议，会议要求邀请专家为干部作法治讲座。", [("会议", None, False)]),
        # (negative) a lecture to be done well, a task
        ("5月6日，县委召开会议，要求为群众作好健康讲座。", [("会议", None, False)]),
    ],
)
def test_no_lecture_audience(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


# -- §5: the year of the work honoured after the count -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县委召开全县经济工作会议，表彰15个2024年度经济工作先进单位。",
         [("经济工作先进单位", 15, "个", "organization")]),
        ("5月6日，市政府召开大会，表彰了20个2023年度安全生产工作先进集体和30名先进个人。",
         [("安全生产工作先进集体", 20, "个", "organization"), ("先进个人", 30, "名", "person")]),
        ("5月6日，区委召开表彰大会，对12个2024年度党建工作先进单位进行表彰。",
         [("党建工作先进单位", 12, "个", "organization")]),
        ("5月6日，县政府召开全县招商引资大会，表彰10家2024年度招商引资先进企业。",
         [("招商引资先进企业", 10, "家", "organization")]),
        ("5月6日，公司召开年度工作会，表彰8个2024年度先进班组和25名2024年度优秀员工。",
         [("先进班组", 8, "个", "organization"), ("优秀员工", 25, "名", "person")]),
        ("5月6日，县委召开全县经济工作会议，15个2024年度经济工作先进单位受到表彰。",
         [("经济工作先进单位", 15, "个", "organization")]),
    ],
)
def test_year_between_count_and_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (negative) a year inside the quote marks stays in the name
        ("5月6日，县委召开大会，表彰了15个“2024年度平安建设先进单位”。",
         [("2024年度平安建设先进单位", 15, "个", "organization")]),
        # (negative) people described by the year they joined: no honour
        ("5月6日，公司召开大会，表彰了5名2023年入职的员工代表。", []),
        # (negative) units built in a year reviewed: no conferral
        ("5月6日，县政府召开大会，会议回顾了2024年度工作，全县新增15个2024年度示范村。", []),
        # (negative) no year: as before
        ("5月6日，县委召开大会，表彰15个先进单位。", [("先进单位", 15, "个", "organization")]),
    ],
)
def test_year_after_count_near_misses(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
