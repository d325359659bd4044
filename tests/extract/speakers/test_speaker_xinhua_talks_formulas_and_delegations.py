"""Speaker and talks phrasings of newspaper and wire reports:
the Xinhua talks formulas, a delegation's leader, transliterated names in a list, a deployment after
a relayed speech, reaction pieces, titled keynote speeches, rarer surnames and a company before a
title.  Invented sentences; the expected values follow corpus/GUIDELINES.md §3-4."""

from __future__ import annotations

import pytest

from tests.extract.views import held, page, speakers


@pytest.mark.parametrize(
    ("body", "expected_meetings", "expected_speakers"),
    [
        # the verb of the guest's visit is no holding verb: the talks are the event, the guest speaks
        ("国务院总理李强16日在人民大会堂同来华进行正式访问的西班牙首相桑切斯举行会谈。桑切斯表示，西方愿同中方加强合作。",
         [("会谈", "2024-05-16", None)], {"桑切斯": ("西班牙首相", ("讲话",))}),
        ("国务院副总理王明16日在人民大会堂同来华进行国事访问的西班牙首相桑切斯举行会谈。",
         [("会谈", "2024-05-16", None)], {}),
        # 在<venue>同<country+title>X: the venue and 同 are no part of the guest's title
        ("外交部长王毅16日在北京同法国外长巴罗举行会谈。巴罗表示，法方愿加强沟通。",
         [("会谈", "2024-05-16", None)], {"巴罗": ("法国外长", ("讲话",))}),
        ("国家主席王明16日在阿斯塔纳总统府同哈萨克斯坦总统托卡耶夫举行会谈。托卡耶夫表示，哈方愿深化合作。",
         [("会谈", "2024-05-16", None)], {"托卡耶夫": ("哈萨克斯坦总统", ("讲话",))}),
        ("国务院总理李强16日在人民大会堂同德国总理施泰因举行会谈。施泰因表示，德方重视对华关系。",
         [("会谈", "2024-05-16", None)], {"施泰因": ("德国总理", ("讲话",))}),
        # a guest who says nothing is no speaker
        ("外交部长王毅16日在北京同法国外长巴罗举行会谈。", [("会谈", "2024-05-16", None)], {}),
    ],
)
def test_talks_with_a_visiting_guest(extract, body: str, expected_meetings: list, expected_speakers: dict) -> None:
    record = extract(page(body, "2024-05-16"))
    assert held(record) == expected_meetings
    assert speakers(record) == expected_speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 以…为团长: 以 is the preposition, not part of the leader's title
        ("5月8日，国务院总理王明在人民大会堂会见了以主席张伟为团长的某国经济界代表团。张伟说，愿加强合作。",
         {"张伟": ("主席", ("讲话",))}),
        ("5月8日，国务院总理王明在人民大会堂会见了以会长张伟为首的某国企业家代表团。张伟说，愿加强合作。",
         {"张伟": ("会长", ("讲话",))}),
    ],
)
def test_the_leader_of_a_visiting_delegation(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # transliterated names ending in 夫 inside a 、-list of titled heads of state
        ("峰会8日在西安举行。哈萨克斯坦总统托卡耶夫、吉尔吉斯斯坦总统扎帕罗夫、塔吉克斯坦总统拉赫蒙出席会议并发言。",
         {"托卡耶夫": ("哈萨克斯坦总统", ("发言",)), "扎帕罗夫": ("吉尔吉斯斯坦总统", ("发言",)),
          "拉赫蒙": ("塔吉克斯坦总统", ("发言",))}),
        ("峰会8日在西安举行。哈萨克斯坦总统托卡耶夫、塔吉克斯坦总统拉赫蒙出席会议并发言。",
         {"托卡耶夫": ("哈萨克斯坦总统", ("发言",)), "拉赫蒙": ("塔吉克斯坦总统", ("发言",))}),
        # heads who only attend are no speakers
        ("峰会8日在西安举行。吉尔吉斯斯坦总统扎帕罗夫、塔吉克斯坦总统拉赫蒙出席会议。", {}),
    ],
)
def test_transliterated_names_in_a_list(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a relayed speech's spirit is one item of the object; the deployment is the actor's own
        ("全国教育大会8日在北京召开。国务院总理李强在会上就贯彻落实习近平总书记重要讲话精神、做好教育工作作出部署。",
         {"李强": ("国务院总理", ("讲话",))}),
        ("全国教育大会8日在北京召开。国务院总理李强在会上就做好教育工作作出部署。", {"李强": ("国务院总理", ("讲话",))}),
        # relaying the speech alone is no address of the relayed speaker
        ("全省教育大会8日在南京召开。会议传达学习了习近平总书记重要讲话精神。", {}),
    ],
)
def test_a_deployment_after_a_relayed_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        "习近平总书记在庆祝大会上的重要讲话引发热烈反响。北京大学马克思主义学院院长孙蚌珠说，讲话是新时代的政治宣言。",
        "习近平总书记在庆祝大会上的重要讲话引发热烈反响。清华大学教授王晓宇表示，讲话催人奋进。某社区党委书记刘芳说，要把讲话精神落到实处。",
        "全会精神在全省干部群众中引起强烈反响。省社科院研究员张伟认为，全会部署务实。",
    ],
)
def test_people_reacting_to_a_speech_are_no_speakers(extract, body: str) -> None:
    record = extract(page(body, "2021-07-03"))
    assert set(speakers(record)) <= {"习近平"}


