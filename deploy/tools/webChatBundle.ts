/*
 * Copies the official Web Chat browser bundle into the build output (`npm run build` runs this after tsc). Web Chat
 * is a dev dependency: its package tree is ~400 packages for one prebuilt 3.9 MB file that carries its own React, so
 * the production install leaves it out and the bot serves this copy (bot/channels/web/webRoutes.ts).
 */

import { copyFileSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { WEB_CHAT_BUNDLE } from '../../dialogs/repoPaths';

/** The bundle with Adaptive Cards (`dist/webchat.js` of botframework-webchat; the package exports only its lib/). */
export function webChatPackageBundle(): string {
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

/**
 * Writes the bundle to WEB_CHAT_BUNDLE and returns that path. Written aside, then renamed: a bot serving the old copy
 * (a test running beside the production test's `npm run build`) never reads a half-written file.
 */
export function copyWebChatBundle(target = WEB_CHAT_BUNDLE): string {
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.tmp`;
  copyFileSync(webChatPackageBundle(), partial);
  renameSync(partial, target);
  return target;
}

if (require.main === module) copyWebChatBundle();
