"""Page, speaker and funding classes, each fixed for the class and not the page that showed it.

- §2 published: an ``<h1>`` site name that is also the ``<title>``'s site part (``…开幕 - 岚山县人民政府``) was taken as the
  headline over the headline's own line, and the dated line under that headline was left out, so ``published`` was lost.
- §4 name: a dotted name whose first part opens on a character outside the transliteration set (``叶尔兰·阿布迪科夫``) was
  written cut short (``尔兰·阿布迪科夫``) beside the whole, so the later bare last part (``阿布迪科夫说``) stood as a second
  person; the cut form is the same name.
- §4 title: a member of a visiting party (``代表团成员、…主席``) is a label like ``与会嘉宾`` or ``职工代表``, no post: dropped
  before the chain.
- §4 name, title, organization: a dotted foreign name right after its body and before an academic rank, its Latin form in
  brackets perhaps between (``…化学系大卫·帕克（David Parker）教授作…报告``), was read by no rule; a rank after the name is
  the title and the body before it the organization, as for Chinese names (``市商务局曹某局长``).
- §4 讲话: a proposal told ``在审议时建议，…`` (the session's deliberation between the name and the verb, a comma after it)
  gave no role; the twenty-second round names ``在审议时建议`` as 讲话, as the rules read ``在审议时建议`` with its object.
- §4 name: a model name of a compound surname and a one-character given name read into the verb after it
  (``纳兰静作总结讲话`` → ``纳兰静作``) made a second person; living surnames the lexicon lacked (玉, 母, 卿, 纳兰, 完颜, 独孤)
  left names after a post unread.
- §4 name: a farmer named by the crop or stock farmed (``茶农``, ``果农``, ``养殖户``) before a name and a speech act
  (``上台分享``, ``发言``) is a lay word like ``村民`` (twenty-first round): the name is read; ``上台分享`` is 发言
  (seventeenth round).
- §3 organizer: an outlet's undated tag (``…网讯``, ``…日报讯``) is a dateline like ``本报讯`` (ninth round); ``各X也分别召开``
  is several bodies each holding its own (twenty-first and twenty-second rounds); ``村“两委”`` stands for the one village
  named (fourteenth round, like ``镇党委``).
- §3 location: where a named place lies (``村里的``, ``镇上的``) is no part of the venue (twenty-first round, like 省城); a
  unit's party body (``…法院党组``) holds its meeting in the unit's own room (``本院…会议室``, thirteenth round).
- §3 attendee_count: the staff of a court, police, fire or army unit or hospital a lecture is given to are its listeners
  (eighth round); people invited to a visit, then ``随即（在…）召开座谈会``, are its attendees (twenty-second round).
- §3 lectures: a named lesson told with ``随后`` after a paragraph of the ceremony's account is given inside it (eleventh
  round); a lecture inside a dated activity whose account runs on for a few sentences takes its day (thirteenth round).
- §4 述职: a group's sequence told with ``走上讲台``/``登台`` and a topic before ``进行述职`` keeps the ``轮到`` turn (twenty-first
  round); remarks at a free clinic or drill site (``在义诊现场表示``) give no role (remarks at an activity that is no meeting).
- §6: a body's total (``共``, ``累计``) over a period on a field with no use, and a whole place's field spending as a noun,
  are budget figures (sixteenth round); an intention under a plan (``按照规划，…拟投入``) stays intended on a page that
  reports a signing (money only intended); a plan or a set day of an event ahead governs the clause after it (prize
  money of an event ahead); a package named as the source (``根据“…”，对…首次…的企业，给予奖励``) is a rate for whoever
  qualifies (thirteenth and fifteenth rounds).
- §5: what the holders did (``在…的``) between the count and a quoted honour is no part of the honour.

Every row is invented.
"""

from __future__ import annotations

import pytest

from pipeline.html import html_to_text
from tests.extract.views import grants, honours, page, speakers


def _gov_page(headline: str, site: str, sep: str = " - ", stamp: str = "发布时间：2018-04-21 08:12　来源：县文旅局",
              related: str = "") -> str:
    return (f"<html><head><title>{headline}{sep}{site}</title></head><body><div class='head'><h1>{site}</h1>"
            "<div class='menu'><a href='/'>首页</a><a href='/a'>政务要闻</a><a href='/b'>部门动态</a></div></div>"
            "<div class='path'>当前位置：首页 &gt; 政务要闻</div><div class='article'>"
            f"<div class='title'>{headline}</div><div class='meta'>{stamp}</div><div class='body'>"
            "<p>4月20日上午，县第三届杜鹃花文化旅游节在杜鹃岭景区开幕，县长致辞，向前来参加旅游节的各位嘉宾表示欢迎。</p>"
            "<p>开幕式后，在景区会议中心举行了文化旅游项目推介会，现场签约项目5个。</p></div></div>"
            f"{related}</body></html>")


