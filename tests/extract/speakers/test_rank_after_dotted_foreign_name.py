"""A military rank after a transliterated dotted name (`某国国防部长伊斯玛·拉希莫夫中将`) ends the name and joins the title
chain with `、` (`某国国防部长、中将`), as after any other name; its first character is no part of the name (GUIDELINES §4 rank
rule; thirty-seventh review round, 7 December 2026, seventh stop, from a recall read of newspaper articles). Invented
sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

HOST = "总参谋长王林上将今天在这里会见了"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (HOST + "某国国防部长伊斯玛·拉希莫夫中将。王林说，两军关系很好。拉希莫夫表示希望加强合作。",
         {"王林": ("总参谋长、上将", ("讲话",)), "伊斯玛·拉希莫夫": ("某国国防部长、中将", ("讲话",))}),
        (HOST + "某国总参谋长阿齐兹·卡里莫夫少将。王林说，两军关系很好。卡里莫夫表示希望加强合作。",
         {"王林": ("总参谋长、上将", ("讲话",)), "阿齐兹·卡里莫夫": ("某国总参谋长、少将", ("讲话",))}),
        # no rank: as before
        (HOST + "某国国防部长伊斯玛·拉希莫夫。王林说，两军关系很好。拉希莫夫表示希望加强合作。",
         {"王林": ("总参谋长、上将", ("讲话",)), "伊斯玛·拉希莫夫": ("某国国防部长", ("讲话",))}),
        (HOST + "某国陆军司令卡利莫夫上将。王林说，两军关系很好。卡利莫夫表示希望加强合作。",
         {"王林": ("总参谋长、上将", ("讲话",)), "卡利莫夫": ("某国陆军司令、上将", ("讲话",))}),
    ],
)
def test_rank_after_dotted_name(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
