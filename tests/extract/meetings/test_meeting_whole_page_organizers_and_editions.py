"""Meeting phrasings of whole scraped pages (county and party-building sites, Hong Kong and Macau releases and papers): organizers given by 由…主办, bracketed days after 昨,
edition lines and deadlines, receptions after a ceremony and their counts, forum venues and prefixes
(a prefecture, not a city within a region), backers before the host.  Invented sentences; the
expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _meeting(record: dict, k: int = 0) -> dict:
    return record["meetings"][k]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the agent of 主办 in the phrase of the event attended
        ("局长孙明今日晚上出席由市体育局主办的第五届全民健身大会开幕式并致辞。",
         [("第五届全民健身大会开幕式", "2024-05-08", "市体育局")]),
        ("勞工及福利局局長孫玉菡今日晚上出席由職業安全健康局主辦的「第二十二屆香港職業安全健康大獎」頒獎典禮並致辭。",
         [("「第二十二届香港职业安全健康大奖」颁奖典礼", "2024-05-08", "职业安全健康局")]),
        # who hosts, not who helps
        ("財政司司長陳茂波今日出席由香港科技園公司主辦、香港生產力促進局協辦的「創科融合論壇2024」開幕禮並致辭。",
         [("「创科融合论坛2024」开幕礼", "2024-05-08", "香港科技园公司")]),
        # a later sentence naming the ceremony by its noun
        ("教育局局長蔡若蓮今日在會展主禮頒獎典禮並致辭。典禮由香港教師中心主辦，約600名教育界人士出席。",
         [("颁奖典礼", "2024-05-08", "香港教师中心")]),
        # an apposition before 由…主办
        ("5月7日下午，王建国院士来我校作学术报告。报告会在学术交流中心举行。本次报告会系学校“名家讲坛”第126讲，由科研处主办。",
         [("报告会", "2024-05-07", "科研处")]),
        # a helper alone is no organizer
        ("局长孙明今日出席由市农科院承办的第五届农业论坛开幕式并致辞。",
         [("第五届农业论坛开幕式", "2024-05-08", None)]),
    ],
)
def test_the_organizer_from_hosted_by(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "date", "date_text", "time_of_day"),
    [
        ("【本報消息】澳門中華總商會昨（二十五日）晚在會所舉行會員大會。", "2024-05-25", "昨（二十五日）", "晚上"),
        ("【本報消息】澳門中華總商會昨（25日）晚在會所舉行會員大會。", "2024-05-25", "昨（25日）", "晚上"),
        ("【本報消息】澳門中華總商會昨（25）日晚在會所舉行會員大會。", "2024-05-25", "昨（25）日", "晚上"),
        # the meeting's name first, then the bracketed day and the verb of taking place
        ("浙江省民營經濟發展大會昨（二十五日）在杭州召開，1000余名企業家參加。", "2024-05-25", "昨（二十五日）", None),
        ("浙江省民營經濟發展大會昨（廿五日）召開。", "2024-05-25", "昨（廿五日）", None),
    ],
)
def test_a_bracketed_day_after_yesterday(extract, body: str, date: str, date_text: str, time_of_day: str | None) -> None:
    meeting = _meeting(extract(page(body, "2024-05-26")))
    assert (meeting["date"], meeting["date_text"], meeting["time_of_day"]) == (date, date_text, time_of_day)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body that guides, backs or proposed it, listed before the host
        ("5月7日，县委书记刘建国出席由县委宣传部指导、县文联主办的乡村文化振兴座谈会。",
         [("乡村文化振兴座谈会", "2024-05-07", "县文联")]),
        ("5月7日，由县委宣传部指导、县文联主办的乡村文化振兴座谈会在县文化馆举行。",
         [("乡村文化振兴座谈会", "2024-05-07", "县文联")]),
        ("5月7日，市长王建国出席由省商务厅支持、市政府主办的跨境电商发展论坛。",
         [("跨境电商发展论坛", "2024-05-07", "市政府")]),
        ("5月7日，市长王建国出席由他本人倡议并由市政府主办的首届城市发展论坛开幕式。",
         [("首届城市发展论坛开幕式", "2024-05-07", "市政府")]),
        # a guidance centre is a host's name, not a backer
        ("5月7日，局长王建国出席由市就业指导中心主办的高校毕业生就业座谈会。",
         [("高校毕业生就业座谈会", "2024-05-07", "市就业指导中心")]),
        # two hosts, one of them a union of associations
        ("【本報消息】由澳門中華總商會聯合澳門街坊會聯合總會舉辦的社區經濟論壇昨（五日）舉行。",
         [("社区经济论坛", "2024-05-05", "澳门中华总商会、澳门街坊会联合总会")]),
    ],
)
def test_the_host_after_a_backer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-05-06"))) == expected


def test_a_union_of_associations_is_one_organizer(extract) -> None:
    record = extract(page("【本報消息】澳門街坊會聯合總會昨日在澳門旅遊塔舉行第三十屆會員大會。", "2024-05-26"))
    assert held(record) == [("第三十届会员大会", "2024-05-25", "澳门街坊会联合总会")]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("双周协商座谈会召开\n本报北京5月7日电  7日下午，全国政协在北京召开双周协商座谈会。\n《人民日报》（2024年05月08日 04版）\n",
         "2024-05-08"),
        ("会员大会举行\n【本報消息】澳門中華總商會昨（二十五日）晚在會所舉行會員大會。\n2024-05-26 澳門日報 A03版\n", "2024-05-26"),
        ("组织工作会议召开\n本报讯 1月15日，市委召开全市组织工作会议。\n《衢州日报》2024年1月16日 第2版\n", "2024-01-16"),
        # a page number beside a date and no outlet is no edition line
        ("招生会议召开\n市教育局召开会议，部署招生工作。\n2024-05-26 市文化馆 A03版\n", None),
        # a deadline is no date of the page
        ("区人大召开常委会会议\n本报讯 区人大常委会10日召开第十五次会议。\n报名截止日期：2024年05月20日\n", None),
        ("区人大召开常委会会议\n报名截止日期：2024年05月20日\n本报讯 区人大常委会10日召开第十五次会议。\n", None),
    ],
)
def test_an_edition_line_dates_the_page(extract, text: str, published: str | None) -> None:
    assert (extract(text)["published"] or None) == published


def test_the_meeting_under_an_edition_line_is_dated(extract) -> None:
    text = "双周协商座谈会召开\n本报北京5月7日电  7日下午，全国政协在北京召开双周协商座谈会。\n《人民日报》（2024年05月08日 04版）\n"
    meeting = _meeting(extract(text))
    assert (meeting["date"], meeting["time_of_day"]) == ("2024-05-07", "下午")


def test_a_lecture_joined_to_a_commendation_activity(extract) -> None:
    record = extract(page("6月28日下午，市财政局机关党委在局机关六楼大会议室开展“七一”专题党课暨表彰活动。"
                          "局党组书记、局长吴晓丽主持活动。局机关全体党员共96人参加活动。", "2024-06-29"))
    meeting = _meeting(record)
    assert held(record) == [("“七一”专题党课暨表彰活动", "2024-06-28", "市财政局机关党委")]
    assert (meeting["location"], meeting["attendee_count"], meeting["time_of_day"]) == ("局机关六楼大会议室", 96, "下午")
    assert (meeting["host"] or {}).get("name") == "吴晓丽"


@pytest.mark.parametrize(
    "body",
    [
        "6月28日，市财政局机关党委开展“七一”表彰活动。",  # an activity alone is a campaign word
        "今年以来，市财政局机关党委开展“七一”专题党课暨慰问活动10余场。",  # a tally
    ],
)
def test_no_meeting_from_an_activity_carried_out(extract, body: str) -> None:
    assert held(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月2日，由安徽医科大学主办的第七届“医学人文论坛”在合肥举行。论坛期间还举行了“人文爱心基金”捐赠仪式。",
         [("第七届“医学人文论坛”", "2024-04-02", "安徽医科大学"), ("“人文爱心基金”捐赠仪式", "2024-04-02", None)]),
        ("4月2日，第七届“医学人文论坛”在合肥举行。论坛期间，举行了捐赠仪式。",
         [("第七届“医学人文论坛”", "2024-04-02", None), ("捐赠仪式", "2024-04-02", None)]),
    ],
)
def test_a_ceremony_during_a_forum_is_dated_like_it(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("9月9日，区委组织部举办2024年新任科级领导干部培训班，全区2023年以来新提任的科级领导干部共65人参加培训。", 65),
        ("9月9日，区委组织部举办2024年新任科级领导干部培训班，全区新提任的科级领导干部共65人参加培训。", 65),
        # a running total since a time is no attendance
        ("9月9日，区委组织部举办2024年新任科级领导干部培训班。今年以来全区参加培训的干部达3000余人。", None),
    ],
)
def test_a_year_inside_the_attendees(extract, body: str, count: int | None) -> None:
    assert _meeting(extract(page(body)))["attendee_count"] == count


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("財政司司長陳茂波今日出席創科論壇開幕禮並致辭。論壇在香港會議展覽中心舉行，為期兩日。", "香港会议展览中心"),
        ("財政司司長陳茂波今日出席「創科融合論壇2024」開幕禮並致辭。論壇在香港會議展覽中心舉行。", "香港会议展览中心"),
        # a forum is no venue of a prize ceremony
        ("財政司司長陳茂波今日出席頒獎典禮並致辭。論壇在香港會議展覽中心舉行。", None),
    ],
)
def test_a_forum_venue_for_its_opening(extract, body: str, location: str | None) -> None:
    assert _meeting(extract(page(body)))["location"] == location


def test_a_reception_after_a_ceremony(extract) -> None:
    record = extract(page("行政長官李家超今日在禮賓府主持二○二四年授勳典禮，向共320名人士頒授勳銜或嘉獎。"
                          "典禮結束後，行政長官在禮賓府設酒會款待授勳人士及其親友，約800人出席。"))
    assert [(m["name"], m["date"], m["location"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]] == [
        ("二○二四年授勋典礼", "2024-05-08", "礼宾府", None, False),
        ("酒会", "2024-05-08", "礼宾府", 800, True),
    ]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # the count's clause names the meeting, not the reception after it
        ("香港總商會今日舉行周年會員大會。會後設酒會招待會員，約200名會員出席大會。",
         [("周年会员大会", 200), ("酒会", None)]),
        ("香港中華總商會今日舉行會員大會。大會結束後設酒會招待嘉賓。是次大會約300名會員出席。",
         [("会员大会", 300), ("酒会", None)]),
        # the count right after the reception is the reception's
        ("香港中華廠商聯合會今日舉行會董會就職典禮。典禮結束後設晚宴招待嘉賓，約1000人出席。",
         [("会董会就职典礼", None), ("晚宴", 1000)]),
    ],
)
def test_the_count_of_a_meeting_before_its_reception(extract, body: str, counts: list) -> None:
    assert [(m["name"], m["attendee_count"]) for m in extract(page(body))["meetings"]] == counts


@pytest.mark.parametrize(
    "body",
    [
        "行政長官明年將在禮賓府設酒會款待各界人士。",  # planned, not given
        "公司设立专项基金，用于支持员工招待会务。",  # 设 with no reception given
        "他在礼宾府设宴款待来宾。",  # a dinner given, no meeting noun
    ],
)
def test_no_reception_given(extract, body: str) -> None:
    assert held(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月20日，黔东南州第八次民族团结进步表彰大会在凯里召开。", [("第八次民族团结进步表彰大会", "2024-09-20", "黔东南州")]),
        ("9月20日，湘西州2024年“最美教师”颁奖典礼在吉首举行。", [("2024年“最美教师”颁奖典礼", "2024-09-20", "湘西州")]),
        ("乐清市2024年“乐清好人”颁奖典礼在乐清大剧院举行。", [("2024年“乐清好人”颁奖典礼", None, "乐清市")]),
        # a congress named by its place keeps it
        ("9月20日，黔东南州第十五届人民代表大会第三次会议在凯里开幕。",
         [("黔东南州第十五届人民代表大会第三次会议", "2024-09-20", None)]),
        # a city whose name ends in 州, after a country or region word: part of the event's name
        ("4月13日，中国郑州第三届国际物流发展论坛在郑州国际会展中心举行。",
         [("中国郑州第三届国际物流发展论坛", "2024-04-13", None)]),
        ("4月13日，大湾区广州第二届科技金融峰会在广州举行。", [("大湾区广州第二届科技金融峰会", "2024-04-13", None)]),
        ("4月14日，长三角苏州第六次联席会议在苏州召开。", [("长三角苏州第六次联席会议", "2024-04-14", None)]),
        ("4月16日，凉山州第二次禁毒工作表彰大会在西昌召开。", [("第二次禁毒工作表彰大会", "2024-04-16", "凉山州")]),
        # two parties: the name stays whole (left as it is)
        ("8月19日，甲市人民医院与乙县人民医院医联体合作签约仪式在乙县举行。",
         [("甲市人民医院与乙县人民医院医联体合作签约仪式", "2024-08-19", None)]),
    ],
)
def test_a_prefecture_prefix(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-09-22"))) == expected
