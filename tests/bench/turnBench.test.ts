import { join } from 'node:path';
import { formatTable, parseArgs } from '../../bench/turns/main';
import { TINY, runTurnBench } from '../../bench/turns/turnBench';

/**
 * Smoke test of `npm run bench` (bench/turns): the whole harness in its tiny mode, run from the TypeScript sources.
 * It checks that every figure is produced, never how fast anything is (timings depend on the machine).
 */
describe('turn benchmark harness', () => {
  it('measures the echo bot and the real bot on both hosts and produces every figure', async () => {
    const results = await runTurnBench({ ...TINY, hosts: ['botbuilder', 'agents'], register: join(__dirname, '..', 'helpers', 'swcRegister.js') });
    const figures = [
      results.echo.requestsPerSec, results.echo.p50, results.echo.p95, results.echo.p99,
      results.real.requestsPerSec, results.real.p50, results.real.p95, results.real.p99,
      results.ratios.throughput, results.ratios.p99, results.coldStartMs.noCache, results.coldStartMs.cached,
      results.memory.rssWarmMb, results.memory.rssConversationsMb, results.state.mixedLoad.stateBytesAvg,
      results.state.memoryRun.stateBytesAvg, results.hosts.agents!.requestsPerSec, results.hostThroughputRatio!,
      results.hosts.agents!.cpuMsPerTurn, results.hosts.botbuilder!.cpuMsPerTurn, results.hostCpuRatio!,
    ];
    for (const figure of figures) expect(figure).toBeGreaterThan(0);
    for (const kind of [results.echo, results.real, results.hosts.agents!]) {
      expect(kind.rounds[0]!.errors + kind.rounds[0]!.non2xx + kind.rounds[0]!.noReply).toBe(0);
    }
    // Every conversation of the memory phase (two turns each) was stored.
    expect(results.memory.conversations).toBeGreaterThanOrEqual(TINY.conversations);
    expect(Object.keys(results.targets).sort()).toEqual(
      ['agentsThroughputRatio', 'coldStartCachedMs', 'p99Ratio', 'rssConversationsMb', 'stateBytesPerConversation', 'throughputRatio']);
    expect(formatTable(results)).toMatch(/throughput \(req\/s\).*\n[\s\S]*RSS with \d+ conversations[\s\S]*agents \/ botbuilder turns per second[\s\S]*agents \/ botbuilder CPU per turn/);
  }, 240_000);

  it('reads its options', () => {
    expect(parseArgs(['--tiny', '--out', 'x.json', '--connections', '7']).options).toMatchObject({ durationSec: 2, connections: 7 });
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/i);
    expect(parseArgs(['--profile', 'p']).options.profileDir).toMatch(/p$/);
    expect(() => parseArgs(['stray'])).toThrow(/unknown argument/i);
    expect(parseArgs(['--host', 'both']).options.hosts).toEqual(['botbuilder', 'agents']);
    expect(parseArgs(['--host', 'agents']).options.hosts).toEqual(['agents']);
    expect(() => parseArgs(['--host', 'express'])).toThrow(/--host needs one of botbuilder, agents, both/);
  });
});
