/** Small Markdown writers for generated pages, in Prettier's own shape. */

/** The year whose calendar generated pages show as an example (fixed: pages never read the clock). */
export const EXAMPLE_YEAR = 2027;

export function code(text: string): string {
  return `\`${text}\``;
}

export function codes(list: readonly string[]): string {
  return list.map(code).join(', ');
}

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/** The width Prettier gives a table cell: combining marks take no room. */
export function displayWidth(text: string): number {
  return [...text].filter((char) => !/\p{M}/u.test(char)).length;
}

/** A table the way Prettier prints it: every column padded to its widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => cell.replaceAll('|', '\\|')));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => displayWidth(row[column] ?? ''))));
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, column) => cell + ' '.repeat(widths[column]! - displayWidth(cell))).join(' | ')} |`;
  const [head, ...body] = cells;
  return [line(head!), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

export function section(...blocks: readonly string[]): string {
  return blocks.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Vocabulary as the page writes it
