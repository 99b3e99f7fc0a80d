/**
 * SQL text with its parameters kept beside it (`?` placeholders, in order), so fragments
 * compose without string-built values. Interpolating a Frag inlines it; anything else
 * becomes a parameter.
 */
export class Frag {
  constructor(
    readonly text: string,
    readonly params: readonly unknown[],
  ) {}
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Frag {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((v, i) => {
    if (v instanceof Frag) {
      text += v.text;
      params.push(...v.params);
    } else {
      text += '?';
      params.push(v);
    }
    text += strings[i + 1];
  });
  return new Frag(text, params);
}

export const raw = (text: string) => new Frag(text, []);

export function join(frags: readonly Frag[], separator: string): Frag {
  return new Frag(frags.map((f) => f.text).join(separator), frags.flatMap((f) => f.params));
}

/**
 * A PostgreSQL array literal for a `?::text[]` (or `uuid[]`) parameter. MikroORM expands a
 * JavaScript array parameter into a list of placeholders, which is not an array.
 */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
