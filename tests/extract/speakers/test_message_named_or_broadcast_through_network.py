"""A year's message named as the occasion of the words, and an address broadcast through a named network: no speaker.

Class (a precision audit of real newspaper copy): a leader who declares or says something in the year's message
(``在新年致词中宣布``, ``在元旦献词里指出``) or addresses a people through a network named by its country or name
(``通过某国有线电视新闻公司对…发表讲话``, ``通过邻国电视台发表讲话``) takes no part at a meeting: GUIDELINES §4
"Messages sent are not addresses"; sixteenth review round: an address to the nation on radio or television with no
meeting reported gives none; thirty-fourth review round. A message delivered at a meeting the sentence names
(``在新年茶话会上发表新年致词``) and a speech at a press conference stay addresses there. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

# a meeting told first on the page: the message is told beside it
_CEREMONY = "12月31日晚，甲省旅游节闭幕式在省城举行，副省长李文华在闭幕式上宣布旅游节圆满结束。\n"


def _speakers(record: dict) -> list[tuple[str, list[str]]]:
    return [(s["name"], s["roles"]) for s in record["speakers"]]


@pytest.mark.parametrize("body", [
    "去年元旦由国家主席王振国在新年致词中宣布开幕的旅游年，今年取得了显著成绩。",
    "这项活动是1996年元旦由总统王振国在新年致词中宣布启动的。",
    "总理陈立新在元旦献词里指出，新的一年经济将会好转。",
    "首相刘建华在他的新春贺词中强调，全社会更需要互相理解。",
    "总统赵光明在新年讲话中宣布，明年为全国环保年。",
])
def test_words_in_the_years_message_give_no_speaker(extract, body):
    record = extract(page(_CEREMONY + body))
    assert _speakers(record) == [("李文华", ["讲话"])]


@pytest.mark.parametrize("body", [
    "据乙国电台报道，乙国总统王振国8日凌晨通过美国有线电视新闻公司对“美国人民”发表讲话说，两国目前尚不需要恢复外交关系。"
    "王振国在他的首次讲话中批评了邻国的对外政策。",
    "丙国总理陈立新5日晚通过英国广播公司向欧洲听众发表讲话说，丙国欢迎外国投资。",
    "丁国总统刘建华3日通过邻国电视台发表讲话，呼吁难民返回家园。刘建华说，政府将保障他们的安全。",
    # (an address on radio and television told, then named again as his first public speech on the matter)
    "戊国总统孙振华17日晚发表广播电视讲话，呼吁各政党停止争论。据此间媒体报道，这是孙振华首次就执政联盟内部分歧"
    "发表公开讲话。孙振华认为，政府的去留只有议会才能决定。",
])
def test_address_broadcast_through_a_network_gives_no_speaker(extract, body):
    assert _speakers(extract(page(body))) == []


@pytest.mark.parametrize(("body", "expected"), [
    # NEGATIVE: a message delivered at a meeting the sentence names, a speech at a press conference, a speech at a
    # gala broadcast live (the meeting named), words after a message in the year's talks held
    ("市委书记王振国在新年茶话会上发表新年致词，强调要团结奋斗。", ("王振国", ["致辞"])),
    ("乙国总理陈立新在记者招待会上发表讲话，强调要加强合作。", ("陈立新", ["讲话"])),
    ("市长刘建华在电视台转播的迎春联欢晚会上致词，向全市人民拜年。", ("刘建华", ["致辞"])),
])
def test_address_at_a_meeting_kept(extract, body, expected):
    assert expected in _speakers(extract(page(body)))
