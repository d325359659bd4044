"""A spring festival welcomed with its year written (`喜迎1998年新春佳节`, `迎接1998年春节`) or the time of a new year's festival
with its year (`1998年元旦之际`, `1998年春节期间`) names the current year for a meeting of January or February on a page with
no publication date, in any sentence of the item (GUIDELINES §3 date, §11 a year the text makes certain; thirty-ninth
review round, 7 December 2026, ninth stop, from a recall read of newspaper articles; thirtieth round for a festival
celebrated).

The spring festival falls in January or February of its year, so welcoming it then is welcoming this year's; `喜迎…元旦`
(perhaps from the year before) still names none, nor does a festival at a year's end. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import when


@pytest.mark.parametrize(("text", "expected"), [
    # the failing shapes re-invented: the year in the lead, the meeting in a later sentence under the dateline
    ("各地喜庆元旦\n据新华社北京1月1日电 2024年元旦之际，全国各地群众纷纷喜庆佳节。\n"
     "今日清晨，江城隆重举行升国旗仪式。\n", "2024-01-01"),
    ("首都举行联欢晚会\n本报北京1月26日讯 首都联欢晚会今天晚上举行，一万多人欢聚一堂，喜迎2024年新春佳节。\n"
     "昨天晚上，市老干部局为老干部举办了专场文艺晚会。\n", "2024-01-25"),
    # paraphrases: 迎接…春节, 春节期间
    ("各界迎新春\n新华社上海2月3日电 上海各界迎接2024年春节。\n今天上午，市政协举行迎春茶话会。\n", "2024-02-03"),
    ("节日见闻\n新华社广州2月10日电 2024年春节期间，各地游人如织。\n今天上午，市侨联举行新春联谊会。\n", "2024-02-10"),
    # near misses: 喜迎…元旦 names none; a festival's time at a year's end names none
    ("上海各界喜迎元旦\n新华社上海1月1日电 上海各界喜迎2024年元旦。\n今天上午，市政协举行迎新茶话会。\n", None),
    ("各界迎新年\n新华社上海12月30日电 2024年元旦之际，各界纷纷举行活动。\n今天上午，市政协举行迎新茶话会。\n", None),
])
def test_new_year_festival_welcomed_or_at_names_year(extract, text, expected):
    assert when(extract(text))[-1][0] == expected
