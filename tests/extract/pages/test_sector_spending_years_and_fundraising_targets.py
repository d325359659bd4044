"""Funding in government, rural-revitalization, education and charity releases.

What was found, each a general shape, with near misses that must keep their old reading:

- A year written by its number before a sector's spending (2023年全县财政教育投入达9.8亿元) is that year's spending, a
  budget figure like 去年…投入 (GUIDELINES §6 eighth round); a dated act or a use told after stays a grant.
- A fundraising target for a later year (计划到2026年再筹集资金5000万元) is only intended (§6: 计划 with a later time);
  a bare 计划筹集 stays as the probe gold reads it.
- Guarantee loans a public office paid out over a period (今年以来，县人社局已发放创业担保贷款…) are loans provided,
  kept like student loans (§6 sixteenth round); a bank's or a region's lending over the period stays a statistic.
- A per-head sum a scheme offers whoever qualifies (每名合资格学生可获一次性津贴三千元) is a rate of the scheme (§6
  fifteenth round), unless this grant's recipients are counted.
- Money paid to holders of a designation after 对 (对获得“小巨人”称号的12家企业兑现奖励资金) confers nothing (§5).
- A memory told inside an address (在致辞中回忆了…) belongs to that address: 致辞 only (§4).
- Winners counted right after a quoted prize ceremony with a Taiwan year and a clause of who presents
  (举行「113年度…奖学金颁奖典礼」，由县长…颁奖。共有240名国中、国小学生获奖) are that prize's count (§5 sixteenth round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers

SECTOR_YEAR = [
    ("会议指出，2023年全县财政教育投入达9.8亿元，教育优先发展战略地位得到巩固。", []),
    ("2022年全市财政科技投入达3.6亿元，创新能力明显提升。", []),
    ("据统计，2023年度全区财政民生投入为12亿元。", []),
]
SECTOR_YEAR_KEPT = [
    ("2024年5月6日，县财政教育投入300万元，支持农村学校改造。", [3000000.0]),
    ("2023年，市财政投入3000万元用于老旧小区改造。", [30000000.0]),
]


@pytest.mark.parametrize(("body", "amounts"), SECTOR_YEAR + SECTOR_YEAR_KEPT)
def test_sector_spending_of_a_numbered_year(extract, body, amounts):
    assert [g[0] for g in grants(extract(page(body)))] == amounts


TARGET_YEAR = [
    ("据了解，县教育发展基金会计划到2026年再筹集资金5000万元，力争资金规模突破2亿元。", []),
    ("该慈善会计划至2027年底筹集善款3000万元，用于助学。", []),
    ("基金会计划2025年再筹措资金800万元。", []),
]
TARGET_YEAR_KEPT = [
    ("该基金会计划筹集资金5000万元。", [50000000.0]),
    ("2024年，基金会共筹集资金800万元，用于资助困难学生。", [8000000.0]),
]


@pytest.mark.parametrize(("body", "amounts"), TARGET_YEAR + TARGET_YEAR_KEPT)
def test_fundraising_target_for_a_later_year(extract, body, amounts):
    assert [g[0] for g in grants(extract(page(body)))] == amounts


GUARANTEE_LOANS = [
    ("今年以来，县人社局已发放创业担保贷款2860万元，扶持312人成功创业。", [28600000.0]),
    ("上半年，市就业服务中心共发放创业担保贷款1.2亿元，扶持创业者860人。", [120000000.0]),
    ("今年以来，区人社局发放创业担保贷款650万元。", [6500000.0]),
]
LENDING_STATISTICS = [
    ("今年以来，县农商行已发放创业担保贷款2860万元，扶持312人成功创业。", []),
    ("今年以来，全县累计发放创业担保贷款1.2亿元。", []),
    ("今年以来，县人社局协调银行向小微企业发放贷款5亿元。", []),
]


@pytest.mark.parametrize(("body", "amounts"), GUARANTEE_LOANS + LENDING_STATISTICS)
def test_guarantee_loans_a_public_office_paid(extract, body, amounts):
    assert [g[0] for g in grants(extract(page(body)))] == amounts


QUALIFIED_MAY_GET = [
    ("第一项为学童学习支援计划，每名合资格学生可获一次性津贴三千元。", []),
    ("符合条件的高校毕业生每人可领取一次性求职补贴2000元。", []),
    ("每名符合资格的长者可享受交通补贴1000元。", []),
]
SHARES_PAID = [
    ("今年为1560名符合条件的学生每人发放补贴300元。", [300.0]),
    ("共有320名合资格学生可获一次性津贴三千元。", [3000.0]),
    ("每名受助学生每年可获得3000元资助。", [3000.0]),
]


@pytest.mark.parametrize(("body", "amounts"), QUALIFIED_MAY_GET + SHARES_PAID)
def test_sum_a_scheme_offers_whoever_qualifies(extract, body, amounts):
    assert [g[0] for g in grants(extract(page(body)))] == amounts


HOLDERS_PAID = [
    "会上，市政府对获得国家级专精特新“小巨人”称号的12家企业兑现奖励资金600万元。",
    "县政府对获评“市级文明村”的8个村发放奖励资金80万元。",
]
CONFERRED = [
    ("会上，市政府对获得“小巨人”称号的12家企业进行表彰。", [("小巨人", 12)]),
    ("会上，对12家“优秀民营企业”进行表彰，并发放奖励资金120万元。", [("优秀民营企业", 12)]),
]


@pytest.mark.parametrize("body", HOLDERS_PAID)
def test_holders_paid_after_dui_get_no_award(extract, body):
    record = extract(page(body))
    assert honours(record) == []
    assert grants(record)


@pytest.mark.parametrize(("body", "expected"), CONFERRED)
def test_holders_commended_after_dui_keep_the_award(extract, body, expected):
    assert [(h[0], h[1]) for h in honours(extract(page(body)))] == expected


RECALLS = [
    ("10月12日上午，江城大学捐赠签约仪式在学校报告厅举行。华信集团董事长王振华在致辞中回忆了在校求学的时光，感谢母校的培养。",
     "王振华", ("致辞",)),
    ("5月6日，学院校友返校座谈会在行政楼召开。校友会会长李建国在发言中回忆了当年的求学经历。", "李建国", ("发言",)),
]
RECALLS_STILL_SPEECH = [
    ("5月6日，学院校友返校座谈会在行政楼召开。校友会会长李建国致辞。李建国在致辞中指出，要把母校建设好。",
     "李建国", ("致辞", "讲话")),
]


@pytest.mark.parametrize(("body", "name", "roles"), RECALLS + RECALLS_STILL_SPEECH)
def test_memory_told_inside_an_address(extract_with_model, body, name, roles):
    assert speakers(extract_with_model(page(body)))[name][1] == roles


CEREMONY_WINNERS = [
    ("宜兰县政府昨（15）日在县政府大礼堂举行「113年度绩优学生奖学金颁奖典礼」，由县长林文雄亲自颁奖。"
     "本年度共有二百四十名国中、国小学生获奖。", [("绩优学生奖学金", 240)]),
    ("学校昨日举行2024年度李氏奖学金颁奖典礼，由校长王明颁奖。共有32名本科、研究生获奖。", [("李氏奖学金", 32)]),
    ("学校昨日举行2024年度李氏奖学金颁奖典礼。共有32位学生获奖。", [("李氏奖学金", 32)]),
]
CEREMONY_WINNERS_NOT = [
    ("学校昨日举行2024年度李氏奖学金颁奖典礼。共有32位学生、5名教师获奖。", []),
    ("学校昨日举行2024年度李氏奖学金颁奖典礼，随后召开座谈会。共有32位学生获奖。", []),
    ("学校昨日举行2024年度李氏奖学金颁奖典礼。有32名学生在省赛中获奖。", []),
]


@pytest.mark.parametrize(("body", "expected"), CEREMONY_WINNERS + CEREMONY_WINNERS_NOT)
def test_winners_after_a_quoted_prize_ceremony(extract, body, expected):
    assert [(h[0], h[1]) for h in honours(extract(page(body)))] == expected
