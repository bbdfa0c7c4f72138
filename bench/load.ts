/**
 * One timed round: autocannon sends the same GraphQL request over keep-alive
 * connections on loopback for a fixed time, while the CPU of the server's
 * process tree and of PostgreSQL's is read before and after.
 */
import autocannon from 'autocannon';
import { procAvailable, treeCpuSeconds } from './proc.js';

export interface RoundResult {
  requests: number;
  seconds: number;
  /** Requests per second. */
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU seconds per request, of the server and of PostgreSQL (null when not measured). */
  nodeCpuPerRequest: number;
  pgCpuPerRequest: number | null;
}

export interface RoundOptions {
  url: string;
  query: string;
  headers: Record<string, string>;
  connections: number;
  /** How long to send requests for; or, with `amount`, a fixed number of requests instead. */
  seconds: number;
  amount?: number;
  serverPid: number;
  postgresPid: number | null;
}

export async function round(opts: RoundOptions): Promise<RoundResult> {
  const nodeBefore = treeCpuSeconds(opts.serverPid);
  const pgBefore = opts.postgresPid ? treeCpuSeconds(opts.postgresPid) : 0;
  const result = await autocannon({
    url: `${opts.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...opts.headers },
    body: JSON.stringify({ query: opts.query }),
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds }),
  });
  // Requests still running when autocannon stops keep the server busy; they
  // belong to this round, and must not eat into the next one (the peer's).
  if (procAvailable) await waitUntilIdle(opts.serverPid);
  const nodeCpu = treeCpuSeconds(opts.serverPid) - nodeBefore;
  const pgCpu = opts.postgresPid ? treeCpuSeconds(opts.postgresPid) - pgBefore : null;
  const requests = result.requests.total;
  const seconds = result.duration;
  // A round in which no request finished has no percentiles: its length is a lower bound for them.
  const noneFinished = requests === 0 ? seconds * 1000 : null;
  return {
    requests,
    seconds,
    throughput: requests / seconds,
    p50: noneFinished ?? result.latency.p50,
    p99: noneFinished ?? result.latency.p99,
    // autocannon counts timeouts among its errors already.
    errors: result.errors + result.non2xx,
    nodeCpuPerRequest: requests ? nodeCpu / requests : NaN,
    pgCpuPerRequest: pgCpu === null ? null : requests ? pgCpu / requests : NaN,
  };
}

/** Waits (at most `maxSeconds`) until the process tree uses under 5% of a core over a quarter second. */
export async function waitUntilIdle(pid: number, maxSeconds = 60) {
  const deadline = Date.now() + maxSeconds * 1000;
  let last = treeCpuSeconds(pid);
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const now = treeCpuSeconds(pid);
    if (now - last < 0.0125) return;
    last = now;
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
