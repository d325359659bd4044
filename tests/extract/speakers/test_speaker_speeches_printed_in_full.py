"""Speaker phrasings of invented texts: a Hong Kong or Macau release printing a
speech in full after a lead line (以下为…的致辞全文：, 以下為…的演辭：, …的讲辞：), an organization that speaks after
a person who only attends (…出席会议，市财政局在会上作交流发言), a venue named after a person (邵逸夫堂, 逸夫楼,
李兆基会议厅, 曾宪梓体育馆), foreign leaders with a short transliterated name who speak at talks reported
(俄罗斯总统普京…。普京表示, 普京总统说), and photo captions (图为县委书记王建国在会上讲话, 图为王建国讲话).
Invented sentences; the expected values follow corpus/GUIDELINES.md §1, §3 and §4, with near misses that must
not change."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

_HALL = "7月1日，全县经济工作会议召开。县长李明主持会议。\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the lead line of a speech printed in full: its speaker gave it, whatever the event's name ends in (§4)
        ("以下为行政长官李家超今日（七月一日）在国庆晚宴的致辞全文：\n各位嘉宾：大家好！",
         {"李家超": ("行政长官", ("致辞",))}),
        ("以下為行政長官李家超今日（七月一日）出席慶祝酒會的致辭全文：\n各位嘉賓：大家好！",
         {"李家超": ("行政长官", ("致辞",))}),
        ("以下为行政长官李家超今日（七月一日）在庆祝酒会上的致辞全文（只有中文）：\n各位嘉宾：大家好！",
         {"李家超": ("行政长官", ("致辞",))}),
        # 演辞 and 讲辞, the speech (讲话)
        ("以下為財政司司長陳茂波今日（三月五日）在香港總商會午餐會的演辭：\n主席、各位嘉賓：很高興今天再次來到總商會。",
         {"陈茂波": ("财政司司长", ("讲话",))}),
        ("以下为政务司司长陈国基今日在立法会会议上的讲辞：\n主席：我谨动议。", {"陈国基": ("政务司司长", ("讲话",))}),
        ("下面是行政长官李家超今日在国际金融领袖投资峰会上的主旨演辞全文：\n各位嘉宾：",
         {"李家超": ("行政长官", ("讲话",))}),
        ("以下是澳门特别行政区行政长官岑浩辉在庆祝大会上的讲话全文：\n各位嘉宾：",
         {"岑浩辉": ("澳门特别行政区行政长官", ("讲话",))}),
        ("以下为财政司司长陈茂波今日出席香港总商会午餐会的发言：\n主席：", {"陈茂波": ("财政司司长", ("发言",))}),
        # near misses: a profile, a press encounter, a speech read or relayed at another meeting
        ("以下是行政长官李家超的简历：\n李家超，1957年出生。", {}),
        ("以下为行政长官李家超今日（七月一日）会见传媒的谈话全文：\n记者：请问……", {}),
        ("7月2日，县委召开常委会。与会人员认真阅读了行政长官李家超在庆祝酒会的致辞全文。", {}),
        ("7月2日，县委召开常委会，传达学习了行政长官李家超在庆祝酒会上的致辞全文。", {}),
    ],
)
def test_a_speech_printed_in_full(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body, "2024-07-01"))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an organization's address is nobody's: not the one named before, who only attends (§4)
        ("7月1日，全市财政工作会议召开。市委副书记刘志明出席会议，市财政局在会上作交流发言。", {}),
        ("7月1日，全市财政工作会议召开。副市长刘志明出席会议，市财政局、市税务局在会上作交流发言。", {}),
        ("7月1日，全县民营经济发展大会召开。县委书记王建国出席会议。县工商联作典型发言。", {}),
        ("7月1日，全市财政工作会议召开。副市长刘志明出席会议并讲话，市财政局在会上作交流发言。",
         {"刘志明": ("副市长", ("讲话",))}),
        ("7月1日，全市财政工作会议召开。县委书记王建国主持会议，县工商联作典型发言。",
         {"王建国": ("县委书记", ("主持",))}),
        # the addresses heard are others'
        ("7月1日，全县民营经济发展大会召开。县委书记王建国出席会议，并听取了县工商联的典型发言。", {}),
        # near misses: a person of the body speaks, or the one named speaks on its behalf or goes on
        ("7月1日，全市财政工作会议召开。副市长刘志明出席会议，市财政局局长张华在会上作交流发言。",
         {"张华": ("市财政局局长", ("发言",))}),
        ("7月1日，全市财政工作会议召开。县委书记王建国代表县委在会上作表态发言。", {"王建国": ("县委书记", ("发言",))}),
        ("7月1日，全市财政工作会议召开。县委书记王建国出席会议，在会上作交流发言。", {"王建国": ("县委书记", ("发言",))}),
        ("7月1日，全市财政工作会议召开。县委书记王建国出席会议，随后在县委党校作交流发言。",
         {"王建国": ("县委书记", ("发言",))}),
    ],
)
def test_an_organization_that_speaks(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a hall named after a person is a venue: nobody speaks there by that name
        ("7月1日，毕业典礼举行。嘉宾们在邵逸夫堂发言。", {}),
        ("7月1日，毕业典礼举行。邵逸夫堂内座无虚席，校长致辞。", {}),
        ("7月1日，研讨会召开。李兆基会议厅内，专家们作了交流发言。", {}),
        ("7月1日，运动会开幕式举行。曾宪梓体育馆内，运动员代表发言。", {}),
        ("7月1日，毕业典礼在邵逸夫堂举行。学生代表在邵逸夫堂致辞，表示感谢。", {}),
        ("7月1日，毕业典礼在邵逸夫堂举行，主持人宣布典礼开始，邵逸夫堂响起掌声。", {}),
        ("7月1日，学术报告会在逸夫楼举行，教授们在逸夫楼作报告。", {}),
        # near misses: the person speaking in the hall, a post after a name (馆长, 厅长)
        ("7月1日，毕业典礼在邵逸夫堂举行，校长陈明在邵逸夫堂致辞。", {"陈明": ("校长", ("致辞",))}),
        ("7月1日，学院在逸夫楼召开教学工作会议，院长李强讲话。", {"李强": ("院长", ("讲话",))}),
        ("7月1日，市博物馆举行开馆仪式，李明馆长致辞。", {"李明": ("馆长", ("致辞",))}),
        ("7月1日，省文旅厅召开座谈会，省文旅厅王芳厅长致辞。", {"王芳": ("厅长", ("致辞",))}),
    ],
)
def test_a_venue_named_after_a_person(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # talks held give no role; a leader's words there do (§3, §4), a short transliterated name too
        ("新华社北京5月16日电 国家主席习近平16日在人民大会堂同俄罗斯总统普京举行会谈。习近平指出，中俄关系持续健康稳定发展。"
         "普京表示，俄方愿同中方加强合作。",
         {"习近平": ("国家主席", ("讲话",)), "普京": ("俄罗斯总统", ("讲话",))}),
        ("新华社北京5月16日电 国家主席习近平16日在人民大会堂同俄罗斯总统普京举行会谈。普京总统说，俄中友好符合两国人民利益。"
         "习近平主席表示，中方愿同俄方一道努力。",
         {"普京": ("俄罗斯总统", ("讲话",)), "习近平": ("国家主席", ("讲话",))}),
        ("新华社巴黎5月6日电 国家主席习近平6日在巴黎同法国总统马克龙举行会谈。马克龙说，法方高度重视对华关系。",
         {"马克龙": ("法国总统", ("讲话",))}),
        ("新华社巴黎5月6日电 法国总统马克龙6日在爱丽舍宫举行欢迎宴会。马克龙总统致辞，热烈欢迎习近平主席到访。",
         {"马克龙": ("法国总统", ("致辞",))}),
        ("新华社伦敦5月6日电 国务院总理李强6日在伦敦会见英国首相约翰逊。约翰逊表示，英方愿同中方加强合作。",
         {"约翰逊": ("英国首相", ("讲话",))}),
        # near misses: talks only held, a written address
        ("新华社北京5月16日电 国家主席习近平16日在人民大会堂同俄罗斯总统普京举行会谈。会谈后，两国元首签署联合声明。", {}),
        ("新华社莫斯科5月16日电 俄罗斯总统普京16日在克里姆林宫发表国情咨文。", {}),
    ],
)
def test_a_foreign_leader_at_talks(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a caption tells what the person does at the meeting reported (§1), titled or not
        ("图为县委书记王建国在会上讲话。", {"王建国": ("县委书记", ("讲话",))}),
        ("上图为县委书记王建国在会上讲话。", {"王建国": ("县委书记", ("讲话",))}),
        ("（图为县委书记王建国讲话）", {"王建国": ("县委书记", ("讲话",))}),
        ("图为王建国讲话。", {"王建国": (None, ("讲话",))}),
        ("图为王建国讲话", {"王建国": (None, ("讲话",))}),
        ("图一为王建国在会上讲话。", {"王建国": (None, ("讲话",))}),
        ("图为王建国同志讲话。", {"王建国": (None, ("讲话",))}),
        ("图为王建国为获奖代表颁奖。", {"王建国": (None, ("颁奖",))}),
        # near misses: a scene, a person only shown, one honoured
        ("图为会议现场。", {}),
        ("图为王建国与李明亲切交谈。", {}),
        ("图为获奖代表王建国（左）领奖。", {}),
    ],
)
def test_a_caption(extract, caption: str, expected: dict) -> None:
    found = speakers(extract(page(_HALL + caption)))
    assert found.pop("李明") == ("县长", ("主持",))
    assert found == expected
