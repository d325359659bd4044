"""Meeting phrasings: a ceremony chaired within or
after a congress sitting and named only as the object of 主持 (并主持宪法宣誓仪式, 会后，某某主持颁证仪式); a body
holding a bare 大会 named by what it does (市委召开大会，对…进行表彰); a body that guides, backs or assists a meeting
listed after its host (由甲主办、乙指导的…); the session number of a press-conference series (…新闻发布会第十场).
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 meetings: several events, name,
organizer, host)."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page

SITTING = "12月19日，县人大常委会召开第二十一次会议。会议表决通过了相关人事任免事项。"


def _hosted(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date, host's name) of each meeting, in order."""
    return [(m["name"], m["date"], m["host"] and m["host"]["name"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a ceremony chaired after the sitting: its own record, on the sitting's day, with its chair; the sitting's
        # host is not the ceremony's chair (§3 several events, host)
        (SITTING + "会后，县人大常委会主任韩伟主持宪法宣誓仪式。",
         [("县人大常委会第二十一次会议", "2023-12-19", None), ("宪法宣誓仪式", "2023-12-19", "韩伟")]),
        (SITTING + "会后，县人大常委会副主任李明主持颁证仪式。",
         [("县人大常委会第二十一次会议", "2023-12-19", None), ("颁证仪式", "2023-12-19", "李明")]),
        # chaired a clause on, by the one who hands over the letters of appointment (held within the sitting)
        (SITTING + "县人大常委会主任韩伟为新任命人员颁发任命书，并主持宪法宣誓仪式。",
         [("县人大常委会第二十一次会议", "2023-12-19", None), ("宪法宣誓仪式", "2023-12-19", "韩伟")]),
        # the chair of both
        ("12月19日，县人大常委会召开第二十一次会议。县人大常委会主任韩伟主持会议。"
         "韩伟为新任命人员颁发任命书，并主持宪法宣誓仪式。",
         [("县人大常委会第二十一次会议", "2023-12-19", "韩伟"), ("宪法宣誓仪式", "2023-12-19", "韩伟")]),
        # unchanged: a ceremony held (举行) after the sitting
        (SITTING + "会后，举行了宪法宣誓仪式。",
         [("县人大常委会第二十一次会议", "2023-12-19", None), ("宪法宣誓仪式", "2023-12-19", None)]),
        # NEGATIVE: the chair of the ceremony that is the main meeting itself, named again: one record
        ("6月1日，市教育局举行颁奖典礼。市教育局局长王强主持颁奖典礼。", [("颁奖典礼", "2024-06-01", "王强")]),
        ("6月1日，市教育局举行颁奖典礼，市教育局局长王强主持仪式。", [("颁奖典礼", "2024-06-01", "王强")]),
        # NEGATIVE: chairing the sitting itself names no second meeting
        ("12月19日，县人大常委会召开第二十一次会议。县人大常委会主任韩伟主持会议。",
         [("县人大常委会第二十一次会议", "2023-12-19", "韩伟")]),
    ],
)
def test_a_ceremony_chaired_within_or_after_a_sitting(extract, body: str, expected: list) -> None:
    assert _hosted(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare 大会 is a meeting noun as written (§3: the generic noun when there is no proper name)
        ("5月10日，市委召开大会，对全市优秀共产党员进行表彰。", [("大会", "2024-05-10", "市委")]),
        ("5月10日，市委举行大会，隆重纪念建党103周年。", [("大会", "2024-05-10", "市委")]),
        # its name given in the next sentence: one meeting, named there (like a bare 召开会议)
        ("5月10日，市委召开大会。全市优秀共产党员表彰大会在市会堂举行。",
         [("全市优秀共产党员表彰大会", "2024-05-10", "市委")]),
        # NEGATIVE: one ahead, or a method, is no meeting held (§3)
        ("下周，市委将召开大会，对全市优秀共产党员进行表彰。", []),
        ("各地通过召开大会、印发通知等方式宣传政策。", []),
    ],
)
def test_a_bare_da_hui_held_by_a_body(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body that guides, backs or assists, listed after the host: a helper, not part of the name (§3)
        ("12月7日，由省物流与采购联合会主办、省交通运输厅指导的2024全省物流行业年会暨供应链创新论坛在鹤城举办。",
         [("2024全省物流行业年会暨供应链创新论坛", "2023-12-07", "省物流与采购联合会")]),
        ("12月7日，由省物流与采购联合会主办，省交通运输厅、省商务厅指导的2024全省物流行业年会在鹤城举办。",
         [("2024全省物流行业年会", "2023-12-07", "省物流与采购联合会")]),
        ("12月7日，由省物流与采购联合会主办，省交通运输厅支持的2024全省物流行业年会在鹤城举办。",
         [("2024全省物流行业年会", "2023-12-07", "省物流与采购联合会")]),
        ("12月7日，由省物流与采购联合会主办、省交通运输厅协助的2024全省物流行业年会在鹤城举办。",
         [("2024全省物流行业年会", "2023-12-07", "省物流与采购联合会")]),
        # unchanged siblings
        ("12月7日，由省物流与采购联合会主办、省交通运输厅承办的2024全省物流行业年会在鹤城举办。",
         [("2024全省物流行业年会", "2023-12-07", "省物流与采购联合会")]),
        ("12月7日，由省物流与采购联合会主办、省交通运输厅指导、鹤城市物流协会承办的2024全省物流行业年会在鹤城举办。",
         [("2024全省物流行业年会", "2023-12-07", "省物流与采购联合会")]),
        # NEGATIVE: with no host written before it, the guiding body's phrase is left as written
        ("12月7日，省交通运输厅指导的2024全省物流行业年会在鹤城举办。",
         [("省交通运输厅指导的2024全省物流行业年会", "2023-12-07", None)]),
    ],
)
def test_a_guiding_or_backing_body_after_the_host(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the session of a press-conference series is part of the name as written (§3 name)
        ("6月11日下午，省政府新闻办举行“高质量发展看江南”系列主题新闻发布会第十场。",
         [("“高质量发展看江南”系列主题新闻发布会第十场", "2024-06-11", "省政府新闻办")]),
        ("6月11日下午，“奋进新征程”系列新闻发布会第3场在市新闻中心举行。",
         [("“奋进新征程”系列新闻发布会第3场", "2024-06-11", None)]),
        # NEGATIVE: a 第一场 of another sentence is no part of the name
        ("6月11日下午，市政府新闻办召开新闻发布会。第一场由市长王强介绍情况。", [("新闻发布会", "2024-06-11", "市政府新闻办")]),
    ],
)
def test_the_session_of_a_press_conference_series(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected
