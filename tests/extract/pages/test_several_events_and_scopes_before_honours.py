"""Phrasings of the fourth round: articles with
several events, scopes before counted honours.  Invented sentences; the expected values follow
corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议表彰了全镇8个先进村和25名优秀共产党员。",
         [("先进村", 8, "个", "organization"), ("优秀共产党员", 25, "名", "person")]),
        ("大会表彰了全公司12名优秀员工。", [("优秀员工", 12, "名", "person")]),
        ("会上，表彰了本县10个先进基层党组织。", [("先进基层党组织", 10, "个", "organization")]),
    ],
)
def test_a_whole_place_before_the_counts(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，县委召开会议，传达学习全省经济工作会议精神。会后，县委又召开了全县安全生产工作会议，县长李四主持。",
         [("会议", "2024-05-06", "县委"), ("全县安全生产工作会议", "2024-05-06", "县委")]),
        ("5月6日上午，市委召开会议，传达学习全国两会精神。当天下午，市委召开全市宣传思想工作会议。",
         [("会议", "2024-05-06", "市委"), ("全市宣传思想工作会议", "2024-05-06", "市委")]),
        # the same meeting told again in full is one
        ("5月6日，县委召开会议，部署安全生产工作。会议由县委书记张三主持。", [("会议", "2024-05-06", "县委")]),
    ],
)
def test_a_named_meeting_after_a_bare_one_is_another(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，两国领导人举行会谈。会谈后，双方共同见证了合作文件签字仪式。",
         [("会谈", "2024-05-06", None), ("合作文件签字仪式", "2024-05-06", None)]),
        # a change witnessed is no event
        ("他见证了家乡四十年来的巨大变化，也见证了开发区的成立。", []),
    ],
)
def test_a_signing_ceremony_witnessed(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月28日，县委组织部召开专题党课。党课由县委常委、组织部部长王建华讲授。",
         {"王建华": ("县委常委、组织部部长", ("讲党课",))}),
        ("大会上，10名优秀党员从县委书记张三手中接过荣誉证书。", {"张三": ("县委书记", ("颁奖",))}),
        ("大会上，优秀党员代表李四从县委书记张三手中接过荣誉证书。", {"张三": ("县委书记", ("颁奖",))}),
        # the taker takes no part as giver
        ("县委书记张三为获奖代表颁奖。王五从他手中接过证书。", {"张三": ("县委书记", ("颁奖",))}),
        ("5月6日，报社召开年度工作会议。高级记者李明作了发言。", {"李明": ("高级记者", ("发言",))}),
        # a dateline's reporter stays out
        ("本报讯（记者 李明）5月6日，县委召开常委会会议，县委书记张三主持。", {"张三": ("县委书记", ("主持",))}),
        ("民政及青年事務局局長麥美娟今日（七月一日）聯同副局長梁宏正主持開幕典禮。",
         {"麦美娟": ("民政及青年事务局局长", ("主持",)), "梁宏正": ("副局长", ("主持",))}),
    ],
)
def test_lectures_givers_and_co_hosts(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("保安局局長鄧炳強，GBS，JP今日（七月一日）主持升旗儀式。", ("邓炳强", "保安局局长")),
        ("民政及青年事務局局長麥美娟今日（七月一日）聯同副局長梁宏正主持開幕典禮。", ("麦美娟", "民政及青年事务局局长")),
    ],
)
def test_hong_kong_hosts(extract, body: str, host: tuple) -> None:
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["host"]["name"], meeting["host"]["title"]) == host



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no publication date: yesterday of the dateline's day, its year from the reviewed year
        ("表彰大会\n本报北京１月８日讯 国务院昨天上午在京召开表彰大会，表彰１９９７年度全国劳动模范。\n",
         ("1998-01-07", "昨天", "上午")),
        # no year anywhere: no date, the words as written
        ("表彰大会\n新华社北京1月8日电 国务院今天下午在京召开表彰大会。\n", (None, "今天", "下午")),
        ("表彰大会\n新华社北京1998年1月8日电 国务院今天下午在京召开表彰大会。\n", ("1998-01-08", "今天", "下午")),
        # the dateline's year read from the whole sentence (an anniversary)
        ("纪念大会在湘举行\n新华社长沙１月１６日电（记者刘春贤）陶铸同志诞辰９０周年纪念大会今天在他的家乡湖南祁阳县举行。\n"
         "陶铸１９０８年１月１６日出生于祁阳县。１９２６年入黄埔军校。\n", ("1998-01-16", "今天", None)),
    ],
)
def test_a_relative_day_under_a_dateline_without_a_publication_date(extract, text: str, expected: tuple) -> None:
    meeting = extract(text)["meetings"][0]
    assert (meeting["date"], meeting["date_text"], meeting["time_of_day"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2月20日上午，市委常委会召开会议，审议大会报告稿。随后，全市三级干部大会召开。",
         [("会议", "2024-02-20", "市委常委会"), ("全市三级干部大会", "2024-02-20", None)]),
        ("2月20日上午，市委常委会召开会议。随后，项目签约仪式举行。",
         [("会议", "2024-02-20", "市委常委会"), ("项目签约仪式", "2024-02-20", None)]),
        # the meeting named before, with its day and venue: no second record
        ("全市企业家座谈会召开。会议于7日在市总商会举行。", [("全市企业家座谈会", "2024-05-07", None)]),
        ("5月7日，全市职工代表座谈会召开。会议在省总工会举行。", [("全市职工代表座谈会", "2024-05-07", None)]),
        # a meeting as one of several means: none
        ("5月7日，部机关召开专题民主生活会。会前，部领导班子通过召开座谈会、发放征求意见表等方式征求意见。",
         [("专题民主生活会", "2024-05-07", "部机关")]),
        ("7日上午，培训班举行开班式。", [("培训班开班式", "2024-05-07", None)]),
        ("7日下午，县召开会议，传达学习全国两会精神。", [("会议", "2024-05-07", None)]),
        ("5月7日，国家邮电部一套四枚的苏铁邮票在攀枝花举行首发式。", [("首发式", "2024-05-07", None)]),
    ],
)
def test_meetings_told_after_another_and_references(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，市总工会召开全委会议。出席会议的还有市总工会副主席王芳等约80人。", (80, True)),
        ("5月7日，市总工会召开全委会议。出席会议的还有各部门负责人等共80余人。", (80, True)),
        ("5月7日，市总工会召开全委会议。出席会议的还有各部门负责人约80人。", (80, True)),
        ("5月7日，学院举行开学典礼。出席仪式的还有教育局局长龚志明等嘉宾及师生约600人。", (600, True)),
        # speakers counted after 等 are no attendance
        ("5月7日，市总工会召开全委会议。会议邀请了王芳等3位专家作专题报告。", (None, False)),
    ],
)
def test_attendance_counted_after_the_names(extract, body: str, expected: tuple) -> None:
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月4日上午和下午，市政府分别召开全市农业农村工作会议和全市生态环境保护大会。",
         ["全市农业农村工作会议", "全市生态环境保护大会"]),
        ("3月4日，市政府先后召开市政府党组会议、市政府第60次常务会议和全市安全生产委员会全体会议。",
         ["市政府党组会议", "市政府第60次常务会议", "全市安全生产委员会全体会议"]),
        # one meeting named by its parts, or no word of holding in turn
        ("3月4日，县委召开党风廉政建设和反腐败工作会议。", ["党风廉政建设和反腐败工作会议"]),
        ("3月4日，学校分别召开了座谈会和表彰会。", ["座谈会", "表彰会"]),
        ("3月4日，学校召开了座谈会和表彰会。", ["座谈会和表彰会"]),
    ],
)
def test_meetings_held_in_turn_in_one_sentence(extract, body: str, expected: list) -> None:
    assert [m["name"] for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月10日，县十八届人大三次会议预备会议召开。1月11日上午，县十八届人大三次会议隆重开幕。",
         [("县十八届人大三次会议预备会议", "2024-01-10"), ("县十八届人大三次会议", "2024-01-11")]),
        ("1月11日上午，县十八届人大三次会议隆重开幕。此前，县十八届人大三次会议主席团第一次会议于1月10日召开。",
         [("县十八届人大三次会议", "2024-01-11"), ("县十八届人大三次会议主席团第一次会议", "2024-01-10")]),
        # the congress named again is the same one
        ("1月11日上午，县十八届人大三次会议隆重开幕。县十八届人大三次会议应到代表200名，实到195名。",
         [("县十八届人大三次会议", "2024-01-11")]),
        # a fair among meetings held in turn is none
        ("会前，协会还分别在京、沪两地举行了交易会和世界分会大会。", [("世界分会大会", None)]),
    ],
)
def test_sessions_of_a_congress_and_fairs_in_a_list(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["date"]) for m in extract(page(body))["meetings"]] == expected


@pytest.mark.parametrize(
    ("stamps", "published", "day"),
    [
        ("更新时间：2024-05-10 发布时间：2024-05-08", "2024-05-08", "2024-05-07"),
        ("更新时间：2024-05-10\n发布时间：2024-05-08", "2024-05-08", "2024-05-07"),
        ("修改时间：2024-05-10 创建时间：2024-05-08", "2024-05-08", "2024-05-07"),
        ("发布时间：2024-05-08 打印时间：2024-06-01", "2024-05-08", "2024-05-07"),
        # the day printed is no publication
        ("打印时间：2024-06-01", None, None),
        # an update alone is the page's only date
        ("更新时间：2024-05-10", "2024-05-10", "2024-05-09"),
    ],
)
def test_the_publication_date_among_other_stamps(extract, stamps: str, published: str | None, day: str | None) -> None:
    record = extract(f"会议\n{stamps}\n昨天，县召开防汛工作会议。\n")
    assert ((record["published"] or "")[:10] or None, record["meetings"][0]["date"]) == (published, day)


@pytest.mark.parametrize(
    "line",
    ["中华民国113年5月8日 来源：台北市政府", "中華民國113年5月8日 來源：臺北市政府", "113年5月8日 來源：臺北市政府", "中華民國113年5月8日 新聞稿"],
)
def test_a_republic_of_china_date_line_with_its_source(extract, line: str) -> None:
    record = extract(f"會議\n{line}\n昨天上午，市府召開防災會報。\n")
    assert (record["published"][:10], record["meetings"][0]["date"]) == ("2024-05-08", "2024-05-07")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县委于上个月28日召开经济工作会议。", ("2024-04-28", None, "县委")),
        ("上个月28日，县委召开经济工作会议。", ("2024-04-28", None, "县委")),
        ("县委于去年12月28日召开经济工作会议。", ("2023-12-28", None, "县委")),
    ],
)
def test_last_month_and_last_year(extract, body: str, expected: tuple) -> None:
    meeting = extract(page(body))["meetings"][0]
    assert (meeting["date"], meeting["location"], meeting["organizer"]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("外交部长王立8月20日在北京同韩国外长朴正会谈。", [("会谈", "2024-08-20", "北京")]),
        ("8月20日，国务院总理李强在人民大会堂与来访的德国总理会谈。双方表示，愿加强合作。", [("会谈", "2024-08-20", "人民大会堂")]),
        # talks ahead are none
        ("他表示，将于下月与美方会谈。", []),
    ],
)
def test_talks_written_as_a_verb(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["date"], m["location"]) for m in extract(page(body, "2024-08-20"))["meetings"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月5日，全市招商引资大会召开。会上，举行了重点项目集中签约仪式。",
         [("全市招商引资大会", "2024-09-05", None), ("重点项目集中签约仪式", "2024-09-05", None)]),
        ("9月5日，全市招商引资大会召开。大会期间，举行了重点项目集中签约仪式。",
         [("全市招商引资大会", "2024-09-05", None), ("重点项目集中签约仪式", "2024-09-05", None)]),
        ("9月5日上午，学院党委举行新党员入党宣誓仪式。\n当天下午，学院党委书记郭平为全体党员讲授专题党课。",
         [("新党员入党宣誓仪式", "2024-09-05", "上午"), ("专题党课", "2024-09-05", "下午")]),
        ("9月5日上午，第五届数字经济大会开幕式在市国际会展中心举行。\n晚上，大会举办了欢迎晚宴。",
         [("第五届数字经济大会开幕式", "2024-09-05", "上午"), ("欢迎晚宴", "2024-09-05", "晚上")]),
        # a lecture inside the meeting's own account is part of it
        ("9月5日上午，学院党委举行新党员入党宣誓仪式，学院党委书记郭平讲授专题党课。",
         [("新党员入党宣誓仪式", "2024-09-05", "上午")]),
    ],
)
def test_events_within_or_after_the_meeting_on_its_day(extract, body: str, expected: list) -> None:
    assert [(m["name"], m["date"], m["time_of_day"]) for m in extract(page(body, "2024-09-06"))["meetings"]] == expected


def test_the_headline_meeting_comes_first_when_its_name_differs_a_little(extract) -> None:
    record = extract("全市两会精神传达学习会召开\n发布时间：2024-03-13 08:00\n"
                     "3月11日下午，十四届全国人大二次会议在人民大会堂闭幕。\n"
                     "3月12日，我市召开全国两会精神传达学习会，市委书记孙伟传达了全国两会精神并讲话。\n")
    assert [m["name"] for m in record["meetings"]] == ["全国两会精神传达学习会", "十四届全国人大二次会议"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，由西华大学材料学院主办、国家重点实验室协办的第十届材料科学前沿学术论坛在学校学术交流中心举行。",
         [("第十届材料科学前沿学术论坛", "2024-05-07", "西华大学材料学院")]),
        ("5月7日，由上海市法学会主办，我校法学院承办的第五届长三角法学论坛在学校举行。",
         [("第五届长三角法学论坛", "2024-05-07", "上海市法学会")]),
        ("5月7日，由市委宣传部主办的第五届读书论坛在市图书馆举行。", [("第五届读书论坛", "2024-05-07", "市委宣传部")]),
    ],
)
def test_the_host_among_those_who_help(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月27日上午，永安区庆祝中国共产党成立103周年暨“两优一先”表彰大会在区会议中心召开。",
         [("庆祝中国共产党成立103周年暨“两优一先”表彰大会", "2024-06-27", "永安区")]),
        ("6月27日上午，市总工会2024年工作会议在三楼会议室举行。", [("2024年工作会议", "2024-06-27", "市总工会")]),
        ("6月27日上午，王家村2024年村民代表大会在村委会举行。", [("2024年村民代表大会", "2024-06-27", "王家村")]),
        # a congress named by its place keeps it
        ("6月27日上午，桐溪市第十五届人民代表大会第三次会议在市人民会堂开幕。",
         [("桐溪市第十五届人民代表大会第三次会议", "2024-06-27", None)]),
    ],
)
def test_the_organizer_written_before_a_passive_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-06-28"))) == expected


@pytest.mark.parametrize(
    ("title", "body", "organizer"),
    [
        ("市住建局召开2024年全市住房和城乡建设工作会议", "2月26日上午，2024年全市住房和城乡建设工作会议在市行政中心召开。", "市住建局"),
        # a clause in the headline names no organizer
        ("集团中标高速公路改扩建工程第3标段召开项目启动暨安全生产动员会", "2月26日上午，项目启动暨安全生产动员会在项目部召开。", None),
    ],
)
def test_the_organizer_named_in_the_headline(extract, title: str, body: str, organizer: str | None) -> None:
    assert extract(f"{title}\n2024-02-27 来源：某网\n{body}\n")["meetings"][0]["organizer"] == organizer


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("行政法務司司長張永春今日出席2023年度傑出公務人員頒獎典禮並致辭。典禮於澳門文化中心舉行，約300名嘉賓出席。", "澳门文化中心"),
        ("5月7日，市长王五出席2024年度项目签约仪式并讲话。仪式在市文化中心举行。", "市文化中心"),
        ("5月7日，全县一季度经济运行分析会以视频形式召开，主会场设在县政府三楼会议室。", "县政府三楼会议室"),
        ("5月7日，全县安全生产工作会议召开。会议地点设在县行政中心。", "县行政中心"),
    ],
)
def test_the_venue_told_after_the_meeting(extract, body: str, location: str) -> None:
    assert extract(page(body))["meetings"][0]["location"] == location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("撥款\n發布時間：2024-05-08\n行政長官今日宣布，特區政府撥款$2億支持創科發展。\n", [(200000000, "HKD")]),
        ("獎金\n發布時間：2024-05-08\n香港特區政府今日公布，每名得獎教師可獲$50,000獎金。\n", [(50000, "HKD")]),
        ("捐赠\n发布时间：2024-05-08\n该基金会向学校捐赠$50,000，用于设立奖学金。\n", [(50000, "USD")]),
        # a rent is a price
        ("價格\n發布時間：2024-05-08\n特區政府今日宣布，公屋月租為$2,000。\n", []),
    ],
)
def test_dollar_amounts_take_the_region_s_dollar(extract, text: str, expected: list) -> None:
    assert [(f["amount"], f["currency"]) for f in extract(text)["funding"]] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the means of the meeting in a clause of its own: the meeting stays
        ("5月10日，县纪委监委召开全县警示教育大会，通过观看警示教育片等方式，教育引导党员干部知敬畏、守底线。",
         [("全县警示教育大会", "2024-05-10", "县纪委监委")]),
        ("5月10日，县防指召开防汛工作会议，研究落实人员转移避险、隐患排查等措施。", [("防汛工作会议", "2024-05-10", "县防指")]),
        ("5月10日，幸福社区通过召开座谈会、入户走访等方式征求意见。", []),
        # the school holds the class whose opening or closing it is
        ("5月4日，县委党校2024年春季中青年干部培训班举行开班式。",
         [("2024年春季中青年干部培训班开班式", "2024-05-04", "县委党校")]),
        ("5月4日，县委党校第二十期中青班举行结业式。", [("第二十期中青班结业式", "2024-05-04", "县委党校")]),
        ("2014年8月22日，由北京知道创宇联合知乎网主办的第三届知道安全论坛在北京举行。",
         [("第三届知道安全论坛", "2014-08-22", "北京知道创宇、知乎网")]),
        ("5月4日，由华夏文博联合会主办的专题研修班在北京举行。", [("专题研修班", "2024-05-04", "华夏文博联合会")]),
    ],
)
def test_means_classes_and_joint_hosts(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a link to another post below an update stamp is no publication date
        ("市政府召开常务会议\n5月9日，市政府召开第35次常务会议，市长李华主持会议。\n更新时间：2024-05-10\n"
         "上一篇：市统计局发布一季度经济运行情况 2024-04-20\n", "2024-05-10", "2024-05-09"),
        ("县政府召开禁燃禁放工作会议\n修改时间：2024-05-20\n县政府发布通告，自2024年6月1日起全县城区禁止燃放烟花爆竹。"
         "5月19日，县政府召开禁燃禁放工作会议。\n", "2024-05-20", "2024-05-19"),
        ("市卫健委召开医疗质量推进会\n创建时间：2024-05-01 发布时间：2024-05-08\n5月7日，市卫健委召开医疗质量推进会。\n",
         "2024-05-08", "2024-05-07"),
        # a print button beside the page's date
        ("区财政局召开培训会\n【字体：大 中 小】【打印】 日期：2024-05-08\n5月7日，区财政局召开预算绩效管理培训会。\n",
         "2024-05-08", "2024-05-07"),
        # a statistic's date and its source are no date line
        ("臺中市政府舉行人口政策座談會\n臺中市人口持續成長。\n112年12月31日 資料來源：內政部戶政司\n臺中市政府今日舉行人口政策座談會。\n",
         None, None),
    ],
)
def test_page_dates_beside_other_dates(extract, text: str, published: str | None, day: str | None) -> None:
    record = extract(text)
    assert ((record["published"] or "")[:10] or None, record["meetings"][0]["date"]) == (published, day)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月20日，市一中举行毕业典礼，校长陈志明致辞。毕业生代表林晓从校长陈志明手中接过毕业证书后发言。",
         {"陈志明": ("校长", ("致辞", "颁奖")), "林晓": (None, ("发言",))}),
        ("7月1日，县委召开表彰大会。会上，优秀共产党员代表刘建华从县长李国强手中接过荣誉证书，随后作了发言。",
         {"刘建华": (None, ("发言",)), "李国强": ("县长", ("颁奖",))}),
    ],
)
def test_the_taker_speaks_the_giver_hands_over(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "澳門消費補貼\n2024年5月8日\n澳門特區政府推出電子消費優惠計劃，每名居民可獲政府補貼，消費滿$100即減$20。\n",
        "騰訊股價\n2024年5月8日（星期三）\n香港股市今日造好，騰訊股價收報$380。\n",
        "長者乘車優惠\n2024年5月8日（星期三）\n香港特區政府資助長者乘車，合資格長者每程車費只需$2。\n",
    ],
)
def test_small_dollar_prices_are_no_funding(extract, text: str) -> None:
    assert extract(text)["funding"] == []


def test_a_paragraph_opening_on_the_part_of_the_day_after_a_piece_of_history(extract) -> None:
    record = extract(page("1998年5月8日，该县第一个蔬菜大棚在红岩村建成投产。\n下午，县委召开农村工作会议，县委副书记陈某主持。",
                          "2024-05-09"))
    assert [(m["name"], m["date"]) for m in record["meetings"]] == [("农村工作会议", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，华东师范大学第五届“青年学者论坛”在中北校区举行。", [("第五届“青年学者论坛”", "2024-05-07", "华东师范大学")]),
        ("5月7日，学校举办第二期“滨海讲坛”。", [("第二期“滨海讲坛”", "2024-05-07", None)]),
        # a name quoted whole loses its marks
        ("5月7日，“青年学者论坛”在中北校区举行。", [("青年学者论坛", "2024-05-07", None)]),
    ],
)
def test_a_quoted_part_ending_the_name_keeps_its_closing_mark(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("11月2日，第五届“青年学者论坛”在学术交流中心举行。论坛由南江大学研究生院主办。", "南江大学研究生院"),
        ("11月2日，第三期“周末讲堂”在市图书馆开讲。讲堂由市文明办主办。", "市文明办"),
    ],
)
def test_the_host_told_after_a_name_ending_in_a_quote(extract, body: str, organizer: str) -> None:
    assert extract(page(body))["meetings"][0]["organizer"] == organizer


def test_a_lecture_the_same_afternoon_stays_second_under_a_headline_naming_it(extract) -> None:
    record = extract("街道召开主题党日活动暨党课\n发布时间：2024-07-02\n7月1日上午，东城街道党工委召开庆祝建党103周年大会。"
                     "街道党工委书记邵华主持会议。\n当天下午，街道党工委副书记陆琴为全体党员讲授专题党课。\n")
    assert [(m["name"], m["date"]) for m in record["meetings"]] == [("庆祝建党103周年大会", "2024-07-01"), ("专题党课", "2024-07-01")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a class named for its members' posts, and brackets in its name, as written
        ("5月4日，县委党校2024年党支部书记培训班举行开班式。", [("2024年党支部书记培训班开班式", "2024-05-04", "县委党校")]),
        ("5月4日，县委党校第二期（秋季）中青年干部培训班举行开班式。",
         [("第二期（秋季）中青年干部培训班开班式", "2024-05-04", "县委党校")]),
        ("5月4日，全县村（社区）党组织书记示范培训班举行结业式。", [("全县村（社区）党组织书记示范培训班结业式", "2024-05-04", None)]),
    ],
)
def test_a_class_opening_keeps_the_class_name_as_written(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("1月19日上午，区十届人大三次会议在圆满完成各项议程后胜利闭幕。", None),
        ("8月20日上午，国家主席张伟在人民大会堂东门外广场为来访的巴西总统卢拉举行欢迎仪式。", "人民大会堂东门外广场"),
    ],
)
def test_no_time_or_guest_in_the_venue(extract, body: str, location: str | None) -> None:
    assert extract(page(body))["meetings"][0]["location"] == location
