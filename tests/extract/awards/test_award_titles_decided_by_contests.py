"""Award counts on enterprise, school, township, association and Taiwan pages: 决出 opens the
quoted honours an organiser's own contest confers with their counts (大赛共决出“金牌司机”5名、“银牌司机”10名), as
评选出 does; 处 counts the sites or communities an honour or plaque is given to (頒發獎牌予「環保模範社區」5處), as 座
does.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5 (prize grades and titles conferred at
the reported event; medal tallies, finalists, plans and units built are no awards)."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("10月18日，公司举行首届驾驶员技能大赛。经过理论考试和实操比拼，大赛共决出“金牌司机”5名、“银牌司机”10名、"
         "“铜牌司机”15名。",
         [("金牌司机", 5, "名", "person"), ("银牌司机", 10, "名", "person"), ("铜牌司机", 15, "名", "person")]),
        ("5月20日，市总工会举办职工技能大赛。本届大赛共决出“岗位能手”12名、“技术标兵”6名。",
         [("岗位能手", 12, "名", "person"), ("技术标兵", 6, "名", "person")]),
        ("6月2日，学校举行辩论赛决赛。本次比赛共决出“最佳辩手”3名。",
         [("最佳辩手", 3, "名", "person")]),
        ("文化局昨日舉辦導覽員培訓成果展。經評審，共決出「優秀導覽員」8位。",
         [("优秀导览员", 8, "位", "person")]),
        # NEGATIVE: a medal tally, finalists, the champions of events: no honour conferred (§5)
        ("5月20日，全市运动会闭幕。本届运动会共决出金牌32枚。", []),
        ("5月20日，歌手大赛初赛举行。初赛共决出进入决赛的选手20名。", []),
        ("5月20日，全市运动会闭幕。比赛共决出32个小项的冠军。", []),
        # NEGATIVE: a plan (§5: nothing conferred yet)
        ("5月20日，技能大赛开幕。大赛将于下月决出“技术能手”10名。", []),
    ],
)
def test_titles_an_organisers_contest_decides(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("環保局昨（3）日舉辦績優環保志工表揚典禮，並頒發獎牌予「環保模範社區」5處。",
         [("环保模范社区", 5, "处", "organization")]),
        ("9月9日，县妇联召开表彰大会，会上为“美丽庭院示范村”5处授牌。",
         [("美丽庭院示范村", 5, "处", "organization")]),
        ("7月1日，市委宣传部召开会议，命名了“红色教育基地”8处。",
         [("红色教育基地", 8, "处", "organization")]),
        # NEGATIVE: units built or standing, no conferral (§5)
        ("7月1日，县里召开推进会。全县今年新建“文化礼堂”5处。", []),
        ("7月1日，景区召开旅游推介会。景区内共有“网红打卡点”12处。", []),
    ],
)
def test_sites_counted_by_chu(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月1日，集团召开表彰大会，对获得“优秀项目”的3个项目和20名个人进行了表彰。",
         [("优秀项目", 3, "个", None), ("优秀项目", 20, "名", "person")]),
        ("3月1日，学会召开年会，对获得“优秀论文”的8篇论文和12位作者进行了表彰。",
         [("优秀论文", 8, "篇", None), ("优秀论文", 12, "位", "person")]),
        # NEGATIVE: works counted by their own units stay without a recipient kind
        ("3月1日，区里召开总结会，会上评出“优秀案例”30个。", [("优秀案例", 30, "个", None)]),
    ],
)
def test_people_counted_under_an_honour_of_works(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a bare token handed to the event's winners names no honour (§5: the honour must be named)
        ("香港某商會昨日舉行頒獎典禮，會長致辭，並頒發嘉許狀予20位得獎者。", []),
        ("5月4日，团市委举行颁奖仪式，会上为20名获奖者颁发荣誉证书。", []),
        ("5月4日，公司举行技能大赛颁奖仪式，为20名获奖选手颁发奖杯和证书。", []),
        # the same tokens handed to holders described otherwise, or a named certificate, stay
        ("義工嘉許典禮昨日舉行，署長頒發嘉許狀予120名義工。", [("嘉许状", 120, "名", "person")]),
        ("7月1日，区委召开大会，为15名优秀共产党员颁发了荣誉证书。", [("优秀共产党员", 15, "名", "person")]),
        ("社會福利署昨日舉行典禮，頒授長期服務獎狀予30名得獎者。", [("长期服务奖状", 30, "名", "person")]),
    ],
)
def test_bare_token_to_winners(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a trophy, plaque or certificate counted after a quoted honour: the honour without the object's noun (§5)
        ("12月3日，警察局舉行表揚大會，頒發「打詐尖兵」獎座6座。", [("打诈尖兵", 6, "座", None)]),
        ("12月3日，勞工局舉行表揚大會，頒發「工安優良廠商」獎牌5面。", [("工安优良厂商", 5, "面", None)]),
        ("1月10日，公司召开年会，会上颁发了“十佳员工”奖杯10座。", [("十佳员工", 10, "座", None)]),
        # NEGATIVE: a medal counted after its quoted name is named whole
        ("7月1日，社区召开大会，颁发“光荣在党50年”纪念章120枚。", [("光荣在党50年纪念章", 120, "枚", None)]),
    ],
)
def test_trophy_nouns_after_a_quoted_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
