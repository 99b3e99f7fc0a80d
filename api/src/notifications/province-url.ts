/**
 * The address of an app page in one province, for links sent outside the app (e-mail, push):
 * the province's slug goes in front of the app's host name (`https://mall.example.cn` →
 * `https://zj.mall.example.cn`), the same rule by which the API and the apps tell provinces
 * apart by host. A base on an IP address carries no label; the link then opens the page and
 * the app asks for the province as on any first visit.
 */
export function provinceUrl(base: string, slug: string, path: string): string {
  const url = new URL(base);
  const ip = /^[\d.]+$/.test(url.hostname) || url.hostname.startsWith('[');
  if (!ip && !url.hostname.startsWith(`${slug}.`)) url.hostname = `${slug}.${url.hostname}`;
  return `${url.origin}${url.pathname.replace(/\/$/, '')}${path}`;
}
