import { basic, csrfOf, DESK_KEY, deskServerWithTicket, form } from '../../helpers/deskHarness';

describe('/desk', () => {
  let server: Awaited<ReturnType<typeof deskServerWithTicket>>['server'];
  let ticketId: string;
  beforeAll(async () => { ({ server, ticketId } = await deskServerWithTicket()); });
  afterAll(async () => { await server?.close(); });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers, redirect: 'manual' });
  const post = (path: string, body: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, {
    method: 'POST', body, redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, ...headers },
  });

  it('refuses requests without credentials or with a wrong key (401, Basic challenge, sign-in form, no data)', async () => {
    for (const headers of [{}, basic('wrong-key-wrong'), { authorization: 'Bearer nope' }]) {
      const response = await get('/desk', headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
      const page = await response.text();
      expect(page).toContain('<form method="post" action="/desk/login">');
      expect(page).not.toContain(ticketId);
    }
  });

  it('shows open tickets with their summaries, escaped, and the report with charts (Basic auth)', async () => {
    const response = await get('/desk', basic(DESK_KEY));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*style-src 'sha256-/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain(`<h3 id="ticket-${ticketId}-title">${ticketId} <span class="status status-new">New</span></h3>`);
    expect(page).toContain('The bot could not answer twice in a row');
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(page).toMatch(/<svg role="img" aria-labelledby="topics-title topics-desc"/);
    expect(page).toMatch(/<svg role="img" aria-labelledby="funnel-title funnel-desc"/);
    expect(page).toContain('Questions the bot could not answer');
    expect(page).toMatch(/<strong>100\.0 %<\/strong>handoff rate \(1 tickets\)/);
    expect(page).toMatch(/jury summons/);
  });

  it('accepts the key as Bearer or x-api-key too (tools)', async () => {
    expect((await get('/desk', { authorization: `Bearer ${DESK_KEY}` })).status).toBe(200);
    expect((await get('/desk', { 'x-api-key': DESK_KEY })).status).toBe(200);
  });

  it('signs in with the form: HttpOnly, SameSite=Strict session cookie; signing out ends the session on the server', async () => {
    const login = await get('/desk/login');
    expect(login.status).toBe(200);
    const loginCookie = login.headers.get('set-cookie')!.split(';')[0]!;
    expect(loginCookie).toMatch(/^desk_login=/);
    const csrf = csrfOf(await login.text());
    // The sign-in form's token is bound to the browser that got the form.
    expect((await post('/desk/login', form({ key: DESK_KEY, csrf }))).status).toBe(403);
    expect((await post('/desk/login', form({ key: 'not-the-key', csrf }), { cookie: loginCookie })).status).toBe(401);
    const signedIn = await post('/desk/login', form({ key: DESK_KEY, csrf }), { cookie: loginCookie });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/desk');
    const setCookie = signedIn.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^desk_session=[^;]+; Path=\/desk; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0]!;
    const page = await get('/desk', { cookie });
    expect(page.status).toBe(200);
    const out = await post('/desk/logout', form({ csrf: csrfOf(await page.text()) }), { cookie });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/^desk_session=; .*Max-Age=0/);
    // A copy of the cookie taken before signing out is worth nothing now.
    expect((await get('/desk', { cookie })).status).toBe(401);
    expect((await get('/desk', { cookie: 'desk_session=123.forged' })).status).toBe(401);
  });

  it('hands out no form token that changes tickets without signing in', async () => {
    const login = await get('/desk/login');
    const loginCookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const unauthenticatedToken = csrfOf(await login.text());
    const path = `/desk/tickets/${ticketId}/status`;
    expect((await post(path, form({ status: 'in_progress', csrf: unauthenticatedToken }), { ...basic(DESK_KEY), cookie: loginCookie })).status).toBe(403);
  });

  it('changes a ticket\'s status with a CSRF-safe form post', async () => {
    const auth = basic(DESK_KEY);
    const csrf = csrfOf(await (await get('/desk', auth)).text());
    const path = `/desk/tickets/${ticketId}/status`;
    expect((await post(path, form({ status: 'in_progress' }), auth)).status).toBe(403);
    expect((await post(path, form({ status: 'in_progress', csrf: 'forged.token' }), auth)).status).toBe(403);
    expect((await post(path, form({ status: 'in_progress', csrf }), { ...auth, origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(path, form({ status: 'in_progress', csrf }), { ...auth, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post(path, form({ status: 'in_progress', csrf }))).status).toBe(401);
    expect((await post(path, form({ status: 'done', csrf }), auth)).status).toBe(400);
    expect((await post('/desk/tickets/HD-ZZZZZZ/status', form({ status: 'closed', csrf }), auth)).status).toBe(404);

    const moved = await post(path, form({ status: 'in_progress', csrf }), auth);
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe(`/desk?updated=${ticketId}#ticket-${ticketId}`);
    const after = await (await get(`/desk?updated=${ticketId}`, auth)).text();
    expect(after).toContain(`<p class="notice" role="status">${ticketId} is now In progress.</p>`);
    expect(after).toContain('status-in_progress');

    expect((await post(path, form({ status: 'closed', csrf }), auth)).status).toBe(303);
    expect(await (await get('/desk', auth)).text()).not.toContain(`id="ticket-${ticketId}"`);
    expect(await (await get('/desk?show=all', auth)).text()).toContain(`id="ticket-${ticketId}"`);
  });
});
