import type { FileChange } from './topicEdits';

/*
 * Git-style unified diffs of proposals, for `git apply` (or `patch -p1`) and for reading on /desk. A proposal only
 * adds lines (examples appended, a new file), so one hunk per file is enough: the added block with 3 lines of context.
 */

const CONTEXT = 3;

export function unifiedDiff(change: FileChange): string {
  if (change.before === undefined) return newFileDiff(change.path, change.after);
  const before = linesOf(change.before);
  const after = linesOf(change.after);
  let head = 0;
  while (head < before.length && before[head] === after[head]) head += 1;
  let tail = 0;
  while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail += 1;
  const from = Math.max(0, head - CONTEXT);
  const removed = before.slice(head, before.length - tail);
  const added = after.slice(head, after.length - tail);
  const contextAfter = before.slice(before.length - tail, Math.min(before.length, before.length - tail + CONTEXT));
  const oldLength = head - from + removed.length + contextAfter.length;
  const newLength = head - from + added.length + contextAfter.length;
  return [
    `diff --git a/${change.path} b/${change.path}`,
    `--- a/${change.path}`,
    `+++ b/${change.path}`,
    `@@ -${from + 1},${oldLength} +${from + 1},${newLength} @@`,
    ...before.slice(from, head).map((line) => ` ${line}`),
    ...removed.map((line) => `-${line}`),
    ...added.map((line) => `+${line}`),
    ...contextAfter.map((line) => ` ${line}`),
  ].join('\n') + '\n';
}

/** The lines of a text; the newline ending its last line does not start another. */
function linesOf(text: string): string[] {
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

function newFileDiff(path: string, text: string): string {
  const lines = linesOf(text);
  return [
    `diff --git a/${path} b/${path}`,
    'new file mode 100644',
    '--- /dev/null',
    `+++ b/${path}`,
    `@@ -0,0 +1,${lines.length} @@`,
    ...lines.map((line) => `+${line}`),
  ].join('\n') + (text.endsWith('\n') ? '\n' : '\n\\ No newline at end of file\n');
}
