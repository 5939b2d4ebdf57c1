import type { Activity } from '../../../bot/platform/activity';
import { HOSTS } from '../../helpers/hosts';
import { startBot } from '../../helpers/inProcessBot';

/**
 * Transcripts on each host: every activity in and out is kept, redacted, under its channel and conversation, with
 * the protocol's field names (the Agents SDK's activity class would otherwise store `_channelId`).
 */
describe.each(HOSTS)('%s host: transcripts', (sdk) => {
  it('keeps both sides of a turn, findable by channel and conversation, with the password masked', async () => {
    const bot = await startBot({ BOT_SDK: sdk, STORAGE: 'memory' });
    try {
      await bot.say('transcript-1', 'my password is Tr0ub4dor&3x and i cannot log in');
      const transcripts = bot.app.stores.transcripts!;
      let activities: Partial<Activity>[] = [];
      for (let i = 0; i < 50 && activities.length < 2; i += 1) {
        activities = (await transcripts.getTranscriptActivities('test', 'transcript-1')).items;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(activities.length).toBeGreaterThanOrEqual(2);
      expect(activities.every((activity) => activity.channelId === 'test' && activity.conversation?.id === 'transcript-1')).toBe(true);
      expect(activities.some((activity) => activity.from?.id === 'bot')).toBe(true);
      const stored = JSON.stringify(activities);
      expect(stored).not.toContain('Tr0ub4dor');
      expect(stored).not.toContain('_channelId');
    } finally {
      await bot.close();
    }
  }, 60_000);
});
