/** The page's only style sheet, inline: system fonts, so nothing is fetched, and one column on a phone. */
export const STYLE = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5f6b7a; --line: #e3e7ee; --paper: #ffffff; --wash: #f5f7fa; --accent: #9b1b30; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--wash); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px 20px 40px; }
header { border-top: 4px solid var(--accent); padding-top: 12px; margin-bottom: 20px; }
.kicker { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .08em; text-transform: uppercase; font-size: 13px; }
h1 { margin: 2px 0 4px; font-size: 28px; line-height: 1.2; }
h2 { margin: 0 0 4px; font-size: 18px; }
.period, .intro, .muted, .note, .variants, footer { color: var(--muted); }
.period { margin: 0; font-size: 14px; }
.intro { margin: 0 0 10px; font-size: 14px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin-bottom: 16px; }
.card, figure.chart, section:not(.cards) { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
.card .label { font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.card .value { font-size: 28px; font-weight: 650; line-height: 1.25; font-variant-numeric: tabular-nums; }
.card .note { font-size: 13px; }
.adapters { list-style: none; margin: 4px 0 0; padding: 0; font-size: 15px; }
.adapters li { display: flex; justify-content: space-between; gap: 8px; border-bottom: 1px dotted var(--line); }
figure.chart { margin: 0 0 16px; }
figure.chart .wide > svg, figure.chart .narrow > svg { display: block; width: 100%; height: auto; max-width: 100%; margin-top: 6px; }
figure.chart .narrow { display: none; }
.thumb { vertical-align: -3px; }
.vote { white-space: nowrap; margin-right: 8px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.legend { margin: 0; font-size: 14px; color: var(--muted); }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin: 0 6px 0 10px; vertical-align: -1px; }
.swatch:first-child { margin-left: 0; }
section:not(.cards) { margin-bottom: 16px; }
.scroll { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 15px; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }
th { font-size: 13px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 1%; }
.variants { font-size: 13px; margin-top: 2px; }
.chip { display: inline-block; background: #fbeaec; color: var(--accent); border-radius: 999px; padding: 1px 10px; margin: 1px 2px 1px 0; font-size: 14px; white-space: nowrap; }
.sources { margin: 0; padding-left: 18px; font-size: 14px; }
.empty { text-align: center; padding: 40px 16px !important; }
.nowrap { white-space: nowrap; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em; background: var(--wash); padding: 1px 4px; border-radius: 4px; }
footer { font-size: 13px; margin-top: 24px; }
@media (max-width: 720px) {
  figure.chart .wide { display: none; }
  figure.chart .narrow { display: block; }
  main { padding: 16px 12px 32px; }
  h1 { font-size: 24px; }
  .pair { grid-template-columns: 1fr; gap: 0; }
  .cards { grid-template-columns: 1fr 1fr; }
  .card .value { font-size: 24px; }
  /* Tables become one card per row: no sideways scrolling on a phone. */
  table, tbody, tr, td { display: block; width: 100%; }
  thead { display: none; }
  tr { border-bottom: 1px solid var(--line); padding: 8px 0; }
  td { border: 0; padding: 2px 0; font-size: 15px; }
  td.num { display: inline-block; width: auto; text-align: left; margin-right: 14px; }
  td[data-label]::before { content: attr(data-label) " "; color: var(--muted); font-size: 13px; }
}
`;
