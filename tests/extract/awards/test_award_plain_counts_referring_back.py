"""Award counts: plain counts of those commended told after the honours were named (会议对先进单位和先进个人
进行了表彰，4个单位、12名个人受到表彰), each count matched to the honour of its kind; a description commended with the same
count as a prize's winners named before it (师铎奖得主共45位，…表扬45位优良教师: one conferral, the prize kept); Taiwan merits
after their holders (为5名员警记一大功); a bare 奖状 after decorations in one list (功绩奖章12名、奖状11个).  Invented
sentences; the expected values follow corpus/GUIDELINES.md §5 (a count that refers back to an honour just named counts;
merit citations count like honours; a total that is the sum of its parts is not repeated)."""

from __future__ import annotations

import pytest

from tests.extract.views import honours, page


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议对2023年度安全生产工作先进单位和先进个人进行了表彰，4个单位、12名个人受到表彰。",
         [("先进单位", 4, "个", "organization"), ("先进个人", 12, "名", "person")]),
        ("會議對2024年度先進單位和先進個人進行了表彰，6個單位、18名個人受到表彰。",
         [("先进单位", 6, "个", "organization"), ("先进个人", 18, "名", "person")]),
        ("大会对先进集体和个人进行表彰，共有7个集体、26名个人受到表彰。",
         [("先进集体", 7, "个", "organization"), ("先进个人", 26, "名", "person")]),
        ("公司召开2023年度先进集体和先进个人表彰大会，9个集体、31名个人受到表彰。",
         [("先进集体", 9, "个", "organization"), ("先进个人", 31, "名", "person")]),
        ("镇党委对“先进基层党组织”和“优秀共产党员”进行了表彰，5个党组织、21名党员受到表彰。",
         [("先进基层党组织", 5, "个", "organization"), ("优秀共产党员", 21, "名", "person")]),
        # one honour of each kind named, one count: the count takes the honour of its kind
        ("会议对先进单位和先进个人进行了表彰，14名个人受到表彰。", [("先进个人", 14, "名", "person")]),
        # one honour named: the count refers to it
        ("会上表彰了2023年度优秀共产党员，16名同志受到表彰。", [("优秀共产党员", 16, "名", "person")]),
        ("会上，县委授予王某等同志“优秀党务工作者”称号，共有11名同志受到表彰。", [("优秀党务工作者", 11, "名", "person")]),
        ("区委对全区优秀教师予以表彰。共有134名教师受到表彰。", [("优秀教师", 134, "名", "person")]),
        ("會議對優秀志工進行表揚，共有37位志工獲得表揚。", [("优秀志工", 37, "位", "person")]),
        # NEGATIVE: no honour named before the counts
        ("会议传达了上级文件精神，4个单位、12名个人受到表彰。", []),
        ("公司举行年度总结表彰大会，共有42名员工受到表彰。", []),
        ("对在抗洪抢险中表现突出的单位进行了表彰，12个单位受到表彰。", []),
        # NEGATIVE: the count is of the other kind, or of other people than the honour's holders
        ("会议对2023年度先进单位进行了表彰，12名个人受到表彰。", []),
        ("会议对先进单位进行了表彰，30名教师受到表彰。", []),
        # NEGATIVE: one count over bodies and people; a tally; a count told in another paragraph; a later conferral
        ("公司召开先进集体和先进个人表彰大会，共有42个集体和个人受到表彰。", []),
        ("近年来，先后有10个单位受到表彰。", []),
        ("会议对先进单位进行了表彰。\n共有12个单位受到表彰。", []),
        ("会议对先进单位进行了表彰，明年将有20个单位受到表彰。", []),
        # NEGATIVE: the honours counted already; the plain count after is no second record
        ("会议表彰了先进集体10个，其中5个单位受到通报表彰。", [("先进集体", 10, "个", "organization")]),
    ],
)
def test_plain_counts_refer_back_to_the_honours_named(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("本屆師鐸獎得主共45位，教育部長親自表揚45位優良教師，感謝他們長期投入教育現場。", [("师铎奖", 45, "位", "person")]),
        ("教育部今天舉行師鐸獎頒獎典禮，表揚68位優良教師。\n今年師鐸獎得主共68位。", [("师铎奖", 68, "位", "person")]),
        ("市政府举行青年五四奖章颁奖仪式，表彰了20名优秀青年。今年青年五四奖章获得者共20名。",
         [("青年五四奖章", 20, "名", "person")]),
        # NEGATIVE: another conferral told between, other counts, or each honour with its own count
        ("本届师铎奖得主共45位，教育部同时表扬45位优良教师。", [("师铎奖", 45, "位", "person"), ("优良教师", 45, "位", "person")]),
        ("今年师铎奖得主共45位，教育部表扬30位优良教师。", [("师铎奖", 45, "位", "person"), ("优良教师", 30, "位", "person")]),
        ("会上颁发青年科技奖10名，表彰优秀教师10名。", [("青年科技奖", 10, "名", "person"), ("优秀教师", 10, "名", "person")]),
    ],
)
def test_description_restating_a_prizes_winners(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("警察局为5名员警记一大功，表彰其破获重大诈骗案件。", [("记一大功", 5, "名", "person")]),
        ("警察局為3名員警各記一大功，另為12名員警記功2次。", [("记一大功", 3, "名", "person"), ("记功2次", 12, "名", "person")]),
        ("县警察局为8名员警记小功。", [("记小功", 8, "名", "person")]),
        # mainland citations after their holders keep their names without 记
        ("市公安局为12名民警记个人三等功。", [("个人三等功", 12, "名", "person")]),
        # NEGATIVE: one person's citation, no count; a past citation
        ("警方为他记一大功。", []),
        ("该局曾为5名员警记一大功。", []),
    ],
)
def test_taiwan_merits_after_their_holders(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("今年共有38個實體和個人獲頒授勳章、獎章和獎狀，其中金蓮花榮譽勳章2名、銀蓮花榮譽勳章5名、榮譽勳章8名、功績獎章12名、獎狀11個。",
         [("金莲花荣誉勋章", 2, "名", "person"), ("银莲花荣誉勋章", 5, "名", "person"), ("荣誉勋章", 8, "名", "person"),
          ("功绩奖章", 12, "名", "person"), ("奖状", 11, "个", "organization")]),
        # NEGATIVE: a bare certificate handed over, no decorations list before it
        ("为表彰先进，局里为获奖者颁发奖状11个。", []),
        ("会议评出先进集体5个，颁发奖状5个。", [("先进集体", 5, "个", "organization")]),
    ],
)
def test_bare_certificate_grade_in_a_decorations_list(extract, body: str, expected: list) -> None:
    assert honours(extract(page(body))) == expected
