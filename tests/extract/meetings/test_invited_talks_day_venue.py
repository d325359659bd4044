"""Talks told as an invitation to a place on a day (`李瑞环1月22日邀请…领导人到中南海迎春座谈`) are held there that day: the
座谈会 referred to later in the same item with no day or venue of its own takes them (GUIDELINES §3 thirty-second review
round, 7 December 2026, second stop; a referred meeting takes the day of the account that introduced it, fifteenth
round). An invitation ahead, or one in another item, lends nothing. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def told(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, date_text, location) of each meeting, in order."""
    return [(m["name"], m["date_text"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报北京1月23日讯政协主席李某1月22日邀请全国性宗教团体领导人到中南海迎春座谈，就过去一年的工作坦诚谈心。\n"
         "李某首先向宗教界人士祝贺新春。他说，宗教界做了大量工作。\n国务委员王某出席了座谈会。",
         [("座谈会", "1月22日", "中南海")]),
        ("本报北京1月23日讯政协主席李某1月22日邀请全国性宗教团体领导人到中南海迎春座谈，就过去一年的工作坦诚谈心。国务委员王某出席了座谈会。",
         [("座谈会", "1月22日", "中南海")]),
        ("市长王强今天邀请十位老专家来到市政府座谈，副市长李明参加了座谈会。", [("座谈会", "今天", "市政府")]),
        ("市長王強今天邀請十位老專家來到市政府座談，副市長李明參加了座談會。", [("座谈会", "今天", "市政府")]),
        # an invitation ahead: nothing lent
        ("市长王强邀请部分企业家下月到市政府座谈。副市长李明介绍了座谈会的筹备情况。", []),
    ],
)
def test_invited_talks_lend_day_and_venue(extract_with_model, body: str, expected: list) -> None:
    found = told(extract_with_model(page(body, "1998-01-23")))
    assert [f for f in found if f[0] == "座谈会"] == expected
