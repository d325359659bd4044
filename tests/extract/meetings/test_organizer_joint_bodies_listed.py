"""Two bodies joined by 和 or 与 as the agent that organizes a meeting together (`由甲和乙共同组织的…`, `由甲与乙联合组织的…`)
are listed `甲、乙`, as `共同主办` and the cleft `共同组织召开` list them (GUIDELINES §3 organizer, eighteenth and thirty-first
review rounds; thirty-second round, 7 December 2026, second stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def organizers(record: dict) -> list[str | None]:
    return [m["organizer"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报讯 由国务院发展研究中心和瑞典某汽车公司共同组织的第一届交通与环保国际研讨会，日前在北京举行。",
         ["国务院发展研究中心、瑞典某汽车公司"]),
        ("本报讯 由江城市科协与江城大学联合组织的材料科学研讨会今天在江城举行。", ["江城市科协、江城大学"]),
        ("本报讯 由江城市科协和江城大学共同组织召开的青年学者座谈会今天在江城举行。", ["江城市科协、江城大学"]),
        ("本报讯 由江城市科協和江城大學共同組織的青年學者座談會今天在江城舉行。", ["江城市科协、江城大学"]),
        ("本报讯 由市文联和市作协共同组织的新春座谈会1月5日在市文化宫举行。", ["市文联、市作协"]),
        ("本报讯 日前，由省农业厅与省农科院联合组织的农业科技论坛在江城召开。", ["省农业厅、省农科院"]),
        ("本报讯 由江城市教育局和江城日报社共同组织的校长论坛，昨天在江城一中举行，200多人参加。",
         ["江城市教育局、江城日报社"]),
        ("本报讯 由中国某学会和某国际基金会共同组织的第三届环境论坛5月6日至7日在江城举行。", ["中国某学会、某国际基金会"]),
        ("本报讯 由团市委和市青联共同组织的青年座谈会今天在市青年宫召开。", ["团市委、市青联"]),
        # three bodies, the last joined by 和: listed like those of 共同主办
        ("本报讯 由市文联、市作协和市书协共同组织的新春座谈会1月5日在市文化宫举行。", ["市文联、市作协、市书协"]),
        # as before: 共同主办 lists them, one body alone stays
        ("本报讯 由江城市科协和江城大学联合主办的第二届材料科学研讨会今天在江城举行。", ["江城市科协、江城大学"]),
        ("本报讯 由江城市科协组织的青年学者座谈会今天在江城举行。", ["江城市科协"]),
    ],
)
def test_joint_organizing_bodies_listed(extract_with_model, body: str, expected: list) -> None:
    assert organizers(extract_with_model(page(body, "1998-01-26"))) == expected
