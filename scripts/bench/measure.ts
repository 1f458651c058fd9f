/**
 * Runs one phase as a child process and measures its wall time and the peak
 * resident memory of its whole process tree (sampled from /proc every 50 ms,
 * so short spikes between samples can be missed; Linux only, else 0).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface PhaseResult {
  ms: number;
  peakRssMb: number;
  code: number | null;
  output: string;
}

function treeRssKb(root: number): number {
  if (!existsSync('/proc')) return 0;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const pid = Number(name);
      rss.set(pid, kb);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function runPhase(
  command: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<PhaseResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakRssMb: peak / 1024, code, output });
    });
  });
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Astro's way of writing a duration: "830ms", "12.87s" or, from a minute on, "4m 23s". */
export function astroDuration(text: string): number {
  const m = /^(?:(\d+)m (\d+)s|(\d+(?:\.\d+)?)(ms|s))$/.exec(text.trim());
  if (!m) return 0;
  if (m[1] !== undefined) return (Number(m[1]) * 60 + Number(m[2])) * 1000;
  return Number(m[3]) * (m[4] === 's' ? 1000 : 1);
}

/**
 * The pages of an `astro build` log: those Astro copied from the last build
 * ("├─ /path/index.html (restored)" or "(cached)") and those it rendered. A
 * rendered page's time is printed when it is done, and with several pages in
 * flight (build.concurrency) other pages' lines come between its path and its
 * time, even on the same line ("├─ /a.html02:36:49   ├─ /b.html"), so a page
 * is "rendered" when it is listed and not copied.
 */
export function astroPages(log: string): { copied: string[]; rendered: string[] } {
  const listed = [...log.matchAll(/[├└]─ (\/\S*?\.html)/g)].map((m) => m[1]!);
  const copied = [...log.matchAll(/[├└]─ (\/\S*?\.html) \((?:cached|restored)\)/g)].map((m) => m[1]!);
  const wasCopied = new Set(copied);
  return { copied, rendered: listed.filter((p) => !wasCopied.has(p)) };
}
