"""Fifteenth review round rulings (GUIDELINES §3, §4, §5), read on invented sentences.

Found: a body written before a plain meeting name of its own (no year or edition between) gave no organizer, since
the organizer prefix split a body off only before an edition or a year. The body's line-of-work meeting (…工作会议) is
read so now; its annual meeting (…年会), which the ruling names too, is not yet: read so, it lowered the held-out
probes' organizer diagnostic below its gate, so no row pins either reading of it. A ranking title counted right after 表彰 was no
honour, as no honour word is in it. Announcing a measure already read as 讲话; its rows pin that reading.

§3: "A body written before a plain meeting name of its own (`中国航空工业总公司工作会议`, `省机械工程学会年会`) is its
organizer, like `县政府常务会议`; the name is kept as written."

§4: "Announcing a measure decided (`韩立宣布，市财政安排1亿元设立…`) is 讲话, not 宣读 (reading out a document is)."

§5: "A ranking title conferred on a count right after `表彰` (`表彰了100家纳税百强企业`) is an honour (`纳税百强企业` 100); a
ranking list told without a conferral (`入选500强`) is none."

NEGATIVE rows keep today's output: a place before the name, a person's post, a topic word with no body, a scope word;
reading out a document; a ranking entered, held or listed.
"""

from __future__ import annotations

import pytest

from tests.extract.views import held, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A body before its own plain meeting name organizes it; the name is kept as written.
        ("5月7日，中国航空工业总公司工作会议在北京召开。",
         [("中国航空工业总公司工作会议", "2024-05-07", "中国航空工业总公司")]),
        ("5月6日至7日，江城钢铁集团公司工作会议召开，总经理李强作报告。",
         [("江城钢铁集团公司工作会议", "2024-05-06", "江城钢铁集团公司")]),
        ("5月7日，省农业科学院科技工作会议在江城召开。", [("省农业科学院科技工作会议", "2024-05-07", "省农业科学院")]),
        ("5月7日，江城大学本科教学工作会议召开。", [("江城大学本科教学工作会议", "2024-05-07", "江城大学")]),
        ("5月7日，出席江城化工集团安全生产工作会议的代表200人。", [("江城化工集团安全生产工作会议", "2024-05-07", "江城化工集团")]),
        ("5月7日，市建筑业协会工作会议在会展中心召开，200余名会员参加。", [("市建筑业协会工作会议", "2024-05-07", "市建筑业协会")]),
        # NEGATIVE: a place before the name with a year (no body), a person's post, a topic word alone, a scope word
        ("5月7日，县2025年度经济工作会议召开。", [("2025年度经济工作会议", "2024-05-07", None)]),
        ("5月7日，党委书记工作会议在市委党校召开。", [("党委书记工作会议", "2024-05-07", None)]),
        ("5月7日，经济工作会议召开。", [("经济工作会议", "2024-05-07", None)]),
        ("5月7日，全市经济工作会议召开。", [("全市经济工作会议", "2024-05-07", None)]),
        ("5月7日，全省农业工作会议在江城召开。", [("全省农业工作会议", "2024-05-07", None)]),
        ("5月7日，系统工作会议召开。", [("系统工作会议", "2024-05-07", None)]),
        ("5月7日，该公司工作会议召开。", [("该公司工作会议", "2024-05-07", None)]),
        ("5月7日，江城市工作会议召开。", [("江城市工作会议", "2024-05-07", None)]),
        ("5月7日，北京大学生工作会议召开。", [("北京大学生工作会议", "2024-05-07", None)]),
        ("5月7日，国家试点企业集团工作会议召开。", [("国家试点企业集团工作会议", "2024-05-07", None)]),
        ("5月7日，中国科学院院士工作会议召开。", [("中国科学院院士工作会议", "2024-05-07", None)]),
        ("5月7日，公司经理工作会议召开。", [("经理工作会议", "2024-05-07", None)]),
        ("5月7日，江城钢铁公司和江城煤炭公司安全工作会议召开。",
         [("江城钢铁公司和江城煤炭公司安全工作会议", "2024-05-07", None)]),
        # NEGATIVE: the rulings before it keep their readings (the standing body's session)
        ("5月7日，县政府常务会议召开。", [("县政府常务会议", "2024-05-07", "县政府")]),
        # (a company's year between: the name kept whole as well, GUIDELINES §3 thirty-third review round)
        ("5月7日，江城公司2024年工作会议召开。", [("江城公司2024年工作会议", "2024-05-07", "江城公司")]),
    ],
)
def test_body_before_its_own_plain_meeting_name(extract, body: str, expected: list) -> None:
    assert held(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，市政府召开新闻发布会。副市长韩立宣布，市财政安排1亿元设立产业引导基金。", {"韩立": ("副市长", ("讲话",))}),
        ("5月7日，市政府召开新闻发布会。副市长韩立宣布：市财政安排1亿元设立科技创新基金。", {"韩立": ("副市长", ("讲话",))}),
        ("5月7日，县委召开全体会议。会上，县长赵刚宣布，从今年起，县财政每年安排3000万元设立人才发展专项资金。",
         {"赵刚": ("县长", ("讲话",))}),
        ("5月7日，区政府召开座谈会。区长孙伟在会上宣布，区财政今年安排2000万元用于老旧小区改造。",
         {"孙伟": ("区长", ("讲话",))}),
        ("5月7日，区委召开大会。区委书记张强宣布，区里决定拿出2000万元设立乡村振兴基金。",
         {"张强": ("区委书记", ("讲话",))}),
        # NEGATIVE: reading out a document is 宣读
        ("5月7日，市政府召开新闻发布会。副市长韩立宣读了《关于设立产业引导基金的决定》。", {"韩立": ("副市长", ("宣读",))}),
        ("5月7日，县政府召开常务会议。副县长李梅宣读了县政府关于设立创业扶持资金的通知。", {"李梅": ("副县长", ("宣读",))}),
        ("5月7日，县委召开全体会议。县委副书记刘芳宣读县委表彰决定。", {"刘芳": ("县委副书记", ("宣读",))}),
    ],
)
def test_announcing_a_measure_is_a_speech(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("5月7日，全县经济工作会议召开，会议表彰了100家纳税百强企业。", [("纳税百强企业", 100, "家", "organization")]),
        ("5月7日，市委市政府召开大会，表彰了50家民营企业十强企业。", [("民营企业十强企业", 50, "家", "organization")]),
        ("5月7日，区政府召开表彰大会，表彰20家纳税十强企业和30名优秀企业家。",
         [("纳税十强企业", 20, "家", "organization"), ("优秀企业家", 30, "名", "person")]),
        ("5月7日，大会表彰了10家工业五十强企业。", [("工业五十强企业", 10, "家", "organization")]),
        ("5月7日，县政府表彰了20家十强乡镇企业。", [("十强乡镇企业", 20, "家", "organization")]),
        # NEGATIVE: a ranking entered, held or listed with no conferral; a count with no title
        ("5月7日，我市3家企业入选中国企业500强。", []),
        ("5月7日，江城集团位列中国企业500强第120位。", []),
        ("5月7日，我省12家企业上榜全国民营企业500强。", []),
        ("5月7日，会议通报了100家纳税百强企业名单。", []),
        ("5月7日，全县经济工作会议召开，会议表彰了100家企业。", []),
    ],
)
def test_ranking_title_conferred_after_commendation(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
