"""Phrasings of invented articles: a meeting named before a relative day with the day of the
month in brackets (…典礼今日（9日）在…举行, 今日（九日）下午, 本（15）日上午, HK and Macau releases; the whole bracketed
expression is the date_text, also when it leads the sentence), a ceremony named …颁奖盛典 / …年度盛典, a numeral
inside a recipient's name listed before 等 and the count (装卸一队等10个集体), a rank descriptor before a named
medal (最高荣誉大紫荆勋章), and a 他/她 after a sentence whose subject follows a fronted clause (针对…，X…; 在谈到…时，
X…).  Near misses that must keep their value sit beside each.  All sentences are invented; the expected values
follow corpus/GUIDELINES.md §3-§5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers, when


def _meetings(record: dict) -> list[tuple]:
    """(name, date, date_text, time_of_day, location) of each meeting, in order."""
    return [(m["name"], m["date"], m["date_text"], m["time_of_day"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the day of the month in brackets after 今日/昨日, between the name and its verb (§3: the whole as written)
        ("2023年度勋章颁授典礼今日（9日）在澳门文化中心举行。",
         [("2023年度勋章颁授典礼", "2024-01-09", "今日（9日）", None, "澳门文化中心")]),
        ("二零二三年度勳章、獎章和獎狀頒授典禮今日（九日）下午在澳門文化中心綜合劇院舉行。",
         [("二零二三年度勋章、奖章和奖状颁授典礼", "2024-01-09", "今日（九日）", "下午", "澳门文化中心综合剧院")]),
        ("全澳青年工作会议昨日（8日）下午在澳门旅游塔举行。",
         [("全澳青年工作会议", "2024-01-08", "昨日（8日）", "下午", "澳门旅游塔")]),
        ("全澳青年工作会议昨日（八日）下午在澳门旅游塔举行。",
         [("全澳青年工作会议", "2024-01-08", "昨日（八日）", "下午", "澳门旅游塔")]),
        ("2023年度勋章颁授典礼今日（9日）举行。", [("2023年度勋章颁授典礼", "2024-01-09", "今日（9日）", None, None)]),
        ("第五届理事会就职典礼本（9）日上午在会展中心举行。",
         [("第五届理事会就职典礼", "2024-01-09", "本（9）日", "上午", "会展中心")]),
        # the bracketed day leading the sentence: the whole expression is the date_text too
        ("今日（9日）下午，2023年度勋章颁授典礼在澳门文化中心举行。",
         [("2023年度勋章颁授典礼", "2024-01-09", "今日（9日）", "下午", "澳门文化中心")]),
        ("今天（9日）上午，2023年度勋章颁授典礼在澳门文化中心举行。",
         [("2023年度勋章颁授典礼", "2024-01-09", "今天（9日）", "上午", "澳门文化中心")]),
        # near misses that read as before: no brackets, a day alone, a month and day in the brackets
        ("2023年度勋章颁授典礼今日下午在澳门文化中心举行。",
         [("2023年度勋章颁授典礼", "2024-01-09", "今日", "下午", "澳门文化中心")]),
        ("2023年度勋章颁授典礼9日下午在澳门文化中心举行。",
         [("2023年度勋章颁授典礼", "2024-01-09", "9日", "下午", "澳门文化中心")]),
        ("2023年度勋章颁授典礼今日（一月九日）在澳门文化中心举行。",
         [("2023年度勋章颁授典礼", "2024-01-09", "今日（一月九日）", None, "澳门文化中心")]),
        ("2023年度勋章颁授典礼今（9）日在澳门文化中心举行。",
         [("2023年度勋章颁授典礼", "2024-01-09", "今（9）日", None, "澳门文化中心")]),
        # a ceremony ahead stays none
        ("2024年度勋章颁授典礼将于明年（10日）在澳门文化中心举行。", []),
    ],
)
def test_a_bracketed_day_between_the_name_and_its_verb(extract, body: str, expected: list) -> None:
    assert _meetings(extract(page(body, "2024-01-09"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 盛典 after 颁奖/表彰/年度 ends a ceremony's name, like 典礼
        # (the company's short name before the year holds it, GUIDELINES §3 eighth round: test_meeting_bodies_enumerated_and_company_meetings G2)
        ("1月8日，瑞丰食品2023年度经销商大会暨颁奖盛典在海口举行。", ["2023年度经销商大会暨颁奖盛典"]),
        ("1月8日，全市“最美教师”表彰盛典在市文化中心举行。", ["全市“最美教师”表彰盛典"]),
        ("1月8日，某某集团2023年度盛典在海口举行。", ["2023年度盛典"]),
        # near misses: 盛典 alone, a festival's 庆典, a described spectacle
        ("这是一场视觉盛典，吸引了大批游客。", []),
        ("1月8日，全县开展新春庆典活动，数千群众观看。", []),
        ("1月8日，全市文化盛典在海口举行。", []),
    ],
)
def test_a_prize_ceremony_named_sheng_dian(extract, body: str, expected: list) -> None:
    assert [m["name"] for m in extract(page(body, "2024-01-09"))["meetings"]] == expected


def test_the_presenter_at_a_sheng_dian_is_no_part_of_its_name(extract) -> None:
    record = extract(page("1月8日，瑞丰食品2023年度经销商大会暨颁奖盛典在海口举行。董事长李明为获奖经销商颁奖。", "2024-01-09"))
    assert speakers(record) == {"李明": ("董事长", ("颁奖",))}


ORG = "organization"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a numeral and a unit inside a recipient's name before 等 and the count: the count is after 等 (§5)
        ("大会授予汀州港务集团装卸一队等10个集体“汀州市模范集体”称号。", [("汀州市模范集体", 10, "个", ORG)]),
        ("大会授予机务3队党支部等5个集体“先进集体”称号。", [("先进集体", 5, "个", ORG)]),
        ("会上，对装卸一队等10个集体进行了表彰，授予“模范集体”称号。", [("模范集体", 10, "个", ORG)]),
        # names whose numeral is no count anyway stay right
        ("大会授予县第一中学等5个单位“文明单位”称号。", [("文明单位", 5, "个", ORG)]),
        ("大会授予三车间等3个集体“模范集体”称号。", [("模范集体", 3, "个", ORG)]),
        ("大会授予县消防救援二大队等4个单位“先进单位”称号。", [("先进单位", 4, "个", ORG)]),
        # near misses: a count with no names before 等, two counts of their own
        ("大会授予装卸队等10个集体“模范集体”称号。", [("模范集体", 10, "个", ORG)]),
        ("大会授予5个集体“模范集体”称号，授予张三等10名同志“优秀党员”称号。",
         [("模范集体", 5, "个", ORG), ("优秀党员", 10, "名", "person")]),
    ],
)
def test_a_numeral_inside_a_recipients_name(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-01-09"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a rank descriptor before a named medal is no part of its name (§5, as a level before the quote mark)
        ("3人獲頒授最高榮譽大紫荊勳章。", [("大紫荆勋章", 3, "人", "person")]),
        ("3人获颁最高级别大紫荆勋章。", [("大紫荆勋章", 3, "人", "person")]),
        ("3人获颁至高荣誉大紫荆勋章。", [("大紫荆勋章", 3, "人", "person")]),
        ("3人获颁最高荣誉的大紫荆勋章。", [("大紫荆勋章", 3, "人", "person")]),
        # near misses: nothing names the honour without it; a court's name
        ("四人获最高荣誉勋章。", [("最高荣誉勋章", 4, "人", "person")]),
        ("大会为3名同志颁发了最高人民法院一等功奖章。", [("最高人民法院一等功奖章", 3, "名", "person")]),
    ],
)
def test_a_rank_descriptor_before_a_medal(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-01-09"))) == expected


MEETING = "近日，开发区召开项目推进会，管委会主任郑宏宇出席会议并讲话，党工委副书记卞晓宁主持。"
HOST_ONLY = "近日，开发区召开项目推进会，党工委副书记卞晓宁主持。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a 他/她 goes on with the subject of the sentence before, after its fronted clause (§4)
        (MEETING + "会议逐一调度了重点项目进展情况。针对项目推进中存在的问题，郑宏宇现场进行交办，明确责任单位和完成时限。"
         "他强调，各部门要压实责任。",
         {"郑宏宇": ("管委会主任", ("讲话",)), "卞晓宁": ("党工委副书记", ("主持",))}),
        (MEETING + "针对项目推进中存在的问题，郑宏宇现场进行交办。她强调，各部门要压实责任。",
         {"郑宏宇": ("管委会主任", ("讲话",)), "卞晓宁": ("党工委副书记", ("主持",))}),
        (MEETING + "在谈到招商引资工作时，郑宏宇列举了多个案例。她要求，各部门要压实责任。",
         {"郑宏宇": ("管委会主任", ("讲话",)), "卞晓宁": ("党工委副书记", ("主持",))}),
        (HOST_ONLY + "针对存在的问题，管委会主任郑宏宇通报了项目进展情况。她强调，各部门要压实责任。",
         {"卞晓宁": ("党工委副书记", ("主持",)), "郑宏宇": ("管委会主任", ("讲话",))}),
        (HOST_ONLY + "会上，管委会主任郑宏宇通报了项目进展情况。他强调，各部门要压实责任。",
         {"卞晓宁": ("党工委副书记", ("主持",)), "郑宏宇": ("管委会主任", ("讲话",))}),
        # near misses: no person in the sentence before (the last actor goes on), or the one named is honoured
        (MEETING + "针对项目推进中存在的问题，会议明确了责任单位和完成时限。他强调，各部门要压实责任。",
         {"郑宏宇": ("管委会主任", ("讲话",)), "卞晓宁": ("党工委副书记", ("主持", "讲话"))}),
        (HOST_ONLY + "针对存在的问题，管委会主任郑宏宇被授予荣誉。他强调，各部门要压实责任。",
         {"卞晓宁": ("党工委副书记", ("主持", "讲话"))}),
    ],
)
def test_a_pronoun_after_a_fronted_clause(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-01-09"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the date and time of a bracketed day leading the sentence
        ("今日（九日）上午，县委召开常委会会议。", [("2024-01-09", "今日（九日）", "上午")]),
        # the evening's bracketed date keeps its own reading (test_bracketed_evenings_and_collective_subjects)
        ("行政长官今晚（一月九日）出席新春酒会并致辞。", [("2024-01-09", "一月九日", "晚上")]),
    ],
)
def test_a_leading_bracketed_day(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-01-09"))) == expected
