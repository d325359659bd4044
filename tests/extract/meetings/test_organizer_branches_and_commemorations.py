"""Organizer shapes of branches after a city, committees and heads of government, and commemorations (GUIDELINES §3 organizer and the eighteenth round's gathering).

- A bank's or a society's branch named after a city opening on 长 (中国银行长沙分行, 建设银行长春支行) is its organizer: the
  posts of foreign, firm and society copy (行长, 会长, 社长) read before a name only where the page writes a person there.
- A Party committee (县委, 市委) and a head of government (县长, 市长) are two actors: a day of the committee's act does not
  date the head's meeting by that reading.
- 纪念大会 named several sentences after the gathering it commemorates (…在湖南宾馆隆重集会，纪念…) is that gathering, its
  organizer and venue as before; only a bare 座谈会 or 大会 is held to the sentences right after it.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from pipeline.extract.meetings.extractor import MeetingExtractor
from tests.extract.views import page


@pytest.mark.parametrize(("body", "organizer"), [
    ("3月5日上午，中国银行长沙分行在分行三楼会议室召开2024年工作会议。", "中国银行长沙分行"),
    ("3月5日上午，建设银行长春支行召开2024年工作会议。", "建设银行长春支行"),
    ("3月5日上午，江城市农村信用合作社长治路营业部召开工作会议。", "江城市农村信用合作社长治路营业部"),
])
def test_branch_after_long_city_keeps_its_organizer(extract, body, organizer):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [organizer]


@pytest.mark.parametrize(("body", "subject", "same"), [
    ("县委", "县长张三", False),
    ("市委", "副市长李四", False),
    ("省委", "省长王五", False),
    ("菲律宾国民经济发展署", "菲经济发展部长阿比托", True),
    ("社会福利署", "署长李四", True),
])
def test_committee_and_head_of_government_are_two_actors(body, subject, same):
    assert MeetingExtractor._same_actor(body, subject) is same


def test_commemoration_named_far_after_its_gathering(extract):
    body = ("本报长沙1月5日讯 湖南省委、省政府今天在湖南宾馆隆重集会，纪念毛泽东同志诞辰一百周年。"
            "省委书记王茂林主持。各界代表一千多人参加。会场庄严肃穆。代表们瞻仰了毛泽东同志像。"
            "省长陈邦柱在纪念大会上发言。")
    meetings = extract(page(body))["meetings"]
    assert [(m["organizer"], m["location"]) for m in meetings][:1] == [("湖南省委、省政府", "湖南宾馆")]
