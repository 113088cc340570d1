import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { parseBank } from '../../src/bank/parse.js';
import { quickParse } from '../../src/bank/quick-parse.js';
import {
  bankFileSchema,
  bankSchema,
  examSchema,
  httpUrl,
  id,
  optionId,
  questionSchema,
  text,
} from '../../src/bank/schema.js';
import { generateBank } from '../engine/generated-bank.js';
import { mutableBank } from '../fixtures/mini-bank.js';

/** quickParse may only say "valid" where zod does, and must then give zod's value. */
function agrees(schema: z.ZodMiniType, value: unknown): void {
  const slow = z.safeParse(schema, value);
  const quick = quickParse(schema, value);
  if (!slow.success) expect(quick, `fast path accepted ${JSON.stringify(value)?.slice(0, 80)}`).to.equal(undefined);
  else expect(quick?.data).to.deep.equal(slow.data);
}

describe('quickParse (the fast path of parseBank)', () => {
  it('agrees with zod on every kind of leaf, edge values included', () => {
    const strings = [
      '',
      'a',
      'x'.repeat(10_000),
      'x'.repeat(10_001),
      '😀'.repeat(5_000),
      '😀'.repeat(5_001),
      'tab\there',
      'bell\u0007',
      'c1\u0085',
      '\u009F',
      '\u00A0ok',
      'lone \uD800',
      'lone \uDC00 low',
      'pair \uD83D\uDE00',
      'a-b_c.d',
      '-x',
      'x'.repeat(128),
      'x'.repeat(129),
      'https://example.com/a',
      'ftp://x',
      'https://',
      'javascript:alert(1)',
      `https://e.com/${'p'.repeat(2040)}`,
    ];
    const others = [
      undefined,
      null,
      0,
      1,
      -1,
      1.5,
      3,
      4,
      100,
      101,
      NaN,
      Infinity,
      -Infinity,
      2 ** 53,
      true,
      {},
      [],
      'a',
      'f',
      'g',
      new String('a'),
    ];
    const numbers = [
      examSchema.shape.questionCount,
      examSchema.shape.durationMinutes,
      examSchema.shape.passPercent,
      questionSchema.shape.difficulty,
    ];
    for (const schema of [text, id, httpUrl, optionId, ...numbers]) {
      for (const value of [...strings, ...others]) agrees(schema, value);
    }
  });

  it('agrees with zod on every kind of check it runs itself, and on those it leaves to zod', () => {
    const refined = (fn: (s: string) => unknown) => z.string().check(z.refine(fn as (s: string) => boolean));
    const schemas: z.ZodMiniType[] = [
      // Lengths in code points: a shortcut in UTF-16 units may only ever conclude "passes".
      z.string().check(z.minLength(3)),
      z.string().check(z.maxLength(3)),
      z.string().check(z.minLength(2), z.maxLength(4), z.regex(/^[a-z😀]+$/u)),
      z.array(z.string()).check(z.minLength(2), z.maxLength(3)),
      z.number().check(z.gt(1), z.lt(3)),
      z.number().check(z.gte(1), z.lte(3)),
      z.int32(),
      z.int().check(z.multipleOf(2)),
      refined((s) => s.length),
      refined(() => 'truthy'),
      z
        .string()
        .check(
          z.superRefine((s, ctx) => void (s === 'ab' && ctx.addIssue({ code: 'custom', message: 'no ab', input: s }))),
        ),
      z.string().check(z.regex(/a/g)),
      z.enum(['a', 'b']).check(z.refine((v) => v === 'a')),
    ];
    const values = [
      '',
      'a',
      'ab',
      'abc',
      'abcd',
      'abcde',
      '😀',
      '😀😀',
      '😀😀😀',
      '😀😀😀😀',
      'a😀',
      'aa',
      'ABC',
      [],
      ['a'],
      ['a', 'b'],
      ['a', 'b', 'c'],
      ['a', 'b', 'c', 'd'],
      [1, 2],
      0,
      1,
      1.5,
      2,
      3,
      4,
      2 ** 31,
      -(2 ** 31) - 1,
      NaN,
      null,
      undefined,
    ];
    for (const schema of schemas) for (const value of values) agrees(schema, value);
    // An async refine is a doubt (zod itself refuses it in a synchronous parse).
    expect(
      quickParse(
        refined(() => Promise.resolve(true)),
        'a',
      ),
    ).to.equal(undefined);
  });

  it('gives zod’s value for valid banks: the input itself when exactly valid, a new object where a default fills in', async () => {
    const mini = await mutableBank();
    delete mini.comparisons;
    const generated = generateBank({ options: 'mixed' }) as unknown as Record<string, unknown>;
    for (const bank of [mini, generated]) agrees(bankSchema, bank);
    const exact = quickParse(bankSchema, generated)!.data;
    expect(exact).to.equal(generated);
    const filled = quickParse(bankSchema, mini)!.data as Record<string, any>;
    expect(filled).to.not.equal(mini);
    expect(filled.comparisons).to.deep.equal([]);
    expect('comparisons' in mini).to.equal(false);
    expect(filled.questions).to.equal(mini.questions);
  });

  it('copies an array from the first item a default changes, keeping the items before and after as they were', () => {
    const schema = z.array(z.strictObject({ id: z.string(), tags: z._default(z.array(z.string()), []) }));
    const input: { id: string; tags?: string[] }[] = [{ id: 'a', tags: ['x'] }, { id: 'b' }, { id: 'c', tags: [] }];
    agrees(schema, input);
    const out = quickParse(schema, input)!.data as typeof input;
    expect(out).to.not.equal(input);
    expect(out[0]).to.equal(input[0]);
    expect(out[1]).to.deep.equal({ id: 'b', tags: [] });
    expect(out[2]).to.equal(input[2]);
    expect(input[1]).to.deep.equal({ id: 'b' });
  });

  it('declines whatever zod rejects: unknown fields (own or inherited), missing fields, wrong types', async () => {
    const base = await mutableBank();
    const cases: ((b: Record<string, any>) => unknown)[] = [
      (b) => ((b.extra = 1), b),
      (b) => Object.assign(Object.create({ inherited: 1 }), b),
      (b) => (delete b.id, b),
      (b) => ((b.questions[0].options[0].text = 7), b),
      (b) => ((b.questions[0].options = [b.questions[0].options[0]]), b),
      (b) => ((b.questions[3].sources = [{ title: 'x', url: 'data:,x' }]), b),
      (b) => ((b.questions = [undefined, ...b.questions]), b),
      (b) => JSON.parse(JSON.stringify(b).replace('{"id":"mini"', '{"__proto__":{},"id":"mini"')),
    ];
    for (const mutate of cases) {
      const input = mutate(structuredClone(base));
      expect(quickParse(bankSchema, input)).to.equal(undefined);
      expect(parseBank(input).ok).to.equal(false);
      agrees(bankFileSchema, input);
    }
  });
});
