"""Amounts that are no money granted, in wordings the earlier rounds missed (invented sentences).

- GUIDELINES §6 twenty-third round (money demanded of another body is only intended), thirtieth round (the actual
  investment told beside contracted investment is capital attracted), thirty-first round (a spender's money over a past
  span with no use is a spending figure; an outcome told with `了` after the comma is no use), and the thirty-second round
  (7 December 2026, second stop): a conversion in brackets (`拨款3亿谢克尔（合8600万美元）`) is read from the quantity it
  restates, and is no record of its own when that quantity is one; the actual investment beside contracted foreign capital
  (`协议外资金额…，实际投入…`) is the same statistic; a span written with `几` (`几年来`, `这几年`) or by the years it counts
  (`1996和1997两年`) or in the spending's own clause right before a digit (`她8年来累计投资…`), money taken out (`拿出`) over
  it, and a verb of aid with `了` after the comma (`，扶持了…`) are read like
  the thirty-first round's; an aid word told with a later amount of the sentence is that amount's use only; money drawn in
  at high interest (`高息集资`, `高息揽储`) is a crime's figure like `非法集资`; money told only as there being so much of it
  (`就有40亿美元被转移到国外`, `有…的个人金融资产`, `据…估计，…共有10亿美元资金投入了这些投资计划`) is a holding or a market's
  flow, a statistic.
- Kept: money a body allocates itself, the contracted capital of a signing told on the page, money taken out with a use
  after it or out of an aid fund, money raised from staff for a use.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page


def amounts(record: dict) -> list[float]:
    """The amount of each funding record, in order (the purpose is another test's business)."""
    return [f["amount"] for f in record["funding"]]


@pytest.mark.parametrize(("body", "expected"), [
    # money demanded, its quantity in a currency converted in brackets
    ("此前，议员曾要求政府在新预算中拨款5亿卢布（合800万美元），用来解决失业问题。", []),
    ("工会呼吁市政府拨款2亿比索（约合1000万美元）用于救济失业工人。", []),
    ("该党要求內閣撥款3億克朗（合4000萬美元），以資助醫療體系。", []),
    ("市政府拨款5亿卢布（合800万美元），用来解决失业问题。", [500000000.0]),
    # the actual investment beside contracted foreign capital, no signing on the page
    ("截至去年底，德国在华投资项目共500个，协议外资金额30亿美元，实际投入12亿美元。", []),
    ("到今年6月，该省累计批准港资企业300家，合同外资20亿美元，实际投入8亿美元。", []),
    ("截至9月底，日本在该市协议外资额15亿美元，实际到位6亿美元。", []),
    ("某集团在开发区签约，合同外资2亿美元，首期实际投入5000万美元用于建设厂房。", [200000000.0, 50000000.0]),
    # a span written with 几 or by its years, money taken out over it, an outcome with 了
    ("几年来，先后从各级基金中拿出近2000万元，扶持了近百家亏困企业恢复生产。", []),
    ("几年来，该市从发展基金中先后拿出5000万元，帮助了200多家企业渡过难关。", []),
    ("这几年，区里先后拿出1200万元，建起了三所学校。", []),
    ("最新统计表明，1996和1997两年教职工住房建设投资已达320亿元，竣工面积近4600万平方米。", []),
    ("2021年至2023年三年全省农田水利投资已达86亿元。", []),
    ("她8年来累计投资150多万元，如今每天上市鲜花三千枝。", []),
    ("该村5年间共投入村道建设资金800多万元，占全镇的一半。", []),
    ("几年来，工会先后拿出300万元，扶持了一批困难企业，还从基金中拿出50万元，用于补助困难职工。", [500000.0]),
    ("几年间，县里从专项资金中拿出800万元，用于修建乡村公路。", [8000000.0]),
    ("多年来，工会从帮困基金中拿出300万元，扶持了一批困难企业。", [3000000.0]),
    ("去年，县里从扶贫基金中拿出200万元，为贫困户购买了耕牛。", [2000000.0]),
    # money drawn in at high interest
    ("历时三年的高息集资5亿美元事件导致了该国金融动荡。", []),
    ("某公司以高息揽储为名吸收资金3亿元。", []),
    ("企业向职工集资500万元用于技术改造。", [5000000.0]),
    # money told only as there being so much of it: a holding or a market's flow
    ("据西方金融观察家估计，该国共有10亿美元资金投入了这些所谓的投资计划。", []),
    ("据统计，该国约有30亿美元资金流入了股市。", []),
    ("两天之内，就有40亿—50亿美元被转移到国外，外汇储备急剧下降。", []),
    ("他说，日本有1200万亿日元的个人金融资产。", []),
    ("这个国家有超过2000亿美元的居世界首位的外汇储备。", []),
    ("全市城乡居民共有500亿元的储蓄存款。", []),
    ("去年全年共有8亿元资金流向了房地产。", []),
    ("一週內就有3億港元被匯往海外。", []),
    ("中央已下拨1000万元用于救济灾民，另有600万元用于疏通公路。", [10000000.0, 6000000.0]),
    ("基金会今年共有200万元资金投入了助学项目。", [2000000.0]),
    ("市财政共拨付2000万元，帮助企业渡过难关。", [20000000.0]),
    ("县里筹集扶贫资金800万元，其中有300万元被用于修建乡村公路。", [8000000.0, 3000000.0]),
    ("市里拨付救灾资金500万元，另有200万元被拨付给受灾乡镇。", [5000000.0, 2000000.0]),
])
def test_statistics_and_demands_missed(extract, body, expected):
    assert amounts(extract(page(body))) == expected
