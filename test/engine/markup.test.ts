import { expect } from '@open-wc/testing';
import { parseBlocks, parseInline } from '../../src/engine/markup.js';

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
