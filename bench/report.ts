/**
 * Turns a run's results into Markdown and writes it into bench/REPORT.md
 * between the two markers, leaving the hand-written commentary around them.
 */
import type { ImpactTiming } from './impact.js';
import os from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { NetworkShape } from './network.js';
import type { BenchQuery } from './queries.js';
import type { StatementCount } from './harness.js';
import { median, type RoundResult } from './load.js';

export const START_MARKER = '<!-- bench:results:start (written by npm run bench; edit outside the markers) -->';
export const END_MARKER = '<!-- bench:results:end -->';

export interface Machine {
  cpus: string;
  memory: string;
  os: string;
  node: string;
  node22: string | null;
  postgres: string;
  loadAtStart: string;
  note?: string;
}

export function describeMachine(opts: { postgresVersion: string; node22: string | null; note?: string }): Machine {
  const cpus = os.cpus();
  return {
    cpus: `${cpus.length} × ${cpus[0]?.model?.trim() ?? 'unknown'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    node22: opts.node22,
    postgres: opts.postgresVersion,
    loadAtStart: os.loadavg().map((l) => l.toFixed(2)).join(', '),
    note: opts.note,
  };
}

export interface QueryResult {
  query: BenchQuery;
  ours: RoundResult[];
  peer?: RoundResult[];
  counts: { ours: StatementCount; peer?: StatementCount };
}

export interface BenchResults {
  startedAt: Date;
  finishedAt: Date;
  machine: Machine;
  postgres: string;
  shape: NetworkShape;
  fullScale: boolean;
  totalUnits: number;
  generationSeconds: number;
  settings: { seconds: number; rounds: number; connections: number; warmupSeconds: number };
  withPeer: boolean;
  results: QueryResult[];
  widthChecks: { small: string; large: string; smallCount: StatementCount; largeCount: StatementCount }[];
  peakRss: { ours: number | null; peer: number | null };
  /** The impact preview, timed in process (the service without HTTP). */
  impact: ImpactTiming[];
}

const mb = (bytes: number | null) => (bytes === null ? 'not measured' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
const ms = (seconds: number | null) => (seconds === null || Number.isNaN(seconds) ? 'n/m' : (seconds * 1000).toFixed(2));
const med = (rounds: RoundResult[], pick: (r: RoundResult) => number | null) => {
  const values = rounds.map(pick);
  return values.some((v) => v === null) ? null : median(values as number[]);
};
const countText = (c: StatementCount) => (new Set(c.runs).size > 1 ? `${c.count} (runs: ${c.runs.join(', ')})` : String(c.count));

/** Ours over theirs per round (rounds are paired: ours then theirs), and the median of those ratios. */
export function throughputRatio(r: QueryResult): number | null {
  if (!r.peer) return null;
  return median(r.ours.map((o, i) => o.throughput / r.peer![i].throughput));
}

interface Target {
  name: string;
  met: boolean | null;
  detail: string;
}

export function evaluateTargets(b: BenchResults): Target[] {
  const targets: Target[] = [];
  if (b.impact.length) {
    const slowest = [...b.impact].sort((x, y) => y.ms - x.ms)[0];
    targets.push({
      name: `Impact preview under 5 s at ${b.totalUnits.toLocaleString('en')} units, every branch with a local version`,
      met: slowest.ms < 5000,
      detail: b.impact.map((i) => `${i.label} ${(i.ms / 1000).toFixed(2)} s`).join('; '),
    });
  }
  const comparable = b.results.filter((r) => r.peer && r.query.id !== 'typename');
  if (b.withPeer) {
    const worst = comparable.map((r) => ({ id: r.query.id, ratio: throughputRatio(r)! })).sort((x, y) => x.ratio - y.ratio);
    const missed = worst.filter((w) => w.ratio < 1);
    targets.push({
      name: "Throughput on the comparable queries at least PostGraphile's (ratio ≥ 1)",
      met: missed.length === 0,
      detail: missed.length
        ? `missed on ${missed.map((w) => `${w.id} (ratio ${w.ratio.toFixed(2)}: PostGraphile serves ${(1 / w.ratio).toFixed(1)}× as many requests per second)`).join('; ')}`
        : `lowest ratio ${worst[0]?.ratio.toFixed(2)} (${worst[0]?.id})`,
    });
  }
  const unequal = b.widthChecks.filter((w) => w.smallCount.count !== w.largeCount.count);
  targets.push({
    name: 'SQL statements per request bounded by query depth, not by page size or tree width',
    met: unequal.length === 0,
    detail: unequal.length
      ? `count grows with size: ${unequal.map((w) => `${w.small} ${w.smallCount.count} → ${w.large} ${w.largeCount.count}`).join('; ')}`
      : b.widthChecks.map((w) => `${w.smallCount.count} = ${w.largeCount.count}`).join(', ') + ' (smaller vs larger, table above)',
  });
  const effective = b.results.find((r) => r.query.id === 'effective');
  if (effective) {
    const p50 = med(effective.ours, (r) => r.p50)!;
    targets.push({
      name: `An outlet's effective standard at p50 under 20 ms at ${b.settings.connections} connections`,
      met: p50 < 20,
      detail: p50 < 20 ? `p50 ${p50} ms` : `p50 ${p50} ms, ${(p50 - 20).toFixed(1)} ms (${((p50 / 20 - 1) * 100).toFixed(0)}%) over`,
    });
  }
  const rollup = b.results.find((r) => r.query.id === 'rollup');
  if (rollup) {
    const p50 = med(rollup.ours, (r) => r.p50)!;
    const p99 = med(rollup.ours, (r) => r.p99)!;
    targets.push({
      name: `Head office's compliance roll-up (with the rollout by phase and wave) under 1 s at ${b.totalUnits.toLocaleString('en')} units, at p50 with ${b.settings.connections} connections`,
      met: p50 < 1000,
      detail: `p50 ${p50} ms, p99 ${p99} ms; PostgreSQL CPU ${ms(med(rollup.ours, (r) => r.pgCpuPerRequest))} ms and Node CPU ${ms(med(rollup.ours, (r) => r.nodeCpuPerRequest))} ms per request`,
    });
  }
  targets.push({
    name: 'The generator builds the national network with facts, plans and a rollout in under two minutes',
    met: b.fullScale ? b.generationSeconds < 120 : null,
    detail: `${b.generationSeconds.toFixed(1)} s${b.fullScale ? '' : ' (not at full scale)'}`,
  });
  const fixed = b.results.find((r) => r.query.id === 'typename');
  if (fixed?.peer) {
    const ratio = throughputRatio(fixed)!;
    const oursCpu = med(fixed.ours, (r) => r.nodeCpuPerRequest)!;
    const peerCpu = med(fixed.peer, (r) => r.nodeCpuPerRequest)!;
    targets.push({
      name: "Fixed cost of an authenticated request within 2× PostGraphile's",
      met: ratio >= 0.5,
      detail:
        `throughput ratio ${ratio.toFixed(2)} (at least 0.5 needed): our cost per request is ${(1 / ratio).toFixed(2)}× theirs; ` +
        `Node CPU per request ${ms(oursCpu)} ms vs ${ms(peerCpu)} ms`,
    });
  }
  if (b.peakRss.ours !== null) {
    const limit = 512 * 2 ** 20;
    targets.push({
      name: `API peak RSS under 512 MB at ${b.totalUnits.toLocaleString('en')} units`,
      met: b.peakRss.ours < limit,
      detail: `${mb(b.peakRss.ours)}${b.peakRss.ours >= limit ? `, ${mb(b.peakRss.ours - limit)} over` : ''}`,
    });
  }
  return targets;
}

