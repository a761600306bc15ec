"""readability-lxml (Debian python3-readability) on every DIR/*.html: prints {"<id>": {"articleBody": ...}}
on stdout and its speed on stderr. One thread; files read first; one timed pass (lxml parse included).
Run with /usr/bin/python3, where the Debian package lives."""
import json
import os
import re
import sys
import time

import lxml.html
from readability import Document

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td", "br",
          "ul", "ol", "table", "section", "article", "figure", "figcaption", "dd", "dt"}


def text(summary_html):
    """Text with a line break around every block, so that adjacent paragraphs do not run together."""
    tree = lxml.html.fromstring(summary_html)
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCKS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = (line.strip() for line in re.split(r"\n\s*", tree.text_content()))
    return "\n\n".join(line for line in lines if line)


def extract(html):
    try:
        return text(Document(html).summary(html_partial=True))
    except Exception:  # a failing page scores zero, as for any extractor
        return ""


def main(directory):
    pages = []
    for name in sorted(os.listdir(directory)):
        if name.endswith(".html"):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                pages.append((name[:-5], f.read()))
    wall, cpu = time.perf_counter(), time.process_time()
    result = {page_id: {"articleBody": extract(html)} for page_id, html in pages}
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stderr.write(f"readability-lxml: {len(pages)} pages, {len(pages) / cpu:.1f} pages/s by CPU time, "
                     f"{len(pages) / wall:.1f} pages/s by wall clock\n")


if __name__ == "__main__":
    main(sys.argv[1])
