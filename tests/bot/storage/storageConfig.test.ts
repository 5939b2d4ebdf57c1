import { ConfigError, loadConfig } from '../../../bot/platform/config';

describe('storage settings', () => {
  it('default to the embedded database in ./data', () => {
    expect(loadConfig({})).toMatchObject({
      STORAGE: 'sqlite', DATA_DIR: './data', CONVERSATION_TTL_HOURS: 72, TRANSCRIPT_RETENTION_DAYS: 30,
      AZURE_STORAGE_STATE_CONTAINER: 'bot-state', AZURE_STORAGE_TRANSCRIPT_CONTAINER: 'bot-transcripts',
    });
  });

  it('name the variable that is wrong', () => {
    expect(() => loadConfig({ STORAGE: 'blob' })).toThrow(/AZURE_STORAGE_CONNECTION_STRING: is required when STORAGE is blob/);
    expect(() => loadConfig({ STORAGE: 'redis' })).toThrow(/STORAGE/);
    expect(() => loadConfig({ AZURE_STORAGE_STATE_CONTAINER: 'Bot_State' })).toThrow(/AZURE_STORAGE_STATE_CONTAINER/);
    expect(() => loadConfig({ CONVERSATION_TTL_HOURS: '0' })).toThrow(ConfigError);
  });
});
