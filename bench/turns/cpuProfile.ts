/*
 * A V8 CPU profile of a piece of work in this process (node:inspector, no flag needed), and a summary of where it
 * went by function: self time (the function's own code) and inclusive time (everything under it, each sample counted
 * once however often the function recurs in its stack), as shares of the profile's samples.
 */

import { Session, type Profiler, type Runtime } from 'node:inspector';
import { relative } from 'node:path';

/** Profiles `work`, run synchronously; the in-thread inspector session answers each request before `post` returns. */
export function profileOf(work: () => void): Profiler.Profile {
  const session = new Session();
  session.connect();
  let profile: Profiler.Profile | undefined;
  const fail = (error: Error | null): void => {
    if (error) throw error;
  };
  session.post('Profiler.enable', fail);
  session.post('Profiler.setSamplingInterval', { interval: 100 }, fail);
  session.post('Profiler.start', fail);
  try {
    work();
  } finally {
    session.post('Profiler.stop', (error, result) => {
      fail(error);
      profile = result.profile;
    });
    session.disconnect();
  }
  if (!profile) throw new Error('the inspector returned no profile');
  return profile;
}

interface Share { readonly name: string; self: number; inclusive: number }

/** Lines of the summary: the top functions by self time, then this repository's functions by inclusive time. */
export function summariseProfile(profile: Profiler.Profile, root: string, top = 30): string[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const shares = new Map<string, Share>();
  const nameOf = (frame: Runtime.CallFrame): string => {
    const file = frame.url.startsWith('file://') ? relative(root, frame.url.slice('file://'.length)) : frame.url;
    return `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
  };
  const shareOf = (name: string): Share => {
    const known = shares.get(name);
    if (known) return known;
    const made = { name, self: 0, inclusive: 0 };
    shares.set(name, made);
    return made;
  };
  const samples = profile.samples ?? [];
  for (const id of samples) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const name = nameOf(nodes.get(at)!.callFrame);
      if (at === id) shareOf(name).self += 1;
      if (seen.has(name)) continue;
      seen.add(name);
      shareOf(name).inclusive += 1;
    }
  }
  const percent = (count: number): string => `${((100 * count) / samples.length).toFixed(2)} %`.padStart(8);
  const ours = (share: Share): boolean => / (dist\/)?(dialogs|bot)\//.test(share.name);
  const all = [...shares.values()];
  return [
    `${samples.length} samples; by self time:`,
    ...all.sort((a, b) => b.self - a.self).slice(0, top).map((share) => `${percent(share.self)}  ${share.name}`),
    'this repository\'s functions by inclusive time:',
    ...all.filter(ours).sort((a, b) => b.inclusive - a.inclusive).slice(0, top * 2).map((share) => `${percent(share.inclusive)}  ${share.name}`),
  ];
}
