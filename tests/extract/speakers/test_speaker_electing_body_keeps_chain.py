"""Speaker shape of a body named for its elections (invented sentences only).

- GUIDELINES §4 title ("the job-title chain written next to the name"; twenty-eighth round: a body electing or appointing
  and its verb are no part of the chosen one's title, a body named for elections stays): a body named for elections with
  its own word before the committee or office (`选举管理委员会主席`, `选举事务处处长`, `选举监督委员会主任`) keeps the whole
  chain; found on an unlabelled newspaper article whose electoral commission's chairman lost his body's name.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(("body", "name", "title"), [
    # reduced: an electoral commission's chairman
    ("江城特区第一届立法会选举管理委员会主席胡家兴今天在记者会上讲话。", "胡家兴", "江城特区第一届立法会选举管理委员会主席"),
    # paraphrases: an electoral office, a supervising committee, a steering body
    ("选举事务处处长黄立明在会上讲话。", "黄立明", "选举事务处处长"),
    ("县选举监督委员会主任郑立华主持会议。", "郑立华", "县选举监督委员会主任"),
    ("市选举指导委员会副主任何建明在会上讲话。", "何建明", "市选举指导委员会副主任"),
    # near misses: a body electing, then the chosen one's own chain
    ("理事会选举南江食品集团董事长郑立华为会长。郑立华作表态发言。", "郑立华", "南江食品集团董事长"),
    ("董事会任命北江科技公司副总裁卢海为总经理。卢海作表态发言。", "卢海", "北江科技公司副总裁"),
])
def test_body_named_for_elections_keeps_its_chain(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title
