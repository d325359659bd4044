"""One event told twice, and two summits joined by 和 (GUIDELINES §1 duplicated facts count once; §3 twelfth,
nineteenth, twentieth and thirtieth review rounds, 6 December 2026, ninth stop).

Readings:
- two summits or sessions whose parties are written with a dash, joined by 和 and sharing the head written once
  (``东盟—中日韩和中国—东盟首脑非正式会晤``), are two records; a topic joined by 和 (``经济和社会发展研讨会``) is one name;
- a press conference's fuller name told later with no day of its own (``出席了代表团成立新闻发布会`` after ``在今天的新闻
  发布会上``) is the same press conference: one record; one told on another day stays its own;
- the opening of a meeting named by that meeting's bare head (``出席了研讨会开幕式``), with no day of its own, is the
  meeting's part, no record.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _names(body: str, extract) -> list[str]:
    return sorted(m["name"] for m in extract(page(body))["meetings"])


@pytest.mark.parametrize(("body", "expected"), [
    ("中国积极参与地区合作，参加了东盟—中日韩和中国—东盟首脑非正式会晤。", ["东盟—中日韩首脑非正式会晤", "中国—东盟首脑非正式会晤"]),
    ("5月6日，总理出席了中国—东盟和中日韩领导人会议。", ["中日韩领导人会议", "中国—东盟领导人会议"]),
    ("5月6日，總理出席了中國—東盟和東盟—中日韓領導人會議。", ["东盟—中日韩领导人会议", "中国—东盟领导人会议"]),
    ("外长6日在吉隆坡出席了东盟—日本和东盟—韩国外长会议。", ["东盟—日本外长会议", "东盟—韩国外长会议"]),
    ("5月6日，经济和社会发展研讨会在北京举行。", ["经济和社会发展研讨会"]),
])
def test_summits_joined_by_and(extract, body, expected):
    assert _names(body, extract) == sorted(expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("今天，代表团在北京成立。在今天的新闻发布会上，团长王明说，将力争突破。\n"
     "局长李华出席了代表团成立新闻发布会，他勉励运动员争取荣誉。", ["新闻发布会"]),
    ("5月6日，在上午的记者招待会上，发言人表示欢迎。\n部长出席了访问团记者招待会。", ["记者招待会"]),
    # told on another day: two press conferences
    ("在今天的新闻发布会上，团长王明说，将力争突破。\n去年12月，局长李华出席了代表团成立新闻发布会。",
     ["代表团成立新闻发布会", "新闻发布会"]),
])
def test_press_conference_told_twice(extract, body, expected):
    assert _names(body, extract) == sorted(expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("“长江水利研讨会”6日在重庆举行。\n部长钱明、副主任郭华等出席了研讨会开幕式。", ["长江水利研讨会"]),
    ("第五届亚洲论坛6日在上海举行。\n副市长出席了论坛开幕式并致辞。", ["第五届亚洲论坛"]),
    ("第五屆亞洲論壇6日在上海舉行。\n副市長出席了論壇開幕式並致辭。", ["第五届亚洲论坛"]),
])
def test_head_opening_is_meetings_part(extract, body, expected):
    assert _names(body, extract) == expected
