"""Phrasings of bank, insurer, tax and statistics office news: a list of honours
and counts in which a quoted honour stands as a whole item (表彰先进网点10个、优秀客户经理20名、“服务之星”15名) or
whose items are set off by commas (表彰先进网点10个，优秀客户经理20名), a Macau or Taiwan ceremony named 表扬礼 (表揚禮), financing intentions reached at a bank-enterprise meeting (达成融资意向，意向金额56亿元) and loans
added to a stock or issued over a year (去年全市新增贷款320亿元, 去年全市新发放普惠小微贷款80亿元).  Invented sentences;
the expected values follow corpus/GUIDELINES.md (§5, §6 loans and intended money)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page


def _counts(record: dict) -> list[tuple[str, int]]:
    return [(a["honor"], a["count"]) for a in record["awards"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，某银行分行召开年度表彰大会，表彰先进网点10个、优秀客户经理20名、“服务之星”15名。",
         [("先进网点", 10), ("优秀客户经理", 20), ("服务之星", 15)]),
        ("5月6日，某农商银行召开总结大会，表彰“服务之星”15名、先进网点10个。", [("服务之星", 15), ("先进网点", 10)]),
        ("5月6日，某保险公司召开表彰会，对先进支公司6个、“金牌讲师”5名和优秀业务员30名进行了表彰。",
         [("先进支公司", 6), ("金牌讲师", 5), ("优秀业务员", 30)]),
        ("5月6日，某税务局召开表彰会，表彰了8个先进集体、12名“纳税服务标兵”。", [("先进集体", 8), ("纳税服务标兵", 12)]),
        ("5月6日，某银行召开表彰会，表彰了15名“营销之星”、10个先进网点和20名优秀柜员。",
         [("营销之星", 15), ("先进网点", 10), ("优秀柜员", 20)]),
        # negatives: a quoted honour vouches for no plain noun listed beside it
        ("5月6日，某银行召开表彰会，表彰“服务之星”15名、客户经理20名。", [("服务之星", 15)]),
        ("5月6日，某银行召开表彰会，表彰了15名“服务之星”和20名新员工。", [("服务之星", 15)]),
        ("5月6日，某银行召开工作会议。营业部连续3年荣获“五星级网点”称号。", []),
    ],
)
def test_a_quoted_honour_as_a_whole_item_of_a_list(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，某银行分行召开表彰大会，表彰先进网点10个，优秀客户经理20名。", [("先进网点", 10), ("优秀客户经理", 20)]),
        ("5月6日，某统计局召开总结会，会议表彰了先进单位6个，优秀统计员15名，“统计之星”3名。",
         [("先进单位", 6), ("优秀统计员", 15), ("统计之星", 3)]),
        ("5月6日，某保险公司召开表彰会，评选出优秀团队8个，绩优营销员30名，分公司领导为他们颁奖。",
         [("优秀团队", 8), ("绩优营销员", 30)]),
        # negatives: a clause after the comma that names no honour, or tells what those counted do
        ("5月6日，某银行分行召开表彰大会，表彰先进网点10个，新增客户2000户。", [("先进网点", 10)]),
        ("5月6日，某银行分行召开表彰大会，表彰先进网点10个，优秀员工代表20名参加会议。", [("先进网点", 10)]),
        ("5月6日，某银行分行召开表彰大会，表彰优秀员工20名，新入职员工30名参加培训。", [("优秀员工", 20)]),
    ],
)
def test_honours_and_counts_set_off_by_commas(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市政府召开银企对接会，8家银行与42家企业达成融资意向，意向金额56亿元。", []),
        ("5月6日，市政府召开银企对接会，现场达成融资意向金额56亿元。", []),
        ("5月6日，县政府召开政银企座谈会，共有36家企业与银行达成融资意向12亿元。", []),
        ("5月6日，市金融工作会议召开。去年全市金融机构新增贷款320亿元，财政贴息资金拨付1.2亿元。", [120000000.0]),
        ("5月6日，市政府召开金融工作会议。去年全市新发放普惠小微贷款80亿元，同比多增12亿元。", []),
        ("5月6日，该行召开年度工作会议。2024年，该行向小微企业发放贷款32亿元。", []),
        ("5月6日，该行召开年度工作会议。一季度全行各项贷款新增52亿元。", []),
        # negatives: signing totals, a loan let out at the event, a loan for a stated use
        ("5月6日，市政府召开银企对接会，现场签约项目25个，签约金额32亿元。", [3200000000.0]),
        ("5月6日，县农商银行召开助农贷款发放仪式，现场共向45户种粮大户发放贷款2300万元。", [23000000.0]),
        ("5月6日，县农商银行召开助农贷款发放仪式，现场向45户种粮大户发放贷款2300万元，用于春耕生产。", [23000000.0]),
        ("5月6日，县政府召开银企对接会，农商银行向10家小微企业发放首贷共计8600万元。", [86000000.0]),
    ],
)
def test_financing_intentions_and_lending_statistics(extract, body: str, expected: list) -> None:
    assert [amount for amount, _, _ in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("澳門金融管理局昨日舉行「2024年度金融業傑出服務表揚禮」，表揚傑出服務人員25名。",
         [("2024年度金融业杰出服务表扬礼", "2024-05-07", "澳门金融管理局")]),
        ("金融研訓院於5月6日上午舉行113年度金融人員表揚禮，由院長頒獎。", [("113年度金融人员表扬礼", "2024-05-06", "金融研训院")]),
        ("5月6日，社署举行表扬礼，表扬优秀义工30名。", [("表扬礼", "2024-05-06", "社署")]),
        # negatives: a commendation with no ceremony named, and a word that only ends in 礼
        ("5月6日，县政府通报表扬了30名优秀志愿者。", []),
        ("5月6日，学校为新生准备了见面礼。", []),
    ],
)
def test_a_ceremony_named_biaoyangli(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
