"""A call held by telephone with a party, what was talked over told after it (李明日前通过电话分别同王强和赵刚讨论了…,
王强接到李明打来的电话进行交谈), is talks held, named by its noun as written (电话), as 同…通电话 is 通电话; it is its own
record after other talks the page told; a call ahead (将通过电话…), an inquiry (通过电话同…联系) and sympathy shown on the
telephone (在电话中…) give none (GUIDELINES §3 talks and calls, thirty-sixth review round, 7 December 2026, sixth stop).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("江国总统李明日前通过电话分别同王强和赵刚讨论了金融危机的发展情况。", [("电话", "日前")]),
        ("江国总统李明今天通过电话同王强讨论了金融危机问题。", [("电话", "今天")]),
        ("王强是在下午接到李明打来的电话进行交谈时作上述表示的。", [("电话", None)]),
        ("5月6日，王强在江城与李明举行了会谈。\n江国总统赵刚日前通过电话同王强讨论了金融危机问题。",
         [("会谈", "5月6日"), ("电话", "日前")]),
        # near misses: ahead, an inquiry, words on the telephone with no talks told
        ("李明将通过电话同王强讨论金融危机问题。", []),
        ("记者今天通过电话同李明联系。", []),
        ("王强今天在电话中对李明说，两国要合作。", []),
    ],
)
def test_call_by_phone(extract, body, expected):
    assert [(m["name"], m["date_text"]) for m in extract(page(body))["meetings"]] == expected
