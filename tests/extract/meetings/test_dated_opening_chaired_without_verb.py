"""An opening ceremony dated inside a meeting of several days and told by who chaired it, with no verb of holding
(`6日上午的开幕式由…主持`), is its own record like `6日上午举行的开幕式由…主持`: the span's first day, venue and
organizer, and its chair hosts the ceremony, not the whole meeting (GUIDELINES §3 thirty-sixth review round, sixth stop,
from the new tuning pages s169; twenty-first round: dated sittings and ceremonies are records of their own).

Found: the chair became the host of the whole forum and no ceremony record was written.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

_FORUM = "由江城大学、省化学会联合主办的第五届绿色化工论坛于5月6日至7日在江城大学图书馆报告厅举行。"
_ANNUAL = "省护理学会第九届学术年会于4月12日至13日在江城宾馆召开。"

# (published, body, [(name, date, time_of_day, location, organizer, host name)])
CASES = [
    ("2024-05-08", _FORUM + "6日上午的开幕式由江城大学副校长王某主持。校长李某致辞。", [
        ("第五届绿色化工论坛", "2024-05-06", None, "江城大学图书馆报告厅", "江城大学、省化学会", None),
        ("开幕式", "2024-05-06", "上午", "江城大学图书馆报告厅", "江城大学、省化学会", "王某")]),
    ("2024-04-15", _ANNUAL + "13日下午的闭幕式由学会秘书长赵某主持。", [
        ("第九届学术年会", "2024-04-12", None, "江城宾馆", "省护理学会", None),
        ("闭幕式", "2024-04-13", "下午", "江城宾馆", "省护理学会", "赵某")]),
    # near misses: the same told with 举行的 stays as it was; a ceremony with no day of its own stays the meeting's part,
    # its chair the meeting's host
    ("2024-05-08", _FORUM + "6日上午举行的开幕式由江城大学副校长王某主持。", [
        ("第五届绿色化工论坛", "2024-05-06", None, "江城大学图书馆报告厅", "江城大学、省化学会", None),
        ("开幕式", "2024-05-06", "上午", "江城大学图书馆报告厅", "江城大学、省化学会", "王某")]),
    ("2024-05-08", _FORUM + "开幕式由江城大学副校长王某主持。", [
        ("第五届绿色化工论坛", "2024-05-06", None, "江城大学图书馆报告厅", "江城大学、省化学会", "王某")]),
]


@pytest.mark.parametrize(("published", "body", "expected"), CASES)
def test_dated_opening_chaired_without_verb(extract, published, body, expected):
    record = extract(page(body, published))
    got = [(m["name"], m["date"], m["time_of_day"], m["location"], m["organizer"], (m["host"] or {}).get("name"))
           for m in record["meetings"]]
    assert got == expected
