"""A place's self-reference before a venue (`在我市新时代文明实践中心`, `在本县青少年科技馆`) stands for the one city, county
or district of that level the page names, written before the venue; with none or several named (or a placeholder 某某市) the
venue stays as written, as the twenty-first round's readings of `我市` leave it (GUIDELINES §3 location, thirty-first review
round, 7 December 2026, first stop; thirteenth and twenty-first rounds). Invented sentences only."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _venues(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，市文明办在我市新时代文明实践中心举办志愿服务工作座谈会。", [("志愿服务工作座谈会", "我市新时代文明实践中心")]),
    ("5月6日，县科协在我县青少年科技馆召开科普工作座谈会。", [("科普工作座谈会", "我县青少年科技馆")]),
    ("5月6日，某某县科协在本县青少年科技馆召开科普工作座谈会。", [("科普工作座谈会", "本县青少年科技馆")]),
    ("5月6日，青州市文明办在我市新时代文明实践中心举办志愿服务工作座谈会。",
     [("志愿服务工作座谈会", "青州市新时代文明实践中心")]),
    ("5月6日，凌源县科协在本县青少年科技馆召开科普工作座谈会。", [("科普工作座谈会", "凌源县青少年科技馆")]),
])
def test_own_place_before_a_venue(extract, body, expected):
    assert _venues(extract(page(body))) == expected


def test_own_place_alone_names_no_venue(extract):
    assert _venues(extract(page("5月6日，市文明办在我市召开志愿服务工作座谈会。"))) == [("志愿服务工作座谈会", None)]
