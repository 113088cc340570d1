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
