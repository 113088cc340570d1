/**
 * The move a key makes in a grid of `total` items laid out in rows of `columns`, or undefined for other keys.
 * Left and right follow the writing direction (in right-to-left text, ArrowLeft moves forward).
 */
export function gridTarget(key: string, from: number, total: number, columns: number, rtl = false): number | undefined {
  const cols = Math.max(1, Math.floor(columns));
  const step: Record<string, number> = {
    ArrowRight: rtl ? -1 : 1,
    ArrowLeft: rtl ? 1 : -1,
    ArrowDown: cols,
    ArrowUp: -cols,
  };
  if (key === 'Home') return 0;
  if (key === 'End') return total - 1;
  const delta = step[key];
  if (delta === undefined) return undefined;
  return Math.min(total - 1, Math.max(0, from + delta));
}

/** How many items share the first row (the grid's real column count, whatever the CSS made of it). */
export function columnsOf(items: readonly HTMLElement[]): number {
  const first = items[0];
  if (!first) return 1;
  const top = first.offsetTop;
  let count = 0;
  for (const item of items) {
    if (item.offsetTop !== top) break;
    count += 1;
  }
  return Math.max(1, count);
}

export interface GridNavigationOptions {
  /** The grid's buttons, in order. */
  items: () => HTMLElement[];
}

/**
 * Roving focus over a grid of buttons (one tab stop): arrows move by one item or one row as laid out, Home and End go to
 * the ends. Attach `onKeydown` to the grid's container. It needs no lifecycle, so it does not register with the host.
 */
export class GridNavigationController {
  constructor(private readonly options: GridNavigationOptions) {}

  readonly onKeydown = (event: KeyboardEvent): void => {
    const items = this.options.items();
    const from = items.indexOf(event.target as HTMLElement);
    if (from < 0) return;
    const rtl = getComputedStyle(items[from]!).direction === 'rtl';
    const to = gridTarget(event.key, from, items.length, columnsOf(items), rtl);
    if (to === undefined) return;
    event.preventDefault();
    items.forEach((item, i) => (item.tabIndex = i === to ? 0 : -1));
    items[to]?.focus();
  };
}
