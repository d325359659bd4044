"""A quoted title whose head also describes people, handed to a count after 为/向 (invented sentences).

- GUIDELINES §5 (a plaque or certificate given for a quoted honour counts; `为N名“X”颁发证书`), as read in the thirty-first
  review round (7 December 2026, first stop): a title whose head describes people too (`杰出校友`, `优秀校友`) is an honour when
  quoted and handed to counted holders after 为 or 向 with a conferring verb after them; unquoted and with nothing
  conferred (`10位杰出校友回到母校`) it stays a description.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    ("会上为3位“杰出校友”颁发奖杯。", [("杰出校友", 3, "位", "person")]),
    ("会上为3名“杰出校友”颁发证书。", [("杰出校友", 3, "名", "person")]),
    ("校庆大会上，学校向5名“优秀校友”颁发荣誉证书。", [("优秀校友", 5, "名", "person")]),
    ("典禮上，校長為四位「傑出校友」頒發獎座。", [("杰出校友", 4, "位", "person")]),
    # stays: a description, an honorary degree
    ("10位“杰出校友”回到母校。", []),
    ("10位杰出校友回到母校参加校庆。", []),
    ("学校向3位杰出校友授予名誉博士学位。", [("名誉博士学位", 3, "位", "person")]),
])
def test_quoted_weak_head_handed(extract, body, expected):
    assert honours(extract(page(body))) == expected
