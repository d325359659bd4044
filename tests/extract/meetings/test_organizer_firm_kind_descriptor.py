"""Organizer shape of the firm-kind descriptor (GUIDELINES §3, organizer row, twentieth review round).

W2: the firm-kind descriptor (中日合资企业江城明和公司 → 江城明和公司) was also stripped from a firm whose own name holds
the kind (江城市外商投资企业服务有限公司 → 服务有限公司); the descriptor rule is about a kind written before a named
firm, so such a name stays whole.
W3: a venue before a passive name (江城大剧院…) was made the holder when any body's officer was written as 该+the kind's
last character (江城市人民医院…该院院长); only the venue's own officers make it a body, otherwise it is only the place and
the organizer is null.
"""
import pytest

from tests.extract.views import held, page

FIRM_NAME_HOLDS_KIND = [
    # NEGATIVE: the firm's own name holds the kind; kept whole
    # (a body's plain work meeting with its year keeps the body in its name, GUIDELINES §3 thirty-third review round)
    ("江城市外商投资企业服务有限公司2024年工作会议在公司总部召开。",
     [("江城市外商投资企业服务有限公司2024年工作会议", "江城市外商投资企业服务有限公司")]),
    ("5月6日，青山县民营企业发展有限公司召开年度工作会议。", [("年度工作会议", "青山县民营企业发展有限公司")]),
    ("5月6日，江城国有企业管理集团召开2024年安全生产工作会议。", [("2024年安全生产工作会议", "江城国有企业管理集团")]),
    # positives: the kind written before the firm's own name
    ("5月6日，中美合资企业江城联华公司召开2024年工作会议。", [("2024年工作会议", "江城联华公司")]),
    ("5月6日，国有企业青山钢铁集团召开职工代表座谈会。", [("职工代表座谈会", "青山钢铁集团")]),
    ("5月6日，港资企业江城恒昌公司举行新厂区投产仪式。", [("新厂区投产仪式", "江城恒昌公司")]),
]

VENUE_OFFICER = [
    # NEGATIVE: the officer is another body's (该院 of a hospital, another 剧院): the venue is only the place
    ("江城大剧院公益演出启动仪式在剧院举行。江城市人民医院的医护人员观看了演出，该院院长张华表示感谢。",
     [("江城大剧院公益演出启动仪式", None)]),
    ("5月6日，江城大剧院2024演出季发布会在剧院举行。青山区中医院职工代表到场，该院副院长李明发言。",
     [("江城大剧院2024演出季发布会", None)]),
    ("5月6日，江城美术馆青年艺术家作品展开幕式在美术馆举行。青山区图书馆组织读者参观，该馆馆长王芳讲解。",
     [("江城美术馆青年艺术家作品展开幕式", None)]),
    ("5月6日，江城大剧院2024演出季发布会在剧院举行。省歌剧院院长王强到场祝贺。",
     [("江城大剧院2024演出季发布会", None)]),
    # positives: the venue's own officer, by its name, its short form or 该 after it
    ("5月6日，江城大剧院2024演出季发布会在剧院举行。江城大剧院院长王强介绍了演出安排。",
     [("2024演出季发布会", "江城大剧院")]),
    ("5月6日，青山博物馆“古城记忆”展览开幕式举行。据博物馆副馆长李红介绍，展览持续三个月。",
     [("“古城记忆”展览开幕式", "青山博物馆")]),
    ("5月6日，江城科技馆2024年科普活动周启动仪式在该馆举行。该馆负责人赵亮介绍了活动安排。",
     [("2024年科普活动周启动仪式", "江城科技馆")]),
]


def _name_org(record: dict) -> list[tuple[str, str | None]]:
    return [(name, org) for name, _, org in held(record)]


@pytest.mark.parametrize(("body", "expected"), FIRM_NAME_HOLDS_KIND + VENUE_OFFICER)
def test_holder(extract, body, expected):
    assert _name_org(extract(page(body))) == expected
