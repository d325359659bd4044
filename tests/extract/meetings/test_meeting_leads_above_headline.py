"""Headline-area layouts: a lead sentence scraped above the headline and its
date line (本报讯（记者 …）昨日，…召开。 / headline / 2024年3月6日 来源：…), Hong Kong and Taiwan days with the
date in brackets (今日（九月十日）, 本（15）日, 今天（6月25日）) kept whole as written, a headline that opens with
its date (2024年6月5日，医院召开…, [2024-03-22] …), a bare 时间：2024年4月19日 stamp under the headline, an
acting or executive post after a surname (陈代理市长, 王常务副市长) read as a reference to the person named
before, and an issuing office's or agency's stamp line under the headline (澳门特别行政区政府新闻局
2024年10月01日) that is no title.  All sentences are invented; the expected values follow
corpus/GUIDELINES.md (§2 published, §3 date and date_text, §4 speakers)."""

from __future__ import annotations

import pytest

from tests.extract.views import dated, speakers, when


def _meetings(record: dict) -> list[tuple]:
    return [(m["date"], m["date_text"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead restated by the headline under it: the article's first paragraph (§1 read the whole article)
        ("本报讯（记者 王芳 通讯员 李平）昨日，市妇联第十三届执行委员会第四次全体会议在市妇女儿童活动中心召开。\n"
         "市妇联第十三届执行委员会第四次全体会议召开\n2024年3月6日  来源：某某日报\n会议增补了市妇联第十三届执行委员会委员，审议通过了市妇联2024年工作要点。\n",
         [("2024-03-05", "昨日", "市妇女儿童活动中心")]),
        # a dateline lead under a short headline that shares only the body's name
        ("本报讯（记者 王芳）昨日，市妇联第十三届执行委员会第四次全体会议在市妇女儿童活动中心召开。\n"
         "市妇联全会召开\n2024年3月6日  来源：某某日报\n会议增补了市妇联第十三届执行委员会委员，审议通过了市妇联2024年工作要点。\n",
         [("2024-03-05", "昨日", "市妇女儿童活动中心")]),
        # a lead with a range of days and a town as the venue
        ("5月30日-31日，全省税务工作座谈会在南昌召开。\n全省税务工作座谈会召开\n2024-06-02  来源：省税务局\n"
         "会议由省税务局主办。省税务局局长周建出席会议并讲话。\n",
         [("2024-05-30", "5月30日-31日", "南昌")]),
    ],
)
def test_a_lead_above_the_headline_is_read(extract, text: str, expected: list) -> None:
    assert _meetings(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # the headline under a restated lead stays the title
        ("本报讯（记者 王芳）昨日，市妇联第十三届执行委员会第四次全体会议在市妇女儿童活动中心召开。\n"
         "市妇联全会召开\n2024年3月6日  来源：某某日报\n会议增补了市妇联第十三届执行委员会委员，审议通过了市妇联2024年工作要点。\n", "市妇联全会召开", "2024-03-06"),
        # near miss: the site's welcome line above the headline stays furniture
        ("欢迎访问某某市妇联网站！今天是2024年3月6日。\n市妇联全会召开\n2024年3月6日  来源：某某日报\n"
         "昨日，市妇联第十三届执行委员会第四次全体会议在市妇女儿童活动中心召开。会议增补了市妇联第十三届执行委员会委员，审议通过了市妇联2024年工作要点。\n",
         "市妇联全会召开", "2024-03-06"),
    ],
)
def test_the_headline_under_a_lead_is_the_title(extract, text: str, title: str, expected: str) -> None:
    record = extract(text)
    assert (record["title"], record["published"]) == (title, expected)


def test_a_sentence_of_another_story_above_the_headline_gives_nothing(extract) -> None:
    # near miss: a sentence above the headline that the headline does not restate (another post's teaser)
    text = ("县政府召开第十五次常务会议，研究部署防汛工作。\n市妇联全会召开\n2024年3月6日  来源：某某日报\n"
            "3月5日，市妇联第十三届执行委员会第四次全体会议在市妇女儿童活动中心召开。会议增补了市妇联第十三届执行委员会委员，审议通过了市妇联2024年工作要点。\n")
    assert [m["date"] for m in extract(text)["meetings"]] == ["2024-03-05"]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # the day and its date in brackets, kept whole as written (GUIDELINES §3 date_text)
        ("政务司司长今日（九月十日）在广州出席粤港合作联席会议第二十五次会议。", "2024-09-10",
         [("2024-09-10", "今日（九月十日）", None)]),
        ("十四届全国人大常委会第十次会议今天（6月25日）下午在北京人民大会堂闭幕。", "2024-06-25",
         [("2024-06-25", "今天（6月25日）", "下午")]),
        ("香港理工大学昨日（6月5日）在理大综艺馆举行创新科技论坛。", "2024-06-06",
         [("2024-06-05", "昨日（6月5日）", None)]),
        # Taiwan's 本（15）日, like 昨（15）日 and 今（15）日
        ("行政院长卓明德于本（15）日主持第3916次院会。", "2024-08-15", [("2024-08-15", "本（15）日", None)]),
        # near misses, unchanged: 昨（15）日 as before; an evening's date in brackets keeps the date alone
        ("市政府昨（15）日举办志工表扬大会。", "2024-10-16", [("2024-10-15", "昨（15）日", None)]),
        ("行政长官今晚（七月一日）出席庆祝回归酒会并致辞。", "2024-07-02", [("2024-07-01", "七月一日", "晚上")]),
    ],
)
def test_a_day_with_its_date_in_brackets(extract, body: str, published: str, expected: list) -> None:
    assert when(extract(f"标题文字内容\n{published} 来源：某网\n{body}\n")) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a headline opening with its day, nothing else dated: the post's day and the meeting's (§2, §3)
        ("2024年6月5日，医院召开“世界环境日”主题宣传座谈会\n医院后勤保障部在综合楼5楼会议室召开主题座谈会，副院长邢军出席。\n"
         "各科室护士长参加会议。\n", "2024-06-05", [("主题座谈会", "2024-06-05")]),
        ("[2024-03-22] 市场监管局召开食品安全工作会议\n3月21日，区市场监管局召开2024年食品安全工作会议，局长韩立出席会议并讲话。\n",
         "2024-03-22", [("2024年食品安全工作会议", "2024-03-21")]),
        # near miss: a stamp under the headline wins
        ("[2024-03-22] 市场监管局召开食品安全工作会议\n发布时间：2024-03-23 来源：区市场监管局\n"
         "3月21日，区市场监管局召开2024年食品安全工作会议，局长韩立出席会议并讲话。\n",
         "2024-03-23", [("2024年食品安全工作会议", "2024-03-21")]),
    ],
)
def test_a_headline_opening_with_its_date(extract, text: str, published: str, expected: list) -> None:
    record = extract(text)
    assert (record["published"], dated(record)) == (published, expected)


