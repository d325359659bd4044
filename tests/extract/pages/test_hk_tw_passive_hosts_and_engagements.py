"""Phrasings of Hong Kong, Macau and Taiwan releases: a passive
由…举办的「…」今日举行, tomorrow's engagements, a person or a clause read as the organizer or
place, Taiwan officer titles ending in 长, Macau merit certificates, dated datelines and
吸引…参与 counts.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("由浙江大学举办的“长三角法治论坛”今日举行。", [("长三角法治论坛", "2024-05-08", "浙江大学")]),
        ("由浙江大学主办的“长三角法治论坛”今日举行。", [("长三角法治论坛", "2024-05-08", "浙江大学")]),
        ("由香港大學舉辦的「大灣區法律論壇」今日（五月八日）舉行。", [("大湾区法律论坛", "2024-05-08", "香港大学")]),
        # the verb stays out of the organizer also with a place
        ("由香港大學舉辦的「大灣區法律論壇」今日（五月八日）在港大百周年校園舉行。",
         [("大湾区法律论坛", "2024-05-08", "香港大学")]),
        ("由浙江大学举办的“长三角法治论坛”今日在杭州举行。", [("长三角法治论坛", "2024-05-08", "浙江大学")]),
        # a helper is no organizer (§3)
        ("由浙江大学承办的“长三角法治论坛”今日举行。", [("长三角法治论坛", "2024-05-08", None)]),
        # planned: no record
        ("由浙江大学举办的“长三角法治论坛”将于明日举行。", []),
    ],
)
def test_a_passive_hosted_meeting_held_today(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("行政長官李家超明日（五月九日）出席「國際創科峰會」。", []),
        ("市政府明天在市民中心举行防灾演练动员大会。", []),
        ("县长王强明（9）日主持召开防汛工作会议。", []),
        # 明日 inside a name, or tomorrow in another clause: the meeting held today stays
        ("“明日之星”颁奖典礼今日在杭州举行。", [("“明日之星”颁奖典礼", "2024-05-08", None)]),
        ("“明日在线”教育论坛今日在市会展中心举行。", [("“明日在线”教育论坛", "2024-05-08", None)]),
        ("“光明日在”读书分享会今日在市图书馆举行。", [("“光明日在”读书分享会", "2024-05-08", None)]),
        ("行政長官李家超今日（五月八日）出席「國際創科峰會」，並表示明日將出席另一活動。",
         [("国际创科峰会", "2024-05-08", None)]),
    ],
)
def test_tomorrows_engagements_are_planned(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_tomorrow_is_no_name(extract) -> None:
    # 明日 after a title is a day, not a person who gives a speech
    assert extract(page("行政長官明日（五月九日）出席「國際創科峰會」並致辭。"))["speakers"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("公務員事務局局長楊何蓓茵今日（五月八日）下午在政府總部舉行記者會，宣布新措施。",
         [("记者会", "2024-05-08", None)]),
        ("社會文化司司長歐陽瑜昨（八）日率領代表團視察文化局，並與局方召開工作會議。",
         [("工作会议", "2024-05-08", None)]),
        # a body that holds it stays the organizer
        ("县政府与华为公司今日举行签约仪式。", [("签约仪式", "2024-05-08", "县政府与华为公司")]),
        ("屏東縣政府今日在縣府大禮堂召開治安會報。", [("治安会报", "2024-05-08", "屏东县政府")]),
    ],
)
def test_a_person_or_a_clause_is_no_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("行政長官李家超今日（五月八日）在政府總部主持行政會議前會見傳媒，並宣布新措施。", "政府总部"),
        ("总理在人民大会堂出席会议后会见了记者。", "人民大会堂"),
        ("市长张强在政府大楼会见了来访的德国客人。", "政府大楼"),
    ],
)
def test_a_clause_after_the_place_is_no_part_of_it(extract, body: str, location: str) -> None:
    assert [m["location"] for m in extract(page(body))["meetings"]] == [location]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("由研發長陳家榮主持，學務長王大明、總務長李小華及財務長張志強分別發言。",
         {"陈家荣": ("研发长", ("主持",)), "王大明": ("学务长", ("发言",)), "李小华": ("总务长", ("发言",)),
          "张志强": ("财务长", ("发言",))}),
        ("說明會由營運長秦永沛主持，技術長米玉傑發言。",
         {"秦永沛": ("营运长", ("主持",)), "米玉杰": ("技术长", ("发言",))}),
        ("保安局政治助理何平發言。", {"何平": ("保安局政治助理", ("发言",))}),
        ("區長李明哲、里長林美惠也發言。", {"李明哲": ("区长", ("发言",)), "林美惠": ("里长", ("发言",))}),
    ],
)
def test_taiwan_and_hong_kong_titles(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市政府今日舉行表彰大會，頒發功績獎狀12名。", [("功绩奖状", 12, "名", "person")]),
        ("市政府今日举行表彰大会，颁发荣誉奖状12名。", [("荣誉奖状", 12, "名", "person")]),
        ("市政府今日舉行表彰大會，其中功績獎狀12名、社會服務獎章20名、榮譽獎狀5名。",
         [("功绩奖状", 12, "名", "person"), ("社会服务奖章", 20, "名", "person"), ("荣誉奖状", 5, "名", "person")]),
        ("市政府今日舉行表彰大會，頒發功績獎狀15名、績優獎狀30名。",
         [("功绩奖状", 15, "名", "person"), ("绩优奖状", 30, "名", "person")]),
        # a certificate with no honour named is none
        ("市政府今日举行表彰大会，为12名获奖者颁发奖状。", []),
        ("市政府今日举行表彰大会，颁发荣誉证书12份。", []),
    ],
)
def test_macau_merit_and_honour_certificates(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("標題\n（中央社記者王大明台北2024年5月8日電）教育部今天召開記者會，部長鄭英耀主持，宣布新措施。\n", "2024-05-08"),
        ("標題\n民國113年5月8日 屏東縣政府新聞稿\n屏東縣政府今天召開防災會議，由縣長周春米主持。\n", "2024-05-08"),
        # the year-less dateline gives no publication date (§2)
        ("標題\n（中央社記者王大明台北8日電）教育部今天召開記者會，部長鄭英耀主持，宣布新措施。\n", None),
    ],
)
def test_dated_datelines_give_the_publication_date(extract, text: str, published: str | None) -> None:
    assert extract(text)["published"] == published


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("「第五屆國際葡語教學研討會」昨（7）日在理大匯智樓舉行，吸引來自10個國家及地區約180名專家學者參與。", (180, True)),
        ("浙江大学今日举办“长三角法治论坛”，吸引约250名学者参与。", (250, True)),
        ("研討會今日在台北舉行，吸引超過300位產官學代表參與。", (300, True)),
        # no count, or a count of people taking part in something else
        ("研讨会今日在市会展中心举行，吸引市民参与。", (None, False)),
        ("研讨会今日在杭州举行。该项目去年吸引了200名志愿者参与。", (None, False)),
        ("研讨会今日在杭州举行，吸引200名志愿者报名参与明年的项目。", (None, False)),
    ],
)
def test_people_drawn_to_take_part_are_attendees(extract, body: str, expected: tuple) -> None:
    meetings = extract(page(body))["meetings"]
    assert [(m["attendee_count"], m["attendee_approx"]) for m in meetings] == [expected]
