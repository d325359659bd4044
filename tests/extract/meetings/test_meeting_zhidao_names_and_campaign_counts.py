"""Meeting shapes: 指导
eaten off a meeting name opening with 指导员/指导组/指导中心 after 出席/参加, a campaign's group-noun count
(各界人士300人参与) making an activity a meeting, a rule or habit of lecturing (规定…每季度至少为党员讲党课)
read as one lecture given, and a Chinese page label with a suffix (阅读量：, 点击数：) after an English date
line.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import dated


def _page(body: str) -> str:
    return f"标题\n2024-05-08 来源：某县融媒体中心\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name opening with 指导 is kept whole (§3 name as written)
        ("县委书记王强出席指导员队伍建设座谈会。", ["指导员队伍建设座谈会"]),
        ("县委书记王强出席指导中心揭牌仪式。", ["指导中心揭牌仪式"]),
        ("县委书记王强出席指导组工作推进会。", ["指导组工作推进会"]),
        # the meeting attended to guide it: 指导 no part of its name (kept)
        ("县委书记王强出席并指导组织生活会。", ["组织生活会"]),
        ("县委书记王强参加指导组织生活会。", ["组织生活会"]),
    ],
)
def test_a_name_opening_with_zhidao(extract, body: str, expected: list) -> None:
    assert [m["name"] for m in extract(_page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # negative: a campaign's participants named by a group noun make no meeting (§3)
        ("县文明办举办全民阅读活动，各界人士300人参与。", []),
        # kept: the group noun before the count of a forum's attendance
        ("5月7日，某高峰论坛举行，产官学界代表250余人参与。", [("某高峰论坛", 250)]),
    ],
)
def test_a_group_noun_count_of_a_campaign(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["attendee_count"]) for m in extract(_page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # negatives: a rule or a habit of lecturing is no lecture given (§3)
        ("5月7日，县委出台实施办法，规定各级党组织书记每季度至少为党员讲党课。", []),
        ("5月7日，县委出台实施办法，明确各级党组织书记每年为党员讲党课。", []),
        # kept: one lecture given on a day to an audience
        ("5月7日，县委书记李强为全体党员讲党课。", [("党课", "2024-05-07")]),
    ],
)
def test_a_rule_of_lecturing(extract, body: str, expected: list) -> None:
    assert dated(extract(_page(body))) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("阅读量：1024", "2024-05-08"),
        ("点击数：1024", "2024-05-08"),
        ("浏览：1024", "2024-05-08"),
        ("Views: 1024", "2024-05-08"),
        # negative: words of a sentence after the date, no page label
        ("阅读全文", None),
    ],
)
def test_a_chinese_page_label_after_an_english_date(extract, label: str, expected: str | None) -> None:
    assert extract(f"标题\nMay 8, 2024 {label}\n正文。\n")["published"] == expected
