"""Speaker and funding shapes, by class (GUIDELINES §4 speakers, §6 funding).

Classes: a compound surname the model reads alone (皇甫 of 皇甫立新在会上讲话) is the name with its given name, as any
other surname is (§4 name: the person's full name as written); a kin address after a surname (皇甫大姐, 王大哥) names
nobody (§4: unnamed people give no record). A rate per act of a scheme (每胎发放3万元生育津贴, 每例补助…, 每宗个案…) is a
standard, no money paid (§6 "A rate of a policy per act … is a standard, no money paid: no record"), unlike a total paid
under it. A reward for breaking a crime ring (为破获…诈骗集团的有功员警颁发破案奖金…) is money paid to the solvers like one
for a case solved (§6 decides money seized in a solved case only: 查扣, 涉案 stay about the crime). Talks held after a
lecture just told, by any of the lecture's nouns (报告结束后，X与Y举行了座谈), are their own record like talks after a meeting
(§3 twelfth round: "A talk held after the main event and told in its own clause … is its own record"). 木 is a living
surname (Naxi, Bai) read after a post like any listed one (§4 name); a model name that is a meeting's noun (年会, 晚会) or
the eponym of a scientific term (霍尔效应, 欧姆定律) is no person (§4: named people who take part). The next meeting of a
sequence told by its name and an adverb of sequence before the verb (…会议接续召开, 继续召开, 紧接着召开) is held like one told
随后召开 (§3: a meeting held); one still ahead (将继续召开) is not. Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, grants, page, speakers


@pytest.mark.parametrize(("body", "name"), [
    # positive: the model's compound surname grown to the given name before a function word, a stop word or a mark
    ("会上，皇甫立新在当选后讲话，表示将带领新一届理事会。", "皇甫立新"),
    ("选举皇甫立新为会长。皇甫立新在讲话中指出，要抓好落实。", "皇甫立新"),
    ("会上，皇甫晓月作总结讲话。", "皇甫晓月"),
    ("皇甫明在会上讲话。", "皇甫明"),
    ("会上，皇甫晓月在讲话中要求，抓好落实。", "皇甫晓月"),
    ("随后，欧阳明远、皇甫立新先后发言。", "皇甫立新"),
    ("会上，慕容秋雨、欧阳晓峰先后讲话。", "慕容秋雨"),
])
def test_compound_surname_grown(extract_with_model, body, name):
    assert name in speakers(extract_with_model(page(body)))


@pytest.mark.parametrize(("body", "absent"), [
    # negative: a compound surname and a word of address or kin names nobody; not the surname alone either
    ("皇甫大姐在会上发言。", ("皇甫大姐", "皇甫")),
    ("王大哥在会上发言。", ("王大哥", "王")),
    ("皇甫女士在会上讲话。", ("皇甫女士", "皇甫")),
    ("诸葛大爷发言。", ("诸葛大爷", "诸葛")),
])
def test_compound_surname_with_address_no_name(extract_with_model, body, absent):
    assert not set(absent) & set(speakers(extract_with_model(page(body))))


@pytest.mark.parametrize(("body", "expected"), [
    # negative: a rate per birth, per case, per child: a standard of the scheme, no amount paid
    ("縣府持續提供每胎新臺幣3萬元生育津貼，並於各鄉鎮設置托育資源中心。", []),
    ("县政府对二孩家庭每孩发放生育补贴5000元。", []),
    ("市医保局对每例手术补助2000元。", []),
    ("基金会为每宗个案提供资助港币5000元。", []),
    ("县府每胎发放新台币3万元生育津贴。", []),
    # positive: a total paid under such a scheme stays
    ("今年县府共向1320户家庭发放生育津贴3960万元。", [(39600000.0, "CNY", "生育津贴")]),
    ("县卫健委为120名新生儿家庭发放生育津贴共计360万元。", [(3600000.0, "CNY", "生育津贴")]),
])
def test_rate_per_act(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a reward for breaking a ring (集团, 犯罪网络, 窝点) is money paid to the solvers
    ("警察局昨日下午舉行「破獲跨境電信詐騙集團有功人員表揚大會」，由市長頒發獎狀，表揚有功員警55人，並頒發破案獎金共新臺幣36萬元。",
     [(360000.0, "TWD", "破案奖金")]),
    ("公安局举行表彰会，为打掉特大网络赌博犯罪集团的专案组颁发奖励经费20万元。", [(200000.0, "CNY", "专案组奖励经费")]),
    ("市公安局为瓦解跨境洗钱犯罪网络的有功民警发放奖金15万元。", [(150000.0, "CNY", "奖金")]),
    ("县公安局为端掉赌博窝点的民警颁发奖金8万元。", [(80000.0, "CNY", "奖金")]),
    # negative: the money of the crime or seized in it
    ("警方破获一个诈骗集团，涉案金额2.3亿元。", []),
    ("警方破获一个诈骗集团，查扣现金1850万元。", []),
    ("警方端掉一个赌博窝点，现场查获赌资12万元。", []),
])
def test_reward_for_ring_broken(extract_with_model, body, expected):
    assert grants(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: talks after a lecture just told, whatever its noun, by a person and a group
    ("报告结束后，马克·韦伯教授与学院青年教师举行了座谈，就联合培养研究生交换了意见。", ["座谈"]),
    ("报告结束后，王教授与青年教师举行了座谈。", ["座谈"]),
    ("党课结束后，县委书记与基层党员代表进行了座谈。", ["座谈"]),
    ("演讲结束后，李教授同学生代表举行了座谈。", ["座谈"]),
    ("讲课后，刘研究员与村干部进行了座谈。", ["座谈"]),
    # negative: talks still ahead or earlier, or no talks named
    ("报告结束后，王教授将与青年教师举行座谈。", []),
    ("报告结束后，王教授与青年教师进行了交流。", []),
    ("此前，王教授曾与青年教师多次举行座谈。", []),
])
def test_talks_after_lecture(extract_with_model, body, expected):
    assert [m["name"] for m in extract_with_model(page(body))["meetings"]] == expected


@pytest.mark.parametrize(("body", "name"), [
    # positive: 木 as a surname after a post, with or without a rank after the name
    ("省医学会主任委员、省人民医院副院长木兰芳教授作了题为《防治新进展》的主旨报告。", "木兰芳"),
    ("会上，江城医院副院长木兰芳教授作了主旨报告。", "木兰芳"),
    ("会上，县委书记木春华讲话。", "木春华"),
    ("镇长木子辉主持会议。", "木子辉"),
    ("会上，市文联主席木晓云致辞。", "木晓云"),
])
def test_mu_surname(extract_with_model, body, name):
    assert name in speakers(extract_with_model(page(body)))


@pytest.mark.parametrize(("body", "absent"), [
    # negative: 木 opening a word after a post; a meeting's noun; an eponym's term
    ("会上，校长木材公司代表发言。", "木材"),
    ("省医学会副会长李建国教授作了主旨报告。本届年会共设6个分论坛，邀请专家作专题报告40场。", "年会"),
    ("主任委员木兰芳教授作了主旨报告。年会还首次设立基层专场，邀请县级医院医师分享经验。", "年会"),
    ("报告中，他以团队观测到零磁场量子反常霍尔效应的过程为例，讲述了研究历程。", "常霍尔"),
    ("会上，王教授介绍了薛定谔方程的由来，并作了报告。", "薛定谔"),
    ("会上，专家讲解了欧姆定律，张华主持会议。", "欧姆"),
])
def test_no_person_in_word(extract_with_model, body, absent):
    assert absent not in speakers(extract_with_model(page(body)))


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the next meeting of a sequence, held
    ("7日上午，县委全会召开。8日下午，全县经济工作会议接续召开。县长作具体部署。",
     [("县委全会", "2024-05-07"), ("全县经济工作会议", "2024-05-08")]),
    ("8日下午，全县经济工作会议继续召开。", [("全县经济工作会议", "2024-05-08")]),
    ("8日上午，全市招商工作推进会紧接着召开。", [("全市招商工作推进会", "2024-05-08")]),
    ("6日上午，全区农村工作会议接续举行。", [("全区农村工作会议", "2024-05-06")]),
    # negative: one still ahead, or its time told as a notice; a session of the meeting just told adds none
    ("8日下午，全县经济工作会议将继续召开。", []),
    ("全县经济工作会议继续召开的时间另行通知。", []),
    ("5月8日上午，市人大常委会第十次会议开幕。下午，会议继续举行，审议了相关报告。",
     [("市人大常委会第十次会议", "2024-05-08")]),
])
def test_next_meeting_of_sequence(extract, body, expected):
    assert dated(extract(page(body))) == expected
