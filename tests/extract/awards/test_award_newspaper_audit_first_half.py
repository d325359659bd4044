"""Award counts in real newspaper copy (unlabelled People's Daily articles, half A): five classes.

GUIDELINES §5 (awards), the sentences behind each class:

- a quoted description counted with an award word only inside its own marks (``有一项是“奖励见义勇为”``,
  ``一种“有奖贺卡”``): "nor is a quoted description (一位“手到病除”的电焊技师)"; the award word must stand outside
  the marks of a phrase that reads as no honour;
- a designation of holders named one by one before 共/等 and the count (``命名甲馆、乙湖、…共十个景区和场所为首批
  全国『…』``): "A designation conferred on counted units (命名…等60个…为全国乡镇企业示范区) is an honour, its level word
  dropped" (tenth round), ``首批`` dropped like ``第N届``; the list as long as real copy writes it;
- an honour kept (``…的19个检察院保持称号``): "Units that keep an honour after a review … are conferred nothing new: no
  award"; 保持 says it as 保留 does; the merit citation in the next clause stays;
- sites established (``已在各地确立了100个“生态村”示范点``): "units built (新建“文化礼堂”3座) do not" count, "Units built
  (全县共建设示范区12个) … are no honours";
- prizes won told in a sentence that goes on from a span of years in the sentence before (``建社近10年来，…。…获得…图书
  奖共8项``; ``…实施一年来的进展…。5种专著荣获国家图书奖。另有3部…获得…奖``): ninth round, "prizes won told … after a
  speaker's span of years … are that period's tally"; twenty-second round, "A year's prizes from higher bodies told in
  a work report … are a running tally … unless this event confers them".

Invented sentences only (other names, places and bodies than the audited articles), each class with paraphrases
(Arabic and Chinese numerals, Simplified and Traditional script, 共 or 等, the verb among its synonyms) and near misses
where the reading must stay.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "expected"), [
    # negative: the award word only inside the marks of a description
    ("江城市民王明说，这次活动中有一项是“奖励见义勇为”，非常好。", []),
    ("近年兴起一种“有奖贺卡”，颇受欢迎。", []),
    ("展览中有一件是“嘉奖令复制品”，吸引了很多观众。", []),
    ("商场推出一种“有奖储蓄卡”。", []),
    ("活动共设三项内容，其中一项是“表彰好人好事”。", []),
    ("市民王明說，這次活動中有一項是「獎勵見義勇為」，非常好。", []),  # Traditional script
    # positive (near miss): the honour conferred, the award word outside the marks or the honour reading as one
    ("会议表彰了一个“先进集体”和五名“优秀个人”。", [("先进集体", 1, "个", "organization"), ("优秀个人", 5, "名", "person")]),
    ("大会授予一个村“文明村”称号。", [("文明村", 1, "个", "organization")]),
    ("会上，江城一中等两所学校获得“先进学校”称号。", [("先进学校", 2, "所", "organization")]),
])
def test_award_word_inside_description(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # positive: holders named one by one before 共/等, the count, then the designation
    ("今天，团中央、中国青年志愿者协会命名江城人民革命纪念馆、南湖西湖、北山黄山、西江漓江、江城中山陵、南湖鼓浪屿、"
     "北山博物馆、西江滨江商厦、江城中央大街、南湖植物园共十个景区和场所为首批全国『青年志愿者服务示范基地』，"
     "团中央还命名江城中央大街为『国家级青年文明号示范街』。",
     [("青年志愿者服务示范基地", 10, "个", "organization")]),
    ("省文化厅认定江城剪纸研究会、南湖皮影剧团、北山木偶剧团、西河年画社、东岭刺绣坊、中州泥塑馆等六个团体和作坊为"
     "“非遗传承示范基地”。", [("非遗传承示范基地", 6, "个", "organization")]),
    ("县委命名城关镇城东村、河西乡河西村、北山乡北山村、南湖镇南湖村、东岭乡东岭村、西河镇西河村、中州乡中州村"
     "共7个村和社区为全县文明示范村。", [("文明示范村", 7, "个", "organization")]),
    ("市总工会确定江城机床厂、南湖电厂、北山水泥厂、西河纺织厂、东岭化工厂、中州食品厂、江城轴承厂、南湖造纸厂"
     "等8家企业和单位为第二批“模范职工之家”。", [("模范职工之家", 8, "家", "organization")]),
    ("今天，团市委命名江城博物馆、南湖公园、北山植物园共五个场所为首批全市“青年志愿者服务基地”。",
     [("青年志愿者服务基地", 5, "个", "organization")]),
    ("團市委命名江城博物館、南湖公園、北山植物園、西湖、黃山、灕江、中山陵、鼓浪嶼共八個景區和場所為首批"
     "「青年志願者服務示範基地」。", [("青年志愿者服务示范基地", 8, "个", "organization")]),  # Traditional script
    # negative: the same list visited, or a designation only planned
    ("市里参观了江城博物馆、南湖公园、北山植物园、西湖、黄山、漓江、中山陵、鼓浪屿、滨江商厦、植物园共十个景区和场所，"
     "确定今年的接待路线。", []),
    ("团市委计划命名江城博物馆、南湖公园、北山植物园、西湖、黄山、漓江、中山陵、鼓浪屿共八个景区和场所为"
     "“青年志愿者服务基地”。", []),
])
def test_designation_of_a_long_named_list(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative: an honour kept (保持 as 保留); the merit citation of the next clause stays
    ("另外，市检察院决定对2018年以来荣获“模范检察院”称号的6个检察院保持称号，对连续3次获得“文明接待室”称号的8个单位"
     "记集体二等功。", [("集体二等功", 8, "个", "organization")]),
    ("经复查，市文明委决定对12个单位继续保持“市级文明单位”称号。", []),
    ("县委对考核合格的十五个村保持“文明村”荣誉称号。", []),
    ("经考核，8家企业保持了“省级守合同重信用企业”称号。", []),
    ("对复审合格的二十个单位仍保持其“卫生先进单位”称号。", []),
    ("經複查，市文明委決定對12個單位繼續保持「市級文明單位」稱號。", []),  # Traditional script
    # positive (near miss): 保持 of what the holders kept up, cut by its 的, the honour conferred
    ("对保持安全生产无事故的12个单位授予“安全生产先进单位”称号。", [("安全生产先进单位", 12, "个", "organization")]),
])
def test_honour_kept(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative: sites established (确立, as 设立/建立)
    ("为此，自治区已在各地确立了100个“生态村”、50个“生态乡”和20个“生态县”示范点。", []),
    ("为此，全省已在各地确立了30个“生态村”示范点。", []),
    ("目前，全市已建立12个“科普示范村”。", []),
    ("今年，全区在各地建立了八个“民族团结示范点”。", []),
    ("省里计划确立100个“生态村”示范点。", []),
    ("為此，全省已在各地確立了30個「生態村」示範點。", []),  # Traditional script
    # positive (near miss): 确立 of something else, the honour conferred in the sentence; a designation
    ("会议确立了全年工作目标，表彰了“生态村”12个。", [("生态村", 12, "个", "organization")]),
    ("全区确立了“生态立区”战略，会上12个村获评“生态村”。", [("生态村", 12, "个", "organization")]),
    ("会上，自治区命名了100个“生态村”和20个“生态县”。",
     [("生态村", 100, "个", "organization"), ("生态县", 20, "个", "organization")]),
])
def test_sites_established(extract, body, expected):
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # negative: prizes won told after a span of years in the sentence before
    ("据介绍，江城出版社建社近10年来，共出版图书500余种。获得全国及省级各类图书奖共8项。", []),
    ("据介绍，江城出版社建社近10年来，共出版图书500余种。编纂大型丛书《江城文库》，出版古籍40余种，"
     "获得全国及国家各类图书奖共8项。", []),
    ("五年来，研究所完成课题200余项。其中获得省部级科技进步奖12项。", []),
    ("据介绍，该社建社以来出版图书500余种。有12种图书获得国家图书奖。", []),
    ("據介紹，江城出版社建社近10年來，共出版圖書500餘種。獲得全國及省級各類圖書獎共8項。", []),  # Traditional script
    ("在今天召开的研究院工作会议上，代表们对改革实施一年来的进展感到欣慰。《江城通史》等5种专著荣获本届国家图书奖。"
     "另有3部专著获得“五个一工程”奖。", []),
    # positive (near miss): this event named, or this event conferring
    ("江城出版社成立十年来，出版图书500余种。在今天的颁奖大会上，该社3种图书获得国家图书奖。",
     [("国家图书奖", 3, "种", None)]),
    ("多年来，该所坚持科研为生产服务。会上，该所6项成果获得省科技进步奖。", [("省科技进步奖", 6, "项", None)]),
    ("五年来，研究所完成课题200余项。大会为获得省科技进步奖的12项成果颁奖。", [("省科技进步奖", 12, "项", None)]),
    ("颁奖大会上，江城出版社等8家单位获得“全国优秀出版社”称号。", [("全国优秀出版社", 8, "家", "organization")]),
    ("江城出版社建社近10年来，出版图书500余种。此次参评的图书中，有3种获得国家图书奖。", [("国家图书奖", 3, "种", None)]),
    # positive (near miss): the page reports the prize's ceremony or results before; the span tells of the entries
    ("首届江城戏剧评论奖今天在江城颁奖。此次参评的近百篇作品，均是近两年来公开发表的。经过评委会评审，王明的《题材论》"
     "等5篇作品获得江城戏剧评论奖。", [("江城戏剧评论奖", 5, "篇", None)]),
    ("江城文学奖今天揭晓。近两年来，全省作家创作活跃。经评审，8部作品获得江城文学奖。", [("江城文学奖", 8, "部", None)]),
])
def test_prizes_won_after_a_span(extract, body, expected):
    assert honours(extract(page(body))) == expected
