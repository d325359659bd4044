"""Speaker shapes of court proceedings, directives after thanks and leaders receiving (invented sentences; corpus/GUIDELINES.md rules each expected value).

- §4 主持 / §3: 主持 of a court's proceeding (庭审, 调解, 审理…) read as no meeting chaired took the chair away from a
  meeting named after the proceeding (主持调解委员会全体会议, 主持审理工作推进会); a 会/议 later in the clause is the
  meeting chaired, as with 主持…项目…会. A trial or mediation presided alone stays no role.
- §4 讲话 vs 致辞: thanks on behalf of a body (代表市政府向客商表示感谢) made the 他说/他表示 after it part of a speech of
  thanks (致辞) even when those remarks direct (要进一步…, 必须…); directives are a speech, 讲话. (The speech-of-thanks
  reading itself was later withdrawn, GUIDELINES §4 thirteenth review round and §8: remarks after thanks told with
  表示感谢 are 讲话 whatever they say.)
- §4 recipients: a leader handed an honour for the city or unit (为市长王军颁发“全国文明城市”奖牌) who then directs was
  dropped as a recipient's reaction; a reaction is soft words without directives.
"""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reviewer's sentences: a meeting named after the proceeding is chaired
        ("5月6日，县人民调解委员会主任王强主持调解委员会全体会议。", {"王强": ("县人民调解委员会主任", ("主持",))}),
        ("5月6日，院长王强主持审理工作推进会。", {"王强": ("院长", ("主持",))}),
        ("5月6日，市长王强主持审理全市重大项目推进情况的专题会议。", {"王强": ("市长", ("主持",))}),
        ("5月6日，县司法局副局长李明主持召开人民调解工作座谈会。", {"李明": ("县司法局副局长", ("主持",))}),
        ("5月6日，区法院院长赵刚主持审判工作会议并讲话。", {"赵刚": ("区法院院长", ("主持", "讲话"))}),
        ("5月6日，镇党委书记孙伟主持调解工作例会。", {"孙伟": ("镇党委书记", ("主持",))}),
        # NEGATIVE: a trial or a mediation presided is no meeting chaired (the rule's purpose, h59)
        ("5月6日，市中级法院开庭审理一起合同纠纷案，审判长陈亮主持庭审。", {}),
        ("5月6日，县法院法官刘洋依法主持调解，双方当场达成和解。", {}),
        ("5月6日，县法院法官刘洋主持调解并促成双方达成调解协议。", {}),
    ],
)
def test_meeting_named_after_a_proceeding_is_chaired(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reviewer's sentence: directives after thanks on behalf of a body are a speech
        ("5月6日，全市招商引资大会召开。市长李强代表市政府向广大客商表示感谢。他说，要进一步优化营商环境，推动项目早落地。",
         {"李强": ("市长", ("讲话",))}),
        ("5月6日，全县项目建设推进会召开。县长周涛代表县政府向各参建单位表示感谢。他表示，必须压实责任，确保项目按期完工。",
         {"周涛": ("县长", ("讲话",))}),
        ("5月6日，全市文旅推介会召开。副市长吴敏代表市政府向各界嘉宾表示感谢。她说，各地要抢抓机遇，作出全面部署。",
         {"吴敏": ("副市长", ("讲话",))}),
        # thanks told with 表示感谢 and resolve after them are 讲话 too (GUIDELINES §4 thirteenth round; the speech-of-thanks
        # reading was withdrawn, §8)
        ("5月6日，全市政协会议闭幕。委员代表张华代表全体委员向大会表示感谢。她表示，将认真履职。", {"张华": (None, ("讲话",))}),
        ("5月6日，全市科技奖励大会召开。获奖代表陈静代表全体获奖者向市委市政府表示感谢。她表示，我们要继续努力，不负重托。",
         {"陈静": (None, ("讲话",))}),
        ("5月6日，全市科技奖励大会召开。获奖代表陈静代表全体获奖者向市委市政府表示感谢。她说，这份荣誉属于整个团队。",
         {"陈静": (None, ("讲话",))}),
    ],
)
def test_directives_after_thanks_are_a_speech(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reviewer's sentence: a leader receiving for the city, then directing
        ("5月6日，全市表彰大会举行。副省长李华为市长王军颁发“全国文明城市”奖牌。随后，王军表示，要巩固创建成果，推动全市高质量发展。",
         {"李华": ("副省长", ("颁奖",)), "王军": ("市长", ("讲话",))}),
        ("5月6日，全省表彰大会举行。副省长李华为县长赵刚颁发“全国文明县城”奖牌。赵刚表示，必须持续巩固创建成果。",
         {"李华": ("副省长", ("颁奖",)), "赵刚": ("县长", ("讲话",))}),
        ("5月6日，全市表彰大会举行。副市长孙伟为区委书记陈亮颁发“全省先进集体”牌匾。陈亮说，全区上下要再接再厉，作出新的部署。",
         {"孙伟": ("副市长", ("颁奖",)), "陈亮": ("区委书记", ("讲话",))}),
        # NEGATIVE: one honoured reacting in soft words, or in their own resolve, has no role (fxaw's rule)
        ("5月6日，全市劳模表彰大会举行。副市长王军为孙伟颁发奖章。孙伟激动地说，我要继续努力，不辜负组织的信任。",
         {"王军": ("副市长", ("颁奖",))}),
        ("5月6日，全市劳模表彰大会举行。副市长王军为孙伟颁发奖章。孙伟激动地说，这份荣誉属于全体同事。",
         {"王军": ("副市长", ("颁奖",))}),
    ],
)
def test_leader_receiving_for_a_place_then_directing_speaks(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
