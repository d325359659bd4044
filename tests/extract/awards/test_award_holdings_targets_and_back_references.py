"""Award counts: what a place already holds, targets and conferrals still to come read as awards; counts
that refer back to an unquoted honour or a prize ceremony, later items of a list, names before each
count of a 分别 list and a list headed by its honour and count missed; and the s17 review of those
changes: a later clause handing something to those commended, star ratings, candidate lists and media
rankings, comma-joined holders before 等, 曾获, tallies, holders and public notices; and the k16 review of Hong
Kong and Macau honours: 包括 and 获颁发 left on the honour, 嘉許狀 (a certificate of commendation, counted like a
commendation) unknown, and a stated total its parts do not add up to; and the s19 review of those changes: a
merit citation lost to a later 将…颁发 clause, 上榜 before a quoted ranking, a nominee list named inside the quote,
a commendation recorded with 记, and a level before the quoted honour after 授予他们.  Invented sentences; the
expected values follow corpus/GUIDELINES.md §1 and §5."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    "body",
    [
        # what a place holds, counted up to a date: no conferral of this event
        "截至目前，全县共有全国文明村镇3个、省级文明村28个、市级文明村56个，评选表彰各类道德模范120名。",
        "目前，全市已有省级美丽乡村示范村32个、市级示范村85个。",
        "截至2023年底，全县已有市级示范党支部86个，评选表彰优秀共产党员300名。",
        # targets and conferrals still to come
        "今年以来，全县已建成市级示范党支部86个，计划年底前再创建省级示范村10个。",
        "今年，我市力争再创建省级“美丽乡村示范村”5个。",
        "3名一等奖选手将被授予“省技术能手”称号。",
        "近日，经过层层推选，全县评选出“十佳村党组织书记”10名，将于下月召开的全县党建工作会议上予以表彰。",
        # a grade of an evaluation
        "根据年度考核结果，全县共有28个单位获评“优秀”等次，评定优秀等次的公务员35名。",
        # prizes won at a contest, the only conferral named one still to come
        "在第二届全省职业技能大赛中，我市选手共获得一等奖3个、二等奖6个，获奖总数位居全省第一，3名一等奖选手将被授予“省技术能手”称号。",
        # a batch conferred, then a count of another kind or over two honours
        "大会表彰了一批先进集体和先进个人，我县12名同志榜上有名。",
        "近日，市委表彰了一批优秀共产党员，我镇5个党支部获此殊荣。",
        # no honour named for the counted
        "参会人员名单如下：县直单位（20个）：县教育局、县卫健局。",
    ],
)
def test_no_award_is_recorded(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 共有 with this occasion, or before a receiving verb: counts of this conferral
        ("今年共有金奖义工256名。", [("金奖义工", 256, "名", "person")]),
        ("全县共有18人获评“最美退役军人”。", [("最美退役军人", 18, "人", "person")]),
        # a conferral done, then something planned for those honoured
        ("会议表彰了10名优秀教师，并将其事迹汇编成册。", [("优秀教师", 10, "名", "person")]),
        ("大会共表彰先进集体10个。计划明年继续开展评选。", [("先进集体", 10, "个", "organization")]),
        # a conferral still to come is another count's
        ("会议表彰了10名优秀教师，5名优秀学生将被授予“三好学生”称号。", [("优秀教师", 10, "名", "person")]),
        # the place and its holding verb are no part of the honour
        ("会上，全县共有优秀教师30名受到表彰。", [("优秀教师", 30, "名", "person")]),
    ],
)
def test_conferrals_kept_beside_holdings_and_plans(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 榜上有名 / 获此殊荣 after an unquoted honour conferred on a batch or an edition
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("近日，市文明委命名表彰了一批市级文明单位，我区12个单位榜上有名。",
         [("文明单位", 12, "个", "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("近日，省委、省政府命名表彰第十届全省双拥模范城（县），我市第五次获此殊荣。全省共有26个城市（县）获此殊荣。",
         [("双拥模范城（县）", 26, "个", "organization")]),
        # the winners of the prize a ceremony presents
        ("第十屆「香港十大傑出青年」選舉頒獎典禮昨日舉行，十位得獎者出席。",
         [("香港十大杰出青年", 10, "位", "person")]),
    ],
)
def test_counts_referring_back_to_an_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a star level named by a body is an honour
        ("近日，县委组织部命名五星级党支部8个、四星级党支部20个。",
         [("五星级党支部", 8, "个", "organization"), ("四星级党支部", 20, "个", "organization")]),
    ],
)
def test_star_levels_named(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # star levels rated (评定) are grades, down to the lowest tier
        "经过支部自评、乡镇初评、县级复评，全县共评定五星级党支部8个、四星级党支部36个。",
        "镇党委对全镇36个村党支部进行星级评定，共评定五星级党支部5个、四星级党支部12个、三星级党支部19个。",
        # star tiers of hotels and guesthouses are service grades, whoever names them
        "省旅游星级饭店评定委员会日前评定四星级饭店3家、三星级饭店12家。",
        "经综合评定，全市共评定五星级农家乐15家、四星级农家乐40家。",
        "近日，县文旅局命名五星级农家乐15家、四星级饭店3家。",
    ],
)
def test_star_ratings_are_no_awards(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # later items of a list, each with its honour and count
        ("会议对荣获一等奖的3个单位、二等奖的5个单位进行了表彰。",
         [("一等奖", 3, "个", "organization"), ("二等奖", 5, "个", "organization")]),
        ("经评审，共有“优秀论文”一等奖5篇、二等奖10篇获奖。",
         [("优秀论文一等奖", 5, "篇", None), ("二等奖", 10, "篇", None)]),
        ("活動共嘉許了50名優秀義工及12個優秀義工團體。",
         [("优秀义工", 50, "名", "person"), ("优秀义工团体", 12, "个", "organization")]),
        # one honour, two counts of its holders
        ("会议对获得2023年度全县安全生产先进单位的8个乡镇和12家企业予以表彰。",
         [("2023年度全县安全生产先进单位", 8, "个", "organization"),
          ("2023年度全县安全生产先进单位", 12, "家", "organization")]),
        # the honour conferred in the clause after the count
        ("市政府对在全国运动会上获得金牌的5名运动员给予通报表彰，授予“体育突出贡献奖”。",
         [("体育突出贡献奖", 5, "名", "person")]),
        # names before each count of a 分别 list
        ("大会分别授予张三等5名同志、李四等3名同志“一等功臣”“二等功臣”称号。",
         [("一等功臣", 5, "名", "person"), ("二等功臣", 3, "名", "person")]),
        # a list headed by its honour and count, the names after a colon
        ("表彰名单如下：优秀共产党员（20名）：张三、李四、王五。", [("优秀共产党员", 20, "名", "person")]),
        ("县委决定，对以下同志和党组织予以表彰。\n一、优秀共产党员（20名）：张三、李四、王五\n二、先进基层党组织（8个）：县人民医院党委、县一中党委",
         [("优秀共产党员", 20, "名", "person"), ("先进基层党组织", 8, "个", "organization")]),
    ],
)
def test_counts_read_in_more_shapes(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # commended now, something more handed out later: the conferral stands
        ("会议表彰了先进个人50名，将在年底为受表彰个人颁发奖章。", [("先进个人", 50, "名", "person")]),
        ("大会表彰了优秀教师50名，将为他们颁发奖金。", [("优秀教师", 50, "名", "person")]),
        ("会议对先进集体10个进行了表彰，将在明年为受表彰单位颁发牌匾。", [("先进集体", 10, "个", "organization")]),
    ],
)
def test_conferral_done_before_a_later_handing_out(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the future in the count's own clause, or after a selection only
        "5名优秀学生将被授予“三好学生”称号。",
        "全县评选出“最美家庭”20户，将在年底前予以表彰。",
        # candidate, shortlist, nomination and recommendation lists
        "第二届全省“最美工匠”评选入围名单公布，我市6名工匠上榜。",
        "日前，第三届全省“最美医生”候选人名单公布，我院2名医生上榜。",
        "日前，全省“最美家庭”候选名单公布，我县5户家庭上榜。",
        "日前，“全国文明家庭”推荐名单公布，我县2户家庭名列其中。",
        "日前，“全国文明村镇”推荐名单公示，我县3个村名列其中。",
        "日前，“全国文明城市”提名城市名单公布，我省3个城市上榜。",
        # media rankings
        "日前，“2024年度中国十佳宜居城市”榜单发布，我省2个城市上榜。",
        "日前，“中国最美县城”榜单发布，我省3个县城上榜。",
        # records of the past, tallies, holders and a public notice
        "近日，团县委公布了评选结果。其中，5名青年曾获县级“青年岗位能手”称号。",
        "截至目前，全区已评选表彰“最美家庭”500户。",
        "我校现有教职工1200人，其中获评全国优秀教师3人、省级优秀教师25人。",
        "经村民推荐、评议，全县共评出五星级文明户1200户，现予以公示。",
    ],
)
def test_nothing_conferred_yet_or_here(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the list an honour's count is on, or those elected after the entrants
        ("近日，市委组织部公布了“五星级党支部”名单，我镇3个党支部上榜。", [("五星级党支部", 3, "个", "organization")]),
        ("本次“优秀共产党员”评选共有50名党员参评，最终20名党员当选。", [("优秀共产党员", 20, "名", "person")]),
        # holders named before 等, two items joined by a comma
        ("大会对荣获“优秀共产党员”称号的张三、李四、王五等32名同志，荣获“优秀党务工作者”称号的赵六等10名同志进行了表彰。",
         [("优秀共产党员", 32, "名", "person"), ("优秀党务工作者", 10, "名", "person")]),
        # a year's conferrals up to now
        ("截至目前，今年全区已表彰见义勇为先进个人12名。", [("见义勇为先进个人", 12, "名", "person")]),
        # named to an unquoted honour
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("12所学校被命名为省级文明校园。", [("文明校园", 12, "所", "organization")]),
        # (the level dropped before an unquoted honour title: GUIDELINES §5 twenty-third review round)
        ("3个村被命名为省级乡村振兴示范村。", [("乡村振兴示范村", 3, "个", "organization")]),
    ],
)
def test_conferrals_read(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 包括 opens the list of parts, no part of the first honour; 嘉許狀 is a commendation (§5)
        ("教育局今日舉行頒獎典禮，向共85名獲獎教師頒發獎項，包括優秀教師獎45名及嘉許狀40名。",
         [("优秀教师奖", 45, "名", "person"), ("嘉许状", 40, "名", "person")]),
        ("典禮上頒發嘉許狀40名。", [("嘉许状", 40, "名", "person")]),
        ("社會福利署今日舉行義工嘉許禮，頒發嘉許狀予120名義工及15間機構。",
         [("嘉许状", 120, "名", "person"), ("嘉许状", 15, "间", "organization")]),
        ("懲教署今日舉行嘉許禮，其中12名職員獲頒發署長嘉許狀。", [("署长嘉许状", 12, "名", "person")]),
        # 獲頒發 is one verb: its 發 is no part of the medal
        ("警務處今日舉行授勳典禮，共有46名警員獲頒發卓越服務獎章，另有18名警員獲頒發英勇獎章。",
         [("卓越服务奖章", 46, "名", "person"), ("英勇奖章", 18, "名", "person")]),
        # a stated total its parts do not add up to (3 + 22 + 38 + 15 = 78) is a fact of its own (§5)
        ("行政長官今日向共320名人士頒授勳銜或嘉獎，其中大紫荆勳章3名、金紫荆星章22名、銀紫荆星章38名、銅紫荆星章15名。",
         [("勋衔或嘉奖", 320, "名", "person"), ("大紫荆勋章", 3, "名", "person"), ("金紫荆星章", 22, "名", "person"),
          ("银紫荆星章", 38, "名", "person"), ("铜紫荆星章", 15, "名", "person")]),
        # a total that is the sum of its parts is not repeated
        ("行政長官今日向共78名人士頒授勳銜或嘉獎，其中大紫荆勳章3名、金紫荆星章22名、銀紫荆星章38名、銅紫荆星章15名。",
         [("大紫荆勋章", 3, "名", "person"), ("金紫荆星章", 22, "名", "person"),
          ("银紫荆星章", 38, "名", "person"), ("铜紫荆星章", 15, "名", "person")]),
    ],
)
def test_hong_kong_honours_read(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # award-winning students given certificates: no honour named (§5)
        "教育局常任秘書長主持典禮，並向10名獲獎學生頒發證書。",
        "典禮上，主禮嘉賓向12名得獎義工頒發證書。",
        # the total of those awarded, no honour named
        "教育局今日舉行頒獎典禮，向共85名獲獎教師頒發獎項。",
    ],
)
def test_hong_kong_winners_without_an_honour(extract, body: str) -> None:
    assert honours(extract(page(body))) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a merit citation is recorded now; only its badge comes later
        ("市公安局为12名民警记个人三等功，将于近期为他们颁发证章。", [("个人三等功", 12, "名", "person")]),
        ("3个集体荣立集体二等功，将于近期为他们颁发奖牌。", [("集体二等功", 3, "个", "organization")]),
        ("该局为8名干警记嘉奖，将于年底为他们颁发证书。", [("嘉奖", 8, "名", "person")]),
        # a commendation recorded like a citation (§5: 嘉奖 counts like honours)
        ("支队为参与救援的15名指战员记个人嘉奖，并将为他们颁发奖励证书。", [("个人嘉奖", 15, "名", "person")]),
        ("支队为3个中队记集体嘉奖。", [("集体嘉奖", 3, "个", "organization")]),
        ("支队为参与救援的指战员记个人嘉奖15名、个人三等功3名。",
         [("个人嘉奖", 15, "名", "person"), ("个人三等功", 3, "名", "person")]),
        # the honour's level between 授予他们 and the quote
        ("团县委表彰了5名青年，授予他们县级“青年岗位能手”称号。", [("青年岗位能手", 5, "名", "person")]),
        # an honour's list (not a ranking) named before 上榜
        ("近日，市委组织部公布了“五星级党支部”名单，我镇3个党支部上榜。", [("五星级党支部", 3, "个", "organization")]),
    ],
)
def test_citations_and_levels_read(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        # 上榜 before a quoted ranking: places ranked, no conferral (§5)
        "据悉，我省3个县城上榜“中国最美县城”榜单，数量居全国前列。",
        "我市2所高校上榜“中国大学排行榜”。",
        "我市5家企业上榜“2024中国企业500强”。",
        "我省6个县上榜“全国百强县”。",
        # a list that is no honour
        "我市3个村上榜“全国乡村旅游重点村”名单。",
        # nominees named inside the quote
        "“全国文明城市提名城市”名单公布，我省4个城市名列其中。",
        "“全国文明城市提名城市”名单公布，我省4个城市获此殊荣。",
        "大会授予10名同志“最美家庭候选人”称号。",
        # a citation proposed, and a record of the past
        "市公安局拟为12名民警记个人三等功，将于近期为他们颁发证章。",
        "5名同志曾获得县委嘉奖。",
        "他曾记个人嘉奖2次。",
    ],
)
def test_rankings_nominees_and_proposals_not_read(extract, body: str) -> None:
    assert honours(extract(page(body))) == []
