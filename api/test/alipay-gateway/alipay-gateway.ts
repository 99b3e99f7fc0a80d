import { createSign, createVerify, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A throwaway RSA-2048 pair made for one test run (PKCS8 private, SPKI public, PEM); never committed. */
export function rsaKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/**
 * Alipay's signing content: parameters sorted by name, `key=value` joined by `&`, raw values,
 * empty values left out. Requests exclude `sign` only (sign_type is signed, as the SDK and
 * Alipay's "自行实现签名" do); asynchronous notifies exclude both `sign` and `sign_type`.
 */
export function signingContent(params: Record<string, string>, exclude: readonly string[]): string {
  return Object.keys(params)
    .filter((k) => !exclude.includes(k) && params[k] !== undefined && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
}

export function rsa2Sign(content: string, privateKey: string): string {
  return createSign('RSA-SHA256').update(content, 'utf8').sign(privateKey, 'base64');
}

export function rsa2Verify(content: string, signature: string, publicKey: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(content, 'utf8').verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}

/** Verifies a signed request (e.g. the page-pay URL's query) with the app's public key. */
export function verifyRequest(params: Record<string, string>, appPublicKey: string): boolean {
  return Boolean(params.sign) && rsa2Verify(signingContent(params, ['sign']), params.sign, appPublicKey);
}

interface Trade {
  outTradeNo: string;
  tradeNo: string;
  totalAmount: string;
  status: 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED' | 'TRADE_FINISHED';
  refunded: bigint;
}

export interface GatewayCall { method: string; verified: boolean; bizContent: Record<string, string> }

const fen = (yuan: string) => BigInt(yuan.replace('.', ''));
const yuan = (f: bigint) => `${f / 100n}.${(f % 100n).toString().padStart(2, '0')}`;

/**
 * The stand-in Alipay gateway for tests (no machine here reaches Alipay). It verifies the
 * SDK's RSA2 request signatures with the app's public key, answers alipay.trade.query and
 * alipay.trade.refund as Alipay does (JSON signed with the test "Alipay" private key over the
 * exact `xxx_response` object text), refuses a bad signature with Alipay's isv.invalid-signature
 * shape, keeps refunds idempotent on out_request_no, and builds signed asynchronous notifies.
 */
export class AlipayGateway {
  readonly app = rsaKeyPair();
  readonly alipay = rsaKeyPair();
  readonly appId = String(2021000000000000 + Math.floor(Math.random() * 1e9));
  readonly trades = new Map<string, Trade>();
  readonly refunds = new Map<string, Record<string, string>>();
  readonly calls: GatewayCall[] = [];
  /** Refunds that moved money (a repeated out_request_no does not). */
  fundChanges = 0;
  private server?: Server;
  url = '';

  get gatewayUrl(): string {
    return `${this.url}/gateway.do`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://gateway');
        const params: Record<string, string> = Object.fromEntries(url.searchParams);
        const type = String(req.headers['content-type'] ?? '');
        if (type.includes('json')) Object.assign(params, JSON.parse(body || '{}'));
        else for (const [k, v] of new URLSearchParams(body)) params[k] = v;
        const text = this.answer(params);
        res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
        res.end(text);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The buyer pays on Alipay's page: the trade exists and succeeded (amount as a yuan string). */
  pay(outTradeNo: string, totalAmount: string, status: Trade['status'] = 'TRADE_SUCCESS'): Trade {
    const trade = { outTradeNo, tradeNo: `2026${randomBytes(8).toString('hex').replace(/\D/g, '').padEnd(24, '7').slice(0, 24)}`, totalAmount, status, refunded: 0n };
    this.trades.set(outTradeNo, trade);
    return trade;
  }

  /** A signed asynchronous notify for a trade, as Alipay posts it (form fields). */
  notify(trade: Pick<Trade, 'outTradeNo' | 'tradeNo' | 'totalAmount' | 'status'>, overrides: Record<string, string> = {}, signWith = this.alipay.privateKey): Record<string, string> {
    const fields: Record<string, string> = {
      notify_time: '2026-11-23 10:00:00', notify_type: 'trade_status_sync', notify_id: randomBytes(12).toString('hex'), app_id: this.appId,
      charset: 'utf-8', version: '1.0', sign_type: 'RSA2', trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo, trade_status: trade.status,
      total_amount: trade.totalAmount, receipt_amount: trade.totalAmount, buyer_pay_amount: trade.totalAmount, gmt_payment: '2026-11-23 09:59:58',
      subject: '测试 商品 100%', ...overrides,
    };
    fields.sign = rsa2Sign(signingContent(fields, ['sign', 'sign_type']), signWith);
    return fields;
  }

  private answer(params: Record<string, string>): string {
    const method = params.method ?? '';
    const key = `${method.replaceAll('.', '_')}_response`;
    const verified = params.app_id === this.appId && verifyRequest(params, this.app.publicKey);
    const bizContent = JSON.parse(params.biz_content ?? '{}') as Record<string, string>;
    this.calls.push({ method, verified, bizContent });
    if (!verified) {
      return this.signed(key, {
        code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-signature',
        sub_msg: `验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：${signingContent(params, ['sign'])}`,
      });
    }
    const trade = this.trades.get(bizContent.out_trade_no ?? '');
    const notExist = { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_NOT_EXIST', sub_msg: '交易不存在' };
    if (method === 'alipay.trade.query') {
      if (!trade) return this.signed(key, notExist);
      return this.signed(key, {
        code: '10000', msg: 'Success', trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo, trade_status: trade.status,
        total_amount: trade.totalAmount, buyer_logon_id: 'tes***@example.com', send_pay_date: '2026-11-23 09:59:58',
      });
    }
    if (method === 'alipay.trade.refund') {
      if (!trade || (trade.status !== 'TRADE_SUCCESS' && trade.status !== 'TRADE_FINISHED')) return this.signed(key, notExist);
      const requestNo = bizContent.out_request_no || trade.outTradeNo;
      const earlier = this.refunds.get(`${trade.outTradeNo}/${requestNo}`);
      // Alipay: the same out_request_no is the same refund; it answers again without moving money.
      if (earlier) return this.signed(key, { ...earlier, fund_change: 'N' });
      const amount = fen(bizContent.refund_amount ?? '0');
      if (amount <= 0n || trade.refunded + amount > fen(trade.totalAmount)) {
        return this.signed(key, { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', sub_msg: '退款金额超限' });
      }
      trade.refunded += amount;
      this.fundChanges += 1;
      const response = {
        code: '10000', msg: 'Success', trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo, buyer_logon_id: 'tes***@example.com',
        fund_change: 'Y', refund_fee: yuan(trade.refunded), gmt_refund_pay: '2026-11-23 10:05:00',
      };
      this.refunds.set(`${trade.outTradeNo}/${requestNo}`, response);
      return this.signed(key, response);
    }
    return this.signed(key, { code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method', sub_msg: '不存在的方法名' });
  }

  /** `{"xxx_response":{…},"sign":"…"}`, the sign over the exact text of the response object. */
  private signed(key: string, response: object): string {
    const text = JSON.stringify(response);
    return `{"${key}":${text},"sign":"${rsa2Sign(text, this.alipay.privateKey)}"}`;
  }
}
