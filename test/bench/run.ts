/**
 * `npm run bench`: the org tree at the bank's full scale — 1 head office,
 * 40 tier-one branches, 400 tier-two branches, 40,000 outlets — on a real
 * PostgreSQL (embedded, or DATABASE_URL's server in a scratch database).
 * Runs the queries people and integrators make, as an administrator at head
 * office and as a tier-one branch user, and prints latency and SQL statement
 * counts. Bounded: a fixed number of runs per query.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ensureDatabase, startEmbeddedPostgres } from '../../api/src/db/database.js';
import { initOrm, migrate } from '../../api/src/db/orm.js';
import { createApolloServer } from '../../api/src/server.js';
import { createRequestContext } from '../../api/src/graphql/context.js';
import { seedDemoData } from '../../api/src/seed.js';
import { userActor } from '../../api/src/modules/session/authenticate.js';
import { User } from '../../api/src/modules/user/user.entity.js';
import { generateNetwork } from './network.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

async function main() {
  let stop = async () => {};
  let url: string;
  const dir = await mkdtemp(path.join(tmpdir(), 'outlet-bench-'));
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    server.pathname = '';
    const name = `outlet_bench_${Date.now().toString(36)}`;
    await ensureDatabase(server.toString().replace(/\/$/, ''), name);
    url = `${server.toString().replace(/\/$/, '')}/${name}`;
  } else {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), persistent: false });
    url = pg.url;
    stop = pg.stop;
  }
  let statements = 0;
  const orm = await initOrm({ url, onQuery: () => statements++ });
  try {
    await migrate(orm);
    await seedDemoData(orm);
    const started = performance.now();
    await generateNetwork(orm, { tierOne: 40, tierTwoPerTierOne: 10, outletsPerTierTwo: 100 });
    const [{ n }] = await orm.em.getKnex()('org_unit').count('* as n');
    console.log(`Network: ${n} units generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await orm.em.getKnex().raw('analyze');

    const apollo = await createApolloServer();
    await apollo.start();
    const em = orm.em.fork();
    const actorOf = async (username: string) => {
      const user = await em.findOneOrFail(User, { username }, { populate: ['orgUnit'] });
      return userActor(user, user.orgUnit.getEntity(), null);
    };
    const admin = await actorOf('admin');
    const branch = await actorOf('t1_staff');

    const cases: [string, typeof admin, string][] = [
      ['tree: HO with 40 tier-one branches and their children (admin)', admin, '{ orgUnit(code: "HO") { code children { code childCount children { code childCount } } } }'],
      ['subtree count: all outlets under a tier-one branch', admin, '{ orgUnit(code: "B01") { descendants(filter: { level: OUTLET }, first: 50) { totalCount nodes { code name { zh } } } } }'],
      ['whole-bank outlet list, one page at offset 20,000', admin, '{ orgUnits(filter: { level: OUTLET }, first: 50, offset: 20000) { totalCount nodes { code } } }'],
      ['search by name across 40,000 outlets', admin, '{ orgUnits(filter: { search: "网点0042" }, first: 20) { totalCount nodes { code ancestors { code } } } }'],
      ['100 outlets with parent and ancestors (no N+1)', admin, '{ orgUnit(code: "B01-01") { children { code parent { code } ancestors { code } } } }'],
      ['tier-one user: its own list (scope filter on every row)', branch, '{ orgUnits(filter: { level: OUTLET }, first: 50) { totalCount nodes { code } } }'],
      [
        "integrator view: an outlet's whole effective standard",
        branch,
        `{ effectiveStandard(orgUnitCode: "GD-FS-01") { outletCategory { code staffing { position range { value { min max } policy setBy { unitCode layerCode revision } } }
          devices { deviceType min { value policy setBy { unitCode layerCode revision } } } zones { zone requirement { value policy } } }
          edition { code positions { code duties { zh } } zones { code equipment { code } } customerTiers { code assetsFrom { amount } assetsBelow { amount } positions zones }
          serviceRules { code core parameters { code type ... on IntParameter { intValue: value } ... on RangeParameter { range: value { min max } } ... on CodeListParameter { codes: value { code } } } } } } }`,
      ],
    ];
    console.log(`\n${RUNS} runs each, in-process GraphQL (no HTTP)\n`);
    console.log('| query | p50 ms | p95 ms | SQL statements |\n|---|---:|---:|---:|');
    for (const [label, actor, query] of cases) {
      const times: number[] = [];
      let perRequest = 0;
      for (let i = 0; i < RUNS; i++) {
        statements = 0;
        const t0 = performance.now();
        const res = await apollo.executeOperation({ query }, { contextValue: createRequestContext(orm.em, actor, randomUUID()) });
        times.push(performance.now() - t0);
        perRequest = statements;
        if (res.body.kind === 'single' && res.body.singleResult.errors) throw new Error(JSON.stringify(res.body.singleResult.errors));
      }
      times.sort((a, b) => a - b);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
      console.log(`| ${label} | ${pct(0.5)} | ${pct(0.95)} | ${perRequest} |`);
    }
    await apollo.stop();
  } finally {
    await orm.close(true);
    await stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
