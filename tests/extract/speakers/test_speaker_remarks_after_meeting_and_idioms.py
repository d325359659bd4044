"""Newspaper phrasings of the 1998 register that gave speakers where nobody spoke at the meeting: remarks
made once the meeting was over (会见…后表示, 晚会结束后…对某某说), 说 inside an idiom or a word (二话没说,
说服, 据说, 听说), and a name inside what 以…为例 frames (the one who gives the example speaks, not the one
the example is about); 敦促 (urging) at talks is a speech like 要求 and 呼吁.  The sentences are invented; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import speakers

_DATELINE = "本报东海３月４日电记者林平报道："


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # remarks after the meeting, in the person's own clause (会见…后表示): said when it was over (§4)
        ("东海省省长林海涛今天在省政府会见南洋商会代表团后表示，双方合作前景广阔。",
         {}),
        ("外交部长周文山４日在宾馆同来访的北欧外长会谈结束后说，两国关系进入新阶段。",
         {}),
        # after the evening's event, remarks to someone there (晚会结束后，…同志对…说)
        ("文化部举行迎春晚会。晚会结束后，文化部副部长高明远同志对演员们说，要多下基层演出。",
         {}),
        # NEGATIVE: remarks made at the meeting itself (会见时表示)
        ("东海省省长林海涛今天在省政府会见南洋商会代表团时表示，双方合作前景广阔。",
         {"林海涛": ("东海省省长", ("讲话",))}),
        # NEGATIVE: a press conference held after the talks is an occasion of its own
        ("外交部长周文山４日同来访的北欧外长举行会谈，并在会谈后举行的记者招待会上说，两国关系进入新阶段。",
         {"周文山": ("外交部长", ("讲话",))}),
        # NEGATIVE: the next act after a meeting that is itself an address (会见后发表讲话)
        ("市委召开座谈会。市委书记王建中在会上讲话。他说，要抓好春耕生产。",
         {"王建中": ("市委书记", ("讲话",))}),
    ],
)
def test_remarks_after_the_meeting_are_no_speech_at_it(extract, body: str, expected: dict) -> None:
    assert speakers(extract(_DATELINE + body + "\n")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 二话没说/二话不说: without a word
        ("全县召开表彰大会。受表彰的民警赵小军二话没说就跳进冰河救人。", {}),
        ("全县召开表彰大会。获奖的村医钱玉兰二话不说背起药箱出了门。", {}),
        # 说服: persuading someone, no remarks
        ("两国外长举行会谈。他先后与甲国外长李安德和乙国外长王富林举行了会谈，但未能说服对方让步。", {}),
        # NEGATIVE: 说 itself after the name at a meeting
        ("全县召开表彰大会。县委书记孙立平在大会上说，要学习先进。",
         {"孙立平": ("县委书记", ("讲话",))}),
    ],
)
def test_say_inside_an_idiom_or_a_word_is_no_remark(extract, body: str, expected: dict) -> None:
    assert speakers(extract(_DATELINE + body + "\n")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the name inside 以…为例 is the example; the one before 以 speaks
        ("在座谈会上，省作协主席周明远以青年作家李小燕的小说《春水》为例，说这样的作品贴近生活。",
         {"周明远": ("省作协主席", ("讲话",))}),
        ("在研讨会上，市文联主席郑家和以画家孙卫东的经历为题，强调创作要扎根人民。",
         {"郑家和": ("市文联主席", ("讲话",))}),
        ("在表彰会上，县委书记冯长林以劳模钱大海为榜样，要求党员干部苦干实干。",
         {"冯长林": ("县委书记", ("讲话",))}),
        # NEGATIVE: an example of one's own after the name (以亲身经历为例): the name speaks
        ("在座谈会上，省长李建华以亲身经历为例说，要以事实为依据。",
         {"李建华": ("省长", ("讲话",))}),
    ],
)
def test_a_name_framed_as_an_example_is_the_speakers_object(extract, body: str, expected: dict) -> None:
    assert speakers(extract(_DATELINE + body + "\n")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 敦促 at talks: urging the other side, a speech (§4 讲话, like 要求)
        ("在今天上午的会谈中，甲国总统李维敦促乙国尽快撤军。",
         {"李维": ("甲国总统", ("讲话",))}),
        ("两国外长举行会谈。外长周文山在会谈中敦促对方遵守协议。",
         {"周文山": ("外长", ("讲话",))}),
        # NEGATIVE: urging in a statement, no meeting reported
        ("甲国总统李维今天发表声明，敦促乙国尽快撤军。", {}),
    ],
)
def test_urging_at_talks_is_a_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(_DATELINE + body + "\n")) == expected
