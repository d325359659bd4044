"""Award, speaker and funding shapes of school classes before an honour, quoted reports and titles after conferring verbs: a school's class before an honour (2024届优秀毕业生320名 → 优秀毕业生); a named
minister who 提出「…」报告 (作报告); a speaker's title after a verb of conferring or the preposition of the one honoured
(授予江州大学教授田立新 → 江州大学教授); a day's ranks of honour (颁授勋衔) whose listed decorations add up to it; a
performance or a mood the event opens in, no venue (在欢快的舞蹈《龙腾盛世》中拉开帷幕); and funding purposes: the aided
act before a bare aid total, a quoted plan before the money put in, a bare 奖金 after a quoted prize, the works of a
contract won, a long list of acts, 获赠奖金, a tally in person-times.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 location, §4 roles and titles, §5 honours and
totals, §6 purpose)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月20日，江城大学举行毕业典礼，典礼上还表彰了2024届优秀毕业生320名。",
         [("优秀毕业生", 320, "名", "person")]),
        ("6月20日，江城大学举行毕业典礼，典礼上表彰2024届优秀毕业生320名、优秀毕业研究生40名。",
         [("优秀毕业生", 320, "名", "person"), ("优秀毕业研究生", 40, "名", "person")]),
        ("6月20日，市一中召开表彰大会，会上，2024级优秀学生干部30名受到表彰。", [("优秀学生干部", 30, "名", "person")]),
        ("6月20日，市一中召开表彰大会，对2024级优秀学生干部30名进行了表彰。", [("优秀学生干部", 30, "名", "person")]),
        ("6月20日，市一中召开表彰大会，表彰了二〇二四届优秀毕业生50名。", [("优秀毕业生", 50, "名", "person")]),
        ("6月20日，市一中召开表彰大会，表彰了24届优秀毕业生50名。", [("优秀毕业生", 50, "名", "person")]),
        # NEGATIVE: a year's 年度 and an edition were dropped already; a grade with no year before it stays
        ("6月20日，江城大学举行毕业典礼，典礼上还表彰了2023年度优秀毕业生320名。",
         [("优秀毕业生", 320, "名", "person")]),
        ("6月20日，江城大学召开表彰大会，表彰了第三届优秀校友12名。", [("优秀校友", 12, "名", "person")]),
        ("6月20日，市人民政府召开大会，授予10名同志一级英雄模范称号。", [("一级英雄模范", 10, "名", "person")]),
    ],
)
def test_a_school_class_before_the_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("行政院今（9）日召開第3901次院會，由經濟部長王美惠提出「中小企業數位轉型推動成果」報告，院長表示肯定。",
         {"王美惠": ("经济部长", ("作报告",))}),
        ("行政院今（9）日召開院會，聽取教育部長林志明提出「偏鄉教育推動計畫」報告。",
         {"林志明": ("教育部长", ("作报告",))}),
        ("5月7日，县政府召开常务会议，由县发改局局长张强提出“项目建设”专题报告。",
         {"张强": ("县发改局局长", ("作报告",))}),
        # NEGATIVE: a report named in a demand, and demands set out, are no report given
        ("5月7日，县政府召开常务会议，县长李明对各部门提出了撰写“项目建设”报告的要求。", {}),
        ("5月7日，县政府召开常务会议，县长李明提出了明确要求。", {"李明": ("县长", ("讲话",))}),
    ],
)
def test_a_quoted_report_put_forward(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月7日，江州市科学技术奖励大会召开。大会授予江州大学教授田立新市科学技术突出贡献奖，奖金100万元。"
         "获奖代表、江州大学教授田立新在发言中表示，将继续努力。", "田立新", "江州大学教授"),
        ("5月7日，江州市表彰大会召开，会议授予市第一医院院长李华“江州好人”称号。李华作了发言。", "李华", "市第一医院院长"),
        ("5月7日，江州市表彰大会召开，会议决定授予江州大学教授田立新“杰出人才”称号。田立新发言。", "田立新", "江州大学教授"),
        ("5月7日，江州市表彰大会召开，市委书记王强向江州大学教授田立新颁发证书，田立新发言。", "田立新", "江州大学教授"),
        # NEGATIVE: a plain title, and the presenter's own title
        ("5月7日，江州市表彰大会召开，江阳区委书记李明讲话。", "李明", "江阳区委书记"),
        ("5月7日，江州市表彰大会召开，市委书记王强向江州大学教授田立新颁发证书。", "王强", "市委书记"),
    ],
)
def test_a_title_after_a_verb_of_conferring(extract, body: str, name: str, title: str) -> None:
    assert speakers(extract(page(body)))[name][0] == title


_MEDALS = [("大紫荆勋章", 4, "人", "person"), ("金紫荆星章", 15, "人", "person"),
           ("银紫荆星章", 26, "人", "person"), ("铜紫荆星章", 33, "人", "person")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("7月1日，行政长官在礼宾府主持授勋典礼，向七十八名人士颁授勋衔。获颁大紫荆勋章的有4人，金紫荆星章15人，"
         "银紫荆星章26人，铜紫荆星章33人。", _MEDALS),
        ("7月1日，行政长官在礼宾府主持授勋典礼，向78名人士颁授勋衔。当中，4人获颁大紫荆勋章，15人获颁金紫荆星章，"
         "26人获颁银紫荆星章，33人获颁铜紫荆星章。", _MEDALS),
        ("7月1日，行政長官今日在禮賓府主持授勳典禮，向七十八名人士頒授勳銜，其中大紫荊勳章4人、金紫荊星章15人、"
         "銀紫荊星章26人、銅紫荊星章33人。", _MEDALS),
        # NEGATIVE: parts that do not add up to the total leave it
        ("7月1日，行政长官在礼宾府主持授勋典礼，向80名人士颁授勋衔。当中，4人获颁大紫荆勋章，15人获颁金紫荆星章，"
         "26人获颁银紫荆星章，33人获颁铜紫荆星章。", [("勋衔", 80, "名", "person"), *_MEDALS]),
    ],
)
def test_ranks_of_honour_summed_by_the_decorations(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-07-01"))) == expected


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("2月5日，江城市新春团拜会在欢快的舞蹈《龙腾盛世》中拉开帷幕。", None),
        ("2月5日，江城市新春团拜会在一片欢声笑语中落下帷幕。", None),
        ("2月5日，江城市新春团拜会在优美的旋律中开幕。", None),
        ("2月5日，江城市新春团拜会在喜庆祥和的氛围中举行。", None),
        # NEGATIVE: a venue, a room inside a building (its 中 dropped), a hall of a centre
        ("2月5日，江城市新春团拜会在市会展中心举行。", "市会展中心"),
        ("2月5日，江城市迎春座谈会在市委办公楼五楼会议室中举行。", "市委办公楼五楼会议室"),
        ("2月5日，江城市新春团拜会在市会展中心中厅举行。", "市会展中心中厅"),
        ("2月5日，江城市迎春座谈会在学校的礼堂中举行。", "学校的礼堂"),
    ],
)
def test_a_scene_is_no_venue(extract, body: str, location: str | None) -> None:
    assert [m["location"] for m in extract(page(body, "2024-02-06"))["meetings"]] == [location]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("【本報訊】基金會今年資助本澳八十六個社團舉辦暑期青少年活動，資助總額約八百萬元。",
         [(8000000.0, "MOP", "资助社团举办暑期青少年活动")]),
        ("今年市慈善总会资助全市45所学校开展课后服务，资助金额共计300万元。", [(3000000.0, "CNY", "资助学校开展课后服务")]),
        ("行政院會今日通過「偏鄉學校數位學習推動計畫」，四年投入新臺幣45億元，充實偏鄉學校數位設備。",
         [(4500000000.0, "TWD", "偏乡学校数位学习推动计划")]),
        ("县政府出台“乡村振兴示范村建设方案”，今年投入资金3000万元。", [(30000000.0, "CNY", "乡村振兴示范村建设方案")]),
        ("5月7日，大会授予江州大学教授田立新市科学技术突出贡献奖，奖金100万元。", [(1000000.0, "CNY", "奖金")]),
        ("5月7日，大会授予院士张华“江州科技成就奖”，奖金一百万元人民币。", [(1000000.0, "CNY", "江州科技成就奖奖金")]),
        ("5月7日，某建设集团以18.76亿元中标江州港航道整治工程第三标段。",
         [(1876000000.0, "CNY", "江州港航道整治工程第三标段")]),
        ("省财政厅、省应急管理厅紧急下达省级自然灾害救灾资金5000万元，支持受灾严重的市县开展应急抢险救援、受灾群众救助和灾后恢复重建工作。",
         [(50000000.0, "CNY", "支持受灾严重的市县开展应急抢险救援、受灾群众救助和灾后恢复重建工作")]),
        ("10名获奖学生获赠奖金2万元。", [(20000.0, "CNY", "奖金")]),
        ("近五年来累计捐资助学超过2000万元，资助困难学生3000余人次。", [(20000000.0, "CNY", "资助困难学生")]),
        # NEGATIVE: a count of those aided stays; a fund named before the amount wins over a quoted plan
        ("县慈善会今年发放助学金200万元，资助困难学生1200名。", [(2000000.0, "CNY", "资助困难学生1200名")]),
        ("县政府出台“乡村振兴示范村建设方案”，今年投入产业扶持资金3000万元。", [(30000000.0, "CNY", "产业扶持资金")]),
    ],
)
def test_purposes(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


def test_a_bid_names_no_works(extract) -> None:
    # (中标候选人: a bid, no contract won; whatever the record, no works are read as its purpose)
    assert all(g[2] is None for g in grants(extract(page("5月7日，某公司以1.2亿元中标候选人第一名的报价参与竞标。"))))
