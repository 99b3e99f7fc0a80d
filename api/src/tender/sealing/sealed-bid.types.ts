import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Fen, TenderBidState } from '@zhengcai/schema';
import { MoneyScalar } from '../../platform/graphql/money.scalar.js';
import { TenderBidStateEnum } from '../tender-enums.types.js';

@ObjectType('SigningKey', { description: "A user's registered SM2 public key." })
export class SigningKeyType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Uncompressed point, hex (04 + x + y).' }) publicKey!: string;
  @Field({ description: 'SM3 of the public key, hex.' }) fingerprint!: string;
  @Field() createdAt!: Date;
}

@ObjectType('SigningKeyStatus', { description: 'Whether you have an active signing key, and which.' })
export class SigningKeyStatusType {
  @Field(() => SigningKeyType, { nullable: true, description: 'Null until you register one.' }) active!: SigningKeyType | null;
}

@ObjectType('PlatformReceiptKey', { description: "The tenant's SM2 key that signs bid receipts: check a receipt's signature with it (SM3 of the receipt's canonical JSON, user ID 1234567812345678)." })
export class PlatformReceiptKeyType {
  @Field() publicKey!: string;
  @Field() fingerprint!: string;
}

@ObjectType('BidReceipt', { description: 'The signed receipt (回执): signature = SM2 over SM3 of the canonical JSON of {bidId, digest, lotId, platformKeyFingerprint, serverTime, version}.' })
export class BidReceiptType {
  @Field(() => ID) bidId!: string;
  @Field(() => ID) lotId!: string;
  @Field(() => Int) version!: number;
  @Field() digest!: string;
  @Field({ description: 'Server time of receipt, ISO 8601 (the string that was signed).' }) serverTime!: string;
  @Field() platformKeyFingerprint!: string;
  @Field() signature!: string;
}

@ObjectType('SealedBid', { description: "A bidder's own sealed bid: never its content; the wrapped key only its own private key opens." })
export class SealedBidType {
  @Field(() => ID) id!: string;
  @Field(() => ID) lotId!: string;
  @Field(() => Int) version!: number;
  @Field(() => TenderBidStateEnum) state!: TenderBidState;
  @Field() submittedAt!: Date;
  @Field({ description: 'SM3 of the canonical plaintext, hex.' }) digest!: string;
  @Field({ description: 'The bid key wrapped with SM2 (C1C3C2) to the bidder; unwrap it in the browser at the opening.' }) wrappedKey!: string;
  @Field(() => BidReceiptType) receipt!: BidReceiptType;
  @Field(() => Date, { nullable: true }) openedAt!: Date | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Known once opened.' }) price!: Fen | null;
  @Field(() => String, { nullable: true, description: 'Why the bid is invalid or not decrypted.' }) stateReason!: string | null;
}

@InputType('SubmitBidInput', { description: 'A bid sealed in the browser (format sm4-cbc+hmac-sm3/v1, web-kit/src/tender/sealed-bid.ts).' })
export class SubmitBidInput {
  @Field(() => ID) lotId!: string;
  @Field({ description: 'SM4-CBC ciphertext of the canonical content, base64.' }) ciphertext!: string;
  @Field({ description: 'SM4 IV, 16 bytes hex.' }) iv!: string;
  @Field({ description: 'HMAC-SM3 over IV ‖ ciphertext with the second half of the bid key, hex.' }) mac!: string;
  @Field({ description: 'SM3 of the bid key, hex: tells a wrong released key from tampering.' }) keyCheck!: string;
  @Field({ description: 'The 32-byte bid key wrapped with SM2 (C1C3C2) to your registered public key, hex.' }) wrappedKey!: string;
  @Field({ description: 'SM3 of the canonical plaintext, hex.' }) digest!: string;
  @Field({ description: 'Your SM2 signature (r ‖ s, hex) of the digest, user ID 1234567812345678.' }) signature!: string;
  @Field({ description: 'A client-made key (8–64 of A-Z a-z 0-9 _ -): the same key again returns the same bid.' }) idempotencyKey!: string;
}
