import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs independent reads. Outside a transaction they go side by side, each on
 * a pooled connection of its own. Inside a transaction every statement shares
 * the transaction's one connection, which answers one statement at a time:
 * sending the next before the last has answered is what pg deprecates (pg 9
 * refuses it), so there they run in turn.
 */
export async function independentQueries<T>(em: EntityManager, tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  if (!em.isInTransaction()) return Promise.all(tasks.map((task) => task()));
  const results: T[] = [];
  for (const task of tasks) results.push(await task());
  return results;
}
