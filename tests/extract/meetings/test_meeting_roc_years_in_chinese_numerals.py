"""Republic-of-China years written in Chinese numerals before a meeting's day: spelt out with the era word
(中华民国一百一十三年三月五日) or digit by digit (一一三年三月五日) in a Taiwan article; the year is the ROC
year plus 1911 (GUIDELINES §3: 民国113年 -> 2024), and the date text is the whole expression.  Negative cases:
a Gregorian year in Chinese numerals, an undated page without a year, and a bare ROC-looking year outside a
Taiwan article (only the day counts there).  Invented sentences; the expected values follow
corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import page, when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the era word and a spelt-out ROC year, no page stamp: the text gives the year
        ("嘉义县召开县务会议\n来源：嘉义县政府\n中華民國一百一十三年三月五日上午，嘉義縣政府召開第二十次縣務會議，"
         "由縣長翁某主持。\n", [("2024-03-05", "中华民国一百一十三年三月五日", "上午")]),
        ("某县召开会议\n来源：某县政府\n民國一百零八年十月二日，某縣政府召開防災會報，由縣長林某主持。\n",
         [("2019-10-02", "民国一百零八年十月二日", None)]),
        # digit by digit in a Taiwan article, under a page stamp
        ("花莲县议会召开定期大会\n2024-03-06 來源：花蓮縣議會\n花蓮縣議會於一一三年三月五日召開第二十屆第三次定期大會，"
         "議長張某主持。臺灣各界關注。\n", [("2024-03-05", "一一三年三月五日", None)]),
        # (a range of days: the first day)
        ("某縣舉辦研討會\n來源：某縣政府\n中華民國一百一十三年三月五日至七日，某縣政府舉辦地方創生研討會。\n",
         [("2024-03-05", "中华民国一百一十三年三月五日至七日", None)]),
    ],
)
def test_a_roc_year_in_chinese_numerals(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Gregorian year in Chinese numerals is read as before
        ("全县会议召开\n来源：某县\n二〇二四年三月五日，全县民政工作会议召开。\n", [("2024-03-05", "二〇二四年三月五日", None)]),
        # no year written and no page stamp: no date
        ("三月五日，县委召开全县干部大会。", [(None, "三月五日", None)]),
        # a Chinese-numeral month and day under a page stamp
        (page("三月五日上午，市政协召开常委会会议。", "2024-03-06"), [("2024-03-05", "三月五日", "上午")]),
    ],
)
def test_other_chinese_numeral_dates_unchanged(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected
