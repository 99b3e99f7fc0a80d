import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export interface RunningWorkers {
  close(): Promise<void>;
  /** The last lines the process logged: printed when a journey step fails, to tell a stuck worker from a slow page. */
  recentOutput(): string;
}

const KEPT_OUTPUT = 16_384;

/**
 * The real worker process (built by scripts/test), on the test database and Redis, serving this
 * test file's provinces (WORKER_TENANTS from api/test/file-setup.ts) unless `env` says otherwise.
 */
export async function startWorkers(env: NodeJS.ProcessEnv = {}, timeoutMs = 30_000): Promise<RunningWorkers> {
  const main = fileURLToPath(new URL('../../workers/dist/main.js', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [main], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`workers not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-KEPT_OUTPUT);
      if (output.includes('workers ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`workers exited with ${code}:\n${output}`));
    });
  });
  // A graceful stop waits for the running jobs; a journey's teardown does not wait on a slow
  // one (the product loses nothing to a kill: the next worker redoes an unfinished job).
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    try {
      await exited;
    } finally {
      clearTimeout(timer);
    }
  };
  try {
    await ready;
  } catch (err) {
    await close();
    throw err;
  }
  return { close, recentOutput: () => output };
}
