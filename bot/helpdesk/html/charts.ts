import { html, percent, slug, type SafeHtml } from './html';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

export interface BarChartSpec {
  /** Unique on the page; used for ids. */
  readonly id: string;
  readonly title: string;
  /** What the numbers are, e.g. "Conversations". */
  readonly valueName: string;
  readonly bars: readonly Bar[];
  /** Extra columns for the data table (same order as bars), e.g. "Stopped here". */
  readonly extra?: { readonly name: string; readonly values: readonly (string | number)[] };
  /** What the Share column divides by (default: the sum of the bars), e.g. conversations that started a funnel. */
  readonly shareOf?: { readonly name: string; readonly value: number };
}

const WIDTH = 720;
const LABEL_WIDTH = 300;
const VALUE_WIDTH = 60;
const ROW = 26;
const BAR = 18;
/** About what fits in LABEL_WIDTH at 13 px; the table has the whole label. */
const LABEL_CHARS = 38;
/** Bar colour with 7:1 contrast on white (WCAG non-text contrast needs 3:1). */
const BAR_COLOUR = '#1d4f91';
const TEXT_COLOUR = '#1a1a1a';

/**
 * A horizontal bar chart as inline SVG, followed by the same numbers in a table. The SVG is an image with a
 * title and a one-sentence description for screen readers; the table is the full text alternative (and the
 * only place with untruncated labels). No script, no external resource.
 */
export function barChart(spec: BarChartSpec): SafeHtml {
  const max = Math.max(1, ...spec.bars.map((bar) => bar.value));
  const total = spec.bars.reduce((sum, bar) => sum + bar.value, 0);
  const height = Math.max(ROW, spec.bars.length * ROW) + 8;
  const id = slug(spec.id);
  const rows = spec.bars.map((bar, index) => {
    const y = 4 + index * ROW;
    const width = Math.round(((WIDTH - LABEL_WIDTH - VALUE_WIDTH) * bar.value) / max);
    const barWidth = Math.max(width, bar.value > 0 ? 2 : 0);
    return html`<g><text x="${LABEL_WIDTH - 8}" y="${y + BAR - 4}" text-anchor="end" fill="${TEXT_COLOUR}" font-size="13">${truncate(bar.label)}</text>
<rect x="${LABEL_WIDTH}" y="${y}" width="${barWidth}" height="${BAR}" fill="${BAR_COLOUR}"></rect>
<text x="${LABEL_WIDTH + width + 6}" y="${y + BAR - 4}" fill="${TEXT_COLOUR}" font-size="13">${bar.value}</text></g>`;
  });
  return html`<figure class="chart" aria-labelledby="${id}-caption">
<figcaption id="${id}-caption">${spec.title}</figcaption>
<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" focusable="false">
<title id="${id}-title">${spec.title}</title>
<desc id="${id}-desc">${describe(spec, max)}</desc>
${rows}
</svg>
${dataTable(spec, spec.shareOf?.value ?? total)}
</figure>`;
}

function dataTable(spec: BarChartSpec, total: number): SafeHtml {
  const extra = spec.extra;
  return html`<table class="data">
<caption>${spec.title}: the numbers</caption>
<thead><tr><th scope="col">Item</th><th scope="col" class="num">${spec.valueName}</th><th scope="col" class="num">${spec.shareOf ? `Share of ${spec.shareOf.name}` : 'Share'}</th>${extra ? html`<th scope="col" class="num">${extra.name}</th>` : ''}</tr></thead>
<tbody>${spec.bars.map((bar, index) => html`<tr><th scope="row">${bar.label}</th><td class="num">${bar.value}</td><td class="num">${percent(bar.value, total)}</td>${extra ? html`<td class="num">${extra.values[index] ?? ''}</td>` : ''}</tr>`)}</tbody>
</table>`;
}

/** One sentence a screen reader says instead of the picture: the range and the largest bar. */
function describe(spec: BarChartSpec, max: number): string {
  if (spec.bars.length === 0 || spec.bars.every((bar) => bar.value === 0)) return `No data yet. ${spec.valueName}: 0.`;
  const top = spec.bars.find((bar) => bar.value === max)!;
  return `Bar chart of ${spec.valueName.toLowerCase()} for ${spec.bars.length} items; the largest is "${top.label}" with ${max}. The table below lists every value.`;
}

function truncate(label: string): string {
  return label.length <= LABEL_CHARS ? label : `${label.slice(0, LABEL_CHARS - 1)}…`;
}
