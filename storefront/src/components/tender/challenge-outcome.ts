import type { TenderChallengeOutcome } from '../../graphql/generated/graphql';

export const CHALLENGE_OUTCOMES = ['UPHELD', 'PARTLY_UPHELD', 'GROUNDLESS'] as const satisfies readonly TenderChallengeOutcome[];

/** Tag colour of a verdict: groundless is the one that costs the challenger. */
export function outcomeTagType(outcome: TenderChallengeOutcome | null | undefined): 'success' | 'warning' | 'danger' | 'info' {
  switch (outcome) {
    case 'UPHELD': return 'success';
    case 'PARTLY_UPHELD': return 'warning';
    case 'GROUNDLESS': return 'danger';
    default: return 'info';
  }
}

/** What is missing from an answer before it may be sent: the i18n key of the first problem per field. */
export function answerProblems(text: string | undefined, outcome: TenderChallengeOutcome | '' | undefined): { answer: string; outcome: string } {
  return {
    answer: (text ?? '').trim() ? '' : 'lot.challenges.answerRequired',
    outcome: outcome && (CHALLENGE_OUTCOMES as readonly string[]).includes(outcome) ? '' : 'challengeOutcome.required',
  };
}
