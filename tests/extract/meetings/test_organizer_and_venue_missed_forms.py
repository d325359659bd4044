"""Organizers and venues of invented meeting reports that were missed: 在京 after an active
subject, venues before verbs other than 召开/举行, joint and separately stated organizers, helpers
(承办) and generic subjects.  Invented sentences; the expected values follow corpus/GUIDELINES.md §3."""

from __future__ import annotations

import pytest

from tests.extract.views import page


def placed(record: dict) -> list[tuple[str, str | None, str | None]]:
    """(name, location, organizer) of each meeting, in order."""
    return [(m["name"], m["location"], m["organizer"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("国务院新闻办公室9月2日上午在京举行新闻发布会。", [("新闻发布会", "北京", "国务院新闻办公室")]),
        ("省商务厅在京举办2024年投资环境说明会。", [("2024年投资环境说明会", "北京", "省商务厅")]),
        ("市委统战部在京召开在京乡贤座谈会。", [("在京乡贤座谈会", "北京", "市委统战部")]),
        # the passive form, read before
        ("科技工作者座谈会4月11日在京召开。", [("科技工作者座谈会", "北京", None)]),
    ],
)
def test_zai_jing_after_an_active_subject(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月10日，区委书记林峰在区委党校以《坚定理想信念》为题讲授专题党课。", [("专题党课", "区委党校", None)]),
        ("4月10日，局党组书记王军在局机关七楼会议室为全体党员讲授主题党课。", [("党课", "局机关七楼会议室", None)]),
        ("4月10日，县委副书记周红深入石桥镇调研乡村振兴工作，并在镇政府召开座谈会。", [("座谈会", "镇政府", None)]),
        ("4月10日，公司第二党支部组织党员前往八路军太行纪念馆开展主题党日活动。",
         [("主题党日活动", "八路军太行纪念馆", "公司第二党支部")]),
        ("4月10日，全市安全生产电视电话会议召开。会议在市应急指挥中心设主会场，各县（区）设分会场。",
         [("全市安全生产电视电话会议", "市应急指挥中心", None)]),
        # a party lecture with no venue stated: none is made up
        ("4月10日，区委书记林峰以《坚定理想信念》为题讲授专题党课。", [("专题党课", None, None)]),
    ],
)
def test_a_venue_before_other_verbs(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月10日，2024粤港青年发展论坛在深圳举行。论坛由共青团广东省委、香港青年联会联合主办，深圳市青年联合会承办。",
         [("2024粤港青年发展论坛", "深圳", "共青团广东省委、香港青年联会")]),
        ("4月10日，全国文物工作会议在京召开。会议由文化和旅游部、国家文物局联合主办。",
         [("全国文物工作会议", "北京", "文化和旅游部、国家文物局")]),
        ("4月10日，启动仪式在杭州举行。活动由教育部、浙江省人民政府共同主办。",
         [("启动仪式", "杭州", "教育部、浙江省人民政府")]),
        ("4月10日，2024全国青年创新论坛在西安举行。本次论坛的主办单位为共青团中央、教育部，承办单位为西安交通大学。",
         [("2024全国青年创新论坛", "西安", "共青团中央、教育部")]),
        ("4月10日，第五届农民丰收节征文颁奖典礼在京举行。中国农业出版社主办本次活动。",
         [("第五届农民丰收节征文颁奖典礼", "北京", "中国农业出版社")]),
    ],
)
def test_organizers_stated_after_the_meeting(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a helper alone is not the organizer
        ("4月10日，由市农科院承办的2024乡村振兴产业论坛在市会议中心举行。",
         [("2024乡村振兴产业论坛", "市会议中心", None)]),
        ("4月10日，由我校马克思主义学院承办的全国高校思政课教学研讨会在我校召开。本次研讨会主办方为教育部社会科学司。",
         # (在我校: the reporting school by a pronoun, its name not written, no venue named; GUIDELINES §3 location)
         [("全国高校思政课教学研讨会", None, "教育部社会科学司")]),
        # who hosts, when the helper is named as well (read before)
        ("4月10日，由郑州市人民政府主办、郑州市工业和信息化局承办的智能制造大会在郑州举行。",
         [("智能制造大会", "郑州", "郑州市人民政府")]),
        # 活动 after another activity named in between is that activity, not the meeting
        ("2月4日，新春团拜会在社区文化广场举行。会上，社区启动了志愿服务活动。该活动由区文明办主办。",
         [("新春团拜会", "社区文化广场", None)]),
        # a generic subject names no organizer
        ("上周五，集团公司召开三季度经营分析会。", [("三季度经营分析会", None, None)]),
    ],
)
def test_helpers_and_generic_subjects_are_no_organizers(extract, body: str, expected: list) -> None:
    assert placed(extract(page(body))) == expected
