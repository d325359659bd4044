"""New Year wishes in other words, an address's own 表示, and reports heard or explained (real newspaper copy).

Classes (a precision audit of People's Daily articles):

1. A New Year greeting to those present worded other than 拜年 or 致以新春的问候: the New Year wished
   (``向大家祝贺新春``, ``向全市人民恭贺新禧``, ``向与会同志拜贺新春``) is 致辞 (GUIDELINES §4 tenth
   review round: "New Year greetings to those present … are 致辞"); told in its own sentence after a speech it adds 致辞
   (eleventh round); in the speech's own clause it stays part of the speech, and a show congratulated
   (``祝贺新年音乐会演出成功``) or a holiday celebrated (``庆祝新年``) is no greeting. A named New Year address
   (``在会上致新年献辞时表示``) is 致辞, its 表示 part of it (§4: remarks introduced by 说/表示 inside an address belong to
   that address).
2. A report or 说明 heard by the meeting from several named in a list (``会议听取了副主席甲、秘书长乙和副秘书长丙分别就
   有关议题所作的说明``) gives each 作报告 (§4 seventeenth round: a meeting hearing a named person's report; thirteenth
   round: presenting with 作…说明 is 作报告); a body's work plans explained to the meeting (``对今年工作的安排和工作重点
   作了说明``) is 作报告 (§4 fourteenth round: explaining a situation to the meeting), while questions answered
   (``就群众关心的问题作了说明``) stay 讲话.
3. The one on whose behalf another acts, 代表 opening the clause before a post and a name (``部长甲专程赶来，代表总理乙
   向全体华人祝贺春节``), takes no part (§4 Not speakers: people merely mentioned; ninth round: an act told of another is
   not the person named), as after the actor's name (``副市长甲代表市长乙颁奖``); a representative label (``职工代表乙``)
   still speaks.
4. A monarch's regnal number written with the name (``国王哈桑二世``, ``古斯塔夫十六世``) is part of the personal name
   (§4 name: the personal name only; one record per person, the fullest form), a later short mention (``哈桑国王``)
   not shortening it; a century (``二世纪``) is none.
5. Those spoken to after 对 (``并对甲、乙说：``) are listeners, not speakers (§4 Not speakers: people merely mentioned);
   a topic after 对 (``对此，``, ``对于…，``) leaves the speaker. Chairing told of an unnamed other (``在首席大法官的主持
   下，宣读了…``) is not the subject's 主持 (§4 ninth round: an act told of another is not the person named before);
   ``在县委书记甲的主持下`` stays 甲's.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def _roles(record: dict) -> dict[str, list[str]]:
    return {s["name"]: sorted(s["roles"]) for s in record["speakers"]}


@pytest.mark.parametrize(("body", "name", "expected"), [
    ("江城市举行春节团拜会。市委书记王振华主持团拜会。在这喜庆的时刻，王振华代表市委、市政府向大家祝贺新春。",
     "王振华", ["主持", "致辞"]),
    ("青山县举行新春团拜会。县长李明远主持团拜会。李明远代表县委、县政府向全县人民恭贺新禧。",
     "李明远", ["主持", "致辞"]),
    ("市政协举行新年茶话会。市政协主席孙立平在茶话会上发表讲话。孙立平代表市政协向全体委员恭贺新年。",
     "孙立平", ["致辞", "讲话"]),
    ("区委举行春节团拜会。区委书记陈海涛主持团拜会。陈海涛向与会同志拜贺新春，并致以节日的问候。",
     "陈海涛", ["主持", "致辞"]),
    ("各界人士举行迎新春联欢会。市委书记周建国在会上致新年献辞时表示，要团结一致、艰苦奋斗。",
     "周建国", ["致辞"]),
    ("各界人士举行迎新春茶话会。市长吴海林在会上致新春献词时说，新的一年要再创佳绩。",
     "吴海林", ["致辞"]),
])
def test_new_year_wished_in_other_words(extract, body, name, expected):
    assert _roles(extract(page(body)))[name] == expected


@pytest.mark.parametrize(("body", "name", "expected"), [
    # near misses: a show congratulated, a holiday celebrated, a greeting in the speech's own clause
    ("市文化局举行新年音乐会座谈会。局长王振华在会上讲话，向大家祝贺新年音乐会演出成功。", "王振华", ["讲话"]),
    ("县委召开座谈会。县委书记李明远在会上讲话，号召全县干部群众欢欢喜喜庆祝新年。", "李明远", ["讲话"]),
    ("市委召开迎春座谈会。市委书记赵国强出席并讲话，向大家祝贺新春。", "赵国强", ["讲话"]),
])
def test_no_new_year_greeting_of_its_own(extract, body, name, expected):
    assert _roles(extract(page(body)))[name] == expected


@pytest.mark.parametrize(("body", "absent"), [
    ("江城华人举行春节联欢会。移民部长王大海专程赶来，代表总理李明远向全体华人祝贺春节。", "李明远"),
    ("青山县举行春节团拜会。副县长王大海到会，代表县长李明远向全县人民拜年。", "李明远"),
    ("江城召开职工大会。会上，代表董事长赵国强宣读了表彰决定。", "赵国强"),
    ("市侨联举行迎春茶话会。秘书长王大海出席，代表市委书记孙立平向归侨侨眷致以新春的问候。", "孙立平"),
])
def test_one_acted_for_takes_no_part(extract, body, absent):
    assert absent not in _roles(extract(page(body)))


@pytest.mark.parametrize(("body", "name", "expected"), [
    # near misses: a representative label before the name, deputies and members
    ("江城召开职工大会。会上，职工代表李明远发言。", "李明远", ["发言"]),
    ("江城召开座谈会，人大代表、县长李明远发言。", "李明远", ["发言"]),
])
def test_representative_label_still_speaks(extract, body, name, expected):
    assert _roles(extract(page(body)))[name] == expected


@pytest.mark.parametrize(("body", "names"), [
    ("市政协常委会议在江城召开。会议听取了市政协副主席王振华、秘书长李明远和副秘书长赵国强、孙立平分别就有关议题"
     "所作的说明。", ["王振华", "李明远", "赵国强", "孙立平"]),
    ("县人大常委会召开第五次会议。会议听取了副县长陈海涛和县财政局局长吴海林先后就预算执行情况所作的说明。",
     ["陈海涛", "吴海林"]),
    ("区人大常委会举行会议。会议听取和审议了副区长周建国、区发改委主任刘志刚关于全区规划编制情况的报告。",
     ["周建国", "刘志刚"]),
    ("市政府召开常务会议。会议听取了市交通局局长郑文斌就城区道路改造所作的说明。", ["郑文斌"]),
])
def test_reports_heard_from_a_list(extract, body, names):
    roles = _roles(extract(page(body)))
    assert all(roles.get(n) == ["作报告"] for n in names), roles


@pytest.mark.parametrize(("body", "name", "expected"), [
    ("全省教育工作会议在江城召开。省教育厅厅长王振华在会上对今年教育工作的安排和工作重点作了说明。", "王振华", ["作报告"]),
    ("市卫生工作会议召开。市卫健委主任李明远、党组书记赵国强分别在会上对今年工作安排作了说明。", "李明远", ["作报告"]),
    ("县农业工作会议召开。县农业局局长孙立平在会上就明年工作要点作了说明。", "孙立平", ["作报告"]),
    # near miss: questions answered stay 讲话
    ("县政府召开民生工作座谈会。县长陈海涛在会上就群众关心的问题作了说明。", "陈海涛", ["讲话"]),
])
def test_plans_explained_to_the_meeting(extract, body, name, expected):
    assert _roles(extract(page(body)))[name] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("甲国国王哈桑二世8日晚在王宫会见了乙国外长李文华。哈桑国王首先对李文华的来访表示欢迎。哈桑最后表示，希望加强合作。",
     "哈桑二世"),
    ("甲国国王卡洛斯一世在开幕式上致辞。卡洛斯国王说，希望加强合作。", "卡洛斯一世"),
    ("甲国国王阿卜杜拉三世出席宴会。阿卜杜拉在宴会上讲话。", "阿卜杜拉三世"),
    ("甲国国王古斯塔夫十六世出席开幕式。古斯塔夫国王在开幕式上致辞。", "古斯塔夫十六世"),
])
def test_regnal_number_kept_in_the_name(extract_with_model, body, expected):
    assert expected in _roles(extract_with_model(page(body)))


def test_century_is_no_regnal_number(extract_with_model):
    body = "学术研讨会在江城开幕。历史学家王振华在会上讲话，他说，王振华二世纪的说法并不准确。"
    assert "王振华" in _roles(extract_with_model(page(body)))


@pytest.mark.parametrize(("body", "listeners", "speaker"), [
    ("宴会在江城举行。甲国总理李文华为代表团举行酒会，并对王振华、赵国强说：“我们共同干杯！”", ["王振华", "赵国强"], "李文华"),
    ("座谈会在江城举行。县长李明对王强说，要抓好落实。", ["王强"], "李明"),
    ("座谈会在江城举行。县委书记李明在会上对乡长王强和村支书赵刚说：“你们要抓好落实。”", ["王强", "赵刚"], "李明"),
    ("招待会在江城举行。市长孙立平对陈海涛同志说，欢迎常来。", ["陈海涛"], "孙立平"),
])
def test_ones_spoken_to_are_no_speakers(extract, body, listeners, speaker):
    roles = _roles(extract(page(body)))
    assert speaker in roles and not any(n in roles for n in listeners), roles


@pytest.mark.parametrize(("body", "name"), [
    # near misses: a topic after 对 (对此, 对于), then the speaker
    ("座谈会在江城举行。对此，县长李明说，要抓好落实。", "李明"),
    ("座谈会在江城举行。对于这个问题，县长王强说，要抓好落实。", "王强"),
])
def test_topic_after_dui_keeps_the_speaker(extract, body, name):
    assert _roles(extract(page(body)))[name] == ["讲话"]


@pytest.mark.parametrize(("body", "expected"), [
    # chaired by another, unnamed: the subject takes no 主持
    ("总统就职仪式在首都举行。接着，王振华在最高法院首席大法官的主持下，宣读了总统就职誓词。", {}),
    ("表彰大会在江城举行。会上，王振华在大会主席团的主持下，宣读了表彰决定。", {"王振华": ["宣读"]}),
    # near misses: the named one's own chairing (的 right after the name)
    ("座谈会在江城举行。在县委书记李明的主持下，王振华宣读了决定。", {"李明": ["主持"], "王振华": ["宣读"]}),
    ("座谈会在江城举行。在县委书记李明同志的主持下，王振华宣读了决定。", {"李明": ["主持"], "王振华": ["宣读"]}),
])
def test_chaired_by_an_unnamed_other(extract_with_model, body, expected):
    assert _roles(extract_with_model(page(body))) == expected
