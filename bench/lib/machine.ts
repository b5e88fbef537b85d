/** What the figures were measured on, for reports. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine: cores, CPU model, memory, Node version and the load average at the time. */
export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  loadAverage: number[];
}

/** Describes this machine now. */
export function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'cpu';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return {
    cores: os.availableParallelism(),
    cpu,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** One line: `2 × AMD EPYC, 24 GiB, Node v24.21.0, load 3.1 / 4.2 / 5.0`. */
export function describeMachine(m: Machine = machine()): string {
  return `${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverage.join(' / ')}`;
}
