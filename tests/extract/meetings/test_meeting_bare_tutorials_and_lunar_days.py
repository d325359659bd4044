"""Seventeenth review round rulings (GUIDELINES §2, §3, §6), checked against invented sentences.

§3 (lectures): "A bare `专题辅导` a named person gives right after a ceremony (`开班式后，X作了题为《…》的专题辅导`) is a
lecture record named `专题辅导`, like `专题讲座`; one given inside a study session (`中心组学习会上，X作专题辅导`) stays
part of that meeting." Found: a bare 专题辅导 gave no record anywhere; it is now read like 专题讲座, but only right
after a ceremony (inside one, 开班式上, it stays part of it).

§3 (dates): "A fixed lunar day (`正月初九`) is converted when the year is known, as `元宵节` is; a day that varies
(`小年`) stays `null`." Found: main already converts it; pinned here.

§3 (dates): "an ROC month with no day (`一百一十三年十一月召開`) gives date `null` with that `date_text`." Found: the
month gave no date_text and was read as the venue (於…召開).

§3 (attendee_count): "A total after `等` that covers a group listed with a partial count (`…及13位乡镇市长等30余人与会`)
is the attendee count (30, approximate); a count before a group it does not cover (`30名村支书和县直部门负责人参加`)
stays the count." Found: the partial count declined (sixteenth round) and took the total after 等 down with it.

§3 (talks): "Talks held before a signing (`签约前，X会见了Y一行`) are a meeting record of their own." Found: main
already gives the 会见 record; pinned here.

§2 (language): "a Simplified page with a few Traditional leftovers (`趙強`, `黨課` in a Simplified body) is
`zh-Hans`." Found: main already gives zh-Hans; pinned here.

§6: "special bond money a place obtains (`争取地方政府专项债券资金9.6亿元`) with no project or use stated is money
borrowed by issuing bonds: no record; handed down to a named project or use (`下达专项债券资金…用于X项目`) it stays."
Found: the obtained bond money was recorded as a grant (purpose 专项债券资金).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


# --- §3: a bare 专题辅导 right after a ceremony ------------------------------------------------------------------

TUTORIAL_AFTER_CEREMONY = [
    "5月6日上午，全县高素质农民培训班开班式在县委党校举行。开班式后，县农业农村局局长田野作了题为《推进乡村产业振兴》的专题辅导。",
    "4月20日，市青年干部培训班开班仪式在市委党校举行。开班仪式后，市委党校副校长陈明作专题辅导。",
    "4月22日，全区社区书记培训班开班仪式在区委党校举行。开班仪式结束后，区委组织部部长孙磊作了专题辅导。",
]


@pytest.mark.parametrize("body", TUTORIAL_AFTER_CEREMONY)
def test_bare_tutorial_after_ceremony_is_a_lecture(extract, body):
    record = extract(page(body))
    assert _names(record)[-1] == "专题辅导"
    assert len(record["meetings"]) == 2
    assert record["meetings"][1]["date"] == record["meetings"][0]["date"]


TUTORIAL_NOT_AFTER_CEREMONY = [
    # inside a study session: part of that meeting
    "5月7日，县委理论学习中心组学习会召开。会上，县委党校教授李华作专题辅导。",
    "5月7日，县委理论学习中心组学习会召开。中心组学习会上，市委党校教授王芳作专题辅导。",
    # after a ceremony, but no lecture given (a speech; the trainees' own activity)
    "5月6日，全县乡村振兴培训班开班式在县委党校举行。开班式后，县委书记刘刚讲话。",
    "5月6日，全县培训班开班式在县委党校举行。开班式后，学员们开展专题辅导。",
    # inside the ceremony: part of it
    "5月6日，全县培训班开班式在县委党校举行。开班式上，市委党校教授宁静作题为《年轻干部的基本功》的专题辅导。",
    # on its own, no ceremony told
    "5月7日，市委党校教授王芳在县委作专题辅导。",
]


@pytest.mark.parametrize("body", TUTORIAL_NOT_AFTER_CEREMONY)
def test_tutorial_elsewhere_gives_no_record(extract, body):
    assert "专题辅导" not in _names(extract(page(body)))


# --- §3: a fixed lunar day converted when the year is known ------------------------------------------------------

LUNAR_DAYS = [
    ("2024年正月初九上午，全村召开新春座谈会。", "2024-02-20", "2024-02-18"),
    ("正月初九，村委会召开新春座谈会。", "2024-02-20", "2024-02-18"),
    ("腊月二十三，社区召开迎新春座谈会。", "2025-02-10", "2025-01-22"),
]


@pytest.mark.parametrize(("body", "published", "date"), LUNAR_DAYS)
def test_fixed_lunar_day_is_converted(extract, body, published, date):
    record = extract(page(body, published), published)
    assert record["meetings"][0]["date"] == date


def test_varying_lunar_day_stays_null(extract):
    record = extract(page("2025年小年当天，社区召开迎新春座谈会。", "2025-02-10"), "2025-02-10")
    assert record["meetings"][0]["date"] is None


# --- §3: an ROC month with no day ----------------------------------------------------------------------------------

ROC_MONTHS = [
    ("縣政府於一百一十三年十一月召開縣務會議。", "一百一十三年十一月"),
    ("縣政府於一百一十二年三月召開縣務會議，討論預算案。", "一百一十二年三月"),
]


@pytest.mark.parametrize(("body", "date_text"), ROC_MONTHS)
def test_roc_month_gives_date_text_only(extract, body, date_text):
    meeting = extract(page(body, "2024-12-01"), "2024-12-01")["meetings"][0]
    assert (meeting["date"], meeting["date_text"], meeting["location"]) == (None, date_text, None)


def test_roc_month_with_day_keeps_its_date(extract):
    meeting = extract(page("縣政府於一百一十三年十一月五日召開縣務會議。", "2024-12-01"), "2024-12-01")["meetings"][0]
    assert (meeting["date"], meeting["date_text"]) == ("2024-11-05", "一百一十三年十一月五日")


# --- §3: a total after 等 covering a group listed with a partial count --------------------------------------------

TOTAL_AFTER_PART = [
    ("5月6日，县政府召开座谈会，各局处首长及13位乡镇市长等30余人与会。", 30, True),
    ("5月6日，县委召开乡村振兴推进会，县领导及20名村支书等40余人参加。", 40, True),
    ("5月6日，县委召开乡村振兴推进会，县直部门负责人和15名企业代表等50人参加会议。", 50, False),
    # near misses that keep today's count
    ("5月6日，县委召开乡村振兴推进会，30名村支书和县直部门负责人参加。", 30, False),
    ("5月6日，县委召开乡村振兴推进会，县领导及各乡镇负责人等40余人参加。", 40, True),
]


@pytest.mark.parametrize(("body", "count", "approx"), TOTAL_AFTER_PART)
def test_total_after_partial_count(extract, body, count, approx):
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == (count, approx)


PART_ONLY = [
    "5月6日，县委召开乡村振兴推进会，县领导及20名村支书参加。",
    "5月6日，县政府召开座谈会，各局处首长及13位乡镇市长与会。",
    "5月6日，县委召开乡村振兴推进会，县领导及20名村支书等参加。",
]


@pytest.mark.parametrize("body", PART_ONLY)
def test_partial_count_without_total_gives_none(extract, body):
    assert extract(page(body))["meetings"][0]["attendee_count"] is None


# --- §3: talks before a signing; §2: Simplified page with Traditional leftovers -----------------------------------

TALKS_BEFORE_SIGNING = [
    "5月6日，江城市与海川集团举行项目签约仪式。签约前，市委书记王强会见了海川集团董事长李明一行。",
    "5月6日，江城市与海川集团举行项目签约仪式。签约仪式前，市长王强会见了海川集团总裁李明一行，双方就深化合作进行了交流。",
]


@pytest.mark.parametrize("body", TALKS_BEFORE_SIGNING)
def test_talks_before_signing_are_their_own_record(extract, body):
    assert _names(extract(page(body))) == ["项目签约仪式", "会见"]


def test_simplified_page_with_traditional_leftovers(extract):
    body = ("5月6日，县政府召开全县安全生产工作会议，县长趙強主持会议并讲话。会议传达了上级有关文件精神，部署了下一阶段的"
            "重点工作。会议要求，各部门要压实责任，加强隐患排查，确保全县安全形势持续稳定。会后，县委组织部还安排了一堂黨課。")
    assert extract(page(body))["language"] == "zh-Hans"


# --- §6: special bond money obtained with no use stated ----------------------------------------------------------

BONDS_OBTAINED = [
    "今年以来，我县争取地方政府专项债券资金9.6亿元。",
    "2024年，全市共获批专项债券资金12亿元。",
    "今年，县里争取到专项债券资金3亿元，较上年增长两成。",
]


@pytest.mark.parametrize("body", BONDS_OBTAINED)
def test_bond_money_obtained_is_no_record(extract, body):
    assert extract(page(body))["funding"] == []


BONDS_PUT_TO_USE = [
    "市财政局下达专项债券资金3亿元，用于江城新区污水处理厂项目建设。",
    "县财政局下达专项债券资金2.5亿元用于县人民医院新院区建设项目。",
    "我县争取地方政府专项债券资金5亿元，用于城区老旧小区改造。",
    "今年，县里争取到专项债券资金3亿元，全部投向城乡供水一体化工程。",
    # near misses: other money obtained stays
    "今年以来，我县争取中央预算内资金9.6亿元。",
    "全县累计获得上级补助资金5000万元。",
]


@pytest.mark.parametrize("body", BONDS_PUT_TO_USE)
def test_bond_money_put_to_use_and_other_money_stay(extract, body):
    assert len(extract(page(body))["funding"]) == 1
