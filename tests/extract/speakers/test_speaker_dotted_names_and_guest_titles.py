"""Speaker names and titles at academic, business and international meetings: a dotted foreign name running on into how the person took part (通过视频, 视频, 发来视频,
线上), a model name cut before a word its last character makes with 作 (宋建新作了表态发言: 新作), a
foreign body's resident representative read as a representative label (驻华代表), honours in a title
chain (国家杰出青年科学基金获得者, 全国优秀医生, 享受国务院政府特殊津贴专家), the abbreviation 博导, a guest
label glued to the post (嘉宾蓝图公司董事长), and a rank after a name before 担任.  Negative cases are near
misses that must not change.  Invented sentences; the expected values follow corpus/GUIDELINES.md §4."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

MEETING = "5月7日，国际合作论坛在市会议中心举行。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # §4 name: the personal name only; the manner phrase after it is no part of it
        ("美国加州大学教授约翰·史密斯通过视频作主旨演讲。", {"约翰·史密斯": ("美国加州大学教授", ("讲话",))}),
        ("联合国副秘书长阿米娜·穆罕默德视频致辞。", {"阿米娜·穆罕默德": ("联合国副秘书长", ("致辞",))}),
        ("国际奥委会主席托马斯·巴赫发来视频致辞。", {"托马斯·巴赫": ("国际奥委会主席", ("致辞",))}),
        ("美国驻华大使馆公使衔参赞约翰·史密斯线上参会并发言。", {"约翰·史密斯": ("美国驻华大使馆公使衔参赞", ("发言",))}),
        ("约翰·史密斯通过视频致辞。", {"约翰·史密斯": (None, ("致辞",))}),
        # a model name of dotted parts with the verb read into it
        ("买买提·吐尔逊作交流发言。", {"买买提·吐尔逊": (None, ("发言",))}),
        # (unchanged: a dotted name ended by a stop word, a later mention by its last part)
        ("英国剑桥大学教授大卫·威廉姆斯作题为《量子计算》的报告。", {"大卫·威廉姆斯": ("英国剑桥大学教授", ("作报告",))}),
        ("德国巴斯夫公司全球副总裁托马斯·韦伯在对话环节中表示，中国市场潜力巨大。",
         {"托马斯·韦伯": ("德国巴斯夫公司全球副总裁", ("讲话",))}),
    ],
)
def test_a_dotted_name_ends_before_how_the_person_took_part(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a three-character name whose last character makes a word with 作 (新作, 力作, 佳作)
        ("任命宋建新同志为市国资委党委书记、主任。宋建新作了表态发言。", {"宋建新": (None, ("发言",))}),
        ("张建力作交流发言。", {"张建力": (None, ("发言",))}),
        ("刘新佳作典型发言。", {"刘新佳": (None, ("发言",))}),
        # (negative: a two-character name before 作报告; a function word between the name and 作)
        ("王佳作报告。", {"王佳": (None, ("作报告",))}),
        ("王杰作报告。", {"王杰": (None, ("作报告",))}),
        ("县委书记李明主持会议，李明并作总结讲话。", {"李明": ("县委书记", ("主持", "讲话"))}),
        ("李俊杰作了讲话。", {"李俊杰": (None, ("讲话",))}),
    ],
)
def test_a_name_cut_before_a_word_with_zuo(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(MEETING + body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a resident representative of a foreign body holds an office (like 常驻联合国代表), no label
        ("联合国开发计划署驻华代表白雅婷致辞。", {"白雅婷": ("联合国开发计划署驻华代表", ("致辞",))}),
        ("世界卫生组织驻华代表处代表马丁·泰勒致辞。", {"马丁·泰勒": ("世界卫生组织驻华代表处代表", ("致辞",))}),
        # (negative: representative labels stay no title)
        ("职工代表张明发言。", {"张明": (None, ("发言",))}),
        ("客户代表赵明辉致辞。", {"赵明辉": (None, ("致辞",))}),
        # honours in a chain are no titles, and the posts around them stay (§4)
        ("广州医科大学副校长、博导、国家杰出青年科学基金获得者黄凯教授作主旨报告。",
         {"黄凯": ("广州医科大学副校长、博导、教授", ("作报告",))}),
        ("全国优秀医生、呼吸科主任医师王丽萍作事迹报告。", {"王丽萍": ("呼吸科主任医师", ("作报告",))}),
        ("省优秀法官、县人民法院刑庭庭长王丽萍发言。", {"王丽萍": ("县人民法院刑庭庭长", ("发言",))}),
        ("享受国务院政府特殊津贴专家、县人民医院院长黄凯作报告。", {"黄凯": ("县人民医院院长", ("作报告",))}),
        ("广州医科大学副校长、博导黄凯作报告。", {"黄凯": ("广州医科大学副校长、博导", ("作报告",))}),
        # (negative: a post that holds the word 优秀 in a body's name is no honour)
        ("全国优秀医生评选委员会主任王丽萍致辞。", {"王丽萍": ("全国优秀医生评选委员会主任", ("致辞",))}),
        # a guest label glued to the post is no part of it
        ("嘉宾蓝图公司董事长魏东发言。", {"魏东": ("蓝图公司董事长", ("发言",))}),
        ("特邀嘉宾、蓝图公司董事长魏东发言。", {"魏东": ("蓝图公司董事长", ("发言",))}),
        # a rank after the second name of a shared title, before 担任
        ("特聘专家赵一平教授、陈华研究员担任评委并进行点评。",
         {"赵一平": ("特聘专家、教授", ("点评",)), "陈华": ("特聘专家、研究员", ("点评",))}),
    ],
)
def test_titles_of_guests_experts_and_envoys(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(MEETING + body))) == expected
