import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultContentDir } from '../../dialogs/content/loader';

/** A copy of content/ (without any translation) in a temporary folder, with the overlay files a test writes. */
export class LocaleFixture {
  readonly dir: string;
  private readonly root: string;

  constructor() {
    this.root = mkdtempSync(path.join(tmpdir(), 'locale-'));
    this.dir = path.join(this.root, 'content');
    cpSync(defaultContentDir(), this.dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}locales`) });
  }

  /** Writes content/locales/es/<relative> with the given YAML text. */
  write(relative: string, yaml: string): this {
    const file = path.join(this.dir, 'locales', 'es', relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, yaml);
    return this;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
