"""Meeting names as the text writes the meeting (GUIDELINES §3 name as written; thirty-second review round, 7 December 2026,
second stop). Invented sentences.

- Talks of one occasion counted by their rounds (`两轮会谈`, `三轮磋商`) are named by the talks' noun (`会谈`); an ordinal
  (`第二轮会谈`) names the round and stays, and talks counted over a time (`多次会晤`) are a series (thirty-first round).
- A gathering named later by its topic and a bare 会 (`迎春会上`), the kind of gathering left out, is the one named before in
  full (`迎春茶话会`): one record, named in full.
- A bare `会` referred to (`在会上讲话`) right after a sentence telling a gathering held by its kind (`进行热烈而轻松的座谈`,
  `举行了座谈`) is that gathering, named as written (`座谈`).
- A headline line above a subtitle that the page takes as its title is still the headline's: the body's reference to the same
  meeting, with the year of its own name (`在1998年全国体委主任会议上说`), names and dates it (eighteenth round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def names(record: dict) -> list[str]:
    return [m["name"] for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本报大马士革1月15日电 埃及总统昨天下午与叙利亚总统就中东和平进程举行了两轮会谈。", ["会谈"]),
        ("本报讯 两国外长昨天在开罗举行了三轮会谈。", ["会谈"]),
        ("本报讯 两国外長昨天在開羅舉行了三輪會談。", ["会谈"]),
        ("本报讯 双方今天在北京举行了第二轮会谈。", ["第二轮会谈"]),
        ("本报讯 自去年以来，两国政府首脑举行了多次会晤，双方交换了意见。", []),
    ],
)
def test_counted_rounds_named_by_talks(extract_with_model, body: str, expected: list) -> None:
    assert names(extract_with_model(page(body, "1998-01-26"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新华社北京1月23日电 各民主党派中央今天在统战部礼堂举行迎春茶话会。迎春会上暖意盈盈，各方负责人互致贺词。",
         ["迎春茶话会"]),
        ("本报讯 市科协今天在市科技馆举行新春联欢会。新春会上，专家们畅所欲言。", ["新春联欢会"]),
        ("本报讯 市科协今天在市科技馆举行迎春茶话会。茶话会上，专家们畅所欲言。", ["迎春茶话会"]),
        ("本报讯 今天上午，首都各界人士欢聚一堂，为杂志创刊十周年进行热烈而轻松的座谈。副部长刘某在会上讲话。", ["座谈"]),
        ("本报讯 市委宣传部今天上午邀请专家学者举行了座谈。部长王明在会上讲话。", ["座谈"]),
        ("本报讯 中宣部今天上午邀请首都文艺界人士进行新春座谈。常务副部长刘某在会上讲话。", ["新春座谈"]),
        # near-misses: a meeting named with its noun (as before); no gathering told before the bare 会
        ("本报讯 市文联昨天召开座谈会。主席王明在会上讲话。", ["座谈会"]),
        ("本报讯 市长王明昨天在会上讲话，要求抓好安全生产。", ["会"]),
    ],
)
def test_gathering_named_as_written(extract_with_model, body: str, expected: list) -> None:
    assert names(extract_with_model(page(body, "1998-01-26"))) == expected


def test_over_title_gives_way_to_body_reference(extract_with_model) -> None:
    text = ("李某在全国体委主任会议上强调\n坚持体育改革的正确方针\n"
            "新华社北京1月16日电（记者王某）国务委员李某今天在1998年全国体委主任会议上说，要深化改革。")
    meetings = extract_with_model(text + "\n")["meetings"]
    # (no publication date: the year in the meeting's own name dates it, eighteenth round)
    assert [(m["name"], m["date"]) for m in meetings] == [("1998年全国体委主任会议", "1998-01-16")]


def test_headline_reference_kept_for_another_meeting(extract_with_model) -> None:
    text = ("王某在全省水利工作会议上强调\n确保安全度汛\n"
            "本报讯（记者李某）省委书记王某昨天在全省防汛工作会议上指出，要保障安全。")
    meetings = extract_with_model(text + "\n")["meetings"]
    assert [m["name"] for m in meetings] == ["全省水利工作会议"]
