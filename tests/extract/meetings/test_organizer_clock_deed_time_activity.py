"""Where the subject of holding is a clock time, the time of a person's deed or an activity, no body is named (GUIDELINES
§3 organizer, thirty-fifth review round, 7 December 2026, fifth stop: an organizer is a body, thirty-second round; a place
written before an activity's quoted name holds it, as before a passive event's name, eighth round). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clock time where the subject would stand: none
        ("5月6日是江城灯会开幕的日子，应市民要求，下午2时30分就举行了开幕式。", None),
        ("5月6日，晚8点举行了开幕式。", None),
        # the time of a person's deed, before or after it: none
        ("5月6日，王明离任前在江城饭店举行告别宴会。", None),
        ("5月6日，考察团抵达后在江城饭店举行记者招待会。", None),
        # an activity as the subject: the place before its quoted name, else none
        ("江城市“送温暖”活动5月6日上午在市体育馆举行启动仪式。", "江城市"),
        ("全市“送温暖”活动5月6日上午在市体育馆举行启动仪式。", None),
        ("送温暖活动5月6日上午在市体育馆举行启动仪式。", None),
        # near misses: a body stays
        ("5月6日下午3时，市政府在市体育馆举行启动仪式。", "市政府"),
        ("5月6日，江城市文化局在市体育馆举行启动仪式。", "江城市文化局"),
        ("5月6日，市委宣传部在市体育馆举行“送温暖”活动启动仪式。", "市委宣传部"),
    ],
)
def test_subject_naming_no_body(extract, body, expected):
    meetings = extract(page(body))["meetings"]
    assert meetings[0]["organizer"] == expected
