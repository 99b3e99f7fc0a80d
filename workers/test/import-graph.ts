import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Packages that only the GraphQL API may load. */
const GRAPHQL_PACKAGES = ['@nestjs/graphql', '@nestjs/apollo', '@apollo/server', '@as-integrations/express5'];
const API_ONLY_FILE = /\.(resolver|api\.module)\.ts$/;

export interface Finding {
  /** The offending file, relative to the repository root. */
  file: string;
  problem: string;
  /** How a worker source reaches it: entry first. */
  chain: string[];
}

export interface Scan {
  reached: Set<string>;
  findings: Finding[];
}

/** Value imports of a TypeScript source: what survives compilation (type-only imports do not). */
export function runtimeImports(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Our own sources a specifier names, or undefined for a third-party package. */
function resolveOwn(from: string, specifier: string): string | undefined {
  let base: string | undefined;
  if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else if (specifier.startsWith('@zhengcai/api/')) base = join(ROOT, 'api/src', specifier.slice('@zhengcai/api/'.length));
  else if (specifier === '@zhengcai/schema') base = join(ROOT, 'schema/src/index');
  else if (specifier.startsWith('@zhengcai/schema/')) base = join(ROOT, 'schema/src', specifier.slice('@zhengcai/schema/'.length));
  if (base === undefined) return undefined;
  const stem = base.replace(/\.(js|ts)$/, '');
  for (const candidate of [`${stem}.ts`, join(stem, 'index.ts')]) if (existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${specifier} from ${relative(ROOT, from)}`);
}

/**
 * Follows the runtime imports of the entry files through our own sources (relative imports,
 * @zhengcai/api/…, @zhengcai/schema) and reports every API-only file or GraphQL package reached.
 * `read` may serve files that are not on disk, so that a test can prove a bad import is caught.
 */
export function scanImports(entries: string[], read: (path: string) => string = (p) => readFileSync(p, 'utf8')): Scan {
  const reached = new Set<string>();
  const findings: Finding[] = [];
  const queue: { file: string; chain: string[] }[] = entries.map((file) => ({ file, chain: [relative(ROOT, file)] }));
  while (queue.length) {
    const { file, chain } = queue.shift()!;
    if (reached.has(file)) continue;
    reached.add(file);
    const name = relative(ROOT, file);
    if (API_ONLY_FILE.test(file)) findings.push({ file: name, problem: 'API-only file (GraphQL resolvers and their modules)', chain });
    for (const specifier of runtimeImports(file, read(file))) {
      const target = resolveOwn(file, specifier);
      if (target) queue.push({ file: target, chain: [...chain, relative(ROOT, target)] });
      else if (GRAPHQL_PACKAGES.some((p) => specifier === p || specifier.startsWith(`${p}/`))) {
        findings.push({ file: name, problem: `imports ${specifier}`, chain });
      }
    }
  }
  return { reached, findings };
}

/** Every shipped source file of the workers (tests excluded). */
export function workerSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.(spec|test)\.ts$/.test(entry.name)) out.push(path);
    }
  };
  walk(join(ROOT, 'workers/src'));
  return out;
}
