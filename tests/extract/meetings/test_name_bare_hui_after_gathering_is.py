"""A bare `会` referred to (`会上，…`) right after a sentence that opens on a gathering's name as the subject of `是`
(`联欢会其实是全厂技术革新的誓师会。会上，…`) is that gathering, named as written (`联欢会`), as after a sentence telling
it held by its kind (GUIDELINES §3 thirty-second round; thirty-fifth review round, 7 December 2026, fifth stop).
Invented sentences.
"""

from __future__ import annotations

import pytest


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯节日前夕，职工们聚在一起。联欢会其实是全厂技术革新的誓师会。会上，职工们表示要再创佳绩。", ["联欢会"]),
        ("本报讯新年前夕，村民们聚在一起。团拜会其实是一次誓师会。会上，大家表示要继续奋斗。", ["团拜会"]),
        # near misses: the kind told held, as before; nothing named before
        ("本报讯新年前夕，村民们聚在一起，为村庄进行了热烈的座谈。会上，干部群众表示要继续奋斗。", ["座谈"]),
        ("本报讯新年前夕，村民们聚在一起。会上，干部群众表示要继续奋斗。", ["会"]),
    ],
)
def test_bare_hui_after_gathering_is(extract_with_model, text: str, expected: list[str]) -> None:
    assert names(extract_with_model(text)) == expected
