"""Funding: money granted, allocated, invested, raised, paid or awarded.

Every MONEY entity (tagged by the rule tagger with :mod:`pipeline.values`) whose full sentence
holds a funding word (经费/资金/奖金/补助/投资/签约 …) and whose clause holds no price, salary,
market-figure, ceiling or comparison word becomes a record; size classes (10亿元以上项目) and
currency conversions (约合人民币…) are skipped.  A bare 元 takes the article's regional
currency: TWD, HKD or MOP when that region's cues outnumber twice the mainland organs named,
else CNY (a Traditional-script page whose source line names a 新闻公报 counts one Hong Kong cue, and so
does a release stamped 香港时间…; a page dated in the Taiwan calendar, 113-07-10, counts one Taiwan cue); the vote is
``extract.common.page_region``, shared with the speakers' Hong Kong and Macau readings.

Known limitations: a total and its parts are all reported (as the annotation guidelines ask);
amounts spelled entirely in Chinese numerals with no unit word are missed; an intended investment (拟投资50亿元) is
dropped unless a signing word stands in its sentence or the one before, so a signing told further back still leaves
it out; a bare 万/亿 with no 元 is tagged as money only after a verb of funding and before a punctuation mark or a verb
of use (出资5000万设立…, 投入3000万用于…), so 投入3000万资金 is still missed.

The package, by module (each imports only from the modules listed before it, and extractor from all of them):

- ``patterns``: patterns, word lists and helpers of the amount checks;
- ``purposes``: the purpose of an amount: the table of purpose readers (``_PURPOSE_READERS``);
- ``extractor``: :class:`FundingExtractor`: which amounts are funding, their currency and purpose.
"""

from pipeline.extract.funding.extractor import FundingExtractor

__all__ = ["FundingExtractor"]
