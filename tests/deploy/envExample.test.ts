import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { configSchema, loadConfig } from '../../bot/platform/config';
import { ENV_EXAMPLE_FILE, renderEnvExample } from '../../deploy/tools/envExample';

/** The root .env.example is generated from configSchema and changes nothing until a developer enables a line. */
describe('.env.example', () => {
  const committed = readFileSync(ENV_EXAMPLE_FILE, 'utf8');

  it('is what `npm run -s config:reference` generates from configSchema now', () => {
    // On failure: run `npm run -s config:reference` and commit .env.example.
    expect(committed).toBe(renderEnvExample());
  });

  it('names every setting once, and copied as it is sets nothing (the bot starts on its defaults)', () => {
    const named = [...committed.matchAll(/^#(\w+)=/gm)].map((match) => match[1]);
    expect(named).toEqual(Object.keys(configSchema.shape));
    expect(parse(committed)).toEqual({});
    expect(loadConfig(parse(committed))).toEqual(loadConfig({}));
  });

  it('enabled line by line, every non-secret default is accepted as written', () => {
    const lines = committed
      .split('\n')
      .filter((line) => /^#\w+=./.test(line))
      .map((line) => line.slice(1));
    expect(lines.length).toBeGreaterThan(10);
    expect(loadConfig(parse(lines.join('\n')))).toEqual(loadConfig({}));
  });
});
