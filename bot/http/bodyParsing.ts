import type { Next, Request, RequestHandler, Response } from 'restify';
import { decoderFor, readBoundedBody, tooLarge, type BodyRefusal } from './boundedBody';

/*
 * The server's only body parser (instead of restify's bodyParser, whose gzip stream had no error listener and
 * whose size limit counted compressed bytes): JSON and HTML-form bodies of POST/PUT/PATCH are read, bounded
 * (bytes received and bytes after decoding), and parsed; a failure is a clear 4xx that never echoes the body.
 * Bodies of other methods (a GET with a body) and of other media types are not read at all: Node discards them,
 * and each route refuses what it does not take (e.g. /api/messages answers 415 to anything but JSON).
 */

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
/** Deeper JSON than any activity or form needs; deeper nesting would only cost recursion further in. */
const MAX_JSON_DEPTH = 64;

type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly refusal: BodyRefusal };
type Parse = (text: string) => Parsed;

export function bodyParsing(maxBytes: number): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    if (!METHODS_WITH_BODY.has(req.method ?? '')) return next();
    const parse = parserFor(req.header('content-type'));
    if (!parse) return next();
    const decoder = decoderFor(req.header('content-encoding'));
    if (decoder !== null && typeof decoder !== 'function') return refuse(res, next, decoder);
    if (Number(req.header('content-length')) > maxBytes) return refuse(res, next, tooLarge(maxBytes));
    void readBoundedBody(req, maxBytes, decoder).then((result) => {
      if (!result.ok) return refuse(res, next, result.refusal);
      const parsed = result.bytes.length === 0 ? { ok: true as const, value: undefined } : parse(result.bytes.toString('utf8'));
      if (!parsed.ok) return refuse(res, next, parsed.refusal);
      req.body = parsed.value;
      return next();
    });
  };
}

function parserFor(contentType: string | undefined): Parse | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return parseJson;
  if (type === 'application/x-www-form-urlencoded') return parseForm;
  return undefined;
}

function parseJson(text: string): Parsed {
  const invalid: Parsed = { ok: false, refusal: { status: 400, code: 'InvalidJson', message: 'The request body is not valid JSON.' } };
  if (!withinDepth(text, MAX_JSON_DEPTH)) {
    return { ok: false, refusal: { status: 400, code: 'InvalidJson', message: `The request body nests deeper than ${MAX_JSON_DEPTH} levels.` } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // Never the parser's message: it quotes the body, which may hold what a user typed.
    return invalid;
  }
}

function parseForm(text: string): Parsed {
  return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) };
}

/** Nesting of objects and arrays outside strings, without parsing (a linear scan, stops early). */
export function withinDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limit) return false;
    } else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
    }
  }
  return true;
}

/** The body may be unread: ask the client to close, so what it still sends is not parsed as the next request. */
function refuse(res: Response, next: Next, refusal: BodyRefusal): void {
  res.setHeader('Connection', 'close');
  if (refusal.status === 415) res.setHeader('Accept-Encoding', 'gzip, deflate, br');
  res.send(refusal.status, { code: refusal.code, message: refusal.message });
  next(false);
}
