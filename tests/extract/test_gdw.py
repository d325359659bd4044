"""Paraphrases the cr35 review (section B) found missed by this stop's rules, each read as its class.

- B17 (GUIDELINES §3 organizer: "The organizer is who hosts, not who helps (由甲主办、乙承办的… -> 甲)"): a meeting
  referred to through an attribute of holding it, ``在X主办的…上``, names its host X with the hosting verb itself as
  with 召开/举办 (also ``联合主办``/``共同主办``, and after ``由``); 主办 names who hosts, never the place, so a body after 在
  that would otherwise be read as a venue (a 厅, a school) hosts it. Near misses: 承办 and 协办 (who help) name no
  organizer; a city before 举办 stays the place.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _held(record: dict) -> list[tuple]:
    return [(m["name"], m["organizer"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    # the review's row, reduced and re-invented
    ("在公安部主办的全国会议上，部长作了讲话。", [("全国会议", "公安部", None)]),
    ("在国家林业局主办的全国护林工作会议上，局长王强讲话。", [("全国护林工作会议", "国家林业局", None)]),
    # paraphrases: the body, the meeting noun, 联合/共同 before 主办, 由 before the host
    ("在省文化厅主办的全省文艺工作座谈会上，厅长李明讲话。", [("全省文艺工作座谈会", "省文化厅", None)]),
    ("在中国作家协会主办的青年作家研讨会上，王明作了发言。", [("青年作家研讨会", "中国作家协会", None)]),
    ("在市人民政府主办的招商推介会上，市长王刚致辞。", [("招商推介会", "市人民政府", None)]),
    ("在省科协联合主办的科普论坛上，李明作了报告。", [("科普论坛", "省科协", None)]),
    ("在江城大学主办的学术研讨会上，王明作了发言。", [("学术研讨会", "江城大学", None)]),
    ("在由公安部主办的全国会议上，部长作了讲话。", [("全国会议", "公安部", None)]),
    # near misses: who helps is no organizer; a city before 举办 is the place; 召开 keeps its reading
    ("在江城大学承办的全国会议上，王明作了发言。", [("全国会议", None, None)]),
    ("在市政府协办的招商推介会上，市长王刚致辞。", [("招商推介会", None, None)]),
    ("在江城市举办的全国会议上，王明作了发言。", [("全国会议", None, "江城市")]),
    ("在公安部召开的全国会议上，部长作了讲话。", [("全国会议", "公安部", None)]),
])
def test_host_named_by_zhuban_after_zai(extract, body, expected):
    assert _held(extract(page(body))) == expected
