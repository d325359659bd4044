"""`这里` or `在此` pointing back to a dining hall told as the scene (`某大学第二学生餐厅内张灯结彩，…团拜会在这里举行`,
`职工食堂里座无虚席`): the hall is the venue, as a restaurant or a hotel's hall told so is, not the dateline's city
(GUIDELINES §3 location, thirty-ninth review round, 7 December 2026, ninth stop, from a recall read of newspaper
articles; thirty-first and thirty-eighth rounds for the scene). Invented sentences; near misses, a hall named as a place
of no scene and a meeting with its own venue, keep their readings.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, venues


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the failing shape re-invented: a school's dining hall told as the scene, 这里 in the same sentence
        ("5月6日晚上，江城师范大学第二学生餐厅内张灯结彩，欢声笑语，“全市留校学生新春团拜会”在这里举行。",
         [("全市留校学生新春团拜会", "江城师范大学第二学生餐厅")]),
        # paraphrases: a factory's canteen with 里, 在此 in the sentence after the scene
        ("5月6日，机械厂职工食堂里座无虚席，厂工会在这里召开职工代表大会。", [("职工代表大会", "机械厂职工食堂")]),
        ("5月6日晚，县一中学生餐厅灯火辉煌。全校师生欢聚一堂，在此举行迎新晚会。", [("迎新晚会", "县一中学生餐厅")]),
        # near miss: the meeting names its own venue after a dining hall told as the scene
        ("5月6日，机械厂职工食堂里座无虚席，厂工会在厂礼堂召开职工代表大会。", [("职工代表大会", "厂礼堂")]),
    ],
)
def test_here_points_to_dining_hall_scene(extract_with_model, body: str, expected: list) -> None:
    assert venues(extract_with_model(page(body))) == expected
