import type { IncomingMessage } from 'node:http';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { decoderFor, readBoundedBody } from '../../../bot/http/boundedBody';
import { withinDepth } from '../../../bot/http/bodyParsing';

/** A request stream that delivers `chunks` and ends (or fails instead of ending). */
function stream(chunks: Buffer[], fail?: Error): IncomingMessage {
  const body = new PassThrough();
  setImmediate(() => {
    for (const chunk of chunks) body.write(chunk);
    if (fail) body.destroy(fail);
    else body.end();
  });
  return body as unknown as IncomingMessage;
}

const decoder = (header: string) => {
  const found = decoderFor(header);
  if (found !== null && typeof found !== 'function') throw new Error(`refused: ${header}`);
  return found;
};

describe('readBoundedBody', () => {
  it('reads a plain body, and a gzip one decoded', async () => {
    expect(await readBoundedBody(stream([Buffer.from('{"a":'), Buffer.from('1}')]), 100, null)).toEqual({ ok: true, bytes: Buffer.from('{"a":1}') });
    const result = await readBoundedBody(stream([gzipSync('hello')]), 100, decoder('gzip'));
    expect(result.ok && result.bytes.toString()).toBe('hello');
  });

  it('counts the limit after decompression: a tiny body that inflates past it is refused with 413, inflated no further', async () => {
    const bomb = gzipSync(Buffer.alloc(10_000_000));
    expect(bomb.length).toBeLessThan(20_000);
    let inflated = 0;
    let closed!: Promise<unknown>;
    const gunzip = decoder('gzip')!;
    const counting = () => {
      const inflating = gunzip().on('data', (chunk: Buffer) => { inflated += chunk.length; });
      closed = once(inflating, 'close');
      return inflating;
    };
    expect(await readBoundedBody(stream([bomb]), 64 * 1024, counting)).toMatchObject({ ok: false, refusal: { status: 413 } });
    // Bytes, not time: once the decoder is closed (destroyed, or done with the whole bomb), it inflated at most one of
    // zlib's 16 KiB chunks past the limit, not 10 MB.
    await closed;
    expect(inflated).toBeLessThanOrEqual(64 * 1024 + 16 * 1024);
  });

  it('counts the bytes received too', async () => {
    expect(await readBoundedBody(stream([Buffer.alloc(60), Buffer.alloc(60)]), 100, null)).toMatchObject({ ok: false, refusal: { status: 413 } });
  });

  it('answers 400 for data that is not what the encoding says, never throwing', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      expect(await readBoundedBody(stream([Buffer.from('plain text, not compressed')]), 100, decoder(encoding)))
        .toMatchObject({ ok: false, refusal: { status: 400, code: 'BadContentEncoding' } });
    }
  });

  it('settles when the client goes away mid-body', async () => {
    const result = await readBoundedBody(stream([gzipSync('hello').subarray(0, 5)], new Error('aborted')), 100, decoder('gzip'));
    expect(result.ok).toBe(false);
  });
});

describe('decoderFor', () => {
  it('knows none, identity, gzip, x-gzip, deflate and br; refuses anything else with 415', () => {
    expect(decoderFor(undefined)).toBeNull();
    expect(decoderFor(' Identity ')).toBeNull();
    for (const known of ['gzip', 'X-GZIP', 'deflate', 'br']) expect(typeof decoderFor(known)).toBe('function');
    for (const unknown of ['compress', 'zstd', 'gzip, br', 'gzip;q=1', '*']) expect(decoderFor(unknown)).toMatchObject({ status: 415 });
  });
});

describe('withinDepth', () => {
  it('measures nesting outside strings only', () => {
    expect(withinDepth('{"a":[[1]]}', 3)).toBe(true);
    expect(withinDepth('{"a":[[[1]]]}', 3)).toBe(false);
    expect(withinDepth('{"a":"[[[[[[[[[["}', 2)).toBe(true);
    expect(withinDepth('{"a":"\\"[[[[[["}', 2)).toBe(true);
  });
});
