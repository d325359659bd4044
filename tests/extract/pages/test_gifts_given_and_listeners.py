"""Speaker, meeting and award shapes of things given, listeners and tokens. Invented sentences; the expected values follow corpus/GUIDELINES.md §3 (meetings),
§4 (speakers) and §5 (awards).

- W1 (§4): a thing given (纪念品, 礼品, 证书, 锦旗) after a title word is never a person's name; giving a gift
  (致赠, 致送) is no 致辞;
- W2 (§4 twelfth round): a listener quoted a few sentences after 讲座结束后 takes no role;
- W3 (§3): 出席开班式并以“…”为题讲授开班第一课 keeps the lecture as its own record;
- W4 (§3): an exhibition and a fair joined by 及 are no meeting;
- W5 (§5): a bare token handed to two counts of quoted holders (嘉许状予35名「优秀义工」及5个「优秀义工团体」) gives
  each holders' honour.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, honours, page, speakers

_GRAD = "6月3日，某中学举行毕业典礼。典礼上，"
_STUDY = "6月3日，市委理论学习中心组举行专题学习会，邀请市委党校教授张文博作专题辅导讲座。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_GRAD + "家长教师会致赠每位毕业生纪念品，校长李明致辞。", {"李明": ("校长", ("致辞",))}),
        (_GRAD + "學校致贈每位畢業生紀念品，校長李明講話。", {"李明": ("校长", ("讲话",))}),
        (_GRAD + "校友会致送每位毕业生纪念册，校友会会长王芳致辞。", {"王芳": ("校友会会长", ("致辞",))}),
        (_GRAD + "校长向每位毕业生致赠纪念品。", {}),
        (_GRAD + "家长教师会主席王芳致赠纪念品。", {}),
        # NEGATIVE: the giver who also speaks keeps the address
        (_GRAD + "校长李明向毕业生致送礼品并致辞。", {"李明": ("校长", ("致辞",))}),
    ],
)
def test_gift_given_is_no_speaker(extract, body, expected):
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (_STUDY + "讲座结束后，学员们围着专家提问。专家一一作了解答。丰收村党支部书记陈建华表示，听了很受启发。", "陈建华", None),
        (_STUDY + "讲座结束后，学员们围着专家提问，专家一一作了解答。某区区委书记钱进表示，很受启发。", "钱进", None),
        # NEGATIVE: the session's leader closing it keeps 讲话 (cra12)
        (_STUDY + "讲座结束后，市委书记赵国华强调，要把学习成果转化为工作实效。", "赵国华", ("市委书记", ("讲话",))),
    ],
)
def test_listener_after_lecture(extract, body, name, expected):
    assert speakers(extract(page(body))).get(name) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6月3日，区委党校举办中青年干部培训班。区委书记王强出席开班式并以“提升能力 担当作为”为题讲授开班第一课。",
         [("中青年干部培训班", "2024-06-03"), ("开班第一课", "2024-06-03")]),
        ("6月3日，区委党校举办中青年干部培训班。区委书记王强出席开班式并讲授开班第一课。",
         [("中青年干部培训班", "2024-06-03"), ("开班第一课", "2024-06-03")]),
        ("5月20日，某中学举行建校60周年庆祝大会。校庆当天还举办了校史展及游园会。", [("建校60周年庆祝大会", "2024-05-20")]),
        ("5月20日，某中学举行建校60周年庆祝大会。校庆当天还举办了书画展及游园会。", [("建校60周年庆祝大会", "2024-05-20")]),
        ("5月20日，某中学迎来建校60周年。校庆当天还举办了校史展及游园会。", []),
    ],
)
def test_meetings(extract, body, expected):
    assert dated(extract(page(body))) == expected


_DAY = "5月20日，某区举行义工嘉许礼，"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_DAY + "頒發嘉許狀予35名「優秀義工」及5個「優秀義工團體」。",
         [("优秀义工", 35, "名", "person"), ("优秀义工团体", 5, "个", "organization")]),
        (_DAY + "颁发嘉许状予20名「杰出义工」和3个「杰出义工团队」。",
         [("杰出义工", 20, "名", "person"), ("杰出义工团队", 3, "个", "organization")]),
        (_DAY + "颁发奖状予12名「服务之星」、4间「服务先锋机构」。",
         [("服务之星", 12, "名", "person"), ("服务先锋机构", 4, "间", "organization")]),
        (_DAY + "頒發嘉許狀予35名「優秀義工」。", [("优秀义工", 35, "名", "person")]),
        # NEGATIVE: plain holders (a commendation by its wording), winners of prizes named elsewhere
        (_DAY + "颁发嘉许状予120名义工及8间机构。", [("嘉许状", 120, "名", "person"), ("嘉许状", 8, "间", "organization")]),
        (_DAY + "颁发嘉许状予20位得奖者及5个团体。", []),
    ],
)
def test_token_to_two_counts(extract, body, expected):
    assert honours(extract(page(body))) == expected
