"""Newspaper and wire phrasings of invented dailies: a congress closing with its
agenda clause set off by commas (…会议，在圆满完成各项议程后，今天上午在…闭幕); two provinces' same-named meetings in a
round-up (浙江省委经济工作会议 / 广东省日前召开省委经济工作会议) merged into one; a round-up's opening
(密集召开会议, 先后召开多个会议) read as one meeting; a feature subtitle's ——记 kept in a title; 第二天 after a day
whose year only the meeting's name gives; a bare 论坛 as organizer; Hong Kong's 获授人 (holders of a decoration) cut
into the honour 授人; the winners of an unquoted prize counted after its ceremony (…奖颁奖典礼，共有42名教师获奖); and
a year's investment task (要完成…投资480亿元) read as money granted.  Invented sentences; expected values follow
corpus/GUIDELINES.md §3-§6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, speakers, when


# -- meetings: a congress closing after its agenda clause set off by commas ------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("本报长沙1月19日电 湖南省第十四届人民代表大会第三次会议，在圆满完成各项议程后，今天上午在湖南省人民会堂闭幕。",
         "2025-01-20", [("湖南省第十四届人民代表大会第三次会议", "2025-01-19", None)]),
        ("本报讯 市政协十五届四次会议，完成各项议程后，19日上午在市会议中心闭幕。",
         "2025-01-20", [("市政协十五届四次会议", "2025-01-19", "市政协")]),
        ("本报讯 县第十八届人民代表大会第五次会议，在顺利完成全部议程后，于1月16日下午在县会议中心胜利闭幕。",
         "2025-01-18", [("县第十八届人民代表大会第五次会议", "2025-01-16", None)]),
    ],
)
def test_congress_closed_after_agenda_clause(extract, text, published, expected):
    assert held(extract(text, published)) == expected


def test_congress_closing_ahead_is_no_meeting(extract):
    text = "本报讯 市政协十五届四次会议，在完成各项议程后，将于明天上午在市会议中心闭幕。"
    assert held(extract(text, "2025-01-18")) == []


# -- meetings: two places' meetings of one name in a round-up ----------------------------------------------
def test_two_provinces_same_named_meetings_kept_apart(extract):
    text = ("综述\n11月28日，浙江省委经济工作会议在杭州召开。\n"
            "广东省日前召开省委经济工作会议，提出明年的预期目标。")
    assert held(extract(text, "2024-12-03")) == [
        # (the provincial committee before its work meeting held in a passive organizes it, GUIDELINES §3 eighth and
        # fourteenth rounds; hunt h80)
        ("浙江省委经济工作会议", "2024-11-28", "浙江省委"), ("省委经济工作会议", None, "广东省")]


def test_two_cities_same_named_meetings_kept_apart(extract):
    text = "12月2日，江城市委经济工作会议召开。同日，东湖市召开市委经济工作会议。"
    assert [m[0] for m in held(extract(text, "2024-12-03"))] == ["江城市委经济工作会议", "市委经济工作会议"]


def test_same_province_restated_is_one_meeting(extract):
    text = "11月28日，浙江省委经济工作会议在杭州召开。省委书记王某主持。会上，浙江省委对明年工作作出部署。省委经济工作会议指出，要稳中求进。"
    assert [m[0] for m in held(extract(text, "2024-12-03"))] == ["浙江省委经济工作会议"]


# -- meetings: a round-up's opening names several meetings, none held as one --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "本报长沙12月7日电 本周，省委、省政府密集召开会议部署冬季重点工作。",
        "本周，市委、市政府接连召开会议，研究部署冬季重点工作。",
        "近期，县委频繁召开会议研究部署防汛工作。",
        "近期，市委、市政府先后召开多个会议部署冬季重点工作。",
        "近期，市委召开若干专题会议研究部署改革工作。",
    ],
)
def test_round_up_of_meetings_is_no_record(extract, text):
    assert held(extract(text, "2024-12-08")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本周，省委、省政府召开会议部署冬季重点工作。", [("会议", None, "省委、省政府")]),
        ("近日，多个部门联合召开安全生产工作会议。", [("安全生产工作会议", None, "多个部门")]),
    ],
)
def test_one_meeting_beside_round_up_words_kept(extract, text, expected):
    assert held(extract(text, "2024-12-08")) == expected


# -- meetings: 第二天 after a day whose year the name gives; a bare 论坛 organizes nothing ---------------------
def test_next_day_after_day_dated_by_name(extract):
    text = ("本报上海11月30日电 2024上海国际金融论坛30日在沪开幕。论坛为期两天。\n"
            "第二天，论坛举行了“绿色金融”平行分论坛。")
    assert held(extract(text)) == [("2024上海国际金融论坛", "2024-11-30", None), ("“绿色金融”平行分论坛", "2024-12-01", None)]


def test_next_day_without_any_year_stays_undated(extract):
    text = ("本报上海11月30日电 上海国际金融论坛30日在沪开幕。论坛为期两天。\n"
            "第二天，论坛举行了“绿色金融”平行分论坛。")
    assert [d for d, _, _ in when(extract(text))] == [None, None]


def test_named_forum_still_organizes(extract):
    text = "本报海口3月26日电 博鳌亚洲论坛26日在博鳌举行“亚洲经济展望”分论坛。"
    assert held(extract(text, "2024-03-27"))[0][2] == "博鳌亚洲论坛"


# -- speakers: a feature subtitle's ——记/——访 is no part of the title ---------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("扎根高原的“种子医生”\n——记省农林科学院研究员王秀英\n11月20日，在全省种业振兴座谈会上，王秀英作了交流发言。",
         {"王秀英": ("省农林科学院研究员", ("发言",))}),
        ("让科研回归初心\n——访江城大学校长陈景明\n今年9月12日，学校召开科研工作大会，陈景明在会上讲话。",
         {"陈景明": ("江城大学校长", ("讲话",))}),
    ],
)
def test_portrait_subtitle_lead_dropped(extract, text, expected):
    assert speakers(extract(text, "2024-12-02")) == expected


def test_secretary_title_keeps_its_ji(extract):
    text = "12月2日，县委召开常委会会议。县委书记李明主持会议并讲话。"
    assert speakers(extract(text, "2024-12-03")) == {"李明": ("县委书记", ("主持", "讲话"))}


# -- awards: Hong Kong's holders' words; the winners of a prize named by its ceremony -------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社香港12月3日电 特区政府3日举行授勋典礼。其中，大紫荆勋章获授人5名，金紫荆星章获授人12名。",
         [("大紫荆勋章", 5, "名", "person"), ("金紫荆星章", 12, "名", "person")]),
        ("特区政府今日举行授勋典礼，金紫荆星章获颁人12名，铜紫荆星章获颁人20名。",
         [("金紫荆星章", 12, "名", "person"), ("铜紫荆星章", 20, "名", "person")]),
        ("香港特區政府教育局昨日（三日）舉行2024年行政長官卓越教學獎頒獎典禮，共有42名教師獲獎。",
         [("行政长官卓越教学奖", 42, "名", "person")]),
        ("市科协昨日举行第五届青年科技奖颁奖典礼，15名青年科技工作者获奖。", [("青年科技奖", 15, "名", "person")]),
    ],
)
def test_holders_and_winners_counted(extract, text, expected):
    assert honours(extract(text, "2024-12-04")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "特区政府今日举行授勋典礼，大紫荆勋章获授人包括多名前任官员。",
        "市科协昨日举行青年科技奖颁奖典礼，15名青年科技工作者和3个团队获奖。",  # a count over more than the prize's holders
        "市科协昨日举行青年科技奖颁奖典礼。据悉，历年来已有150名青年获奖。",  # a tally of past years
        "市科协昨日举行颁奖典礼，15名青年科技工作者获奖。",  # no prize named
    ],
)
def test_no_holders_count(extract, text):
    assert honours(extract(text, "2024-12-04")) == []


# -- funding: a year's investment set as a task ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "全国铁路工作会议今天在北京召开。部长李某说，１９９８年铁路要完成基本建设投资４８０亿元。",
        "全省交通工作会议今天召开。今年全省计划完成交通投资300亿元。",
        "会议提出，明年全市预计完成固定资产投资1200亿元。",
    ],
)
def test_investment_task_is_no_funding(extract, text):
    assert grants(extract(text, "2024-01-06")) == []


def test_grant_beside_task_kept(extract):
    text = "全省交通工作会议今天召开。今年全省计划完成交通投资300亿元；省财政已下达补助资金20亿元，用于农村公路建设。"
    assert grants(extract(text, "2024-01-06")) == [(2_000_000_000.0, "CNY", "农村公路建设")]
