"""Meeting shapes: events held but told without a verb of holding (检阅了…结业会操, 观摩了…现场会); a meeting held, told in a
dated attribute or a clause before a decision about a later one (5月8日召开的县委常委会会议决定，…党代会于5月20日召开); a
meeting named before 以来/前夕/之际 (the time of what the sentence tells: no day of its own, not the main meeting); those
present (出席) counted before those sitting in (列席) in any order; a building, campus or project before 举行 is no
organizer (江城中学新校舍举行奠基礼 → 江城中学); the parties of a signing ceremony held as its subject. Invented sentences;
expected values follow corpus/GUIDELINES.md §3.

Second round (fxj, nineteenth review round): known error shapes of the nineteenth review round (helper fxj).

Found by invented probes of shapes seen in a review (GUIDELINES §4 and §6, nineteenth review round):

* foreign capital a place actually used (实际利用外资…亿美元, 实际使用外资金额…) was recorded as funding whenever a word
  of investment stood in the sentence (外商投资企业, 外资金额): a statistic, no record (§6);
* a central bank's market operation (央行向市场注入资金…, 向市场净投放资金…) was recorded as funding: no record (§6);
* a Traditional page of a mainland city's body (广州市文化局, 东莞市…协会) naming Hong Kong or Macau in passing read its
  bare 元 as MOP/HKD: a mainland page (§4, §6);
* a Hong Kong or Macau 主持頒獎典禮 inside another ceremony gave 主持 and the host: 颁奖, like 主持頒獎儀式 (§4).

Already right on main, kept here as guards: Taiwan budget lines with a stated use (編列新臺幣…辦理…, §6) and
作(了)交流 with or without a partner (§4).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers


def _counts(record: dict) -> list[tuple[str, int | None, bool]]:
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


# -- M1: an event a named official reviewed or watched, reported as taken place ------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日上午，市委书记王建国检阅了市消防救援支队新训学员结业会操。", "市消防救援支队新训学员结业会操"),
        ("5月6日，副市长李明检阅了县武警中队新兵结业会操并讲话。", "县武警中队新兵结业会操"),
        ("5月6日上午，省委书记周明检阅了省警察学院2024届毕业生毕业会操并为优秀学员颁奖。", "省警察学院2024届毕业生毕业会操"),
        ("5月6日，县长刘强观摩了全县农村人居环境整治现场会。", "全县农村人居环境整治现场会"),
        ("5月6日，区委副书记吴刚观摩了市实验小学开学典礼。", "市实验小学开学典礼"),
        # (the verb of attending, already read)
        ("5月6日上午，区委书记张华出席市警察学校第十二期学员结业典礼并讲话。", "市警察学校第十二期学员结业典礼"),
    ],
)
def test_event_reviewed_or_watched_is_held(extract, body: str, expected: str) -> None:
    assert held(extract(page(body))) == [(expected, "2024-05-06", None)]


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: a bare open class watched (GUIDELINES §3 eighth round), a drill, a contest, an exhibition, an activity
        "5月6日，县长刘强观摩了一节公开课。",
        "5月6日，县长刘强观摩了全县防汛应急演练。",
        "5月6日，县长刘强观摩了全市职业技能大赛。",
        "5月6日，县长刘强观摩了县第一中学教学成果展。",
        "5月6日，县长刘强观摩了当地民俗活动。",
        # NEGATIVE: a review ahead, troops reviewed, rooms visited, a task required
        "5月6日，县长刘强将检阅全县民兵应急分队比武会操。",
        "5月6日，刘强检阅了参训民兵队伍。",
        "5月6日，与会人员观摩了学校的会议室和图书馆。",
        "王建国要求，要认真组织好新训学员结业会操。",
        # NEGATIVE: a session shown to those at the main meeting (a part of it), a demonstration session watched
        "5月6日，与会人员现场观摩了柳湾村“板凳夜话”议事会。",
        "5月6日，与会人员先后观摩了东山村党支部组织生活会和西山村主题党日活动。",
        "5月6日，县长刘强观摩了东山村党支部组织生活会。",
    ],
)
def test_no_event_reviewed_or_watched(extract, body: str) -> None:
    assert held(extract(page(body))) == []


# -- M2: a meeting held, told before a decision about a later one -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月8日召开的县委常委会会议决定，县第十五次党代会于5月20日召开。", ("县委常委会会议", "2024-05-08")),
        ("5月8日，县委常委会会议召开，决定县第十五次党代会于5月20日召开。", ("县委常委会会议", "2024-05-08")),
        ("据悉，5月8日召开的县委常委会会议审议通过了有关方案，县第十五次党代会将于5月20日召开。", ("县委常委会会议", "2024-05-08")),
        ("经5月8日召开的县委常委会会议研究，决定于5月20日召开县第十五次党代会。", ("县委常委会会议", "2024-05-08")),
        ("4月28日举行的校党委会议决定，学校第三次党员代表大会于5月15日召开。", ("校党委会议", "2024-04-28")),
        ("5月8日召开的镇党委会议决定，5月15日召开全镇党员大会。", ("镇党委会议", "2024-05-08")),
    ],
)
def test_held_before_a_decision_about_a_later_one(extract, body: str, expected: tuple) -> None:
    assert [(n, d) for n, d, _ in held(extract(page(body, "2024-05-09")))] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: the planned one alone (no meeting held before it), a plan that a later sentence reports held
        ("县第十五次党代会将于5月20日召开。", []),
        ("县委决定，县第十五次党代会于5月20日召开。", []),
        ("5月8日召开的县委常委会会议决定，县第十五次党代会于5月20日召开。5月20日，县第十五次党代会召开。",
         [("县委常委会会议", "2024-05-08"), ("县第十五次党代会", "2024-05-20")]),
        # NEGATIVE: the spirit of a dated meeting relayed (GUIDELINES §3)
        ("会议传达了5月8日召开的全市经济工作会议精神。", []),
    ],
)
def test_planned_one_stays_planned(extract, body: str, expected: list) -> None:
    assert [(n, d) for n, d, _ in held(extract(page(body, "2024-05-21")))] == expected


# -- M3: a meeting named before 以来 / 前夕 / 之际 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("党的二十届三中全会召开以来，县委坚持把学习贯彻全会精神作为首要政治任务。", "党的二十届三中全会"),
        ("5月6日，在全省两会召开前夕，记者走访了部分代表委员。", "全省两会"),
        ("在全省两会召开前夕，5月6日，记者走访了部分代表委员。", "全省两会"),
        ("今天，在市第十三次党代会隆重开幕之际，学院全体师生向大会表示热烈祝贺。", "市第十三次党代会"),
        ("值此市第十三次党代会胜利召开之际，学院全体师生向大会表示热烈祝贺。", "市第十三次党代会"),
    ],
)
def test_meeting_framing_the_time_has_no_day(extract, body: str, expected: str) -> None:
    record = extract(page(body))
    assert held(record) == [(expected, None, None)]
    assert record["meetings"][0]["date_text"] is None


@pytest.mark.parametrize(
    "body",
    [
        "党的二十届三中全会召开以来，县委坚持把学习贯彻全会精神作为首要政治任务。5月6日，县委召开常委会会议，研究部署下步工作。",
        "在全国两会召开之际，5月6日，区委召开常委会会议，传达学习有关精神。",
        "党的二十大胜利召开以来，5月6日，区委召开常委会会议，研究部署相关工作。",
    ],
)
def test_meeting_framing_the_time_is_not_the_main_one(extract, body: str) -> None:
    assert held(extract(page(body)))[0] == ("常委会会议", "2024-05-06", "区委" if "区委" in body else "县委")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: 以来自 is no 以来; a meeting held, then what happened before it (会议召开前)
        ("5月6日，全县人才工作会议召开，会议以来自基层的典型为例。", [("全县人才工作会议", "2024-05-06", None)]),
        ("5月6日，县委召开常委会会议。会议召开前，与会人员参观了展览。", [("常委会会议", "2024-05-06", "县委")]),
    ],
)
def test_held_meetings_keep_their_day(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


# -- M4: those present and those sitting in ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县第十八届人民代表大会第三次会议召开，出席代表210名，列席代表35名。", 210),
        ("5月6日，县第十八届人民代表大会第三次会议召开，列席代表35名，出席代表210名。", 210),
        ("5月6日，区政协十届三次会议开幕，应到委员180名，实到委员172名，列席人员40名。", 172),
        ("5月6日，公司召开第三届职工代表大会，应到代表120名，实到115名。", 115),
        # (those sitting in alone are the count: present, without a vote)
        ("5月6日，市人大常委会第十次会议召开，县政府组成人员等20人列席会议。", 20),
    ],
)
def test_present_before_sitting_in(extract, body: str, expected: int) -> None:
    assert _counts(extract(page(body)))[0][1:] == (expected, False)


# -- M5: a building or site before 举行 is no organizer ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，江城中学新校舍举行奠基礼。", ("奠基礼", "江城中学")),
        ("5月6日上午，县图书馆新馆举行开馆仪式。", ("开馆仪式", "县图书馆")),
        ("5月6日，江城大学体育馆举行落成典礼。", ("落成典礼", "江城大学")),
        ("5月6日，市人民医院新院区举行启用仪式。", ("启用仪式", "市人民医院")),
        ("5月6日，江城大学东校区综合教学楼举行封顶仪式。", ("封顶仪式", "江城大学")),
        ("5月6日，县第二人民医院住院大楼举行竣工仪式。", ("竣工仪式", "县第二人民医院")),
        ("5月6日，华信集团总部大楼项目隆重举行奠基仪式。", ("奠基仪式", "华信集团")),
        ("5月6日，市中医院新址举行开工奠基仪式。", ("开工奠基仪式", "市中医院")),
        # (a building with no body named: no organizer)
        ("5月6日，新校舍举行奠基礼。", ("奠基礼", None)),
        ("5月6日，南水北调工程举行通水仪式。", ("通水仪式", None)),
    ],
)
def test_building_is_no_organizer(extract, body: str, expected: tuple) -> None:
    assert [(n, o) for n, _, o in held(extract(page(body)))] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: bodies holding a ceremony about their building, bodies whose names hold 工程 or 馆
        ("5月6日，市第一中学举行新校区奠基仪式。", ("新校区奠基仪式", "市第一中学")),
        ("5月6日，江城中学举行新校舍落成典礼。", ("新校舍落成典礼", "江城中学")),
        ("5月6日，华信工程公司举行开工仪式。", ("开工仪式", "华信工程公司")),
        ("5月6日，市建设工程管理中心举行项目开工仪式。", ("项目开工仪式", "市建设工程管理中心")),
        ("5月6日，县图书馆举行读书月活动启动仪式。", ("读书月活动启动仪式", "县图书馆")),
        ("5月6日，集团总部举行年度工作会议。", ("年度工作会议", "集团总部")),
        # NEGATIVE: a passive name keeps the site it is about, no organizer (GUIDELINES §3 eighth round)
        ("5月6日，江城中学新校舍奠基仪式在校园内举行。", ("江城中学新校舍奠基仪式", None)),
    ],
)
def test_body_holding_a_building_ceremony(extract, body: str, expected: tuple) -> None:
    assert [(n, o) for n, _, o in held(extract(page(body)))] == [expected]


# -- M6: the parties of a signing ceremony --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (both parties as the subject of 举行, as written, like the tuning gold: 甲与乙)
        ("5月6日，江城大学与华信科技公司举行校企合作签约仪式。", ("校企合作签约仪式", "江城大学与华信科技公司")),
        ("5月6日，江城大学和华信科技公司在学校会议中心举行校企合作签约仪式。", ("校企合作签约仪式", "江城大学和华信科技公司")),
        # (the reporting school among the parties, unnamed: no organizer, as for 我校与…联合举办)
        ("5月6日，我校与华信科技公司举行校企合作签约仪式。", ("校企合作签约仪式", None)),
        ("5月6日，华信科技公司与我校举行校企合作签约仪式。", ("校企合作签约仪式", None)),
        # (parties counted, not named, are no organizer beside the body)
        ("5月6日，县政府与12家企业举行集中签约仪式。", ("集中签约仪式", "县政府")),
        # (a passive name keeps the parties, no organizer: GUIDELINES §3 eighth round)
        ("5月6日，江城大学与华信科技公司签约仪式在学校会议中心举行。", ("江城大学与华信科技公司签约仪式", None)),
    ],
)
def test_signing_parties(extract, body: str, expected: tuple) -> None:
    assert [(n, o) for n, _, o in held(extract(page(body)))] == [expected]


# --- §6: capital actually used ---------------------------------------------------------------------------------------

CAPITAL_USED = [
    "截至今年十月，全国批准设立外商投资企业三十多万家，实际利用外资二千多亿美元。",
    "江城市去年实际利用外资金额达12亿美元，同比增长10%。",
    "全省上半年实际使用外资金额35.6亿美元。",
    "十年来，该省实际利用外商直接投资累计超过五百亿美元。",
    "截至去年底，全省累计批准外商投资企业1200家，实际利用外资80多亿美元。",
]


@pytest.mark.parametrize("body", CAPITAL_USED)
def test_capital_actually_used_is_no_funding(extract, body):
    assert grants(extract(page(body))) == []


# --- §6: central bank market operations ------------------------------------------------------------------------------

MARKET_OPERATIONS = [
    "央行向市场注入资金500亿元以稳定汇率。",
    "人民银行开展中期借贷便利操作，向市场净投放资金2000亿元，保持流动性合理充裕。",
    "中国人民银行今日通过逆回购操作向银行体系投放流动性1000亿元。",
    "央行宣布下调存款准备金率，释放长期资金约1万亿元。",
]


@pytest.mark.parametrize("body", MARKET_OPERATIONS)
def test_market_operation_is_no_funding(extract, body):
    assert grants(extract(page(body))) == []


# Near misses: money a body grants or a project received stays.
FUNDING_KEPT = [
    ("市财政局向企业投放专项资金500万元，用于技术改造。", [(5000000.0, "CNY", "技术改造")]),
    ("签约仪式上，外资企业甲公司与我市签约，投资5亿美元建设新能源项目。", [(500000000.0, "USD", "建设新能源项目")]),
    ("项目实际到位资金3.2亿元，完成投资的80%。", [(320000000.0, "CNY", "项目实际到位资金")]),
]


@pytest.mark.parametrize(("body", "expected"), FUNDING_KEPT)
def test_grants_near_misses_kept(extract, body, expected):
    assert grants(extract(page(body))) == expected


# --- §6: Taiwan budget lines with a stated use -----------------------------------------------------------------------

TAIWAN_BUDGET = [
    ("縣府編列新臺幣300萬元辦理老舊校舍整修。", [(3000000.0, "TWD", "老旧校舍整修")]),
    ("市政府今年編列新台幣1200萬元，辦理長者共餐計畫。", [(12000000.0, "TWD", "长者共餐计划")]),
    ("教育處編列經費新臺幣50萬元，用於補助偏鄉學校課後輔導。", [(500000.0, "TWD", "补助偏乡学校课后辅导")]),
    ("鄉公所編列預算新臺幣80萬元辦理道路修繕工程。", [(800000.0, "TWD", "道路修缮工程")]),
    ("縣府今年總預算為新臺幣200億元。", []),  # a budget told with 為: a statistic
]


@pytest.mark.parametrize(("body", "expected"), TAIWAN_BUDGET)
def test_taiwan_budget_line(extract, body, expected):
    assert grants(extract(page(body))) == expected


# --- §4/§6: Traditional pages of mainland bodies ---------------------------------------------------------------------

MAINLAND_TRADITIONAL = [
    ("廣州市文化局舉辦論壇慶祝澳門回歸，局長李強出席並講話。會議撥款50萬元支持兩地交流。", "CNY"),
    ("東莞市青年企業家協會舉辦香港回歸紀念活動，會長劉洋致辭，撥款100萬元支持活動。", "CNY"),
    ("佛山市青年聯合會舉行座談會慶祝香港回歸，會上撥款30萬元資助青年交流。", "CNY"),
    # near misses: a Hong Kong or Macau body's page stays in its currency
    ("香港青年聯會舉行典禮慶祝香港回歸，會上撥款30萬元資助青年交流。", "HKD"),
    ("香港市區重建局舉行典禮，撥款30萬元資助舊區居民。", "HKD"),
    ("澳門街坊總會舉行座談會，撥款30萬元資助社區活動。", "MOP"),
]


@pytest.mark.parametrize(("body", "currency"), MAINLAND_TRADITIONAL)
def test_traditional_page_region_currency(extract, body, currency):
    assert [c for _, c, _ in grants(extract(page(body)))] == [currency]


# --- §4: 主持頒獎典禮 inside another ceremony ---------------------------------------------------------------------------

CONFERRAL = [
    ("香港青年聯會舉行青年節典禮，局長王偉主持頒獎典禮並致辭。", {"王伟": ("局长", ("颁奖", "致辞"))}),
    ("澳門街坊總會舉行周年慶典，理事長黃華主持頒獎典禮，並向獲獎者頒發證書。", {"黄华": ("理事长", ("颁奖",))}),
    ("香港教育局舉辦典禮，典禮由局長李明主持，副局長陳剛主持頒獎典禮。",
     {"李明": ("局长", ("主持",)), "陈刚": ("副局长", ("颁奖",))}),
    # near misses: the prize ceremony is the event itself, or a mainland page (Traditional script too)
    ("香港藝術發展局舉行年度頒獎典禮，主席王偉主持頒獎典禮並致辭。", {"王伟": ("主席", ("主持", "致辞"))}),
    ("江城市文联举行文艺晚会，主席王伟主持颁奖典礼并致辞。", {"王伟": ("主席", ("主持", "致辞"))}),
    ("深圳市青年聯合會舉行典禮慶祝香港回歸，主席張明主持頒獎儀式並致辭。", {"张明": ("主席", ("主持", "致辞"))}),
]


@pytest.mark.parametrize(("body", "expected"), CONFERRAL)
def test_hosted_prize_ceremony(extract, body, expected):
    assert speakers(extract(page(body))) == expected


def test_prize_ceremony_inside_another_is_no_host(extract):
    record = extract(page("香港青年聯會舉行青年節典禮，局長王偉主持頒獎典禮並致辭。"))
    assert all(m["host"] is None for m in record["meetings"])


# --- §4: 交流 with and without a partner -----------------------------------------------------------------------------

EXCHANGE = [
    ("座谈会上，校长李明和学生们进行了交流。", {}),
    ("座谈会上，校长李明同企业家们作交流。", {}),
    ("座谈会上，市长王强跟青年代表作了交流。", {}),
    ("座谈会上，校长李明与大家交流。", {}),
    ("座谈会上，企业代表刘芳作交流。", {"刘芳": (None, ("发言",))}),
    ("座谈会上，教师代表张华进行交流发言。", {"张华": (None, ("发言",))}),
]


@pytest.mark.parametrize(("body", "expected"), EXCHANGE)
def test_exchange_partner(extract, body, expected):
    assert speakers(extract(page(body))) == expected
