"""Reviewer rv: over-firing found by near misses on this stop's merged rules (invented sentences only).

- GUIDELINES §5 (a count of holders tallied for another period is no award of this event; nineteenth round: a count of
  winners told after the honour in its own clause in Traditional text is that honour's count): a prize handed out in
  another period (`基金會去年頒發清寒獎學金，每人…，共15名學生獲獎`, 前年, 上屆, 往年) gives its winners no record; the
  prize handed at this event keeps its count.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: the prize handed last year, each winner's share, then the winners counted
    ("典禮昨日舉行。基金會去年頒發清寒獎學金，每人新臺幣3,000元，共15名學生獲獎。", []),
    # paraphrases: another past period word, Simplified script, another share word
    ("典禮昨日舉行。基金會前年頒發清寒獎學金，每名新臺幣3,000元，共15名學生獲獎。", []),
    ("典禮昨日舉行。上屆典禮頒發勤學獎學金，每位新臺幣2,000元，共12名畢業生獲獎。", []),
    ("典禮昨日舉行。基金會往年頒發清寒獎學金，每人新臺幣3,000元，共15名學生獲頒。", []),
    ("典礼昨日举行。基金会去年颁发清寒奖学金，每人新台币3,000元，共15名学生获奖。", []),
    # near misses: the prize handed at this event keeps its winners
    ("畢業典禮上，基金會頒發清寒獎學金，每人新臺幣3,000元，共15名學生獲獎。", [("清寒奖学金", 15, "名", "person")]),
    ("畢業典禮上，董事長頒發「勤學獎學金」，每人新臺幣3,000元，共15名學生獲獎。", [("勤学奖学金", 15, "名", "person")]),
])
def test_prize_handed_in_another_period(extract, body, expected):
    assert honours(extract(page(body))) == expected
