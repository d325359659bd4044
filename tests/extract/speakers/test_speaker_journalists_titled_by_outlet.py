"""Speaker shapes: journalists and presenters titled by their outlet who take part
(江城日报记者周婷、市广播电视台主持人高远先后发言) while a byline stays no speaker; a convener's post (评审委员会召集人);
letters of appointment or admission handed over are 颁奖 as §4 maps 颁发/颁授 word for word (a branch reading them
as no role was reverted: the invented gold reads 颁发任命书 as 颁奖); a decision announced inside an address is 宣读 while other
announcements there add nothing to the address (§4).  Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

FORUM = "5月10日，市委宣传部召开全市新闻宣传工作座谈会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (FORUM + "江城日报记者周婷、市广播电视台主持人高远先后发言。",
         {"周婷": ("江城日报记者", ("发言",)), "高远": ("市广播电视台主持人", ("发言",))}),
        (FORUM + "会上，市融媒体中心记者刘洋、电视台节目主持人陈静作交流发言。",
         {"刘洋": ("市融媒体中心记者", ("发言",)), "陈静": ("电视台节目主持人", ("发言",))}),
        (FORUM + "新华社记者张伟代表新闻工作者发言。", {"张伟": ("新华社记者", ("发言",))}),
        (FORUM + "市广播电视台主持人李娜代表青年文艺工作者发言。", {"李娜": ("市广播电视台主持人", ("发言",))}),
        (FORUM + "座谈会由市电台主持人赵磊主持。", {"赵磊": ("市电台主持人", ("主持",))}),
        (FORUM + "省卫视主持人孙悦、晚报记者王强分别发言。",
         {"孙悦": ("省卫视主持人", ("发言",)), "王强": ("晚报记者", ("发言",))}),
        # NEGATIVE: a byline's journalist takes no part, whatever the lead goes on with
        ("本报讯（记者周婷）5月10日，市委宣传部召开全市新闻宣传工作座谈会，市委宣传部部长王建国出席并讲话。",
         {"王建国": ("市委宣传部部长", ("讲话",))}),
        ("本报记者周婷报道 5月10日，市委宣传部召开全市新闻宣传工作座谈会，市委宣传部部长王建国出席并讲话。",
         {"王建国": ("市委宣传部部长", ("讲话",))}),
        (FORUM + "记者周婷在现场看到，与会人员踊跃发言。", {}),
        # NEGATIVE: a journalist's question at a press conference is no part taken
        ("5月10日，市政府召开新闻发布会。江城日报记者周婷在提问时说，市民关心停车难问题。", {}),
        # NEGATIVE: the host label opening a clause stays the host's role, no title
        ("5月6日，学校举行开学典礼。主持人王丽宣布典礼开始。", {"王丽": (None, ("主持", "讲话"))}),
    ],
)
def test_journalists_and_presenters_titled_by_their_outlet(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "reporters"),
    [
        ("本报讯（记者周婷）5月10日，市委宣传部召开座谈会。", ["周婷"]),
        ("本报记者周婷报道 5月10日，市委宣传部召开座谈会。", ["周婷"]),
        ("本报讯（记者周婷、李明报道）5月10日，市委宣传部召开座谈会。", ["周婷", "李明"]),
        # NEGATIVE: journalists taking part in the meeting, no byline
        ("5月10日，市委宣传部召开座谈会。江城日报记者周婷、市广播电视台主持人高远先后发言。", []),
        ("5月10日，市委宣传部召开座谈会。部分一线记者代表共40人参加座谈。", []),
    ],
)
def test_byline_reporters_only(extract, body: str, reporters: list) -> None:
    assert extract(f"标题\n2024-05-10 来源：某网\n{body}\n")["reporters"] == reporters


REVIEW = "5月8日，市文联举行第三届青年文学奖颁奖典礼。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (REVIEW + "评审委员会召集人、作家李国强代表评审团讲评。", {"李国强": ("评审委员会召集人、作家", ("点评",))}),
        (REVIEW + "評審委員會召集人、作家李國強代表評審團講評。", {"李国强": ("评审委员会召集人、作家", ("点评",))}),
        (REVIEW + "评审组召集人、南江大学教授李国强对参赛作品进行点评。",
         {"李国强": ("评审组召集人、南江大学教授", ("点评",))}),
        ("5月6日，市政协召开专题协商会，召集人王刚主持会议。", {"王刚": ("召集人", ("主持",))}),
        # an occupation after another post is a title, its praise word dropped (GUIDELINES §4 eighth round)
        (REVIEW + "评审委员会主任、著名作家李国强作点评。", {"李国强": ("评审委员会主任、作家", ("点评",))}),
    ],
)
def test_a_conveners_post(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


CEREMONY = "5月8日，县委召开人才工作大会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (CEREMONY + "县委书记王建国为新聘任的10名特约监督员颁发聘书。", {"王建国": ("县委书记", ("颁奖",))}),
        (CEREMONY + "县委组织部部长李强为新任干部颁发任命书。", {"李强": ("县委组织部部长", ("颁奖",))}),
        (CEREMONY + "校长张华为客座教授颁发聘任证书。", {"张华": ("校长", ("颁奖",))}),
        (CEREMONY + "校长张华为新生代表颁发录取通知书。", {"张华": ("校长", ("颁奖",))}),
        (CEREMONY + "校长张华将聘书颁发给新聘任的客座教授。", {"张华": ("校长", ("颁奖",))}),
        (CEREMONY + "院长周强向新聘任的兼职教授颁发了聘书和校徽。", {"周强": ("院长", ("颁奖",))}),
        ("會上，保安局局長鄧偉為新任委員頒授委任狀。", {"邓伟": ("保安局局长", ("颁奖",))}),
        (CEREMONY + "县委书记陈刚向5名专家颁发聘书，并致辞。", {"陈刚": ("县委书记", ("颁奖", "致辞"))}),
        # honours handed over are 颁奖, with a letter of appointment or without
        (CEREMONY + "县长刘明为受表彰的先进个人颁发荣誉证书。", {"刘明": ("县长", ("颁奖",))}),
        (CEREMONY + "县长刘明为获奖运动员颁发奖牌和奖杯。", {"刘明": ("县长", ("颁奖",))}),
        (CEREMONY + "县长刘明为先进集体颁发奖状。", {"刘明": ("县长", ("颁奖",))}),
        (CEREMONY + "县长刘明为先进个人颁发荣誉证书和聘书。", {"刘明": ("县长", ("颁奖",))}),
        (CEREMONY + "市长吴斌为10名“优秀教师”颁奖，并为新聘督学颁发聘书。", {"吴斌": ("市长", ("颁奖",))}),
    ],
)
def test_letters_handed_over_are_handing_over(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


AWARDS = "5月8日，县委召开表彰大会。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a decision announced inside an address is read out (宣读), §4
        (AWARDS + "县委书记王刚在致辞时感谢全县干部群众，并宣布了表彰决定。", {"王刚": ("县委书记", ("致辞", "宣读"))}),
        (AWARDS + "县委书记王刚致辞，并宣布了县委、县政府关于表彰先进集体的决定。", {"王刚": ("县委书记", ("致辞", "宣读"))}),
        # NEGATIVE: other announcements later in the address are its remarks (§4), an opening declared is 讲话
        (AWARDS + "县委书记王刚在致辞时感谢全县干部群众的辛勤付出，并宣布拨款500万元用于奖励先进。",
         {"王刚": ("县委书记", ("致辞",))}),
        # a measure announced right in the address's frame (在致辞中宣布) adds 讲话 (§4 nineteenth review round, which
        # overrules the earlier reading of this row)
        (AWARDS + "县委书记王刚在致辞中宣布，县财政将拨款300万元支持乡村振兴。", {"王刚": ("县委书记", ("致辞", "讲话"))}),
        ("民政及青年事務局局長麥慧玲在致辭時感謝青年義工的付出，並宣布局方將撥款港幣三千萬元。",
         {"麦慧玲": ("民政及青年事务局局长", ("致辞",))}),
        (AWARDS + "县委书记王刚在致辞时宣布大会开幕。", {"王刚": ("县委书记", ("致辞", "讲话"))}),
        (AWARDS + "县委书记王刚在致辞时强调，要再接再厉。", {"王刚": ("县委书记", ("致辞", "讲话"))}),
    ],
)
def test_announcements_inside_an_address(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
