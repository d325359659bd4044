"""The funding purpose readers of pipeline/extract/funding.py (_PURPOSE_READERS) with the fewest tests elsewhere:
works built after a verb of investing (投资1.2亿元，建设…), a passive with its giver (…由…出资50万元修建), a fund named
after 作为, whom a reward fund rewards (，奖励优秀村干部), projects won before a bare grant (新增…项目6项，获批经费…),
the fund handed out before a total (发放助学金，资金共计…), the project after a total investment (总投资8亿元的…项目)
and an event a bare fund is arranged for (为本届青年创业大赛安排专项资金), each with near misses that name no purpose.
All sentences are invented; the expected values follow corpus/GUIDELINES.md §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # works built after a verb of investing; an output counted beside the money is none
        ("县政府投资1.2亿元，建设城南污水处理厂。", [(120_000_000.0, "CNY", "建设城南污水处理厂")]),
        ("该公司出资800万元，于两年内新建标准化厂房3栋。", [(8_000_000.0, "CNY", "新建标准化厂房")]),
        ("县政府投资1.2亿元，建设污水管网12条。", [(120_000_000.0, "CNY", None)]),
        # a passive with its giver: the topic and the bare act after the amount; no act, no purpose
        ("这所村小由企业家李明出资50万元修建，去年秋季投入使用。", [(500_000.0, "CNY", "村小修建")]),
        ("这所村小由企业家李明出资50万元，去年秋季投入使用。", [(500_000.0, "CNY", None)]),
        # a fund named after the amount, 作为 no part of it; a bare fund names nothing
        ("县里拨出20万元作为村级集体经济启动资金、人才引进资金。", [(200_000.0, "CNY", "村级集体经济启动资金")]),
        ("省财政安排2亿元专项资金。", [(200_000_000.0, "CNY", None)]),
        ("省财政安排2亿元专项资金，支持县级医院改造提升。", [(200_000_000.0, "CNY", "支持县级医院改造提升")]),
        # whom a bare reward fund rewards; not the fund's noun nor its terms after the comma
        ("镇政府拨付奖励资金10万元，奖励优秀村干部。", [(100_000.0, "CNY", "奖励优秀村干部")]),
        ("镇政府拨付奖励资金10万元，奖励资金已全部到位。", [(100_000.0, "CNY", None)]),
        ("镇政府拨付奖励资金10万元，奖励办法另行公布。", [(100_000.0, "CNY", None)]),
        # projects won before a bare grant; a bare class of projects names nothing
        ("今年学院新增国家社会科学基金项目6项，获批经费180万元。", [(1_800_000.0, "CNY", "国家社会科学基金项目")]),
        ("今年学院获批重点项目6项，获批经费180万元。", [(1_800_000.0, "CNY", None)]),
        # the fund handed out, for a clause of its total only
        ("区民政局为困难学生发放助学金，资金共计36万元。", [(360_000.0, "CNY", "助学金")]),
        ("区民政局向困难学生发放助学金，累计36万元。", [(360_000.0, "CNY", "助学金")]),
        # the project named after a total investment; not a count of projects nor a class of them
        ("总投资8亿元的城西垃圾焚烧发电项目昨日开工。", [(800_000_000.0, "CNY", "城西垃圾焚烧发电项目")]),
        ("总投资8亿元的12个项目昨日集中开工。", [(800_000_000.0, "CNY", None)]),
        ("总投资8亿元的重点项目昨日开工。", [(800_000_000.0, "CNY", None)]),
        # an event a bare fund is arranged for; those it is arranged for are no event
        ("团市委为本届青年创业大赛安排专项资金30万元。", [(300_000.0, "CNY", "本届青年创业大赛")]),
        ("团市委为青年创业者安排专项资金30万元。", [(300_000.0, "CNY", None)]),
    ],
)
def test_purpose_readers(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected
