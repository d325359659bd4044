"""Meeting and speaker phrasings: a fair's opening ceremony referred to
(开幕式上，…致辞) a few sentences after the fair opened, with another ceremony held the same day; the part
of the day in a 当天上午 clause after a day named as a holiday (10月11日是重阳节，当天上午，…); police and
court staff words as titles (干警, 协警); the reporting school as a venue (在我校召开); team prize grades
counted with 个 (团体一等奖1个).  Invented sentences; the expected values follow corpus/GUIDELINES.md, with
near misses that must not change."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers, when


def _ceremonies(record: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(m["name"], m["date"], m["date_text"], m["location"]) for m in record["meetings"]]


_FAIR = "新华社成都10月12日电 第十二届农业博览会12日在成都开幕。"
_SIGNING = "当天还举行了农业招商项目集中签约仪式，共签约项目42个。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the fair described between its opening and the ceremony's clause (§3: the opening ceremony
        # referred to is a meeting, dated and placed by the fair's opening)
        (_FAIR + "本届农博会展览面积8万平方米，吸引了1200余家企业参展。开幕式上，省农业农村厅厅长张建国致辞。" + _SIGNING,
         [("开幕式", "2024-10-12", "12日", "成都"), ("农业招商项目集中签约仪式", "2024-10-12", "当天", None)]),
        (_FAIR + "本届农博会展览面积8万平方米。展会期间将举办20余场专题活动。开幕式上，省农业农村厅厅长张建国致辞。" + _SIGNING,
         [("开幕式", "2024-10-12", "12日", "成都"), ("农业招商项目集中签约仪式", "2024-10-12", "当天", None)]),
        # (as before: the ceremony's clause right after the opening)
        (_FAIR + "开幕式上，省农业农村厅厅长张建国致辞。" + _SIGNING,
         [("开幕式", "2024-10-12", "12日", "成都"), ("农业招商项目集中签约仪式", "2024-10-12", "当天", None)]),
    ],
)
def test_an_opening_ceremony_referred_to_after_the_fair_is_described(extract, body: str, expected: list) -> None:
    record = extract(page(body, "2024-10-13"))
    assert _ceremonies(record) == expected
    assert speakers(record) == {"张建国": ("省农业农村厅厅长", ("致辞",))}


def test_an_opening_ceremony_after_another_meeting_is_not_the_fairs(extract) -> None:
    # a meeting told between the fair's opening and 开幕式上: the ceremony may be that meeting's, none is added
    body = _FAIR + "同日，全省农业工作会议在成都召开。开幕式上，省农业农村厅厅长张建国致辞。" + _SIGNING
    names = [m["name"] for m in extract(page(body, "2024-10-13"))["meetings"]]
    assert "开幕式" not in names


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the day named as a holiday, the part of the day in the clause after (§3 time_of_day)
        ("10月11日是重阳节，当天上午，凤凰镇在镇敬老院举行重阳节敬老茶话会。", [("2024-10-11", "10月11日", "上午")]),
        ("6月5日是世界环境日，当天下午，市生态环境局在人民广场举行环保宣传活动启动仪式。",
         [("2024-06-05", "6月5日", "下午")]),
        # near misses: no part of the day written, or the date right before it (as before)
        ("10月11日是重阳节，凤凰镇在镇敬老院举行重阳节敬老茶话会。", [("2024-10-11", "10月11日", None)]),
        ("10月11日上午，凤凰镇在镇敬老院举行重阳节敬老茶话会。", [("2024-10-11", "10月11日", "上午")]),
    ],
)
def test_the_part_of_the_day_after_a_holiday_clause(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-10-12"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # police and court staff words are titles (§4 title as written next to the name)
        ("12月5日，市中级人民法院召开表彰大会。民一庭庭长赵磊、执行局干警钱小梅作为获奖代表发言。",
         {"赵磊": ("民一庭庭长", ("发言",)), "钱小梅": ("执行局干警", ("发言",))}),
        ("12月5日，县公安局召开总结会。治安大队民警李小军、辅警王大伟、协警陈明作为代表发言。",
         {"李小军": ("治安大队民警", ("发言",)), "王大伟": ("辅警", ("发言",)), "陈明": ("协警", ("发言",))}),
        ("12月5日，区法院召开座谈会。法官助理刘芳、书记员张敏、检察官助理周强先后发言。",
         {"刘芳": ("法官助理", ("发言",)), "张敏": ("书记员", ("发言",)), "周强": ("检察官助理", ("发言",))}),
        # near miss: the staff as a whole attending, no one named
        ("12月5日，市中级人民法院召开大会，院长赵磊主持会议，全体干警参加。", {"赵磊": ("院长", ("主持",))}),
    ],
)
def test_police_and_court_staff_titles(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-12-06"))) == expected


@pytest.mark.parametrize(
    ("body", "location"),
    [
        # the reporting school as the venue: the one school hosting it named in the sentence (§3 location)
        ("5月20日，由省教育厅主办、江城大学承办的高等教育发展论坛在我校召开。", "江城大学"),
        # no school named, two schools, or another body's pronoun: no venue named
        ("5月20日，高等教育发展论坛在我校召开。", None),
        ("5月20日，由省教育厅主办、江城大学和江北师范学院联合承办的高等教育发展论坛在我校召开。", None),
        ("5月20日，全省医学影像学术年会在我院举行。", None),
        # near miss: a room of the school named, kept as before
        ("5月20日，由省教育厅主办的高等教育发展论坛在我校图书馆报告厅召开。", "图书馆报告厅"),
    ],
)
def test_the_reporting_school_as_a_venue(extract, body: str, location: str | None) -> None:
    assert [m["location"] for m in extract(page(body, "2024-05-21"))["meetings"]] == [location]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # prize grades of teams, counted with 个: the bodies that won them (§5 recipient_kind)
        ("3月8日，市总工会举行职工技能大赛颁奖仪式。大赛共评出团体一等奖1个、二等奖2个，个人一等奖5名。",
         [("团体一等奖", 1, "个", "organization"), ("团体二等奖", 2, "个", "organization"),
          ("个人一等奖", 5, "名", "person")]),
        # near miss: bare grades counted with 个 are prizes counted, no holders said (as before)
        ("3月8日，市总工会举行职工技能大赛颁奖仪式。大赛共评出一等奖1个、二等奖2个。",
         [("一等奖", 1, "个", None), ("二等奖", 2, "个", None)]),
    ],
)
def test_team_prize_grades(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-03-09"))) == expected


def test_a_unit_of_the_reporting_school_is_no_venue(extract) -> None:
    # 由我校马克思主义学院承办: the school itself not named, so no venue; a named university's unit gives the university
    body = "4月10日，由我校马克思主义学院承办的全国高校思政课教学研讨会在我校召开。"
    assert [m["location"] for m in extract(page(body))["meetings"]] == [None]
    body = "4月10日，由江城大学马克思主义学院承办的全国高校思政课教学研讨会在我校召开。"
    assert [m["location"] for m in extract(page(body))["meetings"]] == ["江城大学"]
