"""Speakers in lists and on someone's behalf (GUIDELINES §4), on invented articles.

- A report or address made on another's behalf: the one who delegates, named with a post between 受 and the name
  (县委副书记刘勇受县委书记王平委托讲话), took the delegate's role; only the maker of the report or address acts
  (§4: people merely mentioned are no speakers).  Two verbs before a title (听取和审议市长陈志强…) left 和审议 in it.
- A name right before the preposition 为 in a list of presenters (校领导何平、陈卓为毕业生代表颁发学位证书) was read
  陈卓为, the recipients' noun 毕业生 its title; a real name ending in 为 before the preposition 为 (李有为为获奖者颁奖)
  lost its last character.  The name is 陈卓 / 李有为, the role 颁奖 (§4 为…颁奖).
- Two names joined by 和/与/、 after an honour (全国劳动模范施永和康宁作典型发言): the model misses the second (康宁,
  also a word), and the rules read no untitled name after a joint.  Honours are no titles (§4), so each has none.

The sentences are invented.  The names without a post before them are read by the shipped NER model in the
product, so rows that need it run with it; the joined-name rows run with the rules alone (the model misses them).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the one who delegates, with a post, takes no part; the delegate acts
        ("5月6日，县委召开全会。县委副书记刘勇受县委书记王平委托讲话。",
         {"刘勇": ("县委副书记", ("讲话",))}),
        ("5月6日，县委召开全会。县委副书记刘勇受县委书记王平同志的委托作工作报告。",
         {"刘勇": ("县委副书记", ("作报告",))}),
        ("5月6日，县委召开全会。受县委书记王平委托，县委副书记刘勇主持会议并讲话。",
         {"刘勇": ("县委副书记", ("主持", "讲话"))}),
        # the maker of a report on a body's behalf keeps 作报告 (already read; kept)
        ("5月6日，江城市第十七届人民代表大会第三次会议开幕。会议听取了市长陈志强受市政府委托作的关于2024年政府工作的报告。",
         {"陈志强": ("市长", ("作报告",))}),
        ("5月6日，江城市人民代表大会第三次会议开幕。受市人民政府委托，市长陈志强向大会作政府工作报告。",
         {"陈志强": ("市长", ("作报告",))}),
        ("5月6日，中共江城市委召开全体会议。受市委常委会委托，李建国作工作报告。",
         {"李建国": (None, ("作报告",))}),
        ("5月6日，江城市人民代表大会第三次会议举行全体会议。王秀英代表市人大常委会作工作报告。",
         {"王秀英": (None, ("作报告",))}),
        # two verbs of hearing before the title are no part of it
        ("5月6日，江城市人民代表大会第三次会议开幕。会议听取和审议市长陈志强代表市人民政府所作的政府工作报告。",
         {"陈志强": ("市长", ("作报告",))}),
        ("5月6日，江城市人民代表大会第三次会议开幕。大会听取并审议了副市长孙丽所作的计划执行情况的报告。",
         {"孙丽": ("副市长", ("作报告",))}),
        # NEGATIVE: a report heard with no name gives nobody; the one named earlier who delegates is a speaker of his own act
        ("5月6日，江城市第十七届人民代表大会第三次会议开幕。会议审议了受市政府委托作的政府工作报告。", {}),
        ("5月6日，县委召开全会。县委书记王平主持会议。受王平委托，县委副书记刘勇作工作报告。",
         {"王平": ("县委书记", ("主持",)), "刘勇": ("县委副书记", ("作报告",))}),
        ("5月6日，县委召开全会。县委书记王平受到表彰，他在会上讲话。",
         {"王平": ("县委书记", ("讲话",))}),
    ],
)
def test_on_behalf(extract_with_model, body, expected):
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，江城大学举行2024届毕业典礼。校领导何平、陈卓为毕业生代表颁发学位证书。",
         {"何平": (None, ("颁奖",)), "陈卓": (None, ("颁奖",))}),
        ("5月6日，县里召开表彰大会。会上，何平、陈卓为获奖教师代表颁发荣誉证书。",
         {"何平": (None, ("颁奖",)), "陈卓": (None, ("颁奖",))}),
        ("5月6日，县里召开表彰大会。县领导王强、李卫为先进个人代表颁奖。",
         {"王强": (None, ("颁奖",)), "李卫": (None, ("颁奖",))}),
        ("5月6日，县里召开表彰大会。县领导王强、李卫为获奖者颁奖。",
         {"王强": (None, ("颁奖",)), "李卫": (None, ("颁奖",))}),
        # a real name ending in 为 before the preposition 为
        ("5月6日，县里召开表彰大会。县委书记李有为为获奖代表颁奖。",
         {"李有为": ("县委书记", ("颁奖",))}),
        ("5月6日，县里召开表彰大会。县长王强、县委书记李有为为获奖者颁奖。",
         {"王强": ("县长", ("颁奖",)), "李有为": ("县委书记", ("颁奖",))}),
        # NEGATIVE: names ending in 为 before their own act, 以…为 phrasing, a post after a real name
        ("5月6日，县里召开工作会议。县委书记张为主持会议。", {"张为": ("县委书记", ("主持",))}),
        ("5月6日，县里召开工作会议。县委书记李有为作报告。", {"李有为": ("县委书记", ("作报告",))}),
        ("5月6日，县里召开工作会议。县委书记王强、县长张为出席并讲话。",
         {"王强": ("县委书记", ("讲话",)), "张为": ("县长", ("讲话",))}),
        ("5月6日，县里召开工作会议。县长刘洋主持，会议以县委书记王强为组长成立领导小组。",
         {"刘洋": ("县长", ("主持",))}),
        ("5月6日，县里召开表彰大会。王强、李有为代表县委讲话。",
         {"王强": (None, ("讲话",)), "李有为": (None, ("讲话",))}),
        ("5月6日，江城大学举行2024届毕业典礼。校长何平、副校长陈卓为毕业生颁发毕业证书。",
         {"何平": ("校长", ("颁奖",)), "陈卓": ("副校长", ("颁奖",))}),
    ],
)
def test_presenters_before_wei(extract_with_model, body, expected):
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，全市劳动模范表彰大会召开。全国劳动模范施永和康宁作典型发言。",
         {"施永": (None, ("发言",)), "康宁": (None, ("发言",))}),
        ("5月6日，全市劳动模范表彰大会召开。省劳动模范施永与康宁作交流发言。",
         {"施永": (None, ("发言",)), "康宁": (None, ("发言",))}),
        ("5月6日，全市劳动模范表彰大会召开。全国劳动模范施永、康宁作典型发言。",
         {"施永": (None, ("发言",)), "康宁": (None, ("发言",))}),
        ("5月6日，全市劳动模范表彰大会召开。全国劳动模范施永和康宁先后发言。",
         {"施永": (None, ("发言",)), "康宁": (None, ("发言",))}),
        ("5月6日，全县教育工作会议召开。优秀教师代表李明和张丽作交流发言。",
         {"李明": (None, ("发言",)), "张丽": (None, ("发言",))}),
        # a title before a pair closed by 分别 is each one's (§4, eleventh round)
        ("5月6日，全县工作会议召开。副县长李明和王芳分别讲话。",
         {"李明": ("副县长", ("讲话",)), "王芳": ("副县长", ("讲话",))}),
        # NEGATIVE: names holding 和, a pair whose second has a title, a group after the joint
        ("5月6日，全县工作会议召开。县委书记王和平讲话。", {"王和平": ("县委书记", ("讲话",))}),
        ("5月6日，全县工作会议召开。县长张和主持会议。", {"张和": ("县长", ("主持",))}),
        ("5月6日，全县工作会议召开。县长张和主持会议，县委书记王和平讲话。",
         {"张和": ("县长", ("主持",)), "王和平": ("县委书记", ("讲话",))}),
        ("5月6日，全县工作会议召开。县委书记刘强和县长王和平出席并讲话。",
         {"刘强": ("县委书记", ("讲话",)), "王和平": ("县长", ("讲话",))}),
        ("5月6日，全县教育工作会议召开。县教育局局长赵刚和副局长孙丽分别讲话。",
         {"赵刚": ("县教育局局长", ("讲话",)), "孙丽": ("副局长", ("讲话",))}),
        ("5月6日，全县座谈会召开。县长王强和群众代表座谈交流并讲话。", {"王强": ("县长", ("讲话",))}),
        ("5月6日，全县座谈会召开。县长王强与企业家代表交流并讲话。", {"王强": ("县长", ("讲话",))}),
    ],
)
def test_joined_pair(extract, body, expected):
    assert speakers(extract(page(body))) == expected
