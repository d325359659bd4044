"""The first meeting of a later glued item takes the holders its own item tells after it (`…揭晓仪式。…这次活动由甲、乙、
丙共同主办`), as the page's main meeting does (GUIDELINES §11: each item's records count; §3 fifteenth and nineteenth
rounds: the holders stated for an activity or a selection are lent to its ceremony; thirty-third review round, 7 December
2026, third stop). Near-misses: holders told in another item are never lent across its dateline, and the first item's
meeting keeps its own reading. Invented pages in the newspaper's shape (no publication date, §11).
"""

from __future__ import annotations

import pytest


def organizers(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


FIRST = "体育新闻\n本报济南1月8日电 这是李明在此间召开的全国训练工作会议上透露的。\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FIRST + "本报讯1月8日在北京人民大会堂举行了1997年世界十佳运动员评选揭晓仪式。这次活动由新体育杂志社、中央电视台体育部共同主办。",
         [("全国训练工作会议", None), ("1997年世界十佳运动员评选揭晓仪式", "新体育杂志社、中央电视台体育部")]),
        (FIRST + "本报讯 1997年江城十佳青年评选揭晓仪式1月8日在江城宾馆举行。本次评选由江城日报社主办。",
         [("全国训练工作会议", None), ("1997年江城十佳青年评选揭晓仪式", "江城日报社")]),
        (FIRST + "本报讯 江城书画研讨会1月8日在江城宾馆举行。研讨会由江城市文联和江城画院联合主办。",
         [("全国训练工作会议", None), ("江城书画研讨会", "江城市文联、江城画院")]),
        # near-miss: the holders are told in the next item, past its dateline
        (FIRST + "本报讯 江城书画研讨会1月8日在江城宾馆举行。\n本报讯 研讨会由江城市文联主办的另一场活动将于下月举行。",
         [("全国训练工作会议", None), ("江城书画研讨会", None)]),
    ],
)
def test_glued_item_meeting_takes_its_item_holders(extract_with_model, text: str, expected: list) -> None:
    assert organizers(extract_with_model(text)) == expected
