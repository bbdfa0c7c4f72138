import { GraphQLRequestError } from '../graphql';

export { MAX_PAGE } from './paging';

export const blankToNull = (value: unknown): string | null => {
  if (typeof value !== 'string') return value == null ? null : String(value);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

export function notFound(what: string, key: string): never {
  throw new GraphQLRequestError(`${what} ${key} not found`, 404, [
    { message: `${what} ${key} not found`, extensions: { code: 'NOT_FOUND' } },
  ]);
}

export function unsupported(): never {
  throw new Error('app.errors.unsupported');
}

/** "2026-03-05" (a date input's value, local time) as the start of that day, ISO. */
export function startOfDay(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).toISOString();
}

/** The start of the day after `date` (so a "to" date includes the whole day). */
export function startOfNextDay(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).toISOString();
}
