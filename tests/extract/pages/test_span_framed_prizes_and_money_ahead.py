"""Award, funding and meeting shapes: a span of years after a speaker's clause frames prizes won in a later clause (a past period's tally, no
award); one quoted honour conferred on two holder groups joined by 和/及 gives a record per group; prize money of an event
told as still ahead and the total of a project only intended give no funding; purposes told by 推行, 作为…的奖励金, a quoted
fund before 每人, a kind of projects opening its clause before 获资助, 全数/全额用于 and projects donated to. Invented
sentences; expected values follow corpus/GUIDELINES.md §5 and §6.

Later round (review rev105, s117 remaining shapes; GUIDELINES §3):
- s117_04: an adverb of manner glued to the venue (会议室紧急召开, 会议室专题召开) stayed in the location: it is cut
  as 隆重 is (a location is the place alone).
- h127: a party committee's plenary written 全委（扩大）会议 in a passive sentence (县委十四届五次全委（扩大）会议在…召开)
  got no organizer: it is the committee's plenary numbered by term and round, organized by it like 县委十二届五次全会
  (§3 tenth review round).
- s117_03: 会议进行了分组审议后举行第二次全体会议 was read as a meeting of its own: a plenary sitting the session held
  holds is a part of it, no record (§3, a part of the meeting held)."""

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

def _locations(record: dict) -> list[str | None]:
    return [m["location"] for m in record["meetings"]]


def _organizers(record: dict) -> list[str | None]:
    return [m["organizer"] for m in record["meetings"]]


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("5月6日，白沙镇在镇政府三楼会议室紧急召开防汛工作会议。", "镇政府三楼会议室"),
        ("5月6日，白沙镇在镇政府二楼会议室专题召开安全生产会议。", "镇政府二楼会议室"),
        ("5月6日，青山区在区行政中心礼堂集中召开学习会。", "区行政中心礼堂"),
        ("5月6日，县应急管理局在局机关会议室连夜召开调度会。", "局机关会议室"),
        # near misses: no adverb, or the words inside a venue's name
        ("5月6日，白沙镇在镇政府三楼会议室召开防汛工作会议。", "镇政府三楼会议室"),
        ("5月6日，白沙镇在镇应急指挥中心召开防汛工作会议。", "镇应急指挥中心"),
        ("5月6日，青山区在区专题展览馆召开学习会。", "区专题展览馆"),
    ],
)
def test_adverb_cut_from_venue(extract, body, location):
    assert _locations(extract(page(body)))[:1] == [location]


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("5月6日，县委十四届五次全委（扩大）会议在县委礼堂召开。", "县委"),
        ("5月6日，中共白河市委十三届六次全委会议在市会议中心举行。", "中共白河市委"),
        ("5月6日，区委九届七次全委扩大会议在区行政中心召开。", "区委"),
        # near misses: the 全会 already read, a mass body's own plenary, no body named
        ("5月6日，中共青山县委十二届五次全会在县会议中心召开。", "中共青山县委"),
        ("5月6日，县科协九届三次全委（扩大）会议在县科技馆召开。", "县科协"),
        ("5月6日，十四届五次全委（扩大）会议在县委礼堂召开。", None),
    ],
)
def test_party_committee_plenary_written_quanwei(extract, body, organizer):
    assert _organizers(extract(page(body)))[:1] == [organizer]


_SESSION = "5月6日至7日，白河区十七届人大常委会举行第二十三次会议。"


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (_SESSION + "7日下午，会议进行了分组审议后举行第二次全体会议，表决通过了决议。",
         ["白河区十七届人大常委会第二十三次会议"]),
        (_SESSION + "7日下午，会议举行第二次全体会议，表决通过了决议。", ["白河区十七届人大常委会第二十三次会议"]),
        ("5月6日至7日，县政协十届三次会议在县会议中心举行。7日上午，大会举行第二次全体会议，听取了发言。",
         ["县政协十届三次会议"]),
        # near misses: a body holds its own plenary, its own record
        ("5月6日，白河区十七届人大常委会举行第二十三次会议。5月7日，区委召开第二次全体会议。",
         ["白河区十七届人大常委会第二十三次会议", "区委第二次全体会议"]),
        ("5月6日，县人大常委会举行第十八次会议。", ["县人大常委会第十八次会议"]),
    ],
)
def test_plenary_sitting_of_the_session_held(extract, body, names):
    assert _names(extract(page(body))) == names
