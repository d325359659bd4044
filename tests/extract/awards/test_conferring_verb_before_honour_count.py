"""The verb of conferring before an honour counted after it (`学校表扬资深教师十五位`): the subject and the verb are no part
of the honour (`资深教师` 15) (GUIDELINES §5 thirty-seventh review round, 7 December 2026, seventh stop, from cases left from
earlier stops).

Found: a verb the honour did not read as its own kept the subject and the verb in the honour (`学校表扬资深教师`).

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page

# (body, honours)
CASES = [
    ("会上，县一中表扬资深教师十五位，并为他们颁发了纪念品。", [("资深教师", 15, "位", "person")]),
    ("会上，县一中表扬了资深教师十五位。", [("资深教师", 15, "位", "person")]),
    ("县一中表扬资深教师共十五位。", [("资深教师", 15, "位", "person")]),
    ("会上，县团委表扬资深志愿者二十名。", [("资深志愿者", 20, "名", "person")]),
    ("会上，县一中表扬了服务满三十年的资深教师十五位。", [("资深教师", 15, "位", "person")]),
    # near misses: honours that read as such already, a verb opening the honour, plain classes of people
    ("会上，县一中表扬优良教师二十名。", [("优良教师", 20, "名", "person")]),
    ("会上，县一中表彰优秀教师二十名，先进集体五个。",
     [("优秀教师", 20, "名", "person"), ("先进集体", 5, "个", "organization")]),
    ("公司评出先进员工60名、表扬员工29名。", [("先进员工", 60, "名", "person"), ("表扬员工", 29, "名", "person")]),
    ("会上，县一中表扬教师二十名。", []),
    ("会上，县一中表扬退休教师十五位。", []),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_conferring_verb_before_honour_count(extract, body, expected):
    assert honours(extract(page(body))) == expected
