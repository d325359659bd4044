"""An administration written by its bare kind as the subject (管理局召开…, 管理处召开…), with no owner or place before it, names
no body: organizer null, like a bare 公司 or 分公司 (GUIDELINES §3 fourteenth review round: a generic noun as the subject with
no body of that kind named; thirty-ninth review round, 7 December 2026, ninth stop, a bare administration). One with its
owner or place written before it keeps it. Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("24日下午，管理局召开中层干部会议，研究群众来信反映的问题。", [("中层干部会议", None)]),
        ("5月6日，管理处召开全体职工大会。", [("全体职工大会", None)]),
        # near misses: the owner or the place written before the kind
        ("24日下午，市房产管理局召开中层干部会议。", [("中层干部会议", "市房产管理局")]),
        ("5月6日，省公路管理处召开全体职工大会。", [("全体职工大会", "省公路管理处")]),
    ],
)
def test_organizer_bare_administration(extract, body, expected):
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == expected
