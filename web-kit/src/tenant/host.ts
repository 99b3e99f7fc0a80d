/**
 * The tenant label a host name carries, by the API's own rule: the first label of a name
 * with more than one (`zj.mall.example.cn` → `zj`, `zj.localhost` → `zj`); plain `localhost`
 * and IP addresses carry none. The caller still checks the label against the tenant list,
 * since `mall.example.cn` yields `mall`, which names no province.
 */
export function hostTenantLabel(hostname: string): string | null {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (!host || /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[')) return null;
  const labels = host.split('.');
  return labels.length > 1 && labels[0] ? labels[0] : null;
}
