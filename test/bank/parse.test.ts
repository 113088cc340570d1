import { expect } from '@open-wc/testing';
import { isTrustedBank } from '../../src/bank/load.js';
import { parseBank, parseBankFile, parseInline } from '../../src/bank/parse.js';
import type { Bank } from '../../src/bank/schema.js';
import { openBankSource } from '../../src/bank/source.js';
import { assembleExam } from '../../src/engine/exam.js';
import { isCorrect } from '../../src/engine/score.js';
import { mutableBank } from '../fixtures/mini-bank.js';

type Mutate = (bank: Record<string, any>) => unknown;

/** Each malformed bank: how it is broken, the path the error must name, and the gist of its message. */
const malformed: [string, Mutate, string, RegExp][] = [
  ['title is a number', (b) => ((b.title = 42), b), 'title', /expected a string, found 42/],
  ['id missing', (b) => (delete b.id, b), 'id', /expected a string, found nothing/],
  ['questions is an object', (b) => ((b.questions = {}), b), 'questions', /expected a list, found an object/],
  [
    'question type misspelt',
    (b) => ((b.questions[0].type = 'singel'), b),
    'questions[id=dev-q1].type',
    /expected one of "single", "multiple", found "singel"/,
  ],
  ['question stem missing', (b) => (delete b.questions[1].stem, b), 'questions[id=dev-q2].stem', /found nothing/],
  [
    'unknown field',
    (b) => ((b.questions[0].explaination = 'x'), b),
    'questions[id=dev-q1].explaination',
    /unexpected field "explaination"/,
  ],
  [
    'one option only',
    (b) => ((b.questions[0].options = b.questions[0].options.slice(0, 1)), (b.questions[0].answer = ['a']), b),
    'questions[id=dev-q1].options',
    /expected at least 2 items, found 1 item/,
  ],
  [
    'seven options',
    (b) => ((b.questions[0].options = 'abcdefg'.split('').map((id) => ({ id, text: id, rationale: id }))), b),
    'questions[id=dev-q1].options',
    /at most 6 items|expected one of/,
  ],
  [
    'option id not a letter',
    (b) => ((b.questions[0].options[0].id = 'A1'), b),
    'questions[id=dev-q1].options[id=A1].id',
    /expected one of "a", "b", "c", "d", "e", "f", found "A1"/,
  ],
  [
    'duplicate option ids',
    (b) => ((b.questions[0].options[1].id = 'a'), b),
    'questions[id=dev-q1].options[1].id',
    /unique id, found "a" again \(first used at questions\[id=dev-q1\]\.options\[0\]\)/,
  ],
  [
    'answer not among options',
    (b) => ((b.questions[0].answer = ['f']), b),
    'questions[id=dev-q1].answer[0]',
    /option ids \(a, b, c, d\), found "f"/,
  ],
  [
    'single with two answers',
    (b) => ((b.questions[0].answer = ['a', 'b']), b),
    'questions[id=dev-q1].answer',
    /exactly one answer for a "single" question, found 2/,
  ],
  [
    'multiple with one answer',
    (b) => ((b.questions[2].answer = ['a']), b),
    'questions[id=dev-q3].answer',
    /two or more answers/,
  ],
  [
    'multiple with every option',
    (b) => ((b.questions[2].answer = ['a', 'b', 'c', 'd']), b),
    'questions[id=dev-q3].answer',
    /not all 4 options/,
  ],
  // A repeated id names both places by index (by id, the message would point at itself).
  [
    'duplicate question ids',
    (b) => ((b.questions[1].id = 'dev-q1'), b),
    'questions[1].id',
    /unique id, found "dev-q1" again \(first used at questions\[0\]\)/,
  ],
  [
    'id reused across kinds',
    (b) => ((b.checklists[0].id = 'x-vs-y'), b),
    'checklists[0].id',
    /unique id, found "x-vs-y" again \(first used at comparisons\[0\]\)/,
  ],
  [
    'duplicate domain ids',
    (b) => ((b.domains[2].id = 'dev'), b),
    'domains[2].id',
    /unique id, found "dev" again \(first used at domains\[0\]\)/,
  ],
  [
    'dangling objective',
    (b) => ((b.questions[0].objective = 'dev.t.9'), b),
    'questions[id=dev-q1].objective',
    /objective ids, found "dev.t.9"/,
  ],
  [
    'objective in unknown domain',
    (b) => ((b.objectives[0].domain = 'ml'), b),
    'objectives[id=dev.t.1].domain',
    /domain ids \(dev, ops, dep\), found "ml"/,
  ],
  [
    'checklist item names unknown objective',
    (b) => ((b.checklists[0].items[0].objectives = ['nope']), b),
    'checklists[id=ready].items[id=r1].objectives[0]',
    /found "nope"/,
  ],
  ['weights not summing to 100', (b) => ((b.domains[0].weight = 60), b), 'domains', /summing to 100, found 110/],
  [
    'fractional weight',
    (b) => ((b.domains[0].weight = 49.5), b),
    'domains[id=dev].weight',
    /whole number|expected an int/,
  ],
  [
    'negative weight',
    (b) => ((b.domains[2].weight = -20), (b.domains[0].weight = 90), b),
    'domains[id=dep].weight',
    /≥ 0/,
  ],
  [
    'undrawable exam',
    (b) => ((b.exams[0].questionCount = 40), b),
    'exams[id=mini-exam].questionCount',
    /needing 20 from "dev" \(the bank has 4\)/,
  ],
  ['passPercent 0', (b) => ((b.exams[0].passPercent = 0), b), 'exams[id=mini-exam].passPercent', /≥ 1, found 0/],
  ['questionCount 0', (b) => ((b.exams[0].questionCount = 0), b), 'exams[id=mini-exam].questionCount', /≥ 1, found 0/],
  [
    'javascript: source URL',
    (b) => ((b.questions[0].sources[0].url = 'javascript:alert(1)'), b),
    'questions[id=dev-q1].sources[0].url',
    /http or https URL, found "javascript:alert\(1\)"/,
  ],
  [
    'data: source URL',
    (b) => ((b.questions[0].sources[0].url = 'data:text/html,hi'), b),
    'questions[id=dev-q1].sources[0].url',
    /http or https URL/,
  ],
  [
    'text too long',
    (b) => ((b.questions[0].explanation = 'x'.repeat(10_001)), b),
    'questions[id=dev-q1].explanation',
    /at most 10000 characters, found 10001 characters/,
  ],
  [
    'control character',
    (b) => ((b.questions[0].stem = 'bell\u0007'), b),
    'questions[id=dev-q1].stem',
    /control characters/,
  ],
  [
    'C1 control character U+0085',
    (b) => ((b.questions[0].stem = 'next line\u0085here'), b),
    'questions[id=dev-q1].stem',
    /control characters/,
  ],
  [
    'C1 control character U+009F',
    (b) => ((b.questions[0].options[1].text = 'app\u009Flication'), b),
    'questions[id=dev-q1].options[id=b].text',
    /control characters/,
  ],
  [
    'C1 control character U+0080',
    (b) => ((b.comparisons[0].trap = '\u0080'), b),
    'comparisons[id=x-vs-y].trap',
    /control characters/,
  ],
  [
    'lone surrogate',
    (b) => ((b.questions[0].stem = 'broken \uD800 text'), b),
    'questions[id=dev-q1].stem',
    /well-formed Unicode/,
  ],
  [
    'empty stem',
    (b) => ((b.questions[0].stem = ''), b),
    'questions[id=dev-q1].stem',
    /expected at least 1 character, found 0 characters/,
  ],
  ['difficulty 4', (b) => ((b.questions[0].difficulty = 4), b), 'questions[id=dev-q1].difficulty', /≤ 3, found 4/],
  [
    'comparison practice answer c',
    (b) => ((b.comparisons[0].practice[0].answer = 'c'), b),
    'comparisons[id=x-vs-y].practice[id=x-vs-y-p1].answer',
    /expected one of "a", "b", found "c"/,
  ],
  [
    'duplicate practice id',
    (b) => ((b.comparisons[0].practice[1].id = 'x-vs-y-p1'), b),
    'comparisons[id=x-vs-y].practice[1].id',
    /unique id, found "x-vs-y-p1" again \(first used at comparisons\[id=x-vs-y\]\.practice\[0\]\)/,
  ],
  [
    'repeated answer',
    (b) => ((b.questions[2].answer = ['a', 'a']), b),
    'questions[id=dev-q3].answer',
    /each option id once, found a repeated id/,
  ],
  [
    'duplicate objective ids',
    (b) => ((b.objectives[1].id = 'dev.t.1'), b),
    'objectives[1].id',
    /unique id, found "dev.t.1" again \(first used at objectives\[0\]\)/,
  ],
  [
    'duplicate checklist item ids',
    (b) => ((b.checklists[0].items[1].id = 'r1'), b),
    'checklists[id=ready].items[1].id',
    /unique id, found "r1" again \(first used at checklists\[id=ready\]\.items\[0\]\)/,
  ],
  [
    'exam id reused from a question',
    (b) => ((b.exams[0].id = 'dev-q1'), b),
    'exams[0].id',
    /unique id, found "dev-q1" again \(first used at questions\[0\]\)/,
  ],
  [
    'question without objective',
    (b) => (delete b.questions[0].objective, b),
    'questions[id=dev-q1].objective',
    /expected an objective id/,
  ],
  [
    'item without id uses its index',
    (b) => (delete b.questions[4].id, b),
    'questions[4].id',
    /expected a string, found nothing/,
  ],
];

