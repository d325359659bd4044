"""Meeting shapes on culture, tourism, sports and veterans' affairs pages: a ceremony named only by its noun opening
a clause and held in a passive (开幕式在市体育中心举行) is a meeting named as written (GUIDELINES §3 name: the generic
noun as written); a day inside the remarks made at a meeting referred to (在发布会上表示，首批消费券已于11月1日发放) is no
day of that meeting (§3 date: only the day of the clause that holds it), so the reference stays the meeting told
before; people who take part in an activity year in, year out (常年参加门球活动的老年人达1500余人) are a standing tally,
no attendee count (§3 attendee_count); a prize ceremony told after a contest (赛后举行颁奖仪式, 比赛结束后，举行了…) takes the day of
the contest told before it, as one told 签约后 or 仪式结束后 does (§3 seventh round). Invented sentences; expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page


def _hosts(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date, host name) of each meeting, in order."""
    return [(m["name"], m["date"], (m["host"] or {}).get("name")) for m in record["meetings"]]


def _attendees(record: dict) -> list[tuple[str, int | None]]:
    """(name, attendee_count) of each meeting, in order."""
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月1日晚，开幕式在市体育中心体育场举行，市长钱国华宣布运动会开幕，市体育局局长马建平致辞。",
         [("开幕式", "2024-05-01")]),
        ("第八届社区文化节为期三天。4月26日上午，开幕式在区文化馆广场隆重举行，副区长林佳致辞。",
         [("开幕式", "2024-04-26")]),
        ("5月6日下午，闭幕式在县全民健身中心举行，副县长吴敏为获奖代表队颁奖。", [("闭幕式", "2024-05-06")]),
        ("4月22日，开班式在市委党校报告厅举行，市委组织部副部长周强作动员讲话。", [("开班式", "2024-04-22")]),
        ("5月3日上午，结业式在区委党校举行，区退役军人事务局局长邓永刚讲话。", [("结业式", "2024-05-03")]),
    ],
)
def test_bare_ceremony_held(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a ceremony still ahead
        "开幕式将于6月1日在市体育中心举行，届时将有2000余名运动员参加入场式。",
        # NEGATIVE: a ceremony planned by a preparatory meeting's account (no ceremony held)
        "会议明确，开幕式拟在市体育中心体育场举行。",
    ],
)
def test_bare_ceremony_not_held(extract, body: str) -> None:
    assert dated(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，市政府新闻办召开新闻发布会，介绍文旅消费季有关情况。市政府新闻办副主任徐斌主持发布会。"
         "市文化广电旅游局副局长梁晓峰在发布会上表示，首批文旅消费券300万元已于5月1日发放。",
         [("新闻发布会", "2024-05-06", "徐斌")]),
        ("4月28日，区退役军人事务局召开退役军人代表座谈会，区退役军人事务局局长王建军主持座谈会。"
         "副区长刘海在座谈会上强调，4月30日前要完成全区退役军人信息采集。",
         [("退役军人代表座谈会", "2024-04-28", "王建军")]),
    ],
)
def test_day_in_remarks_is_not_the_meetings(extract, body: str, expected: list) -> None:
    assert _hosts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: the day written before the remarks dates the meeting referred to
        ("市长王强在5月6日召开的全市文旅工作座谈会上表示，要做好“五一”假期旅游服务保障。",
         [("全市文旅工作座谈会", "2024-05-06")]),
    ],
)
def test_day_before_remarks_kept(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日下午，第三届“银龄杯”门球邀请赛闭幕式在县全民健身中心举行。县体育中心主任吕强致闭幕辞。"
         "据了解，全县现有门球场28个，常年参加门球活动的老年人达1500余人。",
         [("第三届“银龄杯”门球邀请赛闭幕式", None)]),
        ("5月6日上午，县老年大学书画展开幕式在县文化馆举行。县委常委、宣传部部长谭丽致辞。"
         "该校长年参加书画学习的学员有300余人。",
         [("县老年大学书画展开幕式", None)]),
        # NEGATIVE: those who took part in the event itself are its attendees
        ("5月6日下午，第三届“银龄杯”门球邀请赛闭幕式在县全民健身中心举行，300余名老年门球爱好者参加了活动。",
         [("第三届“银龄杯”门球邀请赛闭幕式", 300)]),
    ],
)
def test_standing_tally_is_no_attendance(extract, body: str, expected: list) -> None:
    assert _attendees(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月21日上午7时30分，2024青溪马拉松在市民广场鸣枪开跑，2万名跑者参赛。经过激烈角逐，李婷获得女子全程冠军。\n"
         "赛后举行颁奖仪式，副市长王珂为男女全程前八名选手颁奖。", [("颁奖仪式", "2024-04-21")]),
        ("4月27日，全市中学生篮球联赛总决赛在市体育馆开赛。市一中队以68比60战胜市三中队，夺得冠军。\n"
         "比赛结束后，举行了颁奖仪式，市教育局局长赵宁为获奖队伍颁奖。", [("颁奖仪式", "2024-04-27")]),
        # NEGATIVE: the contest told without a day: the ceremony has none either
        ("近日，全市中学生篮球联赛总决赛在市体育馆开赛。市一中队夺得冠军。\n赛后举行颁奖仪式，市教育局局长赵宁为获奖队伍颁奖。",
         [("颁奖仪式", None)]),
        # NEGATIVE: a contest of several days: which day the ceremony after it was held is not told
        ("8月1日至3日，全市全民健身运动会在市体育中心举行。城东区代表队获得团体总分第一名。\n赛后举行颁奖仪式，副市长郭雯为获奖代表队颁奖。",
         [("颁奖仪式", None)]),
        # NEGATIVE: the day before is no contest's
        ("4月27日，市体育局召开党组会议。市一中队夺得冠军。\n赛后举行颁奖仪式，市教育局局长赵宁为获奖队伍颁奖。",
         [("党组会议", "2024-04-27"), ("颁奖仪式", None)]),
    ],
)
def test_ceremony_after_contest_takes_its_day(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body))) == expected
