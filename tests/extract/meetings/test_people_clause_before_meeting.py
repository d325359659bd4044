"""A clause about people before ``…会上的…`` names no meeting (GUIDELINES §3 twenty-sixth round, names hold no clause;
thirtieth review round, 6 December 2026, ninth stop).

Reading: words before ``会上`` that open with people at large or a plural pronoun and what they do (``人们太注意…``,
``他们只看重…``, ``有人过分关注…``) are an opinion about people, not a meeting referred to; a name of its own opening with
such a word (``我们的节日``) is no clause. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize("body", [
    "人们太注意大晚会上的名字，而轻视了演唱、创作水准。",
    "他们只看重颁奖典礼上的排场。",
    "有人过分关注颁奖典礼上的服装，却忘了电影本身。",
    "大家太在意联欢晚会上的明星，忽视了节目本身。",
])
def test_opinion_clause_names_no_meeting(extract, body):
    assert extract(page(body))["meetings"] == []


def test_meeting_referred_after_subject_and_verb_stays(extract):
    record = extract(page("市长王明5月6日在全市安全生产工作会议上指出，要压实责任。"))
    assert [m["name"] for m in record["meetings"]] == ["全市安全生产工作会议"]
