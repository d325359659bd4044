"""Speakers, their title chains and roles on party-building, government, company, university and Macau pages: a named participant who `作了交流` or `作(了)典型交流` at a meeting gives an address, 发言, like
`作交流`, `作经验交流` and `交流发言` (GUIDELINES §4 synonym table: 交流发言 → 发言; nineteenth review round: `在交流时说` at a
座谈会 → 发言). An exchange with a partner named before it (`与师生作了交流`, `同企业家作交流`) is a conversation, no address
to the meeting: no 发言. Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.views import page, speakers


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("3月7日，市妇联召开座谈会。医院护理部主任董慧、社区党委书记唐晓梅分别结合自身经历作了交流。", "唐晓梅"),
        ("3月7日，市妇联召开座谈会。医院护理部主任董慧、社区党委书记唐晓梅分别结合自身经历作了交流。", "董慧"),
        ("5月6日，县委组织部召开经验交流会。会上，城关镇党委书记王海涛作了典型交流。", "王海涛"),
        ("5月6日，县委组织部召开经验交流会。会上，城关镇党委书记王海涛作典型交流。", "王海涛"),
        ("5月6日，区教育局召开推进会，实验小学校长钱晓光围绕课后服务作了交流。", "钱晓光"),
        ("6月2日，公司召开青年座谈会，技术部工程师孙一鸣、销售部经理冯丽先后作了交流。", "冯丽"),
        ("5月6日，县里召开座谈会。会上，县长王海涛向与会人员作了交流。", "王海涛"),
    ],
)
def test_exchange_told_as_an_address_is_speaking(extract, body: str, name: str) -> None:
    assert "发言" in speakers(extract(page(body))).get(name, (None, ()))[1]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # NEGATIVE: an exchange with a partner named before 交流 is a conversation, no address
        ("5月16日，文学院举办学术讲座。教授周启明作了讲座，并与师生作了交流。", "周启明"),
        ("5月16日，文学院举办学术讲座。教授周启明作了讲座。讲座后，周启明与师生作交流。", "周启明"),
        ("5月6日，县里召开座谈会。会后，县长王海涛与代表们作了交流。", "王海涛"),
        ("5月6日，县里召开座谈会。会上，县长王海涛同企业家代表作交流。", "王海涛"),
        ("5月6日，县里召开座谈会。会上，县长王海涛跟几位老党员作了交流。", "王海涛"),
    ],
)
def test_exchange_with_a_partner_is_no_address(extract, body: str, name: str) -> None:
    assert "发言" not in speakers(extract(page(body))).get(name, (None, ()))[1]
