import { OVERLAY_SHAPES, type OverlayKind, type Shape } from './overlayShape';

/**
 * JSON Schemas of the locale overlay files, derived from the overlay shapes, so the YAML language server completes
 * and checks a translation as it is written (`npm run -s content:schemas` writes them; a test keeps them current).
 * They check the form only; `npm run validate` checks a translation against its English file.
 */
export function overlaySchemaFileName(kind: OverlayKind): string {
  return `${kind}.overlay.schema.json`;
}

export function overlaySchemas(): { file: string; schema: object }[] {
  return (Object.keys(OVERLAY_SHAPES) as OverlayKind[]).map((kind) => ({
    file: overlaySchemaFileName(kind),
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: `Translation of content/${kind} (content/locales/<lang>/): only the texts users see and the words they type`,
      ...schemaOf(OVERLAY_SHAPES[kind]),
    },
  }));
}

const WORDS = { type: 'array', minItems: 1, items: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } };

function schemaOf(shape: Shape): object {
  switch (shape.kind) {
    case 'text': return { type: 'string', minLength: 1, description: 'The text in this language; the same {placeholders} and link addresses as the English.' };
    case 'words': return { ...WORDS, description: 'How users type it in this language (with and without accents); replaces the English list.' };
    case 'map': return { type: 'object', additionalProperties: schemaOf(shape.value), description: 'Keys as in the English file.' };
    case 'list': return { type: 'array', items: schemaOf(shape.item), description: shape.by === 'id' ? 'Matched to the English list by id.' : 'Matched to the English list by position.' };
    case 'object': {
      const properties: Record<string, object> = Object.fromEntries(Object.entries(shape.fields).map(([key, field]) => [key, schemaOf(field)]));
      if (shape.key) properties[shape.key] = { type: 'string', description: 'As in the English file.' };
      return { type: 'object', additionalProperties: false, properties, ...(shape.key === 'id' ? { required: ['id'] } : {}) };
    }
  }
}
