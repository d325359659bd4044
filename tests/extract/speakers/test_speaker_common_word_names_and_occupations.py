"""Speaker phrasings: a name whose given name is a common word (美丽, 诗雨)
after a noun for a kind of person (村民, 新住民) and before a speech act; occupation nouns as job titles
(顾问, 维修工, 包村干部); a doctorate after the name joining the chain written before it (…青年教师农晓燕博士 ->
`…青年教师、博士`); a list of labelled items set off by commas before 作交流发言.  Invented sentences; the
expected values follow corpus/GUIDELINES.md §4, with near misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person noun, a name that is also a word, then a speech act: the name is read (§4 name)
        ("10月12日，村里召开座谈会。村民林美丽上台发言。", {"林美丽": (None, ("发言",))}),
        ("10月12日，社区召开议事会。居民陈诗雨发言，建议增设停车位。", {"陈诗雨": (None, ("发言",))}),
        ("10月12日，文化节开幕。印尼籍新住民林美丽也上台发言。", {"林美丽": (None, ("发言",))}),
        # 干部 right after an office is that office's post: the title (§4 title chain)
        ("7月4日，表彰大会举行。市税务局干部唐诗雨发言。", {"唐诗雨": ("市税务局干部", ("发言",))}),
        # near misses: a person noun with no name after it, or a name with no speech act after it
        ("10月12日，村里召开座谈会。村民代表发言。", {}),
        ("10月12日，村里召开座谈会。村民林美丽参加座谈。", {}),
        ("10月12日，村里召开座谈会。村民们纷纷发言。", {}),
        # 干部 before a word that opens with a surname character: no name
        ("1月7日，委员会召开会议。会议要求加强干部纪律，县长王华讲话。", {"王华": ("县长", ("讲话",))}),
    ],
)
def test_a_common_word_name_between_a_person_noun_and_a_speech_act(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("2月4日，市侨联举行茶话会。市归国华侨联合会顾问黄文伯老先生发言。", {"黄文伯": ("市归国华侨联合会顾问", ("发言",))}),
        ("7月4日，表彰大会举行。获奖选手代表、市公交集团维修工胡雪峰发言。", {"胡雪峰": ("市公交集团维修工", ("发言",))}),
        ("12月9日，西湖村召开党员大会。镇包村干部宋凯主持会议。", {"宋凯": ("镇包村干部", ("主持",))}),
        # a doctorate after the name joins the chain before it, as a rank does (§4)
        ("11月1日，学术年会开幕。数学学院青年教师农晓燕博士作学术报告。", {"农晓燕": ("数学学院青年教师、博士", ("作报告",))}),
        ("9月19日，论坛开幕。研究所材料部主任汉斯·韦伯博士作主旨报告。", {"汉斯·韦伯": ("研究所材料部主任、博士", ("作报告",))}),
        # near misses: 博士生 is a title of its own; a rank already written after the name stays
        ("11月1日，学术年会开幕。数学学院博士生农晓燕作学术报告。", {"农晓燕": ("数学学院博士生", ("作报告",))}),
        ("11月1日，学术年会开幕。西南大学党委书记李旭锋教授作学术报告。", {"李旭锋": ("西南大学党委书记、教授", ("作报告",))}),
    ],
)
def test_occupation_nouns_and_a_doctorate_in_titles(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_labelled_items_set_off_by_commas_before_a_shared_speech(extract) -> None:
    body = ("2月26日，市妇联召开执委会议。基层代表、新城区妇联主席邵燕，女企业家代表、海韵服饰有限公司董事长林海燕，"
            "巾帼志愿者代表郑小红作交流发言。")
    assert speakers(extract(page(body))) == {
        "邵燕": ("新城区妇联主席", ("发言",)),
        "林海燕": ("海韵服饰有限公司董事长", ("发言",)),
        "郑小红": (None, ("发言",)),
    }


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # a topic after a person noun, before 作发言: no person (a full three-character name is needed)
        ("2月3日，公司召开职工代表大会。职工代表范丽、韩大勇围绕安全生产、职工福利作发言。", "福利"),
        # 荣誉博士 is a degree conferred: 荣誉 is no name ended by a doctorate
        ("6月22日，大学举行毕业典礼。荣誉博士代表陈启明致辞。", "荣誉"),
        ("6月22日，大学举行毕业典礼。由讲座教授卢明教授代表荣誉博士致辞。", "荣誉"),
    ],
)
def test_words_before_a_speech_act_are_no_names(extract, body: str, word: str) -> None:
    assert word not in speakers(extract(page(body)))
