import {
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from './pagination.js';
import { MESSAGES, type Reason } from '../errors/messages.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

interface Measure { depth: number; aliases: number; cost: number }

/**
 * Rejects an operation before execution when it is nested too deep, uses too many aliases,
 * or would cost too much. Cost: every field counts once per parent item; a field with a
 * `first` argument multiplies what is below it by that number (a variable counts as the
 * largest page size, since validation runs before variables are known).
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      const m = measure(context, operation.selectionSet, root ?? undefined, 1, 1, new Set());
      const report = (reason: Reason, max: number, actual: number) =>
        context.reportError(
          new GraphQLError(reason, { nodes: [operation], extensions: { code: MESSAGES[reason].code, reason, params: { max, actual } } }),
        );
      if (m.depth > limits.maxDepth) report('QUERY_TOO_DEEP', limits.maxDepth, m.depth);
      if (m.aliases > limits.maxAliases) report('TOO_MANY_ALIASES', limits.maxAliases, m.aliases);
      if (m.cost > limits.maxCost) report('QUERY_TOO_COSTLY', limits.maxCost, m.cost);
    },
  });
}

function measure(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  depth: number,
  multiplier: number,
  fragmentsOnPath: Set<string>,
): Measure {
  const total: Measure = { depth: depth - 1, aliases: 0, cost: 0 };
  const add = (m: Measure) => {
    total.depth = Math.max(total.depth, m.depth);
    total.aliases += m.aliases;
    total.cost += m.cost;
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const own: Measure = { depth, aliases: selection.alias ? 1 : 0, cost: multiplier };
      if (selection.selectionSet) {
        const fieldDef = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        const childType = fieldDef ? getNamedType(fieldDef.type) : undefined;
        const inner = measure(context, selection.selectionSet, childType, depth + 1, multiplier * pageFactor(selection.arguments ?? []), fragmentsOnPath);
        own.depth = Math.max(own.depth, inner.depth);
        own.aliases += inner.aliases;
        own.cost += inner.cost;
      }
      add(own);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent;
      add(measure(context, selection.selectionSet, type ?? undefined, depth, multiplier, fragmentsOnPath));
    } else {
      const name = selection.name.value;
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      if (!fragment || fragmentsOnPath.has(name)) continue; // unknown or cyclic: other rules report it
      const type = context.getSchema().getType(fragment.typeCondition.name.value);
      add(measure(context, fragment.selectionSet, type ?? undefined, depth, multiplier, new Set([...fragmentsOnPath, name])));
    }
  }
  return total;
}

function pageFactor(args: readonly { name: { value: string }; value: { kind: Kind; value?: unknown } }[]): number {
  const first = args.find((a) => a.name.value === 'first');
  if (!first) return 1;
  if (first.value.kind === Kind.INT) return Math.max(1, Math.min(Number(first.value.value), MAX_PAGE_SIZE));
  return MAX_PAGE_SIZE;
}
