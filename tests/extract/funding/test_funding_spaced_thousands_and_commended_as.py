"""Funding and award shapes of spaced thousands, 获嘉许为, totals, financing demanded and purposes: Hong Kong counts with their thousands set off by a space (2 450名) read whole, never two numbers joined
(第3 120名, a year before a count); 获嘉许为「X」 names the quoted honour and 「X」奖项 drops the word for a prize; a
people's count and a bodies' count joined before the honours conferred (向21名人士及6个机构颁授…) are totals dropped when
the parts listed add up to them; financing demand published or listed (融资需求) is only intended; the purpose told
after the amount by 为…分红 or after 将分N年; a grant received under research projects counted before it is for those
projects, and a bare works fund (改造资金) is for the works named before, else null.  Invented sentences; expected
values follow corpus/GUIDELINES.md §5 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


def _named(record: dict) -> list[tuple[str, int]]:
    return [(h, n) for h, n, _, _ in honours(record)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年共有2 450名義工獲嘉許為「長者服務義工」，當中120名更獲頒「傑出義工」獎項。",
         [("长者服务义工", 2450), ("杰出义工", 120)]),
        ("社會福利署今年向1 230名義工頒發「服務嘉許狀」。", [("服务嘉许状", 1230)]),
        ("本年度共有1 050名學生獲頒「優秀學生」獎。", [("优秀学生奖", 1050)]),
        ("今年共有2450名义工获嘉许为“长者服务义工”。", [("长者服务义工", 2450)]),
        ("大会向120名义工颁发“杰出义工”奖项。", [("杰出义工", 120)]),
        # NEGATIVE: an ordinal before the count, not its thousands
        ("大會向第3 120名義工頒發「傑出義工」獎。", [("杰出义工奖", 120)]),
        # NEGATIVE: a four-digit group before the space (a year) is no thousands
        ("2024 120名義工獲頒「傑出義工」獎。", [("杰出义工奖", 120)]),
        # NEGATIVE: a quoted honour that holds 奖 keeps it
        ("今年共有120名义工获颁“杰出义工”奖。", [("杰出义工奖", 120)]),
    ],
)
def test_spaced_thousands_and_commended_as(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected


def test_spaced_thousands_of_money_still_close(extract) -> None:
    record = extract(page("政府撥款港幣1 500萬元，用於資助長者中心添置設備。"))
    assert [(a, c) for a, c, _ in grants(record)] == [(15000000.0, "HKD")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("向21名人士及6個機構頒授勳章、獎章和獎狀。今年獲頒授的包括：金蓮花榮譽勳章5名、銀蓮花榮譽勳章16名，以及榮譽獎狀6個機構。",
         [("金莲花荣誉勋章", 5), ("银莲花荣誉勋章", 16), ("荣誉奖状", 6)]),
        ("特区政府向30名个人和4个团体颁授勋章和奖状。其中，金莲花荣誉勋章10名、银莲花荣誉勋章20名，荣誉奖状4个团体。",
         [("金莲花荣誉勋章", 10), ("银莲花荣誉勋章", 20), ("荣誉奖状", 4)]),
        # NEGATIVE: the people's parts add up to less: the people's total stays (§5), the bodies' one part is repeated
        ("向21名人士及6個機構頒授勳章、獎章和獎狀。今年獲頒授的包括：金蓮花榮譽勳章5名、銀蓮花榮譽勳章12名，以及榮譽獎狀6個機構。",
         [("勋章、奖章和奖状", 21), ("金莲花荣誉勋章", 5), ("银莲花荣誉勋章", 12), ("荣誉奖状", 6)]),
        # NEGATIVE: no parts listed: both counts stay
        ("向21名人士及6個機構頒授勳章、獎章和獎狀。", [("勋章、奖章和奖状", 21), ("勋章、奖章和奖状", 6)]),
    ],
)
def test_people_and_bodies_totals(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上发布了重点项目融资需求清单，涉及项目30个、融资需求25亿元。现场10家企业与银行签约，签约金额6.5亿元。", [650000000.0]),
        ("会上，15家企业发布融资需求共计8.2亿元。", []),
        ("征集到中小企业融资需求120项、金额36亿元。", []),
        # NEGATIVE: demand met by loans let out: money provided
        ("银行满足企业融资需求，发放贷款2亿元。", [200000000.0]),
        ("农商银行为企业解决融资需求2.3亿元。", [230000000.0]),
    ],
)
def test_financing_demand_is_intended(extract, body: str, expected: list) -> None:
    assert [a for a, _, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("村集体拿出12万元为全体社员分红。", "为全体社员分红"),
        ("该村今年拿出8.6万元，为86户社员分红。", "为86户社员分红"),
        ("該市爭取到教育部補助新臺幣2億3,500萬元，將分兩年改建轄內12所國中小的老舊校舍。", "改建辖内12所国中小的老旧校舍"),
        ("县里争取上级资金900万元，将分三期新建乡镇敬老院。", "新建乡镇敬老院"),
        # NEGATIVE: the act kept after 为 as before
        ("镇政府投入50万元为困难群众购买医疗保险。", "为困难群众购买医疗保险"),
        # NEGATIVE: 为 as a copula, no use
        ("该项目总投资12万元为全县最高。", None),
    ],
)
def test_purpose_after_the_amount(extract, body: str, purpose: str | None) -> None:
    assert [p for _, _, p in grants(extract(page(body)))] == [purpose]


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("我校获批国家社会科学基金项目15项，获批直接经费420万元。", "国家社会科学基金项目"),
        ("今年我院获得国家自然科学基金项目32项，获资助经费1800万元。", "国家自然科学基金项目"),
        ("全市承担省级科技计划项目20个，获得资助资金3000万元。", "省级科技计划项目"),
        ("我区持续推进老旧小区改造。累计投入改造资金2.1亿元，惠及居民3000余户。", "老旧小区改造"),
        ("今年全面实施农村公路建设工程。市财政下达建设资金5000万元。", "农村公路建设"),
        # NEGATIVE: a bare works fund with no works named: null, never the label
        ("累计投入改造资金2.1亿元。", None),
        # NEGATIVE: a use told after the amount wins
        ("县财政拨付维修资金80万元，用于校舍维修。", "校舍维修"),
    ],
)
def test_bare_label_purpose(extract, body: str, purpose: str | None) -> None:
    assert [p for _, _, p in grants(extract(page(body)))] == [purpose]
