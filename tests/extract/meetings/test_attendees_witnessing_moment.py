"""People counted witnessing the moment a ceremony is (`…以及新闻机构的记者约300人目睹了这一激动人心的历史性时刻`), the count
closing the list of those present, are its attendees, like people counted watching the rite (`300余人观看了发布仪式`,
GUIDELINES §3 twentieth round; thirty-second review round, 7 December 2026, second stop). A count witnessing anything
else (`目睹了大桥的勘测过程`) is none. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def counted(record: dict) -> list[tuple[str, int | None, bool]]:
    """(name, attendee_count, attendee_approx) of each meeting, in order."""
    return [(m["name"], m["attendee_count"], m["attendee_approx"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新华社比勒陀利亚1月1日电中国驻南非大使馆开馆仪式今天举行。开馆仪式在原研究中心所在地举行。"
         "南非外交部部长、各国驻南非使节以及新闻机构的记者约300人目睹了这一激动人心的历史性时刻。",
         [("中国驻南非大使馆开馆仪式", 300, True)]),
        ("江城市青年服务中心揭牌仪式今天在市行政中心举行，干部群众近500人见证了这一历史时刻。", [("江城市青年服务中心揭牌仪式", 500, True)]),
        ("江城市青年服务中心揭牌仪式今天在市行政中心举行。各界人士約300人目睹了這一歷史性時刻。", [("江城市青年服务中心揭牌仪式", 300, True)]),
        # as before: people watching the rite
        ("江城市青年服务中心揭牌仪式今天在市行政中心举行，300余人观看了揭牌仪式。", [("江城市青年服务中心揭牌仪式", 300, True)]),
        # something else witnessed: none
        ("江城大桥奠基仪式今天在江北新区举行。此前，约300人目睹了大桥的勘测过程。", [("江城大桥奠基仪式", None, False)]),
    ],
)
def test_counted_witnesses_of_the_moment(extract_with_model, body: str, expected: list) -> None:
    assert counted(extract_with_model(page(body, "1998-01-02"))) == expected
