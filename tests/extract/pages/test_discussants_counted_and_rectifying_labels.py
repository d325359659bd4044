"""Date, attendee-count and award-count shapes.

GUIDELINES §3, nineteenth review round: "A count of people told taking part in the event's own sentence by
discussing (`第五期…沙龙举行，30余名青年干部围绕…展开交流`) is its attendee count, like those who 参加". Found: a
count told with 畅谈/共话 (`举办座谈会，30余名专家学者畅谈了…`) or after the group's own noun (`召开座谈会，各界代表
四十余人就…展开了讨论`) gave no count. Speakers counted (`先后发言`, `作了交流发言`) and people inside the topic keep
today's output.

GUIDELINES §3 (those present, `出席会议的有…`): a list of those present closed by 等 and a count (`参加招待会的有政府
官员、…和使节等500多人`), and a total after a group with a 的 of its own (`参加今天招待会的议员和他们的助理…共有200
多人`), gave no count.

GUIDELINES §3 and §11: "A year the text gives only for a plan (`将…2000年`, `到2025年`) … is no evidence of the
meeting's year: with no other evidence the date stays `null`." Found: on a newspaper article with no publication
date, a year opening its clause after the means a plan will use (`团中央将通过…等措施，2000年引导扶持培养…`) was
voted the meeting's year. A year of work told done (`通过…等措施，2019年全市培养了…`) keeps today's reading.

GUIDELINES §5: "blame labels (`黑旗村`, `黑榜`) are no honours". Found: households named as due to rectify
(`对20户“卫生整改户”进行了公示，限期整改`) were counted as an honour. A model of the rectifying (`环境整治示范村`) and
a plain honour of households stay.

Invented sentences only; the expected values follow corpus/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.extract.views import dated, honours, page


def _counts(record: dict) -> list[tuple[str, int | None]]:
    return [(m["name"], m["attendee_count"]) for m in record["meetings"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the counted talk it over at the event (畅谈, 共话)
        ("市侨联6日在广州举办座谈会，50余名侨界人士畅谈了家乡变化。", [("座谈会", 50)]),
        ("区委昨天举行茶话会，40多位老同志共话发展新变化。", [("茶话会", 40)]),
        # the group's noun before its count
        ("市文联5日在京召开座谈会，各界代表三十余人就文艺创作展开了讨论。", [("座谈会", 30)]),
        ("区委5日召开座谈会，青年干部20人围绕基层治理进行了交流。", [("座谈会", 20)]),
        # near misses: people inside the remarks, speakers in turn, a name, speakers counted
        ("市政府5日召开座谈会，会议指出，全市有300余名困难群众需要帮扶。", [("座谈会", None)]),
        ("区委5日召开座谈会，青年干部20人先后发言，围绕基层治理进行了交流。", [("座谈会", None)]),
        ("区委5日召开畅谈会，帮扶300余名困难群众。", [("畅谈会", None)]),
        ("市文联5日召开座谈会，会议代表12人作了交流发言。", [("座谈会", None)]),
    ],
)
def test_discussants_counted(extract, body, expected):
    assert _counts(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list of those present closed by 等 and their number
        ("昨天，市政府举行招待会。参加招待会的有外国使节、企业家和华侨代表等300多人。", [("招待会", 300)]),
        ("5月6日晚，大使在使馆举行告别招待会。出席招待会的有政府官员、议员、各界友好人士等400余人。他们当中有张三。",
         [("告别招待会", 400)]),
        # a group with a 的 of its own, then its total
        ("今天下午，议员们在国会大厦举行招待会，为大使送行。参加今天招待会的议员和他们的助理及友好人士共有200多人，"
         "其中议员50多人。", [("招待会", 200)]),
        # near misses: the total in a clause of its own after 等, names with no count
        ("昨天，市政府举行招待会。参加招待会的有外国使节、企业家和华侨代表等，共300多人。", [("招待会", None)]),
        ("昨天，市政府举行招待会。参加招待会的有外国使节张三、李四等。", [("招待会", None)]),
    ],
)
def test_present_listed_then_counted(extract, body, expected):
    assert _counts(extract(page(body))) == expected


_DATELINE = "本报北京１月７日讯记者王五报道：市长在今天召开的创业座谈会上指出，要多培养人才。据了解，"


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # the means a plan will use, then the year it reaches its aim in: no year of the meeting
        ("团市委将通过举办培训班、建立基金等措施，２０２０年培养２０００名青年创业者。", [("创业座谈会", None)]),
        ("市里将采取多项措施，２０２０年建成１０个孵化基地。", [("创业座谈会", None)]),
        ("市里将依托高校资源，２０２０年培训５０００人。", [("创业座谈会", None)]),
        # near misses: the means of work done, a plan with no means before the year's clause
        ("通过举办培训班等措施，２０１９年全市培养了２０００名青年创业者。", [("创业座谈会", "2019-01-07")]),
        ("与会者表示将继续努力，２０１９年全市培养了２０００名青年创业者。", [("创业座谈会", "2019-01-07")]),
    ],
)
def test_plan_year_after_its_means(extract, tail, expected):
    assert dated(extract(_DATELINE + tail)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # households or villages named as due to rectify: blame labels
        ("会上公布了评选结果，评选出8户“文明家庭”，并对15户“卫生整改户”进行了公示，限期整改。",
         [("文明家庭", 8, "户", None)]),
        ("会上评选出12户“美丽庭院”，并对6户“环境整治户”予以通报。", [("美丽庭院", 12, "户", None)]),
        ("会上对6个“挂牌整治村”进行了通报。", []),
        # near misses: a plain honour of households, a model of the rectifying
        ("会上评选出12户“美丽庭院”，并对6户“星级文明户”进行了表彰。",
         [("美丽庭院", 12, "户", None), ("星级文明户", 6, "户", None)]),
        ("会上评选出12户“美丽庭院”，并授予3个村“环境整治示范村”称号。",
         [("美丽庭院", 12, "户", None), ("环境整治示范村", 3, "个", "organization")]),
    ],
)
def test_rectifying_label_no_honour(extract, body, expected):
    assert honours(extract(page(body))) == expected
