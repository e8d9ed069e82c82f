"""The archive page `O/index.html` on a phone (360 px): its table of periods was 576 px
wide and the whole page scrolled sideways (WCAG 1.4.10 reflow); every other page's table
scrolls in its own box. The archive's table now sits in the same focusable, named box."""

from __future__ import annotations

import re

from itvt_lib.publishing.pages import write_archive


def test_the_archive_table_is_in_a_scrolling_box(tmp_path):
    page = write_archive(tmp_path).read_text(encoding="utf-8")
    result = re.search(r'<div class="itvt-scroll" tabindex="0" role="region" '
                       r'aria-label="Publicerade rapporter">\s*<table[^>]*itvt-archive.*?'
                       r"</table>\s*</div>", page, re.S)
    assert result is not None
