import { createHash } from 'node:crypto';
import { weierstrassN } from '@noble/curves/abstract/weierstrass';

/**
 * SM2 signature verification (GB/T 32918.2), on the curve arithmetic of `@noble/curves`.
 *
 * Why not `sm2.doVerifySignature`: it multiplies the signer's public key with the constant-time
 * windowed method, which first builds a precomputation table for that point. At an opening
 * every bid has its own key, so each table is built, used once and thrown away; verification
 * involves no secret, so the plain double-and-add is safe and several times cheaper. The base
 * point's table is built once per process. Z and e use Node's native SM3.
 */
const CURVE = {
  p: 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn,
  a: 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn,
  b: 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n,
  n: 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n,
  h: 1n,
  Gx: 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n,
  Gy: 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n,
};
const Point = weierstrassN(CURVE);
Point.BASE.precompute(8);

const hex32 = (v: bigint) => v.toString(16).padStart(64, '0');
const CURVE_PARAMS_HEX = [CURVE.a, CURVE.b, CURVE.Gx, CURVE.Gy].map(hex32).join('');

/** Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ Gx ‖ Gy ‖ xA ‖ yA), the signer's identity hash. */
function identityHash(publicKeyHex: string, userId: string): Buffer {
  const id = Buffer.from(userId, 'utf8');
  const entl = Buffer.alloc(2);
  entl.writeUInt16BE(id.length * 8);
  return createHash('sm3').update(entl).update(id).update(Buffer.from(CURVE_PARAMS_HEX + publicKeyHex.slice(2), 'hex')).digest();
}

/**
 * True when `signatureHex` (r ‖ s, 128 hex digits) is the SM2 signature of `message` by the
 * uncompressed public key `publicKeyHex` (04 ‖ x ‖ y) with the given user ID. Never throws.
 */
export function verifySm2(message: Uint8Array, signatureHex: string, publicKeyHex: string, userId: string): boolean {
  if (!/^[0-9a-f]{128}$/i.test(signatureHex) || !/^04[0-9a-f]{128}$/i.test(publicKeyHex)) return false;
  const r = BigInt(`0x${signatureHex.slice(0, 64)}`);
  const s = BigInt(`0x${signatureHex.slice(64)}`);
  const { n } = CURVE;
  if (r < 1n || r >= n || s < 1n || s >= n) return false;
  const t = (r + s) % n;
  if (t === 0n) return false;
  let key: InstanceType<typeof Point>;
  try {
    key = Point.fromHex(publicKeyHex.toLowerCase()); // checks the point is on the curve
  } catch {
    return false;
  }
  const e = BigInt(`0x${createHash('sm3').update(identityHash(publicKeyHex.toLowerCase(), userId)).update(message).digest('hex')}`);
  const sum = Point.BASE.multiplyAndAddUnsafe(key, s, t);
  if (!sum) return false;
  return (e + sum.toAffine().x) % n === r;
}
