import { copyWebChatBundle } from '../deploy/tools/webChatBundle';
import { createBotCore, createEngine, warmLanguages } from '../bot/host/botCore';
import { loadConfig } from '../bot/platform/config';
import { TEST_NLU_CACHE_DIR } from './helpers/nluCache';

/** The help page serves Web Chat from the build output (dist/web); tests run from the sources, so copy it as the build does. */
export default function globalSetup(): void {
  copyWebChatBundle();
  warmTestModels();
}

/**
 * Trains the content's models (each language's recognizer and progress reader) into the tests' cache once, before
 * the workers start: otherwise, on a clean clone, the first test files run side by side would each train the same
 * models, and a spawned bot would train inside its start-up deadline. With the cache filled this reads it (~1 s).
 */
function warmTestModels(): void {
  const config = loadConfig({ LOG_LEVEL: 'silent', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR });
  try {
    const core = createBotCore(config);
    warmLanguages(core, createEngine(config, core));
  } catch {
    // Content that does not load is the tests' to report (with file and line), not a reason to run none of them.
  }
}
