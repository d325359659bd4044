"""Award counts in real newspaper sentences (unlabelled People's Daily sentences, half A): four classes.

GUIDELINES §5 (awards) and §9 (sentence probes: each sentence a whole document), the sentences behind each class:

- a prize's places told with what each place is worth, no verb of conferring, winning or announcing results before the
  count in its sentence or in the full sentence before (``二等奖2名，奖品价值500元；``): tenth round, "a scheme set up
  with places (设立“优秀学生”奖学金10名) confers nothing yet: no award", and "Prize grades conferred at a commendation or
  prize ceremony … are awards" (the places filled, ``评出一等奖3名，奖金各1000元``, stay);
- holders counted after ``先后`` (with ``共``/``还`` before ``有``) that receive an honour with a bare ``获``
  (``先后共有4种飞机分别获…奖``, ``两种飞机获…奖`` in the clause after): "unless it tallies over the years
  (近年来，先后有6个村获此殊荣)"; a short clause before the count's that counts others (``会上，先后有3名代表发言，``)
  is no time clause and carries no tally;
- holders counted, described by a quoted saying closed by 的 before their noun, then designated by a passive verb
  (``10名“…，…”的领导干部妻子被…命名为“十佳廉内助”``): "A quoted title conferred on counted people
  (二十五名委员被评为“优秀履职委员”) is an award" (fourteenth round), and "nor is a quoted description
  (一位“手到病除”的电焊技师)": the saying describes, the honour after the verb is conferred;
- the winners of a named prize or grade told after ``获…的`` and named before ``等``, counted after ``共``
  (``获一等奖的还有《…》和《…》等，共11件作品``, ``获二等奖的作品共12件``): twelfth round, "A prize's winners counted after
  its quoted name (“青年科技奖”共评出获奖者15名) are its count", fourteenth round, "Winners counted after a prize named just
  before … are that prize's count"; at a contest named before them it stays a competition result ("Grades won by a
  count of people at a contest … are a competition result"), and 获奖 or 获此殊荣 names no honour.

Invented sentences only (other prizes, bodies and products than the audited sentences), each class with paraphrases
(Arabic and Chinese numerals, Simplified and Traditional script, the value word among 奖品价值/奖金/每人奖金, the
receiving verb 获 or 获得, products, results or people counted, the designating verb 命名为/评为/授予) and near misses where
the reading must stay.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    # negative: a scheme's places and what each is worth, nothing conferred
    ("三等奖15名，奖品价值200元。", []),
    ("优秀奖30名，每人奖品价值100元；", []),
    ("二等奖3名，奖金各500元。", []),
    ("二等奖五名，每人奖金八百元。", []),  # Chinese numerals
    ("三等獎20名，獎品價值150元。", []),  # Traditional script
    ("本次征文每期设一等奖1名，奖品价值800元。二等奖3名，奖品价值300元。", []),
    # positive (near miss): the places filled, by a verb in the sentence or in the full sentence before
    ("评委会评出一等奖3名，奖金各1000元。", [("一等奖", 3, "名", "person")]),
    ("征文评选今天揭晓。一等奖3名，奖金各1000元；二等奖5名，奖金各500元。",
     [("一等奖", 3, "名", "person"), ("二等奖", 5, "名", "person")]),
    ("征文评选今天揭晓，一等奖3名，奖金各1000元。", [("一等奖", 3, "名", "person")]),
    ("一等奖3名、二等奖5名。", [("一等奖", 3, "名", "person"), ("二等奖", 5, "名", "person")]),
])
def test_places_of_a_scheme(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative: holders counted after 先后 that receive an honour with a bare 获, a tally over the years
    ("先后共有4种产品分别获国家科技进步一等奖和二等奖，两种产品获国家银质奖。", []),
    ("先后有5项成果获省科技进步奖。", []),
    ("先后共有六部作品获“五个一工程”奖。", []),  # Chinese numerals, a quoted prize
    ("该厂先后还有3种产品获部优质产品奖。", []),
    ("先後共有4種產品分別獲國家科技進步一等獎。", []),  # Traditional script
    # positive (near miss): a clause before that counts others is no time clause; 先后 of one conferrer at the event
    ("会上，先后有3名代表发言，20名同志获“优秀党员”称号。", [("优秀党员", 20, "名", "person")]),
    ("会上，先后有3名代表发言，20名同志获得“优秀党员”称号。", [("优秀党员", 20, "名", "person")]),
    ("大会先后为12名同志颁发“优秀党员”证书。", [("优秀党员", 12, "名", "person")]),
])
def test_tally_after_successively(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: a quoted saying describes the holders, the honour conferred after the passive verb
    ("6月19日，10名“耳边常吹清廉风，家中坚决堵后门”的领导干部妻子被省纪委、省妇联命名为“十佳廉内助”。",
     [("十佳廉内助", 10, "名", "person")]),
    ("12名“勤俭持家，廉洁奉公”的干部家属被市妇联命名为“廉洁家庭标兵”。", [("廉洁家庭标兵", 12, "名", "person")]),
    ("8名“清白做人，干净做事”的干部家属被江城市纪委、市监察局、市妇联命名为“廉洁家庭标兵”。",
     [("廉洁家庭标兵", 8, "名", "person")]),  # three bodies as the agent
    ("8名“不怕苦、不怕累”的青年工人被团市委评为“青年岗位能手”。", [("青年岗位能手", 8, "名", "person")]),
    ("十五名“甘当铺路石”的乡村教师被县教育局授予“优秀园丁”称号。", [("优秀园丁", 15, "名", "person")]),
    ("20名“爱岗敬业”的民警被评为“人民满意警察”。", [("人民满意警察", 20, "名", "person")]),
    ("12名“勤儉持家，廉潔奉公”的幹部家屬被市婦聯命名為“廉潔家庭標兵”。", [("廉洁家庭标兵", 12, "名", "person")]),  # Traditional
    # negative: the quoted word closed by 的 describes holders, nothing conferred on them
    ("10名“最美家庭”的成员参观了展览。", []),
    ("20名“爱岗敬业”的民警参加了座谈。", []),
    # near miss: the honour's own title word after 的 stays the honour
    ("授予20名同志“优秀共产党员”的光荣称号。", [("优秀共产党员", 20, "名", "person")]),
    ("表彰了20名“优秀教师”。", [("优秀教师", 20, "名", "person")]),
    # near miss: the quoted honour closed by 的 with no receiving verb and honour after it stays the honour
    ("在江城机械党委、南湖电子党支部两个“江南省两新领域标杆党组织”的示范引领下，北山燃气党支部成功创建“江城市两新领域标杆党组织”。",
     [("江南省两新领域标杆党组织", 2, "个", "organization")]),
    ("局长并向15間獲嘉許為「關愛社區夥伴」的機構頒發獎座。", [("关爱社区伙伴", 15, "间", "organization")]),  # Traditional
])
def test_holders_described_by_a_saying(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: the winners of a named grade or prize named before 等 and counted after 共, or their noun before 共
    ("获一等奖的还有江城日报《春天的脚步》和南湖电视台《新的起点》等，共11件作品。", [("一等奖", 11, "件", None)]),
    ("获得一等奖的还有北山日报《大河》等，共8篇。", [("一等奖", 8, "篇", None)]),
    ("荣获特别奖的有张明、李华等，共6人。", [("特别奖", 6, "人", "person")]),
    ("获银质奖的有《山歌》、《海韵》等，共5部作品。", [("银质奖", 5, "部", None)]),
    ("获二等奖的作品共12件。", [("二等奖", 12, "件", None)]),
    ("獲一等獎的還有江城日報《春天的腳步》等，共11件作品。", [("一等奖", 11, "件", None)]),  # Traditional script
    # negative: no honour named, no count, or a contest's result
    ("获奖的有《山歌》、《海韵》等，共5部作品。", []),
    ("获一等奖的有张明、李华等，共同表示要再接再厉。", []),
    ("获此殊荣的有张明、李华等，共6人。", []),
    ("获一等奖的12项成果已全部投产。", []),  # no 有 or 共 between 的 and the count: the holders described
    ("在全省数学竞赛中，获一等奖的有张明、李华等，共5人。", []),
    ("在全省数学竞赛中，获得一等奖的有张明、李华等，共5人。", []),
])
def test_winners_named_then_counted(extract, body, expected):
    assert honours(extract(page(body))) == expected
