"""Words of the clause are no body: an adverb of manner left where the subject stands (`成功地举办了…`, `特别就…举行了会谈`,
`科协去年顺利地举办…`), the dateline's `电`/`讯` that a long list of hosts leaves at the head of the subject run
(`…1月23日电（记者李鲲）中共中央统战部、全国政协办公厅、国务院宗教事务局今天在京举办…`), and a clause of when the body was
founded (`成立于1994年的…中心`) give no organizer and no part of one (GUIDELINES §3 organizer; thirty-second review round,
7 December 2026, second stop; §11 for the dateline). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def organizers(record: dict) -> list[str | None]:
    return [m["organizer"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an adverb of manner, with or without 地, where the subject would stand: no organizer
        ("他们还按照有关公约，成功地举办了江城海洋论坛，各方反响热烈。", [None]),
        ("本报开罗3月5日电 埃及总统昨天下午与叙利亚总统就地区形势，特别就和平进程举行了两轮会谈。", [None]),
        ("他们特别举办了一次报告会。", [None]),
        # an adverb after the body: the body
        ("江城市科协去年顺利地举办了学术年会。", ["江城市科协"]),
        ("江城市科协今天成功举办了第三届学术年会。", ["江城市科协"]),
        ("江城市作家协会昨天隆重地召开了第五次代表大会。", ["江城市作家协会"]),
        ("江城市文联积极举办了新春座谈会。", ["江城市文联"]),
        # a dateline's 电 before a bracketed byline and a long list of hosts
        ("新华社北京1月23日电（记者李鲲）中共中央统战部、全国政协办公厅、国务院宗教事务局今天在京举办迎春茶话会。",
         ["中共中央统战部、全国政协办公厅、国务院宗教事务局"]),
        ("新华社北京1月23日电（记者李鲲、王黎）中共中央统战部、全国政协办公厅、国务院宗教事务局今天在京举办迎春茶话会。",
         ["中共中央统战部、全国政协办公厅、国务院宗教事务局"]),
        ("新华社北京1月23日電（記者李鯤）中共中央統戰部、全國政協辦公廳、國務院宗教事務局今天在京舉辦迎春茶話會。",
         ["中共中央统战部、全国政协办公厅、国务院宗教事务局"]),
        # (as before: a short subject after the dateline)
        ("新华社北京1月23日电（记者李鲲）中共中央统战部今天在京举办迎春茶话会。", ["中共中央统战部"]),
        # a body whose own name opens on 电: kept
        ("新华社北京1月23日电（记者李鲲）中央电视台今天在京举办迎春茶话会。", ["中央电视台"]),
        # a founding clause before the body
        ("本报讯 成立于1994年的国际海洋学院中国业务中心昨天举办海洋管理研讨会。", ["国际海洋学院中国业务中心"]),
        ("本报讯 创建于1990年的江城市科协今天召开第五次代表大会。", ["江城市科协"]),
    ],
)
def test_clause_words_are_no_organizer(extract_with_model, body: str, expected: list) -> None:
    assert organizers(extract_with_model(page(body, "1998-01-26"))) == expected
