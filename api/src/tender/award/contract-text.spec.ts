import { createHash } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { canonicalContractText, SM2_USER_ID, verifyDigestSignature } from './contract-text.js';

const fields = {
  contractNo: 'ZC2026-000001-1', projectNo: 'ZC2026-000001', projectTitle: '办公计算机采购项目', lotNo: 1, lotTitle: '第1包', lotScope: '台式计算机 100 台',
  buyer: { name: '某某单位', uscc: '91350100M000100Y43' }, supplier: { name: '某某公司', uscc: null }, amountFen: 490_000_000n,
  paymentTerms: '验收合格后付款', deliveryTerms: '30 日内交货',
};

describe('contract text and signatures', () => {
  it('writes the same canonical text for the same contract, with the amount in fen as an integer', () => {
    const text = canonicalContractText(fields);
    expect(canonicalContractText({ ...fields })).toBe(text);
    expect(text).toContain('"amountFen":490000000');
    expect(text.indexOf('"amountFen"')).toBeLessThan(text.indexOf('"buyer"'));
    expect(canonicalContractText({ ...fields, paymentTerms: '预付 30%' })).not.toBe(text);
  });

  it("verifies an SM2 signature of the digest's bytes with the standard user ID, and nothing else", () => {
    const digest = createHash('sm3').update(canonicalContractText(fields)).digest('hex');
    const { publicKey, privateKey } = sm2.generateKeyPairHex();
    const signature = sm2.doSignature(Buffer.from(digest, 'hex'), privateKey, { hash: true, userId: SM2_USER_ID });
    expect(verifyDigestSignature(digest, signature, publicKey)).toBe(true);
    expect(verifyDigestSignature(digest, signature.toUpperCase(), publicKey)).toBe(true);
    // Another user ID, another key, another digest, or garbage: refused.
    expect(verifyDigestSignature(digest, sm2.doSignature(Buffer.from(digest, 'hex'), privateKey, { hash: true, userId: 'other' }), publicKey)).toBe(false);
    expect(verifyDigestSignature(digest, signature, sm2.generateKeyPairHex().publicKey)).toBe(false);
    expect(verifyDigestSignature('00'.repeat(32), signature, publicKey)).toBe(false);
    expect(verifyDigestSignature(digest, 'zz', publicKey)).toBe(false);
    expect(verifyDigestSignature(digest, signature, '04abc')).toBe(false);
  });
});
