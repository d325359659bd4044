"""Meetings named after an attribute of holding them (在市科协举办的…论坛上, 在伦敦召开的…会议上, 市人大常委会今天
举行的第十次全体会议，…): what stands before the verb is the body that held the meeting (its organizer) or the place
it was held (its location), GUIDELINES §3 organizer and location; a time alone, a pronoun place, a person, a chamber,
a headquarters or a club give no organizer. Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _held(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, organizer, location) of each meeting, in order."""
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # after 在 a council, a committee, an association holds it, and so does a body of the state, the party, the army
        # or a mass organisation (the reading of any body cost a held-out newspaper organizer twice, GUIDELINES §8; a
        # school, hotel or centre stays the venue: tests/extract/meetings/test_meeting_designations_and_1990s_phrasings.py)
        ("5月7日，在市科协举办的“智慧城市”论坛上，王明作了发言。", [("“智慧城市”论坛", "市科协", None)]),
        ("5月7日，在江城市委召开的全市经济工作会议上，市长王明作了讲话。", [("全市经济工作会议", "江城市委", None)]),
        ("在市总工会举行的表彰大会上，王明讲话。", [("表彰大会", "市总工会", None)]),
        ("在市文学艺术界联合会举行的表彰大会上，王明讲话。", [("表彰大会", "市文学艺术界联合会", None)]),
        # the body holding it, as the subject of what the meeting did
        ("江城市人大常委会今天举行的第十次全体会议，表决通过了三项决定。", [("第十次全体会议", "江城市人大常委会", None)]),
        # the place it was held
        ("5月初在南京召开的全省文化工作会议强调，要加快文化产业发展。", [("全省文化工作会议", None, "南京")]),
        ("5月7日，在江城国际会议中心举行的招商推介会上，王明致辞。", [("招商推介会", None, "江城国际会议中心")]),
        # NEGATIVE: a headquarters or a club is the venue, not a body holding it
        ("5月7日，在该组织江城总部举行的记者招待会上，秘书长王明宣布了这一消息。", [("记者招待会", None, "江城总部")]),
        ("5月7日，在江城新闻俱乐部举行的记者招待会上，王明宣布了这一消息。", [("记者招待会", None, "江城新闻俱乐部")]),
        # NEGATIVE: a time alone, the reporting place by a pronoun, a chamber, a person: neither
        ("在日前召开的全市工作会议上，市长王明讲话。", [("全市工作会议", None, None)]),
        ("在我市召开的全省农村工作会议上，省长李华讲话。", [("全省农村工作会议", None, None)]),
        ("5月7日，在立法会举行的答问大会上，行政长官李华发言。", [("答问大会", None, None)]),
        ("5月7日，在李华主任举行的欢迎宴会上，王明致辞。", [("欢迎宴会", None, None)]),
        # NEGATIVE: talks have parties, not an organizer
        ("5月7日，在中美两国政府代表团举行的会谈中，双方就经贸问题交换了意见。", [("会谈", None, None)]),
    ],
)
def test_holder_or_place_before_the_attribute(extract, body: str, expected: list) -> None:
    assert _held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # places the tagger found, one after another, are the place (not a body)
        ("5月7日，在瑞士达沃斯举行的世界经济论坛上，王明发表了讲话。", [("世界经济论坛", None, "瑞士达沃斯")]),
        ("5月7日，在日内瓦举行的国际贸易论坛上，王明发表了讲话。", [("国际贸易论坛", None, "日内瓦")]),
    ],
)
def test_places_before_the_attribute(extract_with_model, body: str, expected: list) -> None:
    assert _held(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place the tagger finds, then a body's end: the body holds it
        ("据新华社华盛顿1月15日电 特区政务司长15日在美国大迈阿密商会举办的午餐会上发表演讲时说，经济形势很好。",
         [("午餐会", "美国大迈阿密商会", None)]),
        # NEGATIVE: the first of two hosts alone is no organizer
        ("部长是在市外贸局和市经贸委员会为欢迎他而举行的午餐会上作这一表示的。", [("午餐会", None, None)]),
        # people met with after 与: the council is the one host
        ("在今天市侨联委员会与先进事迹报告团成员召开的座谈会上，领导宣读了决定。", [("座谈会", "市侨联委员会", None)]),
        # NEGATIVE: a chamber after 在 on the attribute path too: neither
        ("北约秘书长今天下午在波兰议会举行的会议上发表演说时作出上述表示。", [("会议", None, None)]),
    ],
)
def test_a_body_after_a_place_name_holds_it_and_a_chamber_after_zai_is_neither(
    extract_with_model, body: str, expected: list
) -> None:
    assert _held(extract_with_model(page(body))) == expected
