"""Funding: money granted, allocated, invested, raised, paid or awarded.

Every MONEY entity (tagged by the rule tagger with :mod:`pipeline.values`) in a sentence with a funding word (经费/资金/奖金/补助/投资/签约 …) and
no price, salary or market-figure word becomes a record.  A bare 元 takes the article's
regional currency: TWD for Taiwan articles, HKD for Hong Kong, MOP for Macau, else CNY.

Known limitations: a total and its parts are all reported (as the annotation
guidelines ask); amounts spelled entirely in Chinese numerals with no unit word are
missed.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from pipeline.document import Document
from pipeline.extract.common import Lexicons, Sentence, evidence, in_heading_list

# Regional cues (Simplified, after normalization) that decide the currency of a bare 元.
_TAIWAN = re.compile(
    "新台币|台湾|台北|台中|台南|高雄|桃园|新北|新竹|嘉义|彰化|屏东|宜兰|花莲|台东|澎湖|金门|民国|农委会|行政院|立法院"
    "|县市|县府|卫福部|中央社|国民党|民进党|乡公所|镇公所"
)
_HONG_KONG = re.compile(
    "香港|港府|港岛|九龙|新界|特首|港元|港币|政务司|财政司|律政司|社会福利署|社署|民政事务|劳工及福利局|区议会"
    "|康乐及文化事务署|食物及卫生局|教育局局长|沙田|屯门|元朗|荃湾|观塘|将军澳|深水埗|葵涌"
    "|公屋|居屋|综援|添马|政府总部|关爱基金|扶贫委员会|强积金|房委会|房屋委员会|奖券基金|社联"
)
# Mainland cues: an article that names mainland organs is priced in yuan even when it mentions
# Hong Kong or Macau partners (泛珠 forums, 对口支援).
_MAINLAND = re.compile("人民币|省委|市委|县委|区委|州委|党委|党组|人民政府|国务院|发改委|商务厅|财政厅|财政局|自治区|省政府|市政府")
_MACAU = re.compile("澳门|本澳|澳门元|葡币|氹仔|路环|行政法务司|社会文化司|经济财政司|澳门基金会")
_THRESHOLD_AFTER = re.compile(r"(?:以上|以下)的?(?:项目|企业|工程)")
_CLASS_NOUN = re.compile(r"的?(?:项目|企业|工程)")
_PURPOSE_FOR = re.compile(r"用于(?P<p>[^，。；,;]{2,30})")
_PURPOSE_NOUN = re.compile(
    r"(?P<p>[\u4e00-\u9fff“”]{2,20}?(?:经费|资金|奖金|奖励金|补助|补贴|基金|拨款|投资|总投资|援助))"
)


class FundingExtractor:
    def __init__(self, lex: Lexicons) -> None:
        self.context = re.compile("|".join(map(re.escape, lex.patterns["funding_context"])))
        self.exclude = re.compile("|".join(map(re.escape, lex.patterns["funding_exclude"])))
        # Words that disqualify only an amount after them (约合人民币2.28亿元 converts the amount before it).
        self.exclude_before = re.compile(
            "(?:" + "|".join(map(re.escape, lex.patterns["funding_exclude_before"]["words"])) + ")约?"
            "(?:人民币|美元|港元|港币|澳门元|澳元|新台币|欧元|日元|英镑)"
        )

    @staticmethod
    def region_currency(doc: Document) -> str:
        text = doc.clean_text
        scores = {
            "TWD": len(_TAIWAN.findall(text)),
            "HKD": len(_HONG_KONG.findall(text)),
            "MOP": len(_MACAU.findall(text)),
        }
        best = max(scores, key=lambda k: scores[k])
        # A regional article names few mainland organs; a mainland one may name its regional partners often.
        return best if scores[best] >= 2 and scores[best] > 2 * len(_MAINLAND.findall(text)) else "CNY"

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[dict[str, Any]]:
        default = self.region_currency(doc)
        money = sorted((e for e in doc.entities if e.type == "MONEY"), key=lambda e: e.start)
        starts = [e.start for e in money]
        out: list[dict[str, Any]] = []
        full = doc.clean_text
        for sentence in sentences:
            text = sentence.text
            # The funding word may sit earlier in the same full sentence (捐赠善款500万元，其中…；200万元用于…):
            # look back to the last 。/！/？ (at most 200 characters).
            floor = max(sentence.start - 200, max(full.rfind(ch, 0, sentence.start) for ch in "。！？\n") + 1)
            if not self.context.search(full, floor, sentence.end):
                continue
            if in_heading_list(full, sentence.start):
                continue  # an item of a list of other articles' headlines
            # This sentence's slice only: O(entities) per document, not O(sentences x entities).
            lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
            for entity in money[lo:hi]:
                if entity.end > sentence.end:
                    continue
                m_start, m_end = entity.start - sentence.start, entity.end - sentence.start
                clause_start = max(text.rfind(ch, 0, m_start) for ch in "，。；,;") + 1
                # The clause around the amount, up to 6 characters after it within the clause.
                after = text[m_end : m_end + 6]
                clause = text[clause_start:m_end] + re.split("[，。；,;]", after)[0]
                if (self.exclude.search(clause) or self.exclude_before.search(text, max(clause_start, m_start - 8), m_start)
                        or self.exclude_before.match(entity.text)):
                    continue
                if _THRESHOLD_AFTER.match(text, m_end) or (
                    entity.text.endswith(("以上", "以下")) and _CLASS_NOUN.match(text, m_end)
                ):
                    continue  # 10亿元以上项目3个: a size class, not an amount
                value = entity.value
                low, high = value["low"], value["high"]
                currency = value["currency"] if value["currency_explicit"] else default
                if low <= 0:
                    continue
                purpose = None
                after = text[m_end:]
                pm = _PURPOSE_FOR.search(after[:40])
                if pm:
                    purpose = pm["p"]
                else:
                    nouns = list(_PURPOSE_NOUN.finditer(text[clause_start:m_start]))
                    if nouns:
                        purpose = nouns[-1]["p"]
                if any(f["amount"] == low and f["currency"] == currency for f in out):
                    continue  # the same amount stated again (headline, summary) is one fact
                out.append({
                    "amount": low,
                    "amount_high": high,
                    "currency": currency,
                    "approximate": value["approximate"],
                    "text": entity.text,
                    "purpose": purpose,
                    "evidence": evidence(doc, sentence),
                })
        return out
