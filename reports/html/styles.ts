// The report's stylesheet, inlined: system fonts only, nothing fetched.
import { paletteCss } from '../internal/palette.ts';

export function reportCss(): string {
  return `
:root{color-scheme:light;--fg:#1b1b1f;--muted:#5d5d66;--line:#d9d9e0;--bg:#ffffff;--panel:#f6f6f9;--focus:#0072B2;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;font-size:15px;line-height:1.45;color:var(--fg);background:var(--bg)}
${paletteCss()}
body{margin:0}
main{max-width:1240px;margin:0 auto;padding:24px 28px 64px}
code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.86em}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.2rem;margin:32px 0 10px}h3{font-size:1.05rem;margin:0}
h4{font-size:.95rem;margin:18px 0 6px}h5{font-size:.9rem;margin:14px 0 6px}h6{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:12px 0 4px}
a{color:#0061a0}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:3px}
.muted{color:var(--muted)}.small{font-size:.8rem}
.vcell{display:inline-flex;flex-wrap:wrap;gap:2px;align-items:center;justify-self:start}
.check .level{justify-self:start}
.subtitle{color:var(--muted);margin:0 0 18px}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:8px 20px;margin:0 0 18px;padding:14px 16px;background:var(--panel);border-radius:8px}
.facts div{min-width:0}.facts dt{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}.facts dd{margin:0;overflow-wrap:anywhere;font-weight:600}
.overall{display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:12px 16px;border-radius:8px;border-left:6px solid var(--solid);background:var(--tint);font-size:1.05rem;margin-bottom:18px}
.overall strong{margin-right:6px}
.badge{display:inline-flex;align-items:center;gap:4px;padding:1px 8px;border-radius:999px;background:var(--solid,#ddd);color:var(--ink,#000);font-weight:700;font-size:.78rem;letter-spacing:.02em;white-space:nowrap}
.badge .icon{font-size:.95em}
.baselined{font-size:.75rem;border:1px dashed var(--muted);border-radius:999px;padding:0 6px;color:var(--muted);margin-left:4px}
.level{display:inline-block;min-width:4.6em;text-align:center;font-size:.72rem;font-weight:700;border-radius:4px;padding:1px 4px;border:1px solid var(--line)}
.level-must{background:#1b1b1f;color:#fff;border-color:#1b1b1f}.level-should{background:#fff;color:#1b1b1f;border-color:#1b1b1f}.level-may{background:#fff;color:var(--muted);border-style:dashed}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:10px}
.card{border:1px solid var(--line);border-top:5px solid var(--solid,#ccc);border-radius:8px;padding:10px 12px;background:#fff}
.card h3 a{color:inherit;text-decoration:none}.card h3 a:hover{text-decoration:underline}
.card .desc{font-size:.8rem;color:var(--muted);margin:2px 0 6px}.card ul{list-style:none;margin:6px 0 0;padding:0;font-size:.85rem}
.card ul{display:flex;flex-wrap:wrap;gap:2px 12px}
.map{border-collapse:collapse;margin:4px 0;width:auto}.map th,.map td{border:0}.map th{text-align:left;font-weight:600;padding:3px 12px 3px 0;font-size:.88rem;white-space:nowrap}
.map td{padding:2px 0}.map .cells{display:flex;flex-wrap:wrap;gap:3px}
.cell{display:inline-flex;align-items:center;justify-content:center;width:26px;height:26px;border-radius:5px;background:var(--solid);color:var(--ink);text-decoration:none;font-weight:700;font-size:.85rem;position:relative}
.cell.lvl-should{box-shadow:inset 0 0 0 2px #fff;}.cell.lvl-may{opacity:.75;box-shadow:inset 0 0 0 2px #fff}
.cell.filtered{opacity:.18}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:.82rem;color:var(--muted);margin:6px 0 0}
.toolbar{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:end;padding:10px 0;background:rgba(255,255,255,.96);border-bottom:1px solid var(--line)}
.toolbar label{display:flex;flex-direction:column;font-size:.75rem;color:var(--muted);gap:2px}
.toolbar select,.toolbar input{font:inherit;font-size:.9rem;padding:5px 8px;border:1px solid #8c8c96;border-radius:6px;background:#fff;color:var(--fg)}
.toolbar input[type=search]{min-width:220px}
.toggles{display:flex;flex-wrap:wrap;gap:4px;border:0;padding:0;margin:0}.toggles legend{font-size:.75rem;color:var(--muted);padding:0;margin-bottom:2px}
button{font:inherit;font-size:.85rem;padding:5px 10px;border-radius:6px;border:1px solid #8c8c96;background:#fff;color:var(--fg);cursor:pointer}
button:hover{background:var(--panel)}
button.toggle{border:2px solid var(--solid);background:#fff}
button.toggle[aria-pressed=true]{background:var(--solid);color:var(--ink)}
button.toggle[aria-pressed=false]{text-decoration:line-through;color:var(--muted)}
#f-count{font-size:.85rem;color:var(--muted);margin-left:auto}
section.feature{margin-top:22px}
section.feature>header{display:flex;gap:10px;align-items:center;flex-wrap:wrap;border-bottom:2px solid var(--line);padding-bottom:6px;margin-bottom:4px}
section.feature>header p{margin:0;color:var(--muted);font-size:.85rem}
.check{border-bottom:1px solid var(--line);scroll-margin-top:12px}
.check>summary,.check>.row{display:grid;grid-template-columns:9.2em 5.2em minmax(14em,22em) 1fr;gap:10px;align-items:baseline;padding:7px 6px;list-style:none}
.check>summary{cursor:pointer}.check>summary::-webkit-details-marker{display:none}
.check>summary::before{content:"▸";position:absolute;margin-left:-14px;color:var(--muted)}
details.check[open]>summary::before{content:"▾"}
.check>summary:hover{background:var(--panel)}
details.check[open]{background:#fcfcfd;border-left:4px solid var(--solid);}
details.check[open]>summary{background:var(--tint)}
.check:target,.check.target{box-shadow:0 0 0 3px var(--focus) inset}
.cid{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.84rem;overflow-wrap:anywhere}
.ctext{min-width:0}.ctitle{display:block}.cmsg{display:block;color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
.check-body{padding:4px 16px 16px 20px;min-width:0}
.check-body p{margin:4px 0}
pre{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:8px 10px;overflow:auto;max-height:420px;white-space:pre-wrap;overflow-wrap:anywhere;margin:4px 0}
table{border-collapse:collapse;font-size:.85rem;width:100%}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:var(--panel);white-space:nowrap;overflow-wrap:normal}
td.kind{white-space:nowrap;overflow-wrap:normal;width:1%}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums;width:1%}
table.frames caption{caption-side:top;text-align:left;color:var(--muted);font-size:.8rem;padding:4px 0}
tr.hl td{background:#fbe6d9;border-top:2px solid #D55E00;border-bottom:2px solid #D55E00}
.hl-mark{color:#a84800;white-space:nowrap}
.exchange{border:1px solid var(--line);border-radius:8px;padding:4px 12px 10px;margin:10px 0;background:#fff}
.reqline code{overflow-wrap:anywhere}.method{font-weight:700}.status-code{font-weight:700;font-size:1.05em}
.truncated{color:#a84800;font-style:italic;font-size:.85rem}
.transport-error{color:#a84800}
.baselined-note{border-left:4px dashed var(--muted);padding-left:8px}
svg.timeline{display:block;max-width:720px;height:64px;margin:6px 0;background:#fff;border:1px solid var(--line);border-radius:6px}
svg .axis{stroke:#5d5d66;stroke-width:1}
svg .wait{fill:#56B4E9}
svg .gap{fill:#F0E442;opacity:.55}
svg .frame{stroke:#0072B2;stroke-width:2}
svg .frame.done{stroke:#009E73;stroke-width:3}
svg .frame.comment{stroke:#8c8c8c;stroke-dasharray:2 2}
svg .frame.hl{stroke:#D55E00;stroke-width:4}
svg .tick{font-size:10px;fill:#5d5d66;font-family:system-ui,sans-serif}
svg .tick.end{text-anchor:end}
.streams .stream{margin:12px 0}
footer{margin-top:40px;color:var(--muted);font-size:.8rem}
@media (max-width:760px){.check>summary,.check>.row{grid-template-columns:8.6em 1fr}.check .cid,.check .ctext{grid-column:1/-1}.check .level{justify-self:start}}
@media print{.toolbar{display:none}details.check>.check-body{display:block}}
`;
}
