import { ConfigError, isLocalMode, loadConfig } from '../../../bot/platform/config';

describe('configuration', () => {
  it('has working defaults: local mode on 127.0.0.1:3978 with the embedded store', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, HOST: '127.0.0.1', STORAGE: 'sqlite' });
    expect(isLocalMode(config)).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads TRUST_PROXY as addresses, ranges and names, and says which entry is wrong', () => {
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ TRUST_PROXY: 'loopback, my-nginx' })).toThrow(/TRUST_PROXY: "my-nginx" is not an address/);
  });

  it('names the variable of a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ MicrosoftAppId: 'abc' })).toThrow(/MicrosoftAppPassword: is required/);
  });

  it('keeps local mode on loopback: a public HOST needs credentials or a Direct Line secret', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST: is not a loopback address/);
    expect(loadConfig({ HOST: '::1' }).HOST).toBe('::1');
    expect(loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0', DIRECTLINE_SECRET: 'x'.repeat(40) }).HOST).toBe('0.0.0.0');
  });
});
