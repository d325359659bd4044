"""Housing, construction and transport pages: a plan's works counted further back in the sentence
(今年计划改造老旧小区126个，惠及居民3.2万户，计划总投资8.6亿元) make the bare total a plan's, only intended (§6); soft remarks
in the sentence right after one told after the event (开通仪式后，…察看沿线站点。周某介绍，…) are no role (§4, remarks
after the event); 介绍 opening a paragraph right after a sentence opening with 据悉 is information given to the
reporter (§4). Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年，全市计划改造老旧小区126个，惠及居民3.2万户，计划总投资8.6亿元。", []),
        ("今年全县计划新建农村公路80公里，涉及12个乡镇，总投资4.5亿元。", []),
        ("2026年，全区计划实施城市更新项目20个，覆盖居民1.5万户，总投资约30亿元。", []),
        # NEGATIVE: money told between the plan and the total, a start told after the plan, a signing in the text
        ("今年计划改造老旧小区126个，已下达补助资金2.3亿元，总投资8.6亿元。",
         [(230000000.0, "CNY", None), (860000000.0, "CNY", None)]),
        ("计划新建农村公路80公里，目前已全部开工，总投资4.5亿元。", [(450000000.0, "CNY", None)]),
        ("会上签约项目12个，惠及群众3万人，总投资86亿元。", [(8600000000.0, "CNY", None)]),
    ],
)
def test_total_of_a_plan_further_back(extract, body, expected):
    assert [(a, c, p if p != "签约项目" else None) for a, c, p in grants(extract(page(body)))] == expected


_CEREMONY = "5月6日上午，县城乡公交开通仪式在县客运中心举行，县长彭丽出席并讲话，副县长周勇主持仪式。\n"


@pytest.mark.parametrize(
    ("tail", "roles"),
    [
        ("开通仪式后，彭丽一行乘坐首班公交车察看沿线站点。周勇介绍，下一步将建设公交候车亭。", ("主持",)),
        ("仪式结束后，与会人员参观了公交调度中心。周勇表示，今年还将开通4条线路。", ("主持",)),
        ("会后，彭丽带队察看了沿线站点。周勇说，候车亭年底前建成。", ("主持",)),
        # NEGATIVE: remarks at the ceremony itself, or a meeting framed again before the name
        ("仪式上，周勇介绍了城乡公交一体化推进情况。", ("主持", "讲话")),
        ("开通仪式后，县里召开了座谈会。会上，周勇介绍了线路规划。", ("主持", "讲话")),
        ("开通仪式后，彭丽察看了站点。周勇强调，要确保运营安全。", ("主持", "讲话")),
    ],
)
def test_soft_remarks_after_the_event(extract, tail, roles):
    assert speakers(extract(page(_CEREMONY + tail)))["周勇"][1] == roles


@pytest.mark.parametrize(
    ("tail", "roles"),
    [
        ("据悉，全市老旧小区平均房价为每平方米9800元。\n市住建局局长黄卫国介绍，截至4月底，全市已开工68个。", ("主持",)),
        ("据了解，全市共有物业企业120家。\n局长黄卫国介绍，今年将开展物业服务质量提升行动。", ("主持",)),
        # NEGATIVE: the sentence before does not open with 据悉, or the new paragraph frames the meeting
        ("全市老旧小区改造进展顺利，据悉已开工68个。\n市住建局局长黄卫国介绍，今年还将改造30个。", ("主持", "讲话")),
        ("据悉，全市已开工68个。\n会上，市住建局局长黄卫国介绍了改造进展。", ("主持", "讲话")),
    ],
)
def test_told_to_reporter_across_a_paragraph(extract, tail, roles):
    body = "5月6日，全市老旧小区改造工作推进会召开，市住建局局长黄卫国主持会议。\n" + tail
    assert speakers(extract(page(body)))["黄卫国"][1] == roles
