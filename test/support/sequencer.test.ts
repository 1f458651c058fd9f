import { expect, test } from 'vitest';
import { interleave, type Job } from './sequencer.ts';

const job = (id: string, build: boolean, ms: number): Job => ({ id, build, ms });

test('two builds never run at once; the other worker takes the longest other files meanwhile', () => {
  const jobs = [job('b1', true, 30), job('b2', true, 20), job('x', false, 10), job('y', false, 40), job('z', false, 5)];
  const order = interleave(jobs).map((j) => j.id);
  // Vitest's own order (projects by name) would start b1 and b2 together on the two workers.
  expect(order.slice(0, 2)).toEqual(['b1', 'y']);
  expect(order).toEqual(['b1', 'y', 'b2', 'x', 'z']);
});

test('builds alone still all run, one after another', () => {
  expect(interleave([job('b1', true, 1), job('b2', true, 1)]).map((j) => j.id)).toEqual(['b1', 'b2']);
});
