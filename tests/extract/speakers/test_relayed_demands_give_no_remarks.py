"""Another body's demands relayed (`传达了街道党工委关于开展学习教育的部署要求`) give the one relaying them no 讲话: the
`要求` ends the thing relayed, a noun, like a spirit relayed (GUIDELINES §4 not speakers: remarks relayed; thirty-sixth
review round, sixth stop, from the new tuning pages s169). A demand of their own after the relayed words
(`传达了…精神，并要求…`) and a study led (`带领…学习了…`) keep their roles.

Found: the 要求 ending the relayed arrangements was read as the verb of a demand, 讲话.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_MEETING = "5月6日上午，某社区党委召开党员大会。会议由社区党委书记王某主持。会上，"

# (body, name, roles)
CASES = [
    (_MEETING + "社区党委副书记李某传达了街道党工委关于开展学习教育的部署要求。", "李某", None),
    (_MEETING + "社区党委副书记李某传达学习了上级有关要求。", "李某", None),
    (_MEETING + "社区党委副书记李某传达了街道党工委的工作要求，带领全体党员学习了《条例》。", "李某", ("宣读",)),
    # near misses: their own demand
    (_MEETING + "社区党委副书记李某传达了上级会议精神，并要求全体党员抓好落实。", "李某", ("讲话",)),
    (_MEETING + "社区党委副书记李某要求，全体党员要抓好落实。", "李某", ("讲话",)),
]


@pytest.mark.parametrize(("body", "name", "roles"), CASES)
def test_relayed_demands_give_no_remarks(extract, body, name, roles):
    found = speakers(extract(page(body)))
    assert (found[name][1] if name in found else None) == roles
