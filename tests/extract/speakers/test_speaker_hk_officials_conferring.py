"""Speaker shapes of Hong Kong/Macau officials conferring, ruled by GUIDELINES §4.

Found: Hong Kong/Macau officials who 主持颁奖 were read as chairing (主持) instead of conferring (颁奖, the 主礼 row of
the §4 table); a scholarship's donor took 颁奖 from a tally of the fund's past awards (累计颁发…); an officer's bare
答覆/答复 to a member's question was missed (§4 fourteenth round: answering members is 讲话); a member whose title
chain ends in 个体工商户 and a host titled 首席营销官 were lost because the job-title lexicon lacked those words.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers

ROWS = [
    # 主持颁奖: the conferral officiated
    ("民政局昨晚舉行「義工嘉許」頒獎典禮，社會工作局局長黃志明、民政局局長陳家豪等主持頒獎。",
     {"黄志明": ("社会工作局局长", ("颁奖",)), "陈家豪": ("民政局局长", ("颁奖",))}),
    ("教育局昨晚舉行「傑出教師選舉」頒獎禮，由教育局局長李文華主持頒獎。李文華致辭時祝賀得獎者。",
     {"李文华": ("教育局局长", ("颁奖", "致辞"))}),
    # near misses: the ceremony chaired stays 主持
    ("「傑出義工」頒獎典禮昨日舉行，典禮由民政局局長陳家豪主持。陳家豪致辭時感謝一眾義工。",
     {"陈家豪": ("民政局局长", ("主持", "致辞"))}),
    ("「青年創新大賽」頒獎典禮日前舉行，經濟局局長周國強主持頒獎儀式。周國強致辭表示，青年是未來。",
     {"周国强": ("经济局局长", ("主持", "致辞"))}),
    # a donor's fund tallied: no 颁奖
    ("某大學昨日舉行獎學金頒發典禮。「明德獎學金」由校友張德明博士於2018年捐款港幣一千萬元設立，至今已累計頒發獎學金逾五百萬元。"
     "校長王志強致辭。",
     {"王志强": ("校长", ("致辞",))}),
    ("某中学昨日举行奖学金颁发仪式。该奖学金由企业家李国华于2015年捐资设立，累计颁发奖学金200余万元。李国华出席仪式并讲话。",
     {"李国华": ("企业家", ("讲话",))}),
    # a bare answer to a member's question
    ("议会昨日举行质询会。議員鄭文華質詢時說，市府應加快興建進度。交通局長林志偉答覆，第一期工程將於明年完工。",
     {"郑文华": ("议员", ("讲话",)), "林志伟": ("交通局长", ("讲话",))}),
    ("立法會昨日舉行全體會議。議員陳偉明就交通問題提出質詢，保安司司長黃少華答覆指，警方已加強巡邏。",
     {"陈伟明": ("议员", ("讲话",)), "黄少华": ("保安司司长", ("讲话",))}),
    ("议会昨日举行质询会。議員鄭文華質詢時說，市府應加快興建進度。交通局长林志伟答复，第一期工程将于明年完工。",
     {"郑文华": ("议员", ("讲话",)), "林志伟": ("交通局长", ("讲话",))}),
    # near misses: no member's question before, or a written answer
    ("对此，市住建局局长李明答复，将尽快研究。", {}),
    ("市民王强来信反映噪音问题。环保局局长李明答复，将加强执法。", {}),
    ("議員鄭文華質詢時說，市府應加快進度。局長林志偉表示將以書面答覆。", {}),
    # 个体工商户 ending a member's title chain
    ("座谈会上，区人大代表、个体工商户王丽华建议，法院进一步加大对小微企业的保护力度。",
     {"王丽华": ("区人大代表、个体工商户", ("讲话",))}),
    ("座谈会上，个体户王丽华提出，要加强诉前调解。", {"王丽华": ("个体户", ("讲话",))}),
    ("座谈会上，区人大代表、律师王丽华建议，法院进一步加大对小微企业的保护力度。",
     {"王丽华": ("区人大代表、律师", ("讲话",))}),
    # a host's chief-officer title after 活动由
    ("昨日，某公司新品发布会在北京举行。活动由公司副总裁、首席营销官王蕾主持。来自全国的400余位客户参加活动。",
     {"王蕾": ("公司副总裁、首席营销官", ("主持",))}),
    ("昨日，某公司年会在上海举行。活动由集团总经理李明主持。公司董事长张强致辞。",
     {"李明": ("集团总经理", ("主持",)), "张强": ("公司董事长", ("致辞",))}),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_fxec_speakers(extract, body, expected):
    assert speakers(extract(page(body))) == expected
