import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time (user + system, in clock ticks) from the text of /proc/<pid>/stat. */
export function cpuTicks(stat: string): number {
  // The command name may hold spaces and parentheses: fields are counted after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).trim().split(/\s+/);
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
  return Number(fields[11]) + Number(fields[12]);
}

/** Resident set size in MiB from the text of /proc/<pid>/status. */
export function rssMiB(status: string): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : NaN;
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

export interface ProcSample { cpuMs: number; rssMiB: number }

/** The process's CPU time so far and its RSS now (Linux /proc). */
export function sample(pid: number): ProcSample {
  return {
    cpuMs: (cpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) / clockTicks()) * 1000,
    rssMiB: rssMiB(readFileSync(`/proc/${pid}/status`, 'utf8')),
  };
}

/** CPU milliseconds per request between two samples. */
export function cpuPerRequest(before: ProcSample, after: ProcSample, requests: number): number {
  if (requests <= 0) return NaN;
  return Math.round(((after.cpuMs - before.cpuMs) / requests) * 100) / 100;
}
