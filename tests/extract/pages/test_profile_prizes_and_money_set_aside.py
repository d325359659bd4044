"""Award and funding shapes of profile prizes, certificates, Hong Kong cues and money set aside. Invented sentences; the expected values follow corpus/GUIDELINES.md §5, §6.

- A1 (§5: a person's own record is a tally, no award): prizes counted by 项 in a lecturer's or honouree's profile
  (主讲人张明长期从事材料研究，获省科技进步一等奖2项; 李华，男，1965年生，博士生导师，获…); not a team's prizes told as the
  reason it is commended here (获…2项的团队受到表彰), nor a city's prizes at the prize ceremony;
- A2 (§5 eleventh round: a certificate given to counted holders is their honour): 頒發嘉許狀予35名「優秀義工」 → 优秀义工 35,
  quoted or not; plain holders (予120名義工) keep the certificate, winners of prizes named elsewhere give none;
- A3 (§5): a long description closed by 的 between the count and its receiving verb, another number inside it
  (12名服務時數超過一千小時的義工獲頒金獎);
- F1 (§6 currency): 全港 and a weekday mark after a date are Hong Kong cues in Traditional script, so a bare $ is HKD;
  not 全港货物吞吐量 of a mainland port, nor a Taiwan or Macau release;
- F2 (§6 ninth round: money set aside from a surplus for a use is funding): 提取公积公益金15万元，用于村内道路维修; not a
  fund's balance, a surplus made, nor a member's housing-fund withdrawal.
"""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours

TALK = "2024年9月10日，市科协举办学术讲座。"
HONOURS_MEETING = "2024年9月10日，市科协召开表彰大会。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TALK + "主讲人张明长期从事材料研究，获省科技进步一等奖2项。", []),
        (TALK + "张明长期从事材料研究，获省科技进步一等奖2项。", []),
        (TALK + "主讲人张明教授长期从事材料研究，获省科技进步一等奖2项，发表论文100余篇。", []),
        (TALK + "王教授主持国家级科研项目5项，获国家科技进步二等奖1项。", []),
        (TALK + "李华，男，1965年生，博士生导师，获省科技进步一等奖2项、二等奖3项。", []),
        (TALK + "李华现任某大学副校长，获省部级科技奖励一等奖3项。", []),
        (TALK + "她获省科技进步一等奖2项。", []),
        (TALK + "主讲人张明教授曾获国家专利15项。", []),
        (TALK + "主讲人李华先后获得省部级奖励6项。", []),
        # NEGATIVE: prizes of those commended here, or conferred at the prize ceremony
        (HONOURS_MEETING + "会上，获省科技进步一等奖2项的团队受到表彰。", [("省科技进步一等奖", 2, "项", None)]),
        ("2024年9月10日，全省科学技术奖励大会召开，我市获省科技进步一等奖2项、二等奖5项。",
         [("省科技进步一等奖", 2, "项", None), ("省科技进步二等奖", 5, "项", None)]),
        (HONOURS_MEETING + "长期从事科普工作的12名科技工作者获评“优秀科普工作者”。", [("优秀科普工作者", 12, "名", "person")]),
    ],
)
def test_profile_prizes_are_a_tally(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected


HK_CEREMONY = "2024年9月10日，社會福利署舉行典禮，"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HK_CEREMONY + "頒發嘉許狀予35名「優秀義工」。", [("优秀义工", 35, "名", "person")]),
        ("2024年9月10日，区民政局举行典礼，颁发荣誉证书予35名“优秀义工”。", [("优秀义工", 35, "名", "person")]),
        (HK_CEREMONY + "頒發嘉許狀予35名優秀義工。", [("优秀义工", 35, "名", "person")]),
        # NEGATIVE: plain holders keep the certificate; winners of prizes named elsewhere give none
        (HK_CEREMONY + "頒發嘉許狀予120名義工。", [("嘉许状", 120, "名", "person")]),
        (HK_CEREMONY + "頒發嘉許狀予20位得獎者。", []),
    ],
)
def test_certificate_handed_to_holders_of_an_honour(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HK_CEREMONY + "另有12名服務時數超過一千小時的義工獲頒金獎。", [("金奖", 12, "名", "person")]),
        (HK_CEREMONY + "另有12名服務時數超過1000小時的義工獲頒金獎。", [("金奖", 12, "名", "person")]),
        (HK_CEREMONY + "12名服務滿五年的義工獲頒金獎。", [("金奖", 12, "名", "person")]),
        ("2024年9月10日，区民政局举行表彰会，另有8名连续服务超过三年的志愿者获得银奖。", [("银奖", 8, "名", "person")]),
        # NEGATIVE: no receiving verb; a count of those taking part before another count of the holders
        (HK_CEREMONY + "12名服務時數超過一千小時的義工出席典禮。", []),
        ("2024年9月10日，区里召开表彰会，120名参加活动的志愿者中有12名服务满五年的获得金奖。", [("金奖", 12, "名", "person")]),
    ],
)
def test_long_description_before_receiving_verb(extract, text: str, expected: list) -> None:
    assert honours(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("教育局今日（三月十四日）公布，政府將撥款$3億，資助全港約四百所公營學校添置設備。",
         [(300000000.0, "HKD", "资助全港约四百所公营学校添置设备")]),
        ("2025年3月14日（星期五）\n教育局今日公布，政府將撥款$3億，資助公營學校添置設備。",
         [(300000000.0, "HKD", "资助公营学校添置设备")]),
        # NEGATIVE: a mainland port's 全港, a Taiwan city's bureau, a Macau release with its weekday
        ("上海港今年全港货物吞吐量创新高，港务集团投资$3亿建设新码头。", [(300000000.0, "USD", "建设新码头")]),
        ("臺北市政府教育局今日公布，將撥款3億元，補助全市學校添置設備。", [(300000000.0, "TWD", "补助全市学校添置设备")]),
        ("澳門特區政府今日（星期五）公布，將撥款3億元，資助本澳學校添置設備。", [(300000000.0, "MOP", "资助本澳学校添置设备")]),
    ],
)
def test_hong_kong_cues_of_a_government_release(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected


VILLAGE = "2024年9月10日，"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (VILLAGE + "村民代表大会决定提取公积公益金15万元，用于村内道路维修。", [(150000.0, "CNY", "村内道路维修")]),
        (VILLAGE + "村委会从集体收益中提留8万元用于修建村文化广场。", [(80000.0, "CNY", "修建村文化广场")]),
        (VILLAGE + "合作社拿出部分盈余20万元，用于购买农机具。", [(200000.0, "CNY", "购买农机具")]),
        (VILLAGE + "村股份经济合作社提取公益金5万元，专项用于困难户救助。", [(50000.0, "CNY", "困难户救助")]),
        (VILLAGE + "村里从公益金中提取3万元，全部用于慰问困难党员。", [(30000.0, "CNY", "慰问困难党员")]),
        # NEGATIVE: a balance, a surplus or income made, a member's housing-fund withdrawal
        (VILLAGE + "村里公积金余额15万元。", []),
        (VILLAGE + "该村集体收益达到30万元。", []),
        (VILLAGE + "合作社今年实现盈余20万元，用于扩大生产。", []),
        (VILLAGE + "县国有企业今年实现收益2亿元，用于偿还债务。", []),
        (VILLAGE + "全市职工提取住房公积金12亿元，用于购房和租房。", []),
    ],
)
def test_money_set_aside_from_a_fund(extract, text: str, expected: list) -> None:
    assert grants(extract(text)) == expected
