"""Speakers at seminars, forums and salons: a
title written once before a 、-list followed by a comma and another titled name (委员甲、乙，副主委丙等…发言),
sharing at a 中心组 or 座谈会 (围绕…谈体会、讲认识, 建言献策; not 希望大家…建言献策), a post the lexicon did not
know (总统计师, 驾驶员, 外卖骑手) or a descriptor before a name in a list of titled people, the body of
``来自X的`` as the organization, an invited guest's label (特邀专家、), 则 read into a name, 非公企业 read as a
name, and attendees' reactions to the event quoted to the press.  Invented sentences; the expected values
follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_HELD = "9月25日，市政协召开专题协商会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the title before the 、-list is each one's, and the comma group after it does not cut the list off (§4)
        (_HELD + "会上，市政协委员李文华、刘秀梅，民建市委会副主委赵刚等6人作发言。",
         {"李文华": ("市政协委员", ("发言",)), "刘秀梅": ("市政协委员", ("发言",)),
          "赵刚": ("民建市委会副主委", ("发言",))}),
        # an invited guest's label is no post, and it does not cut the list off either
        (_HELD + "全国政协委员刘晓军、陈平，特邀专家、中国环境科学研究院研究员胡明等在会上发言。",
         {"刘晓军": ("全国政协委员", ("发言",)), "陈平": ("全国政协委员", ("发言",)),
          "胡明": ("中国环境科学研究院研究员", ("发言",))}),
        # (near miss: people who only attend, listed the same way, stay out)
        (_HELD + "市委书记李文华、市长刘秀梅，民建市委会副主委赵刚等参加会议。", {}),
        # (near miss: 特邀 as the verb of inviting still leaves the title after it)
        (_HELD + "会议特邀上海交通大学教授胡明作报告。", {"胡明": ("上海交通大学教授", ("作报告",))}),
    ],
)
def test_titled_lists_joined_by_a_comma(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body, "2024-09-26"))) == expected


_STUDY = "3月14日，县委理论学习中心组召开学习会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_STUDY + "会上，县委副书记、县长郑海涛，县委常委、常务副县长刘建国围绕学习主题，结合分管工作谈体会、讲认识。",
         {"郑海涛": ("县委副书记、县长", ("发言",)), "刘建国": ("县委常委、常务副县长", ("发言",))}),
        (_STUDY + "会上，县长郑海涛围绕学习主题谈体会。", {"郑海涛": ("县长", ("发言",))}),
        (_STUDY + "业委会主任刘建也纷纷建言献策。", {"刘建": ("业委会主任", ("发言",))}),
        # (near miss: others asked to speak give the one asking no 发言)
        (_STUDY + "县长郑海涛要求各级干部积极建言献策。", {"郑海涛": ("县长", ("讲话",))}),
        (_STUDY + "县长郑海涛希望大家畅所欲言、建言献策。", {"郑海涛": ("县长", ("讲话",))}),
        (_STUDY + "县长郑海涛要求各级干部结合工作谈体会。", {"郑海涛": ("县长", ("讲话",))}),
    ],
)
def test_sharing_at_a_study_session(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body, "2024-03-15"))) == expected


_SEMINAR = "7月12日，省社科院举办经济形势分析会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a post the lexicon did not know: its holder keeps the title, the one before keeps the list's role
        (_SEMINAR + "省发改委副主任张海燕、省统计局总统计师程志刚作点评发言。",
         {"张海燕": ("省发改委副主任", ("点评", "发言")), "程志刚": ("省统计局总统计师", ("点评", "发言"))}),
        (_SEMINAR + "市第七中学教师王燕、外卖骑手刘小东分享了读书心得。",
         {"王燕": ("市第七中学教师", ("发言",)), "刘小东": ("外卖骑手", ("发言",))}),
        # an honour before the post is dropped (§4)
        (_SEMINAR + "会上，全国劳动模范、市公交集团驾驶员刘志勇发言。", {"刘志勇": ("市公交集团驾驶员", ("发言",))}),
        # a descriptor no lexicon lists still opens the next item of a list of titled people
        (_SEMINAR + "市第七中学教师王燕、农民工刘小东分享了读书心得。",
         {"王燕": ("市第七中学教师", ("发言",)), "刘小东": (None, ("发言",))}),
        # (near miss: a courtesy word after an occupation is no name)
        (_SEMINAR + "出租车司机师傅说，路上很堵。", {}),
        # 则 after a two-character name is the conjunction
        (_SEMINAR + "王强说，要加快建设。蒋红则表示，要放慢节奏。", {"王强": (None, ("讲话",)), "蒋红": (None, ("讲话",))}),
        # 非公企业 is no name
        (_SEMINAR + "会上，来自非公企业、社会组织的党组织书记代表先后发言。", {}),
    ],
)
def test_posts_and_names_in_lists(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body, "2024-07-15"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("下午的分论坛中，来自南方理工大学的青年教师杨帆、省师范大学的副教授罗丽萍等12位教师作交流发言。",
         {"杨帆": ("青年教师", "南方理工大学"), "罗丽萍": ("副教授", "省师范大学")}),
        ("来自西南大学的党委书记、校长王芳作报告。", {"王芳": ("党委书记、校长", "西南大学")}),
        # (near miss: a place or a group one comes from is no organization)
        ("来自全省各地的党支部书记王芳发言。", {"王芳": ("党支部书记", None)}),
    ],
)
def test_the_body_one_comes_from(extract_with_model, body: str, expected: dict) -> None:
    record = extract_with_model(page("7月12日，省社科院举办研讨会。" + body, "2024-07-15"))
    assert {s["name"]: (s["title"], s["organization"]) for s in record["speakers"]} == expected


_SALON = "7月12日，南湖商会举办企业家沙龙。30余位企业家参加活动。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what the event meant to one who took part, told to the press: no address (§4)
        (_SALON + "南湖光电科技有限公司总经理林海表示，此次沙龙让他对新质生产力有了更深的认识。", {}),
        (_SALON + "参加活动的南湖光电科技有限公司总经理林海表示，要抓住机遇。", {}),
        (_SALON + "参会企业家林海说：“收获很大。”", {}),
        # (near miss: one speaking of the event to all, or with a speech verb, still speaks)
        (_SALON + "会长林海表示，此次沙龙的举办让我们看到了合作前景。", {"林海": ("会长", ("讲话",))}),
        (_SALON + "会长林海指出，此次沙龙让企业家收获很大。", {"林海": ("会长", ("讲话",))}),
    ],
)
def test_attendees_reactions(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body, "2024-07-15"))) == expected
