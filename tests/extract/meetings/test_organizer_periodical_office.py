"""A periodical's title read as a meeting's organizer (《江城文艺》召开作者座谈会) stands for the office that edits it
where the page names that office right after the title (《江城文艺》编辑部, 《江城文艺》杂志社); with no office named, or
two kinds named, the title stays (GUIDELINES §3 organizer, thirty-sixth review round, 7 December 2026, sixth stop).
Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("《江城文艺》召开作者座谈会\n本报江城5月8日讯记者李明报道：《江城文艺》编辑部今天邀集作家华明、丁平等40余人，共同探讨"
         "繁荣文学创作等问题。\n市文联主席王强出席了座谈会。\n", "《江城文艺》编辑部"),
        ("标题\n2024-05-08 来源：某网\n《江城文艺》今天召开作者座谈会。《江城文艺》编辑部主任李明主持。\n", "《江城文艺》编辑部"),
        ("标题\n2024-05-08 来源：某网\n《江城文艺》杂志社今天召开作者座谈会。\n", "《江城文艺》杂志社"),
        # near misses: no office named, or two kinds named: the title as written
        ("标题\n2024-05-08 来源：某网\n《江城文艺》今天召开作者座谈会。\n", "《江城文艺》"),
        ("标题\n2024-05-08 来源：某网\n《江城文艺》今天召开作者座谈会。《江城文艺》编辑部和《江城文艺》杂志社的同志出席。\n",
         "《江城文艺》"),
    ],
)
def test_periodical_office(extract, text, expected):
    meetings = extract(text)["meetings"]
    assert meetings[0]["organizer"] == expected
