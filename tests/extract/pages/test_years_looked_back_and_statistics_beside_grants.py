"""Newspaper copy in the register of the People's Daily of the late 1990s (corpus/daily, §11).

Found: a January meeting whose speaker looks back on last year with the place or the body right after the year
(１９９７年全省国内生产总值达到…, 他说，１９９７年该行共发放…) was dated in the year looked back on; GUIDELINES §3
(tenth review round) puts it in the year after.  Funding kept statistics that §6 rules out: the growth of a loan
balance told after it (比年初增加…), a bank's year of lending written with a full-width year and the bank as subject,
a city's contracted foreign capital over a year on a page that tells another signing, firms' investment standing in a
place (企业在X投资已超过…), and an investment total planned (总投资计划为…).  Speakers: a name ending in 为 before
remarks at a ceremony (宋大为在开幕式上致辞) lost its last character.  Left: a bare report
(在报告中介绍) gives no 作报告, as tests/extract/pages/test_words_from_session_report_and_decision_titles.py rules for 在报告中指出 (a proposed ruling).  Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _amounts(record: dict) -> list[float]:
    return [f["amount"] for f in record["funding"]]


def _dates(record: dict) -> list[str | None]:
    return [m["date"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("标题\n本报长沙１月１０日讯　湖南省第九届人民代表大会第一次会议今天在长沙开幕。省长王明作政府工作报告。"
         "他说，１９９７年全省国内生产总值达到３０００亿元。\n", "1998-01-10"),
        ("标题\n新华社北京１月２０日电　国家开发银行今天举行贷款签字仪式。行长李华在仪式上说，"
         "１９９７年该行共发放贷款９００亿元。\n", "1998-01-20"),
        ("标题\n本报南京１月８日讯　省计委今天召开全省计划工作会议。主任张强指出：１９９７年全省实现工业增加值２６００亿元。\n",
         "1998-01-08"),
        # NEGATIVE: the year of the work ahead at a January meeting is the meeting's own year, not the one after it
        ("标题\n本报南京１月８日讯　省计委今天召开全省计划工作会议。主任张强指出，１９９８年全省要力争实现增长１０％。\n",
         "1998-01-08"),
        # NEGATIVE: a year-end meeting looking back on the year it is held in stays in that year
        ("标题\n新华社北京１２月２０日电　全国计划会议今天在北京召开。主任张强说，１９９７年全国国内生产总值达到７万亿元。\n",
         "1997-12-20"),
    ],
)
def test_year_looked_back_by_a_speaker(extract, text: str, expected: str | None) -> None:
    assert _dates(extract(text))[:1] == [expected]


@pytest.mark.parametrize(
    ("body", "amount", "kept"),
    [
        ("去年，该行各项贷款余额达到４８亿元，比年初增加６．２亿元。", 620000000, False),
        ("年末全县存款余额120亿元，较上年末增加15亿元。", 1500000000, False),
        ("行长李华在会上说，１９９７年该行共发放贷款９２０亿元。", 92000000000, False),
        ("江城石化与华信公司签字仪式昨天举行。市长说，去年全市合同利用外资１２亿美元。", 1200000000, False),
        ("他说，中国企业在哈投资已超过３亿美元。", 300000000, False),
        ("据介绍，外商在我市投资累计达到8亿美元。", 800000000, False),
        ("今年要再修路１５０公里，总投资计划为１８００万元。", 18000000, False),
        # NEGATIVE: money granted beside such figures stays
        ("县财政拨款600万元，用于修建乡村公路，比上年增加100万元。", 6000000, True),
        ("银企座谈会上，该行现场向45户种粮大户发放贷款2300万元，用于购买化肥。", 23000000, True),
        ("江城石化与华信公司签订合资合同，合同外资额4.6亿美元。", 460000000, True),
        ("华信公司在江城投资2亿元建设物流中心，项目已于去年开工。", 200000000, True),
        ("该项目计划总投资12亿元，双方今天正式签约。", 1200000000, True),
    ],
)
def test_statistics_beside_grants(extract, body: str, amount: int, kept: bool) -> None:
    assert (amount in _amounts(extract(page(body)))) is kept


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("江城市书画院日前举办迎春座谈会。书画院院长宋大为在座谈会上致辞。", "宋大为", ("致辞",)),
        ("县文联召开迎春茶话会。县文联主席李有为在茶话会上讲话。", "李有为", ("讲话",)),
        # NEGATIVE: 为 the preposition before whom an honour is handed over, not the name's own
        ("表彰大会在县礼堂举行。县长王大为在会上发言的代表颁发证书。", "王大", ("颁奖",)),
    ],
)
def test_names_ending_in_wei(extract, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract(page(body))).get(name, (None, ()))[1] == roles
