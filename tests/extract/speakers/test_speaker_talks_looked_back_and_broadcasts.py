"""Rulings of the sixteenth review round on speakers. Invented sentences; the expected values follow
corpus/GUIDELINES.md §4, sixteenth review round, which reads:

  "A party to talks looking back on them after they ended (`X称会谈是在…气氛中进行的`, told after the press
  conference) speaks to the press: no role. In an analysis piece (a byline, no dateline) a leader's remark tied to no
  meeting it tells (`德国总统X指出…`) gives no speaker, and an address to the nation on radio or television
  (`发表广播电视讲话`) with no meeting reported gives none. At a forum or 座谈会, a named participant who 反映/反馈
  problems or opinions is 讲话, like 提出建议, and an official who answers them in turn (`对问题逐一作了回应`) is 讲话, like
  答复. […] Coming to congratulate (`到场祝贺`) alone is attending, no role; `到场祝贺，感谢主办单位…`, thanks said at the
  event, is 致辞 (remarks that only thank or congratulate)."

What was found (main before this change; shapes also seen in the People's Daily tuning articles):
- Looking back on talks: 某某说，会谈是在建设性的气氛中进行的 after the talks and the press conference gave 讲话.
- A broadcast address: 发表广播电视讲话 on a page that reports no meeting gave 讲话 once the page went on with the
  person's remarks (这是某某首次…发表公开讲话。某某认为，…).
- An analysis piece (a byline line, no dateline): a leader's reaction in no sentence of the meeting the piece tells
  (某某对此深感意外，认为…) gave 讲话, as a participant in that meeting.
- At a 座谈会: a participant who 反映了…问题 got no role (the name was not even read: 反映 ended no name), and an
  official who 对问题逐一作了回应 (对, not 就) got none.
- 到场祝贺，感谢主办单位…: no role (thanks were read only right after the name).
Each block has NEGATIVE rows: near misses that keep today's output.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

_TALKS = "新华社巴黎5月6日电 法国外长巴罗6日同来访的德国外长贝尔伯克举行会谈。"


def _roles(record: dict, name: str) -> list | None:
    return {s["name"]: s["roles"] for s in record["speakers"]}.get(name)


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # a party to the talks looking back on them once they ended: words to the press
        ("5月6日，法国外长巴罗同来访的德国外长贝尔伯克举行会谈，并出席记者招待会。巴罗说，会谈是在建设性的气氛中进行的。",
         "巴罗", None),
        (_TALKS + "会谈结束后，两人共同会见记者。巴罗表示，此次会谈取得了积极成果。", "巴罗", None),
        (_TALKS + "巴罗称会谈是在友好坦诚的气氛中进行的。", "巴罗", None),
        (_TALKS + "巴罗说，双方的会谈是在坦诚的氛围中进行的。", "巴罗", None),
        # (NEGATIVE rows: words placed at the talks; remarks that do not look back on them)
        (_TALKS + "巴罗在会谈中说，两国关系良好。", "巴罗", ["讲话"]),
        (_TALKS + "巴罗说，两国应加强在能源领域的合作。", "巴罗", ["讲话"]),
        (_TALKS + "巴罗说，双方将尽快举行新一轮谈判。", "巴罗", ["讲话"]),
    ],
)
def test_talks_looked_back_on(extract_with_model, body: str, name: str, roles: list | None) -> None:
    assert _roles(extract_with_model(page(body)), name) == roles


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # an address to the nation on radio or television, no meeting reported
        ("新华社巴黎5月6日电 法国总统马克龙6日晚发表广播电视讲话，呼吁各党派保持克制。这是马克龙首次就此发表公开讲话。"
         "马克龙认为，议会才有最后的发言权。", "马克龙", None),
        ("新华社柏林5月6日电 德国总理朔尔茨5日晚发表电视讲话，宣布全国进入紧急状态。朔尔茨说，政府将全力应对危机。",
         "朔尔茨", None),
        ("新华社柏林5月6日电 德国总理朔尔茨5日晚在总理府发表电视讲话，要求各州严格执行防疫措施。", "朔尔茨", None),
        # (NEGATIVE rows: an address in a chamber, not on the air; a meeting the page reports)
        ("新华社柏林5月6日电 德国总理朔尔茨5日在联邦议院发表讲话，要求各州严格执行防疫措施。", "朔尔茨", ["讲话"]),
        ("新华社柏林5月6日电 德国联邦议院5日举行特别会议。总理朔尔茨发表电视讲话后出席会议并讲话，要求各州严格执行防疫措施。",
         "朔尔茨", ["讲话"]),
        ("5月6日，县委召开全县安全生产工作会议。县委书记李明在县电视台发表电视讲话，要求各部门压实责任。", "李明", ["讲话"]),
    ],
)
def test_broadcast_address(extract_with_model, body: str, name: str, roles: list | None) -> None:
    assert _roles(extract_with_model(page(body)), name) == roles


_MEETING = "德国总统施泰因迈尔与法国总统马克龙举行会晤。"


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # an analysis piece: a reaction tied to no meeting it tells
        ("新华社记者王明\n" + _MEETING + "马克龙向施泰因迈尔表明了法方立场。他指出，欧洲必须团结。\n"
         "施泰因迈尔对此深感意外，认为这不利于合作。", "施泰因迈尔", None),
        ("本报记者李华\n" + _MEETING + "\n法方随后宣布推迟签署协议。施泰因迈尔对此深感意外，认为这不利于合作。",
         "施泰因迈尔", None),
        # (NEGATIVE rows: the words put to the other party at the meeting; words told as made in the speeches earlier
        # in the paragraph; words placed at the meeting; a dateline opening the body, a report rather than an analysis
        # piece)
        ("新华社记者王明\n" + _MEETING + "马克龙向施泰因迈尔表明了法方立场。他指出，欧洲必须团结。\n"
         "施泰因迈尔对此深感意外，认为这不利于合作。", "马克龙", ["讲话"]),
        ("新华社记者王明\n" + _MEETING + "\n三位总理还在各自的讲话中提出具体建议。施泰因迈尔呼吁各方加强合作。",
         "施泰因迈尔", ["讲话"]),
        ("新华社记者王明\n" + _MEETING + "施泰因迈尔在会晤中指出，欧洲必须团结。", "施泰因迈尔", ["讲话"]),
        ("新华社柏林5月6日电（记者王明）" + _MEETING + "施泰因迈尔对此深感意外，认为这不利于合作。", "施泰因迈尔", ["讲话"]),
    ],
)
def test_analysis_piece(extract_with_model, body: str, name: str, roles: list | None) -> None:
    assert _roles(extract_with_model(page(body)), name) == roles


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # a participant at a forum raising problems or opinions; an official answering them in turn
        ("5月6日，县委召开民营企业家座谈会。企业家代表张华反映了企业融资难的问题，县委书记李明对问题逐一作了回应。",
         "张华", ["讲话"]),
        ("5月6日，县委召开民营企业家座谈会。企业家代表张华反映了企业融资难的问题，县委书记李明对问题逐一作了回应。",
         "李明", ["讲话"]),
        ("5月6日，市政协召开委员座谈会，委员王强反馈了群众关心的热点问题，市长刘伟对大家提出的问题逐一作了回应。",
         "王强", ["讲话"]),
        ("5月6日，市政协召开委员座谈会，委员王强反馈了群众关心的热点问题，市长刘伟对大家提出的问题逐一作了回应。",
         "刘伟", ["讲话"]),
        ("5月6日，区里召开居民座谈会，居民代表赵敏反映了小区停车难问题，街道办主任孙丽对这些问题一一作了答复。",
         "孙丽", ["讲话"]),
        ("5月6日，县委召开民营企业家座谈会。县工商联主席张华反映了企业融资难的问题。", "张华", ["讲话"]),
        # (NEGATIVE rows: no forum; reporting back to someone; the inspected body's remedies; the noun in another clause)
        ("5月6日，县委召开工作会议。县工商联主席张华反映了企业融资难的问题。", "张华", None),
        ("5月6日，县委召开座谈会。县工商联主席张华向县委反映了企业融资难的问题，县委书记李明主持会议。", "张华", None),
        ("5月6日，县委召开整改座谈会。县民政局局长孙海林反馈了巡察整改情况，县委书记李明主持会议。", "孙海林", None),
        ("5月6日，县委召开座谈会。县委书记李明主持会议。群众反映的问题要及时解决。", "李明", ["主持"]),
    ],
)
def test_raised_and_answered_at_forum(extract_with_model, body: str, name: str, roles: list | None) -> None:
    assert _roles(extract_with_model(page(body)), name) == roles


_OPENING = "5月6日，县书法协会举办书法展开幕式。"


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # thanks said at the event by one who came to congratulate
        (_OPENING + "县文联主席王红到场祝贺，感谢主办单位为群众送上文化大餐。", "王红", ["致辞"]),
        ("5月6日，縣書法協會舉辦書法展開幕式。縣文聯主席王紅到場祝賀，感謝主辦單位的精心籌備。", "王红", ["致辞"]),
        (_OPENING + "县文联主席王红亲临现场祝贺，并感谢主办单位的精心筹备。", "王红", ["致辞"]),
        # (NEGATIVE rows: coming to congratulate alone; another act after it; the holders thanking the guest)
        (_OPENING + "县文联主席王红到场祝贺。", "王红", None),
        ("5月6日，縣書法協會舉辦書法展開幕式。縣文聯主席王紅到場祝賀。", "王红", None),
        (_OPENING + "县文联主席王红到场祝贺，参观了展览。", "王红", None),
        (_OPENING + "县文联主席王红到场祝贺，主办单位感谢她的支持。", "王红", None),
    ],
)
def test_came_to_congratulate(extract_with_model, body: str, name: str, roles: list | None) -> None:
    assert _roles(extract_with_model(page(body)), name) == roles
