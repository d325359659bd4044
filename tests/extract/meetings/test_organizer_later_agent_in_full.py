"""A class's organizer told by a later `由…主办` and written short by its level word (invented pages).

GUIDELINES §3, thirty-second review round (7 December 2026, second stop), following the twenty-third and thirty-first
rounds (a body written short by its level word, `县委组织部`, is the one the page writes in full with its one place of
that level, the source line included): the agent of `主办` told after the meeting (`本次培训由县委组织部主办`) is expanded
like the subject of `召开`.  Near misses: a page that writes no such body in full, and a short body of another kind than
the one named in full, stay as written.
"""

from __future__ import annotations

import pytest


def _page(source: str, body: str) -> str:
    return f"全县培训班开班\n来源：{source}\n{body}\n"


def _organizers(record: dict) -> list[str | None]:
    return [m["organizer"] for m in record["meetings"]]


@pytest.mark.parametrize(("source", "body", "expected"), [
    ("崇山县委组织部", "5月8日上午，全县村党组织书记培训班在县委党校开班。本次培训由县委组织部主办，县委党校承办，为期5天。",
     ["崇山县委组织部"]),
    ("崇山县委组织部", "5月8日上午，全县村党组织书记培训班在县委党校开班，培训班由县委组织部主办。", ["崇山县委组织部"]),
    ("江城县人社局", "5月8日，全县创业导师培训班在县职教中心开班。本期培训由县人社局主办，为期3天。", ["江城县人社局"]),
    ("江城县教育局", "5月8日，全县中小学校长培训班在县教师进修学校开班。此次培训由县教育局主办。", ["江城县教育局"]),
    ("崇山县委组织部", "5月8日上午，县委组织部在县委党校举办全县村党组织书记培训班。", ["崇山县委组织部"]),
    ("崇山县委组织部", "5月8日上午，由县委组织部主办的全县村党组织书记培训班在县委党校开班。", ["崇山县委组织部"]),
    # near misses: no body of the kind written in full on the page
    ("崇山县融媒体中心", "5月8日上午，全县村党组织书记培训班在县委党校开班。本次培训由县委组织部主办。", ["县委组织部"]),
    ("崇山县委组织部", "5月8日，全县教育工作会议召开。会议由县教育局主办。", ["县教育局"]),
])
def test_later_host_written_short_is_the_body_in_full(extract, source, body, expected):
    assert _organizers(extract(_page(source, body))) == expected
