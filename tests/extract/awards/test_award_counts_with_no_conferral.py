"""Counts near honour words that report no conferral of the event (§5): a stock of designations already created
(已创建…示范合作社5家), a past conferral told with 曾 (2022年曾表彰…8个), parts after 其中 of a career's tally
(先后带出徒弟120名，其中8名获得…), units built whose clause confers nothing though another clause names a
commendation, quotas (表彰名额分配为：…100名), holders described by a clause of receiving in a sentence that confers
nothing (20位获得…称号的校友返回母校), a set of holders framing a later part (全市236个市级文明单位中，…), repeat
holders among those counted (其中3个单位已连续三届获此称号), and words quoted as speech before 获此殊荣.  Each comes
with conferrals of the same shape that stay.  Invented sentences; the expected values follow corpus/GUIDELINES.md."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # designations already created, held now: a stock, no conferral of this event
        ("截至目前，全市已创建国家级示范合作社5家、省级示范合作社23家，带动农户增收。", []),
        ("全县已经创成省级文明村12个。", []),
        # (this event's naming stays)
        ("会议命名了国家级示范合作社5家。", [("国家级示范合作社", 5, "家", "organization")]),
        # a past conferral told with 曾
        ("3月7日，区妇联表彰了20名“三八红旗手”。据了解，2022年曾表彰“巾帼文明岗”8个。",
         [("三八红旗手", 20, "名", "person")]),
        ("该县曾授予5名同志“优秀村干部”称号。", []),
        # (8名曾参加抗洪的民警: 曾 describes the recipients, the conferral is now)
        ("大会授予8名曾参加抗洪的民警“优秀人民警察”称号。", [("优秀人民警察", 8, "名", "person")]),
        # parts after 其中 of a career's tally
        ("王某从事电焊工作30年，先后带出徒弟120名，其中8名获得“技术能手”称号。", []),
        # (parts of this event's conferral stay)
        ("大会表彰了先进个人50名，其中8名获得“技术能手”称号。", [("先进个人", 50, "名", "person"), ("技术能手", 8, "名", "person")]),
        # units built, a commendation in another clause
        ("五年来，我市共有36名教师获得省级以上表彰，培养省级骨干教师200名。", []),
        # quotas
        ("通知明确，“两优一先”表彰名额分配为：优秀共产党员100名、优秀党务工作者40名、先进基层党组织30个。", []),
        ("按照方案，先进个人名额30名，由各单位推荐。", []),
        # (a commendation reported after the quota stays)
        ("按照名额，大会表彰了优秀共产党员100名。", [("优秀共产党员", 100, "名", "person")]),
        # holders described, nothing conferred in the sentence
        ("百年校庆之际，20位获得全国劳动模范称号的校友返回母校。", []),
        ("县领导为12名获得“光荣在党50年”纪念章的老党员送去慰问品。", []),
        # (a conferral or a ceremony for them stays)
        ("学校为获得国家奖学金的12名学生颁发证书。", [("国家奖学金", 12, "名", "person")]),
        ("剧协为六十四个获得“戏曲小梅花”称号的小演员举行了佩花仪式。", [("戏曲小梅花", 64, "个", "person")]),
        ("3人获颁最高荣誉的大紫荆勋章。", [("大紫荆勋章", 3, "人", "person")]),
        # a set of holders framing a later part
        ("经复查，全市236个市级文明单位中，有12个单位因不达标被撤销称号。", []),
        # repeat holders among those counted
        ("会议命名表彰了10个“双拥模范单位”和20名“双拥模范个人”，其中3个单位已连续三届获此称号。",
         [("双拥模范单位", 10, "个", "organization"), ("双拥模范个人", 20, "名", "person")]),
        # speech quoted before 获此殊荣 names no honour
        ("“能被评为全国优秀教师，是对我的鼓励。”他说。全省此次共有60名教师获此殊荣。", []),
        # (an honour quoted before 获此殊荣 stays)
        ("日前，省教育厅公布“全国优秀教师”名单，全省共有60名教师获此殊荣。", [("全国优秀教师", 60, "名", "person")]),
    ],
)
def test_counts_with_no_conferral_of_the_event(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body, "2024-06-30"))) == expected
