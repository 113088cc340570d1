/**
 * The contract's text markup: `code`, *emphasis*, **strong**, and fenced code blocks. Everything else is text: the
 * result is Lit templates built from strings, so `<img onerror=…>` in content shows as those characters.
 */
import { type TemplateResult, html, nothing } from 'lit';

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

function renderInlineNodes(nodes: Inline[]): unknown[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    if ('code' in node) return html`<code>${node.code}</code>`;
    if ('strong' in node) return html`<strong>${renderInlineNodes(node.strong)}</strong>`;
    return html`<em>${renderInlineNodes(node.em)}</em>`;
  });
}

/** Inline markup only (for options, legends and other phrasing content). Code blocks fall back to code spans. */
export function inlineText(text: string | undefined): unknown {
  if (!text) return nothing;
  return parseBlocks(text).map((block, i) => {
    const sep = i > 0 ? ' ' : '';
    // A code block inside phrasing content (a label, a legend): a block-styled <code> keeps its lines.
    return 'codeBlock' in block ? html`<code class="block">${block.codeBlock}</code>` : html`${sep}${renderInlineNodes(block.paragraph)}`;
  });
}

/** Block markup: paragraphs and `<pre><code>` blocks. */
export function richText(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`${parseBlocks(text).map((block) =>
    'codeBlock' in block
      ? html`<pre tabindex="0"><code class=${block.lang ? `language-${block.lang}` : ''}>${block.codeBlock}</code></pre>`
      : html`<p>${renderInlineNodes(block.paragraph)}</p>`,
  )}`;
}
