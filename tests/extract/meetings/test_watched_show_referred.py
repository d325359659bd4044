"""A gala told as a show the subject watched (观看了…芭蕾舞专场晚会) is a show, no meeting, and so is the bare 晚会 that
later sentences refer to (…参加了晚会, …出席了晚会); a gala attended (出席了…文艺晚会) stays a record, and a bare 晚会 after
a show of another noun watched (观看了文艺演出) stays as before (GUIDELINES §3 records: shows are no meetings;
thirty-sixth review round, 7 December 2026, sixth stop). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("委员长李明今天晚上在大会堂观看了由江城慈善会和江城电视台共同举办的“爱心之春”芭蕾舞专场晚会。\n"
         "晚会邀请芭蕾舞团演出了舞剧。3000多名残疾人参加了晚会。\n市长王强等出席了晚会。", []),
        # near misses: a gala attended, or another show's noun watched
        ("委员长李明今天晚上在大会堂出席了“爱心之春”文艺晚会。\n3000多名残疾人参加了晚会。", ["“爱心之春”文艺晚会"]),
        ("委员长李明今天观看了文艺演出。\n3000多名群众参加了晚会。", ["晚会"]),
    ],
)
def test_watched_show_referred(extract, body, expected):
    assert [m["name"] for m in extract(page(body))["meetings"]] == expected
