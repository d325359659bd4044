"""Speaker phrasings that a review of invented texts (k13) found mishandled: bare lists acting in
turn, Taiwan datelines, remarks made outside the meeting, verbs and other people glued onto a title,
readers of another's address.  Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers

_REPORTS = ("作报告",)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，县委宣传部举办先进事迹报告会。李春花、王建勇、赵小龙分别作了事迹报告。",
         {"李春花": (None, _REPORTS), "王建勇": (None, _REPORTS), "赵小龙": (None, _REPORTS)}),
        ("5月7日，县委宣传部举办先进事迹报告会。李春花、王建勇、赵小龙先后作事迹报告。",
         {"李春花": (None, _REPORTS), "王建勇": (None, _REPORTS), "赵小龙": (None, _REPORTS)}),
        ("5月7日，县委宣传部举办先进事迹报告会。报告团成员李春花、王建勇、赵小龙分别作了事迹报告。",
         {"李春花": (None, _REPORTS), "王建勇": (None, _REPORTS), "赵小龙": (None, _REPORTS)}),
        # honours before the names are no titles (the idiom 见义勇为 holds no recipient's 为)
        ("5月7日，县委宣传部举办先进事迹报告会。全国优秀教师李春花、退役军人赵小龙、见义勇为模范张大力分别作了事迹报告。",
         {"李春花": (None, _REPORTS), "赵小龙": (None, _REPORTS), "张大力": (None, _REPORTS)}),
        ("会上，李春花、王建勇分别致辞。", {"李春花": (None, ("致辞",)), "王建勇": (None, ("致辞",))}),
        # a title written once before the list, a married name after 、
        ("立法會昨日舉行會議。議員何君堯、葉劉淑儀先後發言。",
         {"何君尧": ("议员", ("发言",)), "叶刘淑仪": ("议员", ("发言",))}),
        # not people: places and groups listed
        ("会上，苏州、常州分别作了交流发言。", {}),
        ("会上，张家港、江阴分别作了交流发言。", {}),
        ("会上，全体党员、入党积极分子先后发言。", {}),
        ("会上，县发改委、县财政局分别作了汇报发言。", {}),
    ],
)
def test_a_bare_list_acting_in_turn(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_a_recipient_after_the_idiom_stays_one(extract) -> None:
    body = "大会上，县委书记王强为见义勇为模范张大力颁奖。"
    assert speakers(extract(page(body))) == {"王强": ("县委书记", ("颁奖",))}


@pytest.mark.parametrize(
    ("body", "expected_speakers", "expected_meetings"),
    [
        ("〔記者王小明／台中報導〕台中市長盧秀燕今天出席模範勞工表揚大會並致詞。",
         {"卢秀燕": ("台中市长", ("致辞",))}, [("模范劳工表扬大会", "2024-05-08", None)]),
        ("〔記者王小明／台中報導〕台中市政府今天舉行模範勞工表揚大會，市長盧秀燕致詞。",
         {"卢秀燕": ("市长", ("致辞",))}, [("模范劳工表扬大会", "2024-05-08", "台中市政府")]),
    ],
)
def test_a_taiwan_dateline_bracket_is_no_part_of_anything(extract, body: str, expected_speakers: dict,
                                                          expected_meetings: list) -> None:
    record = extract(page(body))
    assert speakers(record) == expected_speakers
    assert held(record) == expected_meetings


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，县委召开安全生产工作会议。县委书记李明出席会议。会前，李明还深入企业检查安全生产工作，他强调，要狠抓隐患排查。", {}),
        ("5月7日，县委召开安全生产工作会议。县委书记李明出席会议。会后，李明带队检查了城区重点企业，他要求，要压实企业主体责任。", {}),
        ("5月7日，县委书记李明到城关镇调研，并主持召开座谈会。在调研某公司时，李明指出，要加快项目建设。",
         {"李明": ("县委书记", ("主持",))}),
        # a speech at the meeting stays; a meeting held after it is another occasion for remarks
        ("5月7日，县委召开安全生产工作会议。县委书记李明出席会议并讲话。会前，李明深入企业检查安全生产工作，他强调，要狠抓隐患排查。",
         {"李明": ("县委书记", ("讲话",))}),
        ("5月7日，县委召开安全生产工作会议。县委书记李明出席会议。会后，李明主持召开专题会议，他强调，要狠抓隐患排查。",
         {"李明": ("县委书记", ("主持", "讲话"))}),
    ],
)
def test_remarks_on_a_visit_outside_the_meeting(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本會昨日舉行義工嘉許禮，主禮嘉賓包括立法會議員陳穎欣、沙田區議員李世榮。陳穎欣在致辭時感謝義工的付出。",
         {"陈颖欣": ("立法会议员", ("致辞",))}),
        ("本會昨日舉行畢業典禮，邀得立法會議員陳穎欣致辭。", {"陈颖欣": ("立法会议员", ("致辞",))}),
        ("以下為保安局局長鄧炳強今日在香港警察學院結業典禮上的致辭全文：\n各位嘉賓、各位學員：今天是大家的大日子。",
         {"邓炳强": ("保安局局长", ("致辞",))}),
        # another person named by surname and courtesy title before the label: no title
        ("学校举行开学典礼。教师代表李老师、学生代表张小明先后发言。", {"张小明": (None, ("发言",))}),
        ("学校举行开学典礼。教师代表李芳、学生代表张小明先后发言。",
         {"李芳": (None, ("发言",)), "张小明": (None, ("发言",))}),
        ("5月7日，县政府召开常务会议。县长亓明主持召开县政府第30次常务会议。亓明强调，要抓好春耕生产。",
         {"亓明": ("县长", ("主持", "讲话"))}),
        ("县政府召开常务会议，县长仉明主持会议。", {"仉明": ("县长", ("主持",))}),
    ],
)
def test_the_title_and_name_as_written(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，市政府举行表彰大会。市长钱伟因公务未能出席，委托副市长孙静代为宣读致辞。", {"孙静": ("副市长", ("宣读",))}),
        ("5月7日，市政府举行表彰大会。市长钱伟委托副市长孙静宣读了贺词。", {"孙静": ("副市长", ("宣读",))}),
        # an address of one's own after the reading stays
        ("5月7日，市政府举行表彰大会。副市长孙静宣读表彰决定并致辞。", {"孙静": ("副市长", ("宣读", "致辞"))}),
    ],
)
def test_reading_out_another_s_address(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
