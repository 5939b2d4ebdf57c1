import { existsSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, extname, resolve } from 'node:path';

/** The code a module runs: its own source files, reached through relative imports, and the packages they load. */
export interface CodeClosure {
  /** Absolute paths, sorted, the entry among them. */
  readonly files: readonly string[];
  /** npm package names ("natural", "@scope/name"), sorted. */
  readonly packages: readonly string[];
}

/**
 * An import's specifier: `from '…'`, `import '…'`, `import('…')` and `require('…')`, in TypeScript (run by ts-jest)
 * and in the compiled JavaScript alike, so the closure is the same graph from either.
 */
const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"\n]+)['"]/g;
/** Comment lines (JSDoc ` * `, `//`, `/*`): prose there may say "from '…'" without importing anything. */
const COMMENT_LINE = /^\s*(?:\*|\/\/|\/\*)/;
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*/;

/**
 * Every file `entryFile` loads through relative imports, transitively, and every package they load: worked out from
 * the source each time rather than kept as a hand list, so a module moved out of its folder or a new helper imported
 * from elsewhere is still covered. A specifier that resolves to no file (an example in a string) is skipped.
 */
export function codeClosure(entryFile: string): CodeClosure {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [resolve(entryFile)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const imported = sourceFile(resolve(dirname(file), specifier), extname(file));
        if (imported !== undefined) pending.push(imported);
      } else if (!isBuiltin(specifier)) {
        const name = PACKAGE_NAME.exec(specifier)?.[0];
        if (name !== undefined && (name === specifier || specifier[name.length] === '/')) packages.add(name);
      }
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

function importSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  for (const line of source.split('\n')) {
    if (COMMENT_LINE.test(line)) continue;
    for (const match of line.matchAll(IMPORT_SPECIFIER)) specifiers.push(match[1]!);
  }
  return specifiers;
}

/** The file a relative specifier names, as Node or TypeScript resolve it: as written, with the importer's extension, or its folder's index. */
function sourceFile(base: string, extension: string): string | undefined {
  return [base, `${base}${extension}`, resolve(base, `index${extension}`)].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}
