import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlipayGateway, rsaKeyPair } from '../../../test/alipay-gateway/alipay-gateway.js';
import { alipaySdk } from './alipay.provider.js';
import { yuanToFen } from './money.js';

/** The real alipay-sdk against the stand-in gateway: both directions of RSA2 signing. */
describe('alipay-sdk against the stand-in gateway', () => {
  let gateway: AlipayGateway;
  beforeAll(async () => {
    gateway = await new AlipayGateway().start();
  });
  afterAll(() => gateway.close());

  const account = (over: Partial<{ privateKey: string; alipayPublicKey: string }> = {}) => ({
    appId: gateway.appId, privateKey: gateway.app.privateKey, alipayPublicKey: gateway.alipay.publicKey, gatewayUrl: gateway.gatewayUrl,
    notifyUrl: 'https://api.example.cn/payments/alipay/notify/330000', ...over,
  });

  it('answers a correctly signed query with a signed response the SDK verifies', async () => {
    gateway.pay('Q-1', '88.88');
    const r = await alipaySdk(account()).exec('alipay.trade.query', { bizContent: { out_trade_no: 'Q-1' } }, { validateSign: true });
    expect(r).toMatchObject({ code: '10000', tradeStatus: 'TRADE_SUCCESS', totalAmount: '88.88', outTradeNo: 'Q-1' });
    expect(gateway.calls.at(-1)).toMatchObject({ method: 'alipay.trade.query', verified: true });
  });

  it('refuses a request signed with another key, in Alipay’s error shape', async () => {
    const r = await alipaySdk(account({ privateKey: rsaKeyPair().privateKey })).exec('alipay.trade.query', { bizContent: { out_trade_no: 'Q-1' } }, { validateSign: true });
    expect(r).toMatchObject({ code: '40002', msg: 'Invalid Arguments', subCode: 'isv.invalid-signature' });
    expect(gateway.calls.at(-1)).toMatchObject({ verified: false });
  });

  it('the SDK rejects a response that does not verify with the configured Alipay public key', async () => {
    await expect(alipaySdk(account({ alipayPublicKey: rsaKeyPair().publicKey })).exec('alipay.trade.query', { bizContent: { out_trade_no: 'Q-1' } }, { validateSign: true })).rejects.toThrow(/验签失败/);
  });

  it('repeats a refund with the same out_request_no without moving money again', async () => {
    gateway.pay('R-1', '100.00');
    const sdk = alipaySdk(account());
    const refund = () => sdk.exec('alipay.trade.refund', { bizContent: { out_trade_no: 'R-1', out_request_no: 'R-1R1', refund_amount: '30.00' } }, { validateSign: true });
    expect(await refund()).toMatchObject({ code: '10000', fundChange: 'Y', refundFee: '30.00' });
    expect(await refund()).toMatchObject({ code: '10000', fundChange: 'N', refundFee: '30.00' });
    expect(gateway.trades.get('R-1')!.refunded).toBe(3000n);
  });

  it('verifies notifies with checkNotifySignV2, including values with % and spaces', () => {
    const sdk = alipaySdk(account());
    const form = gateway.notify({ outTradeNo: 'N-1', tradeNo: '2026112300001', totalAmount: '1.00', status: 'TRADE_SUCCESS' }, { body: '100% 满意 a+b' });
    expect(sdk.checkNotifySignV2(form)).toBe(true);
    expect(sdk.checkNotifySignV2({ ...form, total_amount: '2.00' })).toBe(false);
  });

  it('reads yuan amounts exactly', () => {
    expect(yuanToFen('0.01')).toBe(1n);
    expect(yuanToFen('12345678901.99')).toBe(1234567890199n);
    expect(yuanToFen('1.5')).toBeNull();
    expect(yuanToFen('1.005')).toBeNull();
    expect(yuanToFen('-1.00')).toBeNull();
  });
});
