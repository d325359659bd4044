"""Other parties' talks told after the talks just told, found on a recall read of newspaper articles (GUIDELINES §3
thirty-seventh review round, after the fourth and twelfth): ``在两国总理会谈之后，双方外长也举行了会谈`` is a second
meeting held, its own record beside the first talks, not the same talks told again; with no order word and 也/还/又
(``两国外长举行了会谈，…会谈取得成果``) the talks told again stay one record. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月7日，甲乙两国总理在江城举行了会谈。在两国总理会谈之后，双方外长也举行了会谈，讨论了边界问题。", ["会谈", "会谈"]),
    ("5月7日，甲乙两国总统在江城进行了重要会谈。总统会谈结束后，两国经贸部长还进行了会谈。", ["重要会谈", "会谈"]),
    # near misses: the same talks told again, talks only planned after them
    ("5月7日，甲乙两国总理在江城举行了会谈。会谈在友好的气氛中进行。", ["会谈"]),
    ("5月7日，甲乙两国总理在江城举行了会谈。在会谈之后，双方外长将举行会谈。", ["会谈"]),
])
def test_talks_after_talks(extract, body: str, expected: list) -> None:
    assert names(extract(page(body))) == expected
