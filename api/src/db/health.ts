import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';

export type HealthStatus = 'ok' | 'degraded' | 'down';

export interface HealthReport {
  /** True while the process can serve requests (HTTP 200); false means send traffic elsewhere (HTTP 503). */
  ok: boolean;
  status: HealthStatus;
  /** Why the status is not `ok`, in words for an operator. */
  reasons: string[];
  database: { reachable: boolean; latencyMs?: number };
  pool: { max: number; used: number; free: number; waiting: number };
}

/** The parts of tarn's pool (behind knex) the report reads. */
interface PoolStats {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * What /healthz answers. The database is probed with `select 1` on a separate,
 * short-lived connection with its own short timeouts, so the probe neither
 * waits behind an exhausted pool nor takes a slot from real requests; probes
 * are shared and reused for a second, so polling /healthz cannot flood the
 * database with connections.
 *
 * - `down` (503): the database does not answer.
 * - `degraded` (200): it answers, but requests are queueing for connections,
 *   or the probe itself was slow; requests still get served, slower or with
 *   SERVICE_UNAVAILABLE once they have waited their bound.
 * - `ok` (200).
 */
export class DatabaseHealth {
  private probe?: Promise<{ reachable: boolean; slow: boolean; latencyMs?: number }>;
  private probeStarted = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly options: { timeoutMillis?: number; reuseMillis?: number } = {},
  ) {}

  private get timeout() {
    return this.options.timeoutMillis ?? 1000;
  }

  private poolStats() {
    const pool = (this.orm.em.getConnection().getKnex().client as { pool?: PoolStats }).pool;
    if (!pool) return { max: 0, used: 0, free: 0, waiting: 0 };
    return { max: pool.max, used: pool.numUsed(), free: pool.numFree(), waiting: pool.numPendingAcquires() };
  }

  private async runProbe() {
    const started = Date.now();
    const client = new pg.Client({
      connectionString: this.orm.config.get('clientUrl'),
      connectionTimeoutMillis: this.timeout,
      query_timeout: this.timeout,
    });
    // A connection that dies mid-probe emits 'error'; the probe's own rejection reports it.
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch {
      await client.end().catch(() => undefined);
      return { reachable: false, slow: false };
    }
    try {
      await client.query('select 1');
      const latencyMs = Date.now() - started;
      return { reachable: true, slow: latencyMs > this.timeout / 2, latencyMs };
    } catch {
      // Connected but the query did not come back in time: up, but struggling.
      return { reachable: true, slow: true };
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /** A probe younger than `reuseMillis` (finished or still running) answers for everyone asking meanwhile. */
  private probeDatabase() {
    const reuse = this.options.reuseMillis ?? 1000;
    if (!this.probe || Date.now() - this.probeStarted >= reuse) {
      this.probeStarted = Date.now();
      this.probe = this.runProbe();
    }
    return this.probe;
  }

  async check(): Promise<HealthReport> {
    const probe = await this.probeDatabase();
    const pool = this.poolStats();
    const reasons: string[] = [];
    if (!probe.reachable) reasons.push('the database does not answer');
    if (pool.waiting > 0) reasons.push(`${pool.waiting} request(s) waiting for one of ${pool.max} database connections`);
    if (probe.reachable && probe.slow) reasons.push(`the database took more than ${this.timeout / 2} ms to answer select 1`);
    const status: HealthStatus = !probe.reachable ? 'down' : reasons.length ? 'degraded' : 'ok';
    return {
      ok: status !== 'down',
      status,
      reasons,
      database: { reachable: probe.reachable, ...(probe.latencyMs !== undefined ? { latencyMs: probe.latencyMs } : {}) },
      pool,
    };
  }
}