describe('parseBank', () => {
  it('accepts a valid bank and applies defaults', async () => {
    const bank = await mutableBank();
    delete bank.comparisons;
    const result = parseBank(bank);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.bank.comparisons).to.deep.equal([]);
  });

  it('returns a valid input itself (no copy), unchanged and usable: an exam draws from it and grades its answers', async () => {
    const input = await mutableBank();
    const before = structuredClone(input);
    const result = parseBank(input);
    if (!result.ok) throw new Error(`the mini bank did not parse: ${JSON.stringify(result.errors)}`);
    expect(result.bank).to.equal(input);
    expect(input).to.deep.equal(before);
    const drawn = assembleExam(result.bank, null, { seed: 7 });
    if (!drawn.ok) throw new Error(`no exam drawn: ${JSON.stringify(drawn.errors)}`);
    expect(drawn.draw.questionIds).to.have.length(5);
    const first = result.bank.questions.find((q) => q.id === drawn.draw.questionIds[0])!;
    expect(isCorrect(first, first.answer)).to.equal(true);
    // Parsing the result again gives it back once more: nothing was added to it.
    expect(parseBank(result.bank)).to.deep.equal({ ok: true, bank: input });
  });

  it('fills defaults into a new bank and leaves the input as it was', async () => {
    const input = await mutableBank();
    delete input.comparisons;
    delete input.checklists;
    delete input.exams;
    const before = structuredClone(input);
    const result = parseBank(input);
    if (!result.ok) throw new Error(`the bank did not parse: ${JSON.stringify(result.errors)}`);
    expect(result.bank).to.not.equal(input);
    expect(result.bank.comparisons).to.deep.equal([]);
    expect(result.bank.checklists).to.deep.equal([]);
    expect(result.bank.exams).to.deep.equal([]);
    expect(input).to.deep.equal(before);
    expect(Object.keys(input)).to.not.include.members(['comparisons', 'checklists', 'exams']);
    // Two results never share a filled-in default.
    const again = parseBank(structuredClone(before));
    expect(again.ok && again.bank.comparisons !== result.bank.comparisons).to.equal(true);
    // Everything else is the input's own (documented: treat the result as read-only).
    expect(result.bank.questions).to.equal(input.questions);
    expect(result.bank.id).to.equal('mini');
  });

  it('keeps a bank validated through a source trusted, though it is the object that was passed', async () => {
    const input = (await mutableBank()) as unknown as Bank;
    expect(isTrustedBank(input)).to.equal(false);
    const whole = await openBankSource(input).whole();
    expect(whole.ok && whole.bank === input).to.equal(true);
    expect(isTrustedBank(input)).to.equal(true);
    // An invalid object is neither returned nor trusted.
    const broken = await mutableBank();
    broken.questions[0].answer = ['f'];
    const rejected = await openBankSource(broken as unknown as Bank).whole();
    expect(rejected.ok).to.equal(false);
    expect(isTrustedBank(broken)).to.equal(false);
  });

  for (const [name, mutate, path, gist] of malformed) {
    it(`reports ${name} at ${path}`, async () => {
      const result = parseBank(mutate(await mutableBank()));
      expect(result.ok, 'should fail').to.equal(false);
      if (result.ok) return;
      const hit = result.errors.find((e) => e.path === path);
      expect(hit, `no error at ${path}; got ${JSON.stringify(result.errors)}`).to.not.equal(undefined);
      expect(hit!.message).to.match(gist);
    });
  }

  it('reports every problem at once', async () => {
    const bank = await mutableBank();
    bank.title = 1;
    bank.questions[0].answer = ['z'];
    bank.domains[0].weight = 10;
    const result = parseBank(bank);
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.path)).to.include.members([
        'title',
        'questions[id=dev-q1].answer[0]',
        'domains',
      ]);
  });

  it('rejects input that is not a bank at all, at (root)', () => {
    for (const input of [null, undefined, 42, 'bank', true]) {
      const result = parseBank(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors[0]!.path).to.equal('(root)');
    }
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.questions = [cyclic];
    const inputs: unknown[] = [
      hostile,
      cyclic,
      [],
      [[[]]],
      { questions: [null, 1, 'x', []] },
      Object.create(null),
      new Date(),
      () => 1,
      Symbol('s'),
      10n,
    ];
    for (let i = 0; i < 200; i += 1) inputs.push(randomJunk(4));
    for (const input of inputs) {
      expect(() => parseBank(input)).to.not.throw();
      expect(() => parseInline(input)).to.not.throw();
      expect(() => parseBankFile(input)).to.not.throw();
    }
  });

  it('handles a huge input without choking', async () => {
    const bank = await mutableBank();
    const template = bank.questions[0];
    bank.questions = Array.from({ length: 5000 }, (_, i) => ({ ...template, id: `gen-${i}` }));
    bank.questions[4999].stem = 'y'.repeat(200_000);
    const result = parseBank(bank);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path)).to.deep.equal([
        'questions[id=gen-4999].stem',
        'exams[id=mini-exam].questionCount',
      ]);
    }
  });

  it('accepts text with no control character (U+00A0 and beyond are not C1)', async () => {
    const bank = await mutableBank();
    bank.questions[0].stem = 'tab\tnewline\nno-break\u00A0space ÿ €';
    expect(parseBank(bank).ok).to.equal(true);
  });

  it('cuts an over-long id in paths and messages with an ellipsis', async () => {
    const bank = await mutableBank();
    const long = 'q'.repeat(100_000);
    bank.questions[0].id = long;
    bank.questions[0].answer = ['z'];
    bank.questions[1].id = long;
    bank.objectives[0].domain = long;
    const result = parseBank(bank);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const short = `${'q'.repeat(40)}…`;
    expect(result.errors.map((e) => e.path)).to.include.members([
      `questions[id=${short}].id`,
      `questions[id=${short}].answer[0]`,
      'questions[1].id',
    ]);
    expect(result.errors.find((e) => e.path === 'questions[1].id')!.message).to.equal(
      `expected a unique id, found "${short}" again (first used at questions[0])`,
    );
    for (const e of result.errors)
      expect(e.path.length + e.message.length, `${e.path}: ${e.message.slice(0, 200)}`).to.be.below(400);
  });

  it('cuts an over-long unexpected field name', async () => {
    const bank = await mutableBank();
    bank.questions[0]['k'.repeat(50_000)] = 1;
    const result = parseBank(bank);
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors).to.deep.equal([
        {
          path: `questions[id=dev-q1].${'k'.repeat(40)}…`,
          message: `unexpected field "${'k'.repeat(40)}…" (check the spelling; see question-bank.schema.json)`,
        },
      ]);
  });

  it('counts questions per domain without Object.prototype: a domain "constructor" with no questions cannot be drawn', async () => {
    const bank = await mutableBank();
    bank.domains[2].id = 'constructor';
    bank.objectives[2].domain = 'dev'; // the third domain's questions now count for dev: "constructor" has none
    const result = parseBank(bank);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors).to.deep.equal([
        {
          path: 'exams[id=mini-exam].questionCount',
          message:
            'expected an exam that can be drawn at the domain weights, found 5 questions needing 1 from "constructor" (the bank has 0)',
        },
      ]);
    }
  });

  it('takes ids named like Object.prototype members at every level', async () => {
    const bank = await mutableBank();
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];
    bank.domains.forEach((d: any, i: number) => {
      for (const o of bank.objectives) if (o.domain === d.id) o.domain = names[i];
      d.id = names[i];
    });
    bank.objectives.forEach((o: any, i: number) => {
      for (const q of bank.questions) if (q.objective === o.id) q.objective = `${names[i]}`;
      for (const c of bank.checklists)
        for (const item of c.items) item.objectives = item.objectives?.map((x: string) => (x === o.id ? names[i] : x));
      o.id = names[i];
    });
    bank.questions[0].id = 'constructor';
    bank.questions[1].id = 'toString';
    bank.comparisons[0].id = 'valueOf';
    bank.comparisons[0].practice[0].id = 'isPrototypeOf';
    bank.checklists[0].id = 'hasOwnProperty';
    bank.checklists[0].items[0].id = 'propertyIsEnumerable';
    bank.exams[0].id = 'toLocaleString';
    const result = parseBank(bank);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
    // The same names, repeated, are still caught.
    bank.questions[2].id = 'constructor';
    const again = parseBank(bank);
    expect(!again.ok && again.errors).to.deep.equal([
      {
        path: 'questions[2].id',
        message: 'expected a unique id, found "constructor" again (first used at questions[0])',
      },
    ]);
  });

  it('rejects __proto__ as an id or a field at every level, without touching prototypes', async () => {
    const bank = await mutableBank();
    bank.domains[0].id = '__proto__';
    bank.questions[0].id = '__proto__';
    bank.comparisons[0].practice[0].id = '__proto__';
    bank.exams[0].id = '__proto__';
    const result = parseBank(bank);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      const paths = result.errors.map((e) => e.path);
      expect(paths).to.include.members([
        'domains[id=__proto__].id',
        'questions[id=__proto__].id',
        'comparisons[id=x-vs-y].practice[id=__proto__].id',
        'exams[id=__proto__].id',
      ]);
    }
    // Parsed from text, "__proto__" is an own key: an unexpected field, at the top and inside a question.
    const text = JSON.stringify(await mutableBank())
      .replace('"questions":[{', '"questions":[{"__proto__":{"x":1},')
      .replace('{"id":"mini"', '{"__proto__":{"questions":[]},"id":"mini"');
    const fromText = parseBank(JSON.parse(text));
    expect(fromText.ok).to.equal(false);
    if (!fromText.ok)
      expect(fromText.errors.map((e) => e.path)).to.have.members(['__proto__', 'questions[id=dev-q1].__proto__']);
    const file = parseBankFile(JSON.parse('{"__proto__": {"id": "x"}}'));
    expect(!file.ok && file.errors.map((e) => e.path)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });

  it('accepts markup in text as plain text (rendered inert later)', async () => {
    const bank = await mutableBank();
    bank.questions[0].stem = 'Is <img src=x onerror="alert(1)"> safe? <script>alert(2)</script>';
    bank.questions[0].options[0].text = '<a href="javascript:alert(3)">click</a>';
    const result = parseBank(bank);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.bank.questions[0]!.stem).to.contain('<script>');
  });
});

