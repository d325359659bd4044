"""Award classes of false and missed counts: relatives, the shortlisted, earlier holders, units set up: classes of false award counts and one class of missed ones (GUIDELINES §5; invented sentences only).

- §5 ("relatives or guests watching a conferral are no holders"; twenty-sixth round, `一` the article before a name with
  no conferring word): a count of holders named only to describe whose relative or colleague is the subject
  (`一位模范劳工的女儿说`, `五名优秀教师的家属也来到现场`) gives no record when its clause confers nothing.
- §5 ("Candidates, nominees, shortlists (`入围`) … are not awards"): the shortlist told after the count (`15名教师入围“…”评选`,
  `进入…决赛`, `晋级…终评`, `进入…候选名单`), no win later in the clause.
- §5 (entrants contending, `5名选手角逐“挑战杯”金奖`, are no holders): a title or 荣誉 contended for (`将争夺“十佳歌手”称号`).
- §5 (twenty-first round: earlier batches and editions are a past tally): holders of an earlier edition after the count
  (`10名往届“最美医生”获得者`, `历届`, `上届`, `前两届`).
- §5 ("units built … do not" count; eighteenth round, `为10家企业授牌` with no designation is none): units set up
  (`新成立的`, `设立的`, `新建成的`, `新组建的`) handed the plaque of their opening; `新认定的` (a designation, tenth round)
  keeps its count.
- §5 (twenty-first round: holders of an earlier conferral described, a past tally): their speaking or sharing at this
  event (`在会上作了交流`) is no conferral on them; `在会上受到表彰` still is.
- §5 (a single named recipient with no count, a quoted description, holders described by what they hold, `10位杰出校友回到
  母校`): a quoted honour's winners (`5名“最美医生”获得者出席了会议`) with nothing conferred from their clause on.
- §5 (candidates, targets, standing schemes: nothing conferred yet): an aim word before 表扬 or 选出 as before 表彰 or 评出
  (`预计明年表扬`, `计划下半年表扬`, `预计选出`); shortlists entered for a
  later round (`进入…复审`, `终审`); relatives named with no 的 (`模范劳工家属`); holders chosen before (`去年选出的`).
- §5 (tenth and eighteenth rounds: a plaque or banner handed to counted holders of a quoted honour is that honour's count):
  the verb with 了 inside (`授了牌`, `授了旗`), as the speaker roles already read `授了牌`.
- §5 (nineteenth and twenty-eighth rounds, Traditional text: a prize handed out, then its winners counted, is that prize"s
  count; eleventh round: `奖项` after the honour is dropped): `頒發「績優工會」獎項，共計4個工會獲獎` → `绩优工会` 4.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    # negative: the holders whose relative or colleague is the subject, nothing conferred in the clause
    ("不少获奖者的家人陪同出席，一位优秀教师的母亲说，女儿工作二十年很不容易。", []),
    ("颁奖典礼上，一名劳动模范的妻子告诉记者，丈夫常年在工地。", []),
    ("表彰大会结束后，五名优秀教师的家属也来到现场合影。", []),
    ("頒獎典禮上，一位模範勞工的兒子說，父親很少有機會上台。", []),
    ("会上，一位先进个人的同事说，他平时工作很拼。", []),
    # positive: the conferral told beside them keeps its count
    ("典礼上，36位模范劳工获得表扬，一位模范劳工的女儿说，爸爸很少上台。", [("模范劳工", 36, "位", "person")]),
    ("会上，表彰了5名优秀教师，并为他们的家属送上鲜花。", [("优秀教师", 5, "名", "person")]),
])
def test_holders_relatives_counted(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative: shortlisted after the count (入围, 晋级, 进入…决赛/终评/候选名单)
    ("共有15名教师入围“最美教师”评选。", []),
    ("本次评选中，8个项目入围“科技进步奖”终评。", []),
    ("全市20名选手进入“技能大师”评选决赛。", []),
    ("经初评，12个村进入“文明村”候选名单。", []),
    ("共有6部作品晋级“五个一工程奖”终评。", []),
    # positive: 入围 describing the winners, or a win later in the clause
    ("5名入围选手获得“优秀奖”。", [("优秀奖", 5, "名", "person")]),
    ("3名选手入围决赛并最终获得“十佳歌手”称号。", [("十佳歌手", 3, "名", "person")]),
])
def test_shortlisted_after_count(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative: a title or 荣誉 contended for (争夺, 竞逐, 角逐, 冲击)
    ("进入复赛的60名选手将争夺“十佳歌手”称号。", []),
    ("30名选手竞逐“技术能手”荣誉。", []),
    ("12支队伍角逐“优胜团队”称号。", []),
    ("全市40名教师冲击“教学名师”称号。", []),
    # positive: the title won after the contest
    ("经过激烈角逐，10名选手获得“十佳歌手”称号。", [("十佳歌手", 10, "名", "person")]),
    ("12名选手角逐决赛，最终3名选手夺得“十佳歌手”称号。", [("十佳歌手", 3, "名", "person")]),
])
def test_title_contended(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative: holders of an earlier edition described (往届, 历届, 上届, 前两届)
    ("10名往届“最美医生”获得者为新当选者颁奖。", []),
    ("5位历届“道德模范”代表出席了典礼。", []),
    ("会上，8名上届“十佳青年”得主分享了经验。", []),
    ("典礼上，6名前两届“江城工匠”获得者为新一届工匠颁奖。", []),
    # positive: this edition's holders commended or given the prize
    ("大会表彰了10名本届“最美医生”。", [("最美医生", 10, "名", "person")]),
    ("大会为10名“最美医生”获得者颁奖。", [("最美医生", 10, "名", "person")]),
])
def test_earlier_edition_holders(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative: units set up (成立, 设立, 建成, 组建) handed the plaque of their opening
    ("会上，为新成立的5个“妇女之家”揭牌授牌。", []),
    ("会上，市政府为在深圳设立的5个“招商引资联络处”授牌。", []),
    ("活动现场，为新建成的6个“农家书屋”揭牌。", []),
    ("區公所為新設立的4個「社區關懷據點」授牌。", []),
    ("典礼上，为新组建的3个“青年突击队”授牌。", []),
    # positive: a designation conferred by plaque (新认定, a designation word)
    ("会上，为新认定的8家“专精特新”企业授牌。", [("专精特新企业", 8, "家", "organization")]),
    ("会上，为12家“示范企业”授牌。", [("示范企业", 12, "家", "organization")]),
    ("会上，为新建成的10个“五星级党群服务中心”授牌。", [("五星级党群服务中心", 10, "个", "organization")]),
])
def test_units_set_up_given_plaque(extract, body, expected):
    assert honours(extract(page(body))) == expected



@pytest.mark.parametrize(("body", "expected"), [
    # negative: holders of an earlier conferral speaking or sharing at this event
    ("去年评选出的20名“最美村医”在会上作了交流。", []),
    ("2022年表彰的10名“最美家庭”代表在会上发言。", []),
    ("此前评出的8名“优秀志愿者”在会上分享了服务经历。", []),
    # positive: commended at this event
    ("去年评选出的20名“最美村医”在会上受到表彰。", [("最美村医", 20, "名", "person")]),
    ("此前评出的8名“优秀志愿者”今天在大会上接受颁奖。", [("优秀志愿者", 8, "名", "person")]),
])
def test_earlier_conferral_holders_at_event(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a quoted prize handed out as 奖项, its winners counted next (共计, 共有, 总计, 计有)
    ("大會中並頒發「績優工會」獎項，共計4個工會獲獎。", [("绩优工会", 4, "个", "organization")]),
    ("典禮上並頒發「優良廠商」獎項，共計12家廠商獲獎。", [("优良厂商", 12, "家", "organization")]),
    ("會中另頒發「熱心公益」獎項，共有8位志工獲獎。", [("热心公益", 8, "位", "person")]),
    ("大會也頒發「金牌農友」獎項，總計15位農友得獎。", [("金牌农友", 15, "位", "person")]),
    ("會中頒發「績優社區」獎項，計有6個社區獲頒。", [("绩优社区", 6, "个", "organization")]),
    # negative: winners of another period
    ("會中頒發「績優工會」獎項，去年共計4個工會獲獎。", []),
])
def test_prize_handed_then_winners_counted(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative: a quoted honour's winners (获得者, 得主) described, nothing conferred from their clause on
    ("5名“最美医生”获得者出席了会议。", []),
    ("10位“感动江城”人物获得者参加了座谈。", []),
    ("3名“五四青年奖章”获得者作了发言。", []),
    ("頒獎典禮上，8位「傑出青年」得主分享心得。", []),
    # positive: winners given the prize, on stage or in a later clause
    ("典礼上，10名“最美医生”获得者上台领奖。", [("最美医生", 10, "名", "person")]),
    ("为10名“最美医生”获得者颁奖。", [("最美医生", 10, "名", "person")]),
    ("10名“最美医生”获得者走上舞台，市领导为他们颁发证书。", [("最美医生", 10, "名", "person")]),
])
def test_quoted_honour_winners_described(extract, body, expected):
    assert honours(extract(page(body))) == expected

@pytest.mark.parametrize(("body", "expected"), [
    # negative: an aim word before 表扬 or 选出 (预计, 计划)
    ("县府预计明年表扬50位模范劳工。", []),
    ("今年度預計選出20位「青創之星」。", []),
    ("市里计划下半年表扬“优秀网格员”40名。", []),
    ("镇里预计年底选出10户“文明家庭”。", []),
    # positive: a conferral done, the plan told beside it
    ("大会表彰了50名优秀教师，预计明年将扩大表彰范围。", [("优秀教师", 50, "名", "person")]),
    ("县里去年预计表彰50名，实际表彰了60名优秀教师。", [("优秀教师", 60, "名", "person")]),
    ("为12名计划生育先进个人颁发证书。", [("计划生育先进个人", 12, "名", "person")]),
])
def test_conferral_planned(extract, body, expected):
    assert honours(extract(page(body))) == expected

@pytest.mark.parametrize(("body", "expected"), [
    # negative: entered a later review round (复审, 终审)
    ("经初审，18位教师进入“师铎奖”复审。", []),
    ("12部作品进入“五个一工程奖”终审。", []),
    # positive: the holders described by their round, the win after
    ("晋级决赛的8名选手最终获得“优秀奖”。", [("优秀奖", 8, "名", "person")]),
])
def test_shortlisted_for_review(extract, body, expected):
    assert honours(extract(page(body))) == expected

@pytest.mark.parametrize(("body", "expected"), [
    # negative: a word of relatives right after the honour (家属, 亲属)
    ("受奖的36位模范劳工家属也到场观礼。", []),
    ("20名“最美家庭”亲属应邀出席。", []),
    ("20名“最美家庭”家属代表应邀出席。", []),
    # positive: an honour ending in a relative's noun conferred (优秀家长)
    ("为10名“优秀家长”颁发证书。", [("优秀家长", 10, "名", "person")]),
])
def test_relatives_without_de(extract, body, expected):
    assert honours(extract(page(body))) == expected

@pytest.mark.parametrize(("body", "expected"), [
    # negative: holders chosen before (选出的, 推选出的) attending or speaking
    ("去年选出的10位“模范父亲”也应邀出席。", []),
    ("此前推选出的6名“道德模范”在会上作了发言。", []),
    ("前年推选出的5名“最美村官”在会上介绍了经验。", []),
    # positive: commended at this event
    ("去年选出的10位“模范父亲”今天在大会上接受表扬。", [("模范父亲", 10, "位", "person")]),
])
def test_earlier_selection_chosen(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a plaque or banner handed with 了 inside the verb (授了牌, 授了旗), as 授牌 is
    ("会议为10户“脱贫致富带头户”授了牌，并为每户发放奖励资金3000元。", [("脱贫致富带头户", 10, "户", None)]),
    ("会上为8个“文明村”授了牌。", [("文明村", 8, "个", "organization")]),
    ("县委为12个“红旗党支部”授了旗。", [("红旗党支部", 12, "个", "organization")]),
    ("镇里为6个“卫生村”授了牌。", [("卫生村", 6, "个", "organization")]),
    ("大會為12家「績優廠商」授了獎牌。", [("绩优厂商", 12, "家", "organization")]),
    # negative: units set up given their plaque; goods handed to households
    ("为新成立的5个“妇女之家”授了牌。", []),
    ("为12户困难家庭送去了慰问金。", []),
])
def test_plaque_handed_with_le(extract, body, expected):
    assert honours(extract(page(body))) == expected
