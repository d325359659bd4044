"""Phrasings of Taiwan, Hong Kong and Macau releases in Traditional characters:
a header line with a Taiwan issuing office ending in 處 or a news desk beside an ROC date, a Permanent Secretary
named by title alone, the people a forum drew counted by a group noun before 參與, medals listed with 榮譽稱號 under
one count, a charity ending in 會 holding an event, and the purpose of money after 於, 另撥, 核定 or 獲發.
Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Gregorian date and clock beside an issuing office whose name ends in 處 (§2)
        ("某市府召開防汛會議\n2024-05-07 14:32 某南市政府新聞及國際關係處\n某南市政府今（7）日下午召開防汛整備工作會議。\n",
         "2024-05-07"),
        # an ROC date beside a school's news desk, either side (§2)
        ("某大學舉行頒獎典禮\n某大新聞 民國113年11月15日\n某某大學今（15）日上午於校史館舉行頒獎典禮。\n", "2024-11-15"),
        ("某大學舉行頒獎典禮\n113-11-15 某大新聞中心\n某某大學今（15）日上午於校史館舉行頒獎典禮。\n", "2024-11-15"),
        # (unchanged: a labelled ROC date)
        ("某大學舉行頒獎典禮\n發布日期：113年11月15日\n某某大學今（15）日上午於校史館舉行頒獎典禮。\n", "2024-11-15"),
    ],
)
def test_header_dates_of_taiwan_releases(extract, text: str, expected: str) -> None:
    assert extract(text)["published"][:10] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a Permanent Secretary named by title alone: nobody named, no host and no speaker (§4)
        ("教育局局長蔡某今日出席頒獎典禮並致辭。典禮由教育局常任秘書長主持。", {"蔡某": ("教育局局长", ("致辞",))}),
        # (unchanged: one with a name is a speaker with that title)
        ("典禮由政務司副司長卓某主持，公務員事務局常任秘書長楊某某致辭。",
         {"卓某": ("政务司副司长", ("主持",)), "杨某某": ("公务员事务局常任秘书长", ("致辞",))}),
    ],
)
def test_permanent_secretary_is_a_title(extract, body: str, expected: dict) -> None:
    record = extract(page(body, "2024-09-25"))
    assert speakers(record) == expected
    assert all(m["host"] is None or m["host"]["name"] != "常任" for m in record["meetings"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a group noun before the count of those a forum drew (§3 attendee_count)
        ("國立某某大學4日舉辦產學合作高峰論壇，產官學界代表250餘人參與。", (250, True)),
        # the forum as the subject of the next sentence
        ("某某大學4日舉辦「產學合作高峰論壇」，由校長王某主持。論壇共有產官學界代表250餘人參與。", (250, True)),
        # (unchanged: 與會 after the count)
        ("國立某某大學4日舉辦產學合作高峰論壇，共有250餘人與會。", (250, True)),
        # NEGATIVE: a campaign's volunteers in a sentence after the meeting are not those attending
        ("某某大學4日舉辦產學合作高峰論壇。活動共有志工代表250餘人參與。", (None, False)),
        # NEGATIVE: people taking part in a programme, not in the forum
        ("某某大學4日舉辦產學合作高峰論壇。該計畫去年有學生代表200人參與。", (None, False)),
    ],
)
def test_people_a_forum_drew(extract, body: str, expected: tuple) -> None:
    m = extract(page(body, "2024-10-05"))["meetings"][0]
    assert (m["attendee_count"], m["attendee_approx"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # medals and titles of honour listed under one count: the whole phrase (§5)
        ("今年共有45位人士獲頒勳章、獎章和榮譽稱號。", [("勋章、奖章和荣誉称号", 45, "位", "person")]),
        ("今年共有45位人士获颁勋章、奖章和荣誉称号，其中金莲花荣誉勋章2名。",
         [("勋章、奖章和荣誉称号", 45, "位", "person"), ("金莲花荣誉勋章", 2, "名", "person")]),
        # (unchanged: two honours joined by 和)
        ("今年共有15人獲得國家勳章和國家榮譽稱號。", [("国家勋章和国家荣誉称号", 15, "人", "person")]),
    ],
)
def test_medals_and_titles_of_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-01-20"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a charity whose name ends in 會 holds the forum (§3 organizer)
        ("樂施會今日在香港舉行「國際消除貧窮日論壇」，約120人出席。", "乐施会"),
        ("某某老人福利會今日舉行「長者服務論壇」，約120人出席。", "某某老人福利会"),
        # (unchanged: an association)
        ("香港社會服務聯會今日在灣仔舉行「社福論壇」，約120人出席。", "香港社会服务联会"),
        # NEGATIVE: a meeting word before the verb is no organizer
        ("座談會今日在灣仔舉行，約120人出席。", None),
    ],
)
def test_charities_as_organizers(extract, body: str, expected: str | None) -> None:
    assert held(extract(page(body, "2024-10-17")))[0][2] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the fund the money goes into after 於 (§6 purpose)
        ("特區政府今年投放澳門元12億元於非高等教育發展基金，支持學校優化教學。",
         [(1200000000.0, "MOP", "非高等教育发展基金")]),
        # the giver and its verb before the fund's name are no part of it
        ("縣府今年另撥教師專業發展經費新臺幣800萬元。", [(8000000.0, "TWD", "教师专业发展经费")]),
        ("中央已核定災後復建經費新臺幣2.5億元。", [(250000000.0, "TWD", "灾后复建经费")]),
    ],
)
def test_purposes_of_taiwan_and_macau_money(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
