"""Messages, statements and broadcast addresses issued with no meeting: their senders are no speakers (real newspaper copy).

Class (a precision audit of real newspaper copy): a leader who issues a New-Year message, a proclamation, a statement
or an address to the nation on radio or television (``发表新年献词``, ``发表新年文告``, ``通过电视台发表新年贺词``,
``向全国发表广播电视讲话``, ``发表声明``), whatever remark verb follows (指出, 强调, 说, 呼吁, 号召), and whatever the
same person says next with no occasion of its own (``某某说，…``, ``他说，…``), takes no part at a meeting, even on a
page that reports one elsewhere (a press conference of another leader). GUIDELINES §4: "Messages sent are not
addresses (致贺电 …), nor are written statements"; §4 sixteenth review round: "an address to the nation on radio or
television (发表广播电视讲话) with no meeting reported gives none". A message delivered at a meeting the sentence names
(``在新年茶话会上发表新年贺词``) stays an address there (§4: "The event may be implied", the meeting named here).

Also (§4 "Named people"; `name`: the personal name only): words that are no person read as names: a residence or
office right after a post (``首相官邸``, ``总统官邸``: the post is the owner's, the word no given name), and a word
quoted as a term (“陈言”者, 所谓“套话”: a quotation mark right around a model name, anywhere on the page).

Also: an act during a service or volunteer activity the subjects attend, no ceremony named (``分别参加了…的服务活动，并为
…授牌``: §4 twelfth review round, remarks and acts at an activity §3 does not count as a meeting give no role; §3 no
meeting noun); a bare remark dated by the day named again (``某某当天也表示``, ``同日表示``) in a report that tells a press
conference elsewhere (§4 sixteenth review round: a statement of that day, unless a sentence places it at the meeting);
one told as writing to the meeting (``总理甲、副总理乙致信会议``) whose words follow (§4: messages sent are not addresses);
a later mention by a Japanese family name alone (``山本表示``) after the full name with its title, one person (§4: one
record per person, the fullest chain among the mentions); a remark word after the person's possessive
(``回应…主席的郑重呼吁``, ``落实…总理的重要指示``), the person's words referred to as a thing (§4: people whose earlier
remarks are relayed); an announcement in a short report of its own, its dateline right after a meeting's report on
a digest page (``本报北京1月7日讯…：今天上午，董事长某某宣布捐资…``): no meeting reported for it (§4 "Named people who
take an active part in a reported meeting"; §11 articles printed one after another, read on their own).
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page

# another leader's press conference, told first: the page reports a meeting
_CONFERENCE = "甲国外长李文华在外交部举行的记者招待会上强调，要加强地区合作。\n"


def _speakers(record: dict) -> list[tuple[str, list[str]]]:
    return [(s["name"], s["roles"]) for s in record["speakers"]]


@pytest.mark.parametrize("body", [
    "乙国总统王振国31日发表新年献词，强调国民要齐心团结，共同克服经济困难。",
    "乙国总统王振国和当选总统陈立新31日分别发表新年献词，强调国民要齐心团结。",
    "丙国总理陈立新1日晚通过电视台发表新年文告指出，新的一年经济将会好转。他说，全社会更需要互相理解。",
    "丁国总统刘建华31日向全国发表广播电视讲话说，明年是重建的一年。刘建华指出，政府将优先发展农业。",
    "戊国总统赵光明31日在首都发表新年文告，呼吁全体人民共同奋斗。赵光明说，明年经济增长率应在5%左右。",
    "己国总理孙振华1日晚在电视台向全国人民发表新春贺词，号召人民齐心协力。孙振华表示相信，经济形势一定会好转。",
    "庚国总统周德明3日晚在总统府发表声明强调，决不容许恢复君主制。",
    "辛国总统吴海涛2日发表书面讲话指出，政府将继续推进改革。",
])
def test_message_issued_gives_no_speaker(extract, body):
    record = extract(page(_CONFERENCE + body))
    assert _speakers(record) == [("李文华", ["讲话"])]


@pytest.mark.parametrize(("body", "expected"), [
    # near misses: a message delivered at a meeting the sentence names, a speech at the press conference, a statement
    # named after the remark verb, a message read out by another
    ("市委书记王振国在新年茶话会上发表新年贺词，强调要团结奋斗。", ("王振国", ["讲话"])),
    ("乙国总理陈立新在记者招待会上发表讲话，强调要加强合作。", ("陈立新", ["讲话"])),
    ("乙国总理陈立新在记者招待会上指出，政府此前发表的声明是严肃的。", ("陈立新", ["讲话"])),
])
def test_address_at_meeting_kept(extract, body, expected):
    assert expected in _speakers(extract(page(_CONFERENCE + body)))


# a roundup whose lead tells messages or addresses issued (发表文告或讲话): bare remarks further down, in no paragraph of
# the press conference told, are no speech at a meeting
@pytest.mark.parametrize("lead", [
    "在辞旧迎新之际，一些国家领导人发表文告或讲话，总结过去，展望未来。\n",
    "新年前夕，多国领导人发表新年贺词和讲话，回顾过去一年。\n",
    "元旦之际，各国政要纷纷发表献词或讲话，展望新的一年。\n",
    "一些国家元首发表声明及讲话，祝贺新年。\n",
])
def test_roundup_of_messages(extract, lead):
    body = lead + _CONFERENCE + "乙国总统王振国发表新年献词，强调国民要团结。\n丙国总理陈立新强调，全国人民应做好与困难斗争的准备。\n"
    assert _speakers(extract(page(body))) == [("李文华", ["讲话"])]


@pytest.mark.parametrize("lead", [
    # near misses: the lead names a meeting, or a speech with no message beside it
    "一些国家领导人在联大会议上发表讲话，总结过去，展望未来。\n",
    "论坛开幕式上，多国领导人发表讲话，回顾过去一年。\n",
])
def test_roundup_with_meeting_lead(extract, lead):
    body = lead + _CONFERENCE + "丙国总理陈立新强调，全国人民应做好与困难斗争的准备。\n"
    assert ("陈立新", ["讲话"]) in _speakers(extract(page(body)))


@pytest.mark.parametrize(("body", "expected"), [
    ("日本首相山本健一在首相官邸举行的记者招待会上强调，要稳定金融体系。", [("山本健一", ["讲话"])]),
    ("首相在首相官邸举行记者招待会。外长李文华在会上强调，要加强合作。", [("李文华", ["讲话"])]),
    ("总统在总统官邸会见了来访的代表团。外长李文华在会上表示，要加强合作。", [("李文华", ["讲话"])]),
    ("总理在总理官员陪同下出席招待会。外长李文华在招待会上致辞。", [("李文华", ["致辞"])]),
    # near miss: a name opening with 官 after a post stays a name
    ("市委书记官志明在会上强调，要加强合作。", [("官志明", ["讲话"])]),
])
def test_residence_after_post_is_no_name(extract, body, expected):
    assert _speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("市长王强在会上讲话。古人说过：写文章“惟陈言之务去”，“陈言”者，即别人说了无数遍的陈词滥调。", [("王强", ["讲话"])]),
    ("市长王强在会上讲话。前人说：作文要“务去陈言”，所谓“陈言”，就是套话。", [("王强", ["讲话"])]),
    ("市长王强在会上讲话。为文当“惟陈言之务去”，照搬别人的「陈言」是一种耻辱。", [("王强", ["讲话"])]),
    # near miss: a name quoted with more words around it inside the marks stays a name
    ("市长王强在会上讲话。他说：“陈立新同志的经验值得学习。”", [("王强", ["讲话"])]),
])
def test_quoted_term_is_no_name(extract_with_model, body, expected):
    assert _speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize("body", [
    "团市委书记王明、副书记李华分别参加了城东、城西的志愿服务活动，并为志愿者服务基地授牌。",
    "县委书记张强参加了社区便民服务活动，并向青年突击队授旗。",
    "副市长刘伟参与了社区义诊活动，并为优秀志愿者颁发证书。",
    "区长陈刚参加了街道的便民服务活动，还为示范岗授牌。",
    "团省委书记赵军、副书记钱进分别参加了南江、北江两地的环境整治活动，同时为示范街授牌。",
])
def test_act_in_service_activity(extract, body):
    assert _speakers(extract(page(body))) == []


@pytest.mark.parametrize(("body", "expected"), [
    # near misses: an activity of conferring, a ceremony named
    ("副市长刘伟参加了志愿者表彰活动，并为优秀志愿者颁奖。", [("刘伟", ["颁奖"])]),
    ("副市长刘伟出席了志愿服务基地授牌仪式，并为基地授牌。", [("刘伟", ["颁奖"])]),
])
def test_conferring_activity_kept(extract, body, expected):
    assert _speakers(extract(page(body))) == expected


@pytest.mark.parametrize("remark", [
    "乙国新闻部长陈立新当天也表示，政府谴责任何形式的暴力。",
    "乙国新闻部长陈立新同日表示，政府谴责任何形式的暴力。",
    "乙国新闻部长陈立新当日还指出，政府谴责任何形式的暴力。",
    "乙国新闻部长陈立新当天晚上表示，政府谴责任何形式的暴力。",
])
def test_remark_dated_by_the_day_again(extract, remark):
    body = "乙国总理王振国18日晚表示，政府将全力调查。\n王振国在记者招待会上表示，政府将与各方合作。\n" + remark + "\n"
    assert _speakers(extract(page(body))) == [("王振国", ["讲话"])]


def test_remark_dated_by_the_day_placed_at_conference(extract):
    # near miss: a sentence places the person's words at the press conference
    body = ("乙国总理王振国在记者招待会上表示，政府将与各方合作。\n"
            "乙国新闻部长陈立新当天也表示，政府谴责任何形式的暴力。\n陈立新是在记者招待会上作上述表示的。\n")
    assert ("陈立新", ["讲话"]) in _speakers(extract(page(body)))


@pytest.mark.parametrize("letter", [
    "总理王振国、副总理陈立新致信会议，对行业发展作出指示。",
    "副总理陈立新向会议致信，对行业发展作出指示。",
    "副总理陈立新向大会发来贺信，对行业发展提出希望。",
    "副总理陈立新致函会议，对行业发展作出指示。",
])
def test_letter_sent_to_meeting(extract, letter):
    body = ("全国冶金工作会议今天在北京召开。" + letter + "\n陈立新充分肯定了过去一年取得的成绩。他在信中指出，改革力度加大。\n"
            "陈立新说，明年行业面临新的机遇。\n部长刘建华在会上说，行业已经到了结构调整阶段。\n")
    assert ("陈立新", ["讲话"]) not in _speakers(extract(page(body)))
    assert ("刘建华", ["讲话"]) in _speakers(extract(page(body)))


def test_letter_of_another_near_miss(extract):
    # near miss: another's letter read out; the reader speaks at the meeting
    body = ("全国冶金工作会议今天在北京召开。副总理陈立新宣读了国务院的贺信。\n陈立新说，明年行业面临新的机遇。\n")
    assert ("陈立新", ["宣读", "讲话"]) in _speakers(extract(page(body)))


@pytest.mark.parametrize("body", [
    "日本首相山本健一在记者招待会上强调，要稳定金融体系。山本表示相信，经济就会复苏。",
    "日本外相山本健一在记者招待会上指出，要加强合作。山本说，双方应当增进互信。",
    "日本首相山本健一在首相官邸举行的记者招待会上强调，要稳定金融体系。山本还指出，减税措施将发挥作用。",
    "在东京举行的记者招待会上，日本首相山本健一强调，要稳定金融体系。山本表示，经济就会复苏。",
])
def test_family_name_later_is_same_person(extract, body):
    assert [(s["name"], s["title"]) for s in extract(page(body))["speakers"]] == [("山本健一", "日本首相" if "首相" in body else "日本外相")]


def test_two_of_one_family_kept_apart(extract):
    # near miss: two people of one family name: the family name alone is left as read
    body = "日本首相山本健一、外相山本一郎在记者招待会上先后讲话。山本表示，经济就会复苏。"
    names = [s["name"] for s in extract(page(body))["speakers"]]
    assert "山本健一" in names and "山本一郎" in names


@pytest.mark.parametrize("referred", [
    "我们敦促有关方面认真回应王振国主席的郑重呼吁和八项主张。",
    "各地要认真落实陈立新总理的重要指示。",
    "与会人员表示要响应刘建华同志的郑重呼吁。",
    "大家纷纷表示，要积极回应赵光明主席的呼吁。",
])
def test_possessed_remark_is_referred(extract_with_model, referred):
    body = "市政府召开全体会议。市长王明在会上讲话。\n" + referred + "\n"
    assert _speakers(extract_with_model(page(body))) == [("王明", ["讲话"])]


def test_own_remark_after_thanks_kept(extract):
    # near miss: 的 inside the object of the person's own act, the remark verb the person's
    body = "市政府召开全体会议。市长王明对大家的关心表示感谢，并指出要抓好安全生产。\n"
    assert _speakers(extract(page(body))) == [("王明", ["讲话"])]


_MEETING_ITEM = "新华社南江1月7日电（记者金风）在今天举行的南江市第十届人民代表大会第一次会议上，李岩当选为人大常委会主任。\n"


@pytest.mark.parametrize("item", [
    "本报北京1月7日讯记者王力报道：今天上午，江城实业有限公司董事长杨建明宣布捐资500万元，设立文学奖励基金。",
    "本报北京1月7日讯记者王力报道：江城实业有限公司董事长杨建明今天表示，将捐资500万元设立文学奖励基金。",
    "新华社北京1月7日电江城实业有限公司董事长杨建明今天宣布，公司将捐资500万元设立助学基金。",
    "据新华社上海1月7日电江城集团总裁杨建明说，集团将捐资300万元支持希望工程。",
])
def test_announcement_in_report_of_its_own(extract_with_model, item):
    names = [s["name"] for s in extract_with_model(page(_MEETING_ITEM + item + "\n"))["speakers"]]
    assert "杨建明" not in names


def test_announcement_going_on_from_meeting_kept(extract_with_model):
    # near miss: the paragraph right after the meeting's, no dateline of its own
    body = _MEETING_ITEM + "江城实业有限公司董事长杨建明宣布，公司将捐资500万元设立文学奖励基金。\n"
    names = [s["name"] for s in extract_with_model(page(body))["speakers"]]
    assert "杨建明" in names
