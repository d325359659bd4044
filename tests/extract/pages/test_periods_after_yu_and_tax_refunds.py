"""Meeting and funding shapes of periods after 于, bare court subjects and tax refunds, rebuilt with invented sentences.

- A period of the calendar after 于 (`于3月中旬召开`, `于去年年底召开`) was read as the venue; a time is never a venue
  (GUIDELINES §3 location).
- A court by its bare kind (`法院召开党组会议`) as the subject was left with no organizer (a self-reference, `本院召开…`,
  was read the same way and withdrawn, §8); it stands for the one court of that kind the page names (§3: a generic noun as the subject stands for the
  one body of that kind the page names, like 该校; 本院 as for venues).  None or two named, or only a scope (全市法院):
  no organizer.
- A tax refund (`办理留抵退税3.2亿元`) was kept as funding when a later clause held a fund word (`缓解企业资金压力`); §6
  ninth round: tax refunds are no funding.  An interest subsidy paid on small loans (`发放小额信贷贴息`) is money paid,
  not a lending statistic (§6: money paid).

- An ROC date line without 民国 at the top of a release was read as the publication date when bare (113年11月13日) but
  not when set in brackets (【113年11月13日】), leaving a bare 12日 undated (§2 published, §3 dates).

Shapes checked and not reproduced on main (no change): a ceremony told with 活动当天 after the activity's day (§3),
县委常委会召开会议 (§3), a place before a passive ceremony's name with 由…主办 holders (§3).  Rows for them below pin
today's reading.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page


def _meetings(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["organizer"], m["location"]) for m in record["meetings"]]


# --- 1. a period of the calendar is no venue ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全县经济工作会议于3月中旬召开。", ("全县经济工作会议", None, None, None)),
        ("动员会于4月上旬召开，会议部署全年工作。", ("动员会", None, None, None)),
        ("座谈会于去年年底召开。", ("座谈会", None, None, None)),
        ("全县经济工作会议于3月初召开。", ("全县经济工作会议", None, None, None)),
        ("推进会于5月中旬举行。", ("推进会", None, None, None)),
        ("推进会于二季度召开。", ("推进会", None, None, None)),
        ("推进会于春节前召开。", ("推进会", None, None, None)),
    ],
)
def test_a_period_after_yu_is_no_venue(extract, body: str, expected: tuple) -> None:
    assert _meetings(extract(page(body))) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a venue after the period, or a venue after 于: kept
        ("全县经济工作会议于3月中旬在县会议中心召开。", ("全县经济工作会议", None, None, "县会议中心")),
        ("推进会于县会议中心召开。", ("推进会", None, None, "县会议中心")),
        ("推进会于江城宾馆举行。", ("推进会", None, None, "江城宾馆")),
        ("推进会于5月7日召开。", ("推进会", "2024-05-07", None, None)),
    ],
)
def test_a_venue_after_yu_stays(extract, body: str, expected: tuple) -> None:
    assert _meetings(extract(page(body))) == [expected]


# 本院/我院 as the subject standing for the one court or hospital named was withdrawn (GUIDELINES §8, sixteenth round):
# it added two false organizers on the invented held-out set; those rows keep the ruling's reading, marked expected to fail.
_SELF_WITHDRAWN = "本院/我院 as a meeting's subject withdrawn (GUIDELINES §8): false organizers on the held-out set"


# --- 2. a court by its bare kind or by 本院 as the subject ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("召开党组会议\n2024-05-08 来源：江城市中级人民法院\n5月7日，法院召开党组会议，传达学习上级精神。\n",
         ("党组会议", "江城市中级人民法院")),
        ("法院召开会议\n2024-05-08 来源：某网\n江城市中级人民法院党组书记李明主持。5月7日，法院召开党组会议。\n",
         ("党组会议", "江城市中级人民法院")),
        pytest.param("召开审委会\n2024-05-08 来源：某网\n江城区人民法院近期审结案件200件。5月7日，本院召开审判委员会会议。\n",
         ("审判委员会会议", "江城区人民法院"), marks=pytest.mark.xfail(strict=True, reason=_SELF_WITHDRAWN)),
        ("检察院召开会议\n2024-05-08 来源：江城区人民检察院\n5月7日，检察院召开党组会议。\n",
         ("党组会议", "江城区人民检察院")),
        pytest.param("召开会议\n2024-05-08 来源：江城市人民医院\n5月7日，我院召开职工代表大会。\n",
         ("职工代表大会", "江城市人民医院"), marks=pytest.mark.xfail(strict=True, reason=_SELF_WITHDRAWN)),
        ("江城区人民法院召开廉政教育大会\n2024-05-08 来源：江城区人民法院\n5月7日上午，法院召开全院干警廉政教育大会。\n",
         ("全院干警廉政教育大会", "江城区人民法院")),
    ],
)
def test_a_bare_court_subject_is_the_one_court_named(extract, text: str, expected: tuple) -> None:
    assert [(m["name"], m["organizer"]) for m in extract(text)["meetings"]] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no court named, two named, or only a scope of courts: no organizer
        ("法院召开会议\n2024-05-08 来源：某网\n5月7日，法院召开党组会议。\n", ("党组会议", None)),
        ("两院召开会议\n2024-05-08 来源：某网\n江城区人民法院与江北区人民法院开展交流。5月7日，法院召开党组会议。\n",
         ("党组会议", None)),
        ("召开会议\n2024-05-08 来源：某网\n全市法院系统开展专项活动。5月7日，法院召开党组会议。\n", ("党组会议", None)),
        # a body named in full as the subject keeps its own name
        ("召开会议\n2024-05-08 来源：江城区人民法院\n5月7日，江北区人民检察院召开党组会议。\n",
         ("党组会议", "江北区人民检察院")),
    ],
)
def test_a_bare_court_subject_with_no_one_court_named(extract, text: str, expected: tuple) -> None:
    assert [(m["name"], m["organizer"]) for m in extract(text)["meetings"]] == [expected]


# --- 3. tax refunds are no funding; money paid out stays -------------------------------------------------------------

@pytest.mark.parametrize(
    "body",
    [
        "今年以来，县税务局累计为企业办理留抵退税3.2亿元，有效缓解企业资金压力。",
        "县税务局为企业办理留抵退税3.2亿元，缓解了企业资金压力。",
        "县税务局累计为120户企业退还留抵税额3.2亿元，有效缓解企业资金压力。",
        "县税务局为企业办理出口退税1.5亿元，助力企业发展资金周转。",
    ],
)
def test_a_tax_refund_is_no_funding(extract, body: str) -> None:
    assert grants(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县财政安排税收返还资金3000万元，用于支持企业发展。", [(30000000.0, "CNY", "支持企业发展")]),
        ("县财政已发放补贴资金612万元，惠及农户2000户。", [(6120000.0, "CNY", "补贴资金")]),
        ("目前，该项资金已发放612万元，用于受灾农户恢复生产。", [(6120000.0, "CNY", "受灾农户恢复生产")]),
        ("县里已发放612万元用于危房改造。", [(6120000.0, "CNY", "危房改造")]),
        ("截至目前，已发放612万元临时救助金。", [(6120000.0, "CNY", "临时救助金")]),
        # (the fund named before the amount is its purpose, GUIDELINES §6 sixteenth round)
        ("县乡村振兴局已发放小额信贷贴息612万元。", [(6120000.0, "CNY", "小额信贷贴息")]),
    ],
)
def test_money_paid_out_stays_funding(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_a_credit_statistic_stays_excluded(extract) -> None:
    assert grants(extract(page("今年以来，全县新增信贷投放12亿元。"))) == []


# --- shapes not reproduced: today's readings pinned ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县府举行治安会报\n113年11月13日\n县政府12日召开治安会报，县长主持会议。\n",
         [("治安会报", "2024-11-12", "县政府", None)]),
        ("113年11月13日\n县府举行治安会报\n县政府12日召开治安会报，县长主持会议。\n",
         [("治安会报", "2024-11-12", "县政府", None)]),
        (page("全民健身活动于5月20日举行。活动当天，市体育局举行了启动仪式。"),
         [("启动仪式", "2024-05-20", "市体育局", None)]),
        (page("本次志愿服务活动于5月6日开展。活动当日，团县委举行了授旗仪式。"),
         [("授旗仪式", "2024-05-06", "团县委", None)]),
        (page("5月7日，县委常委会召开会议，传达学习上级精神。"), [("会议", "2024-05-07", "县委常委会", None)]),
        (page("5月7日，县委召开常委会会议。"), [("常委会会议", "2024-05-07", "县委", None)]),
        (page("5月7日，来宾县2024年“我们的节日”启动仪式在县文化广场举行。本次活动由县委宣传部、县文明办主办，县文联承办。"),
         [("2024年“我们的节日”启动仪式", "2024-05-07", "县委宣传部、县文明办", "县文化广场")]),
    ],
)
def test_shapes_already_read_as_the_guidelines_say(extract, text: str, expected: list) -> None:
    assert _meetings(extract(text)) == expected


# --- a bracketed ROC date line at the top of a release (§2 published) -------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("【113年11月13日】\n縣府召開治安會報\n縣政府12日召開治安會報。\n", ("2024-11-13", "2024-11-12")),
        ("[113年11月13日]\n縣府召開治安會報\n縣政府12日召開治安會報。\n", ("2024-11-13", "2024-11-12")),
        ("【113/11/13】\n縣府召開治安會報\n縣政府12日召開治安會報。\n", ("2024-11-13", "2024-11-12")),
        # (unchanged: a bare ROC line and a bracketed Gregorian one)
        ("113年11月13日\n縣府召開治安會報\n縣政府12日召開治安會報。\n", ("2024-11-13", "2024-11-12")),
        ("【2024年11月13日】\n县府召开治安会报\n县政府12日召开治安会报。\n", ("2024-11-13", "2024-11-12")),
    ],
)
def test_a_bracketed_roc_date_line_is_the_publication_date(extract, text: str, expected: tuple) -> None:
    record = extract(text)
    assert (record["published"][:10], record["meetings"][0]["date"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a labelled event day or a span in brackets, and a bracketed day inside a body sentence: no publication date
        "【活动时间：113年11月13日】\n縣府召開治安會報\n縣政府12日召開治安會報。\n",
        "【113年11月20日至12月1日】\n縣府召開治安會報\n縣政府12日召開治安會報。\n",
        "縣府召開治安會報\n縣政府12日召開治安會報，會議訂於【113年11月20日】複查。\n",
    ],
)
def test_a_bracketed_roc_date_that_is_no_date_line(extract, text: str) -> None:
    record = extract(text)
    assert (record["published"], [m["date"] for m in record["meetings"]]) == (None, [None])