# §2: the headline's own line within the <title>'s headline part wins over an <h1> that is only its site part.
@pytest.mark.parametrize(("html", "published"), [
    (_gov_page("第三届杜鹃花文化旅游节开幕", "岚山县人民政府"), "2018-04-21T08:12"),
    (_gov_page("第三届杜鹃花文化旅游节开幕", "岚山县人民政府", "_"), "2018-04-21T08:12"),
    (_gov_page("县政府召开第十八次常务会议", "江城县人民政府门户网站", " | "), "2018-04-21T08:12"),
    (_gov_page("全市安全生产工作会议召开", "江州市应急管理局", " - ", "发布日期：2021年06月30日"), "2021-06-30"),
    (_gov_page("我县举行新春团拜会", "青山县融媒体中心", "--", "时间：2024-02-05　来源：县融媒体中心"), "2024-02-05"),
    # NEGATIVE: no stamp under the headline gives no date; a related item's date is none either
    (_gov_page("第三届杜鹃花文化旅游节开幕", "岚山县人民政府", " - ", "来源：县文旅局"), ""),
    (_gov_page("县政府召开第十八次常务会议", "江城县人民政府", " - ", "来源：县政府办",
               "<div class='rel'><h3>相关阅读</h3><ul><li><a href='/c'>县政府召开第十七次常务会议</a>"
               "<span>2018-04-15</span></li><li><a href='/d'>县长调研春耕生产</a><span>2018-04-10</span></li></ul></div>"), ""),
], ids=["dash", "underscore", "bar", "date-label", "double-dash", "no-stamp", "previous-post"])
def test_headline_line_over_site_name(html, published):
    assert html_to_text(html).published == published


# §4: the bare last part of a dotted name is the person named in full, however the full name's first part opens.
@pytest.mark.parametrize(("body", "expected"), [
    ("5月6日，市长王强会见了哈萨克斯坦阿拉木图州副州长叶尔兰·阿布迪科夫率领的经贸代表团。阿布迪科夫说，愿深化合作。",
     {"王强": ("市长", ()), "叶尔兰·阿布迪科夫": ("哈萨克斯坦阿拉木图州副州长", ("讲话",))}),
    ("5月6日，市长王强会见了副州长叶尔兰·阿布迪科夫一行。会见中，阿布迪科夫表示，愿推动两地合作。",
     {"叶尔兰·阿布迪科夫": ("副州长", ("讲话",))}),
    ("5月6日，市长王强会见了乌兹别克斯坦塔什干州州长马赫穆德·沙里波夫一行。沙里波夫介绍了该州农业情况。",
     {"马赫穆德·沙里波夫": ("乌兹别克斯坦塔什干州州长", ("讲话",))}),
    ("5月6日，市长王强会见了吉尔吉斯斯坦楚河州州长叶尔江·卡西莫夫一行。会见中，卡西莫夫说，愿深化合作。",
     {"叶尔江·卡西莫夫": ("吉尔吉斯斯坦楚河州州长", ("讲话",))}),
    ("5月6日，市长王强会见了副州长叶尔兰·努尔兰一行。会见中，努尔兰说，愿深化合作。",
     {"叶尔兰·努尔兰": ("副州长", ("讲话",))}),
    # NEGATIVE: two dotted names of the same last part stay unresolved; a bare name with no dotted form stays as written
    ("5月6日，市长王强会见了团长伊万·彼得罗夫和副团长安娜·彼得罗夫一行。会上，彼得罗夫说，愿推动合作。",
     {"彼得罗夫": (None, ("讲话",))}),
    ("5月6日，市政府召开外资企业座谈会。会上，德国客商施密特表示，将继续扩大在华投资。", {"施密特": (None, ("讲话",))}),
])
def test_dotted_short_form(extract_with_model, body, expected):
    found = speakers(extract_with_model(page(body)))
    assert {name: found.get(name) for name in expected} == {
        name: (title, roles) if roles else found.get(name) for name, (title, roles) in expected.items()}


