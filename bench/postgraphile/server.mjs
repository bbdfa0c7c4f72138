/**
 * PostGraphile 5 over the bench database, the peer our API is compared with.
 * Run with Node 22 (bench/peer.ts starts it): amber preset, the `public`
 * schema plus `bench_pg` (the bench's own SQL functions), grafserv on
 * node:http. Settings come from the environment so the bench controls them:
 * DATABASE_URL, PORT, PG_POOL_MAX (the same pool size as our server's).
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public', 'bench_pg'],
      poolConfig: { max: Number(process.env.PG_POOL_MAX ?? 10) },
    }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  // Like our server in production: no explain output, no introspection-time extras.
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => {
  console.error('PostGraphile server error', e);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before saying we are ready, so the first timed request does not pay for it.
await pgl.getSchema();
server.listen(Number(process.env.PORT ?? 5678), '127.0.0.1', () => {
  console.log(`PostGraphile listening on ${process.env.PORT}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    server.close();
    await pgl.release();
    process.exit(0);
  });
}
