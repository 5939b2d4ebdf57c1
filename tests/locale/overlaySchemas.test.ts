import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { overlaySchemas } from '../../dialogs/content/locale/localeSchemas';
import { REPO_ROOT } from '../../dialogs/repoPaths';

describe('overlay schemas (for the YAML language server)', () => {
  it.each(overlaySchemas().map(({ file, schema }) => [file, schema] as const))('%s is committed as generated (npm run -s content:schemas)', (file, schema) => {
    const committed = JSON.parse(readFileSync(path.join(REPO_ROOT, 'dialogs/content/schemas', file), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('accepts a translated node and flags a key that is not translated', () => {
    const schema = overlaySchemas().find(({ file }) => file === 'procedure.overlay.schema.json')!.schema;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(parse('title: Vincular\nnodes:\n  - id: check_efiler\n    say: Hola\n    choices: [{label: Sí, also: [si, sí]}]\n'))).toBe(true);
    expect(validate(parse('nodes:\n  - id: check_efiler\n    goto: elsewhere\n'))).toBe(false);
  });
});
