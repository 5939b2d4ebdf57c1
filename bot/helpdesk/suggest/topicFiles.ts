import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../dialogs/repoPaths';
import type { TopicFile } from '../../../dialogs/helpdesk/suggest/topicEdits';

/**
 * The content's topic files as text, by intent (read from each file's top-level `intent:` line), with paths as a
 * patch names them: relative to the repository when the content is inside it, else to the working directory.
 */
export function readTopicFiles(contentDir: string): { files: Map<string, TopicFile>; topicsDir: string } {
  const dir = path.join(contentDir, 'topics');
  const files = new Map<string, TopicFile>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const intent = /^intent:\s*([a-z_]+)\s*$/m.exec(text)?.[1];
    if (intent) files.set(intent, { path: patchPath(path.join(dir, name)), text });
  }
  return { files, topicsDir: patchPath(dir) };
}

function patchPath(file: string): string {
  const inRepo = path.relative(REPO_ROOT, path.resolve(file));
  const relative = inRepo.startsWith('..') ? path.relative(process.cwd(), path.resolve(file)) : inRepo;
  return relative.split(path.sep).join('/');
}
