// The comparison page's stylesheet (inline; system fonts; Okabe–Ito colours plus a text label in every cell).
import { paletteCss } from '../internal/palette.ts';

export function comparisonCss(): string {
  return `
:root{color-scheme:light;--fg:#1b1b1f;--muted:#5d5d66;--line:#d9d9e0;--panel:#f6f6f9;--focus:#0072B2;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;font-size:15px;line-height:1.45;color:var(--fg);background:#fff}
${paletteCss()}
body{margin:0}main{max-width:1400px;margin:0 auto;padding:24px 28px 64px}
td.perf{text-align:right;font-variant-numeric:tabular-nums}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.2rem;margin:30px 0 10px}h3{font-size:1rem;margin:16px 0 6px}
a{color:#0061a0}:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.86em}
.muted{color:var(--muted)}
.grid-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:8px}
table{border-collapse:separate;border-spacing:0;font-size:.86rem;min-width:100%}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:#fff;border-bottom:2px solid var(--fg);z-index:1;min-width:8.5em}
thead th .model{display:block;font-family:ui-monospace,monospace;font-size:.8rem;font-weight:400}
thead th .date{display:block;font-size:.75rem;color:var(--muted);font-weight:400}
tbody th{font-weight:400;min-width:20em;background:#fff;position:sticky;left:0}
tbody th .cid{font-family:ui-monospace,monospace;font-size:.8rem;color:var(--muted);display:block}
tr.feature th{background:var(--panel);font-weight:700;font-size:.95rem;position:static}
tr.totals td,tr.totals th{background:var(--panel);font-weight:600;border-bottom:2px solid var(--fg)}
td.c{background:var(--tint);border-left:4px solid var(--solid);white-space:nowrap}
td.c.none{background:#fff;border-left:4px solid transparent;color:var(--muted)}
td.c sup a{text-decoration:none;font-weight:700;margin-left:2px}
.rate{font-size:.75rem;font-weight:700;margin-left:4px}
.chg{display:block;font-size:.72rem;font-weight:700}
.chg.down{color:#a84800}.chg.up{color:#006b4f}
.level{display:inline-block;font-size:.68rem;font-weight:700;border:1px solid var(--fg);border-radius:4px;padding:0 4px;margin-right:4px}
.level.must{background:var(--fg);color:#fff}.level.may{border-style:dashed;color:var(--muted);border-color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:.85rem;margin:8px 0}
.legend span{border-left:4px solid var(--solid);background:var(--tint);padding:1px 8px}
ol.notes{font-size:.85rem;padding-left:2.2em}ol.notes li{margin:2px 0;overflow-wrap:anywhere}ol.notes li:target{background:#fdf1d6}
.changes{border:1px solid var(--line);border-radius:8px;padding:4px 16px 12px;margin:10px 0}
.changes ul{margin:4px 0;padding-left:1.4em}.changes li{margin:2px 0}
.regressed{color:#a84800}.fixed{color:#006b4f}
footer{margin-top:40px;color:var(--muted);font-size:.8rem}
`;
}
