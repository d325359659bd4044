"""Award counts on real People's Daily copy, third round: the check-half failures of the first two rounds.

GUIDELINES §5. Classes (invented sentences only; each class varies what real copy varies):

- ``一`` the indefinite article before a quoted name (有一个来宾“留言簿”, 一幅“党员示范岗”标志, 来了一个“…”), with no word of
  conferral in its clause outside the marks: a quoted description, no award (§5: a quoted description is no award; an
  award record needs an honour conferred), whatever the classifier or an award word elsewhere in the sentence (荣誉室, 当选).
- A running tally since a written year (1978年以来，…共获得…奖703项; 自1990年以来; no comma after the lead), or a count
  continuing the list of such a tallied count (…先后获得…奖31项，“鲁班奖”6项): a tally of a running period, no award
  (§5 sixteenth review round: whichever body or year word opens it), unless the text says they were honoured here.
- ``评出``/``评选出`` counted holders ``为`` an honour (评出全国五十七个村庄为鲜花村), read as 命名…为 and 被评为 are (§5
  tenth review round: a designation conferred on counted units; fourteenth: a title conferred on counted people); a
  plain designation naming its holders' own kind (…村庄为鲜花村, …社区为和谐社区) is one; not a pilot or key unit
  (试点村, 重点项目).
- Counts listed before a bare passive ``受表彰``/``受表扬``/``受嘉奖`` (a headline: 百个…先进县、十个先进单位受表彰), read as
  ``受到表彰`` is (§5: 4个单位、12名个人受到表彰; 百 a numeral, 两/千 too; 近百/百余 no explicit count).
- Holders counted in the clause after a ceremony or selection named for one honour (X奖（1997）颁奖大会今天在京举行，11名
  青少年获此殊荣; X评选今天揭晓，…10名运动员获此殊荣) or after this edition's prize (这次第五届X奖，又有…63位作家获奖): that
  honour's count (§5: a count that refers back to an honour just named; sixteenth and nineteenth review rounds).
- Two holders' nouns joined by ``、`` before the receiving verb (26个瓜果、蔬菜品种获得“…”称号): one holders' noun; a count
  after the ``、`` is another item's (§5 ninth review round: one honour for two holder groups).
- Entries received or collected before their count (共收到…选送的优秀版面作品272件): entrants, no award (§5 twenty-second
  review round).
- Items after a heading of those commended (获表彰的有：X等96个单位为Y，…): the honour after 为 with the count before it
  (§5 eleventh review round: holders counted after a name list; tenth: 命名…等60个…为…).
- A span of years opening the sentence (十年来，X面向…，已选拔出了…491名…) frames a later clause's count while no clause
  between counts anything else or names this time: a tally (§5 sixteenth review round).
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _awards(record: dict) -> list[tuple[str, int]]:
    return [(a["honor"], a["count"]) for a in record["awards"]]


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the audits'): 一 the article before a quoted name, no conferral in its clause
    ("在村史荣誉室里，摆着一个访客“意见簿”，上面写满了留言。", []),
    ("在江城的一处工地，记者看到一块醒目的“党员先锋岗”标牌。", []),
    ("他当选镇长不久，竟然搞了一个“先拖后办”，群众意见很大。", []),
    ("但是，他当选不久竟然来了一个“先拖后办”，群众意见很大。", []),
    ("荣誉墙上挂着一幅“劳动最光荣”的标语。", []),
    ("展厅里陈列着一面“模范班组”锦旗的复制品，供参观者拍照。", []),
    # positive: a conferral in the count's clause
    ("会上，一个村获评“全国文明村”。", [("全国文明村", 1)]),
    ("大会授予一个单位“模范集体”称号。", [("模范集体", 1)]),
    ("会议表彰了一名“优秀共产党员”和两个“先进党支部”。", [("优秀共产党员", 1), ("先进党支部", 2)]),
])
def test_article_before_quoted_name(extract, body, expected):
    assert _awards(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the audits'): a tally since a written year, or a count continuing its list
    ("1985年以来，江城农业大学共获得省部级科技进步奖156项。", []),
    ("2001年以来，全县共有86名教师获得“优秀教师”称号。", []),
    ("自1990年以来，该所先后荣获国家发明奖12项。", []),
    ("1978年以来该院共获得国家科技进步奖35项，其中一等奖3项。", []),
    ("该公司1992年以来先后获得“长城杯”等省级优质工程奖24项，国家优质工程“鲁班奖”5项。", []),
    ("江城建工先后获得省级优质工程奖18项，“鲁班奖”4项，成为闻名的建筑强企。", []),
    # positive: this event's conferral, or honoured at it
    ("会上，156名教师获得“优秀教师”称号。", [("优秀教师", 156)]),
    ("自2001年以来，全县共有86名教师获评“优秀教师”，大会对他们进行了表彰。", [("优秀教师", 86)]),
    ("大会表彰了省级优质工程奖18项、“鲁班奖”4项。", [("省级优质工程奖", 18), ("鲁班奖", 4)]),
])
def test_tally_since_written_year(extract, body, expected):
    assert _awards(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the audit's, a sentence with no page year): prizes in 项 a body won since a written year
    ("1978年以来，江城农业大学共获得省部级科技进步奖156项，其中国家级奖12项。", []),
    ("1985年以来，研究所共获得国家和省部级科技成果奖46项。", []),
    ("自1990年以来，该所先后荣获国家发明奖12项。", []),
    ("1992年以来，集团荣获各类质量奖20项。", []),
    # positive: honoured at this event, said in a later clause
    ("1985年以来，研究所共获得省部级科技进步奖46项，大会对获奖团队进行了表彰。", [("省部级科技进步奖", 46)]),
])
def test_prizes_won_since_year_no_date(extract, body, expected):
    assert _awards(extract(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive (the audit's): 评出/评选出 counted holders as an honour
    ("四月二十三日，省农业厅评出全省三十个村庄为生态村，并为这些村庄授牌。", [("生态村", 30)]),
    ("市教育局评出12所学校为“绿色学校”。", [("绿色学校", 12)]),
    ("县里评选出15家企业为“诚信企业”。", [("诚信企业", 15)]),
    ("区民政局评出八个社区为和谐社区。", [("和谐社区", 8)]),
    ("省文明委命名二十个社区为平安社区。", [("平安社区", 20)]),
    # negative: pilots, key units, projects; a plan
    ("县里评出3个村为试点村。", []),
    ("市里确定5个项目为重点项目。", []),
    ("县扶贫办确定20个村为贫困村。", []),
    ("明年将评出10个村庄为生态村。", []),
])
def test_chosen_as_honour(extract, body, expected):
    assert _awards(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive (the audit's headline): counts listed before a bare 受表彰
    ("百个计生协会工作先进县、十个先进单位受表彰", [("计生协会工作先进县", 100), ("先进单位", 10)]),
    ("20个先进村、50名优秀村干部受表彰。", [("先进村", 20), ("优秀村干部", 50)]),
    ("两个先进集体、十二名先进个人受表扬", [("先进集体", 2), ("先进个人", 12)]),
    ("会上，8个先进党支部、30名优秀共产党员受嘉奖。", [("先进党支部", 8), ("优秀共产党员", 30)]),
    # negative: no explicit count; no honour named
    ("近百个先进县、十余个先进单位受表彰", []),
    ("百余名先进个人受表彰", []),
    ("20个单位受表彰。", []),
])
def test_counts_before_bare_passive(extract, body, expected):
    assert _awards(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive (the audits'): a ceremony or selection named for one honour, its holders counted in the next clause
    ("本报讯记者王明报道：由团省委和省青年基金会举办的第三届江南青年创业奖（2023）颁奖大会今天在省城举行，15名青年获此殊荣。",
     [("江南青年创业奖", 15)]),
    ("第二届全省乡村教师奖颁奖典礼昨天在省城举行，20名教师获此殊荣。", [("全省乡村教师奖", 20)]),
    ("本报讯2023年度十佳青年卫士评选今天在省城揭晓，在抗洪中表现突出的10名民警获此殊荣。", [("十佳青年卫士", 10)]),
    ("首届江城慈善奖颁奖仪式今天举行，共有12家企业获奖。", [("江城慈善奖", 12)]),
    ("这次第四届全国少儿文学创作奖，又有18个民族的45位作家获奖。", [("全国少儿文学创作奖", 45)]),
    ("本届江城科技进步奖，共有30个项目获奖。", [("江城科技进步奖", 30)]),
    # negative: a tally since; those attending; no honour named in a selection
    ("第二届全省乡村教师奖颁奖典礼昨天在省城举行，近年来先后有200名教师获此殊荣。", []),
    ("第二届全省乡村教师奖颁奖典礼昨天在省城举行，300名教师参加了典礼。", []),
    ("全省职工技能比赛评选今天揭晓，20名选手获奖。", []),
])
def test_holders_after_ceremony(extract, body, expected):
    assert _awards(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive (the audit's): two nouns of the holders joined by 、 before the receiving verb
    ("海南省最近举行首次农产品评选鉴定会，共有26个瓜果、蔬菜品种获得“海南优质农产品”称号。", [("海南优质农产品", 26)]),
    ("共有18家宾馆、饭店获得“诚信服务单位”称号。", [("诚信服务单位", 18)]),
    ("全市有12所中学、小学被评为“平安校园”。", [("平安校园", 12)]),
    ("经评审，30名教师、医生荣获“最美工作者”称号。", [("最美工作者", 30)]),
    # near miss: a count after 、 is another item's, one honour for two holder groups (§5 ninth review round)
    ("5个单位、12名个人获得“先进”称号。", [("先进", 5), ("先进", 12)]),
    # negative: a tally over the years
    ("近年来，先后有26个瓜果、蔬菜品种获得“海南优质农产品”称号。", []),
])
def test_holders_nouns_joined(extract, body, expected):
    assert _awards(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the audit's): entries a selection received or collected, counted before any conferral
    ("此次复评共收到全国各地选送的优秀版面作品272件。", []),
    ("本届大赛共收到优秀摄影作品3000幅。", []),
    ("组委会共征集到优秀剧本156部。", []),
    ("评委会收集到各地报送的优秀论文800篇。", []),
    # positive: a conferral after the entries, its own count
    ("本届评选共收到参评作品300件，评出优秀作品30件。", [("优秀作品", 30)]),
])
def test_entries_received(extract, body, expected):
    assert _awards(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive (the audit's): items after a heading of those commended, holders named before 等, 为 the honour
    ("日前，获表彰的有：江城书店等96个单位为全国出版系统先进集体，李明等45位同志为全国出版系统先进工作者。",
     [("全国出版系统先进集体", 96), ("全国出版系统先进工作者", 45)]),
    ("受到表彰的是：江城一中等12所学校为先进学校，王芳等30名教师为优秀教师。", [("先进学校", 12), ("优秀教师", 30)]),
    ("受表彰的有：城东街道等8个单位为平安建设先进集体，张华等20人为平安建设先进个人。",
     [("平安建设先进集体", 8), ("平安建设先进个人", 20)]),
    # negative: no heading of those commended; no honour after 为
    ("参加会议的有：江城一中等12所学校为会员单位。", []),
    ("入围的有：江城一中等12所学校为候选学校。", []),
    ("获表彰的有：江城一中等12所学校为本市学校。", []),
])
def test_commended_as_items(extract, body, expected):
    assert _awards(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative (the audit's): a span of years opening the sentence frames a later clause's count
    ("十年来，江城青年科技奖面向全省青年科技工作者，已选拔出了王明、李华等120名优秀青年科技人才。", []),
    ("近三年来，该协会立足行业服务，共评出优秀企业家36名。", []),
    ("二十年来，这项评选面向基层一线，共表彰了300名优秀教师。", []),
    ("五年来，市总工会坚持面向一线，累计命名“江城工匠”50名。", []),
    # positive: this time named between the span and the count
    ("五年来，学校坚持立德树人，今年大会表彰了50名优秀教师。", [("优秀教师", 50)]),
])
def test_years_span_frames_later_clause(extract, body, expected):
    assert _awards(extract(page(body))) == expected
