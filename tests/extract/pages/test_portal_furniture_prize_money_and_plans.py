"""News-portal pages with heavy furniture (navigation, related lists, APP prompts, share widgets, duplicated bodies, captions, 责任编辑 and ICP footers). Invented sentences; the expected values follow
corpus/GUIDELINES.md §3 and §6.

- Prize money of an event told as still ahead in the same sentence was kept as funding when the event's date and
  venue made the span before its verb longer than the window (本届茶文化节将于10月18日至22日在江城茶博园举办，…，大赛设
  总奖金20万元) or when the future was written 将在 (将在下月中旬于滨湖新区鸣枪开赛): money of an event still ahead is
  only intended (§6). A date once set and then kept (原定于3月举行的龙舟赛昨天如期举行) and an event the same sentence
  tells held are not ahead: their prize money stays.
- A bare total told in the clause right after a plan approved by its title (审议通过了《…城市更新三年行动计划》，计划
  总投资23亿元) was kept: the total of a plan is only intended (§6: a project only studied or planned, with no
  signing, start or works told), like the plan's project told in the next sentence (test_funding_progress_and_plans_just_approved).
- A lecture's venue set off by a comma (吴海涛在局机关五楼会议室，以“…”为题，为全局党员干部讲授专题党课) or set in a
  clause of its own before the lecturer (在局机关五楼会议室，局长…为…讲授) was lost: §3 location is the venue when
  stated; an occasion or circumstance after 在 (在…之际, 在…的基础上, 在百忙之中) stays no place.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def amounts(record: dict) -> list[float]:
    return [amount for amount, _currency, _purpose in grants(record)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("副局长陈芳介绍，本届茶文化节将于10月18日至22日在江城茶博园举办，期间将举行开幕式、斗茶大赛等活动，"
         "大赛设总奖金20万元。", []),
        ("市体育局介绍，首届环湖自行车赛将在下月中旬于滨湖新区鸣枪开赛，赛事设总奖金30万元。", []),
        ("第二届乡村篮球联赛拟于2025年7月1日至8月15日在全县12个乡镇举行，总奖金达50万元。", []),
        ("龙舟赛将于端午节当天在城南江段举行，总奖金达15万元。", []),
        # near misses: the event held, a date once set and kept, prize money already paid
        ("原定于3月举行的龙舟赛昨天如期举行，总奖金20万元。", [200000.0]),
        ("龙舟赛原定于5月举行，因天气推迟至昨天举行，总奖金20万元。", [200000.0]),
        ("本届龙舟赛定于6月1日在城南江段举行，现已圆满结束，总奖金20万元。", [200000.0]),
        ("本届龙舟赛昨日在城南江段举行，总奖金15万元。", [150000.0]),
        ("大赛将在10月于市体育中心举行，组委会已拨付奖金30万元。", [300000.0]),
    ],
)
def test_prize_money_of_event_ahead(extract, body, expected):
    assert amounts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议还审议通过了《清河区城市更新三年行动计划》，计划总投资23亿元。", []),
        ("会议审议通过了《江城市老旧小区改造实施方案》，总投资约8亿元，涉及小区120个。", []),
        ("常务会议研究通过了《城区排水管网提升改造规划》，项目总投资4.6亿元。", []),
        ("会议讨论并原则通过了《滨江新区综合交通规划》，总投资达120亿元，将分三期实施。", []),
        # near misses: works told started, a signing, money allocated for a use, a title that is no plan
        ("会议审议通过了《江城市老旧小区改造实施方案》，项目总投资5亿元，目前已开工建设。", [500000000.0]),
        ("会议研究通过了《产业园招商方案》，现场签约项目5个，总投资12亿元。", [1200000000.0]),
        ("会议审议通过了《江城市文旅发展规划》，投入资金2000万元用于景区提升。", [20000000.0]),
        ("会议审议通过了《关于追加教育经费的决定》，安排资金500万元用于校舍维修。", [5000000.0]),
    ],
)
def test_total_of_plan_approved(extract, body, expected):
    assert amounts(extract(page(body))) == expected


def venues(record: dict) -> list[str | None]:
    return [m["location"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the venue of a lecture set off by a comma before the title or the listeners (§3 location)
        ("6月27日下午，市税务局党委书记、局长吴海涛在局机关五楼会议室，以“坚定理想信念 勇担税收使命”为题，"
         "为全局党员干部讲授专题党课。", ["局机关五楼会议室"]),
        ("6月27日下午，局长吴海涛在局机关五楼会议室，为全局党员干部讲授专题党课。", ["局机关五楼会议室"]),
        ("7月1日，县委书记李明在县委党校报告厅，以《传承红色基因》为题，为全县新任科级干部讲授专题党课。",
         ["县委党校报告厅"]),
        ("5月6日上午，研究员陈刚在物理楼报告厅，为研究生作学术报告。", ["物理楼报告厅"]),
        # the venue in a clause of its own before the lecturer
        ("6月27日下午，在局机关五楼会议室，局长吴海涛为全局党员干部讲授专题党课。", ["局机关五楼会议室"]),
        # near misses: an occasion or a circumstance after 在, no place
        ("6月27日下午，吴海涛在党的二十大召开之际，以“坚定理想信念”为题，为全局党员干部讲授专题党课。", [None]),
        ("6月27日下午，吴海涛在学习贯彻会议精神的基础上，为全局党员干部讲授专题党课。", [None]),
        ("6月27日下午，吴海涛在百忙之中，为全局党员干部讲授专题党课。", [None]),
        ("6月27日下午，在建党103周年即将到来之际，局长吴海涛为全局党员干部讲授专题党课。", [None]),
        ("6月27日下午，在上级党委的指导下，局长吴海涛为全局党员干部讲授专题党课。", [None]),
    ],
)
def test_lecture_venue_set_off_by_comma(extract, body, expected):
    assert venues(extract(page(body))) == expected
