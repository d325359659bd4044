"""Meeting shapes of background days, plans held, described venues and campaigns. Invented sentences; the expected
values follow corpus/GUIDELINES.md §3, with the rules' intended cases beside them.

- date: 当天 after a background day of another story (始建于1959年9月1日, 于2023年10月12日签约落地) takes the main
  meeting's day, not that one; a day of the same account a few days off still counts;
- plans: 依计划/如计划 + a day is a meeting held as planned, 该计划/“…计划” + a day a programme's meeting, no plan;
- location: a venue whose head is 棚/间/台/亭/房 after a description (温暖的蔬菜大棚中) is the venue, without it;
- attendance: 活动吸引… after a campaign's launch (全民阅读月启动仪式) or counting 人次 / a whole county is no count;
- organizer: 大会后勤保障组 keeps its head (后勤 is no 会后);
- date: 在省人代会后主持召开… is held after another meeting, not on the day of the one told before.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page


def _field(record: dict, key: str) -> list[tuple[str, object]]:
    return [(m["name"], m[key]) for m in record["meetings"]]


def _counts(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (cr6 1.4): a background day told before 当天 is another story's
        ("5月8日，县里举行开工仪式。该项目于2023年10月12日签约落地。当天，县委还召开了项目推进会。",
         [("开工仪式", "2024-05-08"), ("项目推进会", "2024-05-08")]),
        ("5月8日，学校举行建校65周年庆祝大会。学校始建于1959年9月1日。当天下午，学校还举行了校友座谈会。",
         [("建校65周年庆祝大会", "2024-05-08"), ("校友座谈会", "2024-05-08")]),
        ("5月8日，县委召开常委会。据悉，县人民医院新院区于2023年11月20日正式启用。当天下午，县委还召开了卫生健康工作座谈会。",
         [("常委会", "2024-05-08"), ("卫生健康工作座谈会", "2024-05-08")]),
        ("5月8日，镇里召开党员大会。该镇成立于2001年3月2日。当日，镇党委还召开了老党员座谈会。",
         [("党员大会", "2024-05-08"), ("老党员座谈会", "2024-05-08")]),
        ("5月8日，公司举行投产仪式。该公司创办于2018年6月18日。当晚，公司举行了员工联欢会。",
         [("投产仪式", "2024-05-08"), ("员工联欢会", "2024-05-08")]),
        # the intended case: a later day of the same account
        ("4月2日，村党支部召开支委会。4月9日，村党支部召开党员大会。当天，村党支部举行了入党宣誓仪式。",
         [("支委会", "2024-04-02"), ("党员大会", "2024-04-09"), ("入党宣誓仪式", "2024-04-09")]),
        ("5月8日，县委召开常委会。会议通报，5月6日我县发生一起交通事故。当天下午，县安委会召开了紧急会议。",
         [("常委会", "2024-05-08"), ("紧急会议", "2024-05-06")]),
    ],
)
def test_same_day_after_a_background_day(extract, body: str, expected: list) -> None:
    assert dated(extract(page(body, "2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (cr6 1.8): held as planned, not a plan
        ("台北市议会依计划5月8日召开临时会，审议相关预算。", [("临时会", "2024-05-08", "台北市议会")]),
        ("新北市议会如计划5月8日召开定期会，审议总预算案。", [("定期会", "2024-05-08", "新北市议会")]),
        ("市政府依计划5月8日召开防汛工作会议。", [("防汛工作会议", "2024-05-08", "市政府")]),
    ],
)
def test_held_as_planned(extract, body: str, expected: list) -> None:
    record = extract(page(body, "2024-05-10"))
    assert [(m["name"], m["date"], m["organizer"]) for m in record["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (cr6 1.8): a programme named …计划 is the subject, not a plan
        ("5月8日，国家重点研发计划“智能传感器”重点专项项目启动会召开。该计划5月8日举行启动仪式，科技部副部长王强出席。",
         ["国家重点研发计划“智能传感器”重点专项项目启动会", "启动仪式"]),
        ("“英才计划”5月8日举行启动仪式，市委书记王强出席并讲话。", ["启动仪式"]),
        # the intended cases: a plan with a day after 计划
        ("县里计划5月中旬召开全县经济工作会议。", []),
        ("街道计划6月10日举行邻里文化节开幕式。", []),
    ],
)
def test_programme_named_plan(extract, body: str, expected: list) -> None:
    assert [m["name"] for m in extract(page(body, "2024-05-10"))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (cr6 1.15): a venue with a description before 的
        ("5月8日，全县乡村振兴现场观摩会在温暖的蔬菜大棚中举行。", [("全县乡村振兴现场观摩会", "蔬菜大棚")]),
        ("5月8日，全县安全生产现场会在热火朝天的生产车间中召开。", [("全县安全生产现场会", "生产车间")]),
        ("5月8日，村民议事会在修缮一新的古戏台中召开。", [("村民议事会", "古戏台")]),
        # a body's room keeps its owner; a mood is no place
        ("5月8日，全县座谈会在学校的礼堂中举行。", [("全县座谈会", "学校的礼堂")]),
        ("5月8日，全县表彰大会在热烈的掌声中开幕。", [("全县表彰大会", None)]),
    ],
)
def test_described_venue(extract, body: str, expected: list) -> None:
    assert _field(extract(page(body, "2024-05-10")), "location") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (cr6 1.16): a campaign's participants, counted over weeks
        ("5月8日，我县“书香江城”全民阅读月启动仪式在县图书馆举行。活动吸引了全县5万余人次参与。",
         [("“书香江城”全民阅读月启动仪式", None)]),
        ("5月8日，我县全民健身月启动仪式在县体育场举行。活动吸引了全县2万余名群众参与。", [("全民健身月启动仪式", None)]),
        ("5月8日，市“清河护岸”行动启动仪式在滨江公园举行。活动吸引了3000余名市民参与。", [("市“清河护岸”行动启动仪式", None)]),
        ("5月8日，街道举办邻里文化节启动仪式。活动吸引了约3000人次参与。", [("邻里文化节启动仪式", None)]),
        # the intended case: the people at the gathering
        ("5月8日，街道在中心广场举办邻里文化节启动仪式。活动吸引了约300名居民参与。", [("邻里文化节启动仪式", 300)]),
    ],
)
def test_campaign_drew(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body, "2024-05-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (cr6 1.17): 后勤/后备 open the body's name
        ("5月8日，第十届江城国际马拉松赛新闻发布会召开。大会后勤保障组召开了工作会议，部署后勤保障工作。",
         [("第十届江城国际马拉松赛新闻发布会", None), ("工作会议", "大会后勤保障组")]),
        ("5月8日，全县运动会开幕式举行。大会后勤服务部召开了工作会议。",
         [("全县运动会开幕式", None), ("工作会议", "大会后勤服务部")]),
    ],
)
def test_body_opening_on_hou(extract, body: str, expected: list) -> None:
    assert _field(extract(page(body, "2024-05-10")), "organizer") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE (cr6 1.18): after another meeting, named
        ("5月8日，县委召开常委会，县委书记王强主持。市长李明在省人代会后主持召开市政府常务会议，传达省人代会精神。",
         [("常委会", "2024-05-08"), ("市政府常务会议", None)]),
        ("5月8日，县委召开常委会。县长李明在全国两会后主持召开县政府常务会议。",
         [("常委会", "2024-05-08"), ("县政府常务会议", None)]),
    ],
)
def test_after_another_meeting(extract, body: str, expected: list) -> None:
    record = extract(page(body, "2024-05-10"))
    assert dated(record) == expected
    assert [m["location"] for m in record["meetings"]] == [None, None]
