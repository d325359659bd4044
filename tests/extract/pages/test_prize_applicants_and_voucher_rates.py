"""Award counts and funding records read falsely, as classes.

Awards (GUIDELINES §5):
- entrants who applied for a named prize (``共有1046人申请``) are no award, like ``申报``/``报名``/``参评`` (twenty-second
  review round: "entrants counted for an honour … are no award"); the winners then settled by their own word before the
  count (``经审查后核定受奖学生320名``, ``评出获奖者30名``) are that prize's count ("Winners counted in their own clause
  after the entrants of a prize named are that prize's count");
- contest grades of a school's last term or year (``上学期我校…获一等奖5名``) told after a commendation are a past
  period's tally (sixteenth and twenty-eighth review rounds: "a count of another period is no award", "a commendation
  told in another period gives no record"), like ``去年``;
- a bare certificate handed to plain holders (``向12名援鄂医疗队队员颁发荣誉证书``) names no honour ("An award record
  needs the honour named"; designations by certificate are honours, "never the certificate's noun", twentieth round);
- holders' names listed between a quoted honour and ``等`` before the count (``“城管执法标兵”张立军、王海涛等6名``) leave the
  count the honour's ("Holders counted after a name list … are the honour"; the count word is written, so "No count word →
  no record" does not apply);
- a second count joined after the holders of a quoted honour and named by a commendation's own category (``…“示范村”的12个
  村和45名先进个人``) is that category's record ("先进集体5个、先进个人5名 → two records"), no second holders of the quoted
  honour;
- counted holders restated with a copula (``3个先进乡镇均为…的乡镇``) are described, no conferral (a count "refers back to an
  honour just named" only with a conferring word; "a total that is just the sum … is not repeated").

Funding (GUIDELINES §6):
- a prize total or fund level told with a forecast word and a verb of raising (``总奖金预计提高至100万元``) is money of an
  event still ahead, only intended ("money with a plan or forecast word … is only intended", twenty-third round; "Prize
  money of an event still ahead … is no record"), like ``预计达到``;
- a voucher's rate whatever its verb (``满200元可抵扣50元``, ``满100元抵用20元``) is none ("a voucher's rate (满200减50) is
  none"), the vouchers' total stays;
- a banquet's price per table (``每席餐费为港币8,800元``, ``每桌``) is a price ("Not funding: prices"; "A price per item"), even
  when sponsors pay it.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented
    ("本届江城奖学金共有860人申请，经审查后核定受奖学生200名。", [("江城奖学金", 200, "名", "person")]),
    # paraphrases: the settling verb, the winners' noun, 申报/参评, Traditional script, Arabic digits with a comma
    ("今年星火奖学金共有500名学生申请，经评审，确定获奖学生120名。", [("星火奖学金", 120, "名", "person")]),
    ("本届青年创新奖共有300人申报，经专家评审，评出获奖者30名。", [("青年创新奖", 30, "名", "person")]),
    ("本年度育才奖教金共有86名教师申请，经审核后评定获奖教师20名。", [("育才奖教金", 20, "名", "person")]),
    ("本屆勵志獎學金共有1,200人申請，經審查後核定受獎學生150名。", [("励志奖学金", 150, "名", "person")]),
    ("首届春晖奖共有45家企业参评，经评审，最终评出获奖企业8家。", [("春晖奖", 8, "家", "organization")]),
    # unchanged: the winners counted before 获奖
    ("本届质量奖共有47家企业申报，经评审，5家企业获奖。", [("质量奖", 5, "家", "organization")]),
    # near misses: applicants only, no winners counted; applicants as the holders' noun of a conferral
    ("本届江城奖学金共有860人申请，目前正在审核中。", []),
    ("共有300名学生申请江城奖学金。", []),
    ("本届江城奖学金共有860人申请，经审查后核定受奖学生名单将于下月公布。", []),
    ("学校为120名申请人颁发江城奖学金。", [("江城奖学金", 120, "名", "person")]),
])
def test_prize_applicants_then_winners(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented
    ("学校召开表彰大会。据悉，上学期我校共有37名学生在县级以上各类比赛中获奖，其中在县书法比赛中获一等奖5名。", []),
    # paraphrases: 上一学年, 上个学期 with a comma, no hearsay word, Traditional script
    ("学校召开表彰大会。上学期我校有5名学生在县书法比赛中获一等奖。", []),
    ("学校召开表彰大会。据悉，上一学年我校共有20名学生在市作文比赛中获一等奖。", []),
    ("学校召开表彰大会。上个学期，我校12名学生在县数学竞赛中获一等奖。", []),
    ("學校召開表彰大會。據悉，上學期本校共有8名學生在縣書法比賽中獲一等獎。", []),
    # near misses: the grade told with the ceremony and no other period; holders of last term commended now
    ("学校召开表彰大会，我校有5名学生在县书法比赛中获一等奖。", [("一等奖", 5, "名", "person")]),
    ("学校召开表彰大会，表彰上学期评出的“三好学生”45名。", [("三好学生", 45, "名", "person")]),
    ("学校召开表彰大会，对上学期涌现出的“三好学生”45名进行表彰。", [("三好学生", 45, "名", "person")]),
])
def test_last_term_contest_grades(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented
    ("协会表示，2024年大赛将增设赛道，总奖金预计提高至澳门元100万元，明年3月接受报名。", []),
    # paraphrases: the raising verb, 奖金总额, Traditional script, a fund's level
    ("明年大赛总奖金预计增加到50万元。", []),
    ("下届比赛奖金总额预计提升至80万元。", []),
    ("協會表示，明年比賽總獎金預計提高至港幣60萬元。", []),
    ("基金会表示，明年助学基金规模预计增至500万元。", []),
    # near misses: a prize total of this event raised, or reached, with no forecast word
    ("本届大赛总奖金提高至100万元，由协会颁发。", [(1000000.0, "CNY", "大赛总奖金")]),
    ("本届大赛总奖金达100万元，由协会颁发。", [(1000000.0, "CNY", "大赛总奖金")]),
])
def test_forecast_raised_level(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented: the vouchers' total stays, their rate goes
    ("会议同意于近期发放第二轮电子消费券，总额5000万元，分3期发放，单笔消费满200元可抵扣50元。", [(50000000.0, "CNY", None)]),
    # paraphrases: 抵用, 立减, Traditional script, 即
    ("会议同意发放消费券，总额3000万元，满100元抵用20元。", [(30000000.0, "CNY", None)]),
    ("市里发放文旅消费券1000万元，每张满300元立减60元。", [(10000000.0, "CNY", None)]),
    ("區政府派發電子消費券2000萬元，消費滿200元可抵扣50元。", [(20000000.0, "CNY", None)]),
    ("县里发放家电消费券800万元，消费满1000元即抵200元。", [(8000000.0, "CNY", None)]),
    # near misses: no threshold; a subsidy named beside the vouchers
    ("会议同意发放消费券，总额5000万元。", [(50000000.0, "CNY", None)]),
    ("市里安排资金200万元，用于抵扣企业社保费用。", [(2000000.0, "CNY", "抵扣企业社保费用")]),
])
def test_voucher_rate(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented
    ("是次晚宴每席餐费为港币8,800元，全数由会董赞助。", []),
    # paraphrases: 每桌, Traditional script, 每围 with no 为, another payer
    ("晚宴每桌餐费为3000元，全部由商会会员赞助。", []),
    ("是次晚宴每席餐費為港幣8,800元，全數由會董贊助。", []),
    ("宴会每围港币6,000元，由理事会赞助。", []),
    ("联欢会每桌费用约2000元，由企业承担。", []),
    # near misses: a sponsorship total; money raised at the dinner
    ("晚宴由会董赞助港币50万元。", [(500000.0, "HKD", None)]),
    ("晚宴席开120席，共筹得善款港币380万元。", [(3800000.0, "HKD", None)]),
])
def test_price_per_table(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented
    ("医院召开表彰会，并向12名援鄂医疗队队员颁发荣誉证书。", []),
    # paraphrases: the holders' noun, 了, Traditional script, 证书 alone
    ("学校为30名志愿者颁发荣誉证书。", []),
    ("会上，为15名退役军人颁发了荣誉证书。", []),
    ("會上，向20名義工頒發榮譽證書。", []),
    ("大会为25名驻村队员颁发证书。", []),
    # near misses: the holders named by an honour or a designation; a total over collectives and individuals
    ("表彰会上，为12名“优秀护士”颁发荣誉证书。", [("优秀护士", 12, "名", "person")]),
    ("为10名市级技能大师颁发荣誉证书。", [("技能大师", 10, "名", "person")]),
    ("为15名优秀共产党员颁发了荣誉证书。", [("优秀共产党员", 15, "名", "person")]),
    # (the certificate is kept here; the page names it from its context, syn_g05 → 从教三十年荣誉证书)
    ("学校为48名从教满三十年的教师颁发荣誉证书。", [("荣誉证书", 48, "名", "person")]),
])
def test_bare_certificate_to_plain_holders(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented
    ("大会表彰了“最美环卫工”10名，“城管执法标兵”张立军、王海涛、刘明、柯振华等6名，“先进中队”3个。",
     [("最美环卫工", 10, "名", "person"), ("城管执法标兵", 6, "名", "person"), ("先进中队", 3, "个", "organization")]),
    # paraphrases: three names, a minority name with ·, Traditional script and 位, 人
    ("会议表彰了“优秀网格员”王芳、李强、赵敏等3名。", [("优秀网格员", 3, "名", "person")]),
    ("大会表彰了“最美护士”张丽、阿依古丽·买买提等8名。", [("最美护士", 8, "名", "person")]),
    ("大會表揚「模範勞工」陳志明、林美華、黃建國等12位。", [("模范劳工", 12, "位", "person")]),
    ("表彰了“十佳青年”李明、张华等10人。", [("十佳青年", 10, "人", "person")]),
    # near misses: a list of honours, not names, before 等; names with no count
    ("会上通报了“优秀教师”先进个人、先进集体等30个。", []),
    ("“城管执法标兵”张立军、王海涛等参加了座谈。", []),
])
def test_names_between_honour_and_count(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented
    ("对获评“平安示范乡镇”的3个乡镇、获评“美丽示范村”的12个村和45名先进个人予以通报表彰。",
     [("平安示范乡镇", 3, "个", "organization"), ("美丽示范村", 12, "个", "organization"), ("先进个人", 45, "名", "person")]),
    # paraphrases: 先进工作者, 模范, 进行表彰 / 颁奖
    ("对获得“平安建设示范乡镇”的5个乡镇和20名先进个人进行表彰。",
     [("平安建设示范乡镇", 5, "个", "organization"), ("先进个人", 20, "名", "person")]),
    ("为获得“安全生产先进集体”称号的8个单位和12名先进工作者颁奖。",
     [("安全生产先进集体", 8, "个", "organization"), ("先进工作者", 12, "名", "person")]),
    ("为获得“文明家庭”的10户家庭和30名模范人物颁奖。", [("文明家庭", 10, "户", None), ("模范人物", 30, "名", "person")]),
    # near misses: second holders of the same honour (plain people, teams' coaches, volunteers)
    ("为获得“优秀组织奖”的6所学校和15名教练员颁奖。",
     [("优秀组织奖", 6, "所", "organization"), ("优秀组织奖", 15, "名", "person")]),
    ("为获得“优秀志愿服务奖”的3个团队及12名志愿者颁奖。",
     [("优秀志愿服务奖", 3, "个", "organization"), ("优秀志愿服务奖", 12, "名", "person")]),
])
def test_category_count_after_quoted_holders(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the failing sentence, re-invented
    ("从表彰名单看，3个先进乡镇均为去年粮食生产和集体经济“双提升”的乡镇。", []),
    # paraphrases: after the conferral, 都是, 全部为 in Traditional script, 大多来自
    ("大会表彰了先进集体10个。10个先进集体均为基层一线单位。", [("先进集体", 10, "个", "organization")]),
    ("会议表彰了优秀教师20名。20名优秀教师都是乡村学校的骨干。", [("优秀教师", 20, "名", "person")]),
    ("大会表彰了先进集体10个。這10個先進集體全部為基層單位。", [("先进集体", 10, "个", "organization")]),
    ("大会表彰了先进单位8个，8个先进单位大多来自工业企业。", [("先进单位", 8, "个", "organization")]),
    # near misses: a conferral with no copula; two categories
    ("会议表彰了“全优集体”5个。", [("全优集体", 5, "个", "organization")]),
    ("表彰了先进集体10个、先进个人20名。", [("先进集体", 10, "个", "organization"), ("先进个人", 20, "名", "person")]),
])
def test_holders_restated_with_copula(extract, body, expected):
    assert honours(extract(page(body))) == expected
