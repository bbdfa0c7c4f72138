/**
 * Counts the SQL statements a server sends, by standing between it and
 * PostgreSQL and reading the wire protocol. It needs nothing from the server
 * (no hook, no extension), so it counts our API on any version of its code and
 * PostGraphile alike. Every simple Query ('Q') and every Execute ('E') of the
 * extended protocol is one statement.
 *
 * Only the counting phase goes through it: the extra hop would otherwise cost
 * CPU on the same two cores the timed rounds measure.
 */
import net from 'node:net';

export interface StatementCounter {
  /** Where the server should connect instead of PostgreSQL. */
  port: number;
  /** Statements since the last reset. */
  readonly count: number;
  /** SQL text of the statements since the last reset (Query text, or Parse text for prepared ones). */
  readonly recent: string[];
  reset(): void;
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export async function startStatementCounter(target: { host: string; port: number }): Promise<StatementCounter> {
  let count = 0;
  let recent: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    // Until the startup message, messages carry no type byte.
    let startup = true;
    client.on('data', (chunk) => {
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (startup) {
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          // An SSL or GSS request is answered with one byte and followed by the real startup.
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startup = false;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const type = String.fromCharCode(pending[0]);
        if (type === 'Q' || type === 'E') count++;
        if (type === 'Q') recent.push(pending.toString('utf8', 5, length).replace(/\0$/, ''));
        if (type === 'P') {
          // Parse: statement name (NUL-terminated), then the query text.
          const nameEnd = pending.indexOf(0, 5);
          recent.push(pending.toString('utf8', nameEnd + 1, pending.indexOf(0, nameEnd + 1)));
        }
        pending = pending.subarray(1 + length);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', closeBoth).on('error', closeBoth);
    upstream.on('close', closeBoth).on('error', closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    get count() {
      return count;
    },
    get recent() {
      return recent;
    },
    reset() {
      count = 0;
      recent = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
