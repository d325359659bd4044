"""Public-security, emergency, fire, environment and market-regulation news.

Found on 16 invented pages (GUIDELINES §4):
- a mainland police rank written after a post and a comma (局长，一级警监张某; 一级警督) is part of the title chain,
  like 二级高级警长 (§4: a police rank joins the chain); 警监 and 警督 were missing from the title lexicon, so
  the name was not read at all;
- a member of a group's address picked out by 其中 after a comma in the group's own sentence (3家企业负责人分别作了
  表态发言，其中某公司总经理李某表示…) speaks within that address: 发言, not 讲话 (§4: 说/表示 going on with an
  address belong to it; the programme-segment reading of 其中);
- people on a film shown at a warning-education meeting (片中，原某局长刘某在忏悔时说…) are no speakers (§4: people
  merely mentioned take no part at the meeting).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

RANKS = [
    ("5月7日，市公安局召开座谈会。市公安局党委书记、局长，一级警监黎振华在听取发言后表示，将逐条研究落实。",
     "黎振华", "市公安局党委书记、局长，一级警监"),
    ("5月7日，区公安分局召开表彰会。分局副局长、一级警督陈明宣读了表彰决定。", "陈明", "分局副局长、一级警督"),
    ("5月7日，县公安局召开全警大会。县公安局政委，二级警监周立新主持会议。", "周立新", "县公安局政委，二级警监"),
    ("5月7日，市公安局召开党委会议。市公安局局长，二级高级警长林峰主持会议。", "林峰", "市公安局局长，二级高级警长"),
]


@pytest.mark.parametrize(("body", "name", "title"), RANKS)
def test_police_rank_in_title_chain(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


PICKED_OUT = [
    ("5月7日，区应急管理局召开约谈会。3家企业负责人分别作了表态发言，其中宏远化工有限公司总经理周立明表示，将立即停产整改。",
     "周立明", ("发言",)),
    ("5月7日，县委召开座谈会。5名村党支部书记先后作交流发言，其中红星村党支部书记李国强说，村里今年新修了水渠。",
     "李国强", ("发言",)),
    ("5月7日，县委召开座谈会，县长李明主持，4名代表先后作交流发言，其中农民代表张华说，收成不错。", "张华", ("发言",)),
    ("5月7日，镇党委召开述职评议会。8名村党组织书记依次述职，其中青山村党支部书记王勇介绍了村集体经济发展情况。",
     "王勇", ("述职",)),
]


@pytest.mark.parametrize(("body", "name", "roles"), PICKED_OUT)
def test_one_of_group_address_picked_out_inline(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles


# Near misses: the chair told before the group keeps his own role; one picked out with a role of his own keeps it;
# 其中 with no group address before it picks nobody out.
PICKED_OUT_NEGATIVE = [
    ("5月7日，县委召开座谈会，县长李明主持，4名代表先后作交流发言，其中农民代表张华说，收成不错。", "李明", ("主持",)),
    ("5月7日，区应急管理局召开约谈会。3家企业负责人分别作了表态发言，其中的问题由副局长张强点评。", "张强", ("点评",)),
    ("5月7日，县委召开座谈会。会议听取了各部门汇报，其中县长王海强调，要抓好春耕。", "王海", ("讲话",)),
    ("5月7日，县委召开座谈会。5名代表先后作交流发言，随后县委书记王海强调，要抓好春耕。", "王海", ("讲话",)),
]


@pytest.mark.parametrize(("body", "name", "roles"), PICKED_OUT_NEGATIVE)
def test_inline_pick_out_leaves_others(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles


ON_SCREEN = [
    ("5月7日，市司法局召开警示教育大会。会议观看了警示教育片《失守的底线》。片中，原某监狱副监狱长刘某在忏悔时说："
     "“是我辜负了信任。”局长黄立群指出，要警钟长鸣。", "刘某"),
    ("5月7日，县纪委召开警示教育大会，与会人员观看了专题片，片中，原县交通局局长王某说：“我后悔莫及。”", "王某"),
    ("5月7日，县纪委召开警示教育大会。在警示教育片《迷途》中，落马干部陈某讲述了自己的堕落过程。县委书记李强作讲话。", "陈某"),
    ("5月7日，区纪委召开警示教育会。录像中，原区住建局副局长赵某表示：“我对不起组织。”", "赵某"),
]


@pytest.mark.parametrize(("body", "name"), ON_SCREEN)
def test_person_on_film_shown_is_no_speaker(extract, body, name):
    assert name not in speakers(extract(page(body)))


# Near misses: those who speak at the meeting itself, also about the film, keep their roles.
ON_SCREEN_NEGATIVE = [
    ("5月7日，县纪委召开警示教育大会。县委书记李强在会上说，看了影片深受触动。", "李强", ("讲话",)),
    ("5月7日，县纪委召开警示教育大会。县委书记李强主持会议，会议中，县长王明强调，要守住底线。", "王明", ("讲话",)),
    ("5月7日，县纪委召开警示教育大会，观看了警示教育片。县纪委书记孙华通报了典型案例，县委书记李强指出，要以案为鉴。",
     "李强", ("讲话",)),
]


@pytest.mark.parametrize(("body", "name", "roles"), ON_SCREEN_NEGATIVE)
def test_speaker_at_the_meeting_keeps_role(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles
