import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv';
import type { TriageQuestion } from '../../../dialogs/helpdesk/triage';

export class QuestionFileError extends Error {
  readonly code = 'QUESTION_FILE_INVALID';
}

const TEXT_COLUMNS = ['text', 'question', 'message', 'body'];
const EXPECTED_COLUMNS = ['expected', 'intent', 'topic'];

/**
 * Reads questions from a .csv (a header row with a "text" or "question" column; optional "id" and "expected")
 * or a .jsonl file (one {"text", "id"?, "expected"?} object per line).
 */
export function readQuestionFile(file: string): TriageQuestion[] {
  const text = readFileSync(file, 'utf8');
  const extension = path.extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return fromJsonLines(text, file);
  if (extension === '.csv') return fromCsv(text, file);
  throw new QuestionFileError(`${file}: expected a .csv or .jsonl file`);
}

export function fromJsonLines(text: string, file: string): TriageQuestion[] {
  return text.split(/\r?\n/).flatMap((line, index) => {
    if (line.trim() === '') return [];
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new QuestionFileError(`${file}:${index + 1}: not a JSON object`);
    }
    const question = TEXT_COLUMNS.map((key) => row[key]).find((value) => typeof value === 'string');
    if (typeof question !== 'string') throw new QuestionFileError(`${file}:${index + 1}: needs a "text" field`);
    return [{ text: question, id: optionalString(row.id), expected: optionalString(EXPECTED_COLUMNS.map((key) => row[key]).find(Boolean)) }];
  });
}

export function fromCsv(text: string, file: string): TriageQuestion[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.map((name) => name.trim().toLowerCase());
  const textAt = names.findIndex((name) => TEXT_COLUMNS.includes(name));
  if (textAt < 0) throw new QuestionFileError(`${file}:1: the header needs a "text" (or "question") column`);
  const idAt = names.indexOf('id');
  const expectedAt = names.findIndex((name) => EXPECTED_COLUMNS.includes(name));
  return rows.map((row) => ({
    text: row[textAt] ?? '',
    id: idAt >= 0 ? optionalString(row[idAt]) : undefined,
    expected: expectedAt >= 0 ? optionalString(row[expectedAt]) : undefined,
  }));
}

function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
