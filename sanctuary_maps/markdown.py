"""Escaping data for Streamlit markdown.

st.markdown does not render raw HTML by default, but markdown syntax in a data
value (brackets, asterisks, backticks) would still change what a reader sees, or
build a link. Every data value shown through markdown goes through md().
"""

from __future__ import annotations

import html
import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(value: object) -> str:
    """Markdown-safe text: HTML-escaped, markdown punctuation backslash-escaped."""
    if value is None:
        return ""
    text = html.escape(str(value), quote=False)
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def md_link(text: object, url: str) -> str:
    """A link whose text is escaped and whose URL must be http(s) (else plain text)."""
    if not re.match(r"^https?://[^\s()<>]+$", url or ""):
        return md(text)
    return f"[{md(text)}](<{url}>)"
