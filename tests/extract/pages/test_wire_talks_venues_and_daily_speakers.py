"""Phrasings of national-daily and wire copy: the venue of talks
told after the guest's visit clause (正在德国进行正式访问的…3日在柏林同…举行会谈), a meeting in the
dateline's city (新华社太原…电 …在太原召开的座谈会上), a person named only as whose relative speaks
(吴某的亲属代表吴小华), an unquoted honour's nomination prize (254名全国道德模范提名奖获得者), a signing
still ahead (会议期间将签署投资协议总额约20亿美元), a session closing after its agenda
(…会议圆满完成各项议程，今天上午在人民大会堂闭幕) and the Korean minister's title 长官.
Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, speakers


def _places(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country of the visit is told first, the talks' own venue after the guest (§3 location)
        ("新华社柏林5月3日电 正在德国进行正式访问的国务院总理温某3日在柏林同德国总理施某举行会谈。\n",
         [("会谈", "柏林")]),
        ("新华社首尔11月3日电 正在韩国访问的外交部长李某3日在首尔同韩国外长潘某举行会谈。\n",
         [("会谈", "首尔")]),
        ("新华社莫斯科5月3日电 正在俄罗斯进行国事访问的国家主席江某今天在克里姆林宫同俄罗斯总统叶某举行会谈。\n",
         [("会谈", "克里姆林宫")]),
        # near misses: the visiting guest after the venue, or a reception with its venue only
        ("新华社北京5月3日电 国务院总理李某今天在人民大会堂同来华进行正式访问的德国总理施某举行会谈。\n",
         [("会谈", "人民大会堂")]),
        ("新华社东京5月3日电 正在日本访问的国务院副总理李某今天在东京会见了日本首相小林。\n",
         [("会见", "东京")]),
        # the dateline's city is a place (not 在省委召开的: a body)
        ("新华社太原8月24日电 吴某8月21日至24日在山西调研。在太原召开的座谈会上，吴某听取了工作汇报。\n",
         [("座谈会", "太原")]),
    ],
)
def test_venues_of_wire_talks(extract, text: str, expected: list) -> None:
    assert _places(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one whose relative speaks is only named (§4)
        ("本报北京12月29日讯 中宣部今天召开座谈会。中国人民大学校长王某德、吴某章的亲属代表吴小华先后发言。\n",
         {"王某德": ("中国人民大学校长", ("发言",)), "吴小华": (None, ("发言",))}),
        ("本报北京12月29日讯 中宣部今天召开座谈会。校长王明德，吴玉章的女儿吴小华，老战友李大山等先后发言。\n",
         {"王明德": ("校长", ("发言",)), "吴小华": (None, ("发言",)), "李大山": (None, ("发言",))}),
        # near miss: a plain list, both speak (the title written once before it is each one's, §4)
        ("本报北京12月29日讯 中宣部今天召开座谈会。校长王明德、吴小华在会上发言。\n",
         {"王明德": ("校长", ("发言",)), "吴小华": ("校长", ("发言",))}),
        # 长官: a Korean minister's title
        ("新华社首尔11月3日电 外交部长李肇光3日在首尔同韩国外交通商部长官潘基勋举行会谈。潘基勋表示，愿加强沟通。\n",
         {"潘基勋": ("韩国外交通商部长官", ("讲话",))}),
    ],
)
def test_speakers_of_daily_reports(extract_with_model, text: str, expected: dict) -> None:
    assert speakers(extract_with_model(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社北京9月20日电 表彰大会今天在人民大会堂举行。大会对54名全国道德模范和254名全国道德模范提名奖获得者进行了表彰。\n",
         [("全国道德模范", 54, "名", "person"), ("全国道德模范提名奖", 254, "名", "person")]),
        ("新华社北京9月20日电 表彰大会今天在人民大会堂举行。大会表彰了30名优秀教师提名奖获得者和20名劳动模范。\n",
         [("优秀教师提名奖", 30, "名", "person"), ("劳动模范", 20, "名", "person")]),
        # near miss: no nomination prize written
        ("新华社北京9月20日电 表彰大会今天在人民大会堂举行。大会表彰了30名劳动模范。\n",
         [("劳动模范", 30, "名", "person")]),
    ],
)
def test_nomination_prize_of_an_unquoted_honour(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signing still ahead: money only intended (§6)
        ("新华社吉隆坡10月8日电 世界华商大会今天在吉隆坡开幕。据介绍，会议期间将签署投资协议总额约20亿美元。\n", []),
        # near misses: signed, or 将 meaning 把 before the projects signed earlier
        ("新华社吉隆坡10月8日电 世界华商大会今天在吉隆坡开幕。会上，双方签署了投资协议，总额约20亿美元。\n",
         [(2000000000.0, "USD", None)]),
        ("本报讯 某市将签约项目纳入台账管理，昨天签约的12个项目总投资86亿元。\n",
         [(8600000000.0, "CNY", None)]),
    ],
)
def test_a_signing_ahead(extract, text: str, expected: list) -> None:
    assert [(a, c) for a, c, _ in grants(extract(text))] == [(a, c) for a, c, _ in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a session closing after its agenda is done: held, with its venue (§3)
        ("新华社北京3月14日电 全国政协九届二次会议圆满完成各项议程，今天上午在人民大会堂闭幕。\n",
         [("全国政协九届二次会议", "人民大会堂")]),
        ("新华社北京3月14日电 某某学会第五次代表大会在完成各项议程后，今天在北京饭店闭幕。\n",
         # (GUIDELINES §3 eleventh review round: "its own numbered congress or session keeps the body in the name and is organized by it")
         [("某某学会第五次代表大会", "北京饭店")]),
        # near miss: a closing with no agenda clause reads as before
        ("新华社北京3月14日电 全国政协九届二次会议今天上午在人民大会堂闭幕。\n",
         [("全国政协九届二次会议", "人民大会堂")]),
    ],
)
def test_a_session_closing_after_its_agenda(extract, text: str, expected: list) -> None:
    assert _places(extract(text)) == expected
