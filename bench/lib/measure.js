// Timing helpers: alternate a baseline and a candidate, warm up, and summarize with medians.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(times) {
  return { times, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

export function formatMs(ms) {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(0)} ms`;
}

/** CPU time of this process (all its threads), in ms. */
export const processCpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

let clockTick;
/**
 * CPU time of this process's terminated and waited-for children, in ms (Linux `/proc/self/stat`
 * cutime + cstime, 10 ms resolution); undefined where there is no /proc.
 */
export const childrenCpu = () => {
  try {
    clockTick ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), counted from 1 with `pid` and `comm` removed.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTick;
  } catch {
    return undefined;
  }
};

/** Adds summaries field by field: numbers add up, arrays concatenate, objects merge. */
export function mergeSummaries(a, b) {
  if (a === undefined) return b;
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (typeof value === 'number') out[key] = (out[key] ?? 0) + value;
    else if (Array.isArray(value)) out[key] = [...(out[key] ?? []), ...value];
    else if (value && typeof value === 'object') out[key] = mergeSummaries(out[key] ?? {}, value);
    else out[key] = value;
  }
  return out;
}

/** Splits `items` into `count` contiguous slices of near-equal size. */
export function chunk(items, count) {
  const n = Math.max(1, Math.min(count, items.length));
  return Array.from({ length: n }, (_, i) => items.slice(Math.floor((i * items.length) / n), Math.floor(((i + 1) * items.length) / n)));
}

/**
 * Times a baseline against a candidate over the same inputs, interleaved: every repetition goes
 * through the chunks of `inputs`, running baseline and candidate on each chunk back to back,
 * and alternating which goes first (chunk by chunk and repetition by repetition). A side's time
 * for a repetition is the sum of its chunk times, so load from other processes, which comes and
 * goes over seconds, falls on both sides alike. With one chunk this is plain alternation of
 * whole runs (B C, C B, ...).
 *
 * `baseline` and `candidate` are factories called once per repetition (e.g. to create a fresh
 * ESLint instance), returning `async (chunk) => summary`; chunk summaries are merged with
 * mergeSummaries and the last repetition's is kept for validation. One untimed warm-up
 * repetition per `warmup`. Wall time and CPU time (`cpu`: a cumulative CPU clock in ms) are
 * recorded.
 *
 * With `primed`, each timed run follows an untimed run of the same side on the same chunk (from
 * a runner of its own, so no instance cache carries over): each side is then timed in its own
 * steady state rather than in the heap and JIT state the other side left. Meant for whole runs
 * that alternate (`chunks` 1), where that state weighs most. No garbage collection is forced: a
 * forced full collection slowed the run right after it by 30–60% (both sides, measured), which
 * penalised whichever side went first.
 */
export async function alternate({ inputs = [undefined], chunks = 1, warmup, runs, baseline, candidate, primed = false, cpu = processCpu, log }) {
  const slices = chunk(inputs, chunks);
  const factories = { baseline, candidate };
  const out = { baseline: { times: [], cpu: [], last: undefined }, candidate: { times: [], cpu: [], last: undefined } };
  for (let round = 0; round < warmup + runs; round++) {
    const timed = round >= warmup;
    const rep = round - warmup;
    const runners = { baseline: factories.baseline(), candidate: factories.candidate() };
    const acc = { baseline: { wall: 0, cpu: 0, summary: undefined }, candidate: { wall: 0, cpu: 0, summary: undefined } };
    let cpuKnown = true;
    for (const [j, slice] of slices.entries()) {
      for (const name of Math.abs(rep + j) % 2 === 0 ? ['baseline', 'candidate'] : ['candidate', 'baseline']) {
        if (primed) await factories[name]()(slice);
        const c0 = cpu();
        const t0 = performance.now();
        const summary = await runners[name](slice);
        const wall = performance.now() - t0;
        const c1 = cpu();
        acc[name].wall += wall;
        if (c0 === undefined || c1 === undefined) cpuKnown = false;
        else acc[name].cpu += c1 - c0;
        acc[name].summary = mergeSummaries(acc[name].summary, summary);
      }
    }
    for (const name of ['baseline', 'candidate']) {
      out[name].last = acc[name].summary;
      if (timed) {
        out[name].times.push(acc[name].wall);
        if (cpuKnown) out[name].cpu.push(acc[name].cpu);
      }
    }
    const fmt = (name) => `${name} ${formatMs(acc[name].wall)}${cpuKnown ? ` (CPU ${formatMs(acc[name].cpu)})` : ''}`;
    log?.(`${timed ? `run ${rep + 1}/${runs}` : 'warm-up'}: ${fmt('baseline')}, ${fmt('candidate')}${timed ? `, ratio ${(acc.candidate.wall / acc.baseline.wall).toFixed(3)}` : ''}`);
  }
  const side = (name) => ({
    ...summarize(out[name].times),
    cpu: out[name].cpu.length === runs ? summarize(out[name].cpu) : undefined,
    last: out[name].last,
  });
  const b = side('baseline');
  const c = side('candidate');
  return { baseline: b, candidate: c, ratio: c.median / b.median, cpuRatio: b.cpu && c.cpu ? c.cpu.median / b.cpu.median : undefined, chunks: slices.length };
}
