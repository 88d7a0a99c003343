/** A minimal browser stand-in: posts GraphQL and keeps the session cookie the server sets. */
export class HttpClient {
  cookie: string | null = null;
  lastSetCookie: string | null = null;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async graphql<T>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ status: number; data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...this.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    return { status: response.status, ...((await response.json()) as object) };
  }
}

export const SIGN_IN = `mutation($u: String!, $p: String!) { sessionSignIn(username: $u, password: $p) { viewer { displayName accessRoles } userErrors { code message } } }`;
export const VIEWER = `{ viewer { displayName accessRoles tokenScopes } }`;
