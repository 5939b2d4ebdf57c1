import { createHash } from 'node:crypto';
import type { default as Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { version as AJV_VERSION } from 'ajv/package.json';
import flowSchema from './schemas/flow.schema.json';
import topicSchema from './schemas/topic.schema.json';
import procedureSchema from './schemas/procedure.schema.json';
import responsesSchema from './schemas/responses.schema.json';
import courtsSchema from './schemas/courts.schema.json';
import courtNamesSchema from './schemas/courtNames.schema.json';
import triageSchema from './schemas/triage.schema.json';
import factsSchema from './schemas/facts.schema.json';
import glossarySchema from './schemas/glossary.schema.json';
import lintSchema from './schemas/lint.schema.json';
import languagesSchema from './schemas/languages.schema.json';
import accountStatesSchema from './schemas/accountStates.schema.json';
import type { ContentProblem } from './problem';
import { closestWord } from './closestWord';
import type { YamlSource } from './yamlSource';

export type ContentKind = 'topic' | 'procedure' | 'responses' | 'courts' | 'courtNames' | 'triage' | 'facts' | 'glossary' | 'lint' | 'languages'
  | 'accountStates';

const SCHEMAS: Readonly<Record<ContentKind, object>> = {
  topic: topicSchema, procedure: procedureSchema, responses: responsesSchema, courts: courtsSchema, courtNames: courtNamesSchema,
  triage: triageSchema, facts: factsSchema, glossary: glossarySchema, lint: lintSchema, languages: languagesSchema,
  accountStates: accountStatesSchema,
};
/** Changes with any schema or ajv itself: a file that passed under other schemas is checked again. */
const SCHEMAS_VERSION = createHash('sha256').update(JSON.stringify([flowSchema, SCHEMAS, AJV_VERSION])).digest('hex').slice(0, 16);

// Compiled on first use: compiling the ten schemas was the largest part of a cold start once the content came from
// the parsed-content cache, and a start whose files all passed before compiles none. ajv itself is loaded then too:
// loading it was ~2 % of such a start's CPU (bench/README.md, "Turn bench, round 8").
let ajv: Ajv | undefined;
const validators = new Map<ContentKind, ValidateFunction>();

function validatorOf(kind: ContentKind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    if (!ajv) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { default: AjvClass } = require('ajv') as typeof import('ajv');
      ajv = new AjvClass({ allErrors: true, verbose: true, strict: false });
      ajv.addSchema(flowSchema, 'flow.schema.json');
    }
    validate = ajv.compile(SCHEMAS[kind]);
    validators.set(kind, validate);
  }
  return validate;
}

/** Checks a parsed file against the JSON Schema its kind ships with; messages are for content authors. */
export function checkSchema(source: YamlSource, kind: ContentKind, value: unknown): ContentProblem[] {
  // What passed is the file's text, so only the file's own value may be vouched for by an earlier start.
  const ownValue = value === source.value();
  const check = `schema ${kind} ${SCHEMAS_VERSION}`;
  if (ownValue && source.passedBefore(check)) return [];
  const validate = validatorOf(kind);
  if (validate(value)) {
    if (ownValue) source.rememberPassed(check);
    return [];
  }
  return authorFacing(validate.errors ?? []).map((error) => problemFor(source, error));
}

/**
 * Drops the noise of `oneOf` branches and of `if` (a topic's kind): the author needs the one message that explains
 * the choice, which the branch taken gives.
 */
function authorFacing(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (error.schemaPath.includes('/oneOf/') || error.keyword === 'if') return false;
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function problemFor(source: YamlSource, error: ErrorObject): ContentProblem {
  const path = error.instancePath.split('/').slice(1).map(decodePointer).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const where = describePath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const guess = closestWord(key, allowed);
      const hint = guess ? ` Did you mean "${guess}"?` : ` Allowed here: ${allowed.join(', ')}.`;
      return source.problemAt(path, `unknown key "${key}" in ${where}.${hint}`, key);
    }
    case 'required':
      return source.problemAt(path, `${where} is missing "${String(params.missingProperty)}".`);
    case 'dependencies':
      return source.problemAt(path,
        `${where} has "${String(params.property)}" but no "${String(params.missingProperty)}".`);
    // The one key a schema rules out (`false`): a topic of kind "conversation" names no sources.
    case 'false schema':
      return source.problemAt(path, `${where} does not belong here: a topic of kind "conversation" is the bot's own words and cites no source.`);
    case 'oneOf':
      return source.problemAt(path, `${where} needs exactly one of "goto", "topic" or "end: true".`);
    default:
      return source.problemAt(path, `${where} ${plainMessage(error)}.`);
  }
}

function plainMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': return `should be ${article(String(params.type))}`;
    case 'minLength': return 'should not be empty';
    case 'minItems': return `should list at least ${String(params.limit)} item(s)`;
    case 'minimum': return `should be at least ${String(params.limit)}`;
    case 'maximum': return `should be at most ${String(params.limit)}`;
    case 'uniqueItems': return `lists the same item twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1})`;
    case 'enum': return `should be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'const': return `should be ${JSON.stringify(params.allowedValue)}`;
    case 'pattern': return `is not in the expected form (${(error.parentSchema as { description?: string }).description ?? String(params.pattern)})`;
    default: return error.message ?? 'is not valid';
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'text', array: 'a list', object: 'a set of keys', integer: 'a whole number', number: 'a number', boolean: 'true or false',
  };
  return names[type] ?? type;
}

function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the file';
  return path.map((part) => (typeof part === 'number' ? `[${part + 1}]` : `"${part}"`)).join(' ');
}

function decodePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}
