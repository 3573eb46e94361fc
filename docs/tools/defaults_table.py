#!/usr/bin/env python3
"""Prints a model's defaults as the Markdown table docs/MODELS.md uses, from `scalesim describe`.

Usage (from the repository root): python3 docs/tools/defaults_table.py MODEL
"""
import re, subprocess, sys
def table(model):
    out = subprocess.run(['./scalesim', 'describe', model],capture_output=True,text=True).stdout
    lines = out.split('\n')
    start = next(i for i,l in enumerate(lines) if l.startswith('Parameters'))
    end = next(i for i,l in enumerate(lines) if l.startswith('Challenges'))
    rows=[]; cur=None
    for l in lines[start+1:end]:
        m = re.match(r'^  (\S+)  \[(.*)\]$', l)
        if m:
            cur={'id':m.group(1),'unit':m.group(2).split(',')[0],'defaults':[]}; rows.append(cur); continue
        m = re.match(r'^      default (?:(\w+): )?(.*?) \((.*)\)$', l)
        if m and cur is not None:
            cur['defaults'].append((m.group(1), m.group(2), m.group(3)))
    print('| parameter | unit | default | source |')
    print('|---|---|---|---|')
    for r in rows:
        ds = r['defaults']
        values = {}
        for seg,val,src in ds:
            values.setdefault((val,src),[]).append(seg)
        cells=[]
        for (val,src),segs in values.items():
            who = '' if segs==[None] or len(values)==1 else '/'.join(segs)+': '
            cells.append((who+'`'+val+'`', src.replace('|','/')))
        dv = '<br>'.join(c[0] for c in cells)
        sv = '<br>'.join(dict.fromkeys(c[1] for c in cells))
        print(f"| `{r['id']}` | {r['unit']} | {dv} | {sv} |")
table(sys.argv[1])
