import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readTopicFiles } from '../../bot/helpdesk/suggest/topicFiles';
import { emptyDay, type DayStats } from '../../dialogs/helpdesk/dayStats';
import { buildProposals } from '../../dialogs/helpdesk/suggest/proposals';
import { CONTENT_DIR } from '../../dialogs/repoPaths';
import { content } from '../helpers/engineHarness';
import type { IntentRecognition } from '../../dialogs/engine/engine';

/** A recognizer that leans faintly to login_cookies for "remember me" questions and knows nothing else. */
function leaning(text: string): IntentRecognition {
  const near = /remember/.test(text);
  return { intent: 'out_of_scope', score: 0.7, ambiguous: false,
    ranked: [{ intent: 'out_of_scope', score: 0.7 }, { intent: near ? 'login_cookies' : 'pacer_billing', score: near ? 0.25 : 0.01 }] };
}

const day = (unanswered: { text: string; count: number }[], complaints: DayStats['complaints'] = []): DayStats =>
  ({ ...emptyDay('2026-12-03'), unanswered, complaints });

describe('content proposals', () => {
  const { files, topicsDir } = readTopicFiles(CONTENT_DIR);
  const source = (days: DayStats[]) => ({ days, content: content(), recognize: leaning, topicFiles: files, topicsDir, today: '2026-12-03' });

  it('adds a group the recognizer leans to as examples of that topic, as a diff that applies and stays valid YAML', () => {
    const [proposal, ...others] = buildProposals(source([day([
      { text: 'the website wont remember me logging in', count: 3 },
      { text: 'the website will not remember me logging in', count: 1 },
      { text: 'jury duty', count: 1 },
    ])]));
    expect(others).toEqual([]);
    expect(proposal!.plan).toMatchObject({ kind: 'examples', intent: 'login_cookies', asked: 4 });
    expect(proposal!.change.path).toBe('content/topics/login_cookies.yaml');
    expect(proposal!.diff).toContain('\n+  - the website wont remember me logging in\n+  - the website will not remember me logging in\n');
    const examples = parse(proposal!.change.after).examples as string[];
    expect(examples.slice(-2)).toEqual(['the website wont remember me logging in', 'the website will not remember me logging in']);
    const work = mkdtempSync(path.join(tmpdir(), 'diff-'));
    try {
      cpSync(CONTENT_DIR, path.join(work, 'content'), { recursive: true });
      writeFileSync(path.join(work, 'p.patch'), proposal!.diff);
      execFileSync('git', ['apply', 'p.patch'], { cwd: work });
      expect(readFileSync(path.join(work, 'content/topics/login_cookies.yaml'), 'utf8')).toBe(proposal!.change.after);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('counts a not-helpful question once, and never proposes it as examples of the answer that did not help', () => {
    const answer = 'login_cookies/start@00000000';
    const complaints = [
      { answer, question: 'the site never remembers me', comment: '', count: 1 },
      { answer, question: 'the site never remembers me', comment: 'not about cookies', count: 1 },
      { answer, question: 'site keeps not remembering me', comment: '', count: 1 },
    ];
    const [proposal] = buildProposals(source([day([], complaints)]));
    expect(proposal!.plan).toMatchObject({ kind: 'new_topic', asked: 2, notHelpful: 2 });
  });

  it('leaves out one-off questions and questions already among the examples', () => {
    expect(buildProposals(source([day([{ text: 'jury duty', count: 1 }, { text: 'cookies error', count: 9 }])]))).toEqual([]);
  });
});
