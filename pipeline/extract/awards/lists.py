"""Lists of holders: rows under a heading, sections closed by a count, rows joined on one line."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.extract.awards.patterns import (
    _BODY_LINE,
    _CONFERRED_IN,
    _DATELINE_ROW,
    _HEADING_COLON,
    _LIST_NOT_CONFERRED,
    _QUOTE_CLOSE,
    _REWARD_GIVEN,
    _SPLIT_ROW_HONOR,
    _TABLE_HEADER,
    _TABLE_HOLDERS_CELL,
    _TABLE_ROW,
    _TABLE_ROW_NUMBER,
    LIST_ROWS_MAX,
)
from pipeline.extract.common import (
    Sentence,
)

# The characters a line read by _SPLIT_ROW_HONOR can end with, besides a Han character and spaces: its closing marks and
# colons.
_HEADING_ENDS = f"{_QUOTE_CLOSE}】：:"


def _opens_line(text: str, start: int) -> bool:
    """Whether ``start`` opens a line of ``text``: it is the text's start, or only the indentation of a paragraph stands
    between the line break before it and it (　　巾帼文明岗　　5个: real pages indent each line of a list as they indent
    their paragraphs, and the sentences start after the spaces)."""
    line_start = text.rfind("\n", 0, start) + 1
    return line_start == start or text[line_start:start].strip(" \t\u3000") == ""


class AwardLists:
    """Lists of holders: rows under a heading, sections closed by a count, rows joined on one line: readings of AwardExtractor, whose ``__init__`` sets up the patterns they use."""

    def _split_row_above(self, text: str, start: int, end: int) -> int | None:
        """The start of the honour's line when the line ``text[start:end]`` is only a count and the line above it only an
        honour (优秀医师 / 30名): a list row broken in two; else None."""
        if start < 2 or not self.count_only_line.match(text, start, end):
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        return above if _SPLIT_ROW_HONOR.match(text, above, start - 1) else None

    def _split_rows_joined(self, text: str, sentences: list[Sentence]) -> tuple[list[Sentence], set[int]]:
        """``sentences`` with each list row broken in two (a line that is only an honour, the next line only its count:
        先进集体 / （5个）, 一等奖 / 三名) read as one line, the break written as a space (same length: offsets into the
        clean text hold), and each section of a list closed by its count read as one row (:meth:`_closed_section`);
        with the starts of those sections."""
        closed: set[int] = set()
        if "\n" not in text:
            return sentences, closed
        joined: list[Sentence] = []
        i = 0
        while i < len(sentences):
            a = sentences[i]
            if a.start and not _opens_line(text, a.start):
                # (a sentence inside a paragraph, most of them: neither a row broken in two nor a section's heading, both
                # of which open a line; tested once here, before the slices and counts of either)
                joined.append(a)
                i += 1
                continue
            b = sentences[i + 1] if i + 1 < len(sentences) else None
            if b is not None and text.count("\n", a.end, b.start) == 1 and not text[a.end : b.start].strip() \
                    and _opens_line(text, a.start) and (b.end == len(text) or text[b.end] == "\n") \
                    and _SPLIT_ROW_HONOR.match(a.text) and self.count_only_line.match(b.text):
                joined.append(Sentence(a.start, b.end, a.text + " " * (b.start - a.end) + b.text))
                i += 2
                continue
            c = sentences[i + 2] if i + 2 < len(sentences) else None
            if b is not None and c is not None and self._table_row_broken(text, a, b, c):
                # (江州市五一劳动奖状 / 市人民医院等 / 6个: a flattened table's row, its holders' cell between honour and count,
                # read as one line with the holders written as spaces, §5 twenty-second review round)
                joined.append(Sentence(a.start, c.end, a.text + " " * (c.start - a.end) + c.text))
                i += 3
                continue
            section = self._closed_section(text, sentences, i)
            if section is not None:
                joined.append(section[0])
                closed.add(a.start)
                i = section[1]
                continue
            joined.append(a)
            i += 1
        return joined, closed

    def _table_row_above(self, text: str, start: int, end: int) -> int | None:
        """The start of the honour's line when the line ``text[start:end]`` is only a count, the line above it a holders'
        cell closed by 等 and the line above that only an honour (江州市五一劳动奖状 / 市人民医院等 / 6个): a flattened
        table's row; else None."""
        if start < 2 or not self.count_only_line.match(text, start, end):
            return None
        holders = text.rfind("\n", 0, start - 1) + 1
        if holders < 2 or not _TABLE_HOLDERS_CELL.match(text, holders, start - 1):
            return None
        above = text.rfind("\n", 0, holders - 1) + 1
        return above if _SPLIT_ROW_HONOR.match(text, above, holders - 1) else None

    def _table_row_broken(self, text: str, a: Sentence, b: Sentence, c: Sentence) -> bool:
        """The sentences ``a``, ``b``, ``c`` are three lines of their own, one after the other: an honour, its holders
        named and closed by 等 (市人民医院等), then only a count (6个): a row of a table flattened one cell a line."""
        if text.count("\n", a.end, b.start) != 1 or text.count("\n", b.end, c.start) != 1 \
                or text[a.end : b.start].strip() or text[b.end : c.start].strip():
            return False
        if a.start and not _opens_line(text, a.start) or c.end < len(text) and text[c.end] != "\n":
            return False
        return _SPLIT_ROW_HONOR.match(a.text) is not None and _TABLE_HOLDERS_CELL.match(b.text) is not None \
            and self.count_only_line.match(c.text) is not None

    def _closed_section(self, text: str, sentences: list[Sentence], i: int) -> tuple[Sentence, int] | None:
        """A section of a list whose count closes it (一、先进集体 / 办公室、财务科、人事科 / 共10个): the heading line
        ``sentences[i]`` only an honour, then lines of names with no count and no sentence closed in them, then a
        line ending in the section's count (a line of its own or the last line of names, …等，共10个). Read as one
        line of an honour and its count (先进集体：…10个: the names and 共 written as spaces, same length, so offsets
        into the clean text hold), with the index of the sentence after it; else None."""
        a = sentences[i]
        if a.start and not _opens_line(text, a.start):
            return None
        # (先进集体：办公室、财务部…等10个单位: the heading, the names and the count closing them on one line)
        colon = _HEADING_COLON.search(a.text) if a.end == len(text) or text[a.end] == "\n" else None
        if colon is not None:
            head = a.text[: colon.start()]
            named = _SPLIT_ROW_HONOR.match(head)
            closing = self.closing_count.match(a.text, colon.end())
            if named is not None and closing is not None and "等" in a.text[colon.end() : closing.start("count")] \
                    and self._honor_like(named["honor"]):
                at = closing.start("count")
                view = head + "：" + " " * (at - len(head) - 1) + closing["count"]
                return Sentence(a.start, a.end, view.ljust(len(a.text))), i + 1
        # (every match of _SPLIT_ROW_HONOR runs to the line's end, its last character before spaces (``\\s`` being
        # ``str.isspace``) a Han one of the honour, a closing mark or a colon: a line ending otherwise, 。 most often, is no
        # heading, told without trying the pattern's lengths of honour)
        last = a.text.rstrip()[-1:]
        if not ("\u4e00" <= last <= "\u9fff" or last in _HEADING_ENDS):
            return None
        heading = _SPLIT_ROW_HONOR.match(a.text)
        if heading is None or not self._honor_like(heading["honor"]):
            return None
        for j in range(i + 1, min(len(sentences), i + 1 + LIST_ROWS_MAX)):
            b = sentences[j]
            if not _opens_line(text, b.start) or (b.end < len(text) and text[b.end] != "\n") or _BODY_LINE.search(b.text):
                return None  # (a paragraph, not a list's line)
            closing = self.closing_count.match(b.text)
            if closing is not None:
                head = a.text.rstrip().rstrip("：:")
                at = b.start - a.start + closing.start("count")
                view = head + "：" + " " * (at - len(head) - 1) + closing["count"]
                return Sentence(a.start, b.end, view.ljust(b.end - a.start)), j + 1
            if self.count_only_line.search(b.text) or (
                    (name := _SPLIT_ROW_HONOR.match(b.text)) is not None and self._honor_like(name["honor"])):
                return None  # (another count or the next section's heading: this section has no count of its own)
        return None

    def _list_introduced(self, doc: Document, sentence: Sentence) -> bool:
        """The line ``sentence`` is a row of a list of honours and counts that a line conferring them introduces
        (表彰名单如下： / 大会表彰了： / …表彰大会召开。 above it, only such rows or a table's header between), and every
        counted row of that list names an honour (not a table of other things counted: 参赛人数 | 120名)."""
        text = doc.clean_text
        if sentence.start > 0 and not _opens_line(text, sentence.start):
            return False  # (a sentence inside a paragraph, not a line of its own)
        rows_end = text.find("\n", sentence.start)
        for row in text[sentence.start : len(text) if rows_end < 0 else rows_end], *self._rows_after(text, rows_end):
            listed = self._list_row(row)
            if listed is None:
                break  # (the list ends)
            if listed is False:
                return False
        end = text.rfind("\n", 0, sentence.start)  # (the break before the row's line, its indentation passed over)
        for _ in range(LIST_ROWS_MAX):
            if end < 0:
                return False
            start = text.rfind("\n", 0, end) + 1
            row = self._list_row(text[start:end])
            # (江州市五一劳动奖状 / 市人民医院等 / 6个 above: a flattened table's row, its holders' cell between; tried
            # first, as the holders' cell read as a row's honour would end the list: 王建国等 is no honour)
            cell = self._table_row_above(text, start, end) if row is None else None
            above = self._split_row_above(text, start, end) if row is None and cell is None else None
            if cell is not None:
                row = self._honor_like(_SPLIT_ROW_HONOR.match(text, cell, text.find("\n", cell))["honor"])
                start = cell
            elif above is not None:
                # (一等奖 / 三名 above: a row broken in two, its honour on the line above the count)
                row = self._honor_like(_SPLIT_ROW_HONOR.match(text, above, start - 1)["honor"])
                start = above
            if row is None and _TABLE_ROW_NUMBER.match(text, start, end):
                end = start - 1  # (序号 / 1 / 优秀共产党员 / 15名: a flattened table's row number, no line of a count)
                continue
            if row is None:
                intro = text[start:end]
                if not intro.strip() and start > 0:
                    end = start - 1  # (…表彰了一批先进典型： / (blank) / 好婆婆  10名: a paragraph break, no line of its own)
                    continue
                if _DATELINE_ROW.match(intro) and start > 0:
                    end = start - 1  # (区委“两优一先”表彰名单 / 2024-06-30 来源：… / | 先进基层党组织 | 20个 |: the headline above its dateline)
                    continue
                return (_CONFERRED_IN.search(intro) is not None or _REWARD_GIVEN.search(intro) is not None) \
                    and _LIST_NOT_CONFERRED.search(intro) is None
            if row is False:
                return False  # (参赛人数 | 120名 above: a table of other things)
            end = start - 1
        return False

    @staticmethod
    def _rows_after(text: str, end: int) -> list[str]:
        """The lines after the offset ``end`` (a line break) up to LIST_ROWS_MAX of them."""
        rows: list[str] = []
        while end >= 0 and len(rows) < LIST_ROWS_MAX:
            nxt = text.find("\n", end + 1)
            rows.append(text[end + 1 : len(text) if nxt < 0 else nxt])
            end = nxt
        return rows

    def _list_row(self, line: str) -> bool | None:
        """A line of a list of honours and counts: True for a row naming an honour (优秀教师 120名) or a table's header
        or rule (| 奖项 | 数量 |); False for a counted row naming no honour (参赛人数 | 120名); None for another line."""
        row = self.list_line.match(line) or self.line_count.match(line)
        if row is not None:
            return self._row_honour(row["honor"])
        return True if _TABLE_ROW.match(line) or _TABLE_HEADER.match(line) else None
