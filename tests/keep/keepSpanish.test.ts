import { loadLocalizedContent } from '../../dialogs/content/locale/localizedContent';
import { KeepReader, KeepReaders } from '../../dialogs/keep/keepReader';
import { startTestServer } from '../helpers/testServer';
import { linkIn, sayText, SPANISH_WALK, toStep3, type KeepServer } from './keepHelpers';

/*
 * What users keep, in a conversation held in Spanish (issue 23 with issue 21's locale layer), through the real app
 * over HTTP: the keep requests read in Spanish words, the answers in Spanish, the checklist page in Spanish with
 * lang="es" and the Spanish steps, and a continue-later code that brings a new chat back to the same step in Spanish.
 */

let server: KeepServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const say = (conversation: string, text: string) => sayText(server, conversation, text);
/** English sentences the keep answers would show if they were not translated. */
const ENGLISH = /\b(here is|your code|the link|checklist of)\b/i;

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { status: response.status, body: await response.text() };
}

const toStep3InSpanish = (conversation: string, court: string) => toStep3(server, conversation, court, SPANISH_WALK);

describe('keep, in a Spanish conversation', () => {
  it('gives the checklist asked for in Spanish, in Spanish, and its page is Spanish (lang="es")', async () => {
    const step3 = await toStep3InSpanish('keep-es-checklist', 'nysb');
    expect(step3).toMatch(/Guarde estos pasos: \[lista de pasos para imprimir\]/);
    const asked = await say('keep-es-checklist', 'dame la lista de pasos para imprimir');
    expect(asked).toMatch(/Aquí tiene su lista de los seis pasos para .*Distrito Sur de Nueva York/);
    expect(asked).not.toMatch(ENGLISH);
    const page = await get(linkIn(asked, '/keep/checklist'));
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<html lang="es">/);
    expect(page.body).toContain('Lista de pasos: vincule su cuenta de CM/ECF');
    // The steps are procedure.yaml's Spanish overlay, for the court typed in, the two done ones ticked.
    expect(page.body).toContain('Abra el sitio de CM/ECF de su corte');
    expect(page.body).toContain('https://ecf.nysb.uscourts.gov');
    expect(page.body).toMatch(/\(hecho\)/);
    expect(page.body.match(/<input type="checkbox"[^>]*checked/g)).toHaveLength(2);
    expect(page.body).not.toContain('Do the steps in order');
    // The place is kept, in Spanish: "continuar" shows step 3 again.
    expect(await say('keep-es-checklist', 'continuar')).toMatch(/Paso 3 de 6[\s\S]*Abra la página para vincular/);
  });

  it('"continuar después" gives a code with a Spanish answer, and "continuar <code>" resumes at step 3 in a new chat', async () => {
    await toStep3InSpanish('keep-es-code', 'nysb');
    const saved = await say('keep-es-code', 'continuar después');
    const code = /Su código para continuar después es \*\*([A-Z0-9]{5}-[A-Z0-9]{5})\*\*/.exec(saved)?.[1];
    expect(code).toBeDefined();
    expect(saved).toMatch(/paso 3 \(Abra la página para vincular\) para .*Distrito Sur de Nueva York/);
    expect(saved).not.toMatch(ENGLISH);
    const resumed = await say('keep-es-code-new', `continuar ${code!.toLowerCase()}`);
    expect(resumed).toMatch(/¡Hola de nuevo! Aquí es donde se quedó\.[\s\S]*Paso 3 de 6[\s\S]*Abra la página para vincular/);
    expect(await say('keep-es-code-other', `continuar ${code!}`)).toMatch(/Ese código no funciona/);
  });

  it('reads the conversation and the place kept in Spanish words, asked politely or not', async () => {
    await toStep3InSpanish('keep-es-words', 'nysb');
    expect(await say('keep-es-words', '¿me puede dar los pasos para imprimir?')).toMatch(/Aquí tiene su lista/);
    const transcript = await say('keep-es-words', 'quiero descargar la conversación');
    expect(transcript).toMatch(/Aquí tiene esta conversación/);
    const page = await get(linkIn(transcript, '/keep/conversation'));
    expect(page.body).toMatch(/<html lang="es">[\s\S]*Su conversación con el CM\/ECF Help Bot/);
    expect(page.body).toContain('<span class="who">Usted</span>');
    expect(await say('keep-es-words', 'guardar mi lugar por favor')).toMatch(/Su código para continuar después/);
  });

  it('answers in the language of the request\'s words, unless the user chose a language', async () => {
    await toStep3(server, 'keep-es-switch', 'nysb');
    expect(await say('keep-es-switch', 'dame los pasos')).toMatch(/Aquí tiene su lista de los seis pasos/);
    expect(await say('keep-es-switch', 'give me the steps')).toMatch(/Here is your checklist of the six steps/);
    expect(await say('keep-es-switch', 'Español')).toMatch(/Paso 3 de 6[\s\S]*Abra la página para vincular/);
    expect(await say('keep-es-switch', 'give me the steps')).toMatch(/Aquí tiene su lista de los seis pasos/);
  });

  it('says an expired link has expired in the browser\'s language', async () => {
    const spanish = await get('/keep/checklist?t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' });
    expect(spanish.status).toBe(404);
    expect(spanish.body).toMatch(/<html lang="es">[\s\S]*Este enlace venció/);
    const english = await get('/keep/checklist?t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { 'Accept-Language': 'fr-FR' });
    expect(english.body).toMatch(/<html lang="en">[\s\S]*This link has expired/);
  });
});

describe('keep requests in Spanish words', () => {
  const localized = loadLocalizedContent();
  const readers = new KeepReaders(new Map([...localized.byLocale].map(([locale, content]) => [locale, new KeepReader(content.responses, locale)])));

  it('are read with and without accents, asked politely or not, and say they are Spanish', () => {
    const cases: [string, string][] = [
      ['dame los pasos', 'checklist'], ['Imprimir la lista', 'checklist'], ['¿me puede dar la lista para imprimir?', 'checklist'],
      ['quisiera imprimir los pasos por favor', 'checklist'], ['descargar la conversación', 'transcript'],
      ['descargar la conversacion', 'transcript'], ['¿hay forma de guardar esta conversación?', 'transcript'],
      ['continuar después', 'saveplace'], ['continuar despues', 'saveplace'], ['Guardar mi lugar', 'saveplace'],
      ['mándeme los pasos', 'checklist'], ['¿cómo descargo esta conversación?', 'transcript'], ['¿puedo seguir otro día?', 'saveplace'],
      ['tengo que irme, ¿puedo continuar más tarde?', 'saveplace'], ['continuar K7M4Q-9TXRB', 'code'], ['mi código es k7m4q 9txrb', 'code'],
    ];
    expect(cases.map(([text]) => readers.read(text)?.request.kind)).toEqual(cases.map(([, kind]) => kind));
    expect(cases.map(([text]) => readers.read(text)?.locales)).toEqual(cases.map(() => ['es']));
  });

  it('leave the walkthrough\'s words and questions to the engine, and a code alone to either language', () => {
    for (const text of ['continuar', 'siguiente', '¿cuáles son los pasos para vincular mi cuenta?', 'no puedo imprimir', 'mi contraseña es Verano2024']) {
      expect(readers.read(text)).toBeUndefined();
    }
    expect(readers.read('K7M4Q-9TXRB')).toEqual({ request: { kind: 'code', code: 'K7M4Q-9TXRB' }, locales: ['en', 'es'] });
  });
});
