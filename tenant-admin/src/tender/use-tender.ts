import { formatDate, useGraphQLClient, useQuery, useTenantStore } from '@zhengcai/web-kit';
import { computed, reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import { LotOversightQuery, TenderTimeZoneQuery } from '../api/tender';

/** Formats instants in the province's time zone (from `tenant.timeZone`; Beijing time until it is known). */
export function useTenderDates() {
  const { locale } = useI18n();
  const tenants = useTenantStore();
  const { data } = useQuery(TenderTimeZoneQuery, { scope: () => tenants.current?.code });
  const zone = computed(() => data.value?.tenant.timeZone ?? 'Asia/Shanghai');
  return {
    dateTime: (value: string | null | undefined) => (value ? formatDate(value, locale.value, { time: true, timeZone: zone.value }) : '—'),
    date: (value: string | null | undefined) => (value ? formatDate(value, locale.value, { timeZone: zone.value }) : '—'),
  };
}

export interface LotLabel { projectId: string; projectNo: string; projectTitle: string; lotNo: number; lotTitle: string }

/** Project and lot names for lists that carry only a lot id (finance), each lot asked for once. */
export function useLotLabels() {
  const client = useGraphQLClient();
  const labels = reactive(new Map<string, LotLabel | null>());
  function labelOf(lotId: string): LotLabel | null {
    if (!labels.has(lotId)) {
      labels.set(lotId, null);
      client.request(LotOversightQuery, { lotId }).then(
        ({ tenderLotOversight: l }) => labels.set(lotId, { projectId: l.projectId, projectNo: l.projectNo, projectTitle: l.projectTitle, lotNo: l.lotNo, lotTitle: l.lotTitle }),
        () => labels.delete(lotId),
      );
    }
    return labels.get(lotId) ?? null;
  }
  return { labelOf };
}

/** Element Plus tag colours by state. */
export function stateTagType(state: string): 'success' | 'info' | 'warning' | 'danger' | 'primary' {
  if (['COMPLETED', 'CONTRACTED', 'AWARDED', 'OPENED', 'ANSWERED', 'DISMISSED'].includes(state)) return 'success';
  if (['CANCELLED', 'DRAFT', 'REPLACED', 'WITHDRAWN'].includes(state)) return 'info';
  if (['FAILED', 'INVALID', 'DISQUALIFIED', 'NOT_DECRYPTED', 'UPHELD'].includes(state)) return 'danger';
  if (['PENDING', 'RECOMMENDED'].includes(state)) return 'warning';
  return 'primary';
}
