import type { Profiler, Runtime } from 'node:inspector';
import { join } from 'node:path';
import { summariseProfile } from '../../bench/turns/cpuProfile';
import { alternate, conversationSets, differences, median, playAll, report, scriptConversations, type Build } from '../../bench/turns/engineReplay';
import { REPO_ROOT } from '../../dialogs/repoPaths';
import type { ConversationState } from '../../dialogs/engine/state';
import type { EvalConversation } from '../../tests/conversations-eval/runner';

/** An engine that records what it is asked; the third message of a conversation asks for a ticket. */
function recordingEngine(calls: string[]): Build['engine'] {
  return {
    turn: (state: ConversationState, text: string) => {
      calls.push(`turn ${text}`);
      const turns = (state.misses ?? 0) + 1;
      return { state: { ...state, misses: turns }, replies: [], buttons: [], trace: {}, ...(turns === 3 ? { handoff: { contact: 'x' } } : {}) } as never;
    },
    confirmHandoff: (state: ConversationState, ticketId: string) => {
      calls.push(`ticket ${ticketId}`);
      return { state, replies: [], buttons: [], trace: {} } as never;
    },
  };
}

const CONVERSATIONS: EvalConversation[] = [
  { id: 'a', turns: [{ user: 'hi' }, { user: 'link' }, { user: 'help me' }] },
  { id: 'b', turns: [{ user: 'hola' }] },
] as EvalConversation[];

describe('the engine replay bench (npm run bench:engine)', () => {
  it('plays every conversation set: the dev sets of each round and the project conversations', () => {
    const files = conversationSets().map((file) => file.slice(REPO_ROOT.length + 1));
    expect(files).toEqual(expect.arrayContaining([
      'tests/conversations-eval/dev-attorneys.yaml',
      expect.stringMatching(/^tests\/conversations-eval\/round13\/.+\.yaml$/),
      expect.stringMatching(/^tests\/conversations\/.+\.yaml$/),
    ]));
  });

  it('plays each conversation from the start with its own state and confirms a ticket as the bot does', () => {
    const calls: string[] = [];
    expect(playAll(recordingEngine(calls), CONVERSATIONS)).toBe(4);
    expect(calls).toEqual(['turn hi', 'turn link', 'turn help me', 'ticket HD-BENCH1', 'turn hola']);
  });

  it('alternates the builds in a rotated order and reports each against the first', () => {
    const order: string[] = [];
    const builds = ['one', 'two'].map((dir): Build => ({ dir, engine: { ...recordingEngine([]), turn: (...args) => (order.push(dir), recordingEngine([]).turn(...args)) } }));
    const perBuild = alternate(builds, CONVERSATIONS.slice(1), 2);
    expect(order).toEqual(['one', 'two', 'two', 'one']);
    expect(perBuild.map((blocks) => blocks.length)).toEqual([2, 2]);
    const lines = report(builds, [[10, 20], [5, 30]]);
    expect(lines[0]).toMatch(/^one: 15\.0 µs per turn \(blocks 10-20\), ratio to the first 1\.000$/);
    expect(lines[1]).toMatch(/^two: 17\.5 µs per turn \(blocks 5-30\), ratio to the first 1\.000$/);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('summarises a profile by self and inclusive time, a recursive function counted once per sample', () => {
    const frame = (functionName: string, file: string): Runtime.CallFrame => ({ functionName, url: `file://${join('/repo', file)}`, lineNumber: 0, columnNumber: 0, scriptId: '1' });
    const profile: Profiler.Profile = {
      startTime: 0, endTime: 4,
      nodes: [
        { id: 1, callFrame: frame('turn', 'dist/dialogs/engine/turn.js'), children: [2] },
        { id: 2, callFrame: frame('read', 'dist/dialogs/engine/reading.js'), children: [3] },
        { id: 3, callFrame: frame('read', 'dist/dialogs/engine/reading.js'), children: [4] },
        { id: 4, callFrame: frame('split', 'node:internal'), children: [] },
      ],
      samples: [4, 4, 3, 1],
    };
    const lines = summariseProfile(profile, '/repo');
    expect(lines[0]).toBe('4 samples; by self time:');
    expect(lines).toContain(' 50.00 %  split node:internal:1');
    const inclusive = lines.slice(lines.indexOf('this repository\'s functions by inclusive time:') + 1);
    expect(inclusive).toEqual(['100.00 %  turn dist/dialogs/engine/turn.js:1', ' 75.00 %  read dist/dialogs/engine/reading.js:1']);
  });
});

describe('the engine replay of the HTTP bench script (--script)', () => {
  it('splits the script into its conversations and repeats them', () => {
    const conversations = scriptConversations([{ text: 'a', newConversation: true }, { text: 'b' }, { text: 'c', newConversation: true }], 2);
    expect(conversations.map((conversation) => conversation.turns.map((turn) => turn.user))).toEqual([['a', 'b'], ['c'], ['a', 'b'], ['c']]);
  });
});

describe('the engine replay comparing builds (--same)', () => {
  it('names each message whose whole result differs, conversation by conversation', () => {
    const same = recordingEngine([]);
    expect(differences(same, recordingEngine([]), CONVERSATIONS)).toEqual([]);
    const other: Build['engine'] = { ...same, turn: (state, text, locale) => (text === 'link' ? { ...same.turn(state, text, locale), replies: [{ text: 'x' }] } as never : same.turn(state, text, locale)) };
    expect(differences(same, other, CONVERSATIONS)).toEqual(['a: link']);
  });
});
