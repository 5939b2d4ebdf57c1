import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/*
 * Reads a request body into memory with hard limits, decoding a Content-Encoding on the way. The limit counts the
 * bytes as they arrive AND the bytes after decoding, so a small compressed body cannot inflate into a large one.
 * Never throws and never leaves an 'error' unhandled: every failure is a BodyRefusal the caller answers with.
 */

export type BodyResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly refusal: BodyRefusal };

export interface BodyRefusal {
  readonly status: 400 | 408 | 413 | 415;
  readonly code: string;
  readonly message: string;
}

/** The encodings a client may send (RFC 9110 names; x-gzip is gzip's old alias). */
const DECODERS: Readonly<Record<string, () => Transform>> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

export function tooLarge(maxBytes: number): BodyRefusal {
  return { status: 413, code: 'PayloadTooLarge', message: `The request body is larger than ${maxBytes} bytes (after decompression).` };
}

/** The decoder for a Content-Encoding header, null for none/identity, or a 415 refusal for anything else. */
export function decoderFor(header: string | undefined): (() => Transform) | null | BodyRefusal {
  const encoding = (header ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return null;
  const decoder = DECODERS[encoding];
  if (decoder) return decoder;
  return {
    status: 415, code: 'UnsupportedContentEncoding',
    message: 'The request body uses a Content-Encoding this server does not accept (use none, gzip, deflate or br).',
  };
}

/** Reads the whole body of `req` (at most `maxBytes` raw and decoded), or says why not. */
export function readBoundedBody(req: IncomingMessage, maxBytes: number, decode: (() => Transform) | null): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let kept = 0;
    let settled = false;
    const decoder = decode?.();

    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      decoder?.destroy();
      // Stop reading what is left: the answer goes out with "Connection: close" (see bodyParsing.ts).
      if (!result.ok) req.pause();
      resolve(result);
    };
    const refuse = (refusal: BodyRefusal) => finish({ ok: false, refusal });
    const keep = (chunk: Buffer) => {
      if (settled) return;
      kept += chunk.length;
      if (kept > maxBytes) return refuse(tooLarge(maxBytes));
      chunks.push(chunk);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) return refuse(tooLarge(maxBytes));
      if (decoder) decoder.write(chunk);
      else keep(chunk);
    };
    const onEnd = () => {
      if (decoder) decoder.end();
      else finish({ ok: true, bytes: Buffer.concat(chunks) });
    };

    if (decoder) {
      decoder.on('data', keep);
      decoder.once('end', () => finish({ ok: true, bytes: Buffer.concat(chunks) }));
      // A listener stays attached after destroy(), so a late zlib error can never be an uncaught exception.
      decoder.on('error', () => refuse({
        status: 400, code: 'BadContentEncoding', message: 'The request body is not valid for its Content-Encoding.',
      }));
    }
    req.on('data', onData);
    req.on('end', onEnd);
    // Aborted or reset by the client: nobody is left to answer, but the promise still settles.
    req.on('error', () => refuse({ status: 400, code: 'IncompleteBody', message: 'The request body did not arrive completely.' }));
    req.once('aborted', () => refuse({ status: 400, code: 'IncompleteBody', message: 'The request body did not arrive completely.' }));
  });
}
