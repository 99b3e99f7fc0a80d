import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildSchema, getNamedType, type GraphQLField, type GraphQLSchema, isCompositeType } from 'graphql';
import { type ArbOptions, inputArb } from './arbitraries.js';

/** The emitted SDL, as the web apps and their codegen see it. */
export function emittedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
}

export interface FuzzOperation {
  field: string;
  /** The mutation with every argument bound to a variable of the same name. */
  document: string;
  /** Variables for the document: well-typed, or with `illTyped` sometimes wrong. */
  variables(o: ArbOptions): fc.Arbitrary<Record<string, unknown>>;
}

function operationOf(field: GraphQLField<unknown, unknown>): FuzzOperation {
  const args = field.args;
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  // Only the type name is selected: a field resolver failing would be a read bug, not an input one.
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const document = `mutation Fuzz${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  return {
    field: field.name,
    document,
    variables: (o) => {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const a of args) model[a.name] = inputArb(a.type, o);
      // Optional arguments are sometimes left out altogether.
      const required = args.filter((a) => String(a.type).endsWith('!')).map((a) => a.name);
      return fc.record(model, { requiredKeys: o.illTyped ? [] : required }) as fc.Arbitrary<Record<string, unknown>>;
    },
  };
}

/** Every field of `Mutation`, by name. */
export function mutationOperations(schema: GraphQLSchema): FuzzOperation[] {
  const fields = schema.getMutationType()?.getFields() ?? {};
  return Object.values(fields)
    .map(operationOf)
    .sort((a, b) => a.field.localeCompare(b.field));
}

/** A stable 31-bit seed per operation, so one mutation replays alone with the same values. */
export function seedFor(base: number, field: string): number {
  let h = base | 0;
  for (const ch of field) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h & 0x7fffffff;
}
