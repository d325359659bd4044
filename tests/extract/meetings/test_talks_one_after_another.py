"""Talks held one after the other with parties listed (GUIDELINES §3 thirty-eighth review round: talks held in turn with
parties listed are one meeting with each party; fortieth review round, from a fourth recall read of newspaper articles).

``相继与甲和乙举行会谈`` and ``先后同甲、乙进行会谈`` list the parties as ``分别与甲和乙…`` does: one record per party.
Near misses: a party named as a group (``相继与两国总理举行会谈``), talks with one party, and a joined title (``外交和贸易部长``)
stay one record; ``先后`` counting visits (``先后三次``) or sessions counted (``举行了数次会晤``) list no party. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import names, page


@pytest.mark.parametrize(("body", "expected"), [
    ("5月7日，代表团在江城相继与西岛国总理和外长举行会谈。", ["会谈", "会谈"]),
    ("5月7日，代表团在江城先后同西岛国议长、财政部长和外交部长进行了会谈。", ["会谈", "会谈", "会谈"]),
    ("5月7日，代表团在江城分别与西岛国总理和外长举行会谈。", ["会谈", "会谈"]),
    # near misses: a group, one party, a joined title
    ("5月7日，代表团在江城相继与两国总理举行会谈。", ["会谈"]),
    ("5月7日，代表团在江城相继与西岛国总理举行会谈。", ["会谈"]),
    ("5月7日，代表团在江城先后同外交和贸易部长进行了会谈。", ["会谈"]),
    ("5月7日，代表团在江城先后三次与西岛国总理和外长举行会谈。", ["会谈"]),
    # near miss: sessions counted over a span, as before
    ("访问期间，特使先后与西岛国总理和外长就安全问题举行了数次会晤。", ["数次会晤"]),
])
def test_talks_one_after_another(extract, body, expected):
    assert names(extract(page(body))) == expected
