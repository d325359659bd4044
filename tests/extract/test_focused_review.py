"""Phrasings that field-by-field reviews of invented pages found mishandled (each confirmed on a
minimal text, then fixed).  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

from tests.extract.views import speakers


def test_hong_kong_honour_letters_after_a_name_do_not_end_the_sentence_for_it(extract) -> None:
    record = extract("商会举行周年晚宴\n2024-07-01\n香港中华总商会昨晚举行成立124周年晚宴。会长蔡冠深，GBS，JP，在晚宴上致辞。\n")
    assert speakers(record) == {"蔡冠深": ("会长", ("致辞",))}


def test_an_amount_with_thousands_in_full_width_commas(extract) -> None:
    record = extract("市政府召开常务会议\n2024-03-05\n3月4日，市政府召开常务会议，决定安排１，２００万元资金用于老旧小区改造。\n")
    assert [(f["amount"], f["text"]) for f in record["funding"]] == [(12_000_000, "1,200万元")]
