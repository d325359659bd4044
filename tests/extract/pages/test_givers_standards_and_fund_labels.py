"""Funding and meeting shapes of givers, standards and fund labels: leftovers of funding and meetings (GUIDELINES §3, §6). Invented sentences; expected values follow
corpus/GUIDELINES.md.

- F1: a giver and 向/为/给 before 投资/出资 in the words before the amount name the one invested in, no fund's name
  (某企业向县养殖基地投资2000万元 -> purpose None), as 向…捐赠 already reads;
- F2: left: a share per head paid by a standard (按每人1500元的标准给予一次性补贴) stays one record, as §6 (eleventh round)
  makes only a standard set or raised a rate; the tests pin the rate per unit and the total paid under a standard; the standard word and its verb
  after the amount are no part of the fund's name (的标准发放慰问金 -> 慰问金);
- F3: a budget-level fund label with an aim after it (下达本级衔接资金800万元，用于发展特色产业) took the aim; the
  twenty-third review round makes a fund named by its programme (衔接资金) the purpose over the 用于 clause, so it keeps
  its name, and only money named by its kind (专项资金) gives way;
- M1: on a page with no date, the year in a meeting's own name dates it (already right);
- M2: a township's party committee or a bureau's party group holding its own meeting is the organizer (already right);
- M3: two events joined by 和, one shorter than a full name but a meeting noun with a word of its own (新品发布会和战略合作签约
  仪式在…举行), are two records (§3 several events); 暨 joins one;
- M4: a body written before a quoted theme (华星科技以“智造未来”为主题的2025年度经销商大会) holds the event: the name after the
  theme, the body the organizer; a time, edition or scope before the theme is none.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page

MEET = "5月6日，县里召开项目推进会。"


# --- F1. 向/为/给 before an investment: the one invested in, no fund's name ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (MEET + "某企业向县养殖基地投资2000万元。", [(20000000.0, "CNY", None)]),
        (MEET + "华鑫集团向县养殖基地投资2000万元。", [(20000000.0, "CNY", None)]),
        (MEET + "华鑫集团为县养殖基地投资2000万元。", [(20000000.0, "CNY", None)]),
        (MEET + "某企业给县养殖基地投资2000万元。", [(20000000.0, "CNY", None)]),
        (MEET + "集团为村小学捐资30万元。", [(300000.0, "CNY", None)]),
        (MEET + "爱心企业家给敬老院捐款5万元。", [(50000.0, "CNY", None)]),
        # NEGATIVE: an aim after the amount is still the purpose
        (MEET + "华鑫集团向县里出资300万元建设文化广场。", [(3000000.0, "CNY", "建设文化广场")]),
        (MEET + "华鑫集团向县慈善总会捐款50万元，用于资助困难学生。", [(500000.0, "CNY", "资助困难学生")]),
        (MEET + "华鑫集团投资2000万元建设县养殖基地。", [(20000000.0, "CNY", "建设县养殖基地")]),
    ],
)
def test_giver_before_investment_names_no_purpose(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


# --- F2. a share per head applied as a standard ---

@pytest.mark.parametrize(
    "body",
    [
        MEET + "对受灾农户按每亩200元标准发放补助。",
        MEET + "按每头能繁母猪100元的标准发放补贴。",
    ],
)
def test_rate_per_unit_by_standard_is_no_record(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "amounts"),
    [
        # NEGATIVE: a total paid under the standard is its own record
        (MEET + "对受灾农户按每亩200元标准发放补助，共发放补贴36万元。", [360000.0]),
        (MEET + "县里按每人1500元的标准，共发放补贴36万元。", [1500.0, 360000.0]),
        # a share per head paid by a standard with no standard set or raised stays a share (§6 eleventh round): one record
        (MEET + "县里对脱贫户按每人1500元的标准给予一次性补贴，共发放补贴36万元。", [1500.0, 360000.0]),
        # NEGATIVE: recipients counted in the clause, a share to each (§6), or a share with no standard
        ("5月6日，县里为30名困难党员按每人500元的标准发放慰问金。", [500.0]),
        (MEET + "县里为困难党员每人发放慰问金500元。", [500.0]),
        (MEET + "县里为每名学生资助2000元。", [2000.0]),
    ],
)
def test_total_or_share_beside_a_standard_stays(extract, body: str, amounts: list) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == amounts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (MEET + "县里对脱贫户按每人1500元的标准给予一次性补贴。", [(1500.0, "CNY", "一次性补贴")]),
        (MEET + "按照每户3000元的标准发放慰问金。", [(3000.0, "CNY", "慰问金")]),
        ("5月6日，县里为30名困难党员按每人500元的标准发放慰问金。", [(500.0, "CNY", "慰问金")]),
        (MEET + "按照每名贫困学生2000元的标准发放助学金。", [(2000.0, "CNY", "助学金")]),
        # NEGATIVE: a bare 补贴 after the standard names no fund
        (MEET + "县里按每人1500元的标准给予补贴。", [(1500.0, "CNY", None)]),
    ],
)
def test_standard_and_its_verb_are_no_part_of_the_fund(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


# --- F3. a fund label and an aim after it (already right) ---

@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        (MEET + "县财政下达本级衔接资金800万元，用于发展特色产业。", "本级衔接资金"),
        (MEET + "市里下达中央衔接资金1200万元，用于支持乡村道路建设。", "中央衔接资金"),
        (MEET + "县里拨付专项资金500万元，用于改善农村人居环境。", "改善农村人居环境"),
    ],
)
def test_fund_label_gives_way_to_the_aim(extract, body: str, purpose: str) -> None:
    assert [g[2] for g in grants(extract(page(body)))] == [purpose]


# --- M1. the year in the meeting's own name on an undated page (already right) ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2025年全县农业农村工作会议于3月15日召开。县长李明出席并讲话。", ("2025年全县农业农村工作会议", "2025-03-15")),
        ("3月15日，2025年全县农业农村工作会议召开。", ("2025年全县农业农村工作会议", "2025-03-15")),
        ("2025年全市教育工作会议于2月20日在市委党校举行。", ("2025年全市教育工作会议", "2025-02-20")),
    ],
)
def test_year_from_the_meetings_own_name(extract, body: str, expected: tuple) -> None:
    assert [(m[0], m[1]) for m in held(extract(f"标题\n{body}\n"))][:1] == [expected]


# --- M2. a party committee holding its own meeting (already right) ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月2日，青山镇党委召开党委会议，研究部署春耕工作。", ("党委会议", "2024-03-02", "青山镇党委")),
        ("3月2日，红星村党支部召开党支部会议。", ("党支部会议", "2024-03-02", "红星村党支部")),
        ("3月2日，县林业局党组召开党组会议。", ("党组会议", "2024-03-02", "县林业局党组")),
    ],
)
def test_party_body_holds_its_own_meeting(extract, body: str, expected: tuple) -> None:
    assert held(extract(page(body, "2024-03-05"))) == [expected]


# --- M3. two events joined by 和; 暨 joins one ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，公司新品发布会和战略合作签约仪式在某酒店举行。", ["新品发布会", "战略合作签约仪式"]),
        ("5月6日，县里举行项目推介会和重点项目集中签约仪式。", ["项目推介会", "重点项目集中签约仪式"]),
        ("5月6日，县委召开组织生活会和民主评议党员大会。", ["组织生活会", "民主评议党员大会"]),
        # NEGATIVE: 暨 joins one event; programme parts or a bare activity and a meeting stay whole
        ("5月6日，公司新品发布会暨战略合作签约仪式在某酒店举行。", ["新品发布会暨战略合作签约仪式"]),
        ("5月6日，县里召开开幕式和分论坛。", ["开幕式和分论坛"]),
        ("5月6日，县里召开学习和座谈会。", ["学习和座谈会"]),
    ],
)
def test_two_events_joined_by_and(extract, body: str, expected: list) -> None:
    records = held(extract(page(body)))
    assert [m[0] for m in records] == expected
    assert {m[1] for m in records} == {"2024-05-06"}


# --- M4. a body before a quoted theme holds the event ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，华星科技以“智造未来”为主题的2025年度经销商大会在杭州召开。", ("2025年度经销商大会", None, "华星科技")),
        ("5月6日，华星科技以“智造未来”为主题的2025年度经销商大会在杭州召开。", ("2025年度经销商大会", "2025-05-06", "华星科技")),
        ("5月6日，蓝海集团以“共赢”为主题的年度合作伙伴大会在上海举行。", ("年度合作伙伴大会", "2025-05-06", "蓝海集团")),
        ("5月6日，市妇联以“巾帼建功”为主题的表彰大会在市委党校举行。", ("表彰大会", "2025-05-06", "市妇联")),
        ("5月6日，华星科技以“智造未来”为主题召开2025年度经销商大会。", ("2025年度经销商大会", "2025-05-06", "华星科技")),
        ("5月6日，华星科技举办以“智造未来”为主题的2025年度经销商大会。", ("2025年度经销商大会", "2025-05-06", "华星科技")),
        # NEGATIVE: no body before the theme
        ("5月6日，以“智造未来”为主题的2025年度经销商大会在杭州召开。", ("2025年度经销商大会", "2025-05-06", None)),
        ("5月6日，一场以“智造未来”为主题的经销商大会在杭州召开。", ("经销商大会", "2025-05-06", None)),
    ],
)
def test_body_before_a_theme_holds_the_event(extract, body: str, expected: tuple) -> None:
    assert held(extract(page(body, "2025-05-08"))) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "5月6日，2025年以“智造未来”为主题的经销商大会在杭州召开。",
        "5月6日，首届以“智造未来”为主题的产业峰会在杭州召开。",
        "5月6日，今年以“智造未来”为主题的经销商大会在杭州召开。",
        "5月6日，全市以“学习强国”为主题的读书分享会在市图书馆举行。",
    ],
)
def test_time_edition_or_scope_before_a_theme_is_no_holder(extract, body: str) -> None:
    assert [m[2] for m in held(extract(page(body, "2025-05-08")))] == [None]
