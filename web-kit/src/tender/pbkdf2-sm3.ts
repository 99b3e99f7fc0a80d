import { sm3 } from 'sm-crypto-v2';
import { fromHex, toHex } from './sealed-bid';

/**
 * PBKDF2-HMAC-SM3 (RFC 8018 with HMAC over SM3, GB/T 32905), first 32-byte block only: what
 * the key vault derives its keys with.
 *
 * Why not the library's HMAC in a loop: each of the 100,000 iterations then hashed the
 * passphrase's pad blocks again and went through hex strings, about 1.5 s per unlock on our
 * machines. Here the two pad blocks are compressed once, and an iteration is exactly two
 * compressions of a fixed block (U is 32 bytes, so `pad ‖ U` ends in one padded block), in
 * 32-bit words without allocation. The result is the same; the key vault's tests check it
 * against the library-based construction.
 */
export function pbkdf2HmacSm3(password: Uint8Array, salt: Uint8Array, iterations: number): Uint8Array {
  const { inner, outer } = padStates(password);
  // U1 = HMAC(P, S ‖ INT(1)), through the library: the salt's length is the file's.
  const first = new Uint8Array(salt.length + 4);
  first.set(salt);
  first.set([0, 0, 0, 1], salt.length);
  const u = bytesToWords(fromHex(sm3(first, { key: toHex(password), mode: 'hmac' })));
  const out = u.slice();
  const block = new Uint32Array(16);
  const state = new Uint32Array(8);
  const w = new Uint32Array(68);
  for (let i = 1; i < iterations; i++) {
    // inner = SM3(ipad ‖ U): U, then the padding of a 96-byte message.
    hashOneBlock(inner, u, block, state, w);
    // U = SM3(opad ‖ inner).
    hashOneBlock(outer, state, block, u, w);
    for (let j = 0; j < 8; j++) out[j] ^= u[j];
  }
  return wordsToBytes(out);
}

/** Compressed states after `key ⊕ ipad` and `key ⊕ opad`. */
function padStates(password: Uint8Array): { inner: Uint32Array; outer: Uint32Array } {
  const key = new Uint8Array(64);
  key.set(password.length > 64 ? fromHex(sm3(Uint8Array.from(password))) : password);
  const states = [0x36, 0x5c].map((pad) => {
    const state = Uint32Array.from(IV);
    compress(state, bytesToWords(key.map((b) => b ^ pad)), new Uint32Array(68));
    return state;
  });
  return { inner: states[0], outer: states[1] };
}

/** SM3 of `pad block ‖ message` for a 32-byte message, from the pad's compressed state into `into`. */
function hashOneBlock(from: Uint32Array, message: Uint32Array, block: Uint32Array, into: Uint32Array, w: Uint32Array): void {
  block.set(message);
  block[8] = 0x80000000;
  block.fill(0, 9, 15);
  block[15] = 96 * 8;
  into.set(from);
  compress(into, block, w);
}

const IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];
// T_j rotated left by j mod 32, as each round uses it.
const T = Uint32Array.from({ length: 64 }, (_, j) => rotl(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32));

function rotl(x: number, n: number): number {
  return ((x << n) | (x >>> (32 - n))) >>> 0;
}

/** The SM3 compression function: `state` ← CF(state, block). `w` is scratch space for the expansion. */
function compress(state: Uint32Array, block: Uint32Array, w: Uint32Array): void {
  w.set(block);
  for (let j = 16; j < 68; j++) {
    const x = w[j - 16] ^ w[j - 9] ^ rotl(w[j - 3], 15);
    w[j] = (x ^ rotl(x, 15) ^ rotl(x, 23) ^ rotl(w[j - 13], 7) ^ w[j - 6]) >>> 0;
  }
  let a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
  for (let j = 0; j < 64; j++) {
    const a12 = rotl(a, 12);
    const ss1 = rotl((a12 + e + T[j]) >>> 0, 7);
    const ss2 = ss1 ^ a12;
    const ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
    const gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
    const tt1 = (ff + d + ss2 + (w[j] ^ w[j + 4])) >>> 0;
    const tt2 = (gg + h + ss1 + w[j]) >>> 0;
    d = c;
    c = rotl(b, 9);
    b = a;
    a = tt1;
    h = g;
    g = rotl(f, 19);
    f = e;
    e = (tt2 ^ rotl(tt2, 9) ^ rotl(tt2, 17)) >>> 0;
  }
  state[0] ^= a; state[1] ^= b; state[2] ^= c; state[3] ^= d;
  state[4] ^= e; state[5] ^= f; state[6] ^= g; state[7] ^= h;
}

function bytesToWords(bytes: Uint8Array): Uint32Array {
  const words = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = ((bytes[4 * i] << 24) | (bytes[4 * i + 1] << 16) | (bytes[4 * i + 2] << 8) | bytes[4 * i + 3]) >>> 0;
  return words;
}

function wordsToBytes(words: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(words.length * 4);
  words.forEach((x, i) => bytes.set([x >>> 24, (x >>> 16) & 0xff, (x >>> 8) & 0xff, x & 0xff], 4 * i));
  return bytes;
}
