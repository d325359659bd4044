"""Meeting shapes of reception guests, Chinese-numeral datelines, sittings and games closings (1998 newspaper register and pages).

- Attendees (GUIDELINES §3, fourteenth and eighteenth review rounds): guests counted as present after 出席…的还有 were read
  only for a fixed list of event nouns, so a reception, a tea party or a cocktail party (出席招待会的还有…各界人士约400人,
  出席茶话会的还有…) gave no count; any gathering named by its kind before 会 is read alike.
- Location (§11, §3 eighteenth round): a dateline written with its day in Chinese numerals (本报开罗一月十八日电) was not
  read as a dateline, so 正在这里访问的…举行会谈 and 在这里 under it named no city.
- A session's opening or closing sitting told with its own day and its chair (20日上午的开幕大会由…主持) was missed: only
  the form with a verb (举行的开幕会由…) or with 上 (的闭幕会上) was read (§3 twenty-first review round); the session
  then lent the sitting's chair as its own host.
- A games' closing named after the games (第十届运动会闭幕式在…举行。本届市运会由…主办) took no holder: the closing rite
  of a contest was not read by the holders' branch, and a short name (市运会) was matched only when the level character
  stood right before the ceremony, not where the page names the games in full (§3 fifteenth and nineteenth rounds).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _attendees(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


def _places(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


def _rows(record: dict) -> list[tuple]:
    return [(m["name"], m["date"], m["organizer"], m["location"], m["host"] and m["host"]["name"])
            for m in record["meetings"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("某国驻华大使今晚在北京举行招待会，庆祝国庆。出席招待会的还有外交部、商务部等有关部门的负责人，各国驻华使节和各界人士约５００人。",
     [("招待会", 500)]),
    ("市政府昨晚举行新春茶话会。出席茶话会的还有各民主党派负责人和各界代表约200人。", [("新春茶话会", 200)]),
    ("某国大使馆举行酒会。出席酒会的还有有关部门负责人、驻华使节及各界人士300余人。", [("酒会", 300)]),
    # NEGATIVE: guests named with no count; a count of something else after the guests
    ("外交部举行新年招待会。出席招待会的还有各国驻华使节。", [("新年招待会", None)]),
    ("外交部举行新年招待会。出席招待会的还有国务委员张三，招待会上共播放影片3部。", [("新年招待会", None)]),
    ("县政府举行签约仪式。出席仪式的还有县领导张三、李四，项目覆盖群众约5万人。", [("签约仪式", None)]),
])
def test_guests_of_a_reception(extract, body: str, expected: list) -> None:
    assert _attendees(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("本报开罗一月十八日电记者钟海报道：正在这里访问的国务委员齐光远今天同埃及总理举行会谈。", [("会谈", "开罗")]),
    ("新华社开罗一月十八日电 正在这里访问的国务委员齐光远今天同埃及总理举行会谈。", [("会谈", "开罗")]),
    ("新华社东京五月六日电 正在此间访问的全国政协主席王某，今天上午同日本首相举行会谈。", [("会谈", "东京")]),
    ("本报开罗1月18日电（记者钟海）正在这里访问的国务委员齐光远今天同埃及总理举行会谈。", [("会谈", "开罗")]),
    # a visit placed by its country: the place of the visit as written (§3 twenty-second round)
    ("本报开罗一月十八日电 正在埃及访问的国务委员齐光远，今天同埃及总理举行会谈。", [("会谈", "埃及")]),
    # NEGATIVE: no visit told: no venue
    ("本报开罗一月十八日电 国务委员齐光远今天同埃及总理举行会谈。", [("会谈", None)]),
])
def test_dateline_in_chinese_numerals(extract, body: str, expected: list) -> None:
    assert _places(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # (the sitting's organizer re-pinned to the twenty-third review round, GUIDELINES §3: "Such a part takes the whole
    # session's venue and organizer when it names neither a venue nor a holder of its own")
    ("2月20日至21日，某集团有限公司第三届职工代表大会第四次会议在集团培训中心召开。\n20日上午的开幕大会由集团工会主席谭晓光主持。",
     [("第三届职工代表大会第四次会议", "2024-02-20", "某集团有限公司", "集团培训中心", None),
      ("开幕大会", "2024-02-20", "某集团有限公司", "集团培训中心", "谭晓光")]),
    ("2月20日至21日，某集团有限公司第三届职工代表大会第四次会议在集团培训中心召开。\n20日上午的开幕会由集团工会主席谭晓光主持。",
     [("第三届职工代表大会第四次会议", "2024-02-20", "某集团有限公司", "集团培训中心", None),
      ("开幕会", "2024-02-20", "某集团有限公司", "集团培训中心", "谭晓光")]),
    ("县政协十届三次会议5月2日至5日在县会议中心召开。\n5日上午的闭幕大会由县政协主席王某主持。",
     [("县政协十届三次会议", "2024-05-02", "县政协", "县会议中心", None),
      ("闭幕大会", "2024-05-05", "县政协", "县会议中心", "王某")]),
    # NEGATIVE: the sitting chaired with no day of its own is the session's part; another year's sitting gives none
    ("5月2日至5日，县政协十届三次会议在县会议中心召开。县政协主席王某主持开幕大会。",
     [("县政协十届三次会议", "2024-05-02", "县政协", "县会议中心", "王某")]),
    # (and, by §3's twenty-first round, its chair hosts nothing of the page: tests/extract/pages/test_readings_written_ahead_of_rules.py)
    ("县政协十届三次会议5月2日至5日在县会议中心召开。去年的闭幕大会由县政协主席王某主持。",
     [("县政协十届三次会议", "2024-05-02", "县政协", "县会议中心", None)]),
])
def test_sitting_told_by_its_chair(extract, body: str, expected: list) -> None:
    assert _rows(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("鹭江市第十届运动会昨晚闭幕。昨晚，第十届运动会闭幕式在市奥体中心体育场举行。副市长卢海涛主持闭幕式。"
     "本届市运会由鹭江市人民政府主办，市体育局承办，于10月12日开幕。", [("第十届运动会闭幕式", "鹭江市人民政府")]),
    ("江州市第三届运动会5月6日闭幕。当晚，第三届运动会闭幕式在市体育中心举行。本届市运会由江州市人民政府主办。",
     [("第三届运动会闭幕式", "江州市人民政府")]),
    ("青山县第二届运动会昨天开幕。昨天上午，第二届运动会开幕式在县体育馆举行。本届县运会由青山县人民政府主办，县体育局承办。",
     [("第二届运动会开幕式", "青山县人民政府")]),
    ("云川市第十五届运动会闭幕式昨晚在市体育中心举行。本届市运会由云川市人民政府主办，市体育局承办。",
     [("第十五届运动会闭幕式", "云川市人民政府")]),
    ("江州市第三届职工技能大赛闭幕式昨天在市工人文化宫举行。本届大赛由市总工会主办。", [("第三届职工技能大赛闭幕式", "市总工会")]),
    # NEGATIVE: games of another level, another edition's holders, a contest word naming no games: no holder lent
    ("青山县第二届运动会昨天开幕。昨天上午，第二届运动会开幕式在县体育馆举行。本届省运会由省政府主办。", [("第二届运动会开幕式", None)]),
    ("青山县第二届运动会昨天开幕。昨天上午，第二届运动会开幕式在县体育馆举行。本届市运会由市政府主办。", [("第二届运动会开幕式", None)]),
    ("江州市第三届运动会闭幕式昨晚在市体育中心举行。上届市运会由江州市体育局主办。", [("第三届运动会闭幕式", "江州市")]),
    ("江州市第三届运动会闭幕式昨晚在市体育中心举行。本届比赛由市体育局主办。", [("第三届运动会闭幕式", "江州市")]),
])
def test_games_closing_takes_their_holders(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == expected
