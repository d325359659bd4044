"""Wire and newspaper copy about meetings: shapes found by invented reports of talks, press
conferences, parliament sessions and analysis pieces.

Found: rounds of talks told as a tally (举行了多轮会谈) gave a meeting, though they are a series (GUIDELINES §3,
campaigns and series); an order word after the venue (在市行政中心先后会见) stayed in the location (§3 location);
a host whose name ends in 华 before the beneficiary (李国华为费尔南德斯举行欢迎宴会) kept the beneficiary in the
organizer, read as the company 华为 (§3 organizer); words posted on social media (当天在社交媒体上表示) gave a speaker,
though written statements give none (§4 not speakers); in an analysis piece an expert speaking about the meeting
(研究员张帆认为，峰会承诺动员的…) was tied to it by the words of the remark itself (§4 sixteenth round, analysis pieces).
Left open: consultations held as an event (…司局级磋商9日在首尔举行) still give no record; read as a head word they also
read 探讨和磋商 or 就…问题进行磋商 as meetings, with a wrong organizer and venue (see the meetings package docstring).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _place(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], m["location"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    "text",
    [
        "双方举行了多轮会谈。",  # rounds told as a tally: a series (§3)
        "双方举行了数轮会谈，但未能达成协议。",
        "两国外长此前已举行过几轮会晤。",
    ],
)
def test_rounds_of_talks_told_as_a_tally_are_a_series(extract, text: str) -> None:
    assert extract(page(text))["meetings"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5日，双方在北京举行第三轮会谈。", "第三轮会谈"),  # one round, numbered
        ("5日，两国外长在北京举行新一轮会谈。", "新一轮会谈"),
    ],
)
def test_one_round_of_talks_held_stays_a_meeting(extract, text: str, name: str) -> None:
    assert [m["name"] for m in extract(page(text))["meetings"]] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨天上午，市委书记杨建明在市行政中心先后会见了华信集团董事长李浩一行和丰源公司总经理陈志豪一行。",
         [("会见", "市行政中心")]),
        ("5日，县委在县行政中心相继召开常委会会议和全县经济工作会议。",
         [("常委会会议", "县行政中心"), ("全县经济工作会议", "县行政中心")]),
        ("5日，县委在县委会议室依次召开常委会会议和全县安全生产工作会议。",
         [("常委会会议", "县委会议室"), ("全县安全生产工作会议", "县委会议室")]),
        # a village whose own name is the order word stays whole
        ("5日，县委在先后村村委会召开座谈会。", [("座谈会", "先后村村委会")]),
    ],
)
def test_an_order_word_after_the_venue_is_no_part_of_it(extract, text: str, expected: list) -> None:
    assert _place(extract(page(text))) == expected


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # (the host, a bare personal name, is no organization either: §3 organizer row, helper fxh)
        ("当晚，李国华为费尔南德斯举行欢迎宴会。", None),
        ("6日，王建华为来访的代表团举行欢迎午宴。", None),
        # the company's own name, not a host before a beneficiary
        ("5日，深圳华为为合作伙伴举办开发者大会。", "深圳华为"),
        ("5日，华为为合作伙伴举办开发者大会。", "华为"),
        ("5日，中国华为公司为灾区群众举行捐赠仪式。", "中国华为公司"),
        ("5日，县委为老干部举办迎新春茶话会。", "县委"),
    ],
)
def test_the_beneficiary_after_a_name_ending_in_hua_is_no_organizer(extract, text: str, organizer: str) -> None:
    assert [m["organizer"] for m in extract(page(text))["meetings"]] == [organizer]


@pytest.mark.parametrize(
    "text",
    [
        "议会5日举行全体会议。反对党领袖帕诺当天在社交媒体上表示，法案将加重中低收入家庭负担。",
        "议会5日举行全体会议。议员李明在个人微博上发文说，他投了反对票。",
        "议会5日举行全体会议。议员王芳当晚在社交平台上称，表决结果令人失望。",
        "议会5日举行全体会议。议员赵刚随后发帖表示，将继续反对该法案。",
    ],
)
def test_words_posted_online_give_no_speaker(extract, text: str) -> None:
    assert extract(page(text))["speakers"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市政府5日召开常务会议。市长王强指出，要及时印发文件，抓好落实。", "王强"),  # 印发文件: no post
        ("5日，市委召开网络安全工作会议。市委书记李刚强调，要加强社交媒体平台管理。", "李刚"),  # the topic, not where
    ],
)
def test_remarks_at_the_meeting_about_documents_or_media_keep_their_role(extract, text: str, name: str) -> None:
    assert speakers(extract(page(text)))[name][1] == ("讲话",)


# (a sentence between the lead and the remark: the one right before a remark that names the meeting ties it, by design)
_ANALYSIS = "本报记者 吴思远\n上周五，二十国集团领导人峰会在巴西里约热内卢落下帷幕。\n各方对此看法不一。\n"


@pytest.mark.parametrize(
    "tail",
    [
        "中国社会科学院研究员张帆认为，峰会承诺动员的气候资金落实仍面临不少障碍。",
        "人民大学教授李明分析，峰会期间达成的共识有助于稳定市场。",
        "复旦大学教授周强坦言，会议上通过的宣言措辞积极。",
    ],
)
def test_an_expert_speaking_about_the_meeting_in_an_analysis_piece_is_no_speaker(extract, tail: str) -> None:
    assert extract(page(_ANALYSIS + tail))["speakers"] == []


def test_a_remark_placed_at_the_meeting_in_an_analysis_piece_keeps_its_role(extract) -> None:
    # (the place comes before the verb: 峰会上 ties it, whatever the words after 指出)
    record = extract(page(_ANALYSIS + "峰会上，中国代表团团长王强指出，要推动全球治理体系改革。"))
    assert speakers(record)["王强"][1] == ("讲话",)
