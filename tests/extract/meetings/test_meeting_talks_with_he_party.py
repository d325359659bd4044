"""Talks written as a verb with 和 marking the other party, found on a recall read of newspaper articles (GUIDELINES §3
thirty-seventh review round, after the fourth and twenty-ninth): after a visit told in the same sentence, ``并和…进行了座谈``
or ``还和…举行了会谈`` is talks held, like ``与…举行了座谈``; 和 counts as the party's mark only right after 并/还/又/也 and
with the verb of holding written. 和 inside a word (``和平会谈``) or without a verb of holding gives
nothing new (``并和企业负责人一起参观了…``). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("今天，副省长王某考察了江城师范学院，并和学校领导、教师代表进行了座谈。", ["座谈"]),
    ("5月7日，市长李某视察了高新区，还和十余家企业负责人举行了座谈。", ["座谈"]),
    ("5月7日，外长王某参观了港口，又和该国交通部长举行了会谈。", ["会谈"]),
    # near misses: 和 inside a word, 和 as a conjunction of what is supported, no verb of holding
    ("5月7日，外长王某表示，中方支持中东和平会谈。", []),
    ("5月7日，市长李某视察了高新区，并和企业负责人一起参观了展厅。", []),
])
def test_talks_with_he_party(extract, body: str, expected: list) -> None:
    assert names(extract(page(body))) == expected
