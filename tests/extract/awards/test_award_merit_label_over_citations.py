"""Award shape of a label over Taiwan merit citations (invented sentences only).

- GUIDELINES §5 ("Taiwan merit citations count as written …; a label over their total (`有功员警42人`) is no honour"; twenty-
  eighth round: a `有功` label is no honour also after a description of the holders): the label is dropped only where it
  totals the citations: told in the citations' sentence, summing to their count, or told as a total (`共`, `合计`) in a
  sentence right beside them. A label commended for another matter on a page that also tells a citation
  (`表揚防颱有功人員50人。…另警察局記一大功2人。`) keeps its record; before, any citation on the page dropped every label.
"""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(("body", "kept"), [
    # reduced: a label for another matter, a citation told later on the page
    ("縣府昨日舉行表揚大會，表揚防颱有功人員50人。縣長並致詞感謝。另警察局日前偵破竊案，記一大功2人。", True),
    # paraphrases: another label noun, the citation in an earlier paragraph
    ("警察局上月偵破竊盜案，記一大功2人。\n縣府昨日舉行表揚大會，表揚救災有功同仁30人。縣長並致詞感謝。", True),
    # near misses: the label totals the citations beside it, or sums to them
    ("本案記一大功2人、記功10人、嘉獎26人，本次有功員警共38人。", False),
    ("本案記一大功2人、記功10人。嘉獎26人。本次有功員警共38人。", False),
    ("表揚偵辦本案有功員警38人，其中記一大功2人、記功10人、嘉獎26人。", False),
])
def test_merit_label_kept_unless_it_totals_the_citations(extract, body, kept):
    labels = [h for h in honours(extract(page(body))) if "有功" in h[0]]
    assert bool(labels) == kept
