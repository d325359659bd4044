"""Expos, fairs, investment-promotion conferences, festivals and opening ceremonies: a batch of projects started as an activity (…重点项目集中开工活动在…举行), a fair's ceremony said to be
officiated (开幕典礼由…主礼), a race's start ceremony referred to after the start (…鸣枪开跑。开跑仪式上，…), a zone's
full name opening a meeting's name (…经济技术开发区2025年…签约仪式), a place's prize money (冠军队可获得奖金8万元),
purchase agreements (签订采购协议，签约金额…), and the works a quoted prize went to (评出“某某奖”作品15部).
Near misses keep their earlier reading. All sentences are invented; the expected values follow corpus/GUIDELINES.md
§3-§6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, honours, page, speakers


def _where(record: dict) -> list[tuple[str, str | None, str | None, int | None]]:
    """(name, date, location, attendee_count) of each meeting, in order."""
    return [(m["name"], m["date"], m["location"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a batch of projects started as an activity held on a day: a ceremony held (§3), the place its organizer
        ("4月26日，安平县2024年第二季度重点项目集中开工活动在县经济开发区主会场举行。此次集中开工项目16个。",
         [("2024年第二季度重点项目集中开工活动", "2024-04-26", "安平县")]),
        ("4月26日上午，临江区2024年重大项目集中开工活动在高新园区举行，各街道设分会场。",
         [("2024年重大项目集中开工活动", "2024-04-26", "临江区")]),
        # (negative: a campaign carried on, no activity held on a day: no meeting)
        ("今年以来，全县扎实开展项目建设年活动，累计开工项目92个。", []),
    ],
)
def test_projects_started_as_an_activity(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an opening ceremony said to be officiated (Hong Kong 主礼) after the show opened: the ceremony held (§3)
        ("香港书展今日在湾仔香港会议展览中心开幕。开幕典礼由政务司司长陈国基主礼，贸发局主席林建岳致欢迎辞。",
         [("开幕典礼", "2024-05-08", "湾仔香港会议展览中心", None)]),
        ("澳门美食节今日在西湾湖广场开幕。开幕仪式由社会文化司司长欧阳瑜主礼。",
         [("开幕仪式", "2024-05-08", "西湾湖广场", None)]),
        # (the chaired form, as before)
        ("香港书展今日在湾仔香港会议展览中心开幕。开幕典礼由政务司司长陈国基主持。",
         [("开幕典礼", "2024-05-08", "湾仔香港会议展览中心", None)]),
        # a race's start ceremony referred to after the start told: the start's day and place (§3)
        ("4月13日7时30分，东湖马拉松在东湖广场鸣枪开跑。开跑仪式上，市长杨振宇致辞。",
         [("开跑仪式", "2024-04-13", "东湖广场", None)]),
        ("5月2日上午，环湖自行车赛在湖滨公园开赛。开赛仪式上，副市长黄一鸣致辞。",
         [("开赛仪式", "2024-05-02", "湖滨公园", None)]),
        # (a sentence between, and a paragraph break: the start told before is still the ceremony's)
        ("4月13日上午，东湖马拉松在东湖广场鸣枪开跑。本次赛事由东湖市人民政府主办。\n开跑仪式上，市长杨振宇致辞。",
         [("开跑仪式", "2024-04-13", "东湖广场", None)]),
        # (negative: a start told four sentences before is too far back to be the ceremony's)
        ("4月13日上午，东湖马拉松在东湖广场鸣枪开跑。赛事设三个项目。共有3万人参赛。沿线设补给站20个。开跑仪式上，市长杨振宇致辞。",
         [("开跑仪式", None, None, None)]),
        # (negative: with no start told before it, the ceremony has no day nor place of its own)
        ("开跑仪式上，市长杨振宇致辞。", [("开跑仪式", None, None, None)]),
    ],
)
def test_fair_and_race_ceremonies(extract, body: str, expected: list) -> None:
    assert _where(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a zone's full name opening the name, longer than a place prefix: its organizer (§3)
        ("4月12日上午，金川经济技术开发区2024年第二批招商引资项目集中签约仪式在开发区管委会举行。",
         [("2024年第二批招商引资项目集中签约仪式", "2024-04-12", "金川经济技术开发区")]),
        ("4月12日，临江高新技术产业开发区2024年工作会议在管委会召开。",
         [("2024年工作会议", "2024-04-12", "临江高新技术产业开发区")]),
        # (negative: a field of zones named by its level is no organizer, as before)
        ("4月12日，中国国家级经济技术开发区2024年发展论坛在京召开。",
         [("中国国家级经济技术开发区2024年发展论坛", "2024-04-12", None)]),
    ],
)
def test_a_zone_full_name_before_the_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place's prize money told as what it brings: a standard, no money paid (§6)
        ("比赛总奖金60万元，冠军队可获得奖金8万元。", [(600000.0, "CNY", "比赛总奖金")]),
        ("赛事总奖金达180万元，其中全程男女冠军奖金各4万元。", [(1800000.0, "CNY", "赛事总奖金")]),
        ("前三名均可获得奖金5000元。", []),
        ("冠军奖金为10万元，亚军奖金5万元。", []),
        # (negative: a named winner paid, and prize money handed over, stay funding)
        ("男子冠军李明获得奖金4万元。", [(40000.0, "CNY", "奖金")]),
        ("市体育局为冠军队颁发奖金8万元。", [(80000.0, "CNY", "奖金")]),
        # purchase agreements signed: the value of goods bought, no money granted (§6)
        ("省内23家企业与境外企业签订采购协议，签约金额12.6亿美元。", []),
        ("双方签订采购合同，合同金额3000万元。", []),
        # (negative: an investment agreement's amount, and money put in to buy, stay funding)
        ("县政府与某公司签订投资协议，签约金额12亿元。", [(1200000000.0, "CNY", None)]),
        ("县卫健局签订采购合同，投入资金300万元用于购置设备。", [(3000000.0, "CNY", "购置设备")]),
    ],
)
def test_place_prizes_and_purchases(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the works a quoted prize went to, between it and their count: the prize is the honour (§5)
        ("艺术节闭幕式举行。本届艺术节共评出“江南文华奖”作品15部、“江南文华优秀剧目奖”作品30部。",
         [("江南文华奖", 15, "部", None), ("江南文华优秀剧目奖", 30, "部", None)]),
        ("颁奖晚会举行。大会评出“金穗奖”剧目12部。", [("金穗奖", 12, "部", None)]),
        # (negative: works that won, no prize named: no record; a grade's works, as before)
        ("颁奖晚会举行。共评出获奖作品30部。", []),
        ("颁奖晚会举行。大赛评出一等奖作品8件。", [("一等奖", 8, "件", None)]),
    ],
)
def test_works_after_a_quoted_prize(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def test_a_fair_ceremony_speakers(extract) -> None:
    # the officiating guest who speaks is a speaker of the ceremony held (§4: 致辞), the host none
    record = extract(page("香港书展今日在湾仔香港会议展览中心开幕。开幕典礼由政务司司长陈国基主礼。陈国基致辞时表示，书展是香港的文化盛事。"))
    assert speakers(record) == {"陈国基": ("政务司司长", ("致辞",))}
    assert record["meetings"][0]["host"] is None
