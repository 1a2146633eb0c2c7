/**
 * An `iwj` command as a child process, for benchmarks: its JSON log lines (pino) collected, waiting
 * for a line with a given message, and stopping it by its own pid (SIGTERM, then SIGKILL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IWJ = fileURLToPath(new URL('../bin/iwj.mjs', import.meta.url));

export type LogRegel = { readonly msg?: string; readonly level?: number } & Record<string, unknown>;

export class IwjProces {
  private readonly kind: ChildProcess;
  private uitvoer = '';
  readonly regels: LogRegel[] = [];
  readonly einde: Promise<number | null>;

  /** `nodeOpties` go before the script, e.g. `--cpu-prof`. */
  constructor(
    readonly naam: string,
    args: readonly string[],
    env: NodeJS.ProcessEnv,
    nodeOpties: readonly string[] = [],
  ) {
    this.kind = spawn(process.execPath, [...nodeOpties, IWJ, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: path.dirname(path.dirname(IWJ)) });
    const lees = (d: Buffer) => {
      this.uitvoer += d.toString();
      let i: number;
      while ((i = this.uitvoer.indexOf('\n')) >= 0) {
        const regel = this.uitvoer.slice(0, i);
        this.uitvoer = this.uitvoer.slice(i + 1);
        if (regel.startsWith('{')) {
          try {
            this.regels.push(JSON.parse(regel) as LogRegel);
            continue;
          } catch {
            // not a log line
          }
        }
        if (regel.trim()) this.regels.push({ msg: regel });
      }
    };
    this.kind.stdout!.on('data', lees);
    this.kind.stderr!.on('data', lees);
    this.einde = new Promise((resolve) => this.kind.once('exit', (code) => resolve(code)));
  }

  /** The first log line with this message; rejects when the process ends first or after `timeoutMs`. */
  async wachtOp(msg: string, timeoutMs = 60_000): Promise<LogRegel> {
    const eind = Date.now() + timeoutMs;
    for (;;) {
      const r = this.regels.find((x) => x.msg === msg);
      if (r) return r;
      if (this.kind.exitCode !== null || Date.now() > eind) {
        throw new Error(`${this.naam}: geen '${msg}' (${this.kind.exitCode !== null ? `gestopt met ${this.kind.exitCode}` : 'te lang gewacht'}); laatste uitvoer:\n${this.staart()}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  staart(n = 15): string {
    return this.regels
      .slice(-n)
      .map((r) => JSON.stringify(r))
      .join('\n');
  }

  /** SIGTERM (graceful), SIGKILL after `ms`; resolves with the exit code. */
  async stop(ms = 30_000): Promise<number | null> {
    if (this.kind.exitCode !== null || this.kind.signalCode !== null) return this.kind.exitCode;
    this.kind.kill('SIGTERM');
    const timer = setTimeout(() => this.kind.kill('SIGKILL'), ms);
    try {
      return await this.einde;
    } finally {
      clearTimeout(timer);
    }
  }
}
