import { ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, type Activity } from 'botbuilder';
import {
  CertificateServiceClientCredentialsFactory, JwtTokenValidation, type AuthenticateRequestResult, type ServiceClientCredentialsFactory, type ClaimsIdentity, type ConnectorClient, type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Config } from '../platform/config';
import { appCertificateOf } from './appCertificate';
import { remember } from './rememberedClients';

/**
 * CloudAdapter builds a new ConnectorClient and UserTokenClient (each a fresh HTTP pipeline) on every turn, a cost
 * the turn benchmark showed (bench/README.md, "Measurements behind the code"). The clients hold only the bot's own
 * credentials and a base URL, so they are reused per service URL, audience and app id — as botbuilder's older
 * BotFrameworkAdapter cached them.
 * Authentication of each incoming request is unchanged.
 */
export class CachingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const inner = result.connectorFactory;
    if (!inner) return result;
    const appId = JwtTokenValidation.getAppIdFromClaims(result.claimsIdentity.claims) ?? '';
    const connectorFactory = {
      create: (serviceUrl: string, audience?: string) =>
        remember(this.connectors, `${appId}|${audience ?? ''}|${serviceUrl}`, () => inner.create(serviceUrl, audience)),
    } as ConnectorFactory;
    return { ...result, connectorFactory };
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const appId = JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
    return remember(this.userTokenClients, appId, () => super.createUserTokenClient(claimsIdentity));
  }
}

/**
 * The bot's Bot Framework authentication from its app settings (MicrosoftAppId …), for the adapter and for the
 * built-in Direct Line's bridge. Without MicrosoftAppId: local mode, nothing is authenticated.
 */
export function botFrameworkAuthentication(config: Config): CachingBotFrameworkAuthentication {
  return new CachingBotFrameworkAuthentication({}, credentialFactory(config));
}

/** A certificate (MicrosoftAppCertificateFile) when configured, else the app secret or managed identity. */
function credentialFactory(config: Config): ServiceClientCredentialsFactory {
  const certificate = appCertificateOf(config);
  if (certificate && config.MicrosoftAppId) {
    // The x5c form: Entra ID checks the certificate's subject name and issuer, so a renewed certificate just works.
    return new CertificateServiceClientCredentialsFactory(config.MicrosoftAppId, certificate.certificatePem, certificate.privateKeyPem,
      config.MicrosoftAppTenantId);
  }
  return new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
}
