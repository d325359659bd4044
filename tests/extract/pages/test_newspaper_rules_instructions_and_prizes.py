"""Newspaper rules (written instructions, prize names, refused talks, press conferences referred to, anniversaries, gifts in kind, titles): each rule's
near misses. Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an instruction that may be oral, or someone else's written one as the object: the person speaks
        ("市委今天召开常委会议。会上，市长李某对下一步工作作出指示。李某强调，要坚决遏制事故。", "李某"),
        ("市委今天召开常委会议。会上，市长李某就做好下一步工作作了指示，要求各地压实责任。", "李某"),
        ("市委今天召开常委会议。会上，市长李某就落实上级批示要求作了部署，他强调，要压实责任。", "李某"),
        ("县委今天召开会议。县委书记王某就学习贯彻省委领导批示作了讲话，要求各乡镇严阵以待。", "王某"),
        ("市政府今天召开常务会议。市长李某为项目建设批示督办的问题作了说明并讲话。", "李某"),
        # a prize or fund word later in the clause, after a verb: the person acts
        ("颁奖典礼今天举行。校长李明宣读了奖学金获奖名单，并为获奖学生颁奖。", "李明"),
        ("颁奖典礼今天举行。副校长陈红宣布奖学金评选结果。", "陈红"),
        ("颁奖典礼今天举行。理事长李明报告基金会年度工作，并讲话。", "李明"),
        ("欢迎宴会今天举行。市长张伟举杯致辞，欢迎远道而来的客人。", "张伟"),
    ],
)
def test_people_who_do_speak(extract_with_model, text: str, name: str) -> None:
    assert name in speakers(extract_with_model(text))


@pytest.mark.parametrize(
    "text",
    [
        "全省教育工作会议今天召开。省委书记姜明在全省教育工作报告上作了重要批示。他说，要重视教育。姜明强调，要加大投入。副省长王强作报告。",
        "航空工业工作会议今天召开。江明总书记为会议作出批示，要求推进改革。总经理朱明作了工作报告。",
    ],
)
def test_a_written_instruction_in_other_wordings_gives_no_address(extract_with_model, text: str) -> None:
    assert "姜明" not in speakers(extract_with_model(text)) and "江明" not in speakers(extract_with_model(text))


@pytest.mark.parametrize(
    "text",
    [
        "以“拒绝毒品”为主题的禁毒宣传大会今天在市体育馆举行。",
        "“拒绝黄赌毒”签名仪式今天在市体育馆举行。",
        "以“不再让一个孩子失学”为主题的座谈会在县政府举行，县长刘某主持。",
        "一位不愿透露姓名的官员透露双方昨天在日内瓦举行了秘密会谈。",
    ],
)
def test_a_refusal_that_is_not_the_predicate_leaves_the_meeting_held(extract, text: str) -> None:
    assert len(extract(text)["meetings"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "两国元首今天在人民大会堂举行会谈。两国元首在会晤后对新闻界说，会谈取得成功。",
        "国务院新闻办公室今天举行新闻发布会。发言人在记者招待会上说，经济运行平稳。",
    ],
)
def test_one_event_under_two_names_is_one_meeting(extract, text: str) -> None:
    assert len(extract(text)["meetings"]) == 1


def test_a_programme_time_line_of_a_neighbouring_post_dates_nothing(extract) -> None:
    text = ("市委召开常委会议\n\n　　近日，市委召开常委会议，研究部署有关工作。\n\n"
            "上一篇：全县春耕生产工作会议召开\n时间：2024-04-02\n")
    assert extract(text)["meetings"][0]["date"] is None


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("本报讯 基金行政委员会本月二十一日召开第三次平常会议。", "2024-05-20", "2024-05-21"),
        ("本报讯 基金会本月8日召开会议。", "2024-03-22", "2024-03-08"),
    ],
)
def test_this_month_is_the_publication_month(extract, text: str, published: str, date: str) -> None:
    assert extract(text, published=published)["meetings"][0]["date"] == date


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("筹委会今天召开会议。首都各界迎接香港回归活动筹备委员会主任李明主持会议。", "李明", "首都各界迎接香港回归活动筹备委员会主任"),
        ("市欢迎委员会今天召开会议，市欢迎委员会主任王强讲话。", "王强", "市欢迎委员会主任"),
        ("协会今天召开年会，市知名企业家协会会长张华讲话。", "张华", "市知名企业家协会会长"),
    ],
)
def test_words_of_an_organizations_name_stay_in_the_title(extract, text: str, name: str, title: str) -> None:
    assert speakers(extract(text))[name][0] == title


def test_a_post_before_a_dotted_name_is_its_title(extract_with_model) -> None:
    record = extract_with_model("人权会议今天在日内瓦开幕。联合国人权委员会高级官员玛丽·鲁滨逊在会上讲话。")
    assert speakers(record)["玛丽·鲁滨逊"][0] == "联合国人权委员会高级官员"


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 市委在学院召开的教学工作会议上提出要求，院长李明讲话。",
        "在中国科学院召开的学部委员大会上，院长李明讲话。",
    ],
)
def test_a_body_that_holds_the_meeting_is_no_venue(extract, text: str) -> None:
    assert extract(text)["meetings"][0]["location"] is None


def test_a_reporting_session_chaired_is_a_meeting_chaired(extract) -> None:
    record = extract("学院召开年度总结会。副校长王某主持了在学校第二报告厅进行的重点科研项目年度检查汇报并讲话。")
    assert "主持" in speakers(record)["王某"][1]


@pytest.mark.parametrize(
    "text",
    [
        "3名选手在全国职业技能大赛中获得金奖。",
        "8名学生去年曾在省级竞赛中获得一等奖。",
        "12名博士、硕士研究生获得该奖学金。",
    ],
)
def test_contest_results_and_unnamed_prizes_are_no_awards(extract, text: str) -> None:
    assert extract(text)["awards"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("表彰会昨天举行。20个党组织和50名党员分别荣获“红旗”党支部、优秀共产党员称号。",
         {("红旗党支部", 20), ("优秀共产党员", 50)}),
        ("表彰会昨天举行。10名教师和30名学生分别荣获“优秀教师”和“三好学生”光荣称号。",
         {("优秀教师", 10), ("三好学生", 30)}),
        ("典礼上，大学颁授大学院士予5位人士及荣誉博士学位予3位人士。", {("荣誉博士学位", 3)}),
    ],
)
def test_honours_read_whole_and_only_shared_where_written_once(extract, text: str, expected: set) -> None:
    assert {(a["honor"], a["count"]) for a in extract(text)["awards"]} == expected


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # bribes, deliveries, sales and repairs are no gifts
        ("企业主将价值2万元的烟酒送到局长家中。", []),
        ("他把价值3万元的名表送给了县长，请其在工程招标中给予关照。", []),
        ("快递员将价值3000元的货物送到了客户家中。", []),
        ("村民将价值1万元的粮食送到粮站出售。", []),
        ("他将价值1200万元的设备送去检修。", []),
        # donations collected and grants against waste are funding
        ("红十字会共收取社会各界捐款120万元，全部用于灾区重建。", [1200000]),
        ("县财政拨付反对浪费宣传经费5万元。", [50000]),
    ],
)
def test_gifts_in_kind_need_a_beneficiary_and_waste_must_be_the_act(extract, text: str, amounts: list[int]) -> None:
    assert [f["amount"] for f in extract(text)["funding"]] == amounts


def test_talks_of_another_news_item_are_another_meeting(extract) -> None:
    text = ("东南亚金融危机牵动各方\n新华社雅加达1月12日电 印尼总统苏哈托今天同来访的新加坡总理吴作栋举行会谈。\n"
            "本报汉城1月13日电 美国财政部副部长萨默斯在与韩国当选总统金大中会晤后对新闻界说，韩国将加速结构调整。")
    assert [m["name"] for m in extract(text)["meetings"]][:2] == ["会谈", "会晤"]


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        ("新华社莫斯科1月5日电 俄罗斯总统叶利钦今天在克里姆林宫会见法国总统雅克·希拉克后说，两国关系发展良好。", "叶利钦", "雅克·希拉克"),
        ("国务院副总理钱其琛今天在钓鱼台会见联合国人权事务高级专员玛丽·鲁滨逊后表示，中方愿意加强合作。", "钱其琛", "玛丽·鲁滨逊"),
    ],
)
def test_remarks_after_receiving_a_guest_give_no_role(extract_with_model, text: str, host: str, guest: str) -> None:
    # (re-pinned in the thirty-second review round: remarks told as made after the meeting, 会见…后表示, give the host no
    # role either, GUIDELINES §4; the guest, the one met, stays no speaker)
    names = speakers(extract_with_model(text))
    assert guest not in names and host not in names


# Cases of a second review (of the fixes above).


@pytest.mark.parametrize(
    "text",
    [
        "全省防汛会议今天召开。省委书记张明对此作出重要批示，要求全力以赴抢险救灾。副省长李华讲话。",
        "全省安全会议今天召开。省委书记张明对这起事故作出批示，要求严肃追责。副省长李华讲话。",
        "全省教育会议今天召开。省委书记张明做了重要批示，要求办好教育。副省长李华讲话。",
    ],
)
def test_a_written_instruction_on_any_matter_gives_no_address(extract_with_model, text: str) -> None:
    assert set(speakers(extract_with_model(text))) == {"李华"}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("新华社北京1月6日电 全国计划会议今天在京召开。1997年12月，中央经济工作会议在京召开。", "1998-01-06"),
        ("本报讯 全国纪检监察工作会议1月8日召开。会议指出，1997年12月以来，各地查处案件1200件。", "1998-01-08"),
        ("庆祝北京大学建校100周年大会1月10日举行。北京大学成立于1898年。", "1998-01-10"),
        ("纪念毛泽东同志诞辰105周年座谈会1月5日在京召开。毛泽东同志是伟大的革命家，他1893年出生于湖南湘潭。", "1998-01-05"),
    ],
)
def test_years_from_last_months_and_anniversaries_of_the_same_subject(extract, text: str, date: str) -> None:
    assert extract(text)["meetings"][0]["date"] == date


@pytest.mark.parametrize("text", ["伊拉克不会再同联合国特委会举行会谈。", "工党领袖今天拒绝于本周同首相举行会晤。"])
def test_talks_refused_with_an_adverb_between(extract, text: str) -> None:
    assert extract(text)["meetings"] == []


def test_talks_of_another_day_are_another_meeting_and_peace_talks_keep_their_name(extract) -> None:
    record = extract("两国总统今天在人民大会堂举行会谈。两国外长在昨天的会晤中已就联合声明文本达成一致。")
    assert [m["name"] for m in record["meetings"]] == ["会谈", "会晤"]
    record = extract("新华社贝尔法斯特1月12日电 新芬党领导人今天在和平会谈上说，会谈取得进展。")
    assert record["meetings"][0]["name"] == "和平会谈"


def test_two_quoted_honours_received_respectively(extract) -> None:
    record = extract("20名党员和6个支部分别荣获“党员先锋”和“五好支部”荣誉称号。")
    assert {(a["honor"], a["count"]) for a in record["awards"]} == {("党员先锋", 20), ("五好支部", 6)}


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("县委书记将价值5000元的慰问品送给了老党员。", [5000]),
        ("工会将价值10万元的慰问品送到职工手中。", [100000]),
        ("该项目因决策失误浪费了国家资金3000万元。", []),
        ("县财政拨付反对浪费宣传经费5万元。", [50000]),
    ],
)
def test_gifts_of_relief_goods_and_waste_with_a_qualifier(extract, text: str, amounts: list[int]) -> None:
    assert [f["amount"] for f in extract(text)["funding"]] == amounts


def test_the_preposition_yu_is_no_surname(extract) -> None:
    assert speakers(extract("典禮今日舉行。行政長官於致辭時表示，特區政府會全力支持。")) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社香港1月5日电 授勋典礼今天举行。其中大紫荆勋章颁予3人。", {("大紫荆勋章", 3)}),
        ("表彰大会今天举行。获得大赛一等奖的5名选手上台领奖。", set()),
    ],
)
def test_an_honour_handed_over_after_其中_and_a_contest_prize_before_its_winners(extract, text: str, expected: set) -> None:
    assert {(a["honor"], a["count"]) for a in extract(text)["awards"]} == expected


def test_a_forecast_total_is_no_funding(extract) -> None:
    record = extract("本报讯 1月10日，省政府召开全省水利工作会议。1998年全省水利投资将达20亿元，预计达到历史最高水平。")
    assert record["funding"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("他在会谈后举行的新闻发布会上表示，美国将继续支持埃及的军事现代化计划。", ["新闻发布会", "会谈"]),
        ("在会议结束后举行的记者招待会上，副总理涅姆佐夫介绍了会议发表的公报的主要内容。", ["记者招待会", "会议"]),
        ("马泰沙会谈后对记者发表讲话时强调，这项协议是建立在难民自愿返回的原则之上的。", ["会谈"]),
        # the session before is the main meeting already
        ("全国工作会议今天在京召开。在会议结束后举行的记者招待会上，部长李明介绍了会议情况。", ["全国工作会议", "记者招待会"]),
    ],
)
def test_the_talks_or_session_before_a_press_conference_took_place_too(extract, text: str, names: list[str]) -> None:
    assert [m["name"] for m in extract(text)["meetings"]] == names
