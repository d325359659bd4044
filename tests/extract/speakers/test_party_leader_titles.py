"""The title of a visiting party's leader (GUIDELINES §4 thirty-fifth review round): 以 of 以…率领的 or 以…带领的 before
the leader's post is no part of the title, as 以 of 以…为团长 is not (以州长某某率领的代表团 → 州长); and a Japanese name
of four characters the model reads, whose family name's first character is no Chinese surname, is known on a page naming
Japan, so that its titled mention in 以会长某某为团长 gives its title. A title written plainly keeps its characters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

PUBLISHED = "1998-01-20"

TITLED = [
    ("省长刘海今天在省政府会见了以州长约翰·史密斯率领的美国代表团。史密斯说，两地的合作有着良好的基础。",
     "约翰·史密斯", "州长"),
    ("副省长王强昨天会见了以市长彼得·布朗带领的英国经贸代表团。布朗表示，愿意扩大双方的合作。",
     "彼得·布朗", "市长"),
    ("市长刘海今天在市政府会见了以会长山田一郎为团长的日本经济友好访华团。山田一郎表示，协会愿为友好事业继续努力。",
     "山田一郎", "会长"),
    ("市长刘海今天在市政府会见了以会长樱井良夫为团长的日本经济友好访华团。樱井良夫表示，协会愿为友好事业继续努力。",
     "樱井良夫", "会长"),
    ("市长刘海今天在市政府会见了以社长樱木正雄为团长的日本新闻代表团。樱木正雄说，两国新闻界的交流十分重要。",
     "樱木正雄", "社长"),
]

KEPT = [
    # near misses: a chain written plainly, and 以 of a place's name, keep their characters
    ("省长刘海今天会见了美国明州州长约翰·史密斯。史密斯说，两地的合作有着良好的基础。", "约翰·史密斯", "美国明州州长"),
    ("县委召开座谈会，以色列总理内塔尼亚胡的讲话被多次提及。座谈会上，县长王强说，要抓好安全生产。", "王强", "县长"),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLED + KEPT)
def test_party_leader_title(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str, title: str) -> None:
    people = {s["name"]: s for s in extract_with_model(text, PUBLISHED)["speakers"]}
    assert people[name]["title"] == title
