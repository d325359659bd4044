"""Foreign-trade, multinational and overseas-Chinese news: an item after the page's print and close widgets
(`打印本页　关闭窗口`) is another article (GUIDELINES §4 twentieth round, §1); the parties of a donation before its
ceremony stay in the name with no organizer also when the giver is a brand with no body word (`三星电子向江城大学捐赠…
仪式`, §3); talks held after a ceremony with a long topic after 就 (`仪式后，双方就共建联合实验室进行了座谈`) are a record
(§3 twelfth round), and remarks told right after them are made there (§4); a participant's problem told after a comma at
a 座谈会 (`X反映，…`) is 讲话 (§4 sixteenth round); a French double given name with a hyphen (`让-皮埃尔·杜兰`) and a
firm's Latin name with a space inside a title chain (`LG Chem亚太区总裁`) are read whole (§4 name and title); a
place's contracted foreign capital over a quarter and capital arrived from investors in the place are statistics
(§6 twelfth, seventeenth and nineteenth rounds); a meeting's `本届…由…主办` told after another event still names its
holders (§3 organizer).  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, held, page, speakers


# §4 twentieth round / §1: what follows the page's own print and close widgets is another article.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月19日，外资企业圆桌会议在区政务服务中心召开。\n打印本页　关闭窗口\n"
         "6月18日，江城市招商引资签约大会在江城大剧院举行，现场签约金额320亿元。", ["外资企业圆桌会议"]),
        ("6月19日，侨商座谈会在市侨联召开，市侨联主席李明主持会议并讲话。\n【打印】【关闭】\n6月18日，全市外贸工作会议在市行政中心召开，副市长李明出席会议并讲话，"
         "市商务局局长王芳主持。", ["侨商座谈会"]),
        # near miss: the widgets above the body (under the headline) end nothing
        ("【打印本页】【关闭窗口】\n6月19日，外资企业圆桌会议在区政务服务中心召开。\n会后，市商务局召开了外贸工作推进会。",
         ["外资企业圆桌会议", "外贸工作推进会"]),
        # near miss: a lone close widget between paragraphs is no footer
        ("6月19日，外资企业圆桌会议在区政务服务中心召开。\n【关闭】\n会后，市商务局召开了外贸工作推进会。",
         ["外资企业圆桌会议", "外贸工作推进会"]),
    ],
)
def test_item_after_page_footer(extract, body: str, expected: list[str]) -> None:
    assert [m[0] for m in held(extract(page(body)))] == expected


# §3: the parties of a donation before its ceremony stay in the name, no organizer.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，三星电子向江城大学捐赠实验设备仪式在学校报告厅举行。", ("三星电子向江城大学捐赠实验设备仪式", None)),
        ("5月7日，华为向江城中学捐款仪式在学校礼堂举行。", ("华为向江城中学捐款仪式", None)),
        ("5月7日，博世中国向滨江小学捐赠图书仪式在学校举行。", ("博世中国向滨江小学捐赠图书仪式", None)),
        # near miss: a company before its own ceremony holds it
        ("5月7日，江城建设集团捐赠仪式在县教育局举行。", ("捐赠仪式", "江城建设集团")),
    ],
)
def test_donation_parties_in_name(extract, body: str, expected: tuple) -> None:
    name, _, org = held(extract(page(body)))[0]
    assert (name, org) == expected


# §3 twelfth round: talks held after the ceremony are a record, whatever the topic after 就; §4: remarks right after
# them are made there.
@pytest.mark.parametrize(
    ("body", "talks", "speaker"),
    [
        ("5月7日，捐赠仪式在学校礼堂举行。江城大学党委书记王志刚出席。仪式后，双方就共建联合实验室进行了座谈。"
         "王志刚表示，学校将用好捐赠设备。", True, ("江城大学党委书记", ("讲话",))),
        ("5月7日，签约仪式在市民中心举行。市长王志刚出席。签约仪式结束后，双方就深化校企人才培养合作举行了座谈。"
         "王志刚表示，将全力支持项目。", True, ("市长", ("讲话",))),
        ("5月7日，揭牌仪式在软件园举行。副市长王志刚出席。仪式后，双方在会议室就人才培训基地建设进行了座谈。"
         "王志刚说，欢迎企业扎根江城。", True, ("副市长", ("讲话",))),
        # near miss: earlier talks told as a habit, and talks still ahead, are no record
        ("5月7日，捐赠仪式在学校礼堂举行。江城大学党委书记王志刚出席。仪式后，双方就下一步是否继续合作曾多次进行座谈。"
         "王志刚表示，学校将用好捐赠设备。", False, None),
        ("5月7日，捐赠仪式在学校礼堂举行。江城大学党委书记王志刚出席。仪式后，双方将进行座谈。"
         "王志刚表示，学校将用好捐赠设备。", False, None),
        # near miss: a visit after the ceremony, no meeting: the remark is made after the event
        ("5月7日，捐赠仪式在学校礼堂举行。江城大学党委书记王志刚出席。仪式后，嘉宾参观了实验室。"
         "王志刚表示，学校将用好捐赠设备。", False, None),
    ],
)
def test_talks_after_ceremony(extract, body: str, talks: bool, speaker) -> None:
    record = extract(page(body))
    assert ("座谈" in [m[0] for m in held(record)]) is talks
    assert speakers(record).get("王志刚") == speaker


# §4 sixteenth round: a participant raising a problem at a 座谈会 speaks, the problem told after a comma as well.
@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("4月25日下午，市贸促会召开座谈会。会上，宁川海天公司总经理王建华反映，海运费用上涨。", "王建华",
         ("宁川海天公司总经理", ("讲话",))),
        ("4月25日下午，市贸促会召开外贸企业座谈会。座谈中，宁川欧瑞公司董事长李丽反映说，订单不足。", "李丽",
         ("宁川欧瑞公司董事长", ("讲话",))),
        ("4月25日下午，市贸促会召开座谈会。座谈中，ABB（宁川）电气设备有限公司总经理安德烈·施密特反映，海运费用上涨。",
         "安德烈·施密特", ("ABB（宁川）电气设备有限公司总经理", ("讲话",))),
        # near miss: told to the press after the meeting, or with no meeting at all
        ("4月25日下午，市贸促会召开座谈会。会后，宁川海天公司总经理王建华向记者反映，海运费用上涨。", "王建华", None),
        ("4月25日，县长周明到企业调研。企业负责人李明反映，用工难。", "李明", None),
    ],
)
def test_problem_raised_after_comma(extract, body: str, name: str, expected) -> None:
    assert speakers(extract(page(body))).get(name) == expected


# §4: a hyphened French given name and a firm's Latin name with a space in the title chain are read whole.
@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("6月19日，外资企业圆桌会议召开。会上，施耐德电气（中国）有限公司副总裁让-皮埃尔·杜兰、巴斯夫浦江公司总经理张晓红"
         "先后发言。", "让-皮埃尔·杜兰", ("施耐德电气（中国）有限公司副总裁", ("发言",))),
        ("6月19日，中欧投资论坛召开。会上，欧盟委员会前主席让-克洛德·容克致辞。", "让-克洛德·容克",
         ("欧盟委员会前主席", ("致辞",))),
        ("5月8日，江州市举办推介会。LG Chem大中华区总裁金敏洙发言时说，项目运行良好。", "金敏洙",
         ("LG Chem大中华区总裁", ("发言",))),
        ("5月8日，江州市举办推介会。LG Chem亚太区总裁金敏洙发言。", "金敏洙", ("LG Chem亚太区总裁", ("发言",))),
        # near miss: the next person of the list keeps their own title; a gloss in another sentence joins no title
        ("6月19日，外资企业圆桌会议召开。会上，施耐德电气（中国）有限公司副总裁让-皮埃尔·杜兰、巴斯夫浦江公司总经理张晓红"
         "先后发言。", "张晓红", ("巴斯夫浦江公司总经理", ("发言",))),
        ("5月8日，江州市举办推介会（Investment Forum）。副市长王强致辞。", "王强", ("副市长", ("致辞",))),
    ],
)
def test_foreign_names_and_latin_titles(extract, body: str, name: str, expected) -> None:
    assert speakers(extract(page(body))).get(name) == expected


# §6: a place's contracted or arrived capital over a period is a statistic; the signing's own contracted capital stays.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("4月18日，全市推进会召开。会上通报：一季度全市新设外商投资企业37家，合同外资4.2亿美元。", []),
        ("4月18日，全市推进会召开，举行签约仪式。上半年全省新批外资项目45个，合同外资12亿美元。", []),
        ("4月18日，全市推进会召开，举行签约仪式。1至4月全区新设外资企业12家，合同外资3.5亿美元。", []),
        ("9月5日，联谊会开幕。林振华说，海外侨商在榕城累计投资兴办企业1800多家，实际到位资金超过120亿美元。", []),
        ("9月5日，恳谈会召开。台商在我市投资设立企业300家，到位资金突破50亿美元。", []),
        # near miss: the signing's contracted capital, a period's running total of signings, money a signing brought
        ("4月18日，推进会召开。会议现场举行签约仪式，6个外资项目签约，总投资5.8亿美元，其中合同外资3.1亿美元。",
         [(580000000.0, "USD"), (310000000.0, "USD")]),
        ("4月18日，全市推进会召开。今年以来全市签约外资项目20个，其中合同外资3亿美元。", [(300000000.0, "USD")]),
        ("9月5日，签约仪式举行。与企业签约12个，到位资金超过800万元。", [(8000000.0, "CNY")]),
    ],
)
def test_capital_statistics(extract, body: str, expected: list) -> None:
    assert [(g[0], g[1]) for g in grants(extract(page(body)))] == expected


# §3 organizer: `本届联谊会由…主办` names the meeting's holders also after another event was told.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("9月5日，第十届海外侨商联谊会在榕城国际会展中心开幕。开幕式上，举行了侨商投资项目签约仪式。\n"
         "本届联谊会由省侨办、市政府共同主办，为期三天。", "省侨办、市政府"),
        ("9月5日，第五届中欧企业家研讨会在江城宾馆举行。会上，举行了项目签约仪式。\n本届研讨会由市商务局主办。", "市商务局"),
        # near miss: another event of the same kind told between: 本次座谈会 may be that one
        ("9月5日，企业家座谈会在市政府召开。会后，双方举行了人才工作座谈会。\n本次座谈会由市人社局主办。", None),
    ],
)
def test_holder_told_after_another_event(extract, body: str, expected) -> None:
    assert held(extract(page(body)))[0][2] == expected
