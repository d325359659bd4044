"""Articles with several events: a count stated for one of several listed sub-forums, the chair of the
sitting told within a later meeting's account who chaired the one before too, a department after an occupation
word read as no name, and a clause opening on a preposition's object in 们 that lets the subject go on.  Invented
sentences; the expected values follow corpus/GUIDELINES.md §3 and §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _counts(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


def _hosts(record: dict) -> list[tuple[str, str | None]]:
    return [(m["name"], (m["host"] or {}).get("name")) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月3日，峰会开幕式举行。当天下午，峰会还举办了“智能制造”“绿色能源”“数字金融”三场分论坛，150余名企业家参加了绿色能源分论坛。",
         [("峰会开幕式", None), ("“智能制造”分论坛", None), ("“绿色能源”分论坛", 150), ("“数字金融”分论坛", None)]),
        ("9月3日，大会还举办了乡村旅游、智慧文旅两场分论坛，其中智慧文旅分论坛吸引了120名嘉宾参加。",
         [("乡村旅游分论坛", None), ("智慧文旅分论坛", 120)]),
        # no part named after the list: the count stays with each, as before
        ("9月3日，大会还举办了乡村旅游、智慧文旅两场分论坛，共300余人参加。",
         [("乡村旅游分论坛", 300), ("智慧文旅分论坛", 300)]),
    ],
)
def test_a_count_of_one_listed_part_is_that_part_only(extract, body: str, expected: list) -> None:
    assert _counts(extract(page(body, "2024-09-04"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月25日上午，县人大常委会第十二次会议在县行政中心召开。县人大常委会主任吴振东主持会议。会后，又召开了县人大常委会"
         "第三十次主任会议，研究下一阶段工作。会议由吴振东主持，副主任李红参加会议。",
         [("县人大常委会第十二次会议", "吴振东"), ("县人大常委会第三十次主任会议", "吴振东")]),
        ("4月25日上午，县委召开常委会会议，县委书记何立新主持会议。会后，又召开了县委财经委员会会议。何立新主持会议。",
         [("常委会会议", "何立新"), ("县委财经委员会会议", "何立新")]),
        # another chair of the later sitting, as before
        ("4月25日上午，县委召开常委会会议，县委书记何立新主持会议。会后，又召开了县委财经委员会会议。会议由县长周敏主持。",
         [("常委会会议", "何立新"), ("县委财经委员会会议", "周敏")]),
        # the chair told once, in the main meeting's sentence: the later one has none
        ("4月25日上午，县委召开常委会会议，县委书记何立新主持会议。会后，又召开了县委财经委员会会议，研究预算工作。",
         [("常委会会议", "何立新"), ("县委财经委员会会议", None)]),
    ],
)
def test_the_chair_of_a_later_sitting_may_have_chaired_the_one_before(extract, body: str, expected: list) -> None:
    assert _hosts(extract(page(body, "2024-04-26"))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("9月13日，培训班结业式在行政楼举行。学员代表、机电工程系教师许丽娟发言。", "许丽娟", "机电工程系教师"),
        ("9月13日，培训班结业式在行政楼举行。水电工程公司经理韩志国发言。", "韩志国", "水电工程公司经理"),
    ],
)
def test_an_occupation_word_inside_engineering_opens_no_name(extract, body: str, name: str, title: str) -> None:
    people = speakers(extract(page(body, "2024-09-14")))
    assert list(people) == [name]
    assert people[name] == (title, ("发言",))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("10月11日，社区举行敬老茶话会。街道党工委书记严立平致辞，向老人们致以节日问候，并为10位“孝老模范”颁发证书。",
         {"严立平": ("街道党工委书记", ("致辞", "颁奖"))}),
        ("5月6日，学校举行开学典礼。校长丁怀远致辞，为同学们送上祝福，并为新生代表颁发校徽。",
         {"丁怀远": ("校长", ("致辞", "颁奖"))}),
        # a clause whose own subject is a plural in 们: the later act is theirs, not the one named before
        ("10月11日，社区举行敬老茶话会。街道党工委书记严立平主持，党员们交流了心得，并为老人颁发证书。",
         {"严立平": ("街道党工委书记", ("主持",))}),
    ],
)
def test_a_prepositions_object_in_men_lets_the_subject_go_on(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-10-12"))) == expected
