"""Award phrasings: tallies over a span of years or earlier
editions, a standing stock counted with its new part, counts tied back to an honour by a later clause, and later items
of lists.  Invented sentences; the expected values follow corpus/GUIDELINES.md §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a span of years counted back from now: a tally, no conferral of this event
        ("近三年来，全县共有12名教师获评省级优秀教师，46名教师获评市级优秀教师。", []),
        ("五年来，全县共评选出“十大孝星”50名。", []),
        ("近5年，全县共表彰“最美家庭”200户。", []),
        ("十年来，学校共表彰优秀教师300名。", []),
        ("县教育局举行“最美教师”表彰大会，表彰了10名“最美教师”。此前四届共有40名教师获此殊荣。",
         [("最美教师", 10, "名", "person")]),
        # this event's conferral after such a span stays
        ("五年来，我县文明创建成效显著。今年，县委表彰了“最美家庭”20户。", [("最美家庭", 20, "户", None)]),
        ("12月26日，第五届“十大孝星”颁奖晚会举行。五年来，全县共评选出“十大孝星”50名。本届共有十位孝星获此殊荣。",
         [("十大孝星", 10, "位", "person")]),
        # one year is this year's own work, not a span
        ("一年来，公司共表彰优秀员工20名。", [("优秀员工", 20, "名", "person")]),
        # a standing stock and its new part: only the new part was conferred
        ("经复查，全市共有市级文明单位236个，其中，16个单位被撤销称号，新命名文明单位30个。",
         [("文明单位", 30, "个", "organization")]),
    ],
)
def test_tallies_over_years_and_standing_stocks(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a prize's holders named between the prize and its count
        ("闭幕式上，大会评选出“体育道德风尚奖”代表队6个、“优秀运动员”20名。",
         [("体育道德风尚奖", 6, "个", "organization"), ("优秀运动员", 20, "名", "person")]),
        ("闭幕式上，本届运动会共评出“体育道德风尚奖”班级8个。", [("体育道德风尚奖", 8, "个", "organization")]),
        ("闭幕式上，大会评选出体育道德风尚奖代表队6个。", [("体育道德风尚奖", 6, "个", "organization")]),
    ],
)
def test_a_prize_its_holders_then_the_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("年会上揭晓了“十大金牌导游”“十佳旅行社”评选结果，分别有10名导游、10家旅行社获此殊荣。",
         [("十大金牌导游", 10, "名", "person"), ("十佳旅行社", 10, "家", "organization")]),
        ("区委组织部命名了第二批“红色物业”示范小区，共有14个小区榜上有名。", [("红色物业示范小区", 14, "个", "organization")]),
        ("教育部今天公布113年師鐸獎得獎名單，共有六十三位教師獲獎。", [("师铎奖", 63, "位", "person")]),
        ("12月26日，第五届“十大孝星”颁奖晚会在县文化馆举行。本届共有10位孝星获此殊荣。", [("十大孝星", 10, "位", "person")]),
        ("6月1日，社区党委举行“光荣在党50年”纪念章颁发仪式，为辖区内9名老党员颁发纪念章。",
         [("光荣在党50年纪念章", 9, "名", "person")]),
        ("高雄市政府警察局今日舉行績優員警表揚大會，共有四十二名員警獲得表揚。", [("绩优员警", 42, "名", "person")]),
        ("县妇联举行“最美家庭”表彰大会，10户家庭受到表彰。", [("最美家庭", 10, "户", None)]),
    ],
)
def test_counts_tied_back_by_a_later_clause(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上表彰了“十佳新型职业农民”10名、种粮大户20户。",
         [("十佳新型职业农民", 10, "名", "person"), ("种粮大户", 20, "户", None)]),
        ("会上表彰了种粮大户20户。", [("种粮大户", 20, "户", None)]),
        # a quoted honour counted in digits opens the list as one counted in numerals does
        ("会上表彰了“十佳新型职业农民”10名、养殖大户20户、家庭农场示范场8个。",
         [("十佳新型职业农民", 10, "名", "person"), ("养殖大户", 20, "户", None), ("家庭农场示范场", 8, "个", "organization")]),
        ("颁奖仪式在区少年宫举行。现将获奖名单公布如下：一等奖（5名）：张某某、李某某等；二等奖（10名）：王某某等。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person")]),
        ("社會福利署今日舉行義務工作嘉許典禮，共有二百五十名義工獲頒金狀、五百名義工獲頒銀狀。",
         [("金状", 250, "名", "person"), ("银状", 500, "名", "person")]),
        ("行政長官今日公布授勳名單，其中包括三名大紫荊勳章獲授人士、十名金紫荊星章獲授人士。",
         [("大紫荆勋章", 3, "名", "person"), ("金紫荆星章", 10, "名", "person")]),
        ("教育及青年發展局今日舉行教師節慶祝活動，共有十五名教師獲頒發“優秀教師”獎狀，另有二十名教師獲頒長期服務獎。",
         [("优秀教师", 15, "名", "person"), ("长期服务奖", 20, "名", "person")]),
    ],
)
def test_later_items_of_lists(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "1月31日，市公安局召开表彰大会，对全年涌现出的3个集体三等功、27个个人三等功和150个嘉奖进行了表彰。",
    ],
)
def test_every_merit_grade_counted_first(extract, body: str) -> None:
    # (the recipients' kind of a citation is left to another change: only honours and counts here)
    assert [(h, n) for h, n, _, _ in honours(extract(page(body)))] == [("集体三等功", 3), ("个人三等功", 27), ("嘉奖", 150)]


@pytest.mark.parametrize(
    "body",
    [
        # a list of winners under a public notice: proposed, nothing conferred yet
        "现将评选结果予以公示：一等奖（5名）：张某某、李某某等。",
        # a meeting named after no honour: those commended are counted by the list they belong to, not the meeting
        "公司举行年度总结表彰大会，共有42名员工受到表彰。",
        # a meeting named after two honours, or after a bare word of praise: no one honour to tie the count to
        "公司召开先进集体和先进个人表彰大会，共有42个集体和个人受到表彰。",
        "公司召开先进表彰大会，共有42名员工受到表彰。",
        # holders of a medal visited, nothing conferred
        "社区为辖区内9名老党员送上慰问品。",
        # a winners' list published with the ceremony still to come
        "教育部今天公布師鐸獎得獎名單，共有六十三位教師獲獎，將於教師節前夕由總統頒獎表揚。",
        # the years since: a standing tally, whatever the receiving verb
        "近三年来，我县先后有6个村获此殊荣。",
        # a holding with no newly conferred part named
        "目前，全市共有市级文明单位236个。",
    ],
)
def test_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # section C of the review: phrasings already right stay right
        ("市教育局公布“市级优秀教师”名单，我县12名教师获此殊荣。", [("市级优秀教师", 12, "名", "person")]),
        ("会上评出一等奖5名、二等奖10名、三等奖十五名。",
         [("一等奖", 5, "名", "person"), ("二等奖", 10, "名", "person"), ("三等奖", 15, "名", "person")]),
        ("会议为20户“种粮大户”授牌。", [("种粮大户", 20, "户", None)]),
        ("近年来，我镇先后有9个村获此殊荣。", []),
        ("学校累计评选出30名“最美教师”。", []),
        ("6月1日，社区党委为辖区内9名老党员颁发“光荣在党50年”纪念章。", [("光荣在党50年纪念章", 9, "名", "person")]),
    ],
)
def test_phrasings_already_right(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the quote holds the whole honour: a level before it is no part of the name (regression of this round)
        ("市政府表彰了第三届全市“优秀企业家”，我县有3名企业家获此殊荣。", [("优秀企业家", 3, "名", "person")]),
        # a count after the last of two quoted honours is that one's only (regression of this round)
        ("团县委举行志愿服务表彰会，评选出“十佳志愿者”和“优秀志愿服务项目”20个。", [("优秀志愿服务项目", 20, "个", None)]),
        # bodies counted and commended: organizations, whatever the citation (regression of this round)
        ("县公安局召开表彰会，3家派出所获得市政府嘉奖。", [("嘉奖", 3, "家", "organization")]),
        ("支队召开表彰大会，对3个中队给予集体嘉奖。", [("嘉奖", 3, "个", "organization")]),
        # citations counted themselves: their holders only the citation's own word tells
        ("大会对27个个人三等功和150个嘉奖进行了表彰。", [("个人三等功", 27, "个", "person"), ("嘉奖", 150, "个", None)]),
    ],
)
def test_review_s36_regressions(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # parts after 其中 share their total's span of years: a tally, no conferral (§5)
        ("近年来，全县共有30人获得省级以上表彰，其中省劳动模范5人，省优秀教师25人。", []),
        ("五年来，全县共有20个村获评文明村，其中省级文明村5个。", []),
        # the parts of this event's total stay
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("会议表彰了一批先进，共有30人受到表彰，其中省劳动模范5人，优秀教师25人。",
         [("劳动模范", 5, "人", "person"), ("优秀教师", 25, "人", "person")]),
    ],
)
def test_parts_of_a_tally_over_years(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
