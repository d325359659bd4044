"""Grassroots pages (village, township and street news).

Found on invented county-portal pages of village meetings:
- a village clerk's post before the name (村会计王某宣读…) and the county leader assigned to a village
  (驻村联点领导) were cut from the title chain (GUIDELINES §4: the job-title chain written next to the name);
- an honoured villager told first with a clause about her, then ``她接过证书后激动地说``, was read as a speaker
  (GUIDELINES §4 thirteenth round: a recipient's soft words after receiving are a reaction), as the same words
  right after the name already were;
- villagers raising opinions at the village's open-air talks (院坝会, 坝坝会, 屋场会) had no role, while the same
  words at a 座谈会 or 议事会 had 讲话 (GUIDELINES §4 sixteenth and seventeenth rounds: a forum participant who
  提出/建议/说 there speaks);
- a bare ``街道办事处`` as the subject was not resolved to the one street the page names when that street's own name
  ends in 城 (南城街道), a guard meant for 城镇 (GUIDELINES §3 fourteenth round: a bare level word stands for the one
  body of that kind the page names).
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers

TITLE_ROWS = [
    ("1月20日，柳湾村召开分红大会。村会计王小红宣读了收益分配方案。", "王小红", "村会计"),
    ("3月2日，青山村召开村民代表大会。会计李春梅宣读了财务公开情况。", "李春梅", "会计"),
    ("3月2日，青山村召开村民大会。村出纳周红宣读了财务收支明细。", "周红", "村出纳"),
    ("8月8日，荷塘村召开座谈会，县人大常委会副主任、驻村联点领导胡斌出席并讲话。", "胡斌", "县人大常委会副主任、驻村联点领导"),
    ("5月6日，石门村召开党员大会，副县长、包村领导曹建出席并讲话。", "曹建", "副县长、包村领导"),
]


@pytest.mark.parametrize(("body", "name", "title"), TITLE_ROWS)
def test_village_post_is_the_title(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


REACTION_ROWS = [
    "2月18日，龙泉镇举行表彰大会。获得“好媳妇”称号的杨桂芝照顾瘫痪婆婆十余年，她接过证书后激动地说：“这是对全家的鼓励。”",
    "2月18日，龙泉镇举行表彰大会。王建华照顾残疾哥哥二十年，他接过荣誉证书后说：“我会继续做下去。”",
    "2月18日，龙泉镇举行表彰大会。刘梅是村里的致富带头人，她在接过奖牌后表示，要带动更多人增收。",
    "2月18日，龙泉镇举行表彰大会。老党员赵德胜入党五十年，他接过纪念章后激动地说，要继续发挥余热。",
]


@pytest.mark.parametrize("body", REACTION_ROWS)
def test_receipt_after_a_pronoun_is_a_reaction(extract_with_model, body):
    assert speakers(extract_with_model(page(body))) == {}


PRONOUN_SPEAKER_ROWS = [
    # the pronoun's own address or conferral: not a receipt
    ("2月18日，龙泉镇举行表彰大会。县长杨桂芝为获奖者颁发证书，她说，希望大家再接再厉。", "杨桂芝", ("颁奖", "讲话")),
    ("2月18日，龙泉镇举行表彰大会。县长杨桂芝出席会议，她在讲话中指出，要弘扬好家风。", "杨桂芝", ("讲话",)),
    # the representative's turn to speak keeps its role (GUIDELINES §4 tenth round)
    ("2月18日，龙泉镇举行表彰大会。获奖代表杨桂芝走上讲台，她接过证书后激动地说：“谢谢大家。”", "杨桂芝", ("讲话",)),
    # the pronoun's clause after a conferral the named one made: no receipt of theirs
    ("2月18日，龙泉镇举行表彰大会。镇长周强为获奖者颁发证书，他表示，要再接再厉。", "周强", ("颁奖", "讲话")),
]


@pytest.mark.parametrize(("body", "name", "roles"), PRONOUN_SPEAKER_ROWS)
def test_pronoun_clause_keeps_other_roles(extract, body, name, roles):
    assert speakers(extract(page(body)))[name][1] == roles


VILLAGE_TALK_ROWS = [
    ("6月12日晚，石门村在村委会院坝召开院坝会。村民代表罗成林提出，希望工作队帮助联系收购商。", "罗成林"),
    ("6月12日晚，石门村召开院坝会。村民代表吴秀兰建议在村里开设法律明白人培训班。", "吴秀兰"),
    ("10月17日下午，南城街道在金竹社区广场召开坝坝会。居民代表陈小兵反映了小区停车难的问题。", "陈小兵"),
    ("8月8日晚上，荷塘村召开屋场会。党员代表周大山提出，要把红白喜事简办写进村规民约。", "周大山"),
]


@pytest.mark.parametrize(("body", "name"), VILLAGE_TALK_ROWS)
def test_participant_speaks_at_village_talks(extract, body, name):
    assert speakers(extract(page(body)))[name][1] == ("讲话",)


# a villager's plain words: the model reads the name after 村民/居民
VILLAGER_SAYS_ROWS = [
    ("8月8日晚上，荷塘村召开屋场会，逐条征求意见。村民周大山说，草案里的条款很好。", "周大山"),
    ("5月3日，青龙村召开坝坝会。村民杨二妹说，村里的路灯该修了。", "杨二妹"),
]


@pytest.mark.parametrize(("body", "name"), VILLAGER_SAYS_ROWS)
def test_villager_says_at_village_talks(extract_with_model, body, name):
    assert speakers(extract_with_model(page(body)))[name][1] == ("讲话",)


NOT_AT_VILLAGE_TALK_ROWS = [
    # a party lecture or a ceremony: a villager's words are a reaction (GUIDELINES §4 eleventh round)
    "6月12日，石门村党支部开展主题党日活动，书记讲授专题党课。村民周大山激动地说，党课讲得好。",
    "2月18日，龙泉镇举行表彰大会。村民周大山激动地说，这样的表彰很暖心。",
    # the village talks only planned: no meeting for the words to be spoken at
    "石门村将于下周召开院坝会。村民代表罗成林此前提交的建议已被采纳。",
]


@pytest.mark.parametrize("body", NOT_AT_VILLAGE_TALK_ROWS)
def test_villager_not_at_village_talks(extract_with_model, body):
    assert all(name not in speakers(extract_with_model(page(body))) for name in ("周大山", "罗成林"))


STREET_ROWS = [
    ("10月17日，南城街道组织干部开展宣传。当天下午，街道办事处在金竹社区广场召开坝坝会。", "南城街道办事处"),
    ("10月17日，老城街道组织干部开展宣传。当天下午，街道召开坝坝会。", "老城街道"),
    ("10月17日，东乡街道党工委组织干部开展宣传。当天下午，街道党工委召开会议。", "东乡街道党工委"),
]


@pytest.mark.parametrize(("body", "organizer"), STREET_ROWS)
def test_bare_street_stands_for_the_one_named(extract, body, organizer):
    assert held(extract(page(body)))[-1][2] == organizer


STREET_NEGATIVE_ROWS = [
    # a common noun (城市街道) or two streets named: no one street to stand for
    "10月17日，城市街道干部开展宣传。当天下午，街道召开坝坝会。",
    "10月17日，南城街道和北城街道组织干部开展宣传。当天下午，街道召开坝坝会。",
]


@pytest.mark.parametrize("body", STREET_NEGATIVE_ROWS)
def test_bare_street_unresolved(extract, body):
    assert held(extract(page(body)))[-1][2] in (None, "街道")
