import path from 'node:path';

/*
 * The repository's folders, named in one place. Code runs from the sources (jest, `-r swcRegister`) or compiled
 * into dist/ (npm start, the command lines); this file is then <root>/dialogs/repoPaths.ts or
 * <root>/dist/dialogs/repoPaths.js, and every other module asks here instead of counting `..` from its own place.
 * It lives in dialogs/, the lowest layer, so that every layer (the content loader included) may import it.
 */

/** The repository root (the folder of package.json), from the sources or from dist/. */
export const REPO_ROOT = ((above) => (path.basename(above) === 'dist' ? path.dirname(above) : above))(path.resolve(__dirname, '..'));

/** The YAML content the bot runs on unless CONTENT_DIR says otherwise. */
export const CONTENT_DIR = path.join(REPO_ROOT, 'content');

/** The Web Chat help page's static files (served from the sources: tsc does not copy them into dist/). */
export const WEB_PUBLIC_DIR = path.join(REPO_ROOT, 'bot/channels/web/public');

/** The Teams app package's template and icons. */
export const TEAMS_DIR = path.join(REPO_ROOT, 'deploy', 'teams');

/** Where builds and generated packages go (git-ignored). */
export const DIST_DIR = path.join(REPO_ROOT, 'dist');

/** The Web Chat browser bundle the help page loads, copied here by `npm run build` (Web Chat is a dev dependency). */
export const WEB_CHAT_BUNDLE = path.join(DIST_DIR, 'web', 'webchat.js');

/** Help-desk-style messages written apart from the content's examples, scored by `npm run nlu -- eval`. */
export const NLU_HELDOUT_FILE = path.join(REPO_ROOT, 'tests', 'fixtures', 'nlu-heldout.jsonl');

/** The dev utterances (written blind to content/, like the held-out set), the second set `nlu eval` scores. */
export const NLU_DEV_FILE = path.join(REPO_ROOT, 'tests', 'fixtures', 'nlu-dev.jsonl');

/** A second, fresh set of dev utterances written blind to content/ (issue 18, round 2), the third set `nlu eval` scores. */
export const NLU_DEV2_FILE = path.join(REPO_ROOT, 'tests', 'fixtures', 'nlu-dev2.jsonl');

/** Spanish dev utterances (issue 21, written blind to content/), the Spanish set `nlu eval` scores. */
export const NLU_DEV_ES_FILE = path.join(REPO_ROOT, 'tests', 'fixtures', 'nlu-dev-es.jsonl');
