"""A headline whose subject is the place the body's chair went to right before convening (`石桥村召开“书记院坝会”` over
`镇党委书记王某来到石桥村，主持召开“书记院坝会”`) names the venue, not the holder: a person as the only subject of the
body's `召开` gives organizer `null`, whatever the headline says (GUIDELINES §3 thirty-sixth review round, sixth stop,
from the new tuning pages s169; rounds 29-31).

Found: the village the headline names was made the organizer.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

# (headline, body, (name, organizer, location))
CASES = [
    ("石桥村召开“书记院坝会”", "今天上午，石桥镇党委书记王某来到石桥村，主持召开“书记院坝会”，与村民代表面对面交流。",
     ("书记院坝会", None, "石桥村")),
    ("东湖社区召开“居民议事会”", "今天上午，东湖街道党工委书记李某走进东湖社区，召开“居民议事会”，听取居民意见。",
     ("居民议事会", None, "东湖社区")),
    # near misses: the headline's subject not gone to keeps its reading as before
    ("石桥村召开“书记院坝会”", "今天上午，石桥镇党委书记王某主持召开“书记院坝会”，与村民代表面对面交流。",
     ("书记院坝会", "石桥村", None)),
    ("县教育局召开安全工作会议", "今天上午，县教育局局长王某来到县实验中学，主持召开安全工作会议。",
     ("安全工作会议", "县教育局", "县实验中学")),
]


@pytest.mark.parametrize(("headline", "body", "expected"), CASES)
def test_headline_village_gone_to(extract, headline, body, expected):
    meeting = extract(f"{headline}\n2024-08-15 来源：某网\n{body}\n")["meetings"][0]
    assert (meeting["name"], meeting["organizer"], meeting["location"]) == expected
