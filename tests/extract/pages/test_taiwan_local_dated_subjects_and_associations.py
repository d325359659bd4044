"""Taiwan local news, Macau and Hong Kong community releases, Traditional characters: a dated subject
before a comma and the venue (某协会于…上午9时，在…召开), association names ending in 农会/互助会, a holiday's bracketed
date before the venue, guests watching a ceremony (观礼) or listed before their count, a surplus (盈余) as no funding,
a token handed 给 the honoured, 报告 of a year's work as 作报告, 陈志强调任 (a transfer, no 强调), a caption's position
marker before the next person's title, 指挥官 as a title, a headline count that sums the body's people, a budget's word
between the amount and its use.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


def _meeting(record: dict) -> dict:
    assert record["meetings"], record["meetings"]
    return record["meetings"][0]


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("東山鄉公所於5月6日上午，在鄉立圖書館舉行新館啟用典禮。", "东山乡公所"),
        ("青山社區發展協會於民國113年5月5日（星期日）上午9時，在社區活動中心召開第五屆第二次會員大會。", "青山社区发展协会"),
        ("市书法家协会于5月6日下午，在市文化馆召开第三次会员代表大会。", "市书法家协会"),
        # no subject, or a person as the subject: no organizer
        ("5月6日上午，在县委会议室召开专题会议。", None),
        ("县委书记张三于5月6日上午，在县委会议室召开专题会议。", None),
    ],
)
def test_dated_subject_before_comma(extract, body: str, organizer: str | None) -> None:
    assert _meeting(extract(page(body)))["organizer"] == organizer


@pytest.mark.parametrize(
    ("body", "organizer"),
    [
        ("楊梅區農會於5月6日上午在該會禮堂召開第19屆第2次會員代表大會。", "杨梅区农会"),
        ("台山坊眾互助會於5月6日中午在金龍酒樓舉辦敬老聯歡午宴。", "台山坊众互助会"),
        ("大安區漁會5月6日上午在漁會禮堂召開會員代表大會。", "大安区渔会"),
        ("臺中市商業會5月6日下午在商業會館舉行理監事聯席會議。", "台中市商业会"),
    ],
)
def test_association_endings(extract, body: str, organizer: str) -> None:
    assert _meeting(extract(page(body)))["organizer"] == organizer


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("台山坊眾互助會於重陽節（10月11日）中午在金龍酒樓舉辦敬老聯歡午宴。", "金龙酒楼"),
        ("新竹縣政府於教師節前夕（9月27日）上午在縣府禮堂舉行教師表揚典禮。", "县府礼堂"),
        # a bracket that held no date stays part of the venue
        ("市政府于5月6日在世纪（国际）会展中心举行签约仪式。", "世纪（国际）会展中心"),
    ],
)
def test_holiday_bracketed_date_before_venue(extract, body: str, location: str) -> None:
    assert _meeting(extract(page(body)))["location"] == location


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("宜蘭縣政府5月6日上午舉行游泳館新建工程動土典禮，由縣長林美君主持，地方鄉親約200人觀禮。", (200, True)),
        ("板橋區公所5月6日上午舉行新任區長布達典禮，里長及各界來賓150人觀禮。", (150, False)),
        ("觀塘區撲滅罪行委員會5月6日上午在社區中心禮堂舉行好市民獎頒獎典禮。出席典禮的嘉賓包括區議員及各界人士約200人。", (200, True)),
        ("工聯總會5月6日下午假總會大廈會議廳舉辦就業政策座談會，邀請勞工局代表、僱主團體及工友代表約60人參與。", (60, True)),
        # invited people who take part in a task, or guests listed with no count: no attendee count
        ("市文联5月6日举办书法讲座，邀请3名书法家参与指导。", (None, False)),
        ("市商会5月6日举行就职典礼，出席典礼的嘉宾包括区议员及各界人士。", (None, False)),
    ],
)
def test_watching_and_listed_guests(extract, body: str, count: tuple) -> None:
    m = _meeting(extract(page(body)))
    assert (m["attendee_count"], m["attendee_approx"]) == count


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("農會去年度存款總額達新臺幣152億元，盈餘1.8億元。", []),
        ("公司去年实现盈余2.3亿元。", []),
        # a surplus set aside for a use is money allocated
        ("農會盈餘1.8億元，將提撥盈餘3,600萬元辦理會員福利。", [36000000.0]),
        ("董事会决定拿出盈余500万元设立助学基金。", [5000000.0]),
    ],
)
def test_surplus(extract, body: str, expected: list) -> None:
    assert [g[0] for g in grants(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，福安宮舉行捐贈儀式，頒發感謝狀給績優志工團隊5隊。", [("绩优志工团队", 5)]),
        ("5月6日，协会召开表彰大会，颁发奖牌给优秀志愿者20名。", [("优秀志愿者", 20)]),
        ("5月6日，协会召开表彰大会，颁发奖状给“优秀志愿者”20名。", [("优秀志愿者", 20)]),
    ],
)
def test_token_given_to_honoured(extract, body: str, expected: list) -> None:
    assert [h[:2] for h in honours(extract(page(body)))] == expected


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        ("县农会5月6日召开会员大会，理事长张建国主持，总干事李秀英报告了2023年度工作情况，并作了讲话。", "李秀英", ("作报告", "讲话")),
        ("楊梅區農會5月6日召開會員代表大會，理事長彭建國主持並致詞，總幹事葉美娟報告年度業務，並宣讀表揚名單。", "叶美娟", ("作报告", "宣读")),
    ],
)
def test_work_reported(extract_with_model, body: str, name: str, roles: tuple) -> None:
    assert speakers(extract_with_model(page(body)))[name][1] == roles


@pytest.mark.parametrize(
    "body",
    [
        # a report quoted, or 报告 of something that is no work reviewed: no 作报告
        "县里5月6日召开防汛会议，县长张建国主持。水利局长李秀英报告称，险情已经排除，并作了讲话。",
        "县里5月6日召开防汛会议，县长张建国主持，水利局长李秀英报告险情，并作了讲话。",
    ],
)
def test_other_reports(extract_with_model, body: str) -> None:
    assert "作报告" not in speakers(extract_with_model(page(body))).get("李秀英", (None, ()))[1]


def test_transfer_after_name_ending_in_qiang(extract_with_model) -> None:
    extract = extract_with_model
    body = "5月6日，板橋區公所舉行新任區長布達典禮，由民政局長張文雄主持。前任區長陳志強調任民政局副局長。"
    assert "陈志" not in speakers(extract(page(body)))
    # 强调 before 任务 or 任何 is still a speech verb
    body = "5月6日，市政府召开会议，市长王刚主持。副市长李强强调任务要落实到位。"
    assert speakers(extract(page(body)))["李强"][1] == ("讲话",)


def test_caption_position_marker(extract_with_model) -> None:
    body = ("彰化市南瑤宮與彰化縣文化局上週在縣府舉行記者會。南瑤宮主任委員李天賜致詞指出，今年進香活動預計有5萬人參與。\n"
            "▲彰化南瑤宮主委李天賜（右三）與文化局長賴維鈞（左三）宣布媽祖文化節活動。（圖／記者林敬家攝）")
    assert speakers(extract_with_model(body, "2024-03-25"))["赖维钧"][0] == "文化局长"


def test_district_commander_title(extract_with_model) -> None:
    body = "觀塘區撲滅罪行委員會於5月6日上午舉行好市民獎頒獎典禮，觀塘區警區指揮官黃偉明擔任主禮嘉賓並致辭。"
    assert speakers(extract_with_model(page(body)))["黄伟明"][0] == "观塘区警区指挥官"


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the headline's count is the sum of the people's counts in the body, the teams counted apart
        ("高市表揚績優志工 420位志工獲金銀銅牌獎", [("绩优志工金牌奖", 40), ("银牌奖", 130), ("铜牌奖", 250), ("绩优志工团队", 12)]),
    ],
)
def test_headline_sum_of_people(extract, headline: str, expected: list) -> None:
    text = (f"{headline}\n2024-05-08 來源：某網\n社會局5月6日下午舉辦志願服務表揚大會，表揚績優志工金牌獎40名、銀牌獎130名、"
            "銅牌獎250名，以及績優志工團隊12隊。\n")
    assert [h[:2] for h in honours(extract(text))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("社會局指出，縣府今年度編列新臺幣120萬元預算推動父親節系列活動。", [(1200000.0, "TWD", "推动父亲节系列活动")]),
        ("市府編列新臺幣6億元特別預算，推動商圈振興計畫。", [(600000000.0, "TWD", "推动商圈振兴计划")]),
        # what follows the budget's word is no use
        ("市府編列新臺幣6億元預算，預計發放20萬份消費券。", [(600000000.0, "TWD", None)]),
    ],
)
def test_budget_word_before_use(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("九龍城區各界慶祝回歸籌備委員會於5月6日晚上在土瓜灣體育館舉行聯歡晚會。晚會由藝人周家明及區內中學生主持。", "周家明", "艺人"),
        ("區議會5月6日晚上舉行中秋晚會，歌手李婉儀獻唱並致辭。", "李婉仪", "歌手"),
        # the word inside a body's name stays part of the post
        ("市文联5月6日举行座谈会，艺人协会会长张明主持。", "张明", "艺人协会会长"),
    ],
)
def test_performer_occupation_title(extract_with_model, body: str, name: str, title: str) -> None:
    assert speakers(extract_with_model(page(body)))[name][0] == title
