"""A new year's festival celebrated with its year written names the current year (GUIDELINES §3 date: a festival converted
with the year known; §11 a year the text makes certain; thirtieth review round, 6 December 2026, ninth stop).

Reading: on a page with no publication date, ``喜庆1998年元旦``, ``欢度1998年春节`` (celebrated now) make 1998 the current year,
so a meeting told 今天 under a January or February dateline is dated in it; ``喜迎1998年元旦`` (ahead, perhaps from the year
before) names none, nor a festival celebrated at a year's end (ahead).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import when


@pytest.mark.parametrize(("text", "expected"), [
    ("香港各界喜庆元旦\n新华社香港1月1日电 香港各界今天继续举行各种活动，喜庆1998年元旦。\n"
     "香港某商会今天上午举行会员元旦团拜酒会，副社长秦明出席了酒会。\n", "1998-01-01"),
    ("上海各界欢度春节\n新华社上海1月27日电 上海各界欢度1998年春节。\n今天上午，市政协举行迎春茶话会。\n", "1998-01-27"),
    ("上海各界歡度春節\n新華社上海1月27日電 上海各界歡度1998年春節。\n今天上午，市政協舉行迎春茶話會。\n", "1998-01-27"),
    ("上海各界喜迎元旦\n新华社上海12月30日电 上海各界喜迎1998年元旦。\n今天上午，市政协举行迎新茶话会。\n", None),
    # at a year's end the festival celebrated is ahead: no current year from it
    ("上海各界欢庆元旦\n新华社上海12月30日电 上海各界欢庆1998年元旦。\n今天上午，市政协举行迎新茶话会。\n", None),
])
def test_new_year_festival_year_is_current(extract, text, expected):
    assert when(extract(text))[0][0] == expected
