import { expect } from '@open-wc/testing';
import { type Inline, parseBlocks, parseInline, truncateInline } from '../../src/engine/markup.js';

describe('engine/markup', () => {
  it('inline: code spans are literal; **strong** and *emphasis* nest; other characters are text', () => {
    expect(parseInline('use `a*b*` then **very *much* so** <img onerror=x>')).to.deep.equal([
      'use ',
      { code: 'a*b*' },
      ' then ',
      { strong: ['very ', { em: ['much'] }, ' so'] },
      ' <img onerror=x>',
    ]);
    expect(parseInline('2 * 3 * 4')).to.deep.equal(['2 * 3 * 4']);
  });

  it('blocks: blank lines split paragraphs; fenced code keeps its lines and language; an unclosed fence is text', () => {
    expect(parseBlocks('one\ntwo\n\n```python\nx = 1\n  y\n```\nthree')).to.deep.equal([
      { paragraph: ['one\ntwo'] },
      { codeBlock: 'x = 1\n  y', lang: 'python' },
      { paragraph: ['three'] },
    ]);
    expect(parseBlocks('```\nopen')).to.deep.equal([{ paragraph: ['```\nopen'] }]);
    expect(parseBlocks('')).to.deep.equal([]);
  });
});

describe('engine/markup truncateInline', () => {
  const shown = (nodes: Inline[]): string =>
    nodes.map((n) => (typeof n === 'string' ? n : 'code' in n ? n.code : shown('em' in n ? n.em : n.strong))).join('');

  it('leaves text that fits unchanged', () => {
    const nodes = parseInline('Use `MlflowSparkStudy` here.');
    expect(truncateInline(nodes, 100)).to.deep.equal(nodes);
  });

  it('cuts at a word boundary and ends with an ellipsis', () => {
    const out = shown(
      truncateInline(parseInline('Which feature store lookup keeps training free of leakage today?'), 30),
    );
    expect(out).to.equal('Which feature store lookup…');
    expect(out.length).to.be.at.most(30);
  });

  it('keeps code spans and emphasis as they were, cutting inside a code span at a word', () => {
    const out = truncateInline(
      parseInline('Call `fs.create_training_set(df, feature_lookups)` with *point-in-time* keys'),
      40,
    );
    expect(out[0]).to.equal('Call ');
    expect(out[1]).to.deep.equal({ code: 'fs.create_training_set(df,' });
    expect(out[out.length - 1]).to.equal('…');
    const withEm = truncateInline(parseInline('A *very long emphasised phrase here* and more words after it'), 24);
    expect(withEm[1]).to.deep.equal({ em: ['very long emphasised'] });
  });
});
