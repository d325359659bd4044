"""Taiwan, Hong Kong and Macau releases and machine-converted text, each read as the class of phrasings it stands for, not the sentence that showed it.

GUIDELINES §3 (a session's bare opening rite, a chair named by 担任主席, events after or inside a ceremony, a lecture's
name in corner brackets, a parade's or a festival's holder, a firm's descriptor, visitors invited before a 座谈会), §4
(a recipient's reaction, police ranks, ranks after the name, guests listed by commas or labelled 检阅官, points raised
at a session, bills introduced, work reported, portfolios in brackets), §5 (获颁 bare, a ceremony conferring its prize,
grades by the holders' measure word, mediators commended) and §6 (budget levels, plans, schemes' rates, capital drawn
in, purchase and sale prices, market operations); the round each group rests on is named above it. Invented sentences
only; names, places, bodies and numbers are made up and differ from the set's.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


def _meetings(record: dict, *keys: str) -> list[tuple]:
    return [tuple(m[k] for k in ("name", *keys)) for m in record["meetings"]]


# --- §3 nineteenth and twenty-second review rounds: a bare opening rite told beside the session it opens is that
# session's part (its chair the host, its venue the session's); a session's 开幕式 joins the session told by its opening.
@pytest.mark.parametrize(("body", "expected"), [
    # the session told opened (开议/开幕) in the first clause, its bare rite held in the next (在 or 于 the venue)
    ("青川縣議會第20屆第3次定期會今（6）日上午開議，開議典禮於議會議事廳舉行，由議長林秀鳳主持。",
     [("青川县议会第20届第3次定期会", "青川县议会", "议会议事厅", "林秀凤")]),
    ("白水市議會第4屆第2次臨時會今日開議，開議典禮在議會大禮堂舉行，議長陳國華主持。",
     [("白水市议会第4届第2次临时会", "白水市议会", "议会大礼堂", "陈国华")]),
    ("5月6日，青川县政协十届三次会议开幕，开幕式于县人民会堂举行，由主席刘建平主持。",
     [("青川县政协十届三次会议", "青川县政协", "县人民会堂", "刘建平")]),
    ("青川县十七届人大四次会议今天上午开幕，开幕式在县会议中心举行，由大会执行主席王立新主持。",
     [("青川县十七届人大四次会议", "青川县人大", "县会议中心", "王立新")]),
    ("白水县第十八届人民代表大会第二次会议今日开幕，开幕典礼在县礼堂举行，由大会执行主席赵春生主持。",
     [("白水县第十八届人民代表大会第二次会议", None, "县礼堂", "赵春生")]),
    # negative: a fair's opening is no session's (the rite keeps its own record); 于 before a time is no venue
    ("第八届白水农产品博览会今天开幕，开幕式在会展中心举行，由副市长周平主持。",
     [("开幕式", None, "会展中心", "周平")]),
    ("青川縣議會第20屆第3次定期會今日開議。開議典禮於上午9時舉行，由議長林秀鳳主持。",
     [("青川县议会第20届第3次定期会", "青川县议会", None, "林秀凤")]),
])
def test_session_opened_then_its_rite(extract, body, expected):
    record = extract(page(body))
    got = [(m["name"], m["organizer"], m["location"], (m["host"] or {}).get("name")) for m in record["meetings"]]
    assert got == expected


# --- §5 nineteenth review round and "a count that refers back to an honour just named": the winners counted in the
# clause after the honour with a bare verb of winning, 获颁 as Taiwan, Hong Kong and Macau copy writes it.
@pytest.mark.parametrize(("body", "expected"), [
    ("江南國中今日上午舉行畢業典禮。縣長隨後頒發「縣長獎」，本屆共有十五名畢業生獲頒。", [("县长奖", 15, "名", "person")]),
    ("江南國中今日上午舉行畢業典禮。校長頒發「服務獎」，共12名學生獲頒。", [("服务奖", 12, "名", "person")]),
    ("江南國中今日上午舉行畢業典禮。鄉長頒發鄉長獎，共有九名畢業生獲頒。", [("乡长奖", 9, "名", "person")]),
    ("江南國中今日上午舉行畢業典禮。議長獎則由議員周文代為頒發，共八名畢業生獲頒。", [("议长奖", 8, "名", "person")]),
    ("江南國中今日舉行李氏獎學金頒獎典禮。共有32位學生獲頒。", [("李氏奖学金", 32, "位", "person")]),
    # negative: winners over the years, and a reaction after receiving, count nothing now
    ("江南國中今日上午舉行畢業典禮。縣長頒發「縣長獎」，該獎設立以來累計有300名學生獲頒。", []),
    ("江南國中今日上午舉行畢業典禮。縣長頒發「縣長獎」，學生獲頒後十分高興。", []),
])
def test_winners_counted_with_bare_huoban(extract, body, expected):
    assert honours(extract(page(body))) == expected


# --- §4 eighteenth review round (an honour's recipient named through the honour and quoted with a plain 表示/说 has no
# role) with the verbs of receiving a merit citation, a commendation or a prize grade; §4 twenty-first round: an
# occupational label before a name is the title (Taiwan and Hong Kong police ranks).
_CEREMONY = "江南市警察局今日上午舉行表揚大會，由局長王大明主持。"


@pytest.mark.parametrize(("body", "expected"), [
    (_CEREMONY + "獲記一大功的第二分局偵查佐林志遠表示，破案是大家的功勞。", {"王大明": ("局长", ("主持",))}),
    (_CEREMONY + "荣立三等功的民警陈立说，这份荣誉属于大家。", {"王大明": ("局长", ("主持",))}),
    (_CEREMONY + "獲嘉獎的巡佐林文豪表示，很感謝同事。", {"王大明": ("局长", ("主持",))}),
    (_CEREMONY + "獲一等獎的警員張志強說，很開心。", {"王大明": ("局长", ("主持",))}),
    (_CEREMONY + "獲記功兩次的巡官吳建國表示，會繼續努力。", {"王大明": ("局长", ("主持",))}),
    # negative: a rank holder who speaks at the meeting, or on behalf of the honoured, keeps the role and the rank
    (_CEREMONY + "第二分局偵查佐林志遠在會上表示，破案是大家的功勞。",
     {"王大明": ("局长", ("主持",)), "林志远": ("第二分局侦查佐", ("讲话",))}),
    (_CEREMONY + "第二分局偵查佐林志遠代表受獎員警致詞。",
     {"王大明": ("局长", ("主持",)), "林志远": ("第二分局侦查佐", ("致辞",))}),
])
def test_recipient_through_merit_citation(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# --- §5 (a count referring back to the honour just named) and sixteenth review round (the winners of a ceremony named
# for one prize): those the ceremony confers its prize on, counted in the clause after its name.
@pytest.mark.parametrize(("body", "expected"), [
    ("行政長官今日下午在禮賓府主持行政長官社區服務獎狀頒授典禮，向六十名熱心服務社群的人士頒授獎狀。",
     [("行政长官社区服务奖状", 60, "名", "person")]),
    ("署長今日下午主持「優秀教師獎」頒獎典禮，向30名教師頒發獎項。", [("优秀教师奖", 30, "名", "person")]),
    ("局長今日舉行傑出青年獎頒獎典禮，為10名青年頒獎。", [("杰出青年奖", 10, "名", "person")]),
    ("學會今日舉行2024年度青年科學家獎頒獎典禮，向12位學者頒發證書。", [("青年科学家奖", 12, "位", "person")]),
    ("市长今日出席见义勇为奖颁奖大会，为8名市民颁奖。", [("见义勇为奖", 8, "名", "person")]),
    # negative: a keepsake handed over is no token of the prize; holders named by an honour of their own keep it
    ("局長今日舉行傑出青年獎頒獎典禮，向10名青年頒發紀念品。", []),
    ("局長今日舉行傑出青年獎頒獎典禮，為10名優秀教師頒發證書。", [("优秀教师", 10, "名", "person")]),
])
def test_ceremony_confers_its_prize_on_a_count(extract, body, expected):
    assert honours(extract(page(body))) == expected


# --- §5 twenty-first review round: grades listed after 計有 right after a named prize take its name, an item with its
# holders' noun is named as written; counts in 村 (and Taiwan's 里, farm groups' 班) are organizations (tenth round).
_TW = "發布日期：113-05-06　新臺幣預算照列。"


@pytest.mark.parametrize(("body", "expected"), [
    (_TW + "環保局今日舉行頒獎典禮，頒發「清潔家園獎」，計有特優4里、優等6里、甲等9里。",
     [("清洁家园奖特优", 4, "里", "organization"), ("清洁家园奖优等", 6, "里", "organization"),
      ("清洁家园奖甲等", 9, "里", "organization")]),
    (_TW + "縣府今日舉行頒獎典禮，頒發「環境教育獎」，計有特優2村、優等4村。",
     [("环境教育奖特优", 2, "村", "organization"), ("环境教育奖优等", 4, "村", "organization")]),
    (_TW + "農會今日召開會員代表大會，會中並表揚績優產銷班，計有特優產銷班3班、優等產銷班6班。",
     [("特优产销班", 3, "班", "organization"), ("优等产销班", 6, "班", "organization")]),
    (_TW + "縣府今日召開大會，表揚績優社區，計有特優社區3個、優等社區8個。",
     [("特优社区", 3, "个", "organization"), ("优等社区", 8, "个", "organization")]),
    (_TW + "縣府今日舉行頒獎典禮，頒發「田園獎」，計有特優1鄉、優等3鄉。",
     [("田园奖特优", 1, "乡", "organization"), ("田园奖优等", 3, "乡", "organization")]),
    # negative: a holding told after another clause, and a clause before that commends nothing
    (_TW + "縣府今日舉行頒獎典禮，本縣共有特優社區3里、優等社區8里。", []),
    (_TW + "縣府今日召開大會，檢討績優社區，計有特優社區3個、優等社區8個。", []),
])
def test_taiwan_grades_by_holders_measure_word(extract, body, expected):
    assert honours(extract(page(body))) == expected


# --- §6 fourteenth round (a yearly budget told as a level), eighteenth round (a budget line for a whole field with no use
# stated), nineteenth round (a central bank's market operation), seventeenth round (capital a place drew in with its
# projects), fifteenth and seventeenth rounds (a per-head sum offered to whoever qualifies), sixteenth round (money only
# expected or planned), "the value of goods bought" and prices: no money granted.
_GALA = "江南基金會今晚在會展中心舉行慈善晚宴，由主席李明華主持。"


@pytest.mark.parametrize(("body", "expected"), [
    # this year's budget for a field told as the level it reaches
    (_GALA + "局長指出，特區政府今年教育經費預算達六十五億元。", []),
    (_GALA + "局長表示，政府今年社福經費達三十億元。", []),
    (_GALA + "他表示，学校今年科研经费达2亿元。", []),
    (_GALA + "他表示，本年文化預算高達八億元。", []),
    # planning the spending itself
    (_GALA + "院方也正規劃斥資約3億元興建護理大樓，預計後年動工。", []),
    (_GALA + "院方正籌劃投資3億元興建護理大樓。", []),
    (_GALA + "縣府正研議斥資5億元興建運動中心。", []),
    (_GALA + "院方計劃明年再研擬投入2億元興建大樓。", []),
    # a per-head sum offered to whoever qualifies (an adverb, a residence or age condition)
    (_GALA + "局長表示，每名合資格長者今年可額外獲得醫療券八百元。", []),
    (_GALA + "縣長宣布，設籍本縣滿一年的縣民每人可領800元。", []),
    (_GALA + "縣長宣布，年滿65歲的長者每人可獲敬老金2000元。", []),
    (_GALA + "局長表示，每名合資格學生可另獲津貼三千元。", []),
    (_GALA + "局長表示，年滿70歲的長者可一次性領取敬老金五千元。", []),
    # capital drawn in with its projects, a purchase price, a sale price, a market operation
    (_GALA + "據了解，江南市今年已累計吸引青年創業項目300個，實際到位資金12億元。", []),
    (_GALA + "據了解，全市今年共吸引招商項目80個，到位資金30億元。", []),
    (_GALA + "三年來，縣裡吸引項目45個，實際到位資金20億元。", []),
    (_GALA + "去年該區累計吸引外資項目12個，到位資金9億元。", []),
    (_GALA + "董事會日前已決議斥資9億元購置廠區土地。", []),
    (_GALA + "公司斥資6億元收購江北光電全部股權。", []),
    (_GALA + "公司以8億元買下市中心一棟辦公大樓。", []),
    (_GALA + "集團斥資20億元收購江北酒店。", []),
    (_GALA + "一幅本地畫家的油畫以$90萬成交，創基金拍賣紀錄。", []),
    (_GALA + "一件瓷器以港幣80萬成交。", []),
    (_GALA + "一件名家書法以$50萬成交。", []),
    (_GALA + "一隻古董花瓶以1.5億拍出。", []),
    ("金融管理局今日在市場承接港元沽盤，向市場注資25億港元，以穩定聯繫匯率。", []),
    ("金管局今日向銀行體系注資50億港元。", []),
    ("人民銀行今日向市場注資2000億元，以維持流動性合理充裕。", []),
    ("央行今日透過逆回購向銀行體系淨注資500億元。", []),
    # negative: a use stated, money put in, equipment bought for a use, an injection into a named scheme, recipients counted
    (_GALA + "局長指出，特區政府今年教育經費預算達六十五億元，用於興建學校。", [(6500000000.0, "兴建学校")]),
    (_GALA + "院方已斥資3億元興建護理大樓。", [(300000000.0, "兴建护理大楼")]),
    (_GALA + "公司投入2億元購置新設備，用於擴產。", [(200000000.0, "扩产")]),
    ("政府今日向「樂齡科技基金」注資10億港元，用於資助長者服務。", [(1000000000.0, "资助长者服务")]),
    (_GALA + "縣府為1,200名年滿65歲的長者每人發放敬老金3000元。", [(3000.0, None)]),
    (_GALA + "縣府按規劃投入3億元興建運動中心。", [(300000000.0, "兴建运动中心")]),
    (_GALA + "今年共向1,500名合資格學生每人發放津貼三千元。", [(3000.0, "津贴")]),
    (_GALA + "會上，8個項目簽約落地，吸引投資3億元。", [(300000000.0, "吸引投资")]),
    (_GALA + "縣府今年投入3億元支持項目落地。", [(300000000.0, "支持项目落地")]),
    (_GALA + "公司斥資3億元購置生產設備。", [(300000000.0, "购置生产设备")]),
    (_GALA + "晚宴共籌得善款500萬元，全數撥捐基金。", [(5000000.0, None)]),
    ("政府今日向「創科基金」注資20億元。", [(2000000000.0, "创科基金")]),
    (_GALA + "局長表示，今年縣財政安排教育經費3億元。", [(300000000.0, "教育经费")]),
    (_GALA + "縣府撥款5000萬元興建活動中心。", [(50000000.0, "兴建活动中心")]),
    (_GALA + "拍賣所得120萬元全數撥捐基金。", [(1200000.0, "全数拨捐基金")]),
])
def test_no_money_granted(extract, body, expected):
    assert [(amount, purpose) for amount, _, purpose in grants(extract(page(body)))] == expected


# --- §4: religious posts are titles and a rank written after the name joins the chain (tenth round; a physician's 医生
# like 主任医师); a short reference by surname and post stands for the one holder named (施神父 after 校监施某神父).
@pytest.mark.parametrize(("body", "expected"), [
    ("本校畢業典禮已於七月十日下午在學校禮堂舉行。典禮由校長馮綺雯主持，並邀得校監黃德明神父主禮。黃德明神父致辭。隨後，黃神父為畢業生頒發畢業證書。",
     {"冯绮雯": ("校长", ("主持",)), "黄德明": ("校监、神父", ("颁奖", "致辞"))}),
    ("醫院今日下午在演講廳舉行嘉許典禮，由醫院行政總監溫志豪醫生主持。溫志豪致辭。",
     {"温志豪": ("医院行政总监、医生", ("主持", "致辞"))}),
    ("醫院今日下午在演講廳舉行嘉許典禮，由醫院聯網總監聞家欣醫生主持。", {"闻家欣": ("医院联网总监、医生", ("主持",))}),
    ("教堂今日舉行感恩禮，由堂主任李明遠牧師主持。", {"李明远": ("堂主任、牧师", ("主持",))}),
    ("學校今日舉行開學禮，由校監陳慧心修女主持。", {"陈慧心": ("校监、修女", ("主持",))}),
    # negative: the word before the name is the title alone; a courtesy word after it joins nothing
    ("醫院今日下午舉行典禮，由醫生溫志豪主持。", {"温志豪": ("医生", ("主持",))}),
    ("學校今日舉行開學禮，由校長馮綺雯女士主持。", {"冯绮雯": ("校长", ("主持",))}),
])
def test_rank_after_name_joins_chain(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# --- §3 host (the person who chairs it) and §4 主持: a chair named by 担任主席 after the 由 agent.
_CONGRESS = "江南鄉農會第18屆第2次會員代表大會於3月8日上午在農會禮堂召開，"


@pytest.mark.parametrize(("body", "host"), [
    (_CONGRESS + "由理事長甘志偉擔任主席。", "甘志伟"),
    (_CONGRESS + "由理事長甘志偉擔任大會主席。", "甘志伟"),
    ("江南商會第五屆會員大會昨日在商會大樓舉行，由會長陳永安擔任會議主席。", "陈永安"),
    ("江南同鄉會周年會員大會今日舉行，由理事長何家明擔任主席，會員二百人出席。", "何家明"),
    # negative: a post taken, no 由 before the name; a presidium
    (_CONGRESS + "大會選舉理事長甘志偉擔任主席。", None),
    (_CONGRESS + "理事長甘志偉擔任主席團成員。", None),
])
def test_chair_named_by_danren_zhuxi(extract, body, host):
    record = extract(page(body))
    assert [(m["host"] or {}).get("name") for m in record["meetings"]] == [host]
    assert ("主持" in dict(speakers(record)).get(host, (None, ()))[1]) is (host is not None)


# --- §4 seventeenth round (a proposal spoken where the session's deliberation is named places it at the session),
# fourteenth round (an officer answering members at a session has 讲话), sixteenth, twenty-first and twenty-second rounds
# (反映 at a council or standing committee session is 讲话).
_AGM = "發布日期：113-03-29\n江南鄉農會會員代表大會於3月28日上午在農會禮堂召開，由理事長甘志偉擔任主席。"
_COUNCIL = "江灣區議會今日下午在會議室舉行第十二次會議，由主席蒲家明主持。"


@pytest.mark.parametrize(("body", "expected"), [
    (_AGM + "會員代表邱永福在臨時動議中建議農會增設冷鏈集貨場，甘志偉答覆將交由理事會研議。",
     {"甘志伟": ("理事长", ("主持", "讲话")), "邱永福": (None, ("讲话",))}),
    (_AGM + "代表李文生在臨時動議時建議增設集貨場。理事長甘志偉答覆，將研議辦理。",
     {"甘志伟": ("理事长", ("主持", "讲话")), "李文生": (None, ("讲话",))}),
    (_COUNCIL + "區議員柯永豪反映，碼頭一帶假日人流擠迫，要求增設巴士班次。",
     {"蒲家明": ("主席", ("主持",)), "柯永豪": ("区议员", ("讲话",))}),
    (_COUNCIL + "議員陳大文反映了街市衛生的問題。", {"蒲家明": ("主席", ("主持",)), "陈大文": ("议员", ("讲话",))}),
    (_COUNCIL + "區議員柯永豪反映碼頭一帶假日人流擠迫。", {"蒲家明": ("主席", ("主持",)), "柯永豪": ("区议员", ("讲话",))}),
    (_AGM + "會員代表林春生在臨時動議中提議增設冷藏庫。", {"甘志伟": ("理事长", ("主持",)), "林春生": (None, ("讲话",))}),
    (_AGM + "會員代表林春生在臨時動議時建議調高補助。", {"甘志伟": ("理事长", ("主持",)), "林春生": (None, ("讲话",))}),
    (_COUNCIL + "區議員何美華反映了屋邨停車位不足的問題。", {"蒲家明": ("主席", ("主持",)), "何美华": ("区议员", ("讲话",))}),
    (_COUNCIL + "市議員何美華反映，街市租金過高。", {"蒲家明": ("主席", ("主持",)), "何美华": ("市议员", ("讲话",))}),
    # a delegate's proposal at a congress of delegates with no motion frame: 讲话 all the same (§4 twelfth-round note
    # on representatives at a congress of delegates, `职工代表大会`; fzi's reading, which the merge kept)
    (_AGM + "會員代表邱永福建議農會增設冷鏈集貨場。", {"甘志伟": ("理事长", ("主持",)), "邱永福": (None, ("讲话",))}),
    (_AGM + "會員代表邱永福在討論時建議農會增設冷鏈集貨場。",
     {"甘志伟": ("理事长", ("主持",)), "邱永福": (None, ("讲话",))}),
    # negative: no council member; no session at all
    (_COUNCIL + "居民柯永豪反映，碼頭一帶人流擠迫。", {"蒲家明": ("主席", ("主持",))}),
    ("江灣區今日舉行植樹活動。區議員柯永豪反映，碼頭一帶人流擠迫。", {}),
])
def test_points_raised_at_a_session(extract, body, expected):
    assert speakers(extract(page(body))) == expected


# --- §4 eleventh review round: guests of honour named in one sentence who confer in a later one take 颁奖 each, the list
# set off by commas (title and name each) as by 、; a reviewing officer (检阅官) is such a label too (ninth round: the role
# the group is told performing), also when the conferral is told with 予.
_INAUGURATION = "澳門江南同鄉會第九屆理監事就職典禮昨晚假酒店宴會廳舉行。"


@pytest.mark.parametrize(("body", "expected"), [
    (_INAUGURATION + "中聯辦副部長溫子明，社會文化司司長辦公室主任鄒慧芳，立法會議員梁家輝、王錦華擔任主禮嘉賓。主禮嘉賓隨後為新任理監事頒發聘書。",
     {"温子明": ("中联办副部长", ("颁奖",)), "邹慧芳": ("社会文化司司长办公室主任", ("颁奖",)),
      "梁家辉": ("立法会议员", ("颁奖",)), "王锦华": ("立法会议员", ("颁奖",))}),
    (_INAUGURATION + "副署長林大文，議員梁家輝擔任主禮嘉賓。主禮嘉賓隨後為新任理監事頒發聘書。",
     {"林大文": ("副署长", ("颁奖",)), "梁家辉": ("议员", ("颁奖",))}),
    (_INAUGURATION + "民政總署副主席何志強，教育局副局長林美玲擔任主禮嘉賓。主禮嘉賓隨後為新任理監事頒發聘書。",
     {"何志强": ("民政总署副主席", ("颁奖",)), "林美玲": ("教育局副局长", ("颁奖",))}),
    (_INAUGURATION + "會長陳國強致辭，理事長何志強，議員梁家輝擔任主禮嘉賓。主禮嘉賓隨後為新任理監事頒發聘書。",
     {"陈国强": ("会长", ("致辞",)), "何志强": ("理事长", ("颁奖",)), "梁家辉": ("议员", ("颁奖",))}),
    ("江南警察學院結業會操今日舉行。警務處副處長陳志強擔任檢閱官。檢閱官其後頒發獎項給優異學員。",
     {"陈志强": ("警务处副处长", ("颁奖",))}),
    ("江南消防學校畢業會操今日舉行。消防處處長黃建明擔任主禮人，主禮人隨後為學員頒發證書。",
     {"黄建明": ("消防处处长", ("颁奖",))}),
    ("海事巡邏隊第三十屆學員結業會操今日上午在屯門舉行。保安局副局長龐家明擔任檢閱官，並在會操上致辭。檢閱官其後頒發獎項予表現優異的學員。",
     {"庞家明": ("保安局副局长", ("致辞", "颁奖"))}),
    ("懲教署學員結業會操今日上午舉行。保安局副局長龐家明擔任檢閱官。檢閱官其後為表現優異的學員頒發獎項。",
     {"庞家明": ("保安局副局长", ("颁奖",))}),
    # negative: one who acts in a clause of his own is no item of the list; a review alone confers nothing
    (_INAUGURATION + "局長周甲明出席並致辭，副局長周乙明、理事長陳丙明擔任主禮嘉賓。主禮嘉賓隨後為新任理監事頒發聘書。",
     {"周甲明": ("局长", ("致辞",)), "周乙明": ("副局长", ("颁奖",)), "陈丙明": ("理事长", ("颁奖",))}),
    ("海事巡邏隊第三十屆學員結業會操今日上午在屯門舉行。保安局副局長龐家明擔任檢閱官，並在會操上致辭。檢閱官隨後檢閱隊伍。",
     {"庞家明": ("保安局副局长", ("致辞",))}),
])
def test_guests_listed_and_labelled(extract_with_model, body, expected):
    assert speakers(extract_with_model(page(body))) == expected


# --- §3 seventh and nineteenth review rounds: an event told right after or inside the ceremony just told (典礼后, 典礼上,
# 典礼最后) takes its day and its time of day; a lecture inside a ceremony is its own record (eleventh round), its name
# marked by corner brackets as by “”.
_OPENING = "江南大學開學典禮於8月30日上午在大學體育館舉行，典禮由副校長容家樂主持。"
_INSTALLATION = "【本網訊】澳門江南同鄉會第九屆理監事就職典禮昨晚假酒店宴會廳舉行，典禮由秘書長黎卓明主持。"


@pytest.mark.parametrize(("body", "expected"), [
    (_INSTALLATION + "典禮後舉行慶祝晚宴，逾五百名鄉親出席。", ("庆祝晚宴", "2024-05-07", "晚上")),
    (_INSTALLATION + "典禮結束後舉行慶祝晚宴。", ("庆祝晚宴", "2024-05-07", "晚上")),
    (_INSTALLATION + "典禮後，舉行慶祝晚宴。", ("庆祝晚宴", "2024-05-07", "晚上")),
    (_INSTALLATION + "典禮結束後，舉行聯歡晚會。", ("联欢晚会", "2024-05-07", "晚上")),
    (_OPENING + "典禮上，杭志遠校長為新生講授「開學第一課」，以「學會提問」為題。", ("开学第一课", "2023-08-30", "上午")),
    (_OPENING + "典禮最後，校黨委書記尚國明為全體新生上了「開學第一課」。", ("开学第一课", "2023-08-30", "上午")),
    (_OPENING + "典禮上，校長杭志遠為新生講授『開學第一課』。", ("开学第一课", "2023-08-30", "上午")),
    (_OPENING + "典禮中，校長杭志遠為新生講授「開學第一課」。", ("开学第一课", "2023-08-30", "上午")),
])
def test_event_after_or_inside_ceremony(extract, body, expected):
    meetings = extract(page(body))["meetings"]
    assert len(meetings) == 2
    assert (meetings[1]["name"], meetings[1]["date"], meetings[1]["time_of_day"]) == expected


@pytest.mark.parametrize("body", [
    # negative: watching a lesson is no lecture given; a lesson given on another day keeps no day of the ceremony
    _OPENING + "典禮上，新生代表觀看了「開學第一課」。",
    _OPENING + "典禮上，校長宣布下週將舉行「開學第一課」。",
])
def test_no_lecture_given_inside_ceremony(extract, body):
    assert [m["name"] for m in extract(page(body))["meetings"]] == ["开学典礼"]


# --- §3 eighth round: a passing-out parade held is a ceremony, the body before its name its holder; §3 fifteenth round: a
# festival's opening ceremony takes the festival's holders, 祭 a festival's word as 节 is; twenty-first round: a descriptor
# before a firm's name (its line of business) is no part of the organizer.
@pytest.mark.parametrize(("body", "expected"), [
    ("海事巡邏隊第三十屆學員結業會操今日上午在屯門舉行。", ("第三十届学员结业会操", "海事巡逻队")),
    ("懲教署第五十屆學員結業會操今日上午在訓練學校舉行。", ("第五十届学员结业会操", "惩教署")),
    ("入境事務處學員結業會操今日上午在訓練學校舉行。", ("学员结业会操", "入境事务处")),
    ("江南消防隊第十屆學員結業會操今日上午在訓練學校舉行。", ("第十届学员结业会操", "江南消防队")),
    ("江南鄉108年聯合豐年祭今日上午在鄉立運動場舉行開幕典禮，由鄉長王明遠主持。本屆豐年祭由江南鄉公所主辦、江南縣政府指導。",
     ("江南乡108年联合丰年祭开幕典礼", "江南乡公所")),
    ("江南鄉海神祭今日上午在漁港舉行開幕典禮。本屆海神祭由江南區漁會主辦。", ("江南乡海神祭开幕典礼", "江南区渔会")),
    ("江南鄉阿美族收穫祭今日上午在部落廣場舉行開幕典禮。本屆收穫祭由江南鄉公所主辦。", ("江南乡阿美族收获祭开幕典礼", "江南乡公所")),
    ("江南區海洋祭典今日在漁港舉行開幕儀式。本屆祭典由江南區公所主辦。", ("江南区海洋祭典开幕仪式", "江南区公所")),
    ("IC設計廠江南電子今日上午在竹科總部舉行股東常會。", ("股东常会", "江南电子")),
    ("面板廠江南光電今日上午在總部舉行股東常會。", ("股东常会", "江南光电")),
    ("晶圓代工大廠江南半導體今日舉行股東常會。", ("股东常会", "江南半导体")),
    ("封測廠商江南科技今日上午舉行股東常會。", ("股东常会", "江南科技")),
    # negative: a body's own event that is no parade keeps the name whole; a works' own unit keeps its works
    ("海事巡邏隊第三十屆周年大會今日上午在屯門舉行。", ("海事巡逻队第三十届周年大会", None)),
    ("江南化工廠二車間今日召開安全會議。", ("安全会议", "江南化工厂二车间")),
    ("江南紡織廠今日上午舉行職工代表大會。", ("职工代表大会", "江南纺织厂")),
    ("江南化工廠質檢科今日召開會議。", ("会议", "江南化工厂质检科")),
    ("江南市今日舉行公祭儀式，由市長王明遠主持。", ("公祭仪式", "江南市")),
])
def test_holder_before_or_of_the_event(extract, body, expected):
    assert [(m["name"], m["organizer"]) for m in extract(page(body))["meetings"]] == [expected]


# --- §3 twenty-second review round: people a body invites to a visit (观摩 a trial, 到…参观) and then 随即/随后召开座谈会,
# with nothing else counting them, are that 座谈会's attendees; the venue may stand between.
@pytest.mark.parametrize(("body", "expected"), [
    ("4月15日上午，江南县人民法院邀请15名县人大代表观摩一起案件的庭审，随即召开座谈会。", 15),
    ("4月15日上午，江南县人民法院邀请15名县人大代表、政协委员走进法院，观摩一起案件的庭审，随即在本院第三会议室召开座谈会。", 15),
    ("4月15日上午，县工商联邀请30名企业家到产业园参观，随后召开座谈会。", 30),
    ("4月15日上午，县检察院邀请20名人民监督员观摩公开听证，随后在本院会议室召开座谈会。", 20),
    ("4月15日上午，县法院邀请10名律师代表来到法院，观摩庭审，接着召开座谈会。", 10),
    # negative: a meeting on another part of the day, or one the visitors were not invited to right before
    ("4月15日上午，江南县人民法院邀请15名县人大代表观摩一起案件的庭审。下午，法院召开座谈会。", None),
    ("4月15日上午，县工商联组织30名企业家参观产业园，随后召开座谈会。", None),
])
def test_invited_visitors_attend_the_talks(extract, body, expected):
    assert [m["attendee_count"] for m in extract(page(body))["meetings"]] == [expected]


# --- §4: a bill presented (作…说明, thirteenth round) as Hong Kong and Macau legislatures write it (作出引介); a body's work
# reported at the meeting (报告年度业务, ninth round) by a firm's officer (报告营运, 经营成果, 业绩); the title chain with a
# Hong Kong post's bracketed portfolio (§4 title: the chain written next to the name).
_PLENARY = "立法會今日下午舉行全體會議，會議由主席高文輝主持。"
_AGM_FIRM = "江南電子今日上午舉行股東常會，由董事長王明德主持。"
_AWARDS = "中心今日下午舉行義工嘉許禮。"


@pytest.mark.parametrize(("body", "name", "expected"), [
    (_PLENARY + "司長歐永明列席會議，並就法案作出引介。", "欧永明", ("司长", ("作报告",))),
    (_PLENARY + "司長歐永明列席會議，並就《預算修改》法案作出引介。", "欧永明", ("司长", ("作报告",))),
    (_PLENARY + "司長歐永明隨後引介《城市規劃法》修改法案。", "欧永明", ("司长", ("作报告",))),
    (_PLENARY + "局長陳永仁就《職業安全條例》修訂草案作出引介。", "陈永仁", ("局长", ("作报告",))),
    (_AGM_FIRM + "總經理仲立明報告營運時指出，營收成長。", "仲立明", ("总经理", ("作报告", "讲话"))),
    (_AGM_FIRM + "總經理仲立明報告經營成果。", "仲立明", ("总经理", ("作报告",))),
    (_AGM_FIRM + "總經理仲立明向股東報告去年業績。", "仲立明", ("总经理", ("作报告",))),
    (_AGM_FIRM + "副總經理李志成報告公司營業概況。", "李志成", ("副总经理", ("作报告",))),
    (_AWARDS + "主禮嘉賓、社會福利署助理署長（青年及感化服務）孔憲明致辭。", "孔宪明",
     ("社会福利署助理署长（青年及感化服务）", ("致辞",))),
    (_AWARDS + "商務及經濟發展局副秘書長（工商及旅遊）陳大華致辭。", "陈大华", ("商务及经济发展局副秘书长（工商及旅游）", ("致辞",))),
    (_AWARDS + "民政事務局副秘書長（地區及社區關係）何志明致辭。", "何志明", ("民政事务局副秘书长（地区及社区关系）", ("致辞",))),
    (_AWARDS + "保安局首席助理秘書長（禁毒）張文華致辭。", "张文华", ("保安局首席助理秘书长（禁毒）", ("致辞",))),
    # negative: explaining to the press is no bill; a report named as a thing; a position marker after a name
    (_PLENARY + "司長歐永明就群眾關心的問題作出引介。", "欧永明", None),
    (_AGM_FIRM + "總經理仲立明表示，營運報告已上網公布。", "仲立明", ("总经理", ("讲话",))),
    (_AWARDS + "主席李天明（右三）與局長賴維安（左三）致辭。", "李天明", ("主席", ("致辞",))),
    (_PLENARY + "局長陳永仁在會上作出引介。", "陈永仁", None),
    (_AGM_FIRM + "總經理仲立明接受訪問時談到營運前景。", "仲立明", None),
    (_AWARDS + "主席李天明（前排左二）致辭。", "李天明", ("主席", ("致辞",))),
])
def test_reports_and_titles(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected


# --- §5 eleventh review round (a certificate given to counted holders is their honour) and 给/予 after the token in Taiwan
# copy; holders named by a mediator's post (调解委员, 调解员) after a word of merit.
_COURT = "法院今日下午舉行表揚大會，由院長尤明哲主持。"


@pytest.mark.parametrize(("body", "expected"), [
    (_COURT + "尤明哲院長隨後頒發獎牌給15位績優調解委員。", [("绩优调解委员", 15, "位", "person")]),
    (_COURT + "尤明哲院長隨後頒發獎牌予15位績優調解委員。", [("绩优调解委员", 15, "位", "person")]),
    (_COURT + "院長頒發獎狀給20名優秀調解員。", [("优秀调解员", 20, "名", "person")]),
    (_COURT + "院長為15位績優調解委員頒發獎牌。", [("绩优调解委员", 15, "位", "person")]),
    (_COURT + "院長頒發獎牌給12名優秀志工。", [("优秀志工", 12, "名", "person")]),
    # negative: no word of merit before the post; no conferral
    (_COURT + "會議表揚了15位調解委員。", []),
    (_COURT + "院長與15位調解委員座談。", []),
])
def test_mediators_commended(extract, body, expected):
    assert honours(extract(page(body))) == expected
