#!/usr/bin/env python3
"""Reads the tool's exports with readers no one here wrote, and fails if one reads wrong.

- OSCAL: the component definition and the catalog load into compliance-trestle's OSCAL
  1.1.x models (pydantic, generated from NIST's schemas), which check every field's type,
  pattern and required keys; every control the component names is in the catalog, every
  role it names is defined, every UUID is unique, and two runs give the same bytes.
- The workbook: openpyxl reads it; the sheets are "Accountable" and one per product; the
  Accountable sheet has a row per activity; every product sheet's cells equal the tool's
  CSV of the matrix (cells as written), row for row.
- The ownership sheet: one value per activity, from the model's three.
- The HTML page, in headless Chromium at a 400 px screen: no element wider than the screen
  but inside the tables' scroll boxes; every product's section present; the overview's
  filter by party and role shows exactly the rows where that party holds that role; and a
  page of the hostile corpus's texts shows each text verbatim, with no element but the
  page's own.

    python3 .ci/exports.py target/debug/raci        # after `cargo build -p ovhcloud-raci-cli`

Installs what it needs in a virtual environment under target/ (compliance-trestle 3.12,
the last release for OSCAL 1.1; openpyxl), as .ci/docs-in-browser.py installs Chromium.
"""
import csv
import io
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import venv

from chromium import dump

ROOT = pathlib.Path(__file__).resolve().parent.parent
ENV = ROOT / "target" / "exports-venv"
PACKAGES = ["compliance-trestle==3.12.4", "openpyxl==3.1.5"]


def ensure_env() -> pathlib.Path:
    python = ENV / "bin" / "python"
    if not (ENV / ".installed").exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(ENV)
        subprocess.run([python, "-m", "pip", "install", "-q", *PACKAGES], check=True)
        (ENV / ".installed").write_text("\n".join(PACKAGES))
    return python


# Runs inside the virtual environment: reads the exports and prints one JSON line.
READER = r'''
import json, sys, collections
from trestle.oscal.component import ComponentDefinition
from trestle.oscal.catalog import Catalog
import openpyxl

out = {}
cd = ComponentDefinition.oscal_read(__import__("pathlib").Path(sys.argv[1]))
cat = Catalog.oscal_read(__import__("pathlib").Path(sys.argv[2]))
controls = set()
def walk(groups):
    for g in groups or []:
        for c in g.controls or []:
            controls.add(c.id)
        walk(g.groups)
walk(cat.groups)
roles = {r.id for r in cd.metadata.roles}
reqs = [r for c in cd.components for ci in c.control_implementations for r in ci.implemented_requirements]
uuids = [cd.uuid] + [c.uuid for c in cd.components] + [ci.uuid for c in cd.components for ci in c.control_implementations] + [r.uuid for r in reqs]
out["components"] = [c.title for c in cd.components]
out["types"] = sorted({c.type for c in cd.components})
out["requirements"] = len(reqs)
out["controls"] = len(controls)
out["missing_controls"] = sorted({r.control_id for r in reqs} - controls)[:5]
out["undefined_roles"] = sorted({rr.role_id for r in reqs for rr in (r.responsible_roles or [])} - roles)
out["duplicate_uuids"] = len(uuids) - len(set(uuids))
out["oscal_version"] = cd.metadata.oscal_version.__root__ if hasattr(cd.metadata.oscal_version, "__root__") else str(cd.metadata.oscal_version)
out["raci_props"] = sum(1 for r in reqs for rr in (r.responsible_roles or []) for p in (rr.props or []) if p.name == "raci")

wb = openpyxl.load_workbook(sys.argv[3])
out["sheets"] = wb.sheetnames
out["formulas"] = sum(1 for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f")
def cells(ws):
    return [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
out["workbook"] = {name: cells(wb[name]) for name in wb.sheetnames}
print(json.dumps(out))
'''


def raci(tool, *args) -> str:
    return subprocess.run([tool, *args], check=True, capture_output=True, text=True).stdout


