#!/usr/bin/env python3
"""Reads the crate's rustdoc pages in headless Chromium, as a user would, and fails if one
reads wrong: at a desktop width no `<pre>` of the crate root is wider than its box (the
sample compiler errors must show their key words), and at a narrow width no page is wider
than the screen (code blocks may scroll inside themselves; the page must not).

    python3 .ci/docs-in-browser.py target/doc     # after `cargo doc --all-features`

Needs /usr/bin/chromium (Debian's package `chromium`).
"""
import json
import pathlib
import re
import sys

from chromium import dump

# Runs in a page that frames the doc page at the given width, once both have loaded; writes
# its findings into the wrapper's DOM, which Chromium dumps.
WRAPPER = """<!doctype html><html><body style="margin:0">
<iframe id="f" src="{src}" style="width:{width}px;height:900px;border:0"></iframe>
<pre id="result">pending</pre>
<script>
document.getElementById('f').addEventListener('load', () => {{
  const d = document.getElementById('f').contentDocument;
  const wide = [];
  for (const pre of d.querySelectorAll('.docblock pre')) {{
    if (pre.scrollWidth > pre.clientWidth + 1) wide.push(pre.innerText.slice(0, 80));
  }}
  const page = d.documentElement.scrollWidth;
  const view = d.documentElement.clientWidth;
  document.getElementById('result').textContent =
    'RESULT ' + JSON.stringify({{wide: wide, page: page, view: view, pres: d.querySelectorAll('.docblock pre').length}});
}});
</script></body></html>"""


def measure(doc: pathlib.Path, page: str, width: int) -> dict:
    wrapper = doc / f"browser-check-{width}.html"
    wrapper.write_text(WRAPPER.format(src=page, width=width))
    out = dump(wrapper, width)
    match = re.search(r"RESULT (\{.*?\})</pre>", out.replace("&quot;", '"'))
    if not match:
        sys.exit(f"{page} at {width}px: the page did not load in Chromium")
    return json.loads(match.group(1))


def main() -> None:
    doc = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/doc")
    crate = doc / "ovhcloud_raci"
    failures = []
    root = measure(doc, "ovhcloud_raci/index.html", 1280)
    print(f"crate root at 1280px: {root['pres']} code blocks, {len(root['wide'])} too wide")
    if root["pres"] < 5:
        failures.append("the crate root has fewer code blocks than it should: did it render?")
    for text in root["wide"]:
        failures.append(f"crate root at 1280px: a <pre> is wider than its box: {text!r}")
    pages = ["ovhcloud_raci/index.html"] + [
        f"ovhcloud_raci/{p.relative_to(crate)}"
        for p in [crate / "dedicated_servers/index.html", crate / "sap_on_ovhcloud/index.html",
                  crate / "dedicated_servers/enum.Activity.html", crate / "enum.Product.html"]
        if p.exists()
    ]
    for page in pages:
        narrow = measure(doc, page, 400)
        print(f"{page} at 400px: page {narrow['page']}px wide in a {narrow['view']}px view")
        if narrow["page"] > narrow["view"] + 1:
            failures.append(f"{page} at 400px: the page is {narrow['page']}px wide, wider than the screen")
    for f in failures:
        print("error:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