# §4: a member of a visiting party is a label before the title chain.
@pytest.mark.parametrize(("body", "name", "title"), [
    ("5月6日，市长王强会见了阿拉木图州经贸代表团。座谈中，代表团成员、阿拉木图州企业家协会主席阿依江·努尔兰介绍了该州情况。",
     "阿依江·努尔兰", "阿拉木图州企业家协会主席"),
    ("5月6日，市长王强会见了江南省经贸代表团。座谈中，代表团成员、江南省企业家协会会长李明介绍了该省情况。",
     "李明", "江南省企业家协会会长"),
    ("5月6日，市长王强会见了江南省考察团。座谈中，考察团成员、江南大学教授李明介绍了该省情况。", "李明", "江南大学教授"),
    ("5月6日，市长王强会见了台湾青年交流团。座谈中，交流团成员、台中市青年创业协会理事长林志明发言。", "林志明", "台中市青年创业协会理事长"),
    ("5月6日，市长王强会见了日本经贸访问团。座谈中，访问团成员、大阪商工会议所副会頭田中一郎发言。", "田中一郎", None),
    # NEGATIVE: the party's own head is a post; a standing body's membership before a post stays as written
    ("5月6日，市长王强会见了江南省考察团。座谈中，考察团团长、江南省副省长李明介绍了该省情况。", "李明", "考察团团长、江南省副省长"),
    ("5月6日，市委召开常委会。市委常委会成员、副市长李明发言。", "李明", "市委常委会成员、副市长"),
])
def test_visiting_party_member_label(extract_with_model, body, name, title):
    found = speakers(extract_with_model(page(body)))
    assert name in found
    if title is not None:
        assert found[name][0] == title


# §4: a dotted name after its body and before a rank (a Latin gloss perhaps between): the rank is the title, the body
# the organization.
@pytest.mark.parametrize(("body", "name", "title", "organization"), [
    ("10月22日下午，应化学学院邀请，美国密歇根大学化学系大卫·帕克（David Parker）教授在报告厅作了学术报告。",
     "大卫·帕克", "教授", "美国密歇根大学化学系"),
    ("10月22日下午，美国密歇根大学化学系大卫·帕克教授在科技楼报告厅作了学术报告。", "大卫·帕克", "教授", "美国密歇根大学化学系"),
    ("5月6日，学术论坛在江城大学举行。德国慕尼黑工业大学机械系汉斯·韦伯（Hans Weber）博士作主旨报告。",
     "汉斯·韦伯", "博士", "德国慕尼黑工业大学机械系"),
    ("5月6日，学术论坛在江城大学举行。英国剑桥大学约翰·史密斯研究员发言。", "约翰·史密斯", "研究员", "英国剑桥大学"),
    ("5月6日，学术论坛在江城大学举行。法国巴黎第六大学让·杜兰副教授作了专题报告。", "让·杜兰", "副教授", "法国巴黎第六大学"),
])
def test_dotted_name_after_body_before_rank(extract, body, name, title, organization):
    person = next(s for s in extract(page(body))["speakers"] if s["name"] == name)
    assert (person["title"], person["organization"]) == (title, organization)


@pytest.mark.parametrize("body", [
    # NEGATIVE: a lab or prize named after a person, a place in a dotted brand: no person
    "5月6日，学术论坛在江城大学举行。江城大学化学系大卫·帕克实验室的研究员发言。",
    "5月6日，学术论坛在江城大学举行。中国·江城国际论坛秘书处研究员发言。",
    "5月6日，学术论坛在江城大学举行。江城大学化学系大卫·帕克奖学金获得者发言。",
])
def test_no_dotted_name_before_rank(extract, body):
    assert not any("·" in s["name"] for s in extract(page(body))["speakers"])


