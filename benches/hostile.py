#!/usr/bin/env python3
"""Writes the hostile raci.toml shapes of the cost measurements, each a few MB.

usage: benches/hostile.py DIR

- long-numbers: a heading numbered with 36,000 digits and a row naming another such
  number, 72 KB (an edit-distance table between the two would need about 10 GB).
- undefined-heading: rows naming undefined headings of 70,000 characters (suggestions
  would compare each against every heading number).
- many-errors: 40,000 rows with invalid ids, one error each (positions for every error).
- renamed-parties: 64 parties, and 10,000 rows whose cells name 64 other parties.
- one-line: 20,000 activities written as inline tables on a single line of the file.
- amplified: 64 parties named with 16,000 characters, 5,000 rows: every row's docs repeat
  every party name, so the generated files would be about 10 GB.
Then time each with: cargo run --release -p raci-codegen --example generate -- FILE 1
"""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
HEAD = '''[matrix]
title = "Hostile"
source = "https://example.com"
last-updated = 2024-01-01
legend-header = "Roles"
activity-header = "Activity"
'''
ROLES = ''.join(f'[[roles]]\nletter = "{l}"\nname = "{n}"\ndescription = "{n}"\n\n'
                for l, n in [("R", "Responsible"), ("A", "Accountable")])


def parties(n):
    return ''.join(f'[[parties]]\nid = "party-{i}"\nname = "Party {i}"\n\n' for i in range(n))


def headings(n):
    return ''.join(f'[[headings]]\nnumber = "{i + 1}"\nid = "h{i}"\ntitle = "H"\n\n' for i in range(n))


def write(name, text):
    with open(os.path.join(out, name + '.toml'), 'w') as f:
        f.write(text)
    print(f'{name}.toml: {len(text.encode()) / 1e6:.1f} MB')


write('long-numbers', HEAD + parties(2) + ROLES + headings(1)
      + f'[[headings]]\nnumber = "2{"1" * 36_000}"\nid = "long"\ntitle = "Long"\n\n'
      + f'[[activities]]\nid = "a"\nheading = "2{"1" * 35_999}2"\ntext = "T"\n'
      + 'cells = { party-0 = "RA", party-1 = "" }\n')
long = '1.' + '1' * 70_000
write('undefined-heading', HEAD + parties(2) + ROLES + headings(1000) + ''.join(
    f'[[activities]]\nid = "a{i}"\nheading = "{long if i % 2 else str(i % 997 + 2000)}"\n'
    f'text = "T"\ncells = {{ party-0 = "RA", party-1 = "" }}\n\n' for i in range(60)))
write('many-errors', HEAD + parties(2) + ROLES + headings(1) + ''.join(
    f'[[activities]]\nid = "Bad_{i}"\nheading = "1"\ntext = "Text {i} of the row"\n'
    f'cells = {{ party-0 = "RA", party-1 = "" }}\n\n' for i in range(40_000)))
cells = ', '.join(f'renamed-{i} = "R"' for i in range(64))
write('renamed-parties', HEAD + parties(64) + ROLES + headings(1) + ''.join(
    f'[[activities]]\nid = "a{i}"\nheading = "1"\ntext = "T"\ncells = {{ {cells} }}\n\n'
    for i in range(6_000)))
# Top-level keys come before the first table, so the one long line opens the file.
write('one-line', 'activities = [' + ', '.join(
    f'{{ id = "Bad_{i}", heading = "1", text = "T", cells = {{ party-0 = "RA", party-1 = "" }} }}'
    for i in range(20_000)) + ']\n' + HEAD + parties(2) + ROLES + headings(1))
names = ''.join(f'[[parties]]\nid = "party-{i}"\nname = "{"n" * 16_000} {i}"\n\n' for i in range(64))
cells = ', '.join(f'party-{i} = "{"RA" if i == 0 else ""}"' for i in range(64))
write('amplified', HEAD + names + ROLES + headings(1) + ''.join(
    f'[[activities]]\nid = "a{i}"\nheading = "1"\ntext = "T"\ncells = {{ {cells} }}\n\n'
    for i in range(5_000)))
