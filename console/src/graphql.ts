/**
 * A tiny GraphQL client: POST /graphql on the same origin, JSON in and out,
 * cookies included: the sign-in session rides on the httpOnly `ost_session`
 * cookie the API sets, which no script here can (or needs to) read.
 */

export const GRAPHQL_ENDPOINT = '/graphql';

export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: {
    code?: string;
    field?: string;
    rule?: string;
    [key: string]: unknown;
  };
}

/** One problem with the input: `field` is a path such as "input.parentCode". */
export interface ApiViolation {
  field: string;
  rule?: string;
  message: string;
}

/**
 * Thrown for any failed request. `message` is the server's first error message,
 * so react-admin shows it in its notification; `code`, `field` and `rule` carry
 * the error's extensions. `violations` lists each failing input field with its
 * rule; the data provider copies those a form shows into `body.errors`, which
 * react-admin's forms display under the matching inputs.
 */
export class GraphQLRequestError extends Error {
  readonly status: number;
  readonly code?: string;
  readonly field?: string;
  readonly rule?: string;
  /** TOO_MANY_ATTEMPTS: when sign-in may be tried again (ISO time), if the API says */
  readonly retryAt?: string;
  /** the server's own words, kept when `message` is replaced by a translation key */
  readonly serverMessage: string;
  readonly errors: GraphQLErrorPayload[];
  /** every problem the API found with the input (field, broken rule, message) */
  readonly violations: ApiViolation[];
  /** react-admin reads `body.errors` as server-side validation errors of form inputs */
  body: { errors?: Record<string, string> } | null;

  constructor(message: string, status: number, errors: GraphQLErrorPayload[] = []) {
    const first = errors[0]?.extensions;
    const code = typeof first?.code === 'string' ? first.code : undefined;
    // A refusal is shown as is by react-admin's list and show pages: give it
    // words of the UI's language rather than the server's English.
    super(code === 'FORBIDDEN' ? 'app.errors.FORBIDDEN' : message);
    this.name = 'GraphQLRequestError';
    this.serverMessage = message;
    this.errors = errors;
    this.code = code;
    this.retryAt = typeof first?.retryAt === 'string' ? first.retryAt : undefined;
    // GraphQL answers 200 even when it refuses; give auth refusals their HTTP
    // meaning so an authProvider's checkError can tell them apart.
    this.status = this.code === 'UNAUTHENTICATED' ? 401 : this.code === 'FORBIDDEN' ? 403 : status;
    this.field = typeof first?.field === 'string' ? first.field : undefined;
    this.rule = typeof first?.rule === 'string' ? first.rule : undefined;
    const violations: ApiViolation[] = [];
    for (const e of errors) {
      const list = e.extensions?.violations;
      if (Array.isArray(list)) {
        for (const v of list as Array<Partial<ApiViolation>>) {
          if (typeof v?.field === 'string' && typeof v.message === 'string') {
            violations.push({ field: v.field, rule: typeof v.rule === 'string' ? v.rule : undefined, message: v.message });
          }
        }
      } else if (typeof e.extensions?.field === 'string') {
        violations.push({
          field: e.extensions.field,
          rule: typeof e.extensions.rule === 'string' ? e.extensions.rule : undefined,
          // "input.code: this code is already taken" -> "this code is already taken"
          message: e.message.replace(/^[\w.]+: /, ''),
        });
      }
    }
    this.violations = violations;
    this.body = null;
  }
}

export async function gql<TData, TVars extends Record<string, unknown> = Record<string, unknown>>(
  query: string,
  variables?: TVars,
  options: { signal?: AbortSignal } = {},
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'include',
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err;
    throw new GraphQLRequestError('ra.notification.http_error', 0);
  }

  let payload: { data?: TData | null; errors?: GraphQLErrorPayload[] } | null = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }

  if (payload?.errors?.length) {
    const [first] = payload.errors;
    throw new GraphQLRequestError(first.message, response.status, payload.errors);
  }
  if (!response.ok || !payload || payload.data == null) {
    throw new GraphQLRequestError(
      response.ok ? 'ra.notification.http_error' : `HTTP ${response.status} ${response.statusText}`.trim(),
      response.status,
    );
  }
  return payload.data;
}
