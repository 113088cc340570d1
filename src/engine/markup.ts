/**
 * The contract's text markup, parsed: `code`, *emphasis*, **strong**, and fenced code blocks; everything else is text.
 * Pure and DOM-free; the view (`elements/shared/markup.ts`) turns the result into Lit templates.
 */

export type Inline = string | { code: string } | { em: Inline[] } | { strong: Inline[] };
export type Block = { paragraph: Inline[] } | { codeBlock: string; lang: string };

/** Splits text into paragraphs and fenced code blocks. */
export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let para: string[] = [];
  const flush = () => {
    const joined = para.join('\n').trim();
    if (joined) blocks.push({ paragraph: parseInline(joined) });
    para = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const fence = /^\s*```\s*([\w+-]*)\s*$/.exec(lines[i]!);
    if (!fence) {
      if (lines[i]!.trim() === '') flush();
      else para.push(lines[i]!);
      continue;
    }
    const end = lines.findIndex((line, j) => j > i && /^\s*```\s*$/.test(line));
    if (end === -1) {
      para.push(lines[i]!);
      continue;
    }
    flush();
    blocks.push({ codeBlock: lines.slice(i + 1, end).join('\n'), lang: fence[1] ?? '' });
    i = end;
  }
  flush();
  return blocks;
}

/** Parses inline markup: code spans first (their content is literal), then **strong** and *emphasis*. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const parts = text.split(/(`[^`\n]+`)/);
  for (const part of parts) {
    if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) out.push({ code: part.slice(1, -1) });
    else if (part) out.push(...parseEmphasis(part));
  }
  return out;
}

function parseEmphasis(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*(?=\S)([\s\S]*?\S)\*\*|\*(?=[^\s*])([^*]*?[^\s*])\*/g;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push({ strong: parseEmphasis(m[1]) });
    else out.push({ em: [m[2]!] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The number of characters inline markup shows. */
function inlineLength(nodes: readonly Inline[]): number {
  return nodes.reduce(
    (n, node) =>
      n +
      (typeof node === 'string'
        ? node.length
        : 'code' in node
          ? node.code.length
          : inlineLength('em' in node ? node.em : node.strong)),
    0,
  );
}

/**
 * Inline markup shortened to at most `max` shown characters, cut at a word boundary (inside code spans too) and ended
 * with "…"; formatting is kept. Text that fits comes back unchanged.
 */
export function truncateInline(nodes: readonly Inline[], max: number): Inline[] {
  if (inlineLength(nodes) <= max) return [...nodes];
  let budget = max - 1; // room for the ellipsis
  const cut = (text: string): string => {
    if (text.length <= budget) return text;
    const head = text.slice(0, budget + 1);
    const space = head.search(/\s\S*$/);
    // No space in reach: a word starts later, so none of this node fits (unless it is the very first word).
    return space > 0 ? head.slice(0, space) : budget === max - 1 ? text.slice(0, budget) : '';
  };
  const walk = (list: readonly Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const node of list) {
      if (budget <= 0) break;
      if (typeof node === 'string' || 'code' in node) {
        const text = typeof node === 'string' ? node : node.code;
        const kept = cut(text);
        if (kept) out.push(typeof node === 'string' ? kept : { code: kept });
        budget = kept.length < text.length ? 0 : budget - kept.length;
      } else {
        const inner = walk('em' in node ? node.em : node.strong);
        if (inner.length) out.push('em' in node ? { em: inner } : { strong: inner });
      }
    }
    return out;
  };
  const kept = walk(nodes);
  // Trailing spaces and punctuation before the ellipsis read as a typo.
  const last = kept[kept.length - 1];
  if (typeof last === 'string') kept[kept.length - 1] = last.replace(/[\s,;:.]+$/, '');
  return [...kept, '…'];
}
