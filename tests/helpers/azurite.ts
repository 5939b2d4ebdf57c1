import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './chat';

/** Azurite's well-known development account, read from Azurite itself rather than copied into the repository. */
const emulator = require('azurite/dist/src/common/utils/constants') as { EMULATOR_ACCOUNT_NAME: string; EMULATOR_ACCOUNT_KEY: Buffer };
const ACCOUNT = emulator.EMULATOR_ACCOUNT_NAME;
const ACCOUNT_KEY = emulator.EMULATOR_ACCOUNT_KEY.toString('base64');

export interface Azurite {
  readonly port: number;
  readonly connectionString: string;
  /** Graceful stop (SIGTERM lets Azurite save its database, so a restart finds the blobs again). */
  stop(): Promise<void>;
  /** Starts it again on the same port and folder. */
  restart(): Promise<void>;
}

/**
 * The Azure Storage emulator's blob service (npm `azurite`), started by the test itself on a free loopback port.
 * --disableTelemetry: it would otherwise call the internet; --skipApiVersionCheck: it would otherwise reject the
 * API version of the current @azure/storage-blob.
 */
export async function startAzurite(location: string): Promise<Azurite> {
  const port = await freePort();
  let child = await launch(port, location);
  return {
    port,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`,
    stop: () => stopChild(child),
    restart: async () => { child = await launch(port, location); },
  };
}

function launch(port: number, location: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [
    require.resolve('azurite/dist/src/blob/main.js'), '--blobHost', '127.0.0.1', '--blobPort', String(port),
    '--location', location, '--disableTelemetry', '--skipApiVersionCheck', '--silent',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Should the test process die first, do not leave an emulator behind.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.removeListener('exit', orphanGuard));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`Azurite did not start: ${output}`)); }, 20_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (/successfully listens/.test(output)) {
        clearTimeout(timer);
        child.stdout!.removeListener('data', listen);
        child.stdout!.resume();
        resolve(child);
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Azurite exited (${code}): ${output}`)); });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
