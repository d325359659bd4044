"""Meeting and page-date shapes of meetings planned on undated pages and windows or deadlines: a meeting that a bare subject 计划于 a stated day (论坛计划于3月15日在滨江举行) is planned on an
undated page as on a dated one whose day lies ahead, also with a venue between the day and the verb, and a planned
meeting told later as held (…。3月15日上午，会议如期召开) is held on an undated page too (GUIDELINES §3: planned events are
no meetings); a window or a deadline line (征稿时间：…至…, 投稿日期：…, 公示时间：…) is no publication date (§2); a relative
day or a weekday with a full date in brackets (今日（二〇二五年十月十五日）, 本周五（2024年4月12日）) takes the bracketed date
(§3); Taiwan prize grades without 奖 (特优32件、优等15件, 特优团体2队) count as prize grades do (§5); a count of places
before the honoured count (对6个县（市、区）的20名优秀河湖长进行表彰) is their scope, not the honour's count (§5); a currency
word before an approximate amount (约澳门元1.6亿, 逾新台币5千万元) gives the amount in that currency, approximate (§6).
Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, grants, honours, page, when


def undated(body: str) -> str:
    """An invented page with no publication date: a headline, the body."""
    return f"标题\n{body}\n"


@pytest.mark.parametrize(
    "body",
    [
        "第五届数字经济论坛计划于3月15日在滨江举行。",
        "根据工作安排，第五届数字经济论坛计划于3月15日在滨江举行，届时将邀请专家作报告。",
        "江城大学计划于4月20日在图书馆报告厅举办读书分享会。",
        "第二届江城法学研讨会计划于5月6日上午在法学院召开。",
        "全县经济工作会议定于3月15日召开。",
        "学校拟于下周举行教学工作研讨会。",
        "协会将于5月10日召开第三届会员代表大会。",
    ],
)
def test_a_meeting_planned_for_a_day_on_an_undated_page(extract, body: str) -> None:
    assert extract(undated(body))["meetings"] == []


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # a day ahead of the publication date: a plan, also with the venue before the verb
        ("2024-03-01", []),
        # a day on or before it: a programme's meeting held (春蕾计划于…), as before
        ("2024-03-20", [("第五届数字经济论坛", "2024-03-15")]),
    ],
)
def test_a_plan_with_a_venue_on_a_dated_page(extract, published: str, expected: list) -> None:
    assert dated(extract(page("第五届数字经济论坛计划于3月15日在滨江举行。", published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # NEGATIVE: a planned meeting that the text then reports as held
        ("县委定于3月15日召开全县经济工作会议。3月15日上午，会议如期召开。", [("全县经济工作会议", None)]),
        ("县委计划于3月15日召开全县经济工作会议。3月15日上午，会议如期召开，县委书记王强出席并讲话。",
         [("全县经济工作会议", None)]),
        ("江城论坛计划于3月15日举行。3月15日上午，论坛在滨江如期举行。", [("江城论坛", None)]),
        # NEGATIVE: a meeting held that dealt with a plan (the plan in a clause of its own)
        ("4月1日，县委召开常委会，研究计划于5月20日举办的招商推介会有关事项。", [("常委会", None)]),
        # NEGATIVE: meetings told as held
        ("3月15日，县委召开全县经济工作会议，部署全年工作。", [("全县经济工作会议", None)]),
        ("全县经济工作会议3月15日如期召开。", [("全县经济工作会议", None)]),
        ("2024年3月15日，县委召开全县经济工作会议。", [("全县经济工作会议", "2024-03-15")]),
        # NEGATIVE: a programme's name before a day with no 于 stays the subject of a meeting held
        ("春蕾计划3月15日在滨江举行捐赠仪式。", [("捐赠仪式", None)]),
    ],
)
def test_meetings_held_on_an_undated_page(extract, body: str, expected: list) -> None:
    assert dated(extract(undated(body))) == expected


@pytest.mark.parametrize(
    "line",
    [
        "（征稿时间：2024年3月1日至4月30日）",
        "征稿时间：2024年3月1日至4月30日",
        "征集时间：2024年3月1日",
        "投稿日期：2024年3月1日",
        "（申请时间：2024年3月1日至4月30日）",
        "（公示时间：2024年3月1日至3月7日）",
        "报名截止日期2024年3月1日",
        "申报时间为2024年3月1日至3月20日。",
        "本证书有效期至2026年3月1日。",
    ],
)
def test_a_window_or_a_deadline_is_no_publication_date(extract, line: str) -> None:
    assert extract(f"关于举办征文活动的通知\n{line}\n学校举办征文活动。\n")["published"] is None


@pytest.mark.parametrize(
    "body",
    [
        "学校举办征文活动，征稿时间为2024年3月1日至4月30日。",
        "学校举办征文活动，投稿日期为2024年3月1日至4月30日。",
        "学校举办征文活动。征稿时间：2024年3月1日至4月30日",
    ],
)
def test_a_window_in_the_body_is_no_publication_date(extract, body: str) -> None:
    assert extract(undated(body))["published"] is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("学校召开征文动员会，征稿时间为3月1日至4月30日。", [(None, None, None)]),
        ("学校召开申报动员会，申报截止日期为3月1日。", [(None, None, None)]),
        ("学校召开招生工作会，报名时间为3月1日至3月10日。", [(None, None, None)]),
        ("学校召开证书发放会议，证书有效期至3月1日。", [(None, None, None)]),
        ("（征稿时间：2024年3月1日至4月30日）3月5日，学校召开征文动员会。", [("2024-03-05", "3月5日", None)]),
        ("近日，学校召开征文动员会，征稿时间为3月1日至4月30日。", [(None, "近日", None)]),
        # NEGATIVE: the meeting's own day, labelled or told
        ("会议时间：3月5日。学校召开征文动员会。", [("2024-03-05", "3月5日", None)]),
        ("3月5日，学校召开征文动员会，部署征稿工作。", [("2024-03-05", "3月5日", None)]),
    ],
)
def test_a_window_or_a_deadline_is_no_meeting_date(extract, body: str, expected: list) -> None:
    assert when(extract(page(body, "2024-03-20"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NEGATIVE: a page's own date, labelled or alone
        ("标题\n发布时间：2024年3月1日\n学校举办征文活动。\n", "2024-03-01"),
        ("标题\n学校举办征文活动。\n2024年3月1日\n", "2024-03-01"),
    ],
)
def test_a_page_date_stays(extract, text: str, expected: str) -> None:
    assert extract(text)["published"].startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (undated("今日（二〇二五年十月十五日），县委召开全县经济工作会议。"), [("2025-10-15", "今日（二〇二五年十月十五日）", None)]),
        (undated("昨日（二〇二四年三月五日）下午，县委召开全县经济工作会议。"),
         [("2024-03-05", "昨日（二〇二四年三月五日）", "下午")]),
        (page("今日（二〇二五年十月十五日），县委召开全县经济工作会议。", "2025-10-16"),
         [("2025-10-15", "今日（二〇二五年十月十五日）", None)]),
        (undated("本周五（2024年4月12日），县委召开全县经济工作会议。"), [("2024-04-12", "本周五（2024年4月12日）", None)]),
        # the bracketed date governs the weekday's reckoning
        (page("上周五（4月12日）上午，县委召开全县经济工作会议。", "2024-04-15"),
         [("2024-04-12", "上周五（4月12日）", "上午")]),
        (page("本周五（4月12日），县委召开全县经济工作会议。", "2024-04-10"),
         [("2024-04-12", "本周五（4月12日）", None)]),
        (page("周三（3月6日）上午，县委召开全县经济工作会议。", "2024-03-08"), [("2024-03-06", "周三（3月6日）", "上午")]),
        (undated("星期三（2024年3月6日），县委召开全县经济工作会议。"), [("2024-03-06", "星期三（2024年3月6日）", None)]),
        # NEGATIVE: a weekday with a day alone in brackets is read by the week, as before
        (page("本周五（8日），县委召开全县经济工作会议。", "2024-03-08"), [("2024-03-08", "本周五", None)]),
        # NEGATIVE: as before, digits and a day without a year
        (page("昨天（3月5日），县委召开全县经济工作会议。", "2024-03-08"), [("2024-03-05", "昨天（3月5日）", None)]),
        (undated("今天（2024年4月12日）上午，县委召开全县经济工作会议。"), [("2024-04-12", "今天（2024年4月12日）", "上午")]),
        # NEGATIVE: a weekday in the brackets is no date
        (page("今天（星期三），县委召开全县经济工作会议。", "2024-03-06"), [("2024-03-06", "今天", None)]),
    ],
)
def test_a_relative_day_takes_the_date_in_brackets(extract, text: str, expected: list) -> None:
    assert when(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市府今日舉行頒獎典禮，共評選出特優10名、優等20名、佳作30名。",
         [("特优", 10, "名", "person"), ("优等", 20, "名", "person"), ("佳作", 30, "名", "person")]),
        ("本次美展共評選出特優32件、優等15件、甲等20件。",
         [("特优", 32, "件", None), ("优等", 15, "件", None), ("甲等", 20, "件", None)]),
        ("頒獎典禮上，評選出特優團體2隊、優等團體5隊。",
         [("特优团体", 2, "队", "organization"), ("优等团体", 5, "队", "organization")]),
        # (金質獎3面: the plaques of a gold prize conferred at its ceremony, one record per grade)
        ("市府舉行頒獎典禮，頒發金質獎3面、銀質獎5面。", [("金质奖", 3, "面", None), ("银质奖", 5, "面", None)]),
        ("頒獎典禮上，評選出金質獎團隊3隊。", [("金质奖团队", 3, "队", "organization")]),
        # NEGATIVE: gold prizes won at a contest are its results, as 金奖 are (§5)
        ("本縣在全國技能競賽中獲得金質獎3面。", []),
        ("本县在全国技能竞赛中获得金质奖3个。", []),
        # NEGATIVE: flags given or hung are no honour
        ("群众向派出所赠送锦旗3面。", []),
        ("会场悬挂国旗3面。", []),
        # NEGATIVE: 甲等 as 甲 and the others before a count of people; a top pupil is no grade conferred
        ("會議授予甲等384名同志“全國優秀共產黨員”稱號。", [("全国优秀共产党员", 384, "名", "person")]),
        ("学校评出优等生30名。", []),
    ],
)
def test_taiwan_grades_without_prize_word(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议对6个县（市、区）的20名优秀河湖长进行表彰。", [("优秀河湖长", 20, "名", "person")]),
        ("会议对全市6个县（市、区）的20名优秀河湖长进行表彰。", [("优秀河湖长", 20, "名", "person")]),
        ("会议对12个乡镇的20名优秀河湖长进行表彰。", [("优秀河湖长", 20, "名", "person")]),
        ("会议表彰了6个县（市、区）的20名优秀河湖长。", [("优秀河湖长", 20, "名", "person")]),
        ("大会对全市12个乡镇的35个先进集体进行了表彰。", [("先进集体", 35, "个", "organization")]),
        ("会议对全市12个乡镇（街道）的35个先进集体和60名先进个人进行了表彰。",
         [("先进集体", 35, "个", "organization"), ("先进个人", 60, "名", "person")]),
        # NEGATIVE: the places alone, with no honoured count, give nothing; two honours counted stay two
        ("大会对全市12个乡镇的先进集体进行了表彰。", []),
        ("会议对6个先进集体和20名先进个人进行表彰。", [("先进集体", 6, "个", "organization"), ("先进个人", 20, "名", "person")]),
    ],
)
def test_a_count_of_places_before_the_honoured_count(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("澳門特區政府撥款約澳門元1.6億，用於支援中小企業。", [(160000000.0, "MOP", True)]),
        ("政府撥款約澳門元一億六千萬，用於支援中小企業。", [(160000000.0, "MOP", True)]),
        ("特区政府拨款约港币3.2亿元，用于资助社福机构。", [(320000000.0, "HKD", True)]),
        ("政府撥款逾港幣3億，支援中小企業。", [(300000000.0, "HKD", True)]),
        ("市府投入逾新台幣5千萬元，用於改善校園設施。", [(50000000.0, "TWD", True)]),
        ("基金會捐助近新台幣3億元，用於偏鄉教育。", [(300000000.0, "TWD", True)]),
        ("政府撥款約葡幣800萬，資助社團。", [(8000000.0, "MOP", True)]),
        # NEGATIVE: without 约/逾/近 the amount is exact
        ("政府撥款澳門元1.6億，用於支援中小企業。", [(160000000.0, "MOP", False)]),
        ("特区政府拨款港币3.2亿元，用于资助社福机构。", [(320000000.0, "HKD", False)]),
    ],
)
def test_a_currency_word_before_an_approximate_amount(extract, body: str, expected: list) -> None:
    assert [(f["amount"], f["currency"], f["approximate"]) for f in extract(page(body))["funding"]] == expected
    assert len(grants(extract(page(body)))) == len(expected)
