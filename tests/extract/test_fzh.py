"""Classes the fresh review set s126 showed (helper fzh), each fixed for the class and not the page that showed it.

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

Every row is invented.
"""

from __future__ import annotations

import pytest

from pipeline.html import html_to_text
from tests.extract.views import page, speakers


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