def check_oscal_and_workbook(tool: str, python: pathlib.Path, work: pathlib.Path, failures: list) -> None:
    products = json.loads(raci(tool, "products", "--format", "json"))
    ids = [p["id"] for p in products]
    rows = sum(p["rows"] for p in products)
    cd, cat, xlsx = work / "component.json", work / "ovhcloud-raci-catalog.json", work / "m.xlsx"
    raci(tool, "export", "oscal", "--output", str(cd))
    raci(tool, "export", "oscal-catalog", "--output", str(cat))
    raci(tool, "export", "xlsx", "--output", str(xlsx))
    # The same matrices give the same bytes.
    for kind, path in [("oscal", cd), ("oscal-catalog", cat)]:
        if raci(tool, "export", kind) != path.read_text():
            failures.append(f"export {kind}: two runs differ")
    again = work / "again.xlsx"
    raci(tool, "export", "xlsx", "--output", str(again))
    if again.read_bytes() != xlsx.read_bytes():
        failures.append("export xlsx: two runs differ")
    read = json.loads(subprocess.run([python, "-c", READER, cd, cat, xlsx], check=True,
                                     capture_output=True, text=True).stdout)
    print(f"OSCAL: {len(read['components'])} components ({read['types']}), "
          f"{read['requirements']} requirements, {read['controls']} controls, "
          f"{read['raci_props']} raci props, oscal-version {read['oscal_version']}")
    expect = {"components": len(ids), "requirements": rows, "controls": rows,
              "duplicate_uuids": 0, "missing_controls": [], "undefined_roles": [],
              "types": ["service"], "oscal_version": "1.1.2"}
    for key, value in expect.items():
        got = read[key] if key != "components" else len(read[key])
        if got != value:
            failures.append(f"OSCAL {key}: {got!r}, expected {value!r}")
    # The workbook, against the tool's CSV of each matrix.
    if read["formulas"]:
        failures.append(f"workbook: {read['formulas']} cells are formulas; every text is a string")
    # A sheet name holds at most 31 characters: each product's is its id's first 31, and the
    # sheet writes the whole id above its table.
    if read["sheets"] != ["Accountable", *[pid[:31] for pid in ids]]:
        failures.append(f"workbook sheets: {read['sheets']}")
    book = read["workbook"]
    if len(book.get("Accountable", [])) != rows + 1:
        failures.append(f"Accountable sheet: {len(book.get('Accountable', []))} rows for {rows} activities")
    compared = 0
    for pid in ids:
        sheet = book.get(pid[:31], [])
        if len(sheet) < 5 or sheet[4][0] != f"Product: {pid}":
            failures.append(f"sheet {pid[:31]}: does not name its product {pid}")
        header = sheet[5] if len(sheet) > 5 else []
        listing = list(csv.reader(io.StringIO(raci(tool, "list", "--product", pid, "--format", "csv"))))
        parties = listing[0][5:]
        activity_rows = [r for r in sheet[6:] if r[1]]
        if len(activity_rows) != len(listing) - 1:
            failures.append(f"sheet {pid}: {len(activity_rows)} activity rows, the matrix has {len(listing) - 1}")
            continue
        text_col = header.index(header[-2 - len(parties)]) if header else 0
        for got, want in zip(activity_rows, listing[1:]):
            expected = {"number": want[1], "id": want[3], "text": want[4], "cells": want[5:]}
            actual = {"number": got[0], "id": got[1], "text": got[text_col],
                      "cells": got[text_col + 1:text_col + 1 + len(parties)]}
            if actual != expected:
                failures.append(f"sheet {pid}, {want[3]}: {actual} != {expected}")
                break
            compared += 1
    print(f"workbook: {len(read['sheets'])} sheets, {compared} activity rows equal to the library's")


WRAPPER = """<!doctype html><html><body style="margin:0">
<iframe id="f" src="{src}" style="width:{width}px;height:900px;border:0"></iframe>
<pre id="result">pending</pre>
<script>
document.getElementById('f').addEventListener('load', () => {{
  const d = document.getElementById('f').contentDocument;
  const view = d.documentElement.clientWidth;
  const wide = [];
  for (const e of d.body.querySelectorAll('*')) {{
    if (e.closest('.scroll')) continue;
    const r = e.getBoundingClientRect();
    if (r.right > view + 1) wide.push(e.tagName + ' ' + (e.id || e.className));
  }}
  const visible = () => [...d.querySelectorAll('#overview tr.row')].filter(r => r.offsetParent !== null).length;
  const counts = {{all: visible()}};
  for (const [p, r] of {pairs}) {{
    d.getElementById('p-' + p).checked = true;
    d.getElementById('r-' + r).checked = true;
    counts[p + '-' + r] = visible();
  }}
  const tags = [...new Set([...d.body.querySelectorAll('*')].map(e => e.tagName))].sort();
  document.getElementById('result').textContent = 'RESULT ' + JSON.stringify({{
    wide: wide.slice(0, 5), page: d.documentElement.scrollWidth, view: view, counts: counts,
    sections: [...d.querySelectorAll('section')].map(s => s.id), tags: tags,
    text: d.body.innerText}});
}});
</script></body></html>"""

