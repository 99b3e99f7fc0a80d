/** The expert's score inputs: text per bid and criterion, checked as the API checks them. */
export type ScoreValues = Record<string, Record<string, string>>;
export interface ScoreInput { bidId: string; criterion: string; score: string }

const SCORE = /^(\d{1,4})(?:\.(\d{1,2}))?$/;

/** Hundredths of a point on digits, or null when it is not a number with ≤ 2 decimals. */
export function scoreHundredths(text: string): number | null {
  const m = SCORE.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** The message key for a score outside [0, weight] or badly written; null when fine or empty. */
export function scoreProblem(text: string, weight: number): string | null {
  if (text.trim() === '') return null;
  const h = scoreHundredths(text);
  if (h == null) return 'sheet.scoreFormat';
  return h > weight * 100 ? 'sheet.scoreRange' : null;
}

export const cellKey = (bidId: string, criterion: string) => `${bidId}:${criterion}`;

/** The saved scores as form values. */
export function valuesFrom(scores: readonly ScoreInput[]): ScoreValues {
  const values: ScoreValues = {};
  for (const s of scores) (values[s.bidId] ??= {})[s.criterion] = s.score;
  return values;
}

/**
 * The filled cells to save, in bid then criterion order (the API names a refused entry by its
 * index, `scores[i].score`, so the order is kept to map it back), and the problems by cell.
 */
export function toScoreInputs(values: ScoreValues, bidIds: readonly string[], criteria: readonly { key: string; weight: number }[]): { scores: ScoreInput[]; problems: Record<string, string>; missing: number } {
  const scores: ScoreInput[] = [];
  const problems: Record<string, string> = {};
  let missing = 0;
  for (const bidId of bidIds) {
    for (const c of criteria) {
      const text = (values[bidId]?.[c.key] ?? '').trim();
      if (!text) {
        missing++;
        continue;
      }
      const problem = scoreProblem(text, c.weight);
      if (problem) problems[cellKey(bidId, c.key)] = problem;
      else scores.push({ bidId, criterion: c.key, score: text });
    }
  }
  return { scores, problems, missing };
}
