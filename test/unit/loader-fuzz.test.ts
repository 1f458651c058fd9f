/**
 * The loader at the door, fuzzed: whatever bytes are in a service file —
 * random mutations of the sample files, random bytes, documents of random
 * shape, deep nesting, huge strings — it returns either a catalogue or a list
 * of Japanese problems with file and position. It never throws anything
 * else, and never takes long. Kept to a few seconds so `npm test` stays fast.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { CatalogueError } from '../../src/data/data-problem.ts';
import { loadCatalogue } from '../../src/data/load-catalogue.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLES = join(ROOT, 'content', 'services');
const samples = readdirSync(SAMPLES).map((name) => readFileSync(join(SAMPLES, name)));
const FILE = 'ip0001-1302.yaml';

const dir = mkdtempSync(join(tmpdir(), 'aspic-fuzz-'));
cpSync(join(ROOT, 'content', 'form-b.yaml'), join(dir, 'form-b.yaml'));
cpSync(join(SAMPLES, FILE), join(dir, 'services', FILE), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each case must finish well inside this (the sample catalogue of 12 loads in about 0.1 s; the worst kind, a broken 64 KB file of quotes, about 0.35 s; the margin is for a busy 2-core machine). */
const BOUND_MS = 5_000;

/** Loads the catalogue with `bytes` as its only service file and checks the outcome. */
function loadsOrExplains(bytes: Uint8Array): void {
  writeFileSync(join(dir, 'services', FILE), bytes);
  const started = performance.now();
  try {
    const { services } = loadCatalogue(dir, ROOT);
    expect(services.length).toBeLessThanOrEqual(1);
  } catch (e) {
    if (!(e instanceof CatalogueError)) throw new Error(`the loader threw ${String(e)}`, { cause: e });
    expect(e.problems.length).toBeGreaterThan(0);
    for (const p of e.problems) {
      expect(p.file.endsWith(FILE) && !isAbsolute(p.file), p.file).toBe(true);
      expect(Number.isInteger(p.line) && p.line >= 1, `line ${p.line}`).toBe(true);
      expect(Number.isInteger(p.col) && p.col >= 1, `col ${p.col}`).toBe(true);
      expect(p.message, 'a Japanese reason').toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  }
  expect(performance.now() - started, 'time for one file').toBeLessThan(BOUND_MS);
}

/** Bytes and text that mean something to YAML or to the text policy. */
const SPECIAL = [
  ...[
    '&a ',
    '*a',
    '!!binary ',
    '!foo ',
    ': ',
    '- ',
    '? ',
    '"',
    "'",
    '\t',
    '\n',
    '\r\n',
    '{',
    '}',
    '[',
    ']',
    '|',
    '>-',
    '#',
    '%YAML 1.2\n',
    '---\n',
    '...\n',
  ],
  ...[
    '\\0',
    '\\x85',
    '\\uD800',
    '\\u202E',
    '<<: *a',
    '\u0000',
    '\u001b',
    '\u202e',
    '\ufeff',
    '\ufffe',
    '😀',
    '認定',
    '=HYPERLINK()',
  ],
].map((s) => Buffer.from(s, 'utf8'));

type Mutation = (b: Buffer) => Buffer;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, v]): Mutation => (b) => {
    const c = Buffer.from(b);
    if (c.length) c[at % c.length] = v;
    return c;
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...SPECIAL)).map(
    ([at, s]): Mutation =>
      (b) =>
        Buffer.concat([b.subarray(0, at % (b.length + 1)), s, b.subarray(at % (b.length + 1))]),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(
    ([at, n]): Mutation =>
      (b) =>
        Buffer.concat([b.subarray(0, at % (b.length + 1)), b.subarray((at % (b.length + 1)) + n)]),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 400 })).map(([to, from, n]): Mutation => (b) => {
    const f = from % (b.length + 1);
    const t = to % (b.length + 1);
    return Buffer.concat([b.subarray(0, t), b.subarray(f, f + n), b.subarray(t)]);
  }),
  fc.nat().map(
    (at): Mutation =>
      (b) =>
        b.subarray(0, at % (b.length + 1)),
  ),
);

const mutatedSample = fc
  .tuple(fc.nat({ max: samples.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([i, ms]) => ms.reduce<Buffer>((b, m) => m(b), samples[i]!));

/** A valid sample with one subtree replaced by a random value: documents of the right outline, wrong inside. */
const sampleValue = jsYaml.load(samples[0]!.toString('utf8'), { schema: jsYaml.FAILSAFE_SCHEMA }) as Record<
  string,
  unknown
>;
const replacedSubtree = fc
  .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue({ maxDepth: 4 }))
  .map(([steps, replacement]) => {
    const copy = structuredClone(sampleValue);
    let node: Record<string, unknown> = copy;
    for (const [n, step] of steps.entries()) {
      const keys = Object.keys(node);
      if (!keys.length) break;
      const key = keys[step % keys.length]!;
      const child = node[key];
      if (n === steps.length - 1 || child === null || typeof child !== 'object') {
        node[key] = replacement;
        break;
      }
      node = child as Record<string, unknown>;
    }
    return Buffer.from(jsYaml.dump(copy, { schema: jsYaml.FAILSAFE_SCHEMA, skipInvalid: true, lineWidth: -1 }), 'utf8');
  });

const deepNesting = fc
  .tuple(fc.constantFrom('[', '{a: ', '- ', '  a:\n'), fc.integer({ min: 100, max: 20_000 }))
  .map(([open, depth]) => {
    if (open === '- ')
      return Buffer.from(
        `serviceName:\n${Array.from({ length: Math.min(depth, 3000) }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')}\n`,
      );
    if (open === '  a:\n')
      return Buffer.from(
        `a:\n${Array.from({ length: Math.min(depth, 3000) }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')}\n`,
      );
    return Buffer.from(`serviceName: ${open.repeat(depth)}\n`);
  });

const hugeString = fc
  .tuple(fc.integer({ min: 100_000, max: 800_000 }), fc.constantFrom('あ', 'x', ' ', '"', '\\', '\n  ', '#'))
  .map(([n, c]) => Buffer.concat([samples[0]!, Buffer.from(`\nextra: ${c.repeat(Math.floor(n / c.length))}\n`)]));

describe('the loader, fuzzed', () => {
  test('random mutations of the sample files', () => {
    fc.assert(
      fc.property(mutatedSample, (b) => loadsOrExplains(b)),
      { numRuns: 60 },
    );
  });

  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (b) => loadsOrExplains(b)),
      { numRuns: 40 },
    );
  });

  test('documents of the sample’s outline with a random subtree', () => {
    fc.assert(
      fc.property(replacedSubtree, (b) => loadsOrExplains(b)),
      { numRuns: 40 },
    );
  });

  test('deep nesting', () => {
    fc.assert(
      fc.property(deepNesting, (b) => loadsOrExplains(b)),
      { numRuns: 12 },
    );
  });

  test('huge strings', () => {
    fc.assert(
      fc.property(hugeString, (b) => loadsOrExplains(b)),
      { numRuns: 6 },
    );
  });
});
