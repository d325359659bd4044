"""Bodies listed by name, then `分别`/`各自`/`分头` before the verb (`甲部、乙部、丙部分别举行茶话会`): each holds its own
gathering of the kind written, one record with no organizer, as `各社区分别召开` (GUIDELINES §3 twenty-first and
twenty-second rounds, thirty-fourth round); bodies holding together (`联合`) stay the organizer.  Invented sentences; the
expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，省军区政治部、后勤部、装备部分别举行茶话会，向离退休老干部表示慰问。", [("茶话会", "2024-05-06", None)]),
        ("5月6日，市教育局和市科技局分别召开座谈会。", [("座谈会", "2024-05-06", None)]),
        ("5月6日，甲县与乙县各自召开防汛工作会议。", [("防汛工作会议", "2024-05-06", None)]),
        ("5月6日，团市委、市妇联也分别举行座谈会。", [("座谈会", "2024-05-06", None)]),
        # near misses: held together; one body
        ("5月6日，市教育局、市科技局联合召开座谈会。", [("座谈会", "2024-05-06", "市教育局、市科技局")]),
        ("5月6日，市教育局召开座谈会。", [("座谈会", "2024-05-06", "市教育局")]),
    ],
)
def test_listed_bodies_each_holding_give_no_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # a headline's collective subject names the same bodies: no organizer from it either
        ("省军区三部门举行老干部迎春茶话会", "5月6日，省军区政治部、后勤部、装备部分别举行茶话会，向老干部表示慰问。",
         [("茶话会", "2024-05-06", None)]),
        # near miss: a headline naming the one body over a body sentence naming none
        ("市教育局举行迎春茶话会", "5月6日，迎春茶话会在市教育局礼堂举行。", [("迎春茶话会", "2024-05-06", "市教育局")]),
    ],
)
def test_headline_lends_no_organizer_to_bodies_each_holding(extract, headline: str, body: str, expected: list) -> None:
    assert held(extract(f"{headline}\n2024-05-08 来源：某网\n{body}\n")) == expected
