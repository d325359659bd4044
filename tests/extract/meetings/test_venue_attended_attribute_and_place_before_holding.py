"""Venues of meetings referred to: the attended object's own ``在…举行的`` and a place before the verb of holding in a
``在…时`` reference (GUIDELINES §3 location, thirty-fourth review round, 7 December 2026, fourth stop; §11: 这里 and 此间
under a dateline name its city).

Readings:
- a meeting attended written with its place (``出席了在这里举行的…研讨会``, ``参加了在南京饭店召开的…``) is placed there, as
  ``在…举行的…上`` is; 这里/此间 name the dateline's city, a body before the verb stays an organizer;
- a place before the verb of holding in a reference (``奇某在总统府举行记者招待会时``, ``在这里主持召开…会议时``) is the
  meeting's venue; a time or a body there is none.
Invented sentences only; expected values written from the guidelines.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _venue(record: dict) -> tuple[str, str | None, str | None]:
    meeting = record["meetings"][0]
    return meeting["name"], meeting["location"], meeting["organizer"]


def _dated(body: str) -> str:
    return f"标题\n{body}\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_dated("本报南京1月7日讯记者王五报道：一些专家今天说，环境保护要从基层做起。\n专家们今天出席了在这里举行的城市环境治理研讨会。"),
     ("城市环境治理研讨会", "南京", None)),
    (_dated("本报长沙3月2日讯记者李四报道：各地代表今天出席了在此间召开的农村教育工作座谈会。"),
     ("农村教育工作座谈会", "长沙", None)),
    (_dated("本报南京1月7日讯记者王五报道：一些专家今天出席了在南京饭店举行的城市环境治理研讨会。"),
     ("城市环境治理研讨会", "南京饭店", None)),
    # NEGATIVE: a body before the verb holds it; a time is no place; no dateline city for 这里
    (_dated("本报南京1月7日讯记者王五报道：一些专家今天出席了在省政府举行的城市环境治理研讨会。"),
     ("城市环境治理研讨会", None, "省政府")),
    (_dated("本报南京1月7日讯记者王五报道：一些专家今天出席了在本月召开的城市环境治理研讨会。"),
     ("城市环境治理研讨会", None, None)),
    (_dated("本报讯 一些专家今天出席了在这里举行的城市环境治理研讨会。"), ("城市环境治理研讨会", None, None)),
])
def test_attended_meeting_with_its_place(extract, text, expected):
    assert _venue(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (page("总统某某在总统府举行记者招待会时当场签署了命令。"), ("记者招待会", "总统府", None)),
    (page("部长李某在市民中心召开座谈会时说，政策将继续执行。"), ("座谈会", "市民中心", None)),
    (_dated("新华社开罗1月3日电 总理某某在这里举行记者招待会时说，局势已经稳定。"), ("记者招待会", "开罗", None)),
    (_dated("本报北京1月6日讯 主席某某今天上午在这里主持召开2024年协会全体会议时强调，要加强自律。"),
     ("2024年协会全体会议", "北京", None)),
    # NEGATIVE: a time before the verb is no place
    (page("总理某某在访问期间举行记者招待会时说，局势已经稳定。"), ("记者招待会", None, None)),
])
def test_place_before_holding_in_a_reference(extract, text, expected):
    assert _venue(extract(text)) == expected


def test_body_before_holding_in_a_reference_is_no_venue(extract):
    meetings = extract(page("市委书记王某在市委召开常委会时强调，要抓好落实。"))["meetings"]
    assert all(m["location"] is None for m in meetings)
