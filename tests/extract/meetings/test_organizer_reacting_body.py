"""A body opening its clause with its reaction to news (`对此深感震惊`, `高度重视`, `接到报告后`), then a clause that holds a
meeting with only an adverb before the verb (`紧急召开`, `立即召开`, `连夜召开`), is the subject of both clauses and so the
organizer (GUIDELINES §3 organizer: the subject of 召开/举行), also after a clause of the day (`5月6日，…`) and for a
committee known by its short name in 委会 (`中国奥委会`, `国际奥委会`); people who are no body (`附近居民`) give none
(thirty-first review round, 7 December 2026, first stop). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def organizers(record: dict) -> list[str | None]:
    return [m["organizer"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，中国奥委会对此深感震惊，紧急召开反兴奋剂委员会会议，特作出如下决定。", ["中国奥委会"]),
        ("5月6日，市政府高度重视，立即召开防汛工作会议。", ["市政府"]),
        ("5月6日，县委对此高度重视，迅速召开常委会议。", ["县委"]),
        ("5月6日，市卫生局接到报告后，第一时间召开专题会议。", ["市卫生局"]),
        ("5月6日，江城大学对此十分重视，紧急召开校务会议。", ["江城大学"]),
        ("据悉，省奥委会接到通知后，连夜召开专题会议。", ["省奥委会"]),
        # Traditional script
        ("國際奧委會對此深感震驚，緊急召開執委會會議。", ["国际奥委会"]),
        # the meeting's clause with a subject of its own
        ("5月6日，群众对此反映强烈，镇政府紧急召开专题会议。", ["镇政府"]),
    ],
)
def test_reacting_body_organizes(extract_with_model, body: str, expected: list) -> None:
    assert organizers(extract_with_model(page(body, "1998-01-17"))) == expected


def test_reacting_people_no_organizer(extract_with_model) -> None:
    assert organizers(extract_with_model(page("5月6日，附近居民得知消息后，紧急召开居民会议。", "1998-01-17"))) == [None]
