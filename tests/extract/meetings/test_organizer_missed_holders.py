"""Holders the organizer readings missed, each read as a class (GUIDELINES §3 organizer; thirty-second review round,
7 December 2026, second stop). Invented sentences.

- A body referred back to by `该所`/`该会` before an event held there or by it (`福诺斯在该所举行的年度记者招待会上说`) is the
  one body of that kind named in the same or the sentence before (`美国某人口研究所`), as `该校` is (tenth round); with none or
  several named, none.
- The subject of `X在Y集会，纪念…` that the text then calls `座谈会` holds it (eighteenth round) also when it is a party's
  central body (`各民主党派中央`) or a federation by its short name (`市青联`).
- A body right before a meeting's name that opens on the scope of the body's own network (`农业银行全国分行行长会议`,
  `华信集团全省营销工作会议`) holds it, the scope word kept in the name (eighth and twentieth rounds: a body before the event's
  own name is its holder), in the passive and in a reference.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names_and_organizers(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新华社华盛顿1月5日电 美国某人口研究所今天发表年度报告。福诺斯在该所举行的年度记者招待会上说，世界人口增长放缓。",
         [("年度记者招待会", "美国某人口研究所")]),
        ("新华社华盛顿1月5日电（记者王明）美国某人口研究所所长福诺斯今天指出，人口形势严峻。\n福诺斯在该所举行的年度记者招待会上说，增长放缓。",
         [("年度记者招待会", "美国某人口研究所")]),
        ("新华社江城1月5日电 江城市作家协会今天发表声明。该会会长王明在该会举行的记者招待会上说，将加强交流。",
         [("记者招待会", "江城市作家协会")]),
        ("新华社江城1月5日電 江城市作家協會今天發表聲明。該會會長王明在該會舉行的記者招待會上說，將加強交流。",
         [("记者招待会", "江城市作家协会")]),
        # near-misses: no body of the kind named, or two named
        ("新华社华盛顿1月5日电 福诺斯在该所举行的年度记者招待会上说，世界人口增长放缓。", [("年度记者招待会", None)]),
        ("新华社江城1月5日电 江城市作家协会和江城市书法家协会今天发表声明。王明在该会举行的记者招待会上说，将加强交流。",
         [("记者招待会", None)]),
    ],
)
def test_anaphor_body_holds_event_held_there(extract_with_model, body: str, expected: list) -> None:
    assert names_and_organizers(extract_with_model(page(body, "1998-01-06"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新华社北京1月27日电 各民主党派中央和全国工商联今天在京集会，纪念重要讲话发表三周年。座谈会由何某主持。",
         [("座谈会", "各民主党派中央、全国工商联")]),
        ("新华社江城5月4日电 江城市青联今天在市青年宫集会，纪念五四运动。座谈会上，青年代表发言。",
         [("座谈会", "江城市青联")]),
        ("新华社北京1月27日电 民革中央今天在京集会，纪念孙中山先生诞辰。座谈会由何某主持。", [("座谈会", "民革中央")]),
        # near-miss: people, no body
        ("新华社北京1月27日电 首都各界群众今天在京集会，纪念重要讲话发表三周年。座谈会由何某主持。", [("座谈会", None)]),
    ],
)
def test_gathering_subject_holds_the_forum(extract_with_model, body: str, expected: list) -> None:
    assert names_and_organizers(extract_with_model(page(body, "1998-01-28"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报讯 记者从正在北京举行的农业银行全国分行行长会议上获悉，农行将实施新战略。",
         [("全国分行行长会议", "农业银行")]),
        ("本报讯 农业银行全国分行行长会议今天在北京召开。", [("全国分行行长会议", "农业银行")]),
        ("本报讯 江城市建设银行全省分行行长会议今天在江城召开。", [("全省分行行长会议", "江城市建设银行")]),
        ("本报讯 华信集团全省营销工作会议昨天在江城举行。", [("全省营销工作会议", "华信集团")]),
        ("本報訊 記者從正在北京舉行的農業銀行全國分行行長會議上獲悉，農行將實施新戰略。",
         [("全国分行行长会议", "农业银行")]),
        # near-misses: no body before the scope word; two parties signing
        ("本报讯 全国分行行长会议今天在北京召开。", [("全国分行行长会议", None)]),
        ("本报讯 农业银行与江城市政府全面合作签约仪式今天举行。", [("农业银行与江城市政府全面合作签约仪式", None)]),
    ],
)
def test_body_before_scope_holds_meeting(extract_with_model, body: str, expected: list) -> None:
    assert names_and_organizers(extract_with_model(page(body, "1998-01-26"))) == expected
