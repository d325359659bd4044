"""Speaker and page shapes of calls made at the meeting and guests of honour who only address (twentieth review round): a call made at the meeting (X在会上号召…) is 讲话, like X希望…; a guest of
honour (主礼嘉宾) who only gives an address while another hands out the prizes takes 致辞, not 颁奖 (§4); an item after
a web page's footer (打印本页 关闭窗口, 【关闭】, 返回顶部) that opens as another dated item gives no records (§4, §1);
counted holders of a 最美 title released at a release ceremony (隆重发布10名“最美医生”先进事迹) are that honour
conferred, the deeds no part of its name (§5); a place's running total of
spending over years with no stated use (近年来，我市累计投入双拥经费3000万元) is a budget figure, no record (§6 ninth round);
the first part of a dotted name written alone later (蕾特诺·马尔苏迪 …。蕾特诺表示…) is the same person, as the last part
is (§4, one speaker per person).
Invented sentences; expected values follow corpus/GUIDELINES.md §4, §5, §6."""

from __future__ import annotations

import pytest

from tests.extract.views import grants, honours, page, speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县里召开乡村振兴推进会。县委副书记张伟在会上号召各乡镇党员干部冲锋在前。", {"张伟": ("县委副书记", ("讲话",))}),
        ("区委召开动员大会。区长陈刚在会上号召广大干部群众积极行动起来，投身创文工作。", {"陈刚": ("区长", ("讲话",))}),
        ("县委书记赵强在大会上号召全县党员向先进典型学习。", {"赵强": ("县委书记", ("讲话",))}),
        ("市委召开全市安全生产工作会议。市长李明在会议上号召全市上下压实责任。", {"李明": ("市长", ("讲话",))}),
        # NEGATIVE: a call made outside a meeting, and one made under another's call
        ("市总工会近日发出倡议，主席刘红号召全市职工积极参与。", {}),
        ("在县委的号召下，村支书王强带领村民修路。", {}),
    ],
)
def test_a_call_at_the_meeting(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("社會福利署今日舉行嘉許典禮，勞工及福利局局長陳志明擔任主禮嘉賓並致辭。典禮上，署長黃家強頒發獎項予得獎者。",
         {"陈志明": ("劳工及福利局局长", ("致辞",)), "黄家强": ("署长", ("颁奖",))}),
        ("民政事務總署今日舉行頒獎典禮，局長何文華為主禮嘉賓並致辭，民政事務專員李美玲頒發獎狀予得獎義工。",
         {"何文华": ("局长", ("致辞",)), "李美玲": ("民政事务专员", ("颁奖",))}),
        ("教育局今日舉行傑出教師頒獎典禮，教育局局長梁志強擔任主禮嘉賓並致辭。典禮上，常任秘書長陳美儀主持頒獎儀式。",
         {"梁志强": ("教育局局长", ("致辞",)), "陈美仪": ("常任秘书长", ("颁奖",))}),
        # NEGATIVE: the guest hands out prizes too, alone, joined to another, or as the guests' group
        ("社會福利署今日舉行嘉許典禮，局長陳志明擔任主禮嘉賓並頒發獎項予得獎者。", {"陈志明": ("局长", ("颁奖",))}),
        ("教育局今日舉行頒獎典禮，局長梁志強擔任主禮嘉賓，致辭並頒發獎項。", {"梁志强": ("局长", ("颁奖", "致辞"))}),
        ("教育局今日舉行頒獎典禮，局長梁志強擔任主禮嘉賓並致辭，並與署長陳美儀一同頒發獎項予得獎者。",
         {"梁志强": ("局长", ("颁奖", "致辞")), "陈美仪": ("署长", ("颁奖",))}),
        ("教育局今日舉行頒獎典禮，局長梁志強擔任主禮嘉賓並致辭。主禮嘉賓其後為得獎學生頒發獎狀。署長陳美儀亦頒發獎狀。",
         {"梁志强": ("局长", ("颁奖", "致辞")), "陈美仪": ("署长", ("颁奖",))}),
    ],
)
def test_a_guest_of_honour_who_only_addresses(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县委召开常委会议。县委书记李强主持会议并讲话。\n打印本页 关闭窗口\n本报讯 市委召开全会，市委书记王刚作报告。",
         {"李强": ("县委书记", ("主持", "讲话"))}),
        ("县委召开常委会议。县委书记李强主持会议并讲话。\n【关闭】\n本报讯（记者 张三）5月6日，区委召开会议，区委书记赵明讲话。",
         {"李强": ("县委书记", ("主持", "讲话"))}),
        ("县委召开常委会议。县委书记李强主持会议并讲话。\n返回顶部\n2024-05-07 本报讯 镇党委召开会议，镇长孙丽主持。",
         {"李强": ("县委书记", ("主持", "讲话"))}),
        ("县委召开常委会议。县委书记李强主持会议并讲话。\n【打印本页】 【关闭窗口】\n镇党委召开专题会议\n5月6日，镇党委召开会议，镇长孙丽主持。",
         {"李强": ("县委书记", ("主持", "讲话"))}),
        # NEGATIVE: a footer closing the page, and no new item after the footer line
        ("县委召开常委会议。县委书记李强主持会议并讲话。\n打印本页 关闭窗口", {"李强": ("县委书记", ("主持", "讲话"))}),
    ],
)
def test_an_item_after_the_page_footer(extract, body: str, expected: dict) -> None:
    assert speakers(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市卫健委举行发布仪式，隆重发布10名“最美医生”先进事迹，并为他们颁发证书。", [("最美医生", 10, "名", "person")]),
        ("会上发布了10位“最美医生”先进事迹，并为他们颁发证书。", [("最美医生", 10, "位", "person")]),
        ("仪式上，隆重发布了8名“最美教师”的先进事迹，市领导为他们颁发了荣誉证书。", [("最美教师", 8, "名", "person")]),
        # (the release ceremony told, the certificates in another sentence or none)
        ("县退役军人事务局举办“最美退役军人”事迹发布仪式，隆重发布6名“最美退役军人”先进事迹。",
         [("最美退役军人", 6, "名", "person")]),
        ("市卫健委举行发布仪式，隆重发布10名“最美医生”先进事迹。", [("最美医生", 10, "名", "person")]),
        ("市卫健委举行发布会，发布了8位“最美护士”的典型事迹。会上，市领导为她们颁发了荣誉证书。",
         [("最美护士", 8, "位", "person")]),
        # NEGATIVE: one person's story with no count, and candidates to be voted on
        ("会上发布了张华的先进事迹。", []),
        ("会上隆重发布“最美医生”张华的先进事迹。", []),
        ("市卫健委近日发布10名“最美医生”候选人名单，接受公众投票。", []),
        ("市卫健委近日在官网发布10名“最美医生”先进事迹。", []),
        ("市卫健委举行发布仪式，发布10名“最美医生”候选人事迹，接受群众投票。", []),
        ("市卫健委举行发布仪式，隆重发布了张华的先进事迹。", []),
    ],
)
def test_deeds_released_with_an_honour(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("近年来，我市累计投入双拥经费超过3000万元。", []),
        ("多年来，县财政累计投入教育资金5亿元。", []),
        ("近五年，我县累计投入扶贫资金8000万元。", []),
        ("近年来，全市累计投入城乡环境整治资金3.2亿元。", []),
        # NEGATIVE: a stated use after the amount, money handed out at the event, a body's raising since its founding
        # (the fund named by its field is the purpose over the 用于 clause, §6 twenty-third review round)
        ("近年来，我市累计投入双拥经费3000万元，用于改善优抚对象生活。", [(30000000.0, "CNY", "双拥经费")]),
        ("近年来，市财政累计投入3000万元用于改造老旧小区。", [(30000000.0, "CNY", "改造老旧小区")]),
        ("近年来，全区累计投入乡村振兴资金2.3亿元，新建农家书屋20个。", [(230000000.0, "CNY", "乡村振兴资金")]),
        ("会上，县政府为10个村拨付乡村振兴资金500万元。", [(5000000.0, "CNY", "乡村振兴资金")]),
        ("基金会成立以来累计募集善款1.2亿元。", [(120000000.0, "CNY", None)]),
    ],
)
def test_a_places_running_total_of_spending(extract, body: str, expected: list) -> None:
    assert grants(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("国务院总理李强在京会见了印尼外长蕾特诺·马尔苏迪。李强说，双方要深化合作。蕾特诺表示，印尼愿同中方深化合作。",
         {"李强": ("国务院总理", ("讲话",)), "蕾特诺·马尔苏迪": ("印尼外长", ("讲话",))}),
        ("外交部长王毅在京会见了蒙古国外长巴特策策格·巴特蒙赫。巴特策策格表示，蒙方愿深化合作。",
         {"巴特策策格·巴特蒙赫": ("蒙古国外长", ("讲话",))}),
        # NEGATIVE: a first part shared by two dotted names stays as written; the last part keeps its reading
        ("外交部长王毅在京会见了埃及外长萨米赫·舒凯里和约旦外长萨米赫·阿卜杜拉。萨米赫表示，愿深化合作。",
         {"萨米赫": (None, ("讲话",))}),
        ("外交部长王毅在京会见了英国外交大臣詹姆斯·克莱弗利。克莱弗利表示，英方愿同中方加强对话。",
         {"詹姆斯·克莱弗利": ("英国外交大臣", ("讲话",))}),
    ],
)
def test_the_first_part_of_a_dotted_name(extract_with_model, body: str, expected: dict) -> None:
    assert speakers(extract_with_model(page(body))) == expected
