"""Award counts: tallies and entrants
read as awards, honours that kept a verb, a description or 《》, holders named before 等, ‘’ quotes,
（社区） inside an honour, 上榜/当选 back-references, a headline rounding the body's count and a
first list item taken for a total.  Invented sentences; the expected values follow
corpus/GUIDELINES.md §1 and §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    "body",
    [
        # holders counted over the years, not conferred at this event
        "近年来先后有6名村民获评“好媳妇”，3户家庭获评“最美家庭”。",
        "截至目前，全县已有56个村获评“省级美丽乡村示范村”。",
        "今年以来，全县累计有35名教师获评“市级骨干教师”。",
        "他们中有5名同志曾获得县委嘉奖。",
        # entrants of a selection
        "共有86人报名参加“优秀青年人才”评选。",
        "经个人申报、单位推荐，共有86人参加“优秀青年人才”评选，目前评审工作正在进行中。",
        # a grade of an evaluation
        "今年全县共评出“优秀”等次公务员85名、“称职”等次400名。",
        # holders among those attending, or no count
        "获得“优秀共产党员”称号的党员代表和群众等200人参加会议。",
        "会上，对荣获“优秀共产党员”称号的张三、李四等同志进行了表彰。",
        # a ranking or an election, no honour
        "近日，“2023年度全国百强县”名单发布，我省3个县上榜。",
        "经选举，“县青年商会”第三届理事会名单产生，共10名同志当选。",
        "会上，10名同志当选为县人大代表。",
    ],
)
def test_no_award_is_recorded(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("我县获评省级文明村3个、市级文明村12个。",
         [("省级文明村", 3, "个", "organization"), ("市级文明村", 12, "个", "organization")]),
        ("会议对获评先进集体5个、先进个人5名进行了通报表彰。",
         [("先进集体", 5, "个", "organization"), ("先进个人", 5, "名", "person")]),
        ("会议对在疫情防控中表现突出的先进单位20家、先进个人80名予以通报表扬。",
         [("先进单位", 20, "家", "organization"), ("先进个人", 80, "名", "person")]),
        ("大会授予县税务局局长李明等9名同志《人民满意的公务员》称号。",
         [("人民满意的公务员", 9, "名", "person")]),
        ("获得“光荣在党50年”纪念章的老党员共30名。", [("光荣在党50年纪念章", 30, "名", "person")]),
        ("七一前夕，全县共为老党员颁发纪念章，其中获得“光荣在党”纪念章的老党员30名。",
         [("光荣在党纪念章", 30, "名", "person")]),
        # prizes counted with 个 are not bodies, unless the text names bodies
        ("颁奖大会决出金奖3个、银奖6个、铜奖9个。",
         [("金奖", 3, "个", None), ("银奖", 6, "个", None), ("铜奖", 9, "个", None)]),
        ("会议对荣获一等奖的3个单位进行了表彰。", [("一等奖", 3, "个", "organization")]),
    ],
)
def test_the_honour_as_named(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the holders named before 等, then the count
        ("会上，对荣获“优秀共产党员”称号的镇党委书记张三、村主任李四等10名同志进行了表彰。",
         [("优秀共产党员", 10, "名", "person")]),
        ("会议对获评“星级党支部”的城关社区党支部、东街社区党支部等12个党支部进行了表彰。",
         [("星级党支部", 12, "个", "organization")]),
        ("会上，为荣获“先进基层党组织”的县人民医院党委等3个党组织授牌。",
         [("先进基层党组织", 3, "个", "organization")]),
        # ‘’ and 〈〉 as quote marks
        ("3名教师获评‘市级学科带头人’。", [("市级学科带头人", 3, "名", "person")]),
        ("大会表彰了‘优秀共产党员’20名。", [("优秀共产党员", 20, "名", "person")]),
        ("会上，命名4个「劳模创新工作室」和6个‘工匠工作室’。",
         [("劳模创新工作室", 4, "个", "organization"), ("工匠工作室", 6, "个", "organization")]),
        ("3名教师获评〈市级学科带头人〉。", [("市级学科带头人", 3, "名", "person")]),
        # （社区） inside an honour written before its count
        ("会议表彰了优秀村（社区）党组织书记10名、优秀共产党员30名。",
         [("优秀村（社区）党组织书记", 10, "名", "person"), ("优秀共产党员", 30, "名", "person")]),
        ("会议表彰了2023年度“十佳”村（社区）党组织书记10名。", [("十佳村（社区）党组织书记", 10, "名", "person")]),
        ("大会对“五好”村（社区）党组织12个进行了表彰。", [("五好村（社区）党组织", 12, "个", "organization")]),
    ],
)
def test_counts_read_in_more_shapes(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近日，市委组织部公布了全市“五星级党支部”名单，我镇3个党支部上榜。", [("五星级党支部", 3, "个", "organization")]),
        ("近日，市委组织部公布了全市“五星级党支部”名单，我镇3个党支部名列其中。", [("五星级党支部", 3, "个", "organization")]),
        ("经公示，“最美护士”评选结果正式揭晓，共10名护士当选。", [("最美护士", 10, "名", "person")]),
        ("10名青年获选“十大杰出青年”。", [("十大杰出青年", 10, "名", "person")]),
        ("十位青年獲選為「十大傑出青年」。", [("十大杰出青年", 10, "位", "person")]),
        ("会上，5名同志获得县委、县政府嘉奖，3名同志被记三等功。",
         [("嘉奖", 5, "名", "person"), ("三等功", 3, "名", "person")]),
    ],
)
def test_back_references_and_receiving_verbs(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def test_a_headline_rounding_the_body_count_is_one_record(extract) -> None:
    text = "全市表彰120名优秀共产党员\n2024-05-08 来源：某网\n近日，全市对118名优秀共产党员进行了表彰。\n"
    assert honours(extract(text)) == [("优秀共产党员", 118, "名", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 共 opens a list of sibling honours: the first is no total, though it equals the others' sum
        ("大会共表彰了优秀共产党员30名、优秀党务工作者10名、优秀党组织书记20名。",
         [("优秀共产党员", 30, "名", "person"), ("优秀党务工作者", 10, "名", "person"), ("优秀党组织书记", 20, "名", "person")]),
        ("共评选出“最美家庭”50户、“五好家庭”30户、“文明家庭”20户。",
         [("最美家庭", 50, "户", None), ("五好家庭", 30, "户", None), ("文明家庭", 20, "户", None)]),
        # a total with its parts after 其中 is still dropped
        ("共表彰先进基层党组织30个，其中，五星级党支部10个，四星级党支部20个。",
         [("五星级党支部", 10, "个", "organization"), ("四星级党支部", 20, "个", "organization")]),
    ],
)
def test_a_first_item_equal_to_the_sum_of_the_others(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a total over bodies and people whose parts do not add up to it is a fact of its own
        ("全市共表彰先进集体和先进个人200个（名），其中先进集体68个、先进个人130名。",
         [("先进集体和先进个人", 200, "个", None), ("先进集体", 68, "个", "organization"), ("先进个人", 130, "名", "person")]),
        # parts that add up to it: the total repeats them
        ("全市共表彰先进集体和先进个人200个（名），其中先进集体70个、先进个人130名。",
         [("先进集体", 70, "个", "organization"), ("先进个人", 130, "名", "person")]),
        # no parts given: no honour's count
        ("会议表彰了先进集体、先进个人共85个（名）。", []),
    ],
)
def test_a_total_over_bodies_and_people(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a tally word in another clause does not reach the count's own clause
        ("近年来，我县党建工作成效明显，在今天的大会上，30名同志荣获“优秀共产党员”称号。",
         [("优秀共产党员", 30, "名", "person")]),
        ("会上，先后有3名代表作交流发言，20名同志获得“优秀志愿者”称号。", [("优秀志愿者", 20, "名", "person")]),
        ("截至6月底，全县党员总数达到2.3万名，大会上，45名同志获评“优秀共产党员”。",
         [("优秀共产党员", 45, "名", "person")]),
        ("全校已有3000余名学生参加志愿服务，本学期，50名学生获评“优秀志愿者”。", [("优秀志愿者", 50, "名", "person")]),
        # 曾 inside a description of the holders, not before the receiving verb
        ("市政府召开抗洪抢险表彰大会，8名曾参加抗洪的民警荣获“抗洪英雄”称号。", [("抗洪英雄", 8, "名", "person")]),
        # a selection taken part in, closed by 的: a description of those honoured
        ("市政府授予12名参加技能大赛选拔的选手“技术能手”称号。", [("技术能手", 12, "名", "person")]),
        # a quoted honour keeps its 的
        ("县委授予10名同志“群众最满意的优秀村干部”称号，授予6个村“人民群众满意的先进村党组织”称号。",
         [("群众最满意的优秀村干部", 10, "名", "person"), ("人民群众满意的先进村党组织", 6, "个", "organization")]),
        # 当选 before a quote names its own honour, not the list named before
        ("市卫健委公布“十佳医生”名单，我院2名医生获此殊荣，3名护士当选“最美护士”。",
         [("十佳医生", 2, "名", "person"), ("最美护士", 3, "名", "person")]),
        # holders named before 等, then a second listed honour with its own count
        ("街道党工委对荣获“优秀共产党员”称号的王红、赵刚等15名同志和“先进基层党组织”称号的3个党支部进行了表彰。",
         [("优秀共产党员", 15, "名", "person"), ("先进基层党组织", 3, "个", "organization")]),
    ],
)
def test_conferrals_kept_beside_tallies_and_descriptions(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a tally in a short time clause, or carried over to a parallel received count
        "近年来，我县6名村民获评“好媳妇”。",
        "截至目前，全县已有56个村获评“省级文明村”，12个村获评“全国文明村”。",
        # holders of an honour named before 等 who visit or take part: nothing conferred
        "荣获“全国劳动模范”称号的李明、王强等3人来我县宣讲。",
        "市总工会召开座谈会，获得“五一劳动奖章”的王芳、李强等30人参与了座谈。",
        "获得“优秀共产党员”称号的张三、李四等10名同志在主席台就座。",
        # holders of a medal who are given an allowance: a visit, nothing conferred
        "社区党委为辖区内获得“光荣在党50年”纪念章的26名老党员送上慰问金，每人500元。",
    ],
)
def test_tallies_and_holders_give_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a conferring verb after the holders: the honour is given here
        ("会上，为获得“光荣在党50年”纪念章的26名老党员颁发了纪念章。", [("光荣在党50年纪念章", 26, "名", "person")]),
        ("大会为获得“青年优秀论文奖”的8名青年学者颁奖。", [("青年优秀论文奖", 8, "名", "person")]),
    ],
)
def test_holders_honoured_here(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


def test_a_headline_dropping_the_honours_level_is_one_record(extract) -> None:
    text = ("全省表彰200名劳动模范\n2024-05-08 来源：某网\n"
            "4月29日，全省劳动模范表彰大会召开，授予198名同志“省劳动模范”称号，授予50个集体“模范集体”称号。\n")
    assert honours(extract(text)) == [("省劳动模范", 198, "名", "person"), ("模范集体", 50, "个", "organization")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count's clause naming this time is no part of the tally before it
        ("近年来，医院先后有6名医生获评“市级优秀医生”，今年又有2名医生获此殊荣。", [("市级优秀医生", 2, "名", "person")]),
        # 获选 before an unquoted honour, as 获评
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("我校3名教师获评市级优秀教师，2名教师获选市级骨干教师。",
         [("优秀教师", 3, "名", "person"), ("骨干教师", 2, "名", "person")]),
    ],
)
def test_this_years_conferral_after_a_tally(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the tally carried over to a parallel 获此殊荣 with no time of its own
        "近年来，医院先后有6名医生获评“市级优秀医生”，又有2名医生获此殊荣。",
        "中央文明委公布了“全国文明村”名单。截至目前，全省有86个村获此殊荣。",
    ],
)
def test_tallied_back_references_give_no_award(extract, body: str) -> None:
    assert honours(extract(page(body))) == []
