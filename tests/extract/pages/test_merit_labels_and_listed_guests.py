"""Speaker, award and funding classes (invented sentences only): classes of the tuning fresh sets' speaker, award and funding failures (invented sentences only).

- GUIDELINES §5 ("Taiwan merit citations count as written …; a label over their total (`有功员警42人`) is no honour"):
  the 有功 label keeps that reading when what the holders did is written before it (`表揚偵辦本案的各分局有功員警38人`,
  `破獲詐騙集團的有功員警42人`), and when the citations it totals are told in a sentence of their own
  (`依據敘獎結果，本案有功人員計記一大功2人…`). A prize category with no citation on the page stays an honour.
- GUIDELINES §4 title ("the job-title chain written next to the name, minus the name"): a body electing or appointing
  and its verb before the chosen one's chain (`理事会选举南江食品集团董事长郑立华为会长`, `推举`, `聘任`, `选举产生了`) are
  no part of that title; a body named for elections (`县选举委员会主任`) is.
- GUIDELINES §4 (eleventh round: guests named in one sentence, `甲、乙担任主礼嘉宾`, who confer prizes in a later one are
  颁奖; a title written once before a 、-list is each one's title): the last name of the list, with no title of its own,
  right before the guests' label (`议员梁家豪、区锦涛担任主礼嘉宾`) is one of the guests; a group word there is none.
- GUIDELINES §5 (candidates, targets and standing schemes are no awards: nothing was conferred yet): a level the holders are
  to reach, after an aim word or a target year (`力争到2025年全市五星级示范村达到50个`), is a target.
- GUIDELINES §5 (units counted as written; teams named after their prize counted by 队 are organizations): holders whose
  noun ends in 班 are counted by 班 (`績優產銷班4班`); a class's number (`高三2班`) counts nothing.
- GUIDELINES §5 nineteenth round (a count of winners told after the honour in its own clause in Traditional text is that
  honour's count): also with the prize the object of 頒發 and each winner's share between (`頒發校友獎學金，每名新臺幣5,000元，
  共20名畢業生獲獎`).
- GUIDELINES §4 (致辞 row; a person referred to by surname and post is the one named before): a reference followed by an
  address named by its kind (`张议长致开幕词`, `致欢迎辞`, `致闭幕词`) is 致辞; a message sent (`致电`) is none.
- GUIDELINES §4 (remarks inside an address belong to it; 指出/强调/要求 still add 讲话): a directive verb in a later clause of
  the address's sentence (`…发言，感谢…，并强调…`) adds 讲话; thanks alone, or another subject's words, do not.
- GUIDELINES §4 (one record per person; a post alone stands for its one holder named before; the `会前` exclusion is for
  remarks, sixteenth round): a bare post with an adverb before its act (`會前，縣長親自頒發獎狀`, `会中，县长强调`) is that
  holder acting; remarks told `会前`/`会后` give none.
- GUIDELINES §4 (recipients whose reactions are quoted are no speakers; twentieth round: winners' words after a prize give
  no role unless a 代表 label or 会上/上台 makes them a speech): a frame of the person's own win before the name
  (`谈到获奖，韦某表示…`, `说起此次获奖`, `对于获奖`) makes the words a reaction; `谈到获奖企业` (another's win) does not.
- GUIDELINES §6 (money a body only expects to put in, no signing, start or decision reported, is only intended; eighth
  round: `该项目总投资3.6亿元，计划明年开工`): a project's total whose start a later sentence tells as ahead (`…。据悉，该工程
  计划于12月上旬开工`) is only intended too, when the page tells no signing or start done.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers

_CITATIONS = [("记一大功", 2, "人", "person"), ("记功2次", 10, "人", "person"), ("嘉奖", 26, "人", "person")]


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: the label after a description of the holders, the citations in a later sentence
    ("山港市警察局昨日舉行表揚大會，表揚偵辦本案的刑事警察大隊及各分局有功員警38人。"
     "依據敘獎結果，本案有功人員計記一大功2人、記功2次10人、嘉獎26人。", _CITATIONS),
    # paraphrases: the citations in the same sentence; another holders' noun; 之 for 的; Simplified script
    ("山港市警察局昨日召開局務會議，局長頒發獎勵，表揚破獲「暗網」詐騙集團的有功員警38人，計記一大功2人、記功2次10人、嘉獎26人。",
     _CITATIONS),
    ("市警察局表揚破獲毒品案的各分局有功同仁38人，計記一大功2人、記功2次10人、嘉獎26人。", _CITATIONS),
    ("縣警察局今日舉行表揚大會，表揚偵破竊盜集團之有功警員38人，並頒發獎金。會中計記一大功2人、記功2次10人、嘉獎26人。",
     _CITATIONS),
    ("县警察局今日举行表扬大会，表扬侦办诈骗案的有功员警38人。本案有功人员计记一大功2人、记功2次10人、嘉奖26人。",
     _CITATIONS),
    # near misses: a prize category with no citation on the page; citations with no label counted
    ("市体育局表彰杰出教练19人、杰出运动员30人及有功人员14人。",
     [("杰出教练", 19, "人", "person"), ("杰出运动员", 30, "人", "person"), ("有功人员", 14, "人", "person")]),
    ("市警察局表揚協助破案的熱心民眾。依據敘獎結果，有功員警記一大功2人、記功2次10人、嘉獎26人。", _CITATIONS),
])
def test_merit_label_with_description(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "name", "title"), [
    # reduced: the electing body and its verb before the chain
    ("随后召开的三届一次理事会选举南江食品集团董事长郑立华为新一届会长。郑立华作表态发言。", "郑立华", "南江食品集团董事长"),
    # paraphrases: other verbs of choosing, 产生了 after the verb, 担任 after the name
    ("随后召开的理事会推选南江食品集团董事长郑立华为新一届会长。郑立华作表态发言。", "郑立华", "南江食品集团董事长"),
    ("理事会一致推举南江食品集团董事长郑立华担任会长。郑立华作表态发言。", "郑立华", "南江食品集团董事长"),
    ("会议选举产生了江城文旅集团总经理何建明为协会会长。何建明作表态发言。", "何建明", "江城文旅集团总经理"),
    ("董事会聘任北江科技公司副总裁卢海为总经理。卢海作表态发言。", "卢海", "北江科技公司副总裁"),
    # near misses: a body named for elections keeps its chain
    ("县选举委员会主任郑立华主持会议。", "郑立华", "县选举委员会主任"),
    ("市人大常委会选举工作领导小组组长何建明主持会议。", "何建明", "市人大常委会选举工作领导小组组长"),
])
def test_electing_body_before_chain(extract, body, name, title):
    assert speakers(extract(page(body)))[name][0] == title


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: the last name of a 、-list, with no title of its own, right before the guests' label
    ("同乡会就职典礼昨晚举行。立法会议员梁家豪、李锦涛担任主礼嘉宾。主礼嘉宾为新一届理监事颁发证书。",
     {"梁家豪": ("立法会议员", ("颁奖",)), "李锦涛": ("立法会议员", ("颁奖",))}),
    # paraphrases: a name of a rare surname read as a word (区), three names, 等共同 before the label, another label
    ("同乡会就职典礼昨晚举行。中联办副部长温子扬，立法会议员梁家豪、区锦涛担任主礼嘉宾。主礼嘉宾随后为新任理监事颁发聘书。",
     {"温子扬": ("中联办副部长", ("颁奖",)), "梁家豪": ("立法会议员", ("颁奖",)), "区锦涛": ("立法会议员", ("颁奖",))}),
    ("同乡会就职典礼昨晚举行。立法会议员梁家豪、陈锦涛、李伟担任主礼嘉宾。主礼嘉宾为新一届理监事颁发证书。",
     {"梁家豪": ("立法会议员", ("颁奖",)), "陈锦涛": ("立法会议员", ("颁奖",)), "李伟": ("立法会议员", ("颁奖",))}),
    ("颁奖典礼昨日举行。区议员黄志明、何家乐等共同担任颁奖嘉宾。颁奖嘉宾为得奖学生颁发奖状。",
     {"黄志明": ("区议员", ("颁奖",)), "何家乐": ("区议员", ("颁奖",))}),
    ("颁奖典礼昨日举行。区议员黄志明、何家乐担任颁奖嘉宾。颁奖嘉宾为得奖学生颁发奖状。",
     {"黄志明": ("区议员", ("颁奖",)), "何家乐": ("区议员", ("颁奖",))}),
    # near misses: a group word or a label after the joint is no person
    ("颁奖典礼昨日举行。区议员黄志明、市民担任颁奖嘉宾。颁奖嘉宾为得奖学生颁发奖状。", {"黄志明": ("区议员", ("颁奖",))}),
    ("颁奖典礼昨日举行。区议员黄志明、学生代表担任颁奖嘉宾。颁奖嘉宾为得奖学生颁发奖状。", {"黄志明": ("区议员", ("颁奖",))}),
])
def test_last_listed_guest(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: a level the holders are to reach by a target year, after an aim word
    ("市政府召开乡村振兴大会。他强调，力争到2025年全市五星级示范村达到50个。", []),
    # paraphrases: the target year alone, another verb of reaching, a stated aim, 确保 with this year
    ("市政府召开大会。会议提出，到2027年全市省级文明村突破100个。", []),
    ("市政府召开大会。他指出，目标是全县“美丽乡村示范村”增至30个。", []),
    ("市政府召开大会。会议确保年内全市星级示范村达到50个。", []),
    ("县委召开大会。县长表示，争取到二〇二六年全县“四强”党支部增加到80个。", []),
    # near misses: a conferral at the meeting stays, also beside an aim in a sentence of its own
    ("市政府召开大会，表彰五星级示范村50个。他强调，力争到2025年再创建一批示范村。", [("五星级示范村", 50, "个", "organization")]),
    ("市政府召开大会，命名十五个村为“五星级示范村”。", [("五星级示范村", 15, "个", "organization")]),
])
def test_target_level_no_award(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: holders whose noun ends in 班, counted by 班
    ("農會昨日召開會員代表大會，會中並表揚模範農民6名、績優產銷班4班，由理事長頒發獎牌。",
     [("模范农民", 6, "名", "person"), ("绩优产销班", 4, "班", "organization")]),
    # paraphrases: Simplified, 共 before the count, a quoted honour, the list's first item
    ("农会召开大会，表彰绩优产销班5班。", [("绩优产销班", 5, "班", "organization")]),
    ("农会召开大会，表彰绩优产销班共5班、模范农民10名。",
     [("绩优产销班", 5, "班", "organization"), ("模范农民", 10, "名", "person")]),
    ("学校召开表彰大会，评选出“文明班级”8班。", [("文明班级", 8, "班", "organization")]),
    ("農會召開大會，表揚「優良產銷班」3班。", [("优良产销班", 3, "班", "organization")]),
    # near misses: a class's number is no count of holders; a training class held is no honour
    ("学校召开表彰大会，表彰优秀学生20名，高三2班获评优秀班集体。", [("优秀学生", 20, "名", "person")]),
    ("县里举办新型职业农民培训班3班，表彰优秀学员50名。", [("优秀学员", 50, "名", "person")]),
])
def test_holders_counted_by_ban(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: the prize the object of 頒發, each winner's share, then the winners counted
    ("典禮中，理事長則代表校友總會頒發校友獎學金，每名新臺幣5,000元，共20名畢業生獲獎。", [("校友奖学金", 20, "名", "person")]),
    # paraphrases: no share between, a quoted prize, 每人/每位, 獲頒
    ("典禮中，理事長代表校友總會頒發校友獎學金，共20名畢業生獲獎。", [("校友奖学金", 20, "名", "person")]),
    ("畢業典禮上，董事長頒發「勤學獎學金」，每人新臺幣3,000元，共15名學生獲獎。", [("勤学奖学金", 15, "名", "person")]),
    ("畢業典禮上，家長會長頒發家長會獎，每位獎金二千元，共十二位畢業生獲頒。", [("家长会奖", 12, "位", "person")]),
    ("畢業典禮上，議長獎則由議員代為頒發，共十八名畢業生獲獎。", [("议长奖", 18, "名", "person")]),
    # near misses: people counted who did not win; a past year's winners; the money paid out
    ("畢業典禮上，董事長頒發獎學金給學生，共15名學生出席。", []),
    ("畢業典禮上，董事長頒發勤學獎學金，去年共有15名學生獲獎。", []),
])
def test_prize_handed_then_winners(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: a surname-and-post reference, then an address named by its kind
    ("县议会定期会今日开议。开幕式由议长张德禄主持。张议长致开幕词表示，希望县府与议会携手。", {"张德禄": ("议长", ("主持", "致辞"))}),
    # paraphrases: other kinds of address, another post
    ("市政府召开会议，由市长王德禄主持。王市长致开幕词。", {"王德禄": ("市长", ("主持", "致辞"))}),
    ("市政府召开会议，由市长王德禄主持。王市长致欢迎辞，欢迎各位来宾。", {"王德禄": ("市长", ("主持", "致辞"))}),
    ("校庆大会昨日举行，由校长何明远主持。何校长致闭幕词。", {"何明远": ("校长", ("主持", "致辞"))}),
    ("县人大会议今日开幕，由主任刘国栋主持。刘主任致开幕辞。", {"刘国栋": ("主任", ("主持", "致辞"))}),
    # near misses: a message sent is no address; a bare post reference with no act
    ("市政府召开会议，由市长王德禄主持。王市长致电表示祝贺。", {"王德禄": ("市长", ("主持",))}),
    ("市政府召开会议，由市长王德禄主持。王市长的讲稿已印发。", {"王德禄": ("市长", ("主持",))}),
])
def test_address_kind_after_post_reference(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: an address, a clause of thanks, then 并强调 in the same sentence
    ("市警察局召开表扬大会。刑事警察大队大队长薛志明代表受奖同仁发言，感谢市长与局长的肯定，并强调打诈工作需要民众共同防范。",
     {"薛志明": ("刑事警察大队大队长", ("发言", "讲话"))}),
    # paraphrases: 致辞, 指出, 要求, two clauses between
    ("市政府召开大会。市长王德禄致辞，感谢各界支持，并强调要做好防汛工作。", {"王德禄": ("市长", ("致辞", "讲话"))}),
    ("市政府召开大会。市长王德禄发言，感谢各界支持，并指出要做好防汛工作。", {"王德禄": ("市长", ("发言", "讲话"))}),
    ("市政府召开大会。市长王德禄致辞，感谢各界支持，回顾了一年来的工作，并要求各部门做好防汛工作。",
     {"王德禄": ("市长", ("致辞", "讲话"))}),
    ("县工会召开表彰会。劳模代表陈小红发言，分享了工作体会，并强调要传承劳模精神。", {"陈小红": (None, ("发言", "讲话"))}),
    # near misses: thanks alone stay the address; another subject's directive
    ("市政府召开大会。市长王德禄致辞，感谢各界支持。", {"王德禄": ("市长", ("致辞",))}),
    ("市政府召开大会。市长王德禄致辞，感谢各界支持，副市长李明随后强调要做好防汛工作。",
     {"王德禄": ("市长", ("致辞",)), "李明": ("副市长", ("讲话",))}),
])
def test_directive_later_in_address_sentence(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: a bare post, an adverb, the act, after 會前/會中
    ("县政府召开县务会议，由县长廖志远主持。会前，县长亲自颁发奖状，表扬表现优异的同仁。", {"廖志远": ("县长", ("主持", "颁奖"))}),
    # paraphrases: 会中, no opener, 随后, a directive verb
    ("县政府召开县务会议，由县长廖志远主持。会中，县长亲自颁发奖状，表扬表现优异的同仁。", {"廖志远": ("县长", ("主持", "颁奖"))}),
    ("县政府召开县务会议，由县长廖志远主持。县长亲自颁发奖状。", {"廖志远": ("县长", ("主持", "颁奖"))}),
    ("县政府召开县务会议，由县长廖志远主持。县长随后致辞。", {"廖志远": ("县长", ("主持", "致辞"))}),
    ("县政府召开县务会议，由县长廖志远主持。会中，县长强调，今年要做好防汛工作。", {"廖志远": ("县长", ("主持", "讲话"))}),
    # near misses: remarks before or after the meeting; a post nobody named holds
    ("县政府召开县务会议，由县长廖志远主持。会前，县长表示，今年要做好防汛工作。", {"廖志远": ("县长", ("主持",))}),
    ("县政府召开县务会议，由县长廖志远主持。会后，县长表示，今年要做好防汛工作。", {"廖志远": ("县长", ("主持",))}),
    ("县政府召开县务会议，由县长廖志远主持。副县长亲自颁发奖状。", {"廖志远": ("县长", ("主持",))}),
])
def test_bare_post_with_adverb(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: a frame of the person's own win before the name, then a soft verb
    ("基金会昨日举行发布会，公布获奖名单，滨江大学教授韦书晴获“智能科学奖”。谈到获奖，韦书晴表示很意外也很荣幸。", {}),
    # paraphrases: other frames and verbs, the prize named in the frame
    ("基金会昨日举行颁奖典礼，江城大学教授何明远获“青年科学奖”。说起此次获奖，何明远表示，这是团队共同努力的结果。", {}),
    ("基金会昨日举行颁奖典礼，江城大学教授何明远获“青年科学奖”。对于获奖，何明远说，这份荣誉属于整个团队。", {}),
    ("基金会昨日举行颁奖典礼，江城大学教授何明远获“青年科学奖”。谈及获得青年科学奖，何明远坦言压力很大。", {}),
    ("协会昨日举行颁奖典礼，南江中学教师刘小芳获“优秀园丁奖”。提起这次获奖，刘小芳说，要感谢学生和家长。", {}),
    # near misses: words at the meeting (会上), the winners another's topic, a representative's address
    ("基金会昨日举行颁奖典礼，江城大学教授何明远获“青年科学奖”。会上，谈到获奖，何明远表示，这是团队共同努力的结果。",
     {"何明远": ("江城大学教授", ("讲话",))}),
    ("基金会昨日举行颁奖典礼。谈到获奖企业，县长何明远表示，要继续加大扶持力度。", {"何明远": ("县长", ("讲话",))}),
    ("基金会昨日举行颁奖典礼，江城大学教授何明远获“青年科学奖”。何明远代表获奖者发言，表示这是团队共同努力的结果。",
     {"何明远": ("江城大学教授", ("发言",))}),
])
def test_own_win_frame_reaction(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # reduced: a project's total, its start told as ahead in a later sentence referring back to it
    ("村里召开院坝会。会上，驻村干部王明介绍，上级已下拨补助资金60万元，项目预计总投资86万元，剩余部分由群众筹资解决。"
     "据悉，该工程计划于12月上旬开工。", [(600000.0, "CNY", None)]),
    # paraphrases: a named project, other words of a start ahead, 这一 for 该
    ("村里召开院坝会。会上，王明介绍，道路硬化项目总投资120万元。据了解，该项目预计明年3月动工。", []),
    ("村里召开院坝会。会上，王明介绍，道路硬化工程预计总投资120万元。这一工程拟于下月开工。", []),
    ("镇里召开协调会。会上，王明介绍，项目总投资5000万元。该项目将于年内开工建设。", []),
    ("镇里召开项目推进会。会上，副镇长李强介绍，农贸市场改造工程总投资800万元。目前，该工程计划于6月动工。", []),
    # near misses: a signing or a start told as done on the page keeps the total; no start told ahead keeps it
    ("镇里召开协调会。双方签订了合作协议，项目总投资5000万元。该项目计划于下月开工。", [(50000000.0, "CNY", None)]),
    ("镇里举行开工仪式。项目总投资5000万元，目前已开工建设。该项目二期计划于明年开工。", [(50000000.0, "CNY", None)]),
])
def test_project_start_ahead_later(extract, body, expected):
    assert grants(extract(page(body))) == expected
