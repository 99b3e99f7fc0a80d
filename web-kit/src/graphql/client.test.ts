import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createGraphQLClient, type GraphQLClientOptions, type TypedDocument } from './client';

const Doc = 'query Q($n: Int) { q(n: $n) }' as unknown as TypedDocument<{ q: number }, { n?: number }>;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function client(fetchImpl: (req: Request) => Response | Promise<Response>, options: Partial<GraphQLClientOptions> = {}) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(new URL(String(input), 'http://app.test'), init);
    requests.push(req.clone());
    return fetchImpl(req);
  });
  const c = createGraphQLClient({ getTenant: () => '330000', getLocale: () => 'zh-CN', fetch: fetch as typeof globalThis.fetch, ...options });
  return { c, requests, fetch };
}

describe('createGraphQLClient', () => {
  it('posts the document and variables with tenant, language and token headers', async () => {
    const { c, requests } = client(() => json({ data: { q: 7 } }), { getAccessToken: async () => 'tok-1', getLocale: () => 'en' });
    await expect(c.request(Doc, { n: 3 })).resolves.toEqual({ q: 7 });
    const req = requests[0];
    expect(new URL(req.url).pathname).toBe('/graphql');
    expect(req.method).toBe('POST');
    expect(req.headers.get('x-tenant')).toBe('330000');
    expect(req.headers.get('accept-language')).toBe('en');
    expect(req.headers.get('authorization')).toBe('Bearer tok-1');
    expect(await req.json()).toEqual({ query: 'query Q($n: Int) { q(n: $n) }', variables: { n: 3 } });
  });

  it("sends the app's own headers (the device id), never over its own ones", async () => {
    const { c, requests } = client(() => json({ data: { q: 1 } }), { getHeaders: () => ({ 'x-device-id': 'dev-1', 'x-tenant': 'spoof' }) });
    await c.request(Doc, {});
    expect(requests[0].headers.get('x-device-id')).toBe('dev-1');
    expect(requests[0].headers.get('x-tenant')).toBe('330000');
  });

  it('sends no tenant or authorization header when there is none', async () => {
    const { c, requests } = client(() => json({ data: { q: 1 } }), { getTenant: () => null, getAccessToken: () => null });
    await c.request(Doc, {});
    expect(requests[0].headers.has('x-tenant')).toBe(false);
    expect(requests[0].headers.has('authorization')).toBe(false);
  });

  it('turns GraphQL errors into an ApiError that keeps codes, reasons and the asked language', async () => {
    const errors = [{ message: '请先选择', extensions: { code: 'BAD_USER_INPUT', reason: 'TENANT_REQUIRED', requestId: 'r1' } }];
    const { c } = client(() => json({ data: null, errors }));
    const err = await c.request(Doc, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: 'graphql', errors, locale: 'zh-CN', status: 200 });
    expect((err as ApiError).codes).toEqual(['BAD_USER_INPUT']);
  });

  it('reports an unreachable server and a non-JSON error page distinctly', async () => {
    const down = client(() => {
      throw new TypeError('fetch failed');
    });
    await expect(down.c.request(Doc, {})).rejects.toMatchObject({ kind: 'network' });
    const proxy = client(() => new Response('<html>Bad Gateway</html>', { status: 502 }));
    await expect(proxy.c.request(Doc, {})).rejects.toMatchObject({ kind: 'http', status: 502, errors: [] });
  });

  it('asks onUnauthorized on UNAUTHENTICATED and retries once with the new token when it says so', async () => {
    let token = 'old';
    const { c, requests } = client(
      (req) => (req.headers.get('authorization') === 'Bearer new' ? json({ data: { q: 2 } }) : json({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] })),
      {
        getAccessToken: () => token,
        onUnauthorized: async () => {
          token = 'new';
          return true;
        },
      },
    );
    await expect(c.request(Doc, {})).resolves.toEqual({ q: 2 });
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer old', 'Bearer new']);
  });

  it('passes the error on when onUnauthorized does not ask for a retry, and never loops', async () => {
    const unauth = () => json({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
    const onUnauthorized = vi.fn(() => undefined);
    const declined = client(unauth, { onUnauthorized });
    await expect(declined.c.request(Doc, {})).rejects.toMatchObject({ kind: 'graphql' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(declined.requests).toHaveLength(1);

    const always = client(unauth, { onUnauthorized: () => true });
    await expect(always.c.request(Doc, {})).rejects.toBeInstanceOf(ApiError);
    expect(always.requests).toHaveLength(2);
  });

  it('treats a bare HTTP 401 as UNAUTHENTICATED', async () => {
    const onUnauthorized = vi.fn(() => false);
    const { c } = client(() => new Response('', { status: 401 }), { onUnauthorized });
    await expect(c.request(Doc, {})).rejects.toMatchObject({ kind: 'http', status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});
