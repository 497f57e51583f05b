// The report's chart, as SVG written by hand: one panel per measurement, one horizontal bar per
// contender, scaled within its panel, labelled with the value and its ratio to the baseline.

/**
 * @typedef {{ label: string, value: number, text: string, baseline?: boolean, part?: boolean }} Bar
 * @typedef {{ title: string, bars: Bar[], target?: { value: number, label: string } }} Panel
 */

const WIDTH = 760;
const LABEL_WIDTH = 250;
const BAR_AREA = 330;
const BAR_HEIGHT = 16;
const GAP = 6;
const TITLE_HEIGHT = 26;
const PANEL_GAP = 14;

/** @param {string} text */
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {Panel[]} panels @returns {string} */
export function renderChart(panels) {
  const parts = [];
  let y = 10;
  for (const panel of panels) {
    parts.push(`<text x="10" y="${y + 16}" font-weight="bold">${escape(panel.title)}</text>`);
    y += TITLE_HEIGHT;
    const max = Math.max(...panel.bars.map((b) => b.value), panel.target?.value ?? 0) || 1;
    const top = y;
    for (const bar of panel.bars) {
      const width = Math.max(1, (bar.value / max) * BAR_AREA);
      // grey: the baseline; blue: this package (light: one of its files); orange: the others.
      const fill = bar.baseline ? '#9e9e9e' : bar.part ? '#90caf9'
        : bar.label.startsWith('zulip-fetch-api-key') ? '#1e88e5' : '#fb8c00';
      parts.push(
        `<text x="${LABEL_WIDTH - 8}" y="${y + 12}" text-anchor="end">${escape(bar.label)}</text>`,
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="${fill}"/>`,
        `<text x="${LABEL_WIDTH + width + 6}" y="${y + 12}">${escape(bar.text)}</text>`,
      );
      y += BAR_HEIGHT + GAP;
    }
    if (panel.target) {
      const x = LABEL_WIDTH + (panel.target.value / max) * BAR_AREA;
      parts.push(
        `<line x1="${x.toFixed(1)}" y1="${top - 4}" x2="${x.toFixed(1)}" y2="${y - GAP + 4}" stroke="#e53935" stroke-dasharray="4 3"/>`,
        `<text x="${(x + 4).toFixed(1)}" y="${y + 8}" fill="#e53935" font-size="11">${escape(panel.target.label)}</text>`,
      );
      y += 12;
    }
    y += PANEL_GAP;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}
