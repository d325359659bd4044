"""Speaker and published-date shapes. Invented sentences; the expected values follow
corpus/GUIDELINES.md §2 (published: only a dateline, 发布时间 or a date under the headline) and §4 (speakers).

- S1: a habit word inside an address's remarks (致辞时赞扬商会多年来在扶贫助学方面作出的贡献) is praise of others, no
  habit of the speaker's: the speaker stays;
- S2: thanks to a person after a conferring clause (向张明颁发荣誉证书，并对张明的善举表示感谢) are the presenter's 致辞;
- S3: 新生 / 毕业生 are title nouns: after a representative label the chain with the noun is the title (§4 eleventh
  round, like 高二（3）班学生);
- P1: a body opening with the event's full date (2025年5月8日上午，…举行新闻发布会，…。) is no dateline, whatever
  发布会 or 时间 it holds: published null, the meeting keeps the date;
- P2: the CNA release tag at the foot (（中央社訊息服務20250607）) is the publication date.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, speakers

CEREMONY = "6月5日，市某某商会举行成立十周年庆典。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CEREMONY + "市工商联主席王丽致辞时赞扬商会多年来在扶贫助学方面作出的贡献。", {"王丽": ("市工商联主席", ("致辞",))}),
        (CEREMONY + "市工商联主席王丽在致辞中赞扬商会多年来在扶贫助学方面作出的贡献。", {"王丽": ("市工商联主席", ("致辞",))}),
        (CEREMONY + "副市长赵刚讲话时肯定了商会多年来在招商引资方面取得的成绩。", {"赵刚": ("副市长", ("讲话",))}),
        (CEREMONY + "副市长赵刚发言时感谢商会多年来为家乡建设出钱出力。", {"赵刚": ("副市长", ("发言",))}),
        (CEREMONY + "副市长赵刚点评时指出商会每年在助学方面投入大量资金。", {"赵刚": ("副市长", ("点评", "讲话"))}),
        # NEGATIVE: the habit is the person's own (a series of talks elsewhere, GUIDELINES §3)
        ("副市长赵刚多年来在各类会议上发言，深受好评。", {}),
        ("教授赵刚多次在国际会议上作报告。", {}),
    ],
)
def test_habit_word_inside_remarks(extract, text, expected):
    assert speakers(extract(text)) == expected


DONATION = "6月5日，市人民医院举行爱心捐赠仪式。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (DONATION + "院长李华代表医院向张明颁发荣誉证书，并对张明的善举表示衷心感谢。", {"李华": ("院长", ("颁奖", "致辞"))}),
        (DONATION + "院长李华向张明颁发荣誉证书，并对张明表示衷心感谢。", {"李华": ("院长", ("颁奖", "致辞"))}),
        (DONATION + "院长李华为王海颁发捐赠证书，并对王海多年来的支持表示感谢。", {"李华": ("院长", ("颁奖", "致辞"))}),
        (DONATION + "院长李华代表医院向某某公司颁发荣誉证书，并对某某公司的善举表示衷心感谢。",
         {"李华": ("院长", ("颁奖", "致辞"))}),
        # NEGATIVE: the conferring alone; thanks without a conferring clause
        (DONATION + "院长李华向张明颁发荣誉证书。", {"李华": ("院长", ("颁奖",))}),
        (DONATION + "院长李华对张明的善举表示衷心感谢。", {"李华": ("院长", ("致辞",))}),
    ],
)
def test_thanks_after_conferring_to_a_person(extract_with_model, text, expected):
    assert speakers(extract_with_model(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9月5日，某大学举行开学典礼。新生代表、计算机学院新生王小明发言。", {"王小明": ("计算机学院新生", ("发言",))}),
        ("9月5日，某大学举行开学典礼。计算机学院新生王小明发言。", {"王小明": ("计算机学院新生", ("发言",))}),
        ("8月5日，县教育基金会举行助学金发放仪式。受助学生代表、县一中毕业生李晓红发言，感谢社会各界的关爱。",
         {"李晓红": ("县一中毕业生", ("发言",))}),
        ("6月7日，資工系舉行畢業典禮。畢業生代表、資工系畢業生陳家豪致詞。", {"陈家豪": ("资工系毕业生", ("致辞",))}),
        ("6月7日，某大学举行毕业典礼。2025届毕业生王小明发言。", {"王小明": ("2025届毕业生", ("发言",))}),
        # NEGATIVE: a label alone is no title; 新生儿科 is a ward; the graduates receiving are no speakers
        ("9月5日，某大学举行开学典礼。新生代表王小明发言。", {"王小明": (None, ("发言",))}),
        ("9月5日，某医院举行新生儿科开科仪式。新生儿科主任王小明发言。", {"王小明": ("新生儿科主任", ("发言",))}),
        ("6月7日，某大学举行毕业典礼。校长王小明为毕业生颁发学位证书。", {"王小明": ("校长", ("颁奖",))}),
    ],
)
def test_student_title_nouns(extract_with_model, text, expected):
    assert speakers(extract_with_model(text)) == expected


@pytest.mark.parametrize(
    ("text", "published", "meetings"),
    [
        ("区政府新闻办举行新闻发布会\n\n２０２５年５月８日上午，区政府新闻办举行新闻发布会，介绍全区营商环境建设情况。",
         None, [("新闻发布会", "2025-05-08")]),
        ("区政府新闻办举行新闻发布会\n\n2025年5月8日上午，区政府新闻办就营商环境举行新闻发布会，介绍有关情况。",
         None, [("新闻发布会", "2025-05-08")]),
        ("区政府召开常务会议\n\n2025年5月8日上午，区政府召开常务会议，研究部署防汛工作，时间紧任务重。",
         None, [("常务会议", "2025-05-08")]),
        # NEGATIVE: a stamp on the page still gives the date
        ("区政府新闻办举行新闻发布会\n发布时间：2025-05-09\n2025年5月8日上午，区政府新闻办举行新闻发布会，介绍有关情况。",
         "2025-05-09", [("新闻发布会", "2025-05-08")]),
        ("区政府新闻办举行新闻发布会\n2025-05-09 来源：区政府网\n2025年5月8日上午，区政府新闻办举行新闻发布会，介绍有关情况。",
         "2025-05-09", [("新闻发布会", "2025-05-08")]),
    ],
)
def test_event_dated_opening_is_no_dateline(extract, text, published, meetings):
    record = extract(text)
    assert (record["published"], dated(record)) == (published, meetings)


BODY = "資訊協會舉辦產業論壇\n\n台灣資訊協會今（7）日在台北舉辦人工智慧產業論壇，理事長王某致詞表示，產業正面臨轉型。\n"


@pytest.mark.parametrize(
    ("text", "published", "meeting_date"),
    [
        (BODY + "\n（中央社訊息服務20250607）\n", "2025-06-07", "2025-06-07"),
        (BODY + "(中央社訊息服務20250607)\n\n延伸閱讀\n其他新聞\n", "2025-06-07", "2025-06-07"),
        # NEGATIVE: no tag; eight digits that are no date
        (BODY, None, None),
        (BODY + "\n（中央社訊息服務20251399）\n", None, None),
    ],
)
def test_cna_release_tag(extract, text, published, meeting_date):
    record = extract(text)
    assert (record["published"], [d for _, d in dated(record)]) == (published, [meeting_date])
