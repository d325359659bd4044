"""Speaker and host phrasings of seats, list titles, spaced names and paragraph breaks: a deputy's
seat heading a title chain, a title over a 、-list against the person's own title written elsewhere,
names set off by spaces as scraped, a paragraph's first line broken inside a name or after a title,
foreign names with a rank after them and lists of names with two middle dots, HK/Macau 主礼 at a
commendation told in the sentence before, 开讲, 到会进行施政报告, a memorial meeting's `X同志生前同事`,
and a surname with a kinship term (张阿姨).  All sentences are invented; the expected values follow
corpus/GUIDELINES.md §3 and §4.  Near misses that must not change are listed with them."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a seat in a people's congress or a party or league congress heads the chain: an office (§4)
        ("8月22日，区人大常委会举行活动。区人大代表、东城建设集团总经理胡斌发言。",
         {"胡斌": ("区人大代表、东城建设集团总经理", ("发言",))}),
        ("3月14日，村里召开会议。全国人大代表、石门村党委书记张秀英讲话。",
         {"张秀英": ("全国人大代表、石门村党委书记", ("讲话",))}),
        ("3月14日，团市委召开座谈会。团十九大代表、市青联委员刘洋发言。",
         {"刘洋": ("团十九大代表、市青联委员", ("发言",))}),
        ("3月14日，镇里召开述职会。县人大代表马红英进行了述职。", {"马红英": ("县人大代表", ("述职",))}),
        # near misses: representative labels stay dropped
        ("3月14日，学校召开座谈会。校友代表、南江科技集团董事长胡斌发言。",
         {"胡斌": ("南江科技集团董事长", ("发言",))}),
        ("3月14日，公司召开职代会。职工代表胡斌发言。", {"胡斌": (None, ("发言",))}),
    ],
)
def test_a_seat_heads_the_chain(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the title over the list is the head's only when none is written for the head elsewhere (§4)
        ("1月7日，政协会议开幕。大会执行主席黄立、何春燕在主席台就座。县政协主席黄立向大会报告工作。",
         {"黄立": ("县政协主席", ("作报告",))}),
        # near miss: no other title written, the list title stays
        ("1月7日，座谈会举行。党史党建专家黄立、何春燕先后发言。",
         {"黄立": ("党史党建专家", ("发言",)), "何春燕": ("党史党建专家", ("发言",))}),
    ],
)
def test_a_list_title_against_an_own_title(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 职务 姓名 动作 as scraped
        ("5月10日，县医院召开护理工作会议。护理部主任 覃丽 作工作报告。", {"覃丽": ("护理部主任", ("作报告",))}),
        ("5月10日，县医院召开护理工作会议。护理部主任 覃丽 发言。", {"覃丽": ("护理部主任", ("发言",))}),
        ("5月10日，县医院召开护理工作会议。护理部主任 覃丽 主持会议。", {"覃丽": ("护理部主任", ("主持",))}),
    ],
)
def test_a_name_set_off_by_spaces(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "host"),
    [
        # a paragraph's first line broken inside the name or between the title and the name (§1, §3)
        ("5月10日，县医院召开护理工作会议。\n会议由公司副总经理王\n伟主持。", {"name": "王伟", "title": "公司副总经理"}),
        ("5月10日，学校召开工作会议。\n校党委副书记\n黄永强主持会议。", {"name": "黄永强", "title": "校党委副书记"}),
    ],
)
def test_a_paragraph_broken_at_its_first_line(extract, body: str, host: dict) -> None:
    assert extract(page(body))["meetings"][0]["host"] == host


def test_a_subheading_after_a_paragraph_stays_apart(extract) -> None:
    # near miss: a finished line before a new paragraph that opens with its own subject
    record = extract(page("5月10日，学校召开工作会议。\n校党委副书记黄永强主持会议\n校长李明出席并讲话。"))
    assert record["meetings"][0]["host"] == {"name": "黄永强", "title": "校党委副书记"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a rank after a foreign name ends the name and joins the chain (§4)
        ("9月19日，论坛开幕。研究所主任约翰·史密斯教授作主旨报告。",
         {"约翰·史密斯": ("研究所主任、教授", ("作报告",))}),
        # two middle dots in a list of ambassadors
        ("4月22日，座谈会举行。厄瓜多尔驻华大使卡洛斯·拉雷亚·达维拉、坦桑尼亚驻华大使姆贝维先后发言。",
         {"卡洛斯·拉雷亚·达维拉": ("厄瓜多尔驻华大使", ("发言",)), "姆贝维": ("坦桑尼亚驻华大使", ("发言",))}),
    ],
)
def test_foreign_names(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 主礼 at a commendation told in the sentence before (§4: 主礼 when conferring → 颁奖)
        ("澳門婦聯表彰大會\n2024-03-09 來源：澳門日報\n澳門婦女聯合總會昨日舉行表彰大會。"
         "中聯辦副主任嚴植婵、社會文化司司長歐陽瑜到場主禮。\n",
         {"严植婵": ("中联办副主任", ("颁奖",)), "欧阳瑜": ("社会文化司司长", ("颁奖",))}),
        (page("5月10日，妇联举行表彰大会。社会文化司司长欧阳瑜主礼并致辞。"),
         {"欧阳瑜": ("社会文化司司长", ("颁奖", "致辞"))}),
        # near miss: officiating at an opening confers nothing
        (page("5月10日，大厦举行开幕仪式。社会文化司司长欧阳瑜主礼。"), {}),
    ],
)
def test_officiating_at_a_commendation(extract, text: str, expected: dict) -> None:
    assert speakers(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lecture given (§4 作报告)
        ("6月13日，区政协举行“委员讲堂”活动。主任医师谭晓光以《心血管疾病的预防与管理》为题开讲。",
         {"谭晓光": ("主任医师", ("作报告",))}),
        # Taiwan: the mayor's address to the council
        ("4月9日，市议会定期大会开议，市长蒋万安到会进行施政报告。", {"蒋万安": ("市长", ("作报告",))}),
    ],
)
def test_lectures_and_addresses(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the deceased is merely mentioned; the relation is no post (§4)
        ("1月8日，纪念黄大年同志逝世七周年座谈会举行。黄大年同志生前同事、学院教授于平发言。",
         {"于平": ("学院教授", ("发言",))}),
        # a surname and a kinship term names nobody (§4)
        ("4月20日，社区召开议事会。居民代表张阿姨、赵大爷先后发言。", {}),
        # near miss: a given name with 大 stays a name
        ("4月20日，社区召开议事会。居民代表张大伟发言。", {"张大伟": (None, ("发言",))}),
    ],
)
def test_people_merely_named_or_unnamed(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_no_host_named_by_kinship(extract) -> None:
    assert extract(page("5月18日，社区举行联欢会。联欢会由社区居民陈阿姨主持。"))["meetings"][0]["host"] is None
