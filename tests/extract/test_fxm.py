"""Fixer fxm: a span of years after a speaker's clause frames prizes won in a later clause (a past period's tally, no
award); one quoted honour conferred on two holder groups joined by 和/及 gives a record per group; prize money of an event
told as still ahead and the total of a project only intended give no funding; purposes told by 推行, 作为…的奖励金, a quoted
fund before 每人, a kind of projects opening its clause before 获资助, 全数/全额用于 and projects donated to. Invented
sentences; expected values follow corpus/GUIDELINES.md §5 and §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


def _named(record: dict) -> list[tuple[str, int]]:
    return [(h, n) for h, n, _, _ in honours(record)]


@pytest.mark.parametrize(
    "body",
    [
        "王平指出，过去五年，全市美术家创作了一批优秀作品，8件作品获省级美术作品展金奖。",
        "李强表示，五年来，全县文艺工作者深入生活，12件作品荣获省级以上奖项。",
        "他在讲话中强调，近三年来，全区科技工作者勇于创新，6个项目获得省科技进步奖。",
        "过去五年，全市美术家创作了一批优秀作品，8件作品获省级美术作品展金奖。",
        "他说，“十四五”以来，全市文艺工作者潜心创作，15件作品获得国家级奖项。",
    ],
)
def test_prizes_won_over_a_span_in_a_speech_are_a_tally(extract, body: str) -> None:
    assert _named(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: this event confers in the count's clause
        ("王平指出，过去五年，全市美术家创作了一批优秀作品，会议表彰了8件获金奖的作品。", [("金奖", 8)]),
        # NEGATIVE: a clause of its own says they were honoured at this event (§5 eighth round)
        ("王平指出，过去五年，全市美术家创作了一批优秀作品，8件作品获省级美术作品展金奖，大会上对这些作品进行了表彰。",
         [("省级美术作品展金奖", 8)]),
        # NEGATIVE: the span is told in another sentence
        ("过去五年，全市美术家创作了一批优秀作品。会议为8件获省级美术作品展金奖的作品颁奖。", [("省级美术作品展金奖", 8)]),
        ("王平指出，过去五年，全市美术家创作了一批优秀作品，今天，大会为获得省级美术作品展金奖的8件作品颁奖。",
         [("省级美术作品展金奖", 8)]),
    ],
)
def test_conferral_after_a_span_kept(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("区领导为获得“优秀组织奖”的6所学校和15名教练员颁奖。", [("优秀组织奖", 6), ("优秀组织奖", 15)]),
        ("市领导为荣获“先进集体”称号的8个单位和20名个人颁发奖牌。", [("先进集体", 8), ("先进集体", 20)]),
        ("大会为获得“优秀志愿服务奖”的3个团队及12名志愿者颁奖。", [("优秀志愿服务奖", 3), ("优秀志愿服务奖", 12)]),
        # NEGATIVE: one group only
        ("大会为获得“优秀组织奖”的6所学校颁奖。", [("优秀组织奖", 6)]),
        # NEGATIVE: the second group are representatives on stage, not all holders
        ("区领导为获得“优秀组织奖”的6所学校和15名教练员代表颁奖。", [("优秀组织奖", 6)]),
        # NEGATIVE: each group with its own quoted honour
        ("对获得“先进集体”称号的5个单位和“先进个人”称号的20名个人进行了表彰。", [("先进集体", 5), ("先进个人", 20)]),
    ],
)
def test_one_honour_on_two_holder_groups(extract, body: str, expected: list) -> None:
    assert _named(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "会上宣布第三届江城龙舟赛将于10月举办，比赛总奖金30万元。",
        "本届马拉松将于明年3月开跑，赛事总奖金达50万元。",
        "首届乡村篮球联赛定于5月1日开赛，设总奖金20万元。",
        "颁奖仪式将于下月举行，获奖者将获得奖金共计50万元。",
        "远航集团拟在我市建设的物流园项目计划总投资12亿元，目前正在开展前期工作。",
        "该公司计划在我县建设的新材料项目总投资5亿元，目前正在办理前期手续。",
        "某公司计划投资建设的智能制造项目总投资8亿元。",
        "该项目总投资3亿元，目前正在开展前期工作。",
        "该项目正在开展前期工作，总投资12亿元。",
    ],
)
def test_money_of_an_event_ahead_or_a_project_only_intended(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # NEGATIVE: the event held, a pool set up for it
        ("大赛设置总奖金池300万元，昨日举行了颁奖典礼。", 3000000.0),
        ("第二届龙舟赛昨日举行，总奖金30万元。", 300000.0),
        # NEGATIVE: money already paid for the event ahead
        ("龙舟赛将于10月举办，市体育局已拨付奖金30万元。", 300000.0),
        ("比赛将于10月举行，市财政安排奖金30万元。", 300000.0),
        # NEGATIVE: signed or started projects keep their totals (§6)
        ("签约项目计划总投资12亿元。", 1200000000.0),
        ("物流园项目昨日开工，总投资12亿元。", 1200000000.0),
        ("远航集团与我市签约物流园项目，计划总投资12亿元。", 1200000000.0),
        ("拟在我市建设的物流园项目昨日开工，总投资12亿元。", 1200000000.0),
        ("拟在我市建设的物流园项目总投资12亿元，已于上月签订投资协议。", 1200000000.0),
        # NEGATIVE: a project under way, a later phase at its preparatory work; the preparatory work done
        ("正在建设的物流园项目总投资12亿元，目前正在开展二期前期工作。", 1200000000.0),
        ("该项目总投资3亿元，目前已完成前期工作，上月已开工建设。", 300000000.0),
    ],
)
def test_money_of_an_event_held_or_a_project_signed_kept(extract, body: str, amount: float) -> None:
    assert [a for a, _, _ in grants(extract(page(body)))] == [amount]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("已预留2亿元，在未来两年推行“社区养老提升计划”。", [(200000000.0, "CNY", "推行社区养老提升计划")]),
        ("市政府拨款5000万元，于明年推行“长者健康计划”。", [(50000000.0, "CNY", "推行长者健康计划")]),
        ("县里拿出50万元，作为优秀村干部的奖励资金。", [(500000.0, "CNY", "优秀村干部的奖励资金")]),
        ("为15名优秀学生颁发“自强奖学金”，每人3000元。", [(3000.0, "CNY", "自强奖学金")]),
        ("为20名困难学生发放“阳光助学金”，每人2000元。", [(2000.0, "CNY", "阳光助学金")]),
        ("科技创新类项目25个，获资助800万元；技术推广类项目35个，获资助500万元。",
         [(8000000.0, "CNY", "科技创新类项目"), (5000000.0, "CNY", "技术推广类项目")]),
        ("社会公益类项目10个，获得资助300万元。", [(3000000.0, "CNY", "社会公益类项目")]),
        ("共筹得善款1500万元，将全数用于资助贫困学生。", [(15000000.0, "CNY", "资助贫困学生")]),
        ("此次募集善款80万元，全额用于救助困难家庭。", [(800000.0, "CNY", "救助困难家庭")]),
        ("向各类扶贫项目捐款捐物合计折合300余万元。", [(3000000.0, "CNY", "各类扶贫项目")]),
        ("企业家们为希望工程捐款共计50万元。", [(500000.0, "CNY", "希望工程")]),
        # NEGATIVE: a place given to is no project (no purpose read from it)
        ("向灾区捐款100万元。", [(1000000.0, "CNY", None)]),
    ],
)
def test_purposes(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_taiwan_reward_fund_described(extract) -> None:
    record = extract(page("縣府今年編列新臺幣80萬元，作為優良教師的獎勵金。"))
    assert grants(record) == [(800000.0, "TWD", "优良教师的奖励金")]
