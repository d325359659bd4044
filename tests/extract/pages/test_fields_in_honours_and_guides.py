"""Shapes on culture, tourism and media pages (文旅局, museums, 非遗, festivals, 推介会 signings, awards of works).
Invented sentences; the expected values follow corpus/GUIDELINES.md §3 (a self-reference to the holding body before a
room), §4 (titles written next to the name; a 他/她 resumes the sentence's actor), §5 (the category inside a longer phrase; designations conferred by plaque) and §6 (a signed project's total).

- Honours named as the object of a commendation whose scope joins two fields with 和 (对全市文化和旅游工作先进集体和先进
  个人进行了表彰，10个单位、25名个人受到表彰) were split at the field's 和: the plain counts after them were lost (§5).
- Villages and towns designated as a programme's key or model ones (乡村旅游重点村) are designations conferred by plaque
  like 就业见习基地; 首批 may follow the count, and a second designation of the batch may follow 和 (§5 tenth and thirteenth
  review rounds): both were missed.
- 讲解员 and 主播 are posts written next to the name (社教部讲解员马悦): the speaker or the title was lost (§4). A guide
  explaining on a visit (讲解员李红为大家讲解了展馆历史) stays no lecture (§4: remarks during an activity that is no meeting).
- A room after the holding body's pronoun (本院第一会议室, 我局三楼会议室) is that body's room when the body is the
  organizer (§3 thirteenth review round); the bare word (局机关六楼会议室) stays as written, as the tuning gold reads it.
- A project picked out by 其中 after a signing's sentence (…签订…项目，签约总金额23.6亿元。其中，…项目计划投资12亿元) is a
  signed project: its total is funding (§6: a signed project's total; the part picked out by 其中).
- Yearly rates per unit listed before one closing 标准 (按照每个市级“三馆”每年50万元、每个县级“三馆”每年20万元的标准予以
  补助), the unit perhaps quoted, are standing rates: both were read as grants (§6 eleventh and thirteenth rounds).
- In 甲联同乙、丙为…颁奖。她…, the pronoun is 甲, not the last companion named (§4: the speaker is the one who acts).
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月6日，市文旅局召开工作会议。会议对全市文化和旅游工作先进集体和先进个人进行了表彰，10个单位、25名个人受到表彰。",
         [("先进集体", 10, "个", "organization"), ("先进个人", 25, "名", "person")]),
        ("5月6日，区人社局召开总结大会。大会对2024年度人力资源和社会保障工作先进集体和先进个人予以表彰，8个单位、20名个人受到表彰。",
         [("先进集体", 8, "个", "organization"), ("先进个人", 20, "名", "person")]),
        ("5月6日，县科技局召开会议。会上对科技和信息化工作先进单位进行了表彰，6个单位受到表彰。",
         [("先进单位", 6, "个", "organization")]),
        # near misses: no honour named in the joined phrase, or the plain form that already worked
        ("5月6日，县文旅局召开会议。会议对文化和旅游系统干部进行了表彰，10个单位、25名个人受到表彰。", []),
        ("5月6日，县文旅局召开会议。会议对先进集体和先进个人进行了表彰，10个单位、25名个人受到表彰。",
         [("先进集体", 10, "个", "organization"), ("先进个人", 25, "名", "person")]),
    ],
)
def test_fields_joined_inside_a_commended_honour(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1月11日，市文旅局召开大会。会上，为新认定的20个首批市级乡村旅游重点村和5个乡村旅游重点镇授牌。",
         [("乡村旅游重点村", 20, "个", "organization"), ("乡村旅游重点镇", 5, "个", "organization")]),
        ("1月11日，市农业农村局召开大会。会上，为12个省级美丽乡村示范村授牌。",
         [("美丽乡村示范村", 12, "个", "organization")]),
        ("1月11日，市文旅局召开大会。会上，为新认定的15家市级乡村旅游示范基地和3家市级研学实践基地授牌。",
         [("乡村旅游示范基地", 15, "家", "organization"), ("研学实践基地", 3, "家", "organization")]),
        # near misses: no level word (the holders' own noun), a tally of a period, a plaque a body hangs itself
        ("1月11日，市文旅局召开大会。会上，为20个重点村授牌。", []),
        ("1月11日，市文旅局召开大会。今年以来，全市已为20个市级乡村旅游重点村授牌。", []),
        ("1月11日，市文旅局召开大会。会后，20个市级乡村旅游重点村统一挂牌。", []),
    ],
)
def test_villages_designated_by_plaque(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("5月6日，市博物馆召开表彰大会。社教部讲解员马悦代表受表彰人员发言。", "马悦", "社教部讲解员"),
        ("5月6日，市博物馆召开表彰大会。讲解员马悦代表受表彰人员发言。", "马悦", "讲解员"),
        ("5月6日，县融媒体中心召开座谈会。编辑部副主任吴凯、新媒体部主播陈露先后作交流发言。", "陈露", "新媒体部主播"),
        ("5月6日，县融媒体中心召开座谈会。县电视台主播陈露作交流发言。", "陈露", "县电视台主播"),
        ("5月6日，市博物馆举办文物知识讲座，讲解员马悦为60余名市民讲解了青铜器知识。", "马悦", "讲解员"),
    ],
)
def test_guide_and_anchor_are_titles(extract, body, name, title):
    found = speakers(extract(page(body)))
    assert found[name][0] == title


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the post in a group label, or a person merely mentioned
        "5月6日，市博物馆召开表彰大会。会上，20名优秀讲解员受到表彰。",
        "5月6日，市博物馆召开座谈会。馆长周文彬主持会议。讲解员马悦的事迹被多家媒体报道。",
        # a guide explaining on a visit: a guide's talk, no lecture
        "5月6日，县委书记王强参观了县博物馆。讲解员马悦为大家讲解了馆藏文物。",
        "5月6日，市文旅局召开座谈会。会前，与会人员参观了展馆，讲解员马悦为大家讲解了展馆历史。",
    ],
)
def test_guide_not_a_speaker_when_only_counted_or_mentioned(extract, body):
    assert "马悦" not in speakers(extract(page(body)))
    assert not any(name.endswith("讲解员") for name in speakers(extract(page(body))))


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ("5月6日，县文物局在本局四楼会议室召开全县文物安全工作推进会。", "县文物局四楼会议室"),
        ("5月6日，县人民法院在本院第一会议室召开党组会议。", "县人民法院第一会议室"),
        ("5月6日，市图书馆在本馆二楼报告厅举办读书分享会。", "市图书馆二楼报告厅"),
        ("5月6日，县文化和旅游局在我局三楼会议室召开座谈会。", "县文化和旅游局三楼会议室"),
        # near misses: no room named, the bare word (kept as written), another body's room, the room written in full
        ("5月6日，县人民医院在本院门诊楼前广场举行义诊启动仪式。", "本院门诊楼前广场"),
        ("5月6日，县文物局在局四楼会议室召开全县文物安全工作推进会。", "局四楼会议室"),
        ("5月6日，华岳公司在公司总部四楼报告厅召开表彰大会。", "公司总部四楼报告厅"),
        ("5月6日，县文物局在市博物馆四楼会议室召开座谈会。", "市博物馆四楼会议室"),
        ("5月6日，县委在县委第一会议室召开常委会会议。", "县委第一会议室"),
    ],
)
def test_own_body_room(extract, body, location):
    assert [m["location"] for m in extract(page(body))["meetings"]] == [location]


@pytest.mark.parametrize(
    ("body", "amounts"),
    [
        ("4月18日，江城文化旅游推介会在上海举行。推介会上，江城市与8家企业签订文旅合作项目，签约总金额达23.6亿元。"
         "其中，白鹭湾度假区项目计划投资12亿元。", [2360000000.0, 1200000000.0]),
        ("4月18日，江城市召开招商大会，现场签约项目10个。其中，文旅综合体项目计划投资5亿元。", [500000000.0]),
        ("4月18日，县政府与华旅集团签署景区开发合作协议，协议总投资15亿元。其中，一期工程计划投资6亿元。",
         [1500000000.0, 600000000.0]),
        # near misses: projects only offered or a plan's works, no signing before 其中
        ("4月18日，江城市召开招商大会。江城市推出文旅招商项目20个。其中，文旅综合体项目计划投资5亿元。", []),
        ("4月18日，江城市召开会议，研究部署下半年工作。其中，文旅综合体项目计划投资5亿元，力争年内开工。", []),
    ],
)
def test_signed_project_picked_out_after_the_signing(extract, body, amounts):
    assert [g[0] for g in grants(extract(page(body)))] == amounts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("10月15日晚，局长何嘉敏主持典礼并致辞。何嘉敏联同主席邓兆华、署长刘咏恩为十二位年轻演员颁奖。她随后强调，要传承粤剧。",
         {"何嘉敏": ("局长", ("主持", "致辞", "颁奖", "讲话")), "邓兆华": ("主席", ("颁奖",)),
          "刘咏恩": ("署长", ("颁奖",))}),
        ("10月15日晚，市长李明主持颁奖典礼。李明联同副市长王强为获奖者颁奖。他指出，要弘扬工匠精神。",
         {"李明": ("市长", ("主持", "颁奖", "讲话")), "王强": ("副市长", ("颁奖",))}),
        # near miss: no 联同, the last actor named is the one the pronoun resumes
        ("10月15日晚，市长李明主持颁奖典礼。副市长王强为获奖者颁奖。他指出，要弘扬工匠精神。",
         {"李明": ("市长", ("主持",)), "王强": ("副市长", ("颁奖", "讲话"))}),
    ],
)
def test_pronoun_resumes_the_leader_of_companions(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "amounts"),
    [
        ("近日，省财政厅下达免费开放补助资金1.28亿元，按照每个市级“三馆”每年50万元、每个县级“三馆”每年20万元的标准予以补助。",
         [128000000.0]),
        ("近日，省财政厅下达运转补助资金3000万元，按每个“文化礼堂”每年8万元的标准补助。", [30000000.0]),
        ("近日，县财政下达经费600万元，按每个村每年10万元、每个社区每年15万元的标准拨付。", [6000000.0]),
        # near misses: yearly shares with no standard word (kept, as the tuning gold reads them), a list of two grants
        ("近日，县民政局为每个“幸福院”每年拨付运营经费5万元。", [50000.0]),
        ("近日，县财政为每个“幸福院”每年拨付运营经费5万元、为每个村级服务站拨付经费2万元。", [50000.0, 20000.0]),
    ],
)
def test_yearly_rates_listed_before_their_standard(extract, body, amounts):
    assert [g[0] for g in grants(extract(page(body)))] == amounts
