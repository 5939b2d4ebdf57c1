import { startBot } from '../../helpers/inProcessBot';
import { SAMPLE_SUMMARY } from '../../helpers/fakeWebhook';

const DESK_KEY = 'desk-key-for-paging-tests';

describe('/desk with more tickets than a page holds', () => {
  it('shows every ticket on some page: a burst of new ones never hides the ones before it', async () => {
    const bot = await startBot({ STORAGE: 'memory', DESK_KEY });
    try {
      let clock = Date.parse('2026-01-05T09:00:00Z');
      const created = [];
      for (let n = 0; n < 130; n += 1) {
        created.push(await bot.app.helpDesk.tickets.create({ conversationId: `c-${n}`, channelId: 'test', summary: SAMPLE_SUMMARY }, undefined, new Date((clock += 1000))));
      }
      const page = (n: number) => fetch(`${bot.url}/desk?page=${n}`, { headers: { 'x-api-key': DESK_KEY } }).then((r) => r.text());
      const first = await page(1);
      expect(first).toContain('Open tickets (130)');
      expect(first).toContain('Page 1 of 2.');
      expect(first).toContain(created.at(-1)!.id);
      expect(first).not.toContain(created[0]!.id);
      expect(first).toMatch(/<a href="\/desk\?show=open&amp;days=30&amp;page=2#tickets-heading">Older tickets<\/a>/);
      const second = await page(2);
      expect(second).toContain(created[0]!.id);
      expect(second).toContain('Newer tickets');
      expect(await page(99)).toContain('Page 2 of 2.');
    } finally {
      await bot.close();
    }
  });
});
