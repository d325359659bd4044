"""Listeners a lecture is given to whose description holds a short quoted label (`为60余名新任社区“两委”干部讲授党课`,
`为120名“双报到”党员讲了一堂党课`) attend it like any counted listeners (GUIDELINES §3 listeners of a lecture, eighth and
fourteenth rounds; thirty-seventh review round, 7 December 2026, seventh stop, from the new tuning pages s170).

Found: the count of village cadres a county secretary lectured was lost, the quoted label standing between the count and
the cadres.

Near misses: the same listeners handed a gift (no lecture), a label too long for the reach, and the listeners with no
label are read as before.  Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

# (body, (attendee_count, attendee_approx) of each meeting)
CASES = [
    ("6月3日下午，镇党委书记王刚在镇党校为全镇60余名新任社区“两委”干部讲授专题党课。", [(60, True)]),
    ("5月21日上午，镇党委书记李强在镇文化站为120名“双报到”党员讲了一堂专题党课。", [(120, False)]),
    ("5月21日上午，區委書記陳明在區委黨校為80多名「兩新」組織黨員講授專題黨課。", [(80, True)]),
    # near misses: a gift handed (no meeting), no label, a label beyond the reach
    ("5月21日上午，县委书记张明为30名“两委”干部送去慰问金。", []),
    ("5月21日上午，县委书记张明在县委党校为120名村干部讲授专题党课。", [(120, False)]),
    ("5月21日上午，县委书记张明在县委党校为120名全县各乡镇新任“两委”干部讲授专题党课。", [(None, False)]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_lecture_listeners_quoted_label(extract, body, expected):
    assert [(m["attendee_count"], m["attendee_approx"]) for m in extract(page(body))["meetings"]] == expected
