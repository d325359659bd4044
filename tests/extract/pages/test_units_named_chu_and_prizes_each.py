"""State-enterprise party-building pages (utilities, telecoms, railways): a unit named 处 before 于 and its venue
(管理处于礼堂举行); the holder's tail of a prize winner left before a sum to each (一等奖获得者每人获得奖金); goods of
any name counted in units after their value (捐赠价值5万元的燃气报警器200台); 全程 after a name (邹伟全程参加并点评);
a day's eve or a day welcomed ahead (7月1日前夕，…, 为迎接7月1日建党节，…) dating nothing.  The sentences are invented;
the expected values follow corpus/GUIDELINES.md §3, §4 and §6."""

from __future__ import annotations

import pytest


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["organizer"], m["location"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月1日上午，台湾自来水公司第五区管理处于嘉义办公大楼礼堂举行年度模范劳工表扬大会。",
         [("年度模范劳工表扬大会", "2025-05-01", "台湾自来水公司第五区管理处", "嘉义办公大楼礼堂", None)]),
        ("5月8日，市城管局执法处于局三楼会议室召开作风建设推进会，全处干部40人参加。",
         [("作风建设推进会", "2025-05-08", "市城管局执法处", "局三楼会议室", 40)]),
        ("5月9日下午，东山街道办事处于街道党群服务中心召开安全生产工作会议。",
         [("安全生产工作会议", "2025-05-09", "东山街道办事处", "街道党群服务中心", None)]),
        # NEGATIVE: the verb 处于 before a clause of its own: the organizer stays the body that holds the meeting
        ("当前正处于防汛关键期，5月10日，市水利局在局会议室召开防汛工作会议。",
         [("防汛工作会议", "2025-05-10", "市水利局", "局会议室", None)]),
    ],
)
def test_unit_named_chu_before_venue(extract, text: str, expected: list) -> None:
    assert _meetings(extract(text, "2025-05-12")) == expected


def _funding(record: dict) -> list[tuple]:
    return [(f["amount"], f["purpose"]) for f in record["funding"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("颁奖仪式上，一等奖获得者每人获得奖金5000元。", [(5000.0, "奖金")]),
        ("大赛评出一等奖3名，获奖选手每人获得奖金3000元。", [(3000.0, "奖金")]),
        ("仪式上，公司为社区捐赠价值5万元的燃气报警器200台。", [(50000.0, "燃气报警器")]),
        ("活动中，集团向村小学捐赠价值3万元的净水机20套。", [(30000.0, "净水机")]),
        ("公司为敬老院捐赠价值2万元的轮椅40辆。", [(20000.0, "轮椅")]),
        # NEGATIVE: goods named by a gift word keep their name as before
        ("会上，公司现场捐赠价值8万元的办公电脑20台。", [(80000.0, "办公电脑")]),
        # NEGATIVE: prize money of grades only set up is a standard (§6): no record
        ("大赛设一等奖1名，奖金5000元。", []),
    ],
)
def test_prize_each_and_goods_counted(extract, text: str, expected: list) -> None:
    assert _funding(extract(text, "2025-11-20")) == expected


def _speakers(record: dict) -> dict:
    return {s["name"]: (s["title"], tuple(s["roles"])) for s in record["speakers"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 全程 (throughout) between the name and the act: no character of the name
        ("3月5日，高速集团第二党支部召开组织生活会，集团副总经理邹伟全程参加并点评。",
         {"邹伟": ("集团副总经理", ("点评",))}),
        ("3月5日，供电公司召开民主生活会，市国资委二级巡视员王建国全程指导并讲话。",
         {"王建国": ("市国资委二级巡视员", ("指导", "讲话"))}),
        ("3月5日，燃气公司召开述职评议会，公司党委书记陈芳全程参加会议并作总结讲话。",
         {"陈芳": ("公司党委书记", ("讲话",))}),
        # NEGATIVE: attending throughout is no role
        ("3月5日，水务集团召开安全生产会议，集团总经理李强全程参加。", {}),
    ],
)
def test_throughout_before_the_act(extract, text: str, expected: dict) -> None:
    assert _speakers(extract(text, "2025-03-07")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day's eve or a day welcomed ahead: the meeting was held before it, on no stated day
        ("7月1日前夕，江城供电公司党委召开老党员座谈会，60名党员参加。", (None, 60)),
        ("7月1日前夕，江城供电公司党委开展“七一”主题党日活动，60名党员参加。", (None, 60)),
        ("为迎接7月1日建党节，江城供电公司党委开展“七一”主题党日活动，60名党员参加。", (None, 60)),
        # NEGATIVE: the day stated for the meeting itself
        ("为迎接7月1日建党节，江城供电公司党委于6月28日召开老党员座谈会，60名党员参加。", ("2025-06-28", 60)),
        ("7月1日，江城供电公司党委召开庆祝建党104周年大会，200名党员参加。", ("2025-07-01", 200)),
    ],
)
def test_day_ahead_dates_nothing(extract, text: str, expected: tuple) -> None:
    meetings = extract(text, "2025-07-03")["meetings"]
    assert (meetings[0]["date"], meetings[0]["attendee_count"]) == expected
