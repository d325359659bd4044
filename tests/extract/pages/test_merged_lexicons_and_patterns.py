"""Readings kept when duplicated lexicons and patterns were merged into one.

Where two copies of a lexicon or a pattern differed, the merged one is their union; the rows below pin what the
union changed, with near-miss negatives where the reading must stay off. Invented sentences only.

- A short form takes the full name of the same body written in the article's own text (GUIDELINES §3 organizer,
  twentieth and twenty-first rounds: "A short form is expanded only from the full name of the same body written in
  the article's own text"), whatever the preposition or verb of going before that full name (在, 到, 赴, a comma):
  the short form's reading now takes the openers of the anaphor readings (C11). Not from another body's full name.
- Every person named in a list before one speech act takes part (GUIDELINES §4: "every person named before one speech
  verb takes part"; twelfth round ``A、B分别作了…报告`` gives each one), whatever the light verb before the act (作, 做了,
  进行了) and the kind of speech named (交流, 表态, 典型, 现场): the list's act is one lexicon for the list's neighbours,
  its last item and a list closed by a count (C4). Not a list of places or bodies, nor a list with no speech act.
- A lay word before a name (a farming description, a farmer named by the crop farmed, a trade word of one holding no
  office: 种植大户, 棉农, 瓜农, 商户, 经营户) is a label, no title, and the person is read (GUIDELINES §4 fourteenth and
  twenty-first rounds), before a speech act as before a point raised at a forum (sixteenth round: 反映/建议 at a 座谈会
  is 讲话): one lexicon of lay words serves both readings (C1). Not a lay word with no name after it, nor a point
  raised to the press after the meeting (tenth round: 会后, no role).
- A rank written after a dotted foreign name that follows its body (化学系大卫·帕克教授) is the title and makes the dotted
  run a person's name (GUIDELINES §4: a rank written after the name is the title), any rank the title chain knows
  (讲师 as 教授, C3: _RANK_AFTER_DOTTED reuses _RANKS). Not a lab or a lecture named after the person.
- 主持人 closing a post's noun (a programme's presenter, 电视台主持人, 频道主持人; a studio's head, 工作室主持人) is a title
  word, no label of the chair (GUIDELINES §3 host: the person who chairs; job_titles.txt's presenters are posts): the
  speakers' role label and the meetings' chair label take the post nouns from that one lexicon (C2). A bare
  ``主持人、`` before a titled name stays the chair's label.
- A count of people taking part in an activity held after the event (a walk, tree planting, a test, a drill) is no
  attendee count of it (GUIDELINES §3 attendee_count: "only a number stated for the people attending"; eighth round: a
  drill is no meeting; thirteenth and twenty-first rounds: people serving or watching after the ceremony are no
  attendees): the activities held before a count and the activities a count attends are one lexicon (C9). A count
  of those attending the ceremony itself stays.
- A prize lends its holders nothing (GUIDELINES §3 twenty-second and twenty-third rounds: "a prize or award (…奖) lends
  nothing"), whatever the awards rite after the prize's name (颁奖典礼, 颁奖礼, 表彰大会): the ceremony named after a prize
  and the awards ceremony read one list of rites (C12). A festival or a contest still lends its holders.
- An experience told by a participant of a 座谈会 or a commendation meeting (``谈体会``, ``谈感受``, ``分享心得``) is 发言
  (GUIDELINES §4 twenty-third round), also with its topic between (谈了企业发展的体会); the kinds shared are the 发言 role
  lexicon's own (谈了体会, 谈感受, 谈心得, 谈感想, 谈认识, 谈了想法: models/patterns/extraction.json), not a list in the code
  (C5). Views or plans (看法, 打算) are no experience shared: no 发言 from this reading; nor any at a work meeting.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


@pytest.mark.parametrize(("body", "expected"), [
    # the full name after a verb of going, now seen (到, 赴), and as before after 在 or a mark
    ("5月6日，县长王明到江城县防汛抗旱指挥部检查工作。5月7日，县防指召开会商会。", "江城县防汛抗旱指挥部"),
    ("5月6日，县长王明赴江城县防汛抗旱指挥部检查工作。5月7日，县防指召开会商会。", "江城县防汛抗旱指挥部"),
    ("5月6日，副市长李红到南岭市防汛抗旱指挥部督导。5月7日，市防指召开调度会。", "南岭市防汛抗旱指挥部"),
    ("5月6日，区长赵刚赴青山区防汛抗旱指挥部检查工作。5月7日，区防指召开会商会。", "青山区防汛抗旱指挥部"),
    ("江城县防汛抗旱指挥部发布预警。5月7日，县防指召开会商会。", "江城县防汛抗旱指挥部"),
    # near misses: another body's full name after 到 lends nothing; the short form stays as written
    ("5月6日，县长王明到江城县应急管理局检查工作。5月7日，县防指召开会商会。", "县防指"),
    ("5月6日，县长王明到江城县委宣传部办公室调研。5月7日，县委办召开全体干部会议。", "县委办"),
])
def test_short_form_takes_the_full_name_after_a_verb_of_going(extract, body, expected):
    assert [m["organizer"] for m in extract(page(body))["meetings"]][-1] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("会上，覃小燕、韦东明、蒙志刚、农建华、黎明辉等5位村党组织书记进行了表态发言。",
     ["覃小燕", "韦东明", "蒙志刚", "农建华", "黎明辉"]),
    ("会上，县长王明、覃小燕和韦东明进行了表态发言。", ["王明", "覃小燕", "韦东明"]),
    ("会上，县长王明、覃小燕和韦东明作现场发言。", ["王明", "覃小燕", "韦东明"]),
    ("会上，县长王明、覃小燕、韦东明做了表态发言。", ["王明", "覃小燕", "韦东明"]),
    ("会上，县长王明、覃小燕和韦东明作了典型发言。", ["王明", "覃小燕", "韦东明"]),
    # near misses: places or bodies counted, no people; no speech act after the list
    ("会上，江苏、安徽等2个省进行了交流发言。", []),
    ("会上，龙山、平安、高桥等3个乡镇进行了表态发言。", []),
    ("会上，县长王明、覃小燕和韦东明进行了交流。", []),
])
def test_list_before_one_speech_act(extract, body, expected):
    record = extract(page("5月6日，县委召开经济工作会议。" + body))
    assert [s["name"] for s in record["speakers"] if "发言" in s["roles"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("县政府召开产业发展座谈会。会上，棉农李春花反映了收购价格偏低的问题。", [("李春花", None, ["讲话"])]),
    ("县政府召开产业发展座谈会。会上，烟农王建华反映了烤房不足的问题。", [("王建华", None, ["讲话"])]),
    ("县政府召开产业发展座谈会。会上，瓜农赵玉梅建议加快冷库建设。", [("赵玉梅", None, ["讲话"])]),
    ("县农业农村局召开表彰会。沿街商户王秀兰上台发言。", [("王秀兰", None, ["发言"])]),
    ("县市场监管局召开座谈会。个体经营户陈美芳发言。", [("陈美芳", None, ["发言"])]),
    ("县政府召开产业发展座谈会。会上，果农李春花反映了收购价格偏低的问题。", [("李春花", None, ["讲话"])]),
    # near misses: no name after the lay word; a point raised to the press after the meeting; no act
    ("县政府召开产业发展座谈会。会上，商户反映了租金偏高的问题。", []),
    ("县政府召开产业发展座谈会。会后，棉农李春花向记者反映了收购价格偏低的问题。", []),
    ("县政府召开产业发展座谈会。会议要求加强对棉农李春花等农户的帮扶。", []),
    ("县农业农村局召开表彰会。商户代表上台发言。", []),
])
def test_lay_word_before_a_name(extract, body, expected):
    record = extract(page("5月6日，" + body))
    assert [(s["name"], s["title"], s["roles"]) for s in record["speakers"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("英国剑桥大学物理系约翰·史密斯讲师作学术报告。", [("约翰·史密斯", "讲师")]),
    ("英国伦敦大学历史系玛丽·布朗讲师发言。", [("玛丽·布朗", "讲师")]),
    ("美国密歇根大学化学系大卫·帕克教授作学术报告。", [("大卫·帕克", "教授")]),
    ("法国巴黎大学文学院让·杜邦副教授作学术报告。", [("让·杜邦", "副教授")]),
    ("美国密歇根大学化学系大卫·帕克副研究员作学术报告。", [("大卫·帕克", "副研究员")]),
    # near misses: a lab or a lecture named after the person
    ("美国密歇根大学大卫·帕克实验室的研究员作学术报告。", []),
    ("英国伦敦大学历史系玛丽·布朗讲座开讲。", []),
])
def test_rank_after_a_dotted_name(extract, body, expected):
    record = extract(page("5月6日，江城大学举行学术研讨会。" + body))
    assert [(s["name"], s["title"]) for s in record["speakers"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("市电视台主持人、县融媒体中心记者王芳发言。", [("王芳", ["发言"])]),
    ("交通频道主持人、记者王芳发言。", [("王芳", ["发言"])]),
    ("市广播电台主持人、记者王芳发言。", [("王芳", ["发言"])]),
    ("栏目主持人、记者王芳发言。", [("王芳", ["发言"])]),
    # near miss: 主持人 alone is the chair's label
    ("主持人、县委常委王强宣布会议开始。", [("王强", ["主持", "讲话"])]),
])
def test_presenter_post_is_no_chair_label(extract, body, expected):
    record = extract(page("5月6日，县委宣传部召开座谈会。" + body))
    assert [(s["name"], s["roles"]) for s in record["speakers"]] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("全民健身月启动仪式在市体育中心举行。随后，3000余名市民参加了健步走。", None),
    ("植树节活动启动仪式在县林场举行。此后，200余名干部参加了义务植树。", None),
    ("消防安全宣传月启动仪式在县政府广场举行。随后进行了消防安全知识考核，200余名学生参加。", None),
    ("消防安全宣传月启动仪式在县政府广场举行。随后进行了防汛抢险演练，200余名应急队员参加。", None),
    # near misses: those attending the ceremony itself
    ("消防安全宣传月启动仪式在县政府广场举行，200余名学生参加。", 200),
    ("全民健身月启动仪式在市体育中心举行。3000余名市民参加了启动仪式。", 3000),
])
def test_activity_after_the_event_is_no_attendance(extract, body, expected):
    assert [m["attendee_count"] for m in extract(page("5月6日，" + body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("第七届沅芷文学奖表彰大会在市大剧院举行。本届文学奖由市文联、市作家协会主办。", None),
    ("第三届青禾科技奖表彰大会在市会展中心举行。本届科技奖由市科协主办。", None),
    ("第七届沅芷文学奖颁奖典礼在市大剧院举行。本届文学奖由市文联、市作家协会主办。", None),
    ("第七届沅芷文学奖颁奖礼在市大剧院举行。本届文学奖由市文联、市作家协会主办。", None),
    # near misses: a festival or a contest lends its holders
    ("第七届沅芷文学节开幕式在市大剧院举行。本届文学节由市文联、市作家协会主办。", "市文联、市作家协会"),
    ("第七届青年创新创业大赛表彰大会在市会展中心举行。本届大赛由市人社局主办。", "市人社局"),
])
def test_prize_lends_no_organizer(extract, body, expected):
    assert [m["organizer"] for m in extract(page("5月6日，" + body))["meetings"]] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("县工商联召开民营企业座谈会。企业代表陈波谈了企业转型发展的认识。", [("陈波", ["发言"])]),
    ("县工商联召开民营企业座谈会。企业代表陈波结合自身经历谈了对产业升级的想法。", [("陈波", ["发言"])]),
    ("社区召开表彰大会。“最美家庭”代表刘芳谈了照顾老人的心得。", [("刘芳", ["发言"])]),
    ("县教育局召开表彰大会。优秀教师代表林静谈了从教二十年的感想。", [("林静", ["发言"])]),
    # near misses: views or plans, no experience shared; a work meeting; a talk held
    ("县工商联召开民营企业座谈会。企业代表陈波谈了对营商环境的看法。", []),
    ("县工商联召开民营企业座谈会。企业代表陈波谈了下一步发展的打算。", []),
    ("县委召开经济工作会议。县委书记王强谈了对当前经济形势的认识。", []),
])
def test_experience_told_at_a_forum(extract, body, expected):
    record = extract(page("5月6日，" + body))
    assert [(s["name"], s["roles"]) for s in record["speakers"]] == expected
