"""Awards and funding phrasings ruled on in the eleventh review round (GUIDELINES §5, §6): trophies, plaques and
certificates counted after a quoted honour, a certificate given to counted holders, prizes counted as places set up,
这项奖励 referring back, a nomination received; investment completed with no period, money a next step will arrange,
standards per person per year and prize scales, a fund named before a counted output, a work 为 a fund is put in for.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A1: the object's noun dropped, the count the honour's
        ("近日，市公安局颁发“打诈尖兵”奖座6座。", [("打诈尖兵", 6, "座", None)]),
        ("大會頒發「工安優良廠商」獎牌5面。", [("工安优良厂商", 5, "面", None)]),
        ("颁发“金牌调解员”奖杯3座。", [("金牌调解员", 3, "座", None)]),
        ("会议向受表彰者颁发“十佳乡村医生”证书10本。", [("十佳乡村医生", 10, "本", None)]),
        ("市里颁发“优秀志愿者”荣誉证书50本。", [("优秀志愿者", 50, "本", None)]),
        ("会上颁发了“光荣在党50年”纪念章28枚和“优秀共产党员”证书40本。",
         [("光荣在党50年纪念章", 28, "枚", None), ("优秀共产党员", 40, "本", None)]),
        # (a medal is an honour itself: its noun kept)
        ("颁发“光荣在党50年”纪念章120枚。", [("光荣在党50年纪念章", 120, "枚", None)]),
        # A2: a certificate given to counted holders
        ("会上頒發獎狀予績優廠商8家。", [("绩优厂商", 8, "家", "organization")]),
        ("颁发奖状给优秀厂商8家。", [("优秀厂商", 8, "家", "organization")]),
        ("会上颁发奖状给优秀志愿者20名。", [("优秀志愿者", 20, "名", "person")]),
        # A3: 奖项 after an honour conferred on counted holders is dropped
        ("大会表彰“爱心企业”奖项5个。", [("爱心企业", 5, "个", "organization")]),
        ("会上颁发“优秀团队”奖项8个。", [("优秀团队", 8, "个", "organization")]),
        # A4: 这项奖励 and 该奖 refer back to a quoted prize with 奖 after the mark
        ("公司设立“金点子”奖。今年12名员工获得这项奖励。", [("金点子奖", 12, "名", "person")]),
        ("公司设立“金点子”奖。今年12名员工获得该奖。", [("金点子奖", 12, "名", "person")]),
        # A5: a nomination received is its own honour
        ("3户家庭获得“最美家庭”称号提名。", [("最美家庭提名", 3, "户", None)]),
        ("今年，5名教师获“全国模范教师”提名。", [("全国模范教师提名", 5, "名", "person")]),
        ("8名同志获评“最美家庭”称号提名奖。", [("最美家庭提名奖", 8, "名", "person")]),
    ],
)
def test_awards_eleventh_round(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # objects bought, not handed over
        "公司订购“安全生产”奖杯3座。",
        # one plaque, no count of holders
        "会上，为他颁发“优秀员工”奖牌一块。",
        # prizes counted as places set up confer nothing
        "今年设立“十佳青年”奖项3个。",
        "本次评选设立“创新之星”奖项10个。",
        "活动设立“十佳青年”奖项3个、“优秀组织”奖项5个。",
        # candidates, not a nomination received
        "今年，5名教师获“全国模范教师”提名人选。",
        "30名“最美教师”候选人参加评选。",
    ],
)
def test_no_award_eleventh_round(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    "body",
    [
        # F1: investment completed over a stated year or span (with no period it stays a record, GUIDELINES §6 and §8)
        "2025年，公司完成电网投资2.6亿元，用于农网改造。",
        # F2: a next step or a later plan
        "下一步，市政府将安排3亿元专项资金，用于老旧小区改造。",
        "今后，县财政将每年安排2000万元用于乡村振兴。",
        "接下来，区里将筹措资金800万元用于道路修缮。",
        "今后将追加投入资金500万元，用于村道硬化。",
        # F3: a standard per person per year, set or raised; a prize scale
        "财政补助标准将提高至每人每年700元。",
        "城乡居民医保财政补助标准由每人每年640元提高到每人每年670元。",
        "比赛设一等奖1名，一等奖奖金每队500元。",
        "本次大赛一等奖奖金每人3000元，二等奖奖金每人2000元。",
        "获得一等奖的队伍奖金每队2000元。",
    ],
)
def test_no_funding_eleventh_round(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an investment made, a total of works to be done: kept
        ("公司完成对江城新能源公司的投资2亿元。", [(200_000_000.0, "CNY", "对江城新能源公司的投资")]),
        # money arranged now or decided: kept
        ("县财政今年安排3亿元专项资金，用于老旧小区改造。", [(300_000_000.0, "CNY", "老旧小区改造")]),
        ("会议决定，下一步将安排资金2000万元用于防汛。", [(20_000_000.0, "CNY", "防汛")]),
        # a share to recipients counted, prize money handed at the event: kept
        ("为30名困难学生每人每年资助3000元。", [(3000.0, "CNY", None)]),
        ("活动现场，一等奖获得者每人获得奖金5000元。", [(5000.0, "CNY", "奖金")]),
        ("会上为获奖者颁发奖金每人500元。", [(500.0, "CNY", "奖金")]),
        # F4: a fund named before the amount over a counted output after it
        ("为优抚对象发放优抚金2860万元，新建服务站18个。", [(28_600_000.0, "CNY", "优抚金")]),
        # a work 为 a bare fund is put in for
        ("为服务站建设投入资金320万元。", [(3_200_000.0, "CNY", "服务站建设")]),
        ("县财政为农村公路养护投入资金500万元。", [(5_000_000.0, "CNY", "农村公路养护")]),
        ("县财政为村级服务站改造安排资金200万元。", [(2_000_000.0, "CNY", "村级服务站改造")]),
        # (为 as a verb: no work named)
        ("该公司成为服务站建设投入资金最多的企业，投入资金320万元。", [(3_200_000.0, "CNY", None)]),
        # an act of aid after the comma is still the use
        ("县财政投入资金500万元，支持村级文化广场建设。", [(5_000_000.0, "CNY", "支持村级文化广场建设")]),
    ],
)
def test_funding_kept_eleventh_round(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_yearly_share_without_a_standard_kept(extract) -> None:
    # a share per recipient per year with no standard set or raised: one record, as the tuning gold reads it
    assert [(f["amount"], f["currency"]) for f in extract(page("对参保居民每人每年补助1200元。"))["funding"]] == [(1200.0, "CNY")]
