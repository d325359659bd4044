"""Meeting phrasings: descriptions before a
name, a second meeting chaired by the same person, short organizer prefixes, joint hosts, adverbs
before the verb, two meetings under one verb, and a few missed readings.  Invented sentences; the
expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _hosts(record: dict) -> list[tuple[str, str | None]]:
    """(name, host name) of each meeting, in order."""
    return [(m["name"], (m["host"] or {}).get("name")) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，以“开放合作 共赢未来”为主题的2024中国（郑州）国际物流发展论坛在郑州国际会展中心举行。",
         [("2024中国（郑州）国际物流发展论坛", "2024-05-07", None)]),
        ("5月7日，区委统战部召开主题为“凝心聚力促发展”的党外知识分子座谈会。",
         [("党外知识分子座谈会", "2024-05-07", "区委统战部")]),
        ("5月7日，区司法局举办题为“民法典与百姓生活”的法治报告会。", [("法治报告会", "2024-05-07", "区司法局")]),
        ("5月7日，区妇联举办以“家庭教育促进法”为主题的专题讲座。", [("专题讲座", "2024-05-07", "区妇联")]),
        ("5月7日，区民政局召开聚焦基层治理的专题座谈会。", [("专题座谈会", "2024-05-07", "区民政局")]),
        ("5月7日，区总工会召开了一次别开生面的职工座谈会。", [("职工座谈会", "2024-05-07", "区总工会")]),
        # a quoted name that is the name, and an edition, stay
        ("5月7日，区委宣传部举办“青春献礼”第三届读书分享会。", [("“青春献礼”第三届读书分享会", "2024-05-07", "区委宣传部")]),
    ],
)
def test_a_description_before_the_name_is_no_part_of_it(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月2日下午，县委书记李志坚主持召开县委常委会会议。会后，李志坚又主持召开全县防汛工作视频调度会。",
         [("县委常委会会议", "李志坚"), ("全县防汛工作视频调度会", "李志坚")]),
        ("6月2日上午，区长赵燕主持召开区政府党组会议。随后，赵燕主持召开区政府第48次常务会议。",
         [("区政府党组会议", "赵燕"), ("区政府第48次常务会议", "赵燕")]),
        # a person who chaired the first and only attends the second hosts only the first
        ("6月2日上午，区长赵燕主持召开区政府党组会议。随后，区政府召开全区安全生产工作会议。",
         [("区政府党组会议", "赵燕"), ("全区安全生产工作会议", None)]),
    ],
)
def test_a_second_meeting_chaired_by_the_same_person(extract, body: str, expected: list) -> None:
    assert _hosts(extract(page(body, "2024-06-03"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月5日，区红十字会2024年第一期应急救护师资培训班在区急救中心开班。",
         [("2024年第一期应急救护师资培训班", "2024-05-05", "区红十字会")]),
        ("5月5日，市妇联2024年巾帼家政服务培训班在市妇女儿童活动中心开班。",
         [("2024年巾帼家政服务培训班", "2024-05-05", "市妇联")]),
        ("5月5日，区委第三轮巡察工作动员部署会在区委大礼堂召开。", [("第三轮巡察工作动员部署会", "2024-05-05", "区委")]),
        ("5月5日，北碚区委第三轮巡察工作动员部署会在区委大礼堂召开。",
         [("第三轮巡察工作动员部署会", "2024-05-05", "北碚区委")]),
        # a session named by its body keeps the body, which is its organizer (GUIDELINES §3 eighth round)
        ("5月5日，区政府第48次常务会议在区行政中心召开。", [("区政府第48次常务会议", "2024-05-05", "区政府")]),
    ],
)
def test_a_short_body_before_a_passive_name_is_its_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月5日，第二十届中国—东盟农业合作论坛在南宁开幕。本届论坛由农业农村部和广西壮族自治区人民政府共同主办。",
         [("第二十届中国—东盟农业合作论坛", "2024-05-05", "农业农村部、广西壮族自治区人民政府")]),
        # one body whose name holds 和 stays whole
        ("5月5日，全市就业创业论坛在市会展中心开幕。本届论坛由市人力资源和社会保障局共同主办。",
         [("全市就业创业论坛", "2024-05-05", "市人力资源和社会保障局")]),
    ],
)
def test_joint_hosts_of_a_forum_are_listed(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3月11日，大数据博览会在贵阳开幕。开幕当天，同期举办了大数据产业发展高峰论坛。",
         [("大数据产业发展高峰论坛", "2024-03-11", None)]),
        ("3月11日，县委召开全县安全生产工作会议。会议结束后，紧接着召开了全县安全生产电视电话会议。",
         [("全县安全生产工作会议", "2024-03-11", "县委"), ("全县安全生产电视电话会议", "2024-03-11", None)]),
        ("8月11日，县委召开全县民营经济发展大会。早在今年3月，县政府就召开了民营企业座谈会。",
         [("全县民营经济发展大会", "2024-08-11", "县委"), ("民营企业座谈会", None, "县政府")]),
    ],
)
def test_an_adverb_before_the_verb_is_no_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-08-12"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2月27日至28日，城步苗族自治县第十八届人民代表大会第四次会议和政协城步苗族自治县第十一届委员会第三次会议"
         "在县会议中心胜利召开。",
         [("城步苗族自治县第十八届人民代表大会第四次会议", "2024-02-27", None),
          # (a CPPCC committee's term session is organized by the committee without the term: GUIDELINES §3
          # thirty-first review round, after the 7 December audit; this case read null before)
          ("政协城步苗族自治县第十一届委员会第三次会议", "2024-02-27", "政协城步苗族自治县委员会")]),
        ("2月27日，大墩镇召开2023年度综合考评总结大会暨2024年工作部署会和党风廉政建设工作会议。",
         [("2023年度综合考评总结大会暨2024年工作部署会", "2024-02-27", "大墩镇"),
          ("党风廉政建设工作会议", "2024-02-27", "大墩镇")]),
        # a short head joined to another is one event
        ("2月27日，镇党委召开理论学习和座谈会。", [("理论学习和座谈会", "2024-02-27", "镇党委")]),
    ],
)
def test_two_full_names_under_one_verb_are_two_meetings(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-03-01"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("7月11日上午，县政协召开主席会议。当天下午，又召开了县政协常委会议。",
         [("主席会议", "2024-07-11", "县政协"), ("县政协常委会议", "2024-07-11", "县政协")]),
        ("7月11日，公司党委书记王强为全体党员讲了一堂题为《践行初心使命》的专题党课。",
         [("专题党课", "2024-07-11", None)]),
    ],
)
def test_a_missed_meeting_is_read(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-07-12"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月1日，怀柔区2024年度党建工作会议召开。参会人员包括各镇街党委书记、区直各部门党组织书记等共计160人。", (160, False)),
        # the members of a body are no attendance
        ("4月1日，怀柔区2024年度党建工作会议召开。全区现有党员人数包括在职党员等共计1600人。", (None, False)),
    ],
)
def test_those_attending_listed_then_counted(extract, body: str, expected: tuple) -> None:
    meeting = extract(page(body, "2024-04-02"))["meetings"][0]
    assert (meeting["attendee_count"], meeting["attendee_approx"]) == expected