def in_browser(page: pathlib.Path, width: int, pairs) -> dict:
    wrapper = page.with_name(f"wrapper-{page.stem}.html")
    wrapper.write_text(WRAPPER.format(src=page.name, width=width, pairs=json.dumps(pairs)))
    out = dump(wrapper, width, budget_ms=15000)
    match = re.search(r"RESULT (\{.*\})</pre>", out, re.S)
    if not match:
        sys.exit(f"{page}: the page did not load in Chromium")
    import html
    return json.loads(html.unescape(match.group(1)))


def check_html(tool: str, work: pathlib.Path, hostile_example: list, failures: list) -> None:
    page = work / "matrices.html"
    raci(tool, "export", "html", "--output", str(page))
    products = [p["id"] for p in json.loads(raci(tool, "products", "--format", "json"))]
    listing = []
    for pid in products:
        rows = list(csv.reader(io.StringIO(raci(tool, "list", "--product", pid, "--format", "csv"))))
        listing = listing or rows[:1]
        listing.extend(rows[1:])
    parties = listing[0][5:]
    pairs = [[p, r] for p in parties for r in "RACI"] + [["any", "A"], [parties[0], "any"]]
    seen = in_browser(page, 400, pairs)
    print(f"HTML at 400px: page {seen['page']}px wide in a {seen['view']}px view, "
          f"{len(seen['sections'])} sections, {seen['counts']['all']} rows in the overview")
    if seen["wide"] or seen["page"] > seen["view"] + 1:
        failures.append(f"HTML at 400px: wider than the screen outside the tables: {seen['wide']}")
    if seen["sections"] != ["overview", *products]:
        failures.append(f"HTML sections: {seen['sections']}")
    if seen["counts"]["all"] != len(listing) - 1:
        failures.append(f"HTML overview: {seen['counts']['all']} rows of {len(listing) - 1}")
    for p, r in pairs:
        col = [i for i, name in enumerate(listing[0]) if name == p]
        want = sum(1 for row in listing[1:]
                   if any((r == "any" and row[i]) or (r != "any" and r in row[i])
                          for i in (col or range(5, len(listing[0])))))
        if seen["counts"][f"{p}-{r}"] != want:
            failures.append(f"HTML filter {p} {r}: {seen['counts'][f'{p}-{r}']} rows shown, {want} hold it")
    # The hostile texts: verbatim, and no element the page does not make itself.
    hostile_page, texts = hostile_example
    seen = in_browser(hostile_page, 400, [])
    # The browser folds runs of white space; compare with both folded alike.
    fold = lambda s: " ".join(s.split())
    shown = fold(seen["text"])
    missing = [t for t in texts if fold(t) not in shown]
    foreign = set(seen["tags"]) - {"A", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "INPUT", "LABEL",
                                    "NAV", "P", "SECTION", "TABLE", "TBODY", "TD", "TH", "THEAD", "TR"}
    print(f"HTML of the hostile texts: {len(texts) - len(missing)} of {len(texts)} shown verbatim, "
          f"elements {seen['tags']}")
    if missing:
        failures.append(f"hostile texts not shown verbatim: {missing[:3]!r}")
    if foreign:
        failures.append(f"hostile texts made elements: {sorted(foreign)}")


def main() -> None:
    tool = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target/debug/raci")
    hostile = sys.argv[2] if len(sys.argv) > 2 else None
    python = ensure_env()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        check_oscal_and_workbook(tool, python, work, failures)
        ownership = json.loads(raci(tool, "export", "ownership", "--format", "json"))
        values = {o["ownership"] for o in ownership}
        print(f"ownership: {len(ownership)} activities, values {sorted(v or '' for v in values)}")
        if not values <= {"CSP-owned", "CSC-owned", "Shared CSP and CSC", None}:
            failures.append(f"ownership values: {values}")
        texts = json.loads(pathlib.Path(hostile).with_suffix(".json").read_text()) if hostile else []
        check_html(tool, work, (pathlib.Path(hostile), texts), failures)
    for f in failures:
        print("error:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
