"""The style sheet of the HTML report: the viewer's marks, on screen and on paper.

The hues are the viewer's (gui/highlight.py), from the Okabe–Ito set that stays distinguishable
for the common forms of colour blindness: blue for what the old letter lost, orange for what the
new one gained, blended into white so black text stays readable on them. Colour is never the
only cue: deletions are struck through, insertions underlined, a missing section is hatched and
says so in words.
"""

from __future__ import annotations

BLUE = "#0072B2"
ORANGE = "#E69F00"
# the alpha the viewer blends the hues into a light base with
_ALPHA = 0.22


def blend(hue: str, alpha: float = _ALPHA, base: str = "#FFFFFF") -> str:
    """`hue` painted with opacity `alpha` over `base`, as an opaque "#RRGGBB"."""
    top = [int(hue[k : k + 2], 16) for k in (1, 3, 5)]
    under = [int(base[k : k + 2], 16) for k in (1, 3, 5)]
    return "#" + "".join(f"{round(a * alpha + b * (1 - alpha)):02X}" for a, b in zip(top, under, strict=True))


STYLE = f"""
:root {{
  --deleted-bg: {blend(BLUE)};
  --deleted-line: {BLUE};
  --inserted-bg: {blend(ORANGE)};
  --inserted-line: #B07800;
  --rule: #C8C8C8;
  --muted: #5A5A5A;
}}
html {{ color-scheme: light; }}
body {{
  font: 11pt/1.5 "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  color: #1A1A1A; background: #FFFFFF; margin: 1.5rem auto; padding: 0 1.5rem; max-width: 96rem;
}}
h1 {{ font-size: 1.45rem; margin: 0 0 .6rem; }}
h2 {{ font-size: 1.2rem; margin: 1.6rem 0 .5rem; }}
h3 {{ font-size: 1rem; margin: 0; }}
h4 {{ font-size: 1rem; margin: .4rem 0; }}
p {{ margin: .4rem 0; }}
p.noot {{ font-size: .85em; }}
del, ins {{ color: inherit; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
del {{
  background: var(--deleted-bg);
  text-decoration: line-through; text-decoration-color: var(--deleted-line); text-decoration-thickness: 1.5px;
}}
ins {{
  background: var(--inserted-bg);
  text-decoration: underline; text-decoration-color: var(--inserted-line); text-decoration-thickness: 2px;
  text-underline-offset: 2px;
}}
.counts, .status, .note, .meta {{ color: var(--muted); }}
.status {{ font-weight: normal; font-style: italic; }}
.counts {{ font-weight: normal; font-variant-numeric: tabular-nums; }}
#legend ul {{ list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .4rem 2rem; }}
.missing, .missing-example {{
  background: repeating-linear-gradient(135deg, #E4E4E4 0 5px, #F6F6F6 5px 11px);
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}}
.missing-example {{
  display: inline-block; width: 3em; height: 1em; vertical-align: middle; border: 1px solid var(--rule);
}}
td.missing::before {{ content: "— " attr(data-note) " —"; color: var(--muted); font-style: italic; }}
table {{ border-collapse: collapse; width: 100%; }}
#facts th, #facts td {{
  text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule);
}}
#facts thead th {{ border-bottom: 2px solid #888888; }}
#facts .kind, #facts .fact-status {{ white-space: nowrap; }}
table.pair {{ table-layout: fixed; }}
table.pair td, table.pair th {{ width: 50%; vertical-align: top; text-align: left; padding: .2rem .8rem; }}
table.pair td + td, table.pair th + th {{ border-left: 1px solid var(--rule); }}
table.columns th {{ border-bottom: 2px solid #888888; }}
.section {{ border-bottom: 1px solid var(--rule); padding: .5rem 0; }}
.section > h3, .section > summary {{ padding: .2rem .8rem; }}
summary {{ cursor: pointer; }}
summary h3 {{ display: inline; }}
.section.added > h3, .section.removed > h3, .section.changed > h3 {{ border-left: 4px solid #888888; }}
footer {{ margin-top: 2rem; font-size: .85rem; }}
@page {{ size: A4 landscape; margin: 12mm; }}
@media print {{
  body {{ margin: 0; padding: 0; max-width: none; font-size: 9.5pt; }}
  h2, h3, summary {{ break-after: avoid; }}
  #facts tr {{ break-inside: avoid; }}
  p {{ orphans: 3; widows: 3; }}
  a {{ color: inherit; text-decoration: none; }}
}}
"""
