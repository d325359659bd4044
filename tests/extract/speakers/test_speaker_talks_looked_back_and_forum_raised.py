"""Speaker shapes of talks looked back on, forum points and analysis pieces (GUIDELINES §4, sixteenth review round).

What was found:
- G12: a party to talks "looking back" on them (会谈取得了…成果) lost its 讲话 even where the sentence opens inside the
  talks (会谈中，某某说…) or the remark goes on as words said at them; the ruling is for words told after the talks.
  Now read only with the talks' end or a press conference told before, or with the verdict closing the remark.
- G13: a participant raising problems (反映了…问题) was read as speaking at a forum when a forum was named anywhere on
  the page; now the last meeting told before the sentence must be the forum.
- G14: the analysis-piece byline needed a Han character right after 记者, so 本报记者 李华 张伟 was no byline.
- G15: one who came to congratulate at an exhibition told as opened (开幕, 开馆) and thanked the holders got no role,
  as no meeting word named the event; such thanks are 致辞, like at an opening ceremony.
"""

import pytest

from tests.extract.views import page

_TALKS = "新华社北京5月6日电 国家主席张德明6日同法国总统马克龙举行会谈。"
_AFTER_BYLINE = "\n德国总统施泰因迈尔与法国总统马克龙举行会晤。\n法方随后宣布推迟签署协议。施泰因迈尔对此深感意外，认为这不利于合作。"


def _roles(record: dict, name: str) -> list | None:
    return {s["name"]: s["roles"] for s in record["speakers"]}.get(name)


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # (G12) inside the talks, or the remark going on as words at them: a speech
        (_TALKS + "会谈中，马克龙说，两国的会谈取得了丰硕成果。", "马克龙", ["讲话"]),
        (_TALKS + "马克龙说，这次会谈取得了丰硕成果，法方愿同中方加强合作。", "马克龙", ["讲话"]),
        (_TALKS + "会谈时，马克龙表示，此次会谈取得了积极进展。", "马克龙", ["讲话"]),
        (_TALKS + "会晤中，马克龙说，双方的会谈是在友好的气氛中进行的。", "马克龙", ["讲话"]),
        (_TALKS + "马克龙表示，此次会谈取得了圆满成功，法方期待张德明早日访法。", "马克龙", ["讲话"]),
        # (NEGATIVE rows: the talks told over, or the verdict on them the whole remark: words to the press)
        (_TALKS + "会谈后，两国元首共同会见记者。马克龙说，会谈是在友好的气氛中进行的。", "马克龙", None),
        (_TALKS + "会谈结束后，马克龙说，此次会谈取得了积极成果，法方愿同中方加强合作。", "马克龙", None),
        (_TALKS + "马克龙说，会谈是在友好的气氛中进行的。", "马克龙", None),
    ],
)
def test_talks_looked_back_only_when_over(extract_with_model, body: str, name: str, roles: list | None) -> None:
    assert _roles(extract_with_model(page(body)), name) == roles


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # (G13) the forum told after the sentence, or before another meeting the sentence belongs to: no speech
        # (these rows had a people's-congress standing committee session, where 反映 is now 讲话 by the twenty-second
        # round of GUIDELINES §4: tests/extract/speakers/test_speaker_past_rites_and_summing_up.py; a county government's meeting keeps what they test)
        ("5月6日，县政府召开常务会议。县人大代表张华反映了群众对停车难的意见。此前，县里举办过乡村振兴论坛。",
         "张华", None),
        ("此前，县里举办过乡村振兴论坛。5月6日，县政府召开常务会议。县人大代表张华反映了群众对停车难的意见。",
         "张华", None),
        ("5月6日，县政府召开常务会议。县人大代表张华反映了群众对停车难的意见。下月，县里将举办乡村振兴论坛。",
         "张华", None),
        ("5月6日，县人大常委会召开第十次会议。县人大代表张华反映了群众对停车难的意见。此前，县里举办过乡村振兴论坛。",
         "张华", ["讲话"]),
        # (NEGATIVE rows: the forum is the meeting told before, also with 会议 referring back to it)
        ("5月6日，县委召开座谈会。县委书记李明主持会议。县工商联主席张华反映了企业融资难的问题。", "张华", ["讲话"]),
        ("5月6日，县委召开民营企业家座谈会。县工商联主席张华反映了企业融资难的问题。", "张华", ["讲话"]),
        ("5月6日，市政协召开委员恳谈会。委员王强反馈了群众关心的热点问题。", "王强", ["讲话"]),
    ],
)
def test_raised_at_the_forum_told_before(extract_with_model, body: str, name: str, roles: list | None) -> None:
    assert _roles(extract_with_model(page(body)), name) == roles


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # (G14) a byline with the names set off by spaces: an analysis piece like 本报记者李华
        ("本报记者 李华 张伟" + _AFTER_BYLINE, "施泰因迈尔", None),
        ("新华社记者 王明 李华" + _AFTER_BYLINE, "施泰因迈尔", None),
        ("本报记者李华" + _AFTER_BYLINE, "施泰因迈尔", None),
        # (NEGATIVE rows: a dateline opening the body, a report; the words placed at the meeting)
        ("本报记者 李华 张伟\n本报柏林5月6日电 德国总统施泰因迈尔与法国总统马克龙举行会晤。施泰因迈尔对此深感意外，认为这不利于合作。",
         "施泰因迈尔", ["讲话"]),
        ("本报记者 李华 张伟\n德国总统施泰因迈尔与法国总统马克龙举行会晤。施泰因迈尔在会晤中指出，欧洲必须团结。",
         "施泰因迈尔", ["讲话"]),
    ],
)
def test_spaced_byline_analysis_piece(extract_with_model, body: str, name: str, roles: list | None) -> None:
    assert _roles(extract_with_model(page(body)), name) == roles


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # (G15) thanks by one who came to congratulate at an event told opened
        ("5月6日，江城书画展在市博物馆开幕。市文联主席李华到场祝贺，感谢主办单位的精心组织。", "李华", ["致辞"]),
        ("5月6日，江城美术馆正式开馆。市文联主席李华到场祝贺，感谢各界的支持。", "李华", ["致辞"]),
        ("5月6日，江城书画展在市博物馆開幕。市文聯主席李華到場祝賀，感謝主辦單位的精心組織。", "李华", ["致辞"]),
        # (NEGATIVE rows: coming alone or with another act; the holders thanking; thanks with no event told)
        ("5月6日，江城书画展在市博物馆开幕。市文联主席李华到场祝贺。", "李华", None),
        ("5月6日，江城书画展在市博物馆开幕。市文联主席李华到场祝贺，参观了展览。", "李华", None),
        ("5月6日，江城书画展在市博物馆开幕。市文联主席李华到场祝贺，主办单位感谢她的支持。", "李华", None),
        ("市文联主席李华表示，感谢主办单位的精心组织。", "李华", None),
    ],
)
def test_came_to_congratulate_an_opening(extract_with_model, body: str, name: str, roles: list | None) -> None:
    assert _roles(extract_with_model(page(body)), name) == roles
