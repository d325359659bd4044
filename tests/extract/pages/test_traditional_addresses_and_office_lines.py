"""Phrasings of Traditional-character releases (Taiwan, Hong Kong, Macau): a
meeting noun followed right away by 致詞 (出席…典禮致詞時表示), an issuing office's 新聞稿 before an ROC date line,
a Macau day with its month in the brackets (今（十二月十九）日), an organizer before 舉辦的「…」 after 出席, remarks
told after 會中 / 於會中, the 若 of a person's name read as a condition, a company named 電子… read as a wire
dateline, a council address after 率市府團隊, the people on the spot (現場約150人參與), a Taiwan government's short
name before 撥款, a headquarters as venue, an office writing of itself (本府), and a press conference held to
explain (召開記者會說明).  Invented sentences; the expected values follow corpus/GUIDELINES.md (§2, §3, §4, §6)."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers, when


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the address right after the meeting noun still refers to the meeting (§3: 出席座谈会并讲话)
        ("副總統蕭美芳今（8）日出席亞洲婦女領袖論壇開幕典禮致詞時表示，臺灣重視性別平等。",
         [("亚洲妇女领袖论坛开幕典礼", "2024-05-08", None)]),
        ("市長今（8）日出席頒獎典禮致詞，肯定得獎者。", [("颁奖典礼", "2024-05-08", None)]),
        ("副总统萧美芳今天出席“2024亚洲妇女领袖论坛”开幕典礼致词表示，重视性别平等。",
         [("“2024亚洲妇女领袖论坛”开幕典礼", "2024-05-08", None)]),
        # negatives: an event ahead, or an address with no meeting noun
        ("市長今（8）日將出席頒獎典禮致詞。", []),
        ("市長今（8）日出席致詞。", []),
    ],
)
def test_a_meeting_noun_then_the_address(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an issuing office's press release line with an ROC date (§2)
        ("花蓮縣長出席座談會\n花蓮縣政府新聞稿 113年5月8日\n縣長徐正華今（8）日下午出席部落發展座談會。\n", "2024-05-08"),
        ("花蓮縣長出席原住民族部落座談會\n花蓮縣政府新聞稿 113年5月8日\n縣長徐正華今（8）日下午前往光復鄉出席部落發展座談會。\n",
         "2024-05-08"),
        # negative: a date a service starts from is no publication date
        ("花蓮縣長出席座談會\n花蓮縣政府 113年5月8日起受理申請\n縣長徐正華今（8）日下午出席部落發展座談會。\n", None),
    ],
)
def test_an_office_release_line_with_an_roc_date(extract, text: str, expected: str | None) -> None:
    assert extract(text)["published"] == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # the month and the day in the brackets (Macau releases); the written date governs (§3)
        ("行政長官今（十二月十九）日上午在旅遊塔主持頒授典禮。", "2024-12-19", [("2024-12-19", "今（十二月十九）日", "上午")]),
        ("行政長官今（12月19）日上午主持頒授典禮。", "2024-12-20", [("2024-12-19", "今（12月19）日", "上午")]),
        # (the day alone keeps its reading)
        ("行政長官今（十九）日上午主持頒授典禮。", "2024-12-19", [("2024-12-19", "今（十九）日", "上午")]),
    ],
)
def test_a_macau_day_with_its_month_in_brackets(extract, body: str, published: str, expected: list) -> None:
    assert when(extract(page(body, published))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the body before 舉辦的 holds the quoted event attended (§3), the name keeps its inner quote marks
        ("局長麥美嫻今日晚上出席香港青年聯會舉辦的「2024傑出青年大獎」頒獎典禮，為10名「傑出青年」頒獎。",
         [("「2024杰出青年大奖」颁奖典礼", "2024-05-08", "香港青年联会")]),
        ("局长今日晚上出席青年联会举办的“2024杰出青年大奖”颁奖典礼，为10名“杰出青年”颁奖。",
         [("“2024杰出青年大奖”颁奖典礼", "2024-05-08", "青年联会")]),
        # an unquoted name after 举办的: the body before it holds it as well (§3 organizer: who held it; test_welcome_ceremonies_and_banquet_holders)
        ("市长今天出席市委举办的座谈会。", [("座谈会", "2024-05-08", "市委")]),
        # negative: a time before 举办的 is no holder
        ("市长出席了今天举办的座谈会。", [("座谈会", "2024-05-08", None)]),
    ],
)
def test_the_organizer_of_a_quoted_event_attended(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 指示 after the meeting's frame (會中, 於會中) is the chair's or the attendee's own remark (§4: X指示)
        ("市長張善政今（8）日主持市政會議，會中指示各局處加強防疫。", {"张善政": ("市长", ("主持", "讲话"))}),
        ("市長張善政今（8）日出席大溪區里長座談會，並於會中指示相關局處儘速處理。", {"张善政": ("市长", ("讲话",))}),
        ("市长张善政今天主持市政会议，会中指示各局处加强防疫。", {"张善政": ("市长", ("主持", "讲话"))}),
        # negative: another person named after 会上 speaks for themself
        ("镇长王某主持会议，会上，县委书记李某指示各部门加强防汛。",
         {"王某": ("镇长", ("主持",)), "李某": ("县委书记", ("讲话",))}),
    ],
)
def test_remarks_after_the_meetings_frame(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a real condition still promises nothing paid
        ("标题\n2024-05-08\n若球队夺冠，俱乐部将给予奖金1000万元。\n", []),
        # Taiwan's short name of a government before 拨款 is the giver, no purpose
        ("标题\n2024-05-08\n县府并宣布拨款2500万元清疏区域排水。\n", [(25000000.0, "CNY", None)]),
        ("標題\n發布日期：113-05-08\n縣府並宣布撥款新台幣2,500萬元清疏區域排水。\n", [(25000000.0, "TWD", None)]),
        # (an act after the amount is still the purpose)
        ("标题\n2024-05-08\n县政府拨款2500万元修建乡村道路。\n", [(25000000.0, "CNY", "修建乡村道路")]),
    ],
)
def test_funding_after_short_government_names(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 若 of a person's name (read by the NER model) is no condition (§6)
        ("标题\n2024年9月21日\n蔡若怡宣布政府将拨款5000万元推行计划。\n", [(50000000.0, "CNY", "推行计划")]),
        ("標題\n2024年9月21日\n蔡若怡宣布政府將撥款5,000萬港元推行計劃。\n", [(50000000.0, "HKD", "推行计划")]),
        ("标题\n2024年9月21日\n蔡若怡表示，政府将拨款5000万元推行计划。\n", [(50000000.0, "CNY", "推行计划")]),
        # negatives: a real condition, also next to a name
        ("标题\n2024-05-08\n若球队夺冠，俱乐部将给予奖金1000万元。\n", []),
        ("标题\n2024-05-08\n王强说，若球队夺冠，俱乐部将给予奖金1000万元。\n", []),
    ],
)
def test_a_name_holding_the_condition_word(extract_with_model, text: str, expected: list) -> None:
    assert grants(extract_with_model(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company named 电子… is no wire dateline (…电); the conjunction is kept as written (§3)
        (page("國立臺灣大學今（8）日與聯發電子股份有限公司舉行產學合作簽約儀式。"),
         [("产学合作签约仪式", "2024-05-08", "国立台湾大学与联发电子股份有限公司")]),
        # a bracketed part of a company's name stays; a bracketed day after the subject goes (§3 as written)
        (page("長江實業（集團）有限公司今日在香港舉行2024年度股東週年大會，由主席李澤鉅主持。"),
         [("2024年度股东周年大会", "2024-05-08", "长江实业（集团）有限公司")]),
        (page("岭海大学今日（五月八日）举行2024年度校友大会。"), [("2024年度校友大会", "2024-05-08", "岭海大学")]),
        # negative: a real dateline still goes
        ("新华社北京5月8日电 国务院今天召开常务会议，研究部署防汛工作。\n", [("常务会议", None, "国务院")]),
        # an office writing of itself (本府) names no organizer (§3)
        ("會議\n113年5月8日\n本府於5月7日上午9時在本府第一會議室召開「113年度第2次治安會報」，由縣長許淑華主持。\n",
         [("113年度第2次治安会报", "2024-05-07", None)]),
        # a press conference held to explain something is held (§3)
        (page("行政院發言人李慧芝今天召開記者會說明院會決議。"), [("记者会", "2024-05-08", None)]),
    ],
)
def test_organizers_and_press_conferences(extract, text: str, expected: list) -> None:
    assert held(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a mayor's address to the council after leading the city team is a report (§4 作报告)
        ("新北市議會定期會今天開議，議長蔣根富主持會議，市長侯永宜率市府團隊進行施政報告。",
         {"蒋根富": ("议长", ("主持",)), "侯永宜": ("市长", ("作报告",))}),
        # negative: a team led on a visit gives no role
        ("市长率团进行考察。", {}),
    ],
)
def test_a_council_address_after_leading_the_team(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the people on the spot (§3 attendee_count)
        ("市政府今（8）日舉辦「青年創業交流座談會」，副市長趙卿惠主持，邀請20位青創業者分享經驗，現場約150人參與。", (150, True)),
        # negatives: people taking part in an activity, not a meeting
        ("市政府开展全民健身月活动，现场有300多人参与。", None),
        ("市政府今天举办座谈会。现场约150人参与植树。", (None, False)),
    ],
)
def test_the_people_on_the_spot(extract, body: str, expected: tuple | None) -> None:
    meetings = extract(page(body))["meetings"]
    assert ((meetings[0]["attendee_count"], meetings[0]["attendee_approx"]) if meetings else None) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a headquarters is a venue (§3 location)
        ("保安局局長鄧志華今日（一月十八日）在警察總部主持頒獎典禮，向38名人員頒發獎章。", "警察总部"),
        ("局长邓志华今日在公司总部主持颁奖典礼。", "公司总部"),
        # negative: a time before the verb is no venue
        ("局长邓志华今日在会议结束后主持颁奖典礼。", None),
    ],
)
def test_a_headquarters_as_venue(extract, body: str, expected: str | None) -> None:
    assert extract(page(body, "2024-01-18"))["meetings"][0]["location"] == expected
