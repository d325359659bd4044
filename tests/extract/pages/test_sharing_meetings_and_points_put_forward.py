"""Speaker and host phrasings: a meeting named 分享会/经验交流会 gives no 发言 to whoever chairs or
attends it; counted points put forward (提出三点意见) are an address; a speech text's byline under its headline
(在…上的讲话 / 市委书记 某某); a descriptor or a label in a title chain (著名作家, 种植大户, 我校1985级校友, 国医大师);
Taiwan reports delivered with 进行 after 率…列席并 or 就“…”; the host of a long 、-list closed by 等主持; a
decision announced (宣布了…的任职决定) and a study led (带领全体党员学习了党章), both 宣读.
Invented sentences; the expected values follow corpus/GUIDELINES.md (§3 host, §4 speakers)."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the meeting's name is no act of the chair or of one attending (§4)
        ("交流活动举行。县直机关工委书记杨华主持分享会。", {"杨华": ("县直机关工委书记", ("主持",))}),
        ("交流活动举行。县委副书记王刚主持经验交流会。", {"王刚": ("县委副书记", ("主持",))}),
        ("交流活动举行。县直机关工委书记杨华出席分享会并讲话。", {"杨华": ("县直机关工委书记", ("讲话",))}),
        ("交流活动举行。县委副书记王刚出席经验交流会。", {}),
        # negatives: sharing as the person's own verb stays 发言
        ("交流活动举行。县教育局局长李强在分享会上分享了工作经验。", {"李强": ("县教育局局长", ("发言",))}),
        ("推进会召开。县教育局局长李强作经验交流。", {"李强": ("县教育局局长", ("发言",))}),
    ],
)
def test_meeting_names_with_sharing_words(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # counted points put forward: 讲话, like 提出三点要求/希望 (§4 讲意见)
        ("联席会议召开。副市长李强对做好下一步工作提出三点意见。", {"李强": ("副市长", ("讲话",))}),
        ("联席会议召开。副市长李强提出了四条具体意见。", {"李强": ("副市长", ("讲话",))}),
        ("联席会议召开。副市长李强提出三点希望。", {"李强": ("副市长", ("讲话",))}),
        # negatives: views on a text, or views sought, are no address
        ("座谈会召开。副市长李强对草案提出了修改意见。", {}),
        ("座谈会召开。副市长李强征求了各方意见。", {}),
    ],
)
def test_points_put_forward(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech text: the headline names the address, the byline under it the speaker
        ("在全市优化营商环境大会上的讲话\n市委书记 陈建国\n（2024年3月18日）\n同志们：\n"
         "今天召开全市优化营商环境大会，主要任务是部署下一步工作。\n来源：北辰日报 2024-03-20\n",
         {"陈建国": ("市委书记", ("讲话",))}),
        ("在2024年新春团拜会上的致辞\n市委书记 陈建国\n同志们、朋友们：\n今天我们在这里隆重举行新春团拜会。\n",
         {"陈建国": ("市委书记", ("致辞",))}),
        ("在2024年新生开学典礼上的讲话\n党委书记、校长 王立群\n亲爱的同学们：\n今天我们在这里隆重举行开学典礼。\n",
         {"王立群": ("党委书记、校长", ("讲话",))}),
        # negative: a news headline above the byline line gives no role
        ("全市优化营商环境大会召开\n市委书记 陈建国\n今天召开全市优化营商环境大会，主要任务是部署下一步工作。\n"
         "来源：北辰日报 2024-03-20\n", {}),
    ],
)
def test_speech_text_bylines(extract_with_model, text: str, expected: dict) -> None:
    assert speakers(extract_with_model(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a descriptor ending the chain: the posts before it stand (§4 title); an occupation is a title (§4 eighth round)
        ("代表大会开幕。省作协主席、著名作家石明代表第七届主席团作工作报告。", {"石明": ("省作协主席、作家", ("作报告",))}),
        ("述职会召开。镇人大代表、种植大户刘永福向选民述职。", {"刘永福": ("镇人大代表", ("述职",))}),
        # labels and honours dropped (§4)
        ("报告会举行。我校1985级校友、华为公司高级副总裁王建平作报告。", {"王建平": ("华为公司高级副总裁", ("作报告",))}),
        ("大会开幕。国医大师、江东中医药大学终身教授陈仲和作主旨报告。", {"陈仲和": ("江东中医药大学终身教授", ("作报告",))}),
        # a chain of posts; an occupation before the post with its praise word dropped (§4 eighth round)
        ("大会开幕。著名经济学家、北京大学教授林毅作主旨报告。", {"林毅": ("经济学家、北京大学教授", ("作报告",))}),
        ("大会开幕。省作协主席、省文联副主席石明作工作报告。", {"石明": ("省作协主席、省文联副主席", ("作报告",))}),
    ],
)
def test_descriptors_and_labels_in_titles(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Taiwan: a report delivered with 进行 after attending, or after its topic (§4 作报告)
        ("市議會定期大會開議。市長盧文華率市府團隊列席並進行施政報告。", {"卢文华": ("市长", ("作报告",))}),
        ("市議會定期大會開議。會中，經濟發展局局長廖德祥就「產業園區招商成果」進行專案報告。",
         {"廖德祥": ("经济发展局局长", ("作报告",))}),
        # negative: attending alone
        ("市議會定期大會開議。市長盧文華率市府團隊列席。", {}),
    ],
)
def test_taiwan_reports_with_jinxing(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "host", "chairs"),
    [
        # a long 、-list closed by 等主持: the first one written is the host, all chair (§3)
        ("澳門藝術節開幕典禮舉行。社會文化司司長歐陽珮、中央人民政府駐澳門聯絡辦公室副主任嚴植平、文化局局長梁慧儀等主持開幕儀式。",
         ("欧阳珮", "社会文化司司长"), {"欧阳珮", "严植平", "梁慧仪"}),
        ("艺术节开幕典礼举行。社会文化司司长欧阳珮、文化局局长梁慧仪等主持开幕仪式。",
         ("欧阳珮", "社会文化司司长"), {"欧阳珮", "梁慧仪"}),
        # negative: one who only attends, the ceremony chaired by another
        ("艺术节开幕典礼举行。社会文化司司长欧阳珮出席。仪式由文化局局长梁慧仪主持。", ("梁慧仪", "文化局局长"), {"梁慧仪"}),
    ],
)
def test_host_of_a_list_closed_by_deng(extract, body: str, host: tuple, chairs: set) -> None:
    record = extract(page(body))
    assert (record["meetings"][0]["host"]["name"], record["meetings"][0]["host"]["title"]) == host
    assert {s["name"] for s in record["speakers"] if "主持" in s["roles"]} == chairs


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a decision announced is read out (§4 宣读)
        ("干部大会召开。省委组织部副部长李强宣布了省委关于王刚同志任职的决定。", {"李强": ("省委组织部副部长", ("宣读",))}),
        ("干部大会召开。省委组织部副部长李强出席会议并宣布任职决定。", {"李强": ("省委组织部副部长", ("宣读",))}),
        # a study led (§4 宣读, = 领学)
        ("主题党日活动举行。党支部书记李强带领全体党员学习了党章。", {"李强": ("党支部书记", ("宣读",))}),
        # negatives: one's own decision made known, an opening declared, stay 讲话; an oath led is no reading
        ("党代会召开。党主席李强在会上宣布了上述决定。", {"李强": ("党主席", ("讲话",))}),
        ("大会开幕。县长李强宣布大会开幕。", {"李强": ("县长", ("讲话",))}),
        ("主题党日活动举行。党支部书记李强带领党员重温入党誓词。", {}),
    ],
)
def test_decisions_announced_and_studies_led(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected
