import { z } from 'zod';

/**
 * A province's rules. Every field has the national default from DOMAIN.md; a tenant stores
 * only what it overrides, and reads always go through `parseTenantSettings` so that new
 * fields get their default without a data migration.
 * Money is fen as a decimal-integer string (JSON has no bigint); rates are basis points.
 */
const fen = z.string().regex(/^\d+$/, 'an integer amount of fen');
const bp = z.number().int().min(0).max(100_000);
const days = z.number().int().min(0).max(365);

export const tenantSettingsSchema = z.object({
  purchaseRoutes: z
    .object({
      /** One-click order (网上超市直购) up to this amount per order. */
      directOrderMaxFen: fen.default('5000000'),
      /** Online inquiry or reverse auction in the mall up to this amount. */
      mallSourcingMaxFen: fen.default('100000000'),
      /** From this amount a public tender (公开招标) is required. */
      publicTenderMinFen: fen.default('400000000'),
    })
    .prefault({}),
  tender: z
    .object({
      documentsMinWorkingDays: days.default(5),
      bidMinCalendarDays: days.default(20),
      amendmentMinCalendarDays: days.default(15),
      minBidders: z.number().int().min(1).default(3),
      contractSignCalendarDays: days.default(30),
    })
    .prefault({}),
  challenges: z
    .object({
      challengeWorkingDays: days.default(7),
      answerWorkingDays: days.default(7),
      complaintWorkingDays: days.default(15),
    })
    .prefault({}),
  deposits: z
    .object({
      maxShareOfBudgetBp: bp.default(200),
      refundDeadlineWorkingDays: days.default(5),
      refundTargetWorkingDays: days.default(1),
      /** Demand-deposit interest, per year (0.35 %). */
      interestRateBp: bp.default(35),
      /** Late-refund charge, per year: benchmark loan rate 4.35 % × 1.2. */
      lateChargeRateBp: bp.default(522),
      performanceGuaranteeMaxBp: bp.default(1000),
    })
    .prefault({}),
  evaluation: z
    .object({
      smeDeductionBp: bp.default(1000),
      scoreDeviationBp: bp.default(2000),
      smeReservedShareBp: bp.default(4000),
    })
    .prefault({}),
  inspection: z
    .object({
      /** A listing priced this far above the reference price raises an alert. */
      priceAboveReferenceAlertBp: bp.default(1000),
    })
    .prefault({}),
});

export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export function parseTenantSettings(stored: unknown): TenantSettings {
  return tenantSettingsSchema.parse(stored ?? {});
}
