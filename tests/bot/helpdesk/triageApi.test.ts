import { startTestServer } from '../../helpers/testServer';

const KEY = 'triage-key-for-tests-0123';

describe('POST /api/triage', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer({ TRIAGE_API_KEY: KEY }); });
  afterAll(async () => { await server?.close(); });

  const post = (body: unknown, headers: Record<string, string> = {}) => fetch(`${server.url}/api/triage`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
  });

  it('refuses requests without the key, or with a wrong one (401)', async () => {
    const none = await post({ text: 'how do I link' });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post({ text: 'x' }, { authorization: 'Bearer wrong-key-wrong-key' })).status).toBe(401);
    expect((await post({ text: 'x' }, { 'x-api-key': 'nope' })).status).toBe(401);
  });

  it('classifies a batch with the Bearer key: topic, score, suggested answer, needs-human flags', async () => {
    const response = await post({
      questions: [
        { id: 'a', text: 'I logged in but there is no link under Utilities' },
        { id: 7, text: 'URGENT: my filing is due today and I cannot link my account' },
        { text: 'can you recommend a good Italian restaurant downtown' },
      ],
    }, { authorization: `Bearer ${KEY}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { results, summary } = (await response.json()) as {
      results: { id: string; intent: string; topic: string; score: number; suggestedAnswer?: string; needsHuman: boolean; urgent: boolean; reasons: string[] }[];
      summary: { total: number; needsHuman: number; urgent: number };
    };
    expect(results.map((r) => r.id)).toEqual(['a', '7', '3']);
    expect(results[0]).toMatchObject({ intent: 'missing_utilities_link', topic: "I can't find the link under Utilities", needsHuman: false });
    expect(results[0]!.score).toBeGreaterThan(0.7);
    expect(results[0]!.suggestedAnswer).toContain('Utilities');
    expect(results[1]).toMatchObject({ urgent: true, needsHuman: true });
    expect(results[2]).toMatchObject({ intent: 'out_of_scope', needsHuman: true, reasons: expect.arrayContaining(['out_of_scope']) });
    expect(summary).toMatchObject({ total: 3, needsHuman: 2, urgent: 1 });
  });

  it('takes one {text} with the x-api-key header', async () => {
    const response = await post({ text: 'what goes in the client code field' }, { 'x-api-key': KEY });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { intent: string }[] };
    expect(results).toEqual([expect.objectContaining({ intent: 'client_code' })]);
  });

  it('answers 400 to a body that is not questions', async () => {
    expect((await post({ questions: [] }, { 'x-api-key': KEY })).status).toBe(400);
    expect((await post({ nothing: true }, { 'x-api-key': KEY })).status).toBe(400);
  });
});

describe('POST /api/triage without TRIAGE_API_KEY', () => {
  it('is unavailable (503), never open', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.url}/api/triage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' });
      expect(response.status).toBe(503);
    } finally {
      await server.close();
    }
  });
});
