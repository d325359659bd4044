"""A 研讨班 (a seminar class, often of several days at a party school) is a class held like a 培训班 or 研修班 (GUIDELINES
§3 thirty-seventh review round, 7 December 2026, seventh stop, from the daily tuning part's misses).

Reading: a 研讨班 told held, opened, ended or attended on a stated day is a record named as written; a 学习班 alone stays
unread (a course as often as an event, as before), and so do seminar classes told as a plural. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


@pytest.mark.parametrize(("text", "names"), [
    ("5月6日至20日，李明在省委党校参加了全省县委书记研讨班。", ["全省县委书记研讨班"]),
    ("全省县委书记研讨班5月6日在省委党校开班。", ["全省县委书记研讨班"]),
    ("全省县委书记研讨班昨天在省委党校结束。", ["全省县委书记研讨班"]),
    ("5月6日，李明在省委党校参加了全省县委书记研修班。", ["全省县委书记研修班"]),
    # near misses: a study class alone, several classes told as a plural
    ("5月6日，李明参加了全县财会人员学习班。", []),
    ("近年来，省委党校先后举办了多期研讨班。", []),
])
def test_seminar_class_is_a_class(extract, text, names):
    assert [m["name"] for m in extract(page(text))["meetings"]] == names


def test_year_word_joined_by_de_stays_in_date_text(extract):
    """去年的12月4日至29日: 的 between the year word and the date keeps the year word in date_text (as 去年12月4日 does)."""
    record = extract(page("去年的12月4日至29日，李明在省委党校参加了全省县委书记研讨班。"))
    assert when(record) == [("2023-12-04", "去年的12月4日至29日", None)]
