"""Attendee counts of officials present at a rite, of people greeting one another at a festive gathering, and of
counted groups after named people (GUIDELINES §3 attendee_count, thirty-fourth review round, 7 December 2026, fourth
stop; built on the ninth, eleventh, eighteenth and thirtieth rounds).

Readings:
- officials and notables counted as present (``在场的近百名政府要员、社会名流全体起立``) are the rite's attendees, as guests
  and experts counted present are (ninth round);
- a sentence opening on a count of people who greet one another or celebrate together, right after the only meeting of
  its paragraph (``团拜会…举行。300多位老同志与…相互问候，共迎新春。``), counts its attendees (eleventh round);
- counted groups before 出席/参加 add up also after people named before 和/及 (``王某、李某和17位参事、18位馆员出席`` → 35:
  the named are not counted; thirtieth round: one person named before 及 and a count still gives the count).
Invented sentences only; expected values written from the guidelines.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _count(record: dict) -> tuple[int | None, bool]:
    meeting = record["meetings"][0]
    return meeting["attendee_count"], meeting["attendee_approx"]


@pytest.mark.parametrize(("body", "expected"), [
    ("就职仪式今天上午在市中心的总统府大厅举行。新总统步入大厅时，在场的近百名政府要员、社会名流全体起立。", (100, True)),
    ("宣誓仪式昨天在议会大厦举行。总理步入会场时，在场的200多名议员全体起立鼓掌。", (200, True)),
    ("签字仪式今天在外交部举行。现场的30多位外国官员见证了这一时刻。", (30, True)),
    ("授勋典礼今天在王宫举行。在场的150名贵宾起立致意。", (150, False)),
    # NEGATIVE: staff on duty counted present are no attendees
    ("就职仪式今天上午在总统府大厅举行。现场20名民警维持秩序。", (None, False)),
])
def test_officials_counted_present_at_a_rite(extract, body, expected):
    assert _count(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("市委、市政府今天下午举行老干部团拜会。300多位离退休老同志与市有关负责同志相互问候，共迎新春。", (300, True)),
    ("区委、区政府今天上午举行迎春茶话会。200余名老党员与区领导互致问候，共迎新春。", (200, True)),
    ("市侨联昨天举行联谊会。近百位归侨侨眷欢聚一堂，共度佳节。", (100, True)),
    # NEGATIVE: a tally, a sentence in another paragraph, people doing something else first
    ("市委今天举行团拜会。全年累计300多人与市领导相互问候。", (None, False)),
    ("市委今天举行团拜会。\n300多位老同志与市领导相互问候，共迎新春。", (None, False)),
    ("市委今天举行团拜会。300多位老同志参观了新馆，与市领导相互问候。", (None, False)),
])
def test_greeting_count_right_after_a_gathering(extract, body, expected):
    assert _count(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("市政府今天在京举办春节招待会。王明、李华和17位参事、18位馆员出席招待会。", (35, False)),
    ("市政府今天在京举办春节招待会。王明和12位参事、20位省文史研究馆馆员出席了招待会。", (32, False)),
    ("区委今天召开座谈会。区长周平及12名企业家、8名专家学者参加座谈。", (20, False)),
    ("区委今天召开座谈会。5名区领导和12名企业家、8名专家学者参加座谈。", (25, False)),
    # NEGATIVE: people closed by 等 and their kind are an uncounted group (sixteenth round): no sum
    ("区委今天召开座谈会。区长周平等领导和12名企业家、8名专家学者参加座谈。", (None, False)),
    # NEGATIVE: one counted group after a name gives its own count, nothing added
    ("区委今天召开座谈会。区长周平和12名企业家参加座谈。", (12, False)),
])
def test_counted_groups_after_named_people_add_up(extract, body, expected):
    assert _count(extract(page(body))) == expected
