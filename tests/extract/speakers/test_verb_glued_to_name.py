"""A verb of wishing or asking (祝, 请, 邀, 谢) that the model reads into a name is no part of it: with the verb before a
name the page writes elsewhere (祝克雷库 for the 马蒂厄·克雷库 met) the record is the other party's, none; with the verb after
the subject's name (李石祝) it is the subject's own record; a person whose name opens with the surname 祝 stays (GUIDELINES §4
name: the personal name only; thirty-second review round, after the thirtieth round's joining words)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

MEETING = "新华社北京1月21日电 总理王强今天会见了来访的马里总统阿尔法·科纳雷。"

NO_GLUED_NAME = [
    ("新华社北京1月21日电 全国人大常委会委员长李石今天上午在人民大会堂会见了来访的贝宁总统马蒂厄·克雷库一行。李石祝克雷库这次访华取得成功，"
     "并表示相信两国关系将进一步发展。克雷库说，他这次访华很成功。"),
    "新华社北京1月21日电 国家主席张华今天会见了来访的多哥总统纳辛贝·埃亚德马。张华祝埃亚德马这次访华取得成功。埃亚德马说，访问很成功。",
    MEETING + "王强请科纳雷转达对马里人民的问候。科纳雷说，访问很成功。",
    MEETING + "王强邀科纳雷明年再来。科纳雷说，访问很成功。",
    "新华社北京1月21日电 總理王強今天會見了來訪的馬里總統阿爾法·科納雷。王強祝科納雷訪問成功。科納雷說，訪問很成功。",
    MEETING + "王强谢科纳雷对中国的支持。科纳雷说，访问很成功。",
    MEETING + "王强祝科纳雷总统访问成功。科纳雷说，访问很成功。",
    MEETING + "王强说，中马友谊源远流长。王强祝科纳雷访问成功。",
]

KEPT = [
    ("新华社北京1月21日电 全国人大常委会委员长李石今天上午在人民大会堂会见了来访的贝宁总统马蒂厄·克雷库一行。李石祝克雷库这次访华取得成功，"
     "并表示相信两国关系将进一步发展。克雷库说，他这次访华很成功。", "李石", "全国人大常委会委员长"),
    (MEETING + "科纳雷说，访问很成功。", "阿尔法·科纳雷", "马里总统"),
    ("市委今天召开全市干部大会。副市长祝华明在会上讲话。", "祝华明", "副市长"),
    ("市委今天召开全市干部大会。市委书记祝明主持会议。", "祝明", "市委书记"),
]


@pytest.mark.parametrize("text", NO_GLUED_NAME)
def test_no_name_holds_the_verb(extract_with_model: Callable[..., dict[str, Any]], text: str) -> None:
    names = {s["name"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert not {n for n in names if n[0] in "祝请邀谢" and len(n) >= 3 and n[1:] in text.replace(n, "")}
    assert not {n for n in names if n[-1] in "祝请邀谢"}


@pytest.mark.parametrize(("text", "name", "title"), KEPT)
def test_the_one_who_wishes_is_the_speaker(extract_with_model: Callable[..., dict[str, Any]], text: str, name: str,
                                           title: str) -> None:
    titles = {s["name"]: s["title"] for s in extract_with_model(text, "1998-01-20")["speakers"]}
    assert titles.get(name) == title
