import { GraphQLError } from 'graphql';

/**
 * Every refusal the API gives names the field and the rule it broke, so a
 * person (or an integrator's log) can see what to fix without reading code.
 * `field` is the path inside the operation's arguments, e.g. `input.parentCode`.
 */
export interface Violation {
  field: string;
  rule: string;
  message: string;
}

export class InputError extends GraphQLError {
  readonly violations: Violation[];
  constructor(violations: Violation[]) {
    const first = violations[0];
    super(violations.map((v) => `${v.field}: ${v.message}`).join('; '), {
      extensions: { code: 'BAD_USER_INPUT', field: first.field, rule: first.rule, violations },
    });
    this.violations = violations;
  }
}

export function inputError(field: string, rule: string, message: string): InputError {
  return new InputError([{ field, rule, message }]);
}

/** Collects violations so one response lists every problem with the input. */
export class Violations {
  readonly list: Violation[] = [];
  add(field: string, rule: string, message: string) {
    this.list.push({ field, rule, message });
  }
  get empty() {
    return this.list.length === 0;
  }
  throwIfAny() {
    if (this.list.length) throw new InputError(this.list);
  }
}

export function notFound(field: string, what: string, key: string): GraphQLError {
  return new GraphQLError(`${field}: no ${what} with code "${key}"`, {
    extensions: { code: 'NOT_FOUND', field, rule: 'exists' },
  });
}

export function versionConflict(field: string, expected: number, actual: number): GraphQLError {
  return new GraphQLError(
    `${field}: the record was changed by someone else (you edited version ${expected}, it is now version ${actual}); reload and apply your change again`,
    { extensions: { code: 'VERSION_CONFLICT', field, rule: 'current-version', expected, actual } },
  );
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message = 'sign in first: this request carries no valid session or API token'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/**
 * A refusal that lifts by itself: says when to retry, in seconds (and as a
 * time for the console), without revealing whether the account exists.
 */
export function tooManyAttempts(field: string, rule: string, message: string, retryAfterMs?: number): GraphQLError {
  if (retryAfterMs === undefined) return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'TOO_MANY_ATTEMPTS', field, rule } });
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new GraphQLError(`${field}: ${message}; try again in ${retryAfterSeconds} seconds`, {
    extensions: {
      code: 'TOO_MANY_ATTEMPTS',
      field,
      rule,
      retryAfterSeconds,
      retryAt: new Date(Date.now() + retryAfterMs).toISOString(),
    },
  });
}
