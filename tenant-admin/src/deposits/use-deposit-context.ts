import { formatDate, useGraphQLClient, useQuery, useTenantStore } from '@zhengcai/web-kit';
import { computed, reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import { DepositLotFactsQuery, DepositTenantZoneQuery } from '../api/deposits';

export interface LotFacts { lotNo: number; lotTitle: string; projectNo: string; projectTitle: string; lotState: string }

/**
 * What the deposit pages share: the province's time zone, times formatted in it, and each lot's
 * project and title from the public opening record (deposits carry only the lot id), asked once per lot.
 */
export function useDepositContext() {
  const { t, locale } = useI18n();
  const client = useGraphQLClient();
  const tenants = useTenantStore();
  const zoneQuery = useQuery(DepositTenantZoneQuery, { scope: () => tenants.current?.code });
  const zone = computed(() => zoneQuery.data.value?.tenant.timeZone ?? 'Asia/Shanghai');
  const fmt = (iso: string | null | undefined) => (iso ? formatDate(iso, locale.value, { time: true, timeZone: zone.value }) : '—');
  const facts = reactive(new Map<string, LotFacts | null>());
  function factsOf(lotId: string): LotFacts | undefined {
    if (!facts.has(lotId)) {
      facts.set(lotId, null);
      client.request(DepositLotFactsQuery, { lotId }).then((r) => facts.set(lotId, r.openingRecord), () => facts.delete(lotId));
    }
    return facts.get(lotId) ?? undefined;
  }
  const lotLabel = (lotId: string) => {
    const f = factsOf(lotId);
    return f ? t('depositAdmin.lotLabel', { no: f.lotNo, title: f.lotTitle }) : lotId.slice(0, 8);
  };
  const projectLabel = (lotId: string) => {
    const f = factsOf(lotId);
    return f ? `${f.projectNo} ${f.projectTitle}` : '…';
  };
  return { zone, fmt, factsOf, lotLabel, projectLabel };
}
