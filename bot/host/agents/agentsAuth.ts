import { AuthType, type AuthConfiguration } from '@microsoft/agents-hosting';
import type { Config } from '../../platform/config';
import type { AppCertificate } from '../appCertificate';

/**
 * The project's Bot Framework settings as the Agents SDK's authentication configuration (its "connection"), so a
 * deployment switching BOT_SDK keeps its settings: MicrosoftAppId -> clientId, MicrosoftAppPassword -> clientSecret,
 * MicrosoftAppCertificateFile/KeyFile -> certPemFile/certKeyFile, MicrosoftAppTenantId -> tenantId,
 * MicrosoftAppType UserAssignedMSI -> UserManagedIdentity. A multi-tenant app has no tenant of its own: its tokens
 * come from the `botframework.com` tenant, which is the SDK's default when tenantId is unset (botbuilder's rule too).
 */
export function agentsAuthConfiguration(config: Config, certificate: AppCertificate | undefined): AuthConfiguration {
  if (config.MicrosoftAppId === undefined) return {};
  const tenantId = config.MicrosoftAppType === 'MultiTenant' ? undefined : config.MicrosoftAppTenantId;
  const common = { clientId: config.MicrosoftAppId, tenantId };
  if (config.MicrosoftAppType === 'UserAssignedMSI') return { ...common, authType: AuthType.UserManagedIdentity };
  if (certificate) {
    // sendX5C: the subject-name/issuer form, as the botbuilder host sends it, so renewing the certificate needs no change.
    return { ...common, authType: AuthType.Certificate, certPemFile: certificate.certificateFile, certKeyFile: certificate.keyFile, sendX5C: true };
  }
  return { ...common, authType: AuthType.ClientSecret, clientSecret: config.MicrosoftAppPassword };
}
