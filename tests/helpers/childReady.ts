import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** How long a start may take: `cpuSeconds` of the child's own work, and at most `wallSeconds` in all. */
export interface StartBudget {
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
}

/**
 * Waits until `isReady` holds for a process the test spawned (its /healthz answers 200, say), or fails: the process
 * exited, spent more than its CPU budget, or outlasted the wall-clock ceiling. Start-up is CPU work (loading content,
 * training the recognizers), so it is bounded in the child's CPU seconds, which a loaded machine does not stretch:
 * at load 20 on 2 cores the release's untrained start (about 4.5 s of CPU) got a tenth of a core and missed a 30 s
 * wall deadline. The wall ceiling only catches a start that hangs without working.
 */
export async function waitUntilReady(
  child: ChildProcess, isReady: () => Promise<boolean>, budget: StartBudget, describe: () => string,
): Promise<void> {
  const wallDeadline = Date.now() + budget.wallSeconds * 1000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`it exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${describe()}`);
    }
    if (await isReady()) return;
    const cpu = cpuSecondsOf(child.pid);
    const overCpu = cpu !== undefined && cpu > budget.cpuSeconds;
    if (overCpu || Date.now() > wallDeadline) {
      child.kill('SIGKILL');
      const spent = overCpu ? `${cpu.toFixed(1)} s of CPU (budget ${budget.cpuSeconds} s)` : `${budget.wallSeconds} s`;
      throw new Error(`it was not ready after ${spent}:\n${describe()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** User + system CPU seconds of a running process, from /proc; undefined without /proc (the wall ceiling then decides). */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name (in parentheses, may hold spaces): utime and stime are the 14th and 15th fields, in
    // clock ticks (100 per second on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
