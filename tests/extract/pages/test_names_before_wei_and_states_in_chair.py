"""Phrasings of invented and newspaper-like articles: a three-character name before
为 opening whom the act is for (回良成为获奖者颁奖) cut to two, a state holding the chair or hosting (轮值主席国荷兰首相)
read as a name, a manner adverb after a two-character name (生动作报告, 简要讲了) read into it, counts before a bare
获表扬, and a quoted group closed by 等荣誉称号 cut to 等.  All sentences are invented; the expected values follow
corpus/GUIDELINES.md §4 and §5, and the near misses must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 为 opens whom the act is for: the character before it ends a name of three
        ("3月6日，首届慈善奖表彰大会在北京举行。国务院副总理张良成为获奖者颁奖。",
         {"张良成": ("国务院副总理", ("颁奖",))}),
        ("3月6日，全省表彰大会召开。副省长王建华为获奖者颁发证书。", {"王建华": ("副省长", ("颁奖",))}),
        # near misses: an adverb before 为, 成为 the verb (become)
        ("3月6日，全省表彰大会召开。省委书记李明还为获奖代表颁奖并讲话。",
         {"李明": ("省委书记", ("颁奖", "讲话"))}),
        ("3月6日，全省表彰大会召开。全国劳模张华成为首位获奖者。省长王强主持会议。", {"王强": ("省长", ("主持",))}),
        ("3月6日，全省表彰大会召开。省长王强成了全场关注的焦点。省长王强主持会议。", {"王强": ("省长", ("主持",))}),
        ("3月6日，培训班开班。市委书记李明现场为学员授课。", {"李明": ("市委书记", ("作报告",))}),
    ],
)
def test_a_name_before_wei_of_whom_the_act_is_for(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 轮值主席国, 东道国: the state that holds the chair or hosts is no person; the chain is the title
        ("3月6日，欧盟峰会在布鲁塞尔召开。轮值主席国荷兰首相吕特主持会议并讲话。",
         {"吕特": ("轮值主席国荷兰首相", ("主持", "讲话"))}),
        ("3月6日，峰会开幕。东道国总统德西蒙致辞。", {"德西蒙": ("东道国总统", ("致辞",))}),
        # near miss: a name 国强 after a plain 主席
        ("3月6日，协会召开年会。协会主席国强主持会议。", {"国强": ("协会主席", ("主持",))}),
    ],
)
def test_a_state_in_the_chair_is_no_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a manner adverb between the name and its act ends the name and keeps the act
        ("3月6日，公司召开表彰大会。会上，党委书记王强生动作报告。", {"王强": ("党委书记", ("作报告",))}),
        ("3月6日，公司召开表彰大会。会上，党委书记王强简要讲了一堂党课。", {"王强": ("党委书记", ("讲党课",))}),
        ("3月6日，公司召开表彰大会。职工代表刘春梅深情讲述了自己的成长经历。", {"刘春梅": (None, ("发言",))}),
        ("3月6日，公司召开表彰大会。会上，劳模代表刘春梅动情地讲述了自己扎根一线的故事。",
         {"刘春梅": (None, ("发言",))}),
        # near miss: a three-character name before a plain act
        ("3月6日，公司召开表彰大会。会上，党委书记王深入主持会议。", {"王深入": ("党委书记", ("主持",))}),
    ],
)
def test_a_manner_adverb_after_the_name(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # counts joined by 及/和, then a bare 获表扬/获表彰: one record per honour (§5)
        ("3月6日，市里召开表彰大会，42位模範勞工及8位特殊貢獻勞工獲表揚。",
         [("模范劳工", 42, "位", "person"), ("特殊贡献劳工", 8, "位", "person")]),
        ("3月6日，市里召开表彰大会，42位模范劳工和8位特殊贡献劳工获表扬。",
         [("模范劳工", 42, "位", "person"), ("特殊贡献劳工", 8, "位", "person")]),
        ("3月6日，市里召开表彰大会，42名劳动模范及8名先进工作者受到表彰。",
         [("劳动模范", 42, "名", "person"), ("先进工作者", 8, "名", "person")]),
        # a quoted group closed by 等 and its word: the group as written (§5), like 等奖项
        ("3月6日，市里召开表彰大会，授予50名同志“优秀教师”“师德标兵”等荣誉称号。",
         [("优秀教师、师德标兵等荣誉称号", 50, "名", "person")]),
        ("3月6日，市里召开表彰大会，50名同志获得“优秀教师”、“师德标兵”等称号。",
         [("优秀教师、师德标兵等称号", 50, "名", "person")]),
        ("3月6日，市里召开表彰大会，授予50名同志“优秀教师”“师德标兵”等奖项。",
         [("优秀教师、师德标兵等奖项", 50, "名", "person")]),
        # near misses: a single quoted honour drops its 称号
        ("3月6日，市里召开表彰大会，授予50名同志“优秀教师”荣誉称号。", [("优秀教师", 50, "名", "person")]),
        ("3月6日，市里召开表彰大会，授予王某等20名同志“优秀教师”称号。", [("优秀教师", 20, "名", "person")]),
    ],
)
def test_counts_before_a_bare_verb_and_groups_closed_by_deng(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
