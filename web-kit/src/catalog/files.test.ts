import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fileToBase64 } from './files';

describe('file transfer as base64', () => {
  it('round-trips bytes, including a UTF-8 BOM and Chinese text', () => {
    const text = '\uFEFF商品名称,价格\n台式计算机,4999.00\n';
    const bytes = new TextEncoder().encode(text);
    const b64 = bytesToBase64(bytes);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(base64ToBytes(b64))).toBe(text);
  });

  it('encodes files larger than one chunk without overflowing the stack', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    const b64 = await fileToBase64(new Blob([bytes]));
    expect(base64ToBytes(b64)).toEqual(bytes);
    expect(b64.length).toBe(Math.ceil(bytes.length / 3) * 4);
  });
});
