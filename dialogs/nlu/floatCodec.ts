/** Float32Array <-> base64, so a trained model's weights serialise to compact JSON (4 bytes each, not ~20 digits). */
export function floatsToBase64(values: Float32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function base64ToFloats(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  // Copy into a fresh, aligned buffer: Buffer pooling may hand back an offset that is not a multiple of 4.
  const out = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}
