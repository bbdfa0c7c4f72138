/** A tiny GraphQL-over-HTTP client that keeps the session cookie, like a browser. */
export function httpClient(baseUrl: string) {
  let cookie: string | undefined;
  return {
    get cookie() {
      return cookie;
    },
    async post(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const setCookie = res.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0];
      return { status: res.status, setCookie, body: (await res.json()) as { data?: any; errors?: any[] } };
    },
  };
}
