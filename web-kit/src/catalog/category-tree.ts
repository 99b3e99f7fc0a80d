/** The fields of a Category that the tree needs. */
export interface CategoryLike {
  code: string;
  name: string;
  parentCode?: string | null;
  energySavingMandatory: boolean;
}

export interface CategoryNode<C extends CategoryLike = CategoryLike> {
  code: string;
  /** "A02010104 台式计算机": the code is what suppliers and regulators quote. */
  label: string;
  category: C;
  children: CategoryNode<C>[];
}

/**
 * Nests the flat `categoryTree` answer (code order, depth-first) for el-tree / el-tree-select.
 * A category whose parent is missing becomes a root rather than disappearing.
 */
export function buildCategoryTree<C extends CategoryLike>(categories: readonly C[]): CategoryNode<C>[] {
  const byCode = new Map<string, CategoryNode<C>>();
  const roots: CategoryNode<C>[] = [];
  const sorted = [...categories].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const c of sorted) byCode.set(c.code, { code: c.code, label: `${c.code} ${c.name}`, category: c, children: [] });
  for (const c of sorted) {
    const node = byCode.get(c.code)!;
    const parent = c.parentCode ? byCode.get(c.parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The code a child of `parentCode` gets next: the first free two-digit suffix. */
export function nextChildCode(parentCode: string, existing: readonly string[]): string | null {
  const taken = new Set(existing.filter((c) => c.length === parentCode.length + 2 && c.startsWith(parentCode)).map((c) => c.slice(-2)));
  for (let n = 1; n <= 99; n++) {
    const suffix = String(n).padStart(2, '0');
    if (!taken.has(suffix)) return parentCode + suffix;
  }
  return null;
}
