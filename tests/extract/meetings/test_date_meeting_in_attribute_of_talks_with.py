"""A meeting named inside the attribute of the people talks are held with (`张某今天在同出席全省卫生工作会议的代表们座谈时指出`)
has no day told: the talks' day is theirs only, the meeting's `date_text` `null`, as for those met (`会见了出席…会议的全体
代表`; GUIDELINES §3 thirtieth round; thirty-fifth review round, 7 December 2026, fifth stop). A meeting told held on its
own day keeps it. Invented sentences.
"""

from __future__ import annotations

import pytest


def days(record: dict) -> dict[str, str | None]:
    return {m["name"]: m["date_text"] for m in record["meetings"]}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("本报北京5月18日讯张某今天在同出席全省卫生工作会议的代表们座谈时指出，要做好防疫。", "全省卫生工作会议", None),
        ("本报北京5月18日讯李某今天在与出席全市教育工作会议的校长们座谈时指出，要办好教育。", "全市教育工作会议", None),
        # near misses: those met, as before; the meeting told held today
        ("本报北京5月18日讯李某今天会见了出席全省文化局长会议的代表。", "全省文化局长会议", None),
        ("本报北京5月18日讯全省文化局长会议今天开幕。李某今天在同代表们座谈时强调，要繁荣文艺。", "全省文化局长会议", "今天"),
    ],
)
def test_meeting_in_attribute_of_talks_with(extract_with_model, text: str, name: str, expected: str | None) -> None:
    assert days(extract_with_model(text))[name] == expected
