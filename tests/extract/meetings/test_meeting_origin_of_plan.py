"""A meeting named only as the origin of a plan, a measure or a rule is no meeting held in the article's story (GUIDELINES
§3 not meetings: the source of relayed remarks, a plan or a document; thirty-third review round, 7 December 2026, third
stop): `是在1996年…会议上提出来的`, `是在…党代会上确立的`, `都是在…会议上部署的` and a meeting told as how far back a plan
goes (`早在1994年的…会议上就已提出`) give no record, whatever the verb of making it. Near-misses: remarks made at a
meeting held on its day (`今天在…会议上提出，要…`), a rule passed at a meeting told held (`市委今天召开全委会。…是在会上
通过的`) and a ceremony chaired today beside the origin (`主持了今天的颁证会`) stay records. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


@pytest.mark.parametrize(
    "body",
    [
        "据介绍，持证上岗工作，是在1996年全国广播影视系统语言工作会议上提出来的，它是一项重要举措。",
        "这项制度是在1995年全国人大会议上通过的。",
        "这一构想最早是在1992年的江城论坛上提出的。",
        "该计划是在上届年会上提出来的，目前正在实施。",
        "這個目標是在去年的全縣工作會議上提出的。",
        "这一方针早在1994年的全国农村工作会议上就已提出。",
        "这条经验是在全国农业工作会议上推广的。",
        "“科教兴省”战略是在省第七次党代会上确立的。",
        "这些任务都是在1997年全市经济工作会议上部署的。",
        "这个办法是在1993年全省财政工作会议上制定出来的。",
        "按照1996年全国语言工作会议上提出的要求，各台加强了培训。",
    ],
)
def test_origin_meeting_gives_no_record(extract_with_model, body: str) -> None:
    assert held(extract_with_model(page(body, "1998-01-20"))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("李明今天在全省经济工作会议上提出，要加强农业。", [("全省经济工作会议", "1998-01-20", None)]),
        ("江城市委今天召开全委会。这项制度是在会上通过的。", [("全委会", "1998-01-20", "江城市委")]),
    ],
)
def test_meeting_held_beside_origin_kept(extract_with_model, body: str, expected: list) -> None:
    assert held(extract_with_model(page(body, "1998-01-20"))) == expected


def test_ceremony_chaired_today_beside_origin_kept(extract_with_model) -> None:
    body = ("今天上午，部长向代表颁证。据介绍，这项工作是在1996年全国语言工作会议上提出来的。部长在颁证会上称赞这是一个好制度。"
            "部长助理王强主持了今天的颁证会。")
    meetings = extract_with_model(page(body, "1998-01-20"))["meetings"]
    assert [(m["name"], (m["host"] or {}).get("name")) for m in meetings] == [("颁证会", "王强")]
