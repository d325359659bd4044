"""Funding shapes: shapes the rules got wrong, and near misses.

- §6 ninth and twentieth review rounds (W2): a central bank's relending or rediscount quota (再贷款, 再贴现) is no money
  granted, but the word was read over the whole clause, so loans let out at the event with the relending as their means
  (银行运用支农再贷款现场向45户种粮大户发放贷款2300万元) lost their record. The quota itself (安排支农再贷款额度50亿元,
  向县农商行发放支农再贷款5亿元) stays no record.
- §6 twentieth review round (W3): research spending under its statistical name (R&D经费) is a place's or a year's figure,
  but the term paid to a named body (向江城大学拨付R&D经费500万元) is a grant to that body.
- §3 eleventh review round (W4, C9): a kindergarten holds its own ceremony (江城实验幼儿园毕业典礼), but a training of its
  heads or teachers keeps the name whole with no organizer; a deputy head (副园长) slipped past a one-character look-ahead.
- Code health (C6): a fund still to be set up (将设立…基金，每人资助…) now shares the future 将 of the other rules; 即将
  is as much ahead as 将 everywhere, 必将 (a forecast) nowhere.

Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page


def _amounts(record: dict) -> list[float]:
    return [amount for amount, _currency, _purpose in grants(record)]


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("5月6日，县里召开政银企对接会。会上，银行运用支农再贷款现场向45户种粮大户发放贷款2300万元。", 23000000.0),
        ("5月6日，县里召开政银企对接会。会上，县农商行利用再贷款资金当场为12家小微企业发放贷款800万元。", 8000000.0),
        ("5月6日，市里举行金融服务活动。活动当天，农商行借助再贴现工具现场向20家企业发放贷款600万元。", 6000000.0),
        ("5月6日，县里举行银企签约仪式。仪式上，县农商行以支小再贷款为依托向15家企业发放贷款3000万元。", 30000000.0),
    ],
)
def test_loans_let_out_with_relending_as_their_means_are_funding(extract, body: str, amount: float) -> None:
    assert amount in _amounts(extract(page(body)))


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: the relending quota itself, or the relending paid to a bank, is no money granted
        "5月6日，市里召开金融工作会议。今年安排支农再贷款额度50亿元。",
        "5月6日，市里召开金融工作会议。会上，人民银行向县农商行发放支农再贷款5亿元。",
        "5月6日，市里召开金融工作会议。今年以来，全市累计发放再贷款30亿元。",
        "5月6日，市里召开金融工作会议。会上，人民银行下达再贴现额度10亿元。",
        # NEGATIVE: the relending's amount told before the loans let out is still the quota's
        "5月6日，市里召开金融工作会议。会上，人民银行安排支农再贷款5亿元。",
    ],
)
def test_the_relending_quota_itself_stays_no_record(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("5月6日，省科技厅召开会议，会上向江城大学拨付R&D经费500万元。", 5000000.0),
        ("5月6日，市科技局召开推进会。会上，市科技局为江城理工学院安排R&D经费200万元。", 2000000.0),
        ("5月6日，市里召开科技大会。市财政向市农科院下拨研究与试验发展经费300万元。", 3000000.0),
        ("5月6日，省里召开科技工作会议，会上给省农科院划拨R&D经费800万元。", 8000000.0),
    ],
)
def test_research_spending_paid_to_a_named_body_is_a_grant(extract, body: str, amount: float) -> None:
    assert amount in _amounts(extract(page(body)))


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: the statistic of a place or a year, with no body it is paid to
        "5月6日，省里召开科技工作会议。全省共投入研究与试验发展（R&D）经费320亿元，同比增长12%。",
        "5月6日，市里召开科技大会。去年全市R&D经费投入为45亿元。",
        "5月6日，市里召开科技大会。全市R&D经费支出达120亿元。",
        "5月6日，市里召开科技大会。去年全市安排R&D经费60亿元。",
        # NEGATIVE: 向 naming an aim, not a body paid, with no paying verb
        "5月6日，市里召开科技大会。全市向基础研究投入R&D经费20亿元。",
    ],
)
def test_research_spending_as_a_statistic_stays_no_record(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("江城实验幼儿园副园长培训班开班仪式在市教育局举行。", "江城实验幼儿园副园长培训班开班仪式"),
        ("江城第一幼儿园新任园长培训班开班仪式在市教育局举行。", "江城第一幼儿园新任园长培训班开班仪式"),
        ("江城实验幼儿园青年教师基本功大赛颁奖仪式在市教育局举行。", "江城实验幼儿园青年教师基本功大赛颁奖仪式"),
        ("江城实验幼儿园保健医生培训班开班仪式在市卫健委举行。", "江城实验幼儿园保健医生培训班开班仪式"),
        ("江城实验幼儿园骨干老师研修班结业式在市教育局举行。", "江城实验幼儿园骨干老师研修班结业式"),
        # (the kindergarten's anniversary and its staff's commendation keep today's reading: the name whole)
        ("江城实验幼儿园园庆典礼在该园礼堂举行。", "江城实验幼儿园园庆典礼"),
        ("江城实验幼儿园教职工表彰大会在该园礼堂举行。", "江城实验幼儿园教职工表彰大会"),
    ],
)
def test_a_training_of_kindergarten_staff_keeps_its_name_whole(extract, body: str, name: str) -> None:
    meetings = {m: org for m, _date, org in held(extract(page(body)))}
    assert name in meetings and meetings[name] is None, meetings


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        # NEGATIVE: the kindergarten's own ceremony stays its own
        ("江城实验幼儿园毕业典礼在该园礼堂举行。", "毕业典礼", "江城实验幼儿园"),
        ("江城实验幼儿园开学典礼在该园操场举行。", "开学典礼", "江城实验幼儿园"),
        ("江城实验幼儿园六一表彰大会在该园礼堂举行。", "六一表彰大会", "江城实验幼儿园"),
    ],
)
def test_a_kindergartens_own_ceremony_keeps_it_as_holder(extract, body: str, name: str, org: str) -> None:
    meetings = {m: o for m, _date, o in held(extract(page(body)))}
    assert meetings.get(name) == org, meetings


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，江城大学召开教学工作会议。学校将设立青年教师科研启动基金，每人资助5万元。",
        "5月6日，江城大学召开教学工作会议。学校即将设立青年教师科研启动基金，每人资助5万元。",
        "5月6日，江城大学召开教学工作会议。学校将继续设立优秀学生奖学金，每人奖励3000元。",
        "5月6日，市里召开创新大赛筹备会。大赛即将设立总奖金50万元。",
    ],
)
def test_a_fund_or_pool_still_to_be_set_up_is_no_record(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # NEGATIVE: a fund already set up pays its share; 必将 forecasts an effect, no act planned
        ("5月6日，江城大学召开教学工作会议。学校已设立青年教师科研启动基金，每人资助5万元。", 50000.0),
        ("5月6日，江城大学召开教学工作会议。学校设立的奖学金必将激励学生，首批发放奖学金20万元。", 200000.0),
    ],
)
def test_a_fund_set_up_pays_its_share(extract, body: str, amount: float) -> None:
    assert amount in _amounts(extract(page(body)))
