"""Posts alone conferring in a clause of their own (invented pages).

GUIDELINES §4, thirtieth review round (6 December 2026, ninth stop), following the twenty-eighth round (`會前，縣長親自頒發
獎狀`: a bare post is its one named holder acting): one post or several joined by `及`/`和`/`、`, after `由` or opening a
clause, before the act of conferring (`…表揚績優產銷班4班，由理事長及鄉長頒發獎牌`) each stand for the one person named
before with that post, who gets 颁奖.  Near misses: a post nobody on the page was named with, a group of leaders, and a post
two people hold give no role.
"""

from __future__ import annotations

import pytest

from tests.extract.views import speakers

_HEAD = ("農會新聞\n發佈時間：113.05.22\n"
         "雲埔鄉農會於113年5月20日上午召開第19屆第3次會員代表大會，由理事長溫雅婷主持，鄉長簡志豪蒞臨致詞。\n")


@pytest.mark.parametrize(("tail", "chair_roles", "mayor_roles"), [
    ("大會中並表揚績優產銷班4班，由理事長及鄉長頒發獎牌。", ("主持", "颁奖"), ("致辞", "颁奖")),
    ("會中表揚績優產銷班4班，由理事長頒發獎牌。", ("主持", "颁奖"), ("致辞",)),
    ("大會並表揚績優班4班，由鄉長頒發獎牌及獎金。", ("主持",), ("致辞", "颁奖")),
    ("会上表彰优秀产销班4个，由理事长和乡长颁发奖牌。", ("主持", "颁奖"), ("致辞", "颁奖")),
    ("大會中並表揚績優產銷班4班，理事長及鄉長頒發獎牌。", ("主持", "颁奖"), ("致辞", "颁奖")),
    ("大會中並表揚績優產銷班4班，由理事長、鄉長共同頒發獎牌。", ("主持", "颁奖"), ("致辞", "颁奖")),
    ("會上，鄉長為績優產銷班頒發獎牌。", ("主持",), ("致辞", "颁奖")),
    # near misses: a post nobody was named with, a group of leaders, the posts receiving
    ("大會中並表揚績優產銷班4班，由縣長頒發獎牌。", ("主持",), ("致辞",)),
    ("大會中並表揚績優產銷班4班，由與會領導頒發獎牌。", ("主持",), ("致辞",)),
    ("大會中並表揚績優產銷班4班，理事長及鄉長獲頒感謝狀。", ("主持",), ("致辞",)),
])
def test_posts_alone_conferring(extract, tail, chair_roles, mayor_roles):
    found = speakers(extract(_HEAD + tail + "\n"))
    assert found["温雅婷"] == ("理事长", chair_roles)
    assert found["简志豪"] == ("乡长", mayor_roles)


def test_post_two_people_hold_gives_no_role(extract):
    text = ("某鎮新聞\n發佈時間：113.05.22\n"
            "某鎮於113年5月20日上午召開表揚大會，由副鎮長王大明主持，副鎮長李小華致詞。\n"
            "大會中並表揚績優志工10名，由副鎮長頒發獎牌。\n")
    found = speakers(extract(text))
    assert found["王大明"] == ("副镇长", ("主持",))
    assert found["李小华"] == ("副镇长", ("致辞",))
