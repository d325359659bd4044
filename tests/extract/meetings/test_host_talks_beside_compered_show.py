"""A person whose `主持` takes a show or gala as its direct object (`主持了音乐会`, `主持文艺晚会`) compères that event only:
no host of talks told beside it (`演出前，某某会见了…`), as a chaired welcome rite is none (GUIDELINES §3 host,
thirty-first and thirty-fourth rounds; talks have parties, no chair).  Invented sentences; the expected values follow
corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def hosted(record: dict) -> list[tuple[str, str | None]]:
    """(name, host's name) of each meeting, in order."""
    return [(m["name"], m["host"]["name"] if m["host"] else None) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("著名歌唱家王丽今晚在市音乐厅举行独唱音乐会。主持人李强主持了音乐会。演出前，副市长赵明会见了王丽和她的学生。",
         [("会见", None)]),
        ("青年演员陈红主持了今晚的文艺晚会。晚会开始前，副省长周平会见了全体演员。", [("会见", None)]),
        ("电视节目主持人孙亮主持演唱会。演出前，市长钱伟会见了歌唱家。", [("会见", None)]),
        # near misses: the talks' own chair
        ("市长赵明今天会见了某国客人。外办主任钱伟主持会见。", [("会见", "钱伟")]),
    ],
)
def test_show_compere_hosts_no_talks(extract, body: str, expected: list) -> None:
    assert hosted(extract(page(body))) == expected