def test_a_list_of_dated_items_gives_no_publication_date(extract) -> None:
    # near miss: two dated headlines in a row are a list of other posts, not the page's date
    text = ("[2024-03-22] 市场监管局召开食品安全工作会议\n[2024-03-20] 市场监管局开展春季消费维权宣传\n"
            "3月21日，区市场监管局召开食品安全工作会议，局长韩立出席会议并讲话。\n")
    assert extract(text)["published"] is None


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("时间：2024年4月19日 浏览：", "2024-04-19"),
        ("时间：2024年4月19日", "2024-04-19"),
        ("时间：2024年4月19日 浏览：128", "2024-04-19"),
        # near miss: the meeting's programme, a day with its hour
        ("时间：2024年4月19日上午9:00", None),
    ],
)
def test_a_bare_time_stamp_under_the_headline(extract, stamp: str, expected: str | None) -> None:
    text = (f"学院召开第十六次教职工代表大会\n{stamp}\n"
            "4月17日，信息工程学院第十六次教职工代表大会在学院学术报告厅召开。院长卢伟作学院工作报告。\n")
    assert extract(text)["published"] == expected


def test_a_programme_time_over_its_place_is_no_stamp(extract) -> None:
    # near miss: 时间： with 地点： under it is the meeting's programme (its day), not the page's date
    text = ("学院召开第十六次教职工代表大会\n时间：2024年4月19日\n地点：学院学术报告厅\n"
            "信息工程学院第十六次教职工代表大会召开。院长卢伟作学院工作报告。\n")
    record = extract(text)
    assert (record["published"], when(record)[0][:2]) == (None, ("2024-04-19", "2024年4月19日"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an acting or executive post after a surname: the person named before with that post (§4)
        ("市政府昨日举办志愿者表彰大会，由代理市长陈宏远颁奖。陈代理市长致辞时感谢志愿者。",
         {"陈宏远": ("代理市长", ("颁奖", "致辞"))}),
        ("市政府昨日举办志愿者表彰大会，常务副市长王刚出席。王常务副市长在讲话中感谢志愿者。",
         {"王刚": ("常务副市长", ("讲话",))}),
        ("署理局长李明昨日出席局务会议。李署理局长致辞。", {"李明": ("署理局长", ("致辞",))}),
        # no one named before: no person called 陈代理
        ("市政府昨日举办志愿者表彰大会。陈代理市长致辞时感谢志愿者。", {}),
        # near miss, unchanged: a surname and the post alone
        ("市政府昨日举办志愿者表彰大会，由代理市长陈宏远颁奖。陈市长致辞时感谢志愿者。",
         {"陈宏远": ("代理市长", ("颁奖", "致辞"))}),
    ],
)
def test_an_acting_post_after_a_surname(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(f"标题文字内容\n2024-10-16 来源：某网\n{body}\n")) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # an issuing office's stamp under the headline is no title
        ("澳门特区政府举行国庆酒会\n澳门特别行政区政府新闻局 2024年10月01日\n"
         "庆祝中华人民共和国成立75周年酒会昨晚在澳门威尼斯人金光综艺馆举行，由行政长官主礼。\n", "澳门特区政府举行国庆酒会"),
        ("屏东县政府召开台风灾后复原会议\n中央社记者 李嘉华 屏东县26日电 2024/07/26 18:40（民国113年）\n"
         "屏东县长周明德今天下午在县府灾害应变中心召开台风灾后复原会议，要求各乡镇加速清理。\n",
         "屏东县政府召开台风灾后复原会议"),
        # near miss: a lone headline line is kept as the title
        ("县政府召开第十五次常务会议\n2024年10月01日\n9月30日，县政府召开第十五次常务会议，研究部署防汛工作。\n",
         "县政府召开第十五次常务会议"),
    ],
)
def test_a_stamp_line_is_no_title(extract, text: str, title: str) -> None:
    assert extract(text)["title"] == title
