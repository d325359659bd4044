"""The year of a meeting on a page with no publication date (GUIDELINES §3, ``date``: the year from the text itself).

MeetingDates.year_from_text was a long chain of ordered early returns; it is now the ordered steps of
``_YEAR_STEPS`` (the first year found wins), with the same order and the same results (snapshot 0 of 1779
changed).  Each row pins which step reads the year of an invented page, so a step moved ahead of or behind its
neighbours shows here: a year reviewed by the meeting's own sentence wins over the current year named elsewhere;
the next year's start ahead of a year-end meeting (§3: a November or December meeting before a single start on
1 January ahead is in the year before it) wins over the vote; the account's last full date wins over years
voted across the text (§3); a year a speaker looks back on early in the year gives the year after it (§3).
The negative rows write no year, or only one of a person's history (1951年入党): no step may fire.
"""

from __future__ import annotations

import pytest

from pipeline.extract.meetings.dates import _YEAR_STEPS, MeetingDates, _YearClues
from pipeline.ingest import RawInput, to_document

# (page text with a headline line and no publication date, the meeting's sentence, its month, year, deciding step)
ROWS = [
    ("厂里召开表彰会\n2月10日，厂里召开2022年度先进表彰大会。2024年是开局之年。",
     "2月10日，厂里召开2022年度先进表彰大会。", 2, 2023, "_year_own_sentence_reviews"),
    ("厂里召开表彰会\n8月10日，厂里召开2022年度先进表彰大会。",
     "8月10日，厂里召开2022年度先进表彰大会。", 8, 2022, "_year_own_sentence_reviews"),
    ("两国外长会谈\n12月30日，两国外长在京举行会谈。两国将从1998年1月1日起建立合作机制。",
     "12月30日，两国外长在京举行会谈。", 12, 1997, "_year_before_next_year_start"),
    ("论坛开幕\n10月12日，2019年城市规划学术年会在江城开幕。",
     "10月12日，2019年城市规划学术年会在江城开幕。", 10, 2019, "_year_own_sentence_names"),
    ("工作会议\n12月20日，县里召开2025年农业工作会议。",
     "12月20日，县里召开2025年农业工作会议。", 12, 2024, "_year_own_sentence_names"),
    ("座谈会\n1月21日，市长在记者招待会上指出，1997年全市经济稳中有进。",
     "1月21日，市长在记者招待会上指出，1997年全市经济稳中有进。", 1, 1998, "_year_after_recalled_in_remarks"),
    ("慰问\n1998年1月20日，市领导走访企业。2003年该厂扩建，2003年投产。\n1月21日，市政府召开座谈会。",
     "1月21日，市政府召开座谈会。", 1, 1998, "_year_of_account"),
    # negative: no year written, or one only of a person's history (§3: 1989年入党 is no evidence): no step fires
    ("座谈会\n3月5日，社区召开居民座谈会。", "3月5日，社区召开居民座谈会。", 3, None, None),
    ("座谈会\n3月5日，社区召开居民座谈会。老党员李某1951年入党。", "3月5日，社区召开居民座谈会。", 3, None, None),
]


@pytest.mark.parametrize(("text", "sentence", "month", "year", "step"), ROWS)
def test_the_first_step_with_a_year_gives_the_meetings_year(
        text: str, sentence: str, month: int, year: int | None, step: str | None) -> None:
    doc = to_document(RawInput("rf1", text.encode("utf-8"), False, {}))
    clues = _YearClues(doc, sentence, month)
    first = next(((f.__name__, y) for f in _YEAR_STEPS if (y := f(clues)) is not None), (None, None))
    assert first == (step, year)
    assert MeetingDates().year_from_text(doc, sentence, month) == year
