import path from 'node:path';

/**
 * The repository root, for tools that write files into the sources: they run compiled (dist/deploy/tools) or from
 * source under jest (deploy/tools), and either way this file is two folders below the root (or three, under dist).
 */
export const REPO_ROOT = ((root) => (path.basename(root) === 'dist' ? path.dirname(root) : root))(path.resolve(__dirname, '..', '..'));
