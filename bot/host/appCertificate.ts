import { readFileSync } from 'node:fs';
import { ConfigError, type Config } from '../platform/config';

/** The app registration's certificate (PEM) and its private key, read once at start-up. */
export interface AppCertificate {
  readonly certificateFile: string;
  readonly keyFile: string;
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

/**
 * MicrosoftAppCertificateFile / MicrosoftAppCertificateKeyFile, when set (instead of MicrosoftAppPassword), read and
 * checked here so an unreadable or wrong file stops start-up naming the setting, not the first turn. Never logged.
 */
export function appCertificateOf(config: Config): AppCertificate | undefined {
  const certificateFile = config.MicrosoftAppCertificateFile;
  const keyFile = config.MicrosoftAppCertificateKeyFile;
  if (certificateFile === undefined || keyFile === undefined) return undefined;
  return {
    certificateFile, keyFile,
    certificatePem: readPem('MicrosoftAppCertificateFile', certificateFile, 'CERTIFICATE'),
    privateKeyPem: readPem('MicrosoftAppCertificateKeyFile', keyFile, 'PRIVATE KEY'),
  };
}

function readPem(setting: string, file: string, label: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n- ${setting}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!new RegExp(`-----BEGIN [A-Z ]*${label}-----`).test(text)) {
    throw new ConfigError(`Invalid configuration:\n- ${setting}: ${file} is not a PEM file with a ${label.toLowerCase()}`);
  }
  return text;
}
