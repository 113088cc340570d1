/**
 * The contract's text markup rendered: the parse (engine/markup.ts) becomes Lit templates built from strings, so
 * `<img onerror=…>` in content shows as those characters.
 */
import { type TemplateResult, html, nothing } from 'lit';

import { type Inline, parseBlocks, truncateInline } from '../../engine/markup.js';

export { type Block, type Inline, parseBlocks, parseInline } from '../../engine/markup.js';

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
    return 'codeBlock' in block
      ? html`<code class="block">${block.codeBlock}</code>`
      : html`${sep}${renderInlineNodes(block.paragraph)}`;
  });
}

/** Block markup: paragraphs and `<pre><code>` blocks. */
export function richText(text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`${parseBlocks(text).map((block) =>
    'codeBlock' in block
      ? html`<pre><code class=${block.lang ? `language-${block.lang}` : ''}>${block.codeBlock}</code></pre>`
      : html`<p>${renderInlineNodes(block.paragraph)}</p>`,
  )}`;
}

/** The text's first paragraph (or first line of code), cut at a word to at most `max` characters, formatting kept. */
export function shortText(text: string, max: number): unknown {
  const first = parseBlocks(text)[0];
  if (!first) return nothing;
  const nodes: Inline[] = 'codeBlock' in first ? [{ code: first.codeBlock.split('\n')[0] ?? '' }] : first.paragraph;
  return renderInlineNodes(truncateInline(nodes, max));
}
