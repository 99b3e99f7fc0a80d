import { IntegrityEventKind, POSITIVE_INTEGRITY_KINDS, type TenantSettings } from '@zhengcai/schema';

export type IntegrityRules = TenantSettings['integrity'];

/** The rule holding each kind's weight. */
const WEIGHT: Record<IntegrityEventKind, keyof IntegrityRules> = {
  [IntegrityEventKind.OrderConfirmedOnTime]: 'orderConfirmedOnTimePoints',
  [IntegrityEventKind.OrderConfirmedLate]: 'orderConfirmedLatePoints',
  [IntegrityEventKind.DeliveredOnTime]: 'deliveredOnTimePoints',
  [IntegrityEventKind.DeliveredLate]: 'deliveredLatePoints',
  [IntegrityEventKind.AcceptancePassed]: 'acceptancePassedPoints',
  [IntegrityEventKind.AcceptanceFailed]: 'acceptanceFailedPoints',
  [IntegrityEventKind.PriceOffence]: 'priceOffencePoints',
  [IntegrityEventKind.WithdrawnAfterWinning]: 'withdrawnAfterWinningPoints',
  [IntegrityEventKind.RefusedToSign]: 'refusedToSignPoints',
  [IntegrityEventKind.DepositForfeited]: 'depositForfeitedPoints',
  [IntegrityEventKind.ChallengeGroundless]: 'challengeGroundlessPoints',
  [IntegrityEventKind.ComplaintUpheld]: 'complaintUpheldPoints',
  [IntegrityEventKind.AdministrativePenalty]: 'administrativePenaltyPoints',
  [IntegrityEventKind.BlacklistRecord]: 'blacklistRecordPoints',
};

/** The sign a kind gives its points: good conduct adds, the rest subtracts. */
export const signOf = (kind: IntegrityEventKind): 1 | -1 => (POSITIVE_INTEGRITY_KINDS.includes(kind) ? 1 : -1);

/** Signed points of a new event under the tenant's weights; a repeat price offence uses its own weight. */
export function pointsFor(rules: IntegrityRules, kind: IntegrityEventKind, opts: { repeat?: boolean; magnitude?: number } = {}): number {
  const magnitude = opts.magnitude ?? (kind === IntegrityEventKind.PriceOffence && opts.repeat ? rules.repeatPriceOffencePoints : (rules[WEIGHT[kind]] as number));
  return signOf(kind) * magnitude;
}
