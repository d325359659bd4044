"""A session after `经` opening a sentence, through which a document passed, then the document the sentence tells
(`经省人大常委会第五次会议审议通过，《江城市环境保护条例》正式公布`), is only the document's source: no record (GUIDELINES §3
"Not meetings": a meeting mentioned only as the source of a document; twenty-eighth round, `经…会议选举产生的`;
thirty-fifth review round, 7 December 2026, fifth stop). The session as the subject of its own act stays held, and a
name opening on `经济` is no `经`. Invented sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    "text",
    [
        "经省人大常委会第五次会议审议通过，《江城市环境保护条例》正式公布。条例共六章。",
        "经省人大常委会第五次会议批准，《江城市环境保护条例》正式公布。",
        "经省人大常委会第八次会议审议通过，《江城市节约用水条例》公布施行。",
    ],
)
def test_session_as_document_source(extract_with_model, text: str) -> None:
    assert names(extract_with_model(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省人大常委会第五次会议审议通过，《江城市环境保护条例》正式公布。", ["省人大常委会第五次会议"]),
        ("经济工作会议强调，《江城市发展规划》要落实。", ["经济工作会议"]),
    ],
)
def test_session_acting_kept(extract_with_model, text: str, expected: list[str]) -> None:
    assert names(extract_with_model(text)) == expected
