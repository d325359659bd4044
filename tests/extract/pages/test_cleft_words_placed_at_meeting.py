"""A cleft sentence that places a person's words at a meeting (某某是在…会上讲这番话的) makes a speaker (GUIDELINES §4).

The class: wire and newspaper copy often tells a person's words first and then where they were said, in a cleft
``X是在 <occasion> 上/时 <verb> <这番话/这些话/上述表示>的``, or says the person spoke there with the cleft alone
(``X是在…会上说，…``, ``X是在…会上讲话的``). What varies: the verb (讲, 说, 作…表示, 发表…讲话), the demonstrative
(这番, 这些, 上述, 以上, 这一), the occasion (研讨会, 座谈会, 开幕式, a press conference), a clause of dates or places
inside the occasion. §4's table gives 讲话 for ``X说``/``X表示`` at the event and for 作了讲话; §4 says the event may be
named rather than told in the same sentence, and the sixteenth review round keeps a remark where "a sentence places
the words at the meeting". Near misses: words placed after the meeting (§4: remarks told as made after the event,
``会见…后表示``, are no role), at an activity that is no meeting (§4: ``在植树时说`` gives no role), and a cleft that
places no words (``是在江城长大的``), and a name inside the occasion placed (``…是在接到省长某某打来的电话时作上述
表示的``: the words are the cleft subject's, not the caller's).

A second class: a foreign name of dotted parts followed by a day (``工党主席彼得·布朗24日在…上宣布``) was not read at
all, the digits being no stop word, while a Chinese name before a day is (``王晓晖23日在北京介绍``). What varies: Arabic,
full-width or Chinese numerals, one or more middle dots, the act after the day. §4: named people who take an active
part are speakers, ``name`` the personal name only. Near misses: a count after the name (``3次访问``) is no day, and a
bare remark dated with its own day in a report that tells a meeting elsewhere stays no role (§4 sixteenth review round).
Invented sentences only.

A third class (§6): a yearly level of money told with a word of habit after its noun (``每年经手的…经费都在1000万元以上``,
``每年的科研经费都在2000万元左右``, ``每年管理的防汛资金均在…``) is a standing yearly level, a statistic (§6 twenty-third round:
``每年的经费只有3万元`` and a standing yearly level are statistics), however long the description before the noun. What
varies: the habit word (都, 均, 一般), the noun (经费, 资金, 预算), the level word (在, 有, 达, 超过). Near misses: money
handed over with its verb and a use (``每年都安排经费1000万元，用于…``, ``今年安排专项经费…``), a payment on a day told, and a
habit before the verb of spending with a use stated (``每年都在…上投入资金500万元，用于…``) stay funding.

A fourth class (§6): money a body holds in custody or on its books at a date (``农经站到9月底代管村有资金1041万元``,
``合作社账上有资金150万元``) is a balance, no money granted, allocated or paid (§6: audit and budget figures, money left over,
balances). What varies: the holding word (代管, 托管, 账上, 存有), the noun (资金, 现金, 存款) and its place before or after
有. Near misses: money paid into an account (``拨付到村账户上资金…``, ``将资金…拨付到村账上``) and an ordinary grant stay funding.

A fifth class (§4 table: ``X希望各…`` is 讲话; twentieth round: calling on those present is 讲话 like ``X希望…``): a hope put
to a named body at the meeting, with a verb of exhortation after the body (``并希望农科院适应…的形势``, ``希望教育局围绕…``,
``希望江城集团发挥…作用``). What varies: the verb (适应, 抓住, 发挥, 围绕), the body's last word, a praise clause before it.
Near misses: a hope told to the press (``在接受记者采访时希望…``), after 表示 (a remark to the press with no meeting), and a
hope of a body that is no person (``江城中学希望…``) give no speaker.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, page, speakers


@pytest.mark.parametrize(("body", "expected"), [
    # the reduced probe: the cleft alone, the words referred to by 这番话
    ("江城市副市长王立新是在今天开幕的第五届长江经济论坛的专题研讨会上讲这番话的。",
     {"王立新": ("江城市副市长", ("讲话",))}),
    # paraphrases: the verb, the demonstrative, the occasion
    ("副市长王立新是在座谈会上作上述表示的。", {"王立新": ("副市长", ("讲话",))}),
    ("副市长王立新是在昨天举行的经贸洽谈会开幕式上说这番话的。", {"王立新": ("副市长", ("讲话",))}),
    ("副市长李海涛是在全省工作会议上发表上述讲话的。", {"李海涛": ("副市长", ("讲话",))}),
    ("副市长李海涛是在研讨会上讲这些话的。", {"李海涛": ("副市长", ("讲话",))}),
    ("县委书记周建国是在全县经济工作会议上作这一表示的。", {"周建国": ("县委书记", ("讲话",))}),
    # the words told first, the cleft after them
    ("副市长李海涛说，要加快发展。李海涛是在昨天举行的研讨会上讲这番话的。", {"李海涛": ("副市长", ("讲话",))}),
    # the cleft frame before an ordinary remark or speech
    ("副市长李海涛是在研讨会上说，要加快发展。", {"李海涛": ("副市长", ("讲话",))}),
    ("副市长李海涛是在研讨会上讲话的。", {"李海涛": ("副市长", ("讲话",))}),
    ("副市长李海涛在研讨会上讲这番话。", {"李海涛": ("副市长", ("讲话",))}),
])
def test_cleft_places_words_at_meeting(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize("body", [
    # near misses: after the meeting, at an activity that is no meeting, a cleft placing no words
    "副市长李海涛是在会后接受记者采访时讲这番话的。",
    "副市长李海涛是在参观展览时说这番话的。",
    "副市长李海涛说这番话的时候，研讨会已经开了两天。",
    "研讨会在江城召开。副市长李海涛是在任期内完成这项工作的。",
    "研讨会在江城召开。副市长李海涛是在江城长大的。",
])
def test_cleft_near_misses(extract, body):
    assert speakers(extract(page(body))) == {}


@pytest.mark.parametrize(("body", "absent"), [
    # near misses: a name inside the occasion of a cleft is not the one whose words are referred to
    ("研讨会在江城召开。市长王建华是在会见省长李国强时作上述表示的。", "李国强"),
    ("研讨会在江城召开。市长王建华是在下午接到省长李国强打来的电话进行交谈时作上述表示的。", "李国强"),
    ("研讨会在江城召开。市长王建华是在接到省长李国强的来信后讲这番话的。", "李国强"),
])
def test_cleft_occasion_names_no_speaker(extract, body, absent):
    assert absent not in speakers(extract(page(body)))


@pytest.mark.parametrize(("body", "expected"), [
    # the reduced probe: the second of two titled names joined by 和, a day after it
    ("社会党主席约翰·史密斯和工党主席彼得·罗伯特·布朗24日在这里举行的联合记者招待会上宣布了两党合并的消息。",
     {"约翰·史密斯": ("社会党主席", ("讲话",)), "彼得·罗伯特·布朗": ("工党主席", ("讲话",))}),
    # paraphrases: full-width and Chinese numerals, one dot, another act
    ("社会党主席约翰·史密斯和工党主席彼得·布朗２４日在联合记者招待会上宣布了两党合并的消息。",
     {"约翰·史密斯": ("社会党主席", ("讲话",)), "彼得·布朗": ("工党主席", ("讲话",))}),
    ("工党主席彼得·罗伯特·布朗二十四日在记者招待会上宣布了两党合并的消息。",
     {"彼得·罗伯特·布朗": ("工党主席", ("讲话",))}),
    ("工党主席玛丽亚·卡罗琳娜·费尔南德斯5日在全国代表大会上发表讲话。",
     {"玛丽亚·卡罗琳娜·费尔南德斯": ("工党主席", ("讲话",))}),
    ("巴西总统卢拉·达席尔瓦１２日在峰会开幕式上致辞。", {"卢拉·达席尔瓦": ("巴西总统", ("致辞",))}),
    # near misses: a count is no day; a remark of its own day, the meeting told elsewhere (§4 sixteenth round)
    ("工党主席彼得·布朗3次访问中国。", {}),
    ("第二届环湖国家首脑会议23日在里加开幕。俄罗斯外长彼得·伊万诺夫4日说，俄方坚决反对。", {}),
])
def test_dotted_name_before_day(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the reduced probe: money one person handles each year, told as its level
    ("张立新每年经手的物资采购、加工经费都在1000万元以上，是单位有名的“管家”。", []),
    # paraphrases: the habit word, the noun, the level word
    ("王明每年经手的采购经费都在500万元以上。", []),
    ("这个研究所每年的科研经费都在2000万元左右。", []),
    ("该站每年管理的防汛资金均在300万元以上。", []),
    ("这家医院每年的设备预算一般有800万元。", []),
    ("该中心每年的运行经费都达到600万元。", []),
    # near misses: money handed over with its verb, a use, or a day of its own
    ("县财政今年安排专项经费1000万元，用于农田水利建设。", [(10000000.0, "CNY", "农田水利建设")]),
    ("县财政每年都安排经费1000万元，用于农田水利建设。", [(10000000.0, "CNY", "农田水利建设")]),
    ("公司每年都在公益事业上投入资金500万元，用于资助贫困学生。", [(5000000.0, "CNY", "资助贫困学生")]),
])
def test_yearly_level_with_habit_word(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the reduced probe: a balance held in custody at a date
    ("统一资金上缴入账（仅河口镇农经站到9月底代管村有资金856万元）；", []),
    # paraphrases: the holding word, the noun, its place
    ("到9月底，镇农经站代管的村集体资金有860万元。", []),
    ("目前合作社账上有资金150万元。", []),
    ("镇政府托管的扶贫资金共有500万元。", []),
    ("截至年底，村里存有现金20万元。", []),
    # near misses: money paid into the account, an ordinary grant
    ("县财政拨付到村账户上资金100万元，用于村道建设。", [(1000000.0, "CNY", "村道建设")]),
    ("县财政将资金1041万元拨付到村账上，用于村道建设。", [(10410000.0, "CNY", "村道建设")]),
    ("县财政向城关镇拨付资金1041万元，用于村道建设。", [(10410000.0, "CNY", "村道建设")]),
])
def test_balance_held(extract, body, expected):
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the reduced newspaper sentence: praise, then a hope put to the body holding the meeting
    ("日前在京举行的江城农科院工作会议明确了改革方向。副市长王强对江城农科院取得的成就给予了充分肯定，并希望农科院适应新形势，"
     "出人才、出成果。", {"王强": ("副市长", ("讲话",))}),
    # paraphrases: the verb after the body, the body, with or without the praise clause
    ("日前召开的江城集团年度工作会议明确了目标。市长李红对集团的成绩给予肯定，并希望江城集团发挥龙头作用。",
     {"李红": ("市长", ("讲话",))}),
    ("日前召开的全县教育工作会议明确了目标。县长李红希望各学校抓住机遇，加快发展。", {"李红": ("县长", ("讲话",))}),
    ("日前召开的全县教育工作会议明确了目标。县长李红对教育局的工作给予肯定，希望教育局围绕中心工作，做好服务。",
     {"李红": ("县长", ("讲话",))}),
    ("日前召开的全县教育工作会议明确了目标。副市长王强希望学校抓住机遇，加快发展。", {"王强": ("副市长", ("讲话",))}),
    # near misses: told to the press, after 表示 with no meeting, a body's hope
    ("副市长王强在接受记者采访时希望学校加快发展。", {}),
    ("副市长王强表示，希望学校加快发展。", {}),
    ("日前召开的全县教育工作会议明确了目标。据悉，江城中学希望教育局加快审批。", {}),
])
def test_hope_put_to_body(extract, body, expected):
    assert speakers(extract(page(body))) == expected
