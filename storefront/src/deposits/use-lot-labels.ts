import { useGraphQLClient } from '@zhengcai/web-kit';
import { reactive } from 'vue';
import { DepositLotQuery } from '../api/deposits';

export interface LotFacts { lotNo: number; lotTitle: string; projectNo: string; projectTitle: string; lotState: string; bidDeadline?: string | null }

/** A lot's project and title from the public opening record, each lot asked for once (deposits carry only the lot id). */
export function useLotFacts() {
  const client = useGraphQLClient();
  const facts = reactive(new Map<string, LotFacts | null>());
  function factsOf(lotId: string): LotFacts | undefined {
    if (!facts.has(lotId)) {
      facts.set(lotId, null);
      client.request(DepositLotQuery, { lotId }).then((r) => facts.set(lotId, r.openingRecord), () => facts.delete(lotId));
    }
    return facts.get(lotId) ?? undefined;
  }
  return { factsOf };
}
