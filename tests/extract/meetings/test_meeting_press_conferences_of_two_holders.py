"""Press conferences held by two people in one article, found on a recall read of newspaper articles (GUIDELINES §3
thirty-seventh review round, after the fourth: each meeting held is its own record): ``甲在总统府举行的记者招待会上说…``
and ``外长乙在首都举行的记者招待会上宣布…``, each speaker the subject before the conference held, are two meetings, not
one told again; the same speaker's conference told twice stays one record, and a holder that is no speaker of the page
resolves nothing. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def places(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月7日，甲国总理李明在总统府举行的记者招待会上说，政府将继续执政。外长王强当天在首都举行的记者招待会上宣布，他决定辞职。",
     2),
    ("5月7日，甲国总理李明在总统府举行的记者招待会上说，政府将继续执政。外交部长王强在首都举行的新闻发布会上表示，他决定辞职。",
     2),
    # near misses: the same speaker's conference told again, a conference with no holder written
    ("5月7日，甲国总理李明在总统府举行的记者招待会上说，政府将继续执政。李明在总统府举行的记者招待会上还说，预算会通过。", 1),
    ("5月7日，甲国总理李明在总统府举行的记者招待会上说，政府将继续执政。在记者招待会上，他还表示预算会通过。", 1),
])
def test_press_conferences_of_two_holders(extract_with_model, body: str, expected: int) -> None:
    found = places(extract_with_model(page(body)))
    assert len(found) == expected, found
