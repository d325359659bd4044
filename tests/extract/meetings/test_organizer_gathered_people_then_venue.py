"""A body that gathered or invited people (`邀集`, `召集`, `邀请`) in the clause right before, set off by a comma from the place
of holding (`市委、市政府邀集全市老干部，在市礼堂举行团拜会`), is the organizer, as `县教育局邀集各校校长召开…` names it; a person
gives none, and so do people invited by a body (`受市委邀请的…，`) (GUIDELINES §3 organizer, thirty-eighth review round,
7 December 2026, eighth stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import placed

_DATELINE = "新春团拜\n新华社江城１月２６日电（记者王某）"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # several bodies listed, then the people gathered, then the place after a comma
        ("今天下午，江城市委、人大、政府和政协邀集全市老干部和各界来宾，在江城人民会堂举行新春团拜会。",
         [("新春团拜会", "江城人民会堂", "江城市委、人大、政府和政协")]),
        ("今天上午，江城市科协邀请部分专家学者，在科技馆召开座谈会。", [("座谈会", "科技馆", "江城市科协")]),
        ("今天，县总工会召集全县劳动模范，在县工人文化宫举行迎春茶话会。", [("迎春茶话会", "县工人文化宫", "县总工会")]),
        # a body whose name opens with 应 (应急) inviting people: no invitation received
        ("今天上午，县应急管理局邀请各乡镇安全员，在县会议中心召开座谈会。", [("座谈会", "县会议中心", "县应急管理局")]),
        # with no comma: read as before
        ("今天下午，江城市委邀集全市老干部在江城人民会堂举行新春团拜会。", [("新春团拜会", "江城人民会堂", "江城市委")]),
    ],
)
def test_body_gathering_people_holds_it(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(_DATELINE + body + "\n")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person who gathered people gives no organizer
        ("今天下午，市长王明邀集全市企业家，在江城人民会堂举行座谈会。", [("座谈会", "江城人民会堂", None)]),
        # invited by a body (应…邀请): no such subject
        ("今天下午，应市政府邀请，各界来宾在江城人民会堂举行座谈会。", [("座谈会", "江城人民会堂", None)]),
        # people invited by a body, told as a group before the comma (应/受…邀请前来的…, …邀请的…): no body inviting them
        ("今天下午，受县政府邀请的各地侨商，在江城人民会堂举行座谈会。", [("座谈会", "江城人民会堂", None)]),
        ("今天下午，应省科协邀请前来讲学的教授们，在江城人民会堂举行座谈会。", [("座谈会", "江城人民会堂", None)]),
    ],
)
def test_no_body_gathering_people(extract_with_model, body: str, expected: list) -> None:
    assert placed(extract_with_model(_DATELINE + body + "\n")) == expected
