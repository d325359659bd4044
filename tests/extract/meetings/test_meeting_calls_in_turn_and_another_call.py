"""Talks and calls held in turn with parties listed, and one more call told with 还/又, found on a recall read of
newspaper articles (GUIDELINES §3 thirty-eighth review round, after the fourth: each meeting held is its own record, also
when one sentence lists them):

- ``分别同甲和乙就…进行了会谈``, ``分别会见了甲、乙和丙``: one talks or call with each party listed (items between 、 and
  the two sides of the last joining word; a joined title inside an item, ``外交和贸易部长``, is no item, also as the
  last item, and a word holding a joining character, ``共和国``, ``和平``, ``埃及``, joins nothing), also after talks told
  before with another party; a party named as a group (``分别与两国总理``) lists none: one record;
- ``王林13日还会见了…``: a call told with 还/又 right before its verb (a venue between), receiving other guests than the
  call told before, is a second call on the same day; the call told again without 还/又 stays one.

Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import names, page


@pytest.mark.parametrize(("body", "expected"), [
    ("5月7日，东岛国总理在江城分别同财政部长和外交部长就双边关系进行了会谈。", ["会谈", "会谈"]),
    ("5月7日，东岛国总理在江城分别会见了西岛国议长、外交和贸易部长及国防部长。", ["会见", "会见", "会见"]),
    ("5月7日，东岛国总理在江城分别会见了西岛国议长、财政部长和外交部长。", ["会见", "会见", "会见"]),
    # near misses: a word holding a joining character, a joined title as the last item
    ("5月7日，东岛国总理在江城分别会见了北岛国总理、西岛共和国总统。", ["会见", "会见"]),
    ("5月7日，东岛国总理在江城分别会见了江城和平发展促进会会长。", ["会见"]),
    ("5月7日，东岛国总理在江城分别会见了北岛国总统、埃及总统。", ["会见", "会见"]),
    ("5月7日，东岛国总理在江城分别会见了西岛国议长、外交和贸易部长。", ["会见", "会见"]),
    ("5月7日，东岛国总理在江城分别会见了西岛国议长、外交和贸易部长甲某。", ["会见", "会见"]),
    ("5月7日，东岛国总理在江城分别同外交和贸易部长就双边关系进行了会谈。", ["会谈"]),
    ("5月7日晚，两国总理在江城举行会谈。访问期间，东岛国总理还分别同财政部长和外交部长进行了会谈。",
     ["会谈", "会谈", "会谈"]),
    # near misses: a group as the party, talks or calls with one party
    ("5月7日，东岛国总理在江城分别与两国总理举行会谈。", ["会谈"]),
    ("5月7日，东岛国总理在江城同财政部长和外交部长就双边关系进行了会谈。", ["会谈"]),
    ("5月7日，东岛国总理在江城会见了西岛国议长和夫人。", ["会见"]),
    ("东岛国总理将分别同财政部长和外交部长举行会谈。", []),
])
def test_talks_in_turn_with_parties_listed(extract, body: str, expected: list) -> None:
    assert names(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("东岛国总理5月7日在总统府会见了来访的西岛国外长。双方谈到了合作。西岛国外长7日还会见了东岛国财政部长和旅游部长，"
     "双方交换了意见。", ["会见", "会见"]),
    ("东岛国总理5月7日在总统府会见了来访的西岛国外长。双方谈到了合作。西岛国外长当天又在议会大厦会见了东岛国议长。",
     ["会见", "会见"]),
    # near miss: the same call told again, with no 还/又
    ("东岛国总理5月7日在总统府会见了来访的西岛国外长。双方谈到了合作。东岛国总理会见了来访的西岛国外长一行。", ["会见"]),
])
def test_another_call_same_day(extract, body: str, expected: list) -> None:
    assert names(extract(page(body))) == expected
