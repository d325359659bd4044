"""Talks told with `将` and the matter to be taken up (`将就…问题`) in one clause and the verb of holding in the next
(`，分别同…举行会谈`, `，在北京举行第二轮会谈`) are still ahead: planned, no record (GUIDELINES §3 "Not meetings: planned
or future events"; thirty-first review round, 7 December 2026, first stop). The same talks told without `将` are held.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    "body",
    [
        "在访问中，王某将就双边合作问题，分别同两国政府有关部门举行会谈。",
        "访问期间，李某将就地区局势，同该国外长举行会谈。",
        "代表团将就经贸合作问题，与对方举行会谈。",
        "王某将就双边合作问题同外长举行会谈。",
        "王某此访期间还将分别同两国领导人举行会谈。",
        # the place of the talks between the comma and the verb
        "双方将就共同关心的问题，在北京举行第二轮会谈。",
        # Traditional script
        "王某將就雙邊合作問題，分別同兩國政府有關部門舉行會談。",
        "王某表示，将就此事同对方举行会谈。",
        "据悉，中方代表团将就这一问题，与美方举行新一轮会谈。",
    ],
)
def test_talks_ahead_give_no_record(extract_with_model, body: str) -> None:
    assert names(extract_with_model(page(body, "1998-01-15"))) == []


@pytest.mark.parametrize(
    "body",
    [
        "在访问中，王某就双边合作问题，分别同两国政府有关部门举行了会谈。",
        "王某昨天抵达，就双边合作问题同外长举行会谈。",
        "王某曾就双边合作问题，分别同两国政府有关部门举行了会谈。",
        "在访问中，王某就双边合作问题，分别同两国政府有关部门举行会谈，并签署了协议。",
    ],
)
def test_talks_held_kept(extract_with_model, body: str) -> None:
    assert names(extract_with_model(page(body, "1998-01-15"))) == ["会谈"]
