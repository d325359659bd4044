"""Meeting and speaker shapes of forums named by their noun, generic bodies and Tibetan and Uyghur names: a forum or summit named by its noun alone and held on a stated day (5月6日，论坛在…举行) is a
meeting held, named 论坛 (GUIDELINES §3: the generic noun as written); a body written by its generic noun (学校, 公司, 我校) holds the bare meeting it calls
(学校召开大会，表彰…; organizer null, GUIDELINES §3), unlike a meeting noun or a place word as the subject; a meeting
referred to by its close (…大会闭幕后不久，…) takes no day from the clause telling what came after it; a Tibetan
or Uyghur name written without a dot (才让卓玛, 买买提江) is read whole after a title, and a model name cut at its start
(让卓玛) grows back to the run of name syllables.
Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，学校召开大会，表彰先进集体和先进个人。", [("大会", "2024-05-06", None)]),
        ("5月6日上午，公司召开大会，对优秀员工进行表彰。", [("大会", "2024-05-06", None)]),
        ("5月6日，集团召开大会，对年度先进班组进行表彰。", [("大会", "2024-05-06", None)]),
        ("5月6日，我校召开会议，研究部署招生工作。", [("会议", "2024-05-06", None)]),
        ("5月6日，学院召开全体会议，总结上学期工作。", [("全体会议", "2024-05-06", None)]),
        # a named body keeps its name as organizer
        ("5月6日，江城大学召开大会，表彰先进集体和先进个人。", [("大会", "2024-05-06", "江城大学")]),
        # NEGATIVE: a meeting noun or a time word as the subject holds nothing of its own
        ("5月6日，县委召开座谈会。会上召开会议，研究工作。", [("座谈会", "2024-05-06", "县委")]),
    ],
)
def test_a_generic_body_holds_the_bare_meeting(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_the_speaker_of_a_generic_bodys_meeting(extract) -> None:
    record = extract(page("5月6日，学院召开大会，院长王强讲话。"))
    assert held(record) == [("大会", "2024-05-06", None)]
    assert speakers(record) == {"王强": ("院长", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2014年12月5日，首届世界互联网大会闭幕后不久，代表们前往乌镇参观。", [(None, None, None)]),
        ("5月6日上午，第二届江城法学研讨会闭幕后不久，组委会发布了会议纪要。", [(None, None, None)]),
        # NEGATIVE: a meeting closing on the day told (also when what came right after it is told), or opening
        ("5月6日，数字经济论坛闭幕后，企业家们参观了园区。", [("2024-05-06", "5月6日", None)]),
        ("5月6日，数字经济论坛在滨江闭幕。", [("2024-05-06", "5月6日", None)]),
        ("5月6日，数字经济论坛在滨江开幕。", [("2024-05-06", "5月6日", None)]),
    ],
)
def test_a_meeting_referred_to_by_its_close(extract, body: str, expected: list) -> None:
    assert when(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县委召开座谈会，县委书记才让卓玛主持会议并讲话。", {"才让卓玛": ("县委书记", ("主持", "讲话"))}),
        ("5月6日，县委召开座谈会，县委副书记次仁顿珠主持。", {"次仁顿珠": ("县委副书记", ("主持",))}),
        ("5月6日，县委召开座谈会，县长扎西多吉讲话。", {"扎西多吉": ("县长", ("讲话",))}),
        ("5月6日，市委召开座谈会，副市长阿依古丽主持。", {"阿依古丽": ("副市长", ("主持",))}),
        # NEGATIVE: ordinary Han names keep their length
        ("5月6日，县委召开座谈会，县委书记王建国主持会议并讲话。", {"王建国": ("县委书记", ("主持", "讲话"))}),
        ("5月6日，县委召开座谈会，县长李卓玛讲话。", {"李卓玛": ("县长", ("讲话",))}),
    ],
)
def test_tibetan_and_uyghur_names_are_whole(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，论坛在滨江会展中心举行，市长王强致辞，中国工程院院士李明发表主旨演讲。",
         [("论坛", "2024-05-06", None)]),
        ("昨日，峰会在会展中心举行，副市长陈刚致辞。", [("峰会", "2024-05-07", None)]),
        ("5月6日上午，论坛在江城大学图书馆报告厅举行，校长刘洋致辞。", [("论坛", "2024-05-06", None)]),
        # NEGATIVE: no day of its own; the forum named before, referred to again
        ("论坛在滨江会展中心举行，市长王强致辞。", []),
        ("5月6日，第三届数字经济论坛在滨江开幕。论坛在滨江会展中心举行，市长王强致辞。",
         [("第三届数字经济论坛", "2024-05-06", None)]),
    ],
)
def test_a_forum_named_by_its_noun_alone(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


def test_the_speakers_of_a_bare_forum(extract) -> None:
    record = extract(page("5月6日，论坛在滨江会展中心举行，市长王强致辞，中国工程院院士李明发表主旨演讲。"))
    assert speakers(record) == {"王强": ("市长", ("致辞",)), "李明": ("中国工程院院士", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县委召开座谈会，县委副书记次仁顿珠主持。", {"次仁顿珠": ("县委副书记", ("主持",))}),
        ("5月6日，市委召开座谈会，村党支部书记买买提江发言。", {"买买提江": ("村党支部书记", ("发言",))}),
        ("5月6日，县委召开座谈会，副县长格桑达瓦讲话。", {"格桑达瓦": ("副县长", ("讲话",))}),
        ("5月6日，县委召开座谈会，县委书记才让卓玛主持会议并讲话。", {"才让卓玛": ("县委书记", ("主持", "讲话"))}),
        # NEGATIVE: ordinary Han names keep their length; one syllable alone is no name read by this rule
        ("5月6日，县委召开座谈会，县长李卓玛讲话。", {"李卓玛": ("县长", ("讲话",))}),
        ("5月6日，县委召开座谈会，县委书记王建国主持会议并讲话。", {"王建国": ("县委书记", ("主持", "讲话"))}),
    ],
)
def test_tibetan_and_uyghur_names_after_a_title_by_the_rules(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
