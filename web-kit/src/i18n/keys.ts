type Tree = { [key: string]: unknown };

/** Every leaf key of a message tree as a dotted path, sorted: to compare two languages. */
export function messageKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? messageKeys(v as Tree, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();
}

/** Leaves that are empty, or identical in both languages though they contain Chinese. */
export function untranslated(zh: Tree, en: Tree): string[] {
  const flat = (tree: Tree, prefix = ''): [string, unknown][] =>
    Object.entries(tree).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v as Tree, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));
  const enMap = new Map(flat(en));
  return flat(zh)
    .filter(([key, value]) => {
      const other = enMap.get(key);
      return typeof other !== 'string' || other.trim() === '' || /[\u4e00-\u9fff]/.test(other) || (typeof value === 'string' && value.trim() === '');
    })
    .map(([key]) => key);
}
