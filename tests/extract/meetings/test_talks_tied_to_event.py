"""Talks or a call written as a verb, tied to the event just told with no day of their own (GUIDELINES §3 twenty-ninth
review round, 6 December 2026, eighth stop).

Reading: talks or a call written as a verb (``会见了…``, ``与…会面``, ``与…举行了座谈``) are held on the day of the event just
told when the sentence ties them to it: a same-day word opening it (``当晚，``), an order word after the subject
(``局长其后…``, ``市长随后…``), or ``X前，`` where X is the kind of the event told before and no ceremony (``报告前``,
``推介会前``, ``论坛开始前``). Talks before a ceremony (``开幕式前，…会见了…``, fifteenth round), before a bare ``会前``
(may be of an earlier day), before an event the page does not tell, or told as ahead (``将``) stay none. Invented
sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, page


def _talks(record: dict) -> list[tuple[str, str | None]]:
    """(name, date) of each meeting after the event told first."""
    return dated(record)[1:]


@pytest.mark.parametrize(("body", "expected"), [
    # right before an event of a kind that is no ceremony, named by its kind
    ("5月6日下午，北京大学教授王明在图书馆报告厅作学术报告。报告开始前，副校长李华在校长办公楼会见了王明教授。",
     [("会见", "2024-05-06")]),
    ("5月6日上午，江城市投资推介会在深圳举行。推介会前，市长李华还会见了广州市有关部门负责人。",
     [("会见", "2024-05-06")]),
    ("5月6日上午，江城青年论坛在市政府举行。论坛开始前，市长李华在市政府会见了来访的韩国商会代表团。",
     [("会见", "2024-05-06")]),
    # an order word after the subject (其后 as Hong Kong copy writes 随后), or opening the sentence
    ("5月6日上午，江城长者基金颁发典礼在会展中心举行。局长李华其后在市政府大楼与多位社区义工代表会面。",
     [("会面", "2024-05-06")]),
    ("5月6日上午，滨海市人才工作推进会在市行政中心召开。随后，市长陈刚与十余名青年博士代表会面。",
     [("会面", "2024-05-06")]),
    ("5月6日，海洋经济论坛在滨海举行。副市长周敏随后与参会企业代表进行了座谈。",
     [("座谈", "2024-05-06")]),
    # the same day, opening the sentence
    ("5月6日下午，北京大学教授王明在图书馆报告厅作学术报告。当晚，王明又与研究所的博士生举行了座谈。",
     [("座谈", "2024-05-06")]),
])
def test_talks_tied_to_event_just_told(extract, body, expected):
    assert _talks(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    # before a ceremony: a courtesy call, no meeting (fifteenth round)
    "5月6日上午，江城青年论坛在市政府开幕。开幕式前，市长李华在市政府会见了来访的韩国商会代表团。",
    # a bare 会前: may be of an earlier day
    "5月6日上午，江城青年论坛在市政府开幕。会前，市长李华在市政府会见了来访的韩国商会代表团。",
    # a kind the page told no event of
    "5月6日上午，江城青年论坛在市政府举行。推介会前，市长李华会见了广州市有关部门负责人。",
    # talks ahead
    "5月6日下午，北京大学教授王明在图书馆报告厅作学术报告。当晚，王明将与研究所的博士生举行座谈。",
])
def test_talks_not_tied(extract, body):
    assert _talks(extract(page(body))) == []


# The venue after 在 right before the party of talks written as a verb is theirs (§3 location: the venue when stated);
# a call (通电话) places only the caller, no venue.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，局长李华在市政府大楼与多位社区义工代表会面。", "市政府大楼"),
    ("5月6日，副省长周敏在省政府大楼与来访的德国企业代表团会面。", "省政府大楼"),
    ("5月6日，外交部长王某在北京同某国外长通电话。", None),
])
def test_talks_venue_before_party(extract, body, expected):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [expected]
