"""Fixer fxk: prizes won told in a clause after a review of a period's work (会议回顾了2024年工作，全年获得…9项) are that
period's tally, no award; a section of a list closed by its count after the holders' names (一、先进集体 / 办公室、… /
共10个) is the honour with that count; the party's “四强”/“双强” branches read as honours; a project's total told as
总投资预计… is a label like 预计总投资 (funding when the project is under way); 另拨付 is one verb, no part of the
fund's name. Invented sentences; expected values follow corpus/GUIDELINES.md §5 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page

_TAIL = "希望受到表彰的单位和个人珍惜荣誉，再接再厉，在新的一年里取得更大的成绩，为全县经济社会高质量发展作出新的更大贡献。"


def _named(record: dict) -> list[tuple[str, int]]:
    return [(h, n) for h, n, _, _ in honours(record)]


@pytest.mark.parametrize(
    "body",
    [
        "会议回顾了2024年工作，全年获得省级以上科技进步奖9项。",
        "会上通报了上半年工作，共获得市级先进集体称号12个。",
        "会议通报了2024年度工作情况，全年共有20名职工荣获“岗位能手”称号。",
        "会议回顾了2024年工作，全年共有9名教师获评“市级优秀教师”。",
        "会议总结了2024年工作，全年获得国家级荣誉称号3个、省级荣誉称号8个。",
        "会议听取了2024年度工作报告，报告指出，全年共获得省级科技进步奖6项。",
    ],
)
def test_prizes_won_in_a_reviewed_period_are_a_tally(extract, body: str) -> None:
    assert _named(extract(page(body, "2025-01-10"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: the meeting confers after its review
        ("会议回顾了2024年工作，并表彰了先进集体10个、先进个人25名。", [("先进集体", 10), ("先进个人", 25)]),
        ("会上通报了上半年工作，随后表彰了“优秀共产党员”20名。", [("优秀共产党员", 20)]),
        # NEGATIVE: the holders of a prize won in the period are handed it at this event
        ("大会总结了2024年工作，并为荣获“市级优秀教师”的20名教师颁发证书。", [("市级优秀教师", 20)]),
        # NEGATIVE: a clause of its own says they were honoured at this event (§5 eighth round)
        ("会议回顾了2024年工作，全年获得省级以上科技进步奖9项，会上对获奖项目进行了表彰。", [("省级以上科技进步奖", 9)]),
    ],
)
def test_conferral_after_a_review_kept(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body, "2025-01-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("经研究，决定对以下单位和个人予以表彰。\n一、先进集体\n办公室、财务科、人事科\n共10个\n二、先进个人\n张三、李四、王五\n共25名\n"
         + _TAIL, [("先进集体", 10), ("先进个人", 25)]),
        # (the count after the last names and 等, on their line)
        ("经研究，决定对以下单位和个人予以表彰。\n一、先进集体\n办公室、财务科、人事科等，共10个\n二、先进个人\n张三、李四、王五等，共25名\n"
         + _TAIL, [("先进集体", 10), ("先进个人", 25)]),
        # (blank lines, full-width brackets, 计)
        ("为表彰先进、树立典型，经县委、县政府研究，决定对在2024年度工作中表现突出的以下同志予以表彰。\n\n一、优秀教师\n\n张三、李四、王五"
         "\n\n（共12名）\n\n二、优秀班主任\n\n赵六、孙七\n\n计8名\n\n" + _TAIL,
         [("优秀教师", 12), ("优秀班主任", 8)]),
        # (the count in brackets on the heading still reads as before)
        ("经研究，决定对以下单位和个人予以表彰。\n（一）先进集体（10个）\n办公室、财务科、人事科\n（二）先进个人（25名）\n张三、李四、王五\n"
         + _TAIL, [("先进集体", 10), ("先进个人", 25)]),
    ],
)
def test_section_closed_by_its_count(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body, "2025-01-10"))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a proposed list under a public notice (§5: candidates)
        "现将2024年度拟表彰先进集体和先进个人名单公示如下。\n一、先进集体\n办公室、财务科、人事科\n共10个\n二、先进个人\n张三、李四、王五\n"
        "共25名\n公示期间，如有异议，请以书面形式向县委办公室反映，公示时间为五个工作日，欢迎社会各界监督。",
        # NEGATIVE: a heading naming no honour
        "会议通知如下。\n参会人员\n张三、李四、王五\n共30人\n请各位参会人员准时参加会议，不得无故缺席，如有特殊情况确实无法参加，请提前向会务组请假。",
        # NEGATIVE: a paragraph, not names, between the heading and the count
        "经研究，决定对以下单位和个人予以表彰。\n一、先进集体\n各单位要以受表彰的集体为榜样，开拓进取。\n共10个\n" + _TAIL,
    ],
)
def test_closing_count_not_read(extract, body: str) -> None:
    assert _named(extract(page(body, "2025-01-10"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议表彰了县级“四强”党支部10个。", [("县级四强党支部", 10, "个", "organization")]),
        ("会议表彰了“双强”党支部6个、优秀共产党员20名。", [("双强党支部", 6, "个", "organization"), ("优秀共产党员", 20, "名", "person")]),
        # (a level before a whole quoted honour is dropped, before one quoted in its qualifying word kept, §5)
        ("本次表彰省级“青年文明号”3个、省级“青年岗位能手”15名。",
         [("青年文明号", 3, "个", "organization"), ("青年岗位能手", 15, "名", "person")]),
        ("大会表彰了市“五一巾帼”标兵岗8个、市“五一巾帼”标兵20名。",
         [("市五一巾帼标兵岗", 8, "个", "organization"), ("市五一巾帼标兵", 20, "名", "person")]),
        ("大会表彰了区“三八红旗手”标兵岗8个、区“三八红旗手”20名。",
         [("三八红旗手标兵岗", 8, "个", "organization"), ("三八红旗手", 20, "名", "person")]),
        # NEGATIVE: branches taking part in the campaign, nothing conferred
        ("全县10个党支部参加“四强”党支部创建活动。", []),
    ],
)
def test_level_and_qualifier_quoted(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2025-01-10"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年，县财政安排衔接资金3000万元；另安排以工代赈补助1000万元。",
         [(30000000.0, "CNY", "衔接资金"), (10000000.0, "CNY", "以工代赈补助")]),
        ("市里安排乡村振兴资金1.2亿元；另拨付防汛救灾资金800万元。",
         [(120000000.0, "CNY", "乡村振兴资金"), (8000000.0, "CNY", "防汛救灾资金")]),
        ("截至目前，已拨付衔接资金3000万元；另拨付以工代赈资金1000万元。",
         [(30000000.0, "CNY", "衔接资金"), (10000000.0, "CNY", "以工代赈资金")]),
        # (用于 dropped, the act funded kept as the tuning gold writes it: 支持成立…)
        ("县财政安排资金800万元，用于支持农村饮水安全工程建设。", [(8000000.0, "CNY", "支持农村饮水安全工程建设")]),
    ],
)
def test_semicolon_amounts_and_purposes(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body, "2025-01-10"))) == expected


def _amounts(record: dict) -> list[tuple[float, float | None, bool]]:
    return [(f["amount"], f["amount_high"], f["approximate"]) for f in record["funding"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("项目总投资预计1.5亿元，已开工。", [(150000000.0, None, False)]),
        ("项目总投资预计1.5亿元左右，已开工建设。", [(150000000.0, None, True)]),
        ("该项目总投资额预计3亿元，目前已签约。", [(300000000.0, None, False)]),
        ("该项目投资约2亿至3亿元，已于今年3月开工建设。", [(200000000.0, 300000000.0, True)]),
        ("该项目总投资2亿元到3亿元，已签约落地。", [(200000000.0, 300000000.0, False)]),
        ("项目总投资5000万元上下，已完成签约。", [(50000000.0, None, True)]),
        # NEGATIVE: a start still ahead (§6: only intended)
        ("项目总投资预计1.5亿元，计划明年开工。", []),
        # NEGATIVE: a forecast of a sector's total, no project's label
        ("今年全县水利投资预计达20亿元。", []),
    ],
)
def test_estimated_totals_and_ranges(extract, body: str, expected: list) -> None:
    assert _amounts(extract(page(body, "2025-01-10"))) == expected
