"""Meeting phrasings: attendance told with 参与 or as a
lesson's audience, the place gone to before a lecture's title, a space as the thousands separator (約2 500名),
将 at the head of a place name (将军澳, 将乐县) read as the future, 前晚 after a body's name, a signing ceremony
witnessed beside talks held before it, meetings held in turn on the morning and afternoon of one day (上、下午…
分别召开), and a job fair in a headline that an official only attended.  Invented sentences; the expected values
follow corpus/GUIDELINES.md §3, with near misses that must not change."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, when


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


def _places(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count opening its clause in the meeting's sentence, the people taking part (§3 attendee_count)
        ("5月7日，市委宣传部举办“数字经济”论坛，约800名来自政府、学界和业界的人士参与。", [("“数字经济”论坛", 800, True)]),
        # the meeting as the subject of the sentence after: the people it drew
        ("5月7日，市长王明出席“创新发展”论坛并致辞。论坛吸引约600名来自各界的人士参与。", [("“创新发展”论坛", 600, True)]),
        # a lesson's audience, any lesson named by a word in 课
        ("5月7日，县检察院检察长王明走进县第二中学，为该校1200余名师生讲授了一堂法治课。", [("法治课", 1200, True)]),
        ("5月7日，县消防大队大队长李强来到城关小学，为全校300余名师生上了一堂消防安全课。", [("消防安全课", 300, True)]),
        # a space as the thousands separator: one 1-3 digit group, one space, exactly three digits
        ("特区政府今日在会展中心举行国庆酒会，約2 500名嘉賓出席酒會。", [("国庆酒会", 2500, True)]),
        ("特区政府今日在会展中心举行国庆酒会，共有1 200人出席。", [("国庆酒会", 1200, False)]),
        # near misses: a campaign's volunteers in a clause not opening on the count, a campaign's sentence,
        # two spaces, a number of four digits before the space
        ("5月7日，市委宣传部召开动员大会，部署“文明城市”创建活动，全市已有3000名志愿者参与。", [("动员大会", None, False)]),
        # (活动吸引…参与 right after the forum's own sentence, which names no campaign: the forum's count since r4mt,
        # GUIDELINES §3 参与 counts like 参加; a campaign named there keeps it out, tests/extract/meetings/test_meeting_hosts_after_long_titles_and_drills.py)
        ("5月7日，市委宣传部举办“数字经济”论坛。活动吸引约800名市民参与。", [("“数字经济”论坛", 800, True)]),
        ("特区政府今日在会展中心举行国庆酒会，約2  500名嘉賓出席酒會。", [("国庆酒会", 500, False)]),
        ("特区政府今日在会展中心举行国庆酒会，2024 500名嘉賓出席酒會。", [("国庆酒会", 500, False)]),
    ],
)
def test_attendance_with_canyu_a_lessons_audience_and_spaced_thousands(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the lecture's title between the place gone to and its audience
        ("5月7日，县检察院检察长王明走进县第二中学，以《学法守法 健康成长》为题，为该校1200余名师生讲授了一堂法治课。",
         [("法治课", "县第二中学")]),
        ("5月7日，县检察院检察长王明走进县第二中学，以“学法守法”为主题，为该校师生讲授了一堂法治课。",
         [("法治课", "县第二中学")]),
        ("5月7日，县检察院检察长王明走进县第二中学，为该校师生讲授了一堂法治课。", [("法治课", "县第二中学")]),
    ],
)
def test_the_place_of_a_lesson_before_its_title(extract, body: str, expected: list) -> None:
    assert _places(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 将 at the head of a place word is no future marker (§3: banquets held are meetings)
        ("某某商会11月16日晚在将军澳某酒楼举行成立十周年会庆晚宴。", [("成立十周年会庆晚宴", "2024-11-16", "某某商会")]),
        ("某某商会11月16日在将乐县某宾馆召开第三届会员大会。", [("第三届会员大会", "2024-11-16", "某某商会")]),
        ("11月16日，某某协会在将军路某酒店举行年会。", [("年会", "2024-11-16", "某某协会")]),
        # near misses: the future stays the future
        ("某某商会将于11月20日在尖沙咀某酒楼举行成立十周年会庆晚宴。", []),
        ("某某商会将在将军澳某酒楼举行成立十周年会庆晚宴。", []),
        ("某某商会11月20日将在某酒楼举行成立十周年会庆晚宴。", []),
    ],
)
def test_jiang_heading_a_place_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-11-18"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 前晚 after a body's name: the evening two days before (§3 relative dates; date_text without the time of day)
        ("某某商会前晚在某酒楼举行成立十周年会庆晚宴。", [("2024-11-16", "前", "晚上")]),
        ("县委前晚召开常委会会议。", [("2024-11-16", "前", "晚上")]),
        # near misses: 前 ending another word
        ("某某商会此前晚些时候在某酒楼举行成立十周年会庆晚宴。", [(None, None, None)]),
        ("某某商会提前晚宴时间，在某酒楼举行成立十周年会庆晚宴。", [(None, None, None)]),
    ],
)
def test_qianwan_after_a_body(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-11-18"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a signing witnessed at its ceremony is the ceremony held (§3), beside the talks held before it (会前: the day
        # of what was told before it is not told, tests/extract/meetings/test_meeting_held_in_turn_on_listed_days.py)
        ("5月9日，某集团与龙江市人民政府签署战略合作框架协议。市长蒋永清、集团董事长叶建军出席签约仪式并见证签约。"
         "会前，双方举行了工作会谈。",
         [("签约仪式", "2024-05-09", None), ("工作会谈", None, None)]),
        # alone, as before
        ("5月9日，某集团与龙江市人民政府签署战略合作框架协议。市长蒋永清、集团董事长叶建军出席签约仪式并见证签约。",
         [("签约仪式", "2024-05-09", None)]),
        # near miss: a signing recalled, no ceremony now
        ("5月9日，市长蒋永清会见某集团董事长叶建军一行，双方举行会谈。双方曾于2022年见证签约。", [("会谈", "2024-05-09", None)]),
    ],
)
def test_a_witnessed_signing_beside_talks(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # meetings held in turn on the morning and afternoon of one day: each its own record (§3), with its time of day
        ("5月7日上、下午，市委分别召开常委会会议和全会。",
         [("常委会会议", "2024-05-07", "5月7日", "上午"), ("全会", "2024-05-07", "5月7日", "下午")]),
        ("5月7日上、下午，市委分别召开常委会会议和全市经济工作会议。",
         [("常委会会议", "2024-05-07", "5月7日", "上午"), ("全市经济工作会议", "2024-05-07", "5月7日", "下午")]),
        # near misses: no 分别, a single meeting
        ("5月7日，市委召开常委会会议和全会。", [("常委会会议和全会", "2024-05-07", "5月7日", None)]),
        ("5月7日上、下午，市委召开全市经济工作会议。", [("全市经济工作会议", "2024-05-07", "5月7日", None)]),
    ],
)
def test_meetings_held_in_turn_morning_and_afternoon(extract, body: str, expected: list) -> None:
    record = extract(page(body))
    assert [(m["name"], m["date"], m["date_text"], m["time_of_day"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a job fair an official only attended: no ceremony told, no meeting (§3: fairs are no meetings)
        ("市人社局举办2024年“春风行动”大型招聘会\n2024-02-24 来源：市人社局\n2月23日，市人社局在市体育中心举办2024年"
         "“春风行动”暨就业援助月大型招聘会。共有320家企业进场招聘。\n副市长晏红出席招聘会并慰问求职群众。\n", []),
        # near misses: its opening ceremony told; a sales fair declared open; a contest (left as it is, §8)
        ("市人社局举办2024年“春风行动”大型招聘会\n2024-02-24 来源：市人社局\n2月23日，市人社局在市体育中心举办2024年"
         "“春风行动”暨就业援助月大型招聘会。副市长晏红出席开幕式并致辞。\n", ["2024年“春风行动”大型招聘会"]),
        ("市举办2024年农产品展销会\n2024-02-24 来源：市商务局\n2月23日，2024年农产品展销会在市会展中心开幕。"
         "副市长晏红出席并宣布展销会开幕。\n", ["2024年农产品展销会"]),
        ("区税务局举办青年干部演讲比赛\n2024-05-06 来源：区税务局\n4月30日，区税务局举办青年干部演讲比赛。"
         "局长史宏伟出席并为获奖选手颁奖。\n", ["青年干部演讲比赛"]),
    ],
)
def test_a_job_fair_in_a_headline_only_attended(extract, text: str, expected: list) -> None:
    assert [m["name"] for m in extract(text)["meetings"]] == expected
