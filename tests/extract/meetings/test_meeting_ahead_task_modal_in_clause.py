"""A meeting whose own clause sets a task with a modal before `于` and a time (`会议要求，县农办要牵头于6月中旬召开…会议`),
the verb of holding not told done, is still ahead like one after a task clause (thirty-sixth round): no record
(GUIDELINES §3 planned events, thirty-seventh review round, 7 December 2026, seventh stop, from the new tuning pages s170).

Found: a conference a standing meeting asked a bureau to convene later in the month was recorded with the bureau, and its
modal, as organizer.

Near misses: no modal (`主要负责人` holds none; `需要` as the noun of `根据工作需要`), the meeting told done (`了`) or with an account of it after, stay held.
Every sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

_HELD = "5月6日下午，镇长王某主持召开镇政府第8次常务会议。"

# (body, meeting names recorded)
CASES = [
    (_HELD + "会议要求，镇农办要牵头于6月中旬召开全镇农业生产工作会议。", ["镇政府第8次常务会议"]),
    (_HELD + "会议要求，镇应急办要于本月下旬召开全镇防汛工作会议，对汛期工作进行部署。", ["镇政府第8次常务会议"]),
    (_HELD + "会议强调，各村务必于本月底前举办一次防汛演练培训班。", ["镇政府第8次常务会议"]),
    # near misses: no modal, told done, an account of the meeting after it
    (_HELD + "镇农办主要负责人于5月8日召开全镇农业生产工作会议。", ["镇政府第8次常务会议", "全镇农业生产工作会议"]),
    (_HELD + "为抓好春耕，镇农办需要提前于5月8日召开了全镇农业生产工作会议。", ["镇政府第8次常务会议", "全镇农业生产工作会议"]),
    (_HELD + "镇农办根据工作需要于5月8日召开全镇农业生产工作会议。", ["镇政府第8次常务会议", "全镇农业生产工作会议"]),
    (_HELD + "会议要求，镇农办要牵头于5月8日召开全镇农业生产工作会议，副镇长李某主持会议。",
     ["镇政府第8次常务会议", "全镇农业生产工作会议"]),
]


@pytest.mark.parametrize(("body", "names"), CASES)
def test_meeting_ahead_task_modal_in_clause(extract, body, names):
    assert [m["name"] for m in extract(page(body))["meetings"]] == names
