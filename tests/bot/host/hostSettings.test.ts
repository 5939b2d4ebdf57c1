import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage as SdkMemoryStorage, type Storage as SdkStorage } from '@microsoft/agents-hosting';
import { agentsAuthConfiguration } from '../../../bot/host/agents/agentsAuth';
import { appCertificateOf } from '../../../bot/host/appCertificate';
import { createLogger } from '../../../bot/platform/logger';
import { loadConfig } from '../../../bot/platform/config';
import { ConversationStore } from '../../../bot/storage/conversationStore';
import { createStores } from '../../../bot/storage/createStores';

const APP = '00000000-0000-0000-0000-0000000000a1';
const TENANT = '00000000-0000-0000-0000-0000000000f1';

describe('the Agents SDK host reads the same settings as the botbuilder host', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'host-settings-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps the app secret, single- and multi-tenant apps and a managed identity to the SDK connection', () => {
    const single = loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT });
    expect(agentsAuthConfiguration(single, undefined)).toEqual({ clientId: APP, tenantId: TENANT, authType: 'ClientSecret', clientSecret: 'pw' });
    const multi = loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 'pw', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: TENANT });
    expect(agentsAuthConfiguration(multi, undefined)).toMatchObject({ clientId: APP, tenantId: undefined, authType: 'ClientSecret' });
    const msi = loadConfig({ MicrosoftAppId: APP, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT });
    expect(agentsAuthConfiguration(msi, undefined)).toEqual({ clientId: APP, tenantId: TENANT, authType: 'UserManagedIdentity' });
    expect(agentsAuthConfiguration(loadConfig({}), undefined)).toEqual({});
  });

  it('signs in with a certificate instead of a secret, and stops start-up on an unreadable or wrong file', () => {
    const certificateFile = join(dir, 'bot.crt');
    const keyFile = join(dir, 'bot.key');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=help-bot-test', '-days', '1',
      '-keyout', keyFile, '-out', certificateFile], { stdio: 'ignore' });
    const config = loadConfig({ MicrosoftAppId: APP, MicrosoftAppCertificateFile: certificateFile, MicrosoftAppCertificateKeyFile: keyFile,
      MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT });
    const certificate = appCertificateOf(config);
    expect(certificate?.certificatePem).toContain('BEGIN CERTIFICATE');
    expect(agentsAuthConfiguration(config, certificate)).toEqual({
      clientId: APP, tenantId: TENANT, authType: 'Certificate', certPemFile: certificateFile, certKeyFile: keyFile, sendX5C: true,
    });
    expect(() => loadConfig({ MicrosoftAppId: APP, MicrosoftAppCertificateFile: certificateFile }))
      .toThrow(/MicrosoftAppCertificateKeyFile: a certificate needs both/);
    const swapped = loadConfig({ MicrosoftAppId: APP, MicrosoftAppCertificateFile: keyFile, MicrosoftAppCertificateKeyFile: keyFile });
    expect(() => appCertificateOf(swapped)).toThrow(/MicrosoftAppCertificateFile: .* is not a PEM file with a certificate/);
    const missing = loadConfig({ MicrosoftAppId: APP, MicrosoftAppCertificateFile: join(dir, 'none.crt'), MicrosoftAppCertificateKeyFile: keyFile });
    expect(() => appCertificateOf(missing)).toThrow(/MicrosoftAppCertificateFile: cannot read .*none\.crt \(ENOENT\)/);
  });

  it('refuses an unknown BOT_SDK, naming it', () => {
    expect(() => loadConfig({ BOT_SDK: 'express' })).toThrow(/BOT_SDK/);
    expect(loadConfig({}).BOT_SDK).toBe('botbuilder');
  });
});

describe("the project's stores behind the Agents SDK's Storage interface", () => {
  it("the embedded SQLite store is the SDK's Storage, and the project's conversation store runs on the SDK's MemoryStorage", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdk-storage-'));
    const stores = createStores(loadConfig({ STORAGE: 'sqlite', DATA_DIR: dir }), createLogger('silent'));
    try {
      // Typed as the SDK's Storage: the project's store is one, with no adapter in between.
      const storage: SdkStorage = stores.storage;
      const key = 'msteams/conversations/a:1/';
      await storage.write({ [key]: { step: 3, eTag: '*' } });
      expect((await storage.read([key]))[key]).toMatchObject({ step: 3 });
      // The other way: the SDK's MemoryStorage under the project's ConversationStore (eTag transactions).
      const conversations = new ConversationStore<{ turns: number }>(new SdkMemoryStorage(), { initial: { turns: 0 }, ttlMs: 60_000 });
      for (let i = 0; i < 2; i += 1) await conversations.runTurn('c', (s) => ({ state: { turns: s.turns + 1 } }), async () => undefined);
      let seen = -1;
      await conversations.runTurn('c', (s) => {
        seen = s.turns;
        return { state: s };
      }, async () => undefined);
      expect(seen).toBe(2);
    } finally {
      stores.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
