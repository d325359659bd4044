"""Meeting-date phrasings: a sentence opening on
为 that holds the meeting itself (its name, a 为…的 phrase before its noun, a purpose run into the account
with no comma), an outlet's 本台/本刊/本站 before a body whose name begins with 电, and a day in what a
meeting told as 近日 under a wire dateline dealt with.  Invented sentences; the expected values follow
corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def placed(record: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, date, location, organizer) of each meeting, in order."""
    return [(m["name"], m["date"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name that opens on 为 is the name as written, with its venue
        ("为民办实事项目推进会5月7日在镇政府三楼会议室召开，会议由镇长许平主持。",
         [("为民办实事项目推进会", "2024-05-07", "镇政府三楼会议室", None)]),
        ("为企服务座谈会5月7日下午在区工商联会议室召开，会议由区工商联主席孙涛主持。",
         [("为企服务座谈会", "2024-05-07", "区工商联会议室", None)]),
        ("为乡村振兴建言献策专题协商会5月7日上午在县政协召开，县政协主席孔亮主持会议。",
         [("为乡村振兴建言献策专题协商会", "2024-05-07", "县政协", None)]),
        ("为残疾人办实事座谈会于5月6日在县残联召开，会议由县残联理事长邹平主持。",
         [("为残疾人办实事座谈会", "2024-05-06", "县残联", None)]),
        # a 为…的 phrase before the meeting's noun is part of its name
        ("为辖区百岁老人祝寿的茶话会5月7日上午在幸福社区党群服务中心举行，社区党委书记林芳主持会议。",
         [("为辖区百岁老人祝寿的茶话会", "2024-05-07", "幸福社区党群服务中心", None)]),
        ("为全县劳动模范颁奖的表彰大会5月6日在县会议中心举行，大会由县总工会主席方园主持。",
         [("为全县劳动模范颁奖的表彰大会", "2024-05-06", "县会议中心", None)]),
        ("为全体党员讲授的专题党课5月7日在公司党群活动中心举行，会议由党委副书记周敏主持。",
         [("为全体党员讲授的专题党课", "2024-05-07", "公司党群活动中心", None)]),
        ("为母校庆生的校友会成立大会5月6日在学校礼堂举行，会议由校友会筹委会主任傅强主持。",
         [("为母校庆生的校友会成立大会", "2024-05-06", "学校礼堂", None)]),
        # a body whose name opens on 为, before the date, is the organizer
        ("为民服务中心5月7日召开工作例会，中心主任王明主持会议。", [("工作例会", "2024-05-07", None, "为民服务中心")]),
    ],
)
def test_a_leading_wei_phrase_that_holds_the_meeting(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a purpose with no comma before the account: the purpose is no organizer, the agent after the date is
        ("为做好今年防汛工作5月7日上午县政府在县应急指挥中心召开全县防汛工作会议，会议由副县长刘洋主持。",
         [("全县防汛工作会议", "2024-05-07", "县应急指挥中心", "县政府")]),
        ("为了解学生需求5月6日下午学院在行政楼301会议室召开学生代表座谈会，会议由学院党委书记韩梅主持。",
         [("学生代表座谈会", "2024-05-06", "行政楼301会议室", None)]),
        ("为切实做好5月份安全生产工作5月6日上午公司召开安全生产专题会议，会议由总经理戴军主持。",
         [("安全生产专题会议", "2024-05-06", None, None)]),
    ],
)
def test_a_purpose_run_into_the_account(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a purpose clause up to its comma names another day: the meeting's is the account's
        ("为庆祝5月12日国际护士节，5月7日下午，市人民医院在门诊楼五楼报告厅召开表彰大会。",
         [("表彰大会", "2024-05-07", "市人民医院")]),
        ("为做好即将于5月20日召开的县人大常委会第十八次会议筹备工作，5月7日，县人大常委会召开主任会议。",
         [("主任会议", "2024-05-07", "县人大常委会")]),
        ("为确保大会顺利召开，5月7日，县委召开筹备工作会议，县委书记李建国主持会议。",
         [("筹备工作会议", "2024-05-07", "县委")]),
        ("为迎接5月12日国际护士节，市卫健委召开护理工作座谈会。", [("护理工作座谈会", None, "市卫健委")]),
        ("为5月20日召开的区人大常委会会议做准备，区人大常委会副主任钟明5月7日带队开展调研，并召开座谈会听取意见。",
         [("座谈会", "2024-05-07", None)]),
    ],
)
def test_a_purpose_clause_still_dates_nothing(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 电 begins the body's name: the outlet's word stays with it
        ("5月7日，本台电视新闻中心召开2024年通联工作会议，中心主任宋某主持会议。",
         [("2024年通联工作会议", "2024-05-07", "本台电视新闻中心")]),
        ("5月7日，本刊电子编辑部在杂志社三楼会议室召开作者座谈会，主编黄某主持会议。",
         [("作者座谈会", "2024-05-07", "本刊电子编辑部")]),
        ("5月7日，本站电务车间召开安全生产例会，车间主任钟明主持会议。", [("安全生产例会", "2024-05-07", "本站电务车间")]),
        # a dateline with its date, or its place and a gap, is cut
        ("本报北京5月7日电 中共中央政治局5月7日召开会议，分析研究当前经济形势。", [("会议", "2024-05-07", "中共中央政治局")]),
        ("本报北京电（记者 王某） 全国政协今天上午在京召开专题协商会。", [("专题协商会", "2024-05-08", "全国政协")]),
    ],
)
def test_an_outlets_word_before_a_body_named_with_dian(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day in what the meeting dealt with, or a deadline, under a wire dateline: 近日 stays undated
        ("中新网北京5月7日电 据农业农村部官方网站消息，农业农村部近日召开全国夏粮生产视频会议，部署5月20日开始的夏收夏种工作。",
         [(None, "近日")]),
        ("新华社北京5月7日电 据教育部网站消息，教育部近日召开全国高考安全工作视频会议，要求各地6月7日高考前完成考点检查。",
         [(None, "近日")]),
        # the day of the clause that holds it still counts
        ("新华社北京5月7日电 记者日前从教育部获悉，教育部5日召开全国高考安全工作视频会议。", [("2024-05-05", "5日")]),
    ],
)
def test_a_day_dealt_with_after_a_dateline_and_a_vague_day(extract, body: str, expected: list) -> None:
    assert [(m["date"], m["date_text"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    "body",
    [
        # planned, with or without a name opening on 为
        "为企服务座谈会将于5月20日召开，届时将邀请20家企业负责人参加。",
        "为民办实事项目推进会定于5月20日在镇政府召开。",
        # a 为-phrase with no meeting noun: an award given, no ceremony named
        "为全县劳动模范颁发奖章，是对他们辛勤付出的肯定。",
        "为做好今年防汛工作，县政府要求各地5月20日前完成隐患排查。",
    ],
)
def test_no_meeting(extract, body: str) -> None:
    assert extract(page(body))["meetings"] == []