def test_a_speaker_at_the_meeting_in_a_piece_without_a_reaction_lead(extract) -> None:
    body = "5月8日，县委召开经济工作会议。县委书记孙蚌珠说，今年要抓好项目建设。"
    assert speakers(extract(page(body))) == {"孙蚌珠": ("县委书记", ("讲话",))}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a keynote speech, titled or not, is 讲话 (GUIDELINES §4: 作报告 is for reports, lectures, lessons)
        ("进博会5日在上海开幕。国家主席习近平出席开幕式并发表题为《建设开放包容的世界》的主旨演讲。",
         {"习近平": ("国家主席", ("讲话",))}),
        ("进博会5日在上海开幕。国家主席习近平出席开幕式并发表主旨演讲。", {"习近平": ("国家主席", ("讲话",))}),
    ],
)
def test_titled_keynote_speeches(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-11-05"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("江苏省委5月6日召开全面从严治党工作会议，省委书记信长星出席并讲话。", {"信长星": ("省委书记", ("讲话",))}),
        ("县委5月6日召开会议，县长庹明出席并讲话。", {"庹明": ("县长", ("讲话",))}),
    ],
)
def test_rarer_surnames(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a company written right before the title is the title's organization, not a person
        ("5月6日，省政府召开民营经济发展大会。会上，南方科技大学校长薛其坤，比亚迪董事长王传福，腾讯公司董事会主席马化腾分别作了发言。",
         {"薛其坤": ("南方科技大学校长", ("发言",)), "王传福": ("比亚迪董事长", ("发言",)),
          "马化腾": ("腾讯公司董事会主席", ("发言",))}),
    ],
)
def test_a_company_before_a_title_is_no_person(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


def test_a_company_the_model_reads_as_a_name_before_a_title(extract_with_model) -> None:
    body = "5月6日，省政府召开民营经济发展大会。会上，南方科技大学校长薛其坤，比亚迪董事长王传福，腾讯公司董事会主席马化腾分别作了发言。"
    found = speakers(extract_with_model(page(body)))
    assert "比亚迪" not in found
    assert found["王传福"] == ("比亚迪董事长", ("发言",))


@pytest.mark.parametrize(
    "body",
    [
        # a list of bare names the model reads in part: the last one, of a rarer surname, before the act or 等
        "中国文联5月6日召开文艺工作座谈会。座谈会上，冯骥才、莫言、铁凝作了发言。",
        "中国文联5月6日召开文艺工作座谈会。座谈会上，冯骥才、莫言、铁凝等作了发言。",
    ],
)
def test_a_rarer_surname_ending_a_list_of_names(extract_with_model, body: str) -> None:
    assert speakers(extract_with_model(page(body)))["铁凝"] == (None, ("发言",))


def test_a_preposition_ends_a_listed_name(extract) -> None:
    # 张力、王涛在发言中说: 在 opens the act's phrase, no third character of the name (regression of this round)
    body = page("3月14日，县委统战部召开新春座谈会。县工商联主席张力、县台办主任王涛参加座谈。张力、王涛在发言中说，将发挥桥梁作用。")
    assert speakers(extract(body)) == {"张力": ("县工商联主席", ("发言",)), "王涛": ("县台办主任", ("发言",))}
