/* Writes the JSON Schemas of the translation overlays (content/locales/<lang>/) into dialogs/content/schemas/. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { overlaySchemas } from '../../dialogs/content/locale/localeSchemas';
import { REPO_ROOT } from '../../dialogs/repoPaths';

for (const { file, schema } of overlaySchemas()) {
  writeFileSync(path.join(REPO_ROOT, 'dialogs/content/schemas', file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote dialogs/content/schemas/${file}`);
}