describe('parseBankFile', () => {
  it('accepts a partial bank with $schema', () => {
    const result = parseBankFile({ $schema: '../question-bank.schema.json', questions: [] });
    expect(result.ok).to.equal(true);
  });
});

describe('parseInline', () => {
  const question = {
    id: 'q',
    type: 'single',
    stem: 'S',
    options: [
      { id: 'a', text: 'A', rationale: 'ra' },
      { id: 'b', text: 'B', rationale: 'rb' },
    ],
    answer: ['a'],
    explanation: 'E',
  };
  it('takes a single question without objective', () => {
    const result = parseInline(question);
    expect(result.ok && result.bank.kind).to.equal('questions');
  });
  it('names paths from the question itself', () => {
    const result = parseInline({ ...question, answer: ['c'] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]!.path).to.equal('answer[0]');
  });
  it('takes a list, a comparison, a checklist', async () => {
    const bank = await mutableBank();
    expect(parseInline([question, { ...question, id: 'q2' }]).ok).to.equal(true);
    expect(parseInline(bank.comparisons[0]).ok && 'comparison').to.equal('comparison');
    expect(parseInline(bank.checklists[0]).ok).to.equal(true);
    expect(parseInline(bank).ok).to.equal(true);
  });
  it('rejects duplicate ids in a list', () => {
    const result = parseInline([question, question]);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]!.path).to.equal('[1].id');
  });
  it('says what it expected for anything else', () => {
    const result = parseInline({ hello: 1 });
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors[0]!.message).to.contain(
        'expected a question, a list of questions, a comparison, a checklist or a bank',
      );
  });
});

function randomJunk(depth: number): unknown {
  const r = Math.random();
  if (depth <= 0 || r < 0.3) return [null, 0, -1, 1.5, '', 'x', true, undefined][Math.floor(Math.random() * 8)];
  if (r < 0.6) return Array.from({ length: Math.floor(Math.random() * 4) }, () => randomJunk(depth - 1));
  const keys = [
    'id',
    'title',
    'version',
    'domains',
    'objectives',
    'questions',
    'options',
    'answer',
    'exams',
    'weight',
    'type',
    'practice',
    'items',
  ];
  const out: Record<string, unknown> = {};
  for (let i = 0; i < 4; i += 1) out[keys[Math.floor(Math.random() * keys.length)]!] = randomJunk(depth - 1);
  return out;
}
