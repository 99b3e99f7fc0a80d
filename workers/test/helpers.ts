import { randomInt } from 'node:crypto';
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, loadConfig } from '@zhengcai/schema';
import type { JobCatalogue } from '@zhengcai/api/platform/jobs/job-catalogue';
import { JobQueues } from '@zhengcai/api/platform/jobs/job-queues';
import { WorkerModule } from '../src/worker.module.js';

/**
 * A queue prefix of its own within the file's (api/test/file-setup.ts), so that tests, files and
 * parallel runs on one Redis never meet, and the run's teardown finds the keys.
 */
export function uniquePrefix(name: string): string {
  return `${process.env.QUEUE_PREFIX ?? 'zc-test'}-${name}-${randomInt(1_000_000)}`;
}

export function testConfig(prefix: string, overrides: Partial<Record<keyof AppConfig, string>> = {}): AppConfig {
  return loadConfig({ ...process.env, QUEUE_PREFIX: prefix, ...overrides });
}

/** The worker application, built but with nothing started. */
export function workerApp(config: AppConfig, options: { jobCatalogue?: JobCatalogue; processors?: Type[] } = {}): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(config, options), { logger: false });
}

/** Removes every key of the app's queues from Redis, then closes the app. */
export async function closeAndClean(app: INestApplicationContext | undefined): Promise<void> {
  if (!app) return;
  for (const q of app.get(JobQueues).all()) await q.obliterate({ force: true });
  await app.close();
}

/** Polls `check` until it gives a truthy value, and returns that value. */
export async function waitFor<T>(check: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as Exclude<T, false | null | undefined | 0 | ''>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a child script with plain node (type stripping); its stdout lines are collected. */
export function runChild(script: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; lines: string[]; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const path = fileURLToPath(new URL(`./children/${script}`, import.meta.url));
  const child = spawn(process.execPath, [path, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, lines, exited };
}
