"""A body written short by its level word (`县教育局`, `县委组织部`) as a meeting's subject is the one the page writes in
full with its one place of that level, in the body, the headline or the source line (`来源：江城县教育局`); the source or
byline alone holds nothing (a meeting told in the passive, or by `我局`, keeps organizer null) (GUIDELINES §3 organizer,
twenty-third round; thirty-first review round, 7 December 2026, first stop). Invented pages only."""

from __future__ import annotations

import pytest


def _organizers(record: dict) -> list[str | None]:
    return [m["organizer"] for m in record["meetings"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("标题\n2024-05-08 来源：某网\n江城县教育局近日部署了安全工作。5月6日，县教育局召开校长座谈会。\n", ["江城县教育局"]),
    ("标题\n2024-05-08 来源：江城县教育局\n5月6日，县教育局召开校长座谈会。\n", ["江城县教育局"]),
    ("江城县教育局召开校长座谈会\n2024-05-08 来源：某网\n5月6日，县教育局召开校长座谈会。\n", ["江城县教育局"]),
    ("标题\n2024-05-08 来源：江城县委组织部\n5月6日，县委组织部召开2024年全县组织工作会议。\n", ["江城县委组织部"]),
])
def test_short_form_takes_the_full_name_the_page_writes(extract, text, expected):
    assert _organizers(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # two counties named: the short form may stand for either
    "标题\n2024-05-08 来源：某网\n江城县教育局与青河县教育局结对。5月6日，县教育局召开校长座谈会。\n",
    # a placeholder names no place
    "标题\n2024-05-08 来源：某某县教育局\n5月6日，县教育局召开校长座谈会。\n",
])
def test_short_form_stays_when_the_page_names_two_places(extract, text):
    assert _organizers(extract(text)) == ["县教育局"]


@pytest.mark.parametrize("text", [
    "标题\n2024-05-08 来源：江城县教育局\n5月6日，2024年党风廉政建设工作会议召开。\n",
    "标题\n2024-05-08 来源：江城县教育局\n5月6日，我局召开2024年党风廉政建设工作会议。\n",
    "标题\n2024-05-08 来源：某网\n5月6日，2024年全县组织工作会议在县委党校召开。\n（江城县委组织部供稿）\n",
])
def test_source_or_byline_alone_holds_nothing(extract, text):
    assert _organizers(extract(text)) == [None]


def test_words_before_the_level_word_are_no_place(extract):
    text = "标题\n2024-05-08 来源：某网\n记者从市交通运输局了解到，该局日前召开全市交通运输工作会议。\n"
    assert _organizers(extract(text)) == ["市交通运输局"]
