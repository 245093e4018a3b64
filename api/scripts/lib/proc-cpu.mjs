// CPU time of processes from /proc (Linux only): a measure of work per request that does not depend on
// how busy the rest of the machine is, unlike requests per second.
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ; 100 on every Linux we run on

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; everything after its closing parenthesis is fixed.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(fields[1]),
      utime: Number(fields[11]),
      stime: Number(fields[12]),
      cutime: Number(fields[13]),
      cstime: Number(fields[14]),
    };
  } catch {
    return null; // gone
  }
}

/** CPU milliseconds used so far by one process (its own, not its children's), in user and kernel mode. */
export function processCpu(pid) {
  const s = stat(pid);
  if (!s) return { userMs: 0, systemMs: 0, ms: 0 };
  const userMs = (s.utime * 1000) / TICKS_PER_SECOND;
  const systemMs = (s.stime * 1000) / TICKS_PER_SECOND;
  return { userMs, systemMs, ms: userMs + systemMs };
}

/**
 * CPU milliseconds used so far by a process and all its direct children, including children that
 * have exited and been reaped (PostgreSQL's postmaster and its backends). Per-pid figures are returned
 * too so a later reading can count only what happened in between.
 */
export function processTreeCpu(rootPid) {
  const perPid = new Map();
  const root = stat(rootPid);
  if (!root) return { perPid, reapedMs: 0 };
  perPid.set(rootPid, ((root.utime + root.stime) * 1000) / TICKS_PER_SECOND);
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === rootPid) continue;
    const s = stat(pid);
    if (s && s.ppid === rootPid) perPid.set(pid, ((s.utime + s.stime) * 1000) / TICKS_PER_SECOND);
  }
  return { perPid, reapedMs: ((root.cutime + root.cstime) * 1000) / TICKS_PER_SECOND };
}

/** CPU milliseconds the tree used between two readings (processes started in between count from zero). */
export function treeCpuBetween(before, after) {
  let ms = after.reapedMs - before.reapedMs;
  for (const [pid, now] of after.perPid) ms += now - (before.perPid.get(pid) ?? 0);
  // Processes that exited in between and were reaped are in reapedMs with their whole lifetime; take
  // off what they had already used before the first reading.
  for (const [pid, then] of before.perPid) if (!after.perPid.has(pid)) ms -= then;
  return ms;
}

/** Busy and total CPU milliseconds of the whole machine so far (all cores), from /proc/stat. */
export function machineCpuMs() {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busyMs: ((total - idle) * 1000) / TICKS_PER_SECOND, totalMs: (total * 1000) / TICKS_PER_SECOND };
}