export function renderResults(b: BenchResults): string {
  const m = b.machine;
  const s = b.settings;
  const lines: string[] = [];
  lines.push(`Run ${b.startedAt.toISOString()} → ${b.finishedAt.toISOString()}${b.fullScale ? '' : ' (**not at full scale**: not comparable with the targets)'}.`);
  lines.push('');
  lines.push('**Machine**');
  lines.push('');
  lines.push(`- CPU: ${m.cpus}; memory ${m.memory}; ${m.os}`);
  lines.push(`- Node ${m.node} (our API, the bench and autocannon)${m.node22 ? `; Node ${m.node22} (PostGraphile 5.1.5)` : ''}`);
  lines.push(`- PostgreSQL ${m.postgres}, ${b.postgres}`);
  lines.push(`- Load average at start: ${m.loadAtStart}${m.note ? `. ${m.note}` : ''}`);
  lines.push('');
  lines.push(
    `**Network**: ${b.totalUnits.toLocaleString('en')} units in all: the seeded demo network plus ${b.shape.tierOne} tier-one × ` +
      `${b.shape.tierTwoPerTierOne} tier-two × ${b.shape.outletsPerTierTwo} outlets, with local versions, plans and a rollout in waves, ` +
      `generated in ${b.generationSeconds.toFixed(1)} s.`,
  );
  lines.push('');
  lines.push(
    `**Method**: HTTP on loopback, autocannon, ${s.connections} connections, one ${s.warmupSeconds} s warm-up per query and server, then ` +
      `${s.rounds} rounds of ${s.seconds} s${b.withPeer ? ', ours and PostGraphile taking turns (who goes first alternates)' : ''}; ` +
      'a round ends when the server is idle again (requests still running count towards it; a round in which none finished records its length as p50 and p99); medians over the rounds. ' +
      'Every request carries a head-office API token (PostGraphile ignores it). Statements: one request at a time through a proxy ' +
      'that counts Query and Execute messages. CPU: utime + stime of each server\'s process tree and of the PostgreSQL cluster, ' +
      'read from /proc around each round.',
  );
  lines.push('');
  lines.push('| query | server | req/s | p50 ms | p99 ms | SQL statements | Node CPU ms/req | PostgreSQL CPU ms/req | ours ÷ PostGraphile (req/s) |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of b.results) {
    const row = (who: string, rounds: RoundResult[], count: StatementCount | undefined, ratio: string) => {
      const errors = rounds.reduce((n, x) => n + x.errors, 0);
      lines.push(
        `| ${who === 'ours' ? r.query.label : ''} | ${who}${errors ? ` (${errors} errors)` : ''} | ${med(rounds, (x) => x.throughput)!.toFixed(0)} | ` +
          `${med(rounds, (x) => x.p50)} | ${med(rounds, (x) => x.p99)} | ${count ? countText(count) : ''} | ` +
          `${ms(med(rounds, (x) => x.nodeCpuPerRequest))} | ${ms(med(rounds, (x) => x.pgCpuPerRequest))} | ${ratio} |`,
      );
    };
    const ratio = throughputRatio(r);
    row('ours', r.ours, r.counts.ours, ratio === null ? 'no peer' : `**${ratio.toFixed(2)}**`);
    if (r.peer) row('PostGraphile', r.peer, r.counts.peer, '');
  }
  lines.push('');
  lines.push(`Peak RSS (VmHWM) over the run: ours ${mb(b.peakRss.ours)}${b.withPeer ? `, PostGraphile ${mb(b.peakRss.peer)}` : ''}.`);
  lines.push('');
  lines.push('**Statements against page size and tree width** (ours):');
  lines.push('');
  lines.push('| smaller | statements | larger | statements |');
  lines.push('|---|---:|---|---:|');
  for (const w of b.widthChecks) lines.push(`| ${w.small} | ${countText(w.smallCount)} | ${w.large} | ${countText(w.largeCount)} |`);
  lines.push('');
  if (b.impact.length) {
    lines.push('**Impact preview** (in process, median of 5 runs after one that warms the edition cache; every tier-one and tier-two branch has an approved local version):');
    lines.push('');
    lines.push('| draft | ms | outlets below | outlets affected | groups |');
    lines.push('|---|---:|---:|---:|---:|');
    for (const i of b.impact) lines.push(`| ${i.label} | ${i.ms.toFixed(0)} | ${i.outletsBelow} | ${i.outletsAffected} | ${i.groups} |`);
    lines.push('');
  }
  lines.push('**Targets**');
  lines.push('');
  for (const t of evaluateTargets(b)) lines.push(`- ${t.met === null ? '—' : t.met ? 'Met' : '**Missed**'}: ${t.name}. ${t.detail}.`);
  if (b.results.some((r) => r.peer)) {
    lines.push('');
    lines.push('Rounds per query (req/s, ours / PostGraphile):');
    lines.push('');
    for (const r of b.results.filter((x) => x.peer)) {
      lines.push(`- ${r.query.id}: ${r.ours.map((o, i) => `${o.throughput.toFixed(0)} / ${r.peer![i].throughput.toFixed(0)}`).join('; ')}`);
    }
  }
  return lines.join('\n');
}

/** Writes the results between the markers of `file` (creating it with the markers if missing); returns the Markdown. */
export function writeReport(b: BenchResults, file: string | null): string {
  const markdown = renderResults(b);
  if (!file) return markdown;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark report\n\n${START_MARKER}\n${END_MARKER}\n`;
  const start = current.indexOf(START_MARKER);
  const end = current.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`${file} lacks the result markers; add\n${START_MARKER}\n${END_MARKER}`);
  writeFileSync(file, `${current.slice(0, start + START_MARKER.length)}\n${markdown}\n${current.slice(end)}`);
  return markdown;
}
