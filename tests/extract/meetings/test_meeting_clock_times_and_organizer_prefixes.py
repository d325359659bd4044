"""Meeting phrasings of clock times, organizer prefixes, venues holding 和 and receiving visitors: a clock time glued to the organizer, an
organizer prefix left in the name, venues whose names hold 和, 会见到访, names ending in a year, the Macau
开班礼, joint hosts and generic headline words.  Invented sentences; the expected values follow
corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page


def _where(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, location, organizer) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县招商局5月8日晚7时召开招商引资工作推进会。", [("招商引资工作推进会", "2024-05-08", "县招商局")]),
        ("华能某电厂5月8日14时召开安全生产月启动会。", [("安全生产月启动会", "2024-05-08", "华能某电厂")]),
        ("市政府8日9时召开第40次常务会议，市长张强主持。", [("第40次常务会议", "2024-05-08", "市政府")]),
        ("区委5月8日19:30召开防汛专题会议。", [("防汛专题会议", "2024-05-08", "区委")]),
        # already right: the time after a time-of-day word, and after 于
        ("县政府5月8日上午9时30分召开常务会议。", [("常务会议", "2024-05-08", "县政府")]),
        ("县委于5月8日14时召开常委会会议。", [("常委会会议", "2024-05-08", "县委")]),
    ],
)
def test_a_clock_time_is_no_part_of_the_organizer(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-05-09"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (a standing body's term session keeps the body in its name and the body holds it: GUIDELINES §3 eighth round)
        ("全国妇联十三届三次执委会议5月8日在京召开。", [("全国妇联十三届三次执委会议", "北京", "全国妇联")]),
        ("腾远科技2024年年会5月8日在公司总部举行。", [("2024年年会", "公司总部", "腾远科技")]),
        ("吉利汽车第500万辆整车下线仪式5月8日在宁波杭州湾基地举行。",
         [("第500万辆整车下线仪式", "宁波杭州湾基地", "吉利汽车")]),
        ("晋城市第二届文旅发展大会5月8日在晋城大剧院举行。", [("第二届文旅发展大会", "晋城大剧院", "晋城市")]),
        ("盐城市2024年招商推介会5月8日在上海举行。", [("2024年招商推介会", "上海", "盐城市")]),
        # a session named by its body, a congress named by its party, an event named before the year: whole
        # (the CPPCC's plenary numbered by term and round is organized by it, GUIDELINES §3 eighth round: 县政协十届四次会议)
        ("全国政协八届五次会议5月8日在京开幕。", [("全国政协八届五次会议", "北京", "全国政协")]),
        ("中国共产党第十五次全国代表大会5月8日在京召开。", [("中国共产党第十五次全国代表大会", "北京", None)]),
        ("博鳌亚洲论坛2024年年会5月8日在海南博鳌开幕。", [("博鳌亚洲论坛2024年年会", "海南博鳌", None)]),
        ("全国智慧城市第三届建设论坛5月8日在北京举行。", [("全国智慧城市第三届建设论坛", "北京", None)]),
    ],
)
def test_an_organizer_prefix_before_an_edition_or_year(extract, body: str, expected: list) -> None:
    assert _where(extract(page(body, "2024-05-09"))) == expected


@pytest.mark.parametrize(
    ("venue", "expected"),
    [
        ("呼和浩特", "呼和浩特"),
        ("呼和浩特市", "呼和浩特市"),
        ("和平饭店", "和平饭店"),
        ("通和大厦", "通和大厦"),
        ("和谐楼会议室", "和谐楼会议室"),
    ],
)
def test_a_venue_whose_name_holds_he(extract, venue: str, expected: str) -> None:
    record = extract(page(f"5月8日，全区经济工作会议在{venue}召开。", "2024-05-09"))
    assert [m["location"] for m in record["meetings"]] == [expected]


def test_the_other_party_after_a_venue_still_goes(extract) -> None:
    record = extract(page("5月8日，市政府在雷克雅未克与当地企业举行签约仪式。", "2024-05-09"))
    assert [m["location"] for m in record["meetings"]] == ["雷克雅未克"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月11日，市委书记张强在市委会见到访的华为公司副总裁李明一行。", [("会见", "市委", None)]),
        # seeing something is no meeting
        ("游客在景区会见到各种珍稀动物。", []),
    ],
)
def test_receiving_visitors(extract, body: str, expected: list) -> None:
    assert _where(extract(page(body, "2024-06-12"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("政务司司长陈国基今日出席「青年发展论坛2024」并致辞。", [("青年发展论坛2024", "2024-06-12", None)]),
        ("6月11日，“数字经济峰会2024”在杭州举行。省长王浩出席并致辞。", [("数字经济峰会2024", "2024-06-11", None)]),
        ("行政公职局今日举行公务人员领导力培训课程开班礼。行政法务司司长张永春出席并致辞。",
         [("公务人员领导力培训课程开班礼", "2024-06-12", "行政公职局")]),
    ],
)
def test_names_ending_in_a_year_and_the_macau_opening(extract, body: str, expected: list) -> None:
    assert held(extract(page(body, "2024-06-12"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5月8日，由市金融办和人民银行某某市分行共同主办的金融服务对接会在市会展中心举行。",
         [("金融服务对接会", "2024-05-08", "市金融办、人民银行某某市分行")]),
        ("厂区举行安全生产月启动仪式\n2024-05-09 来源：某网\n5月8日，集团安全生产月启动仪式在厂区广场举行。\n",
         [("安全生产月启动仪式", "2024-05-08", None)]),
        ("高校举行年度人物颁奖典礼\n2024-05-09 来源：某网\n5月8日，学校2023年度人物颁奖典礼在学校礼堂举行。\n",
         [("2023年度人物颁奖典礼", "2024-05-08", None)]),
        # a named body in the headline still holds it, also when the body calls it by a generic word
        ("西北师范大学举行2024届毕业典礼\n2024-06-14 来源：某网\n6月13日上午，学校2024届毕业典礼在体育馆隆重举行。\n",
         [("2024届毕业典礼", "2024-06-13", "西北师范大学")]),
        ("公司工会召开职工代表大会\n2024-10-15 来源：某网\n10月14日，公司第三届职工代表大会第二次会议在职工之家召开。\n",
         [("第三届职工代表大会第二次会议", "2024-10-14", "公司工会")]),
        ("市住建局召开2024年建筑安全工作会议\n2024-05-09 来源：某网\n5月8日，2024年建筑安全工作会议在市行政中心召开。\n",
         [("2024年建筑安全工作会议", "2024-05-08", "市住建局")]),
    ],
)
def test_joint_hosts_and_generic_headline_words(extract, text: str, expected: list) -> None:
    body = text if "\n" in text else page(text, "2024-05-09")
    assert held(extract(body)) == expected
