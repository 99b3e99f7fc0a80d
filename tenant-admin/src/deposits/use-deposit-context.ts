import { formatDate, useQuery, useTenantStore } from '@zhengcai/web-kit';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { DepositTenantZoneQuery } from '../api/deposits';

/** The lot and project names every deposit row carries (the API reads them with the deposits). */
export interface LotNames { lotNo: number; lotTitle: string; projectNo: string; projectTitle: string }

/** What the deposit pages share: the province's time zone, times formatted in it, and lot and project labels. */
export function useDepositContext() {
  const { t, locale } = useI18n();
  const tenants = useTenantStore();
  const zoneQuery = useQuery(DepositTenantZoneQuery, { scope: () => tenants.current?.code });
  const zone = computed(() => zoneQuery.data.value?.tenant.timeZone ?? 'Asia/Shanghai');
  const fmt = (iso: string | null | undefined) => (iso ? formatDate(iso, locale.value, { time: true, timeZone: zone.value }) : '—');
  // Partial: el-table hands rows over untyped.
  const lotLabel = (row: Partial<LotNames>) => t('depositAdmin.lotLabel', { no: row.lotNo, title: row.lotTitle });
  const projectLabel = (row: Partial<LotNames>) => `${row.projectNo} ${row.projectTitle}`;
  return { zone, fmt, lotLabel, projectLabel };
}
