"""Speaker and host phrasings: a district body after 代表 read as
a person named 区…, a 他/她 after a sentence of praise with no speech verb, a group or another post holder
glued to the title (巡视组同…, 市长与…), a report heard by the meeting (听取了…关于…的报告), the ordinary
verb 指导, 作表态 and 作经验介绍 (发言), 在总结时说 (讲话), a chair named by a relative clause (主持会议的…),
述责述廉报告 (述职), a military rank after the name, and 团课 and 团拜 as meetings.  Near misses that must
stay as they were are listed beside each.  Invented sentences; the expected values follow
corpus/GUIDELINES.md (§3 host and meetings, §4 roles and titles)."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


def _host(record: dict) -> tuple[str | None, str | None] | None:
    host = record["meetings"][0]["host"] if record["meetings"] else None
    return (host["name"], host["title"]) if host else None


@pytest.mark.parametrize(
    ("body", "expected", "host"),
    [
        # 区 opening a district body after 代表 is no surname (§4 name = personal name)
        ("1月7日，区政协二届三次会议开幕。区政协主席王明代表区政协常委会作工作报告。会议由区政协副主席李强主持。",
         {"王明": ("区政协主席", ("作报告",)), "李强": ("区政协副主席", ("主持",))}, ("李强", "区政协副主席")),
        ("3月5日，区妇联召开执委会议。会议由区妇联主席龙燕主持。龙燕代表区妇联作工作报告。",
         {"龙燕": ("区妇联主席", ("主持", "作报告"))}, ("龙燕", "区妇联主席")),
        ("1月7日，区人大会议开幕。区人大常委会主任王明代表区人大常委会作工作报告。",
         {"王明": ("区人大常委会主任", ("作报告",))}, None),
        # a chair named by a relative clause (§3 host, §4 主持)
        ("全县工作会议召开。主持会议的县委副书记王刚指出，要抓好落实。",
         {"王刚": ("县委副书记", ("主持", "讲话"))}, ("王刚", "县委副书记")),
    ],
)
def test_district_bodies_and_relative_chairs(extract, body: str, expected: dict, host: tuple | None) -> None:
    record = extract(page(body))
    assert speakers(record) == expected
    assert _host(record) == host


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 他/她 after a sentence whose subject praised, with no speech verb: the one praising speaks on
        ("7月2日，市委召开座谈会。副市长邱伟主持座谈会。市委书记王强充分肯定了过去一年的工作。他强调，要持续巩固成果。",
         {"邱伟": ("副市长", ("主持",)), "王强": ("市委书记", ("讲话",))}),
        ("7月2日，市委召开座谈会。市委书记王强充分肯定了过去一年的工作。他强调，要持续巩固成果。",
         {"王强": ("市委书记", ("讲话",))}),
        ("7月2日，市委召开座谈会。省农业农村厅副厅长吕晓宁带队调研。副市长邱伟陪同调研并主持座谈会。"
         "吕晓宁对我市工作给予充分肯定。她指出，要持续巩固成果。",
         {"邱伟": ("副市长", ("主持",)), "吕晓宁": ("省农业农村厅副厅长", ("讲话",))}),
        # near miss: the host's own remarks after chairing stay the host's
        ("7月2日，市委召开座谈会。副市长邱伟主持座谈会。他强调，要持续巩固成果。",
         {"邱伟": ("副市长", ("主持", "讲话"))}),
    ],
)
def test_pronoun_after_praise(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a group or another post holder before the title is no part of it (§4 title = job-title chain)
        ("推进会召开。市委书记马建东讲话。会前，省委第三巡视组同市委书记马建东进行了沟通。", {"马建东": ("市委书记", ("讲话",))}),
        ("推进会召开。市委书记马建东讲话。会后，调研组向市委书记马建东反馈了意见。", {"马建东": ("市委书记", ("讲话",))}),
        ("推进会召开。调研组一行和市委书记马建东进行座谈交流。马建东讲话。", {"马建东": ("市委书记", ("讲话",))}),
        ("推进会召开。市长与市委书记马建东一起出席并讲话。", {"马建东": ("市委书记", ("讲话",))}),
        # near misses: 和 inside one person's chain, 与 inside an organization's name
        ("推进会召开。中国科学院院士和中国工程院院士王大明作报告。",
         {"王大明": ("中国科学院院士和中国工程院院士", ("作报告",))}),
        ("推进会召开。青少年成长与发展研究中心主任王大明作报告。", {"王大明": ("青少年成长与发展研究中心主任", ("作报告",))}),
        # a military rank after the name joins the chain, like 教授 (§4)
        ("推进会召开。市人民武装部部长张宏伟大校出席并讲话。", {"张宏伟": ("市人民武装部部长、大校", ("讲话",))}),
        ("推进会召开。李强上校出席并讲话。", {"李强": ("上校", ("讲话",))}),
        # near miss: 北大校长 is no rank
        ("推进会召开。北大校长王明出席并讲话。", {"王明": ("北大校长", ("讲话",))}),
    ],
)
def test_titles_and_ranks(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a report heard by the meeting is its presenter's (§4 作报告)
        ("5月7日，人大常委会会议召开。会议听取和审议了副市长李强关于全市生态环境状况的报告。", {"李强": ("副市长", ("作报告",))}),
        ("5月7日，人大常委会会议召开。会议听取了副市长李强关于全市生态环境状况的报告，并进行了审议。",
         {"李强": ("副市长", ("作报告",))}),
        # near misses: a report only reviewed as a text, a proposal heard
        ("5月7日，人大常委会会议召开。会议审议了副市长李强关于全市生态环境状况的报告。", {}),
        ("5月7日，人大常委会会议召开。会议听取了市人大常委会主任王明关于召开会议的建议。", {}),
        # 作表态, 作出征表态, 作经验介绍: a contribution like 表态发言, 交流发言 (§4 发言)
        ("2月29日，援疆医疗队出征仪式举行。医疗队队长、心内科主任医师朱立平代表全体队员作出征表态。",
         {"朱立平": ("医疗队队长、心内科主任医师", ("发言",))}),
        ("推进会召开。县教育局局长李强作经验介绍。", {"李强": ("县教育局局长", ("发言",))}),
        ("推进会召开。县教育局局长王明作了简短表态。", {"王明": ("县教育局局长", ("发言",))}),
        # near misses: 表态发言 as before, 作表态讲话 a speech
        ("推进会召开。县教育局局长李强作表态发言。", {"李强": ("县教育局局长", ("发言",))}),
        ("推进会召开。市委书记马建东作表态讲话。", {"马建东": ("市委书记", ("讲话",))}),
        ("推进会召开。市委书记马建东讲话。随后，县长王明作出上述表态。", {"马建东": ("市委书记", ("讲话",))}),
        # 在总结时说: a summing-up address (§4 作总结 → 讲话)
        ("联席会议召开。副市长李强在总结时说，要抓好落实。", {"李强": ("副市长", ("讲话",))}),
        # near miss: 说 inside an address named before stays that address
        ("联席会议召开。副市长李强在致辞时说，欢迎各位来宾。", {"李强": ("副市长", ("致辞",))}),
        # 述责述廉报告, 述纪述廉报告: the discipline forms of a 述职 report (§4 述职)
        ("述职会召开。县民政局局长李强作述责述廉报告。", {"李强": ("县民政局局长", ("述职",))}),
        ("述职会召开。县民政局局长李强作述纪述廉报告。", {"李强": ("县民政局局长", ("述职",))}),
        # near miss: a report of another kind stays 作报告
        ("推进会召开。县民政局局长李强作警示教育报告。", {"李强": ("县民政局局长", ("作报告",))}),
    ],
)
def test_reports_and_contributions(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 指导 as an ordinary verb gives no meeting role (§4 指导 = 到会指导, 参加并指导)
        ("10月11日，导师培训会举行。优秀导师代表、化学化工学院孙立教授分享了指导研究生的经验。",
         {"孙立": ("教授", ("发言",))}),
        ("推进会召开。副市长王丽出席并讲话。会后，王丽深入企业指导复工复产工作。", {"王丽": ("副市长", ("讲话",))}),
        ("推进会召开。县农技站站长杨华在田间地头为农户进行技术指导。", {}),
        # near misses: guiding the meeting
        ("推进会召开。市委常委李华参加并指导。", {"李华": ("市委常委", ("指导",))}),
        ("推进会召开。市委常委李华到会指导。", {"李华": ("市委常委", ("指导",))}),
        ("推进会召开。市委常委李华出席会议并指导工作。", {"李华": ("市委常委", ("指导",))}),
        ("推进会召开。县委督导组组长李华到会进行指导。", {"李华": ("县委督导组组长", ("指导",))}),
        ("推进会召开。市委常委李华作指导讲话。", {"李华": ("市委常委", ("指导", "讲话"))}),
        ("推进会召开。市委常委李华出席并全程指导，随后讲话。", {"李华": ("市委常委", ("指导", "讲话"))}),
    ],
)
def test_guiding_as_an_ordinary_verb(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "meeting", "host"),
    [
        # 团课 is a lecture like 党课, 团拜 a gathering held (§3)
        ("4月24日，学校团委举行主题团课。活动由校团委副书记冯莎主持。", "主题团课", ("冯莎", "校团委副书记")),
        ("新北市政府15日上午举行新春团拜，市长侯文彬致词。团拜由秘书长陈纯良主持。", "新春团拜", ("陈纯良", "秘书长")),
        # near miss: 团拜会 as before
        ("2月10日，市委举行新春团拜会。团拜会由市委副书记陈亮主持。", "新春团拜会", ("陈亮", "市委副书记")),
    ],
)
def test_youth_league_lectures_and_new_year_gatherings(extract, body: str, meeting: str, host: tuple) -> None:
    record = extract(page(body))
    assert record["meetings"][0]["name"] == meeting
    assert _host(record) == host
