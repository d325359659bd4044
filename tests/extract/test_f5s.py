"""Fixer f5s: classes of the tuning fresh sets' speaker, award and funding failures (invented sentences only).

- GUIDELINES §5 ("Taiwan merit citations count as written …; a label over their total (`有功员警42人`) is no honour"):
  the 有功 label keeps that reading when what the holders did is written before it (`表揚偵辦本案的各分局有功員警38人`,
  `破獲詐騙集團的有功員警42人`), and when the citations it totals are told in a sentence of their own
  (`依據敘獎結果，本案有功人員計記一大功2人…`). A prize category with no citation on the page stays an honour.
- GUIDELINES §4 title ("the job-title chain written next to the name, minus the name"): a body electing or appointing
  and its verb before the chosen one's chain (`理事会选举南江食品集团董事长郑立华为会长`, `推举`, `聘任`, `选举产生了`) are
  no part of that title; a body named for elections (`县选举委员会主任`) is.
- GUIDELINES §4 (eleventh round: guests named in one sentence, `甲、乙担任主礼嘉宾`, who confer prizes in a later one are
  颁奖; a title written once before a 、-list is each one's title): the last name of the list, with no title of its own,
  right before the guests' label (`议员梁家豪、区锦涛担任主礼嘉宾`) is one of the guests; a group word there is none.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers

_CITATIONS = [("记一大功", 2, "人", "person"), ("记功2次", 10, "人", "person"), ("嘉奖", 26, "人", "person")]


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: the label after a description of the holders, the citations in a later sentence
    ("山港市警察局昨日舉行表揚大會，表揚偵辦本案的刑事警察大隊及各分局有功員警38人。"
     "依據敘獎結果，本案有功人員計記一大功2人、記功2次10人、嘉獎26人。", _CITATIONS),
    # paraphrases: the citations in the same sentence; another holders' noun; 之 for 的; Simplified script
    ("山港市警察局昨日召開局務會議，局長頒發獎勵，表揚破獲「暗網」詐騙集團的有功員警38人，計記一大功2人、記功2次10人、嘉獎26人。",
     _CITATIONS),
    ("市警察局表揚破獲毒品案的各分局有功同仁38人，計記一大功2人、記功2次10人、嘉獎26人。", _CITATIONS),
    ("縣警察局今日舉行表揚大會，表揚偵破竊盜集團之有功警員38人，並頒發獎金。會中計記一大功2人、記功2次10人、嘉獎26人。",
     _CITATIONS),
    ("县警察局今日举行表扬大会，表扬侦办诈骗案的有功员警38人。本案有功人员计记一大功2人、记功2次10人、嘉奖26人。",
     _CITATIONS),
    # near misses: a prize category with no citation on the page; citations with no label counted
    ("市体育局表彰杰出教练19人、杰出运动员30人及有功人员14人。",
     [("杰出教练", 19, "人", "person"), ("杰出运动员", 30, "人", "person"), ("有功人员", 14, "人", "person")]),
    ("市警察局表揚協助破案的熱心民眾。依據敘獎結果，有功員警記一大功2人、記功2次10人、嘉獎26人。", _CITATIONS),
])
def test_merit_label_with_description(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "name", "title"), [
    # reduced: the electing body and its verb before the chain
    ("随后召开的三届一次理事会选举南江食品集团董事长郑立华为新一届会长。郑立华作表态发言。", "郑立华", "南江食品集团董事长"),
    # paraphrases: other verbs of choosing, 产生了 after the verb, 担任 after the name
    ("随后召开的理事会推选南江食品集团董事长郑立华为新一届会长。郑立华作表态发言。", "郑立华", "南江食品集团董事长"),
    ("理事会一致推举南江食品集团董事长郑立华担任会长。郑立华作表态发言。", "郑立华", "南江食品集团董事长"),
    ("会议选举产生了江城文旅集团总经理何建明为协会会长。何建明作表态发言。", "何建明", "江城文旅集团总经理"),
    ("董事会聘任北江科技公司副总裁卢海为总经理。卢海作表态发言。", "卢海", "北江科技公司副总裁"),
    # near misses: a body named for elections keeps its chain
    ("县选举委员会主任郑立华主持会议。", "郑立华", "县选举委员会主任"),
    ("市人大常委会选举工作领导小组组长何建明主持会议。", "何建明", "市人大常委会选举工作领导小组组长"),
])
def test_electing_body_before_chain(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: the last name of a 、-list, with no title of its own, right before the guests' label
    ("同乡会就职典礼昨晚举行。立法会议员梁家豪、李锦涛担任主礼嘉宾。主礼嘉宾为新一届理监事颁发证书。",
     {"梁家豪": ("立法会议员", ("颁奖",)), "李锦涛": ("立法会议员", ("颁奖",))}),
    # paraphrases: a name of a rare surname read as a word (区), three names, 等共同 before the label, another label
    ("同乡会就职典礼昨晚举行。中联办副部长温子扬，立法会议员梁家豪、区锦涛担任主礼嘉宾。主礼嘉宾随后为新任理监事颁发聘书。",
     {"温子扬": ("中联办副部长", ("颁奖",)), "梁家豪": ("立法会议员", ("颁奖",)), "区锦涛": ("立法会议员", ("颁奖",))}),
    ("同乡会就职典礼昨晚举行。立法会议员梁家豪、陈锦涛、李伟担任主礼嘉宾。主礼嘉宾为新一届理监事颁发证书。",
     {"梁家豪": ("立法会议员", ("颁奖",)), "陈锦涛": ("立法会议员", ("颁奖",)), "李伟": ("立法会议员", ("颁奖",))}),
    ("颁奖典礼昨日举行。区议员黄志明、何家乐等共同担任颁奖嘉宾。颁奖嘉宾为得奖学生颁发奖状。",
     {"黄志明": ("区议员", ("颁奖",)), "何家乐": ("区议员", ("颁奖",))}),
    ("颁奖典礼昨日举行。区议员黄志明、何家乐担任颁奖嘉宾。颁奖嘉宾为得奖学生颁发奖状。",
     {"黄志明": ("区议员", ("颁奖",)), "何家乐": ("区议员", ("颁奖",))}),
    # near misses: a group word or a label after the joint is no person
    ("颁奖典礼昨日举行。区议员黄志明、市民担任颁奖嘉宾。颁奖嘉宾为得奖学生颁发奖状。", {"黄志明": ("区议员", ("颁奖",))}),
    ("颁奖典礼昨日举行。区议员黄志明、学生代表担任颁奖嘉宾。颁奖嘉宾为得奖学生颁发奖状。", {"黄志明": ("区议员", ("颁奖",))}),
])
def test_last_listed_guest(extract, body, expected):
    assert speakers(extract(page(body))) == expected