# §4 twenty-second round: 在审议时建议，… at a session is 讲话; at an inspection or a visit it is none.
@pytest.mark.parametrize(("body", "expected"), [
    ("县人大常委会第五次会议昨日举行。委员鲜于坤在审议时建议，加大对高山村组供水工程的投入。", {"鲜于坤": ("委员", ("讲话",))}),
    ("县人大常委会第五次会议昨日举行。委员王坤在审议时建议，加大投入。", {"王坤": ("委员", ("讲话",))}),
    ("县政协召开专题协商会。委员王坤在协商时建议：加大投入。", {"王坤": ("委员", ("讲话",))}),
    ("县人大常委会第五次会议昨日举行。委员王坤在分组审议中建议，加大投入。", {"王坤": ("委员", ("讲话",))}),
    ("县人大常委会第五次会议昨日举行。委员王坤在讨论时建议，建立长效管护机制。", {"王坤": ("委员", ("讲话",))}),
    ("市政协召开常委会议。常委赵丽在审议过程中建议，完善养老服务体系。", {"赵丽": ("常委", ("讲话",))}),
    # NEGATIVE: a proposal made on a visit or an inspection
    ("县人大常委会第五次会议昨日举行。委员王坤在调研时建议，加大投入。", {}),
    ("县人大常委会第五次会议昨日举行。委员王坤在考察时建议，加大投入。", {}),
])
def test_proposal_at_deliberation(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# §4: a compound surname and a one-character given name before 作 (the model's span cut before the verb); living
# surnames read after a post.
@pytest.mark.parametrize(("body", "expected"), [
    ("1月9日，江澜大学党委召开民主生活会。党委书记纳兰静主持会议。纳兰静作总结讲话。", {"纳兰静": ("党委书记", ("主持", "讲话"))}),
    ("1月9日，学院党委召开民主生活会。党委书记欧阳静主持会议。欧阳静作总结讲话。", {"欧阳静": ("党委书记", ("主持", "讲话"))}),
    ("1月9日，学院党委召开民主生活会。党委书记完颜青主持会议。完颜青作总结讲话。", {"完颜青": ("党委书记", ("主持", "讲话"))}),
    ("1月9日，学院党委召开民主生活会。党委书记独孤明主持会议。独孤明作了总结讲话。", {"独孤明": ("党委书记", ("主持", "讲话"))}),
    ("日前，幸福里社区开展主题党日活动。社区党委书记玉香带领全体党员学习了党章。", {"玉香": ("社区党委书记", ("宣读",))}),
    ("日前，幸福里社区开展主题党日活动。社区党委书记卿晓红带领全体党员学习了党章。", {"卿晓红": ("社区党委书记", ("宣读",))}),
    # NEGATIVE: a three-character name before 作 keeps it; a two-character compound-surname name before 代为 stays whole
    ("1月9日，学院党委召开民主生活会。党委书记司马光明作总结讲话。", {"司马光明": ("党委书记", ("讲话",))}),
    ("1月9日，学院党委召开民主生活会。党委书记欧阳静主持会议。", {"欧阳静": ("党委书记", ("主持",))}),
])
def test_compound_surname_before_verb(extract_with_model, body, expected):
    assert speakers(extract_with_model(page(body))) == expected


# §4 twenty-first round: a farmer's noun before a name and a speech act; 上台分享 is 发言 (seventeenth round).
@pytest.mark.parametrize(("body", "expected"), [
    ("3月8日上午，县妇联举行表彰会。“最美家庭”代表、巴州镇茶农母亚琴上台分享了家风故事。", {"母亚琴": (None, ("发言",))}),
    ("3月8日上午，县妇联举行表彰会。果农李春花上台发言。", {"李春花": (None, ("发言",))}),
    ("3月8日上午，县妇联举行表彰会。养殖户代表、青山村养殖户赵大勇上台分享了致富经验。", {"赵大勇": (None, ("发言",))}),
    ("3月8日上午，县农业农村局召开表彰会。种粮大户孙满仓作交流发言。", {"孙满仓": (None, ("发言",))}),
    ("3月8日上午，县妇联举行表彰会。菜农周桂英上台分享了种菜心得。", {"周桂英": (None, ("发言",))}),
    # NEGATIVE: the noun as a topic, a farmer who only attends
    ("3月8日上午，县委召开座谈会。会议要求加强茶农培训工作。", {}),
    ("3月8日上午，县妇联举行表彰会。果农李春花参加会议。", {}),
])
def test_farmer_before_name(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# §6 sixteenth round: a year's or a running span's spending on a field with no stated use is a budget figure; a body's
# total (共, 累计) over the period like a region's.
@pytest.mark.parametrize(("body", "expected"), [
    ("近日，白沙镇召开安全生产工作会议。上半年，全镇共开展大检查4轮，全镇安全生产投入180万元，未发生较大事故。", []),
    ("近日，县应急局召开会议。今年以来，全县安全生产投入达860万元，排查隐患1200处。", []),
    ("6月1日，公司举行启动仪式。今年以来，公司累计投入安全生产费用2600万元，排查整改隐患1300余项。", []),
    ("6月1日，公司举行启动仪式。2023年，公司共投入环保治理资金3200万元，完成整改项目12个。", []),
    ("6月1日，学校召开大会。去年，学校累计投入教学科研经费800万元。", []),
    # NEGATIVE: a use after the amount, no total word (the tuning gold's money put into named work), a dated act
    ("6月1日，公司举行启动仪式。今年以来，公司累计投入安全生产费用2600万元，用于隐患整改。",
     [(26000000.0, "CNY", "隐患整改")]),
    ("1月12日，医院召开述职评议会。据悉，2023年医院投入学科建设和人才培养经费1200余万元，引进博士9名。",
     [(12000000.0, "CNY", "学科建设和人才培养经费")]),
    ("6月1日，公司举行启动仪式。5月6日，公司累计投入安全生产费用260万元。", [(2600000.0, "CNY", None)]),
])
def test_period_spending_on_field(extract, body, expected):
    assert grants(extract(page(body))) == expected


# §6: money only intended under a plan stays intended on a page that reports a signing; a plan or a set day of an event
# ahead governs the clause after it; a package's provision for whoever qualifies is a rate.
@pytest.mark.parametrize(("body", "expected"), [
    ("11月8日，签约仪式在县行政中心举行。双方签署了全面合作协议。按照规划，研究院三年内拟投入建设资金2000万元。", []),
    ("11月8日，签约仪式在县行政中心举行。根据建设方案，园区拟再投入资金3亿元。", []),
    ("11月8日，签约仪式在县行政中心举行。按计划，项目二期拟投资5亿元。", []),
    ("据悉，协会计划于今年下半年举办首届女性创业大赛，设立总额50万元的创业扶持奖金。", []),
    ("学校拟于明年举办科技节，设立奖金10万元。", []),
    ("县工商联准备在年内举办创业大赛，安排专项资金30万元。", []),
    ("根据“稳经济十二条”，对当年新吸纳高校毕业生就业的企业，每吸纳1人给予一次性就业补贴1500元；"
     "对年度营业收入首次突破2000万元的服务业企业，给予一次性奖励10万元。", []),
    ("按照《江城市促进消费若干措施》，对首次进入全国百强的商贸企业，给予一次性奖励20万元。", []),
    ("根据“科技十条”，对首次获批国家级研发平台的企业，给予补助100万元。", []),
    ("11月8日，签约仪式在县行政中心举行。依据规划，新校区拟分期投入建设资金1.5亿元。", []),
    ("市体育局计划在年内举办全民健身运动会，设置奖金20万元。", []),
    ("区商务局定于下月举办美食节，安排专项资金50万元。", []),
    ("根据“人才新政十条”，对首次入选国家级人才计划的专家，给予一次性奖励50万元。", []),
    ("依据《江城市促进服务业发展办法》，对新认定的市级服务业集聚区，给予补助30万元。", []),
    # NEGATIVE: the agreement's money, a project signed, prize money set up for an event held, money paid under a package
    ("11月8日，签约仪式在县行政中心举行。根据协议，双方拟共同投入10亿元。", [(1000000000.0, "CNY", None)]),
    ("协会于今年上半年举办了创业大赛，设立总额50万元的扶持奖金。", [(500000.0, "CNY", "扶持奖金")]),
    ("11月8日，签约仪式在县行政中心举行。按照规划，研究院三年内投入建设资金2000万元。", [(20000000.0, "CNY", None)]),
    ("联赛原定于5月1日开赛，已设立总奖金20万元。", [(200000.0, "CNY", "总奖金")]),
    ("根据《江城市促进服务业发展办法》，市财政已对新认定的8家集聚区给予补助240万元。", [(2400000.0, "CNY", None)]),
    ("根据“稳经济十二条”，市财政安排资金5000万元，支持中小企业发展。", [(50000000.0, "CNY", "支持中小企业发展")]),
])
def test_money_only_intended(extract, body, expected):
    assert grants(extract(page(body))) == expected


def _meetings(record: dict, *keys: str) -> list[tuple]:
    return [(m["name"], *(m[k] for k in keys)) for m in record["meetings"]]


# §3 ninth round: an outlet's tag (…网讯, …日报讯) is a dateline like 本报讯; the body after it holds its own numbered
# congress (eleventh round).
@pytest.mark.parametrize(("body", "organizer"), [
    ("江州新闻网讯　江州市女企业家协会第四届会员代表大会昨日上午在江州国际会议中心召开。", "江州市女企业家协会"),
    ("江州日报讯（记者 王明）江州市总工会第四届会员代表大会昨日上午在江州国际会议中心召开。", "江州市总工会"),
    ("江城电视台讯 县委召开常委会，研究部署防汛工作。", "县委"),
    ("青山晚报讯　青山县摄影家协会第五次会员代表大会昨日在县文化馆举行。", "青山县摄影家协会"),
    ("东江网讯 东江区科协第三次代表大会昨日在区会议中心开幕。", "东江区科协"),
    # NEGATIVE: 讯 in a word of the body's name, a bare tag word
    ("快讯 江城市科技局召开座谈会。", "江城市科技局"),
    ("资讯 江城市科技局召开座谈会。", "江城市科技局"),
])
def test_outlet_tag_dateline(extract, body, organizer):
    assert [m["organizer"] for m in extract(page(body))["meetings"]] == [organizer]


# §3 twenty-first and twenty-second rounds: 各 before the bodies and an adverb of each acting apart is several bodies
# each holding its own: no organizer; the one village's body by its level word is that village's.
@pytest.mark.parametrize(("body", "organizer"), [
    ("6月29日，城南街道各社区也分别召开了庆祝建党100周年座谈会。", None),
    ("6月29日，城南街道各社区分别召开了座谈会。", None),
    ("6月29日，全县各乡镇各自召开了动员会。", None),
    ("6月29日，市直各单位党组织分头召开了组织生活会。", None),
    ("4月3日上午，雷平县桃江镇板栗坳村党支部书记吴老当主持召开院坝会。当天下午，村“两委”又召开会议。", "板栗坳村“两委”"),
    ("4月3日上午，桃江镇板栗坳村党支部书记吴老当主持召开院坝会。当天下午，村党支部又召开会议。", "板栗坳村党支部"),
    ("4月3日上午，青山村党支部书记吴老当主持召开院坝会。当天下午，村两委又召开会议。", "青山村两委"),
    ("6月29日，全区各学校分别召开了家长会。", None),
    ("4月3日上午，白云乡红旗村党支部书记李明主持召开群众会。当天下午，村委会又召开会议。", "红旗村委会"),
    # NEGATIVE: in turn (as written), two villages named, a common noun ending in 村
    ("6月29日，各村（社区）党组织陆续召开了座谈会。", "各村（社区）党组织"),
    ("4月3日上午，青山村、绿水村党支部书记主持召开院坝会。当天下午，村两委又召开会议。", "村两委"),
    ("6月29日，城南街道与各社区联合召开了座谈会。", "城南街道与各社区"),
    ("4月3日上午，县委召开美丽乡村建设会议。当天下午，村党支部又召开会议。", "村党支部"),
])
def test_several_or_village_holders(extract, body, organizer):
    assert [m["organizer"] for m in extract(page(body))["meetings"]][-1] == organizer


# §3: where a named place lies (村里的, 镇上的) is no part of it; a unit's party body holds its meeting in the unit's room.
@pytest.mark.parametrize(("body", "location"), [
    ("4月3日上午，村党支部书记吴老当来到村里的岩脚组，主持召开院坝会。", "岩脚组"),
    ("4月3日上午，镇党委在镇上的文化广场召开群众大会。", "文化广场"),
    ("4月3日上午，社区党委在社区里的党群服务站召开座谈会。", "党群服务站"),
    ("4月3日，县委书记王明来到县城的滨河公园，主持召开座谈会。", "滨河公园"),
    ("4月3日，镇党委书记王明来到镇里的敬老院，主持召开座谈会。", "敬老院"),
    ("5月20日下午，县公安局党委在本局指挥中心召开会议。", "县公安局指挥中心"),
    ("5月20日下午，江城县人民检察院党组在本院第一会议室召开会议。", "江城县人民检察院第一会议室"),
    ("5月20日下午，江源县人民法院党组在本院审判委员会会议室召开理论学习中心组学习会。", "江源县人民法院审判委员会会议室"),
    ("5月20日下午，县文物局党委在本局三楼会议室召开党委会议。", "县文物局三楼会议室"),
    ("5月20日下午，江城市第一医院党委在我院学术报告厅召开党建工作会议。", "江城市第一医院学术报告厅"),
    # NEGATIVE: a generic word in the venue's own name, a school's room, a room of no unit named
    ("4月3日上午，学校在学校图书馆报告厅召开家长会。", "学校图书馆报告厅"),
    ("4月3日，村党支部在村委会会议室召开会议。", "村委会会议室"),
    ("5月20日下午，县委组织部在本部会议室召开会议。", "本部会议室"),
    ("5月20日下午，江城集团党委在公司总部报告厅召开会议。", "公司总部报告厅"),
])
def test_venue_description_and_unit_room(extract, body, location):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [location]


# §3 eighth, thirteenth and twenty-second rounds: listeners a lecture is given to; people invited to a visit, then a
# 座谈会 held 随即 (its venue perhaps between).
@pytest.mark.parametrize(("body", "expected"), [
    ("5月20日，县法院召开学习会。学习会后，院长卓玛次仁以《学好用好民法典》为题，为全院90余名干警讲授了专题党课。",
     [("学习会", None), ("专题党课", 90)]),
    ("5月20日，支队长王明为120名消防指战员讲授了专题党课。", [("专题党课", 120)]),
    ("5月20日，院长王明为80名医务人员作了专题讲座。", [("专题讲座", 80)]),
    ("5月20日，政委王明为200余名官兵讲授了一堂党课。", [("党课", 200)]),
    ("4月16日上午，桂坪县人民法院邀请12名县人大代表、政协委员走进法院，观摩了一起民间借贷纠纷案件的庭审，"
     "随即在本院第二会议室召开座谈会。", [("座谈会", 12)]),
    ("4月16日上午，县法院邀请12名县人大代表观摩了一起案件的庭审，随即召开座谈会。", [("座谈会", 12)]),
    ("4月16日上午，县检察院邀请8名人民监督员观摩庭审，随即在本院召开座谈会。", [("座谈会", 8)]),
    # NEGATIVE: people a body sends (no invitation), a 参加 count wins, another day between
    ("4月16日上午，县法院组织12名干警观摩庭审，随即在本院召开座谈会。", [("座谈会", None)]),
    ("4月16日上午，县法院邀请12名县人大代表观摩庭审，随即在本院召开座谈会，30余名干警参加。", [("座谈会", 30)]),
    ("4月16日上午，县法院邀请12名代表观摩庭审。5月6日，县法院在本院召开座谈会。", [("座谈会", None)]),
])
def test_lecture_listeners_and_invited(extract, body, expected):
    assert _meetings(extract(page(body)), "attendee_count") == expected


# §3 eleventh and thirteenth rounds: a lesson told with 随后 after a paragraph of the ceremony's account is given inside
# it; a lecture inside a dated activity whose account runs on for a few sentences takes its day.
@pytest.mark.parametrize(("body", "expected"), [
    ("9月1日上午，江城一中开学典礼在学校操场举行。\n典礼上，学校表彰了优秀教师。\n随后，校长王明为全体师生讲授了“开学第一课”。",
     [("开学典礼", "9月1日"), ("开学第一课", None)]),
    ("9月1日上午，江城一中开学典礼在学校操场举行。典礼由副校长李华主持。\n典礼上，学生代表发言。今年学校招收新生1200名。"
     "\n接着，校长王明为新生讲授了“开学第一课”。", [("开学典礼", "9月1日"), ("开学第一课", None)]),
    ("4月20日，医院组织医务人员走进龙潭村开展义诊活动。\n一大早，村文化广场上就排起了长队。\n"
     "活动中，内分泌科主任赫连芳为70余名村民作了关于慢性病防治的专题讲座。", [("关于慢性病防治的专题讲座", "4月20日")]),
    ("5月23日，区检察院举办检察开放日活动。来宾参观了案件管理中心。检察官们介绍了办案流程。来宾们纷纷点赞。"
     "\n活动中，检察官李强为来宾作了专题讲座。", [("专题讲座", "5月23日")]),
    ("9月1日上午，江城二中开学典礼在体育馆举行。\n典礼上，新生代表发言。\n最后，校长王明为全体新生讲授了“开学第一课”。",
     [("开学典礼", "9月1日"), ("开学第一课", None)]),
    ("9月1日上午，江城职校新学期开班仪式在报告厅举行。\n仪式上，教师代表发言。\n随后，校长王明为学员讲授了“开班第一课”。",
     [("江城职校新学期开班仪式", "9月1日"), ("开班第一课", None)]),
    ("5月23日，区法院举办公众开放日活动。来宾参观了诉讼服务中心。法官们介绍了立案流程。\n活动中，法官李强为来宾作了专题讲座。",
     [("专题讲座", "5月23日")]),
    # NEGATIVE: the ceremony told closed before, a paragraph outside its account, another day between
    ("9月1日上午，江城一中开学典礼在学校操场举行。\n典礼上，学校表彰了优秀教师。开学典礼圆满结束。\n"
     "随后，校长王明为全体师生讲授了“开学第一课”。", [("开学典礼", "9月1日")]),
    ("9月1日上午，江城一中开学典礼在学校操场举行。\n学校今年招收新生1200名。\n随后，校长王明为全体师生讲授了“开学第一课”。",
     [("开学典礼", "9月1日")]),
    ("4月20日，医院组织医务人员走进龙潭村开展义诊活动。\n4月22日，医院召开了义诊总结会。\n"
     "活动中，内分泌科主任赫连芳为70余名村民作了专题讲座。", [("义诊总结会", "4月22日")]),
    ("5月23日，区法院举办公众开放日活动。5月24日，来宾参观了诉讼服务中心。\n活动中，法官李强为来宾作了专题讲座。", []),
    ("5月23日，区法院将举办公众开放日活动。来宾将参观诉讼服务中心。\n活动中，法官李强为来宾作专题讲座。", []),
])
def test_lesson_in_ceremony_or_activity(extract, body, expected):
    assert _meetings(extract(page(body)), "date_text") == expected


# §4 twenty-first round: the one whose turn comes in a 述职 sequence told with the way up to the stage and its topic;
# §4: remarks at a free clinic or a drill site give no role.
@pytest.mark.parametrize(("body", "expected"), [
    ("12月27日，集团党委召开述职评议会。会上，6名基层党组织书记依次走上讲台，围绕履职情况进行述职。机关第一党支部书记敖翔率先述职。"
     "轮到运营公司党委书记聂冬青，他直言党建容易让路。",
     {"敖翔": ("机关第一党支部书记", ("述职",)), "聂冬青": ("运营公司党委书记", ("述职",))}),
    ("12月27日，县委召开述职评议会。8名乡镇党委书记依次登台，就抓党建工作情况进行述职。轮到青山镇党委书记赵丽，她坦言工作还有差距。",
     {"赵丽": ("青山镇党委书记", ("述职",))}),
    ("12月27日，县委召开述职评议会。8名乡镇党委书记依次走上讲台进行述职。轮到青山镇党委书记赵丽，她坦言工作还有差距。",
     {"赵丽": ("青山镇党委书记", ("述职",))}),
    ("4月20日，县应急局举行防汛演练启动仪式。局长王强在演练现场表示，要提高应急能力。", {}),
    ("4月20日，医院举行义诊活动启动仪式。院长王强在义诊现场说，要惠及群众。", {}),
    ("12月27日，县委召开述职评议会。5名局长先后上台，围绕年度工作进行述职。轮到县教育局局长赵丽，她坦言工作还有差距。",
     {"赵丽": ("县教育局局长", ("述职",))}),
    ("4月20日，市民政局举行敬老月启动仪式。局长王强在慰问现场表示，要关爱老人。", {}),
    # NEGATIVE: a group that only spoke, remarks at the ceremony's own site
    ("12月27日，县委召开述职评议会。8名乡镇党委书记依次发言。轮到青山镇党委书记赵丽，她坦言工作还有差距。", {}),
    ("4月20日，县应急局举行防汛演练启动仪式。局长王强在启动仪式现场表示，要提高应急能力。", {"王强": ("局长", ("讲话",))}),
    ("4月20日，县委召开全县防汛工作会议。县长王强在会议现场表示，要做好防汛工作。", {"王强": ("县长", ("讲话",))}),
])
def test_turn_in_sequence_and_activity_site(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# §5: what the holders did, told between the count and a quoted honour (在…的), is no part of the honour.
@pytest.mark.parametrize(("body", "expected"), [
    ("9月18日，公司举行大会。大会表彰了20名在岗位上工作满二十年的“功勋员工”。", [("功勋员工", 20, "名", "person")]),
    ("9月18日，医院举行大会。大会表彰了20名在抗疫一线表现突出的“最美护士”。", [("最美护士", 20, "名", "person")]),
    ("9月18日，县委召开大会。大会表彰了30个在脱贫攻坚中表现突出的“先进集体”。", [("先进集体", 30, "个", "organization")]),
    ("9月18日，市总工会召开大会。大会表彰了15家在疫情防控中贡献突出的“爱心企业”。", [("爱心企业", 15, "家", "organization")]),
    ("9月18日，区委召开大会。大会表彰了40名于基层一线默默奉献的“优秀网格员”。", [("优秀网格员", 40, "名", "person")]),
    # NEGATIVE: bodies that put others forward, a quoted description, no conferral
    ("9月18日，县委召开大会。大会表彰了12个部门推荐的“优秀公务员”。", []),
    ("9月18日，公司举行大会。公司现有20名在一线工作的“老黄牛”。", []),
    ("9月18日，公司举行大会。会上，20名在岗位上工作满二十年的“老员工”分享了经验。", []),
])
def test_deed_between_count_and_honour(extract, body, expected):
    assert honours(extract(page(body))) == expected
