"""Speaker and award shapes of accounts of duties reviewed and tables after a blank line. A 、-list of titled people whose account of duties another reviews (董事长甲对党支部书记乙、丙、丁
的述职进行了点评) read its last item with 的 (丁的), so the list's own act fell to the reviewer: the reviewer took 述职
beside 点评 and the listed people none. The people whose 述职 (or 发言) is reviewed gave it at the meeting and take it;
the reviewer only 点评 (GUIDELINES §4 述职, 点评; the act written as theirs, SpeakerExclusions._objects_of_subjects).
A colon lead closing its paragraph, a blank line, then an honours table (会议表彰了一批先进典型： / (blank) / 荣誉称号  人数 /
好婆婆  10名) gave no awards: the blank line was read as the lead; each row is a record (GUIDELINES §5). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers

_MEETING = "3月5日，公司召开党建述职评议会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("董事长刘强对党支部书记孙晓明、钱峰、周立的述职进行了点评。",
         {"刘强": ("点评",), "孙晓明": ("述职",), "钱峰": ("述职",), "周立": ("述职",)}),
        ("董事长刘强对党支部书记孙晓明、钱峰的述职进行了点评。",
         {"刘强": ("点评",), "孙晓明": ("述职",), "钱峰": ("述职",)}),
        ("董事长刘强对党支部书记孙晓明、钱峰的述职逐一进行点评。",
         {"刘强": ("点评",), "孙晓明": ("述职",), "钱峰": ("述职",)}),
        ("董事长刘强听取了党支部书记孙晓明、钱峰的述职并作点评。",
         {"刘强": ("点评",), "孙晓明": ("述职",), "钱峰": ("述职",)}),
        ("董事长刘强对车间主任孙晓明、钱峰的发言进行了点评。",
         {"刘强": ("点评",), "孙晓明": ("发言",), "钱峰": ("发言",)}),
        ("董事长刘强对车间主任孙晓明的发言进行了点评。", {"刘强": ("点评",), "孙晓明": ("发言",)}),
        # NEGATIVE: the list gives its account itself, the reviewer after it (today's output kept)
        ("党支部书记孙晓明、钱峰作了述职，董事长刘强进行了点评。",
         {"刘强": ("点评",), "孙晓明": ("述职",), "钱峰": ("述职",)}),
        # NEGATIVE: 等同志 closing the list (today's output kept)
        ("董事长刘强对党支部书记孙晓明、钱峰等同志的述职进行了点评。",
         {"刘强": ("点评",), "孙晓明": ("述职",), "钱峰": ("述职",)}),
    ],
)
def test_reviewed_accounts_are_the_listed_peoples(extract, body: str, expected: dict) -> None:
    found = speakers(extract(page(_MEETING + body)))
    assert {name: found.get(name, (None, ()))[1] for name in expected} == expected


@pytest.mark.parametrize(
    "body",
    [
        # NEGATIVE: remarks relayed, no one of the list speaking here
        "董事长刘强传达了省委书记孙晓明、钱峰的讲话精神。",
        # NEGATIVE: people only attending
        "董事长刘强与党委委员孙晓明、钱峰参加会议。",
    ],
)
def test_listed_names_not_giving_an_account(extract, body: str) -> None:
    found = speakers(extract(page(_MEETING + body)))
    assert "述职" not in found.get("刘强", (None, ()))[1]
    for name in ("孙晓明", "钱峰"):
        assert not ({"述职", "发言"} & set(found.get(name, (None, ()))[1]))


_LEAD = "5月6日，街道召开文明家庭表彰大会，区委常委王强出席并讲话。"
_CLOSE = "大家纷纷表示，将以先进为榜样，争做文明家庭。"
_ROWS = [("好婆婆", 10, "名", None), ("好邻居", 12, "名", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议表彰了一批先进典型：\n\n荣誉称号  人数\n好婆婆  10名\n好邻居  12名\n" + _CLOSE, _ROWS),
        ("会议表彰了一批先进典型：\n\n荣誉称号  人数\n好婆婆  10名\n好邻居  12名\n\n" + _CLOSE, _ROWS),
        ("大会表彰了一批先进典型：\n\n好婆婆  10名\n好邻居  12名\n\n" + _CLOSE, _ROWS),
        ("会议表彰了以下先进典型：\n\n\n类别\t数量\n好婆婆\t10名\n好邻居\t12名", _ROWS),
        # NEGATIVE: no blank line (today's output kept)
        ("会议表彰了一批先进典型：\n荣誉称号  人数\n好婆婆  10名\n好邻居  12名\n" + _CLOSE, _ROWS),
        # NEGATIVE: the lead above the blank line confers nothing
        ("\n各类别参赛情况如下：\n\n类别  人数\n好婆婆  10名\n好邻居  12名\n" + _CLOSE, []),
        # NEGATIVE: a counted table of other things after the blank line
        ("会议表彰了一批先进典型：\n\n项目  人数\n参赛人数  120名\n观众人数  300名\n" + _CLOSE, []),
    ],
)
def test_table_after_a_blank_line_under_its_lead(extract, body: str, expected: list) -> None:
    found = [(h, c, u, k) for h, c, u, k in honours(extract(page(_LEAD + body)))]
    assert [(h, c, u) for h, c, u, _ in found] == [(h, c, u) for h, c, u, _ in expected]
