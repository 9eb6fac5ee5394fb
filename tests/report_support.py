"""Reading `seed report` pages in tests: sections, data marks, tooltips and KPI cards.

A strict HTML reading (every unbalanced tag is recorded) shared by the report's test modules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID_TAGS = {"meta", "link", "br", "hr", "img", "input", "source", "wbr", "area", "base", "col"}
# Data marks whose <title> child is a tooltip.
MARK_TAGS = {"rect", "path", "circle"}


@dataclass
class Section:
    h2: str = ""
    svgs: int = 0
    marks: list[str] = field(default_factory=list)  # tag name of each data mark
    tips: list[str] = field(default_factory=list)  # the <title> text of each data mark
    paths: list[str] = field(default_factory=list)  # d of each line-series path
    texts: list[str] = field(default_factory=list)  # every text node, tooltips included
    # (kind, tooltip, drawn text) of each <g class="annotation KIND">: events, holidays
    annotations: list[tuple[str, str, str]] = field(default_factory=list)


class PageReader(HTMLParser):
    """Collects sections, KPI cards and external references; records every unbalanced tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.sections: dict[str, Section] = {}
        self.kpis: dict[str, str] = {}
        self.urls: list[str] = []
        self.text: list[str] = []
        self._section: Section | None = None
        self._capture: str | None = None  # "h2" or "tip" while inside one
        self._annotation: int | None = None  # the stack depth of the open annotation group

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, dict(attrs))
        if tag not in VOID_TAGS:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, dict(attrs))

    def _element(self, tag: str, attrs: dict[str, str | None]) -> None:
        for value in attrs.values():
            self.urls += re.findall(r"[a-z]+://[^\s\"')]+", value or "")
        if tag == "section" and attrs.get("id"):
            self._section = self.sections.setdefault(str(attrs["id"]), Section())
        if tag == "li" and "kpi" in (attrs.get("class") or "").split():
            self.kpis[str(attrs["id"])] = str(attrs.get("data-value"))
        section = self._section
        if section is None:
            return
        classes = (attrs.get("class") or "").split()
        if tag == "g" and "annotation" in classes:
            section.annotations.append((classes[-1], "", ""))
            self._annotation = len(self.stack) + 1  # the g is pushed after this call
        elif tag == "title" and self._annotation == len(self.stack):
            self._capture = "annotation title"
        elif tag == "text" and self._annotation is not None:
            self._capture = "annotation text"
        elif tag == "svg":
            section.svgs += 1
        elif tag == "h2":
            self._capture = "h2"
        elif "mark" in (attrs.get("class") or "").split():
            section.marks.append(tag)
            if tag == "path":
                section.paths.append(str(attrs.get("d")))
        elif tag == "title" and self.stack and self.stack[-1] in MARK_TAGS:
            self._capture = "tip"

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'} at {self.getpos()}")
            return
        self.stack.pop()
        if tag == "section":
            self._section = None
        if tag in {"h2", "title", "text"}:
            self._capture = None
        if tag == "g" and self._annotation == len(self.stack) + 1:
            self._annotation = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        self.urls += re.findall(r"[a-z]+://[^\s\"')]+", data)
        if self._section is not None:
            self._section.texts.append(data)
        if self._section is not None and self._capture == "h2":
            self._section.h2 += data
        elif self._section is not None and self._capture == "tip":
            self._section.tips.append(data)
        elif self._section is not None and self._capture in ("annotation title", "annotation text"):
            kind, title, drawn = self._section.annotations[-1]
            if self._capture == "annotation title":
                title += data
            else:
                drawn += data
            self._section.annotations[-1] = (kind, title, drawn)


def read_page(page: str) -> PageReader:
    """The whole page, read."""
    parsed = PageReader()
    parsed.feed(page)
    parsed.close()
    return parsed
