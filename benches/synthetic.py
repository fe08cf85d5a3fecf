#!/usr/bin/env python3
"""Writes a synthetic raci.toml with N activities, for the scale measurements.

usage: benches/synthetic.py N > raci.toml

Three parties, the RACI legend, 20 rows a section, five sections a chapter; every row has
exactly one Accountable and at least one Responsible party, so the matrix is valid.
"""
import random
import sys

n = int(sys.argv[1])
rng = random.Random(n)  # deterministic for a given size
out = ['''[matrix]
title = "Synthetic matrix"
source = "https://example.com/synthetic"
last-updated = 2024-02-29
legend-header = "Roles"
activity-header = "Activity"
''']
parties = ["customer", "provider", "auditor"]
for p in parties:
    out.append(f'[[parties]]\nid = "{p}"\nname = "{p.title()}"\n')
for letter, name in [("R", "Responsible"), ("A", "Accountable"), ("C", "Consulted"), ("I", "Informed")]:
    out.append(f'[[roles]]\nletter = "{letter}"\nname = "{name}"\ndescription = "{name} for the activity"\n')
section = None
for i in range(n):
    chapter, row = divmod(i, 100)
    sec = row // 20
    if row == 0:
        out.append(f'[[headings]]\nnumber = "{chapter + 1}"\nid = "chapter-{chapter + 1}"\ntitle = "Chapter {chapter + 1}"\n')
    if row % 20 == 0:
        section = f"{chapter + 1}.{sec + 1}"
        out.append(f'[[headings]]\nnumber = "{section}"\nid = "section-{chapter + 1}-{sec + 1}"\ntitle = "Section {section}"\n')
    accountable = rng.randrange(3)
    cells = []
    for p in range(3):
        letters = ""
        if p == accountable or rng.random() < 0.3:
            letters += "R"
        if p == accountable:
            letters += "A"
        if rng.random() < 0.2:
            letters += "C"
        if rng.random() < 0.4:
            letters += "I"
        cells.append(f'{parties[p]} = "{letters}"')
    words = " ".join(rng.choice(["manage", "deploy", "monitor", "patch", "the", "servers", "backups", "network", "access", "logs"]) for _ in range(6))
    out.append(f'[[activities]]\nid = "activity-{i}"\nheading = "{section}"\ntext = "{words.capitalize()} ({i})"\ncells = {{ {", ".join(cells)} }}\n')
sys.stdout.write("\n".join(out))
