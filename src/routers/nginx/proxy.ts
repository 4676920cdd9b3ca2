// The proxy as the nginx router sees it: the managed file read fresh each time, written as one unit
// (every upstream block and the ledger together), and never over a change someone else made.
import { CutoverError } from "../../core/errors.ts";
import type { NginxConfig } from "./config.ts";
import { execShell, type Shell } from "./exec.ts";
import { probeServers, type ServerHealth } from "./health.ts";
import { installFile, MissingFileError, readManagedText } from "./install.ts";

import {
  type Color,
  editLedger,
  type Ledger,
  type ManagedFile,
  parseManagedFile,
  renderManagedFile,
  type UpstreamBlock,
  upstreamNamed,
} from "./upstream-file.ts";
import { type Weights, weighBlock } from "./weights.ts";

export interface FileState {
  /** The file's text as read: a write goes ahead only while the file still holds it. */
  text: string;
  managed: ManagedFile;
}

/** The file a user starts from: blue live, the test upstream on green; one line, for an ::error::. */
function starter(config: NginxConfig): string {
  const all = { blue: 100, green: 0 };
  const block = (name: string, weights: Weights): UpstreamBlock =>
    weighBlock({ name, directives: [], servers: [] }, weights, config.servers);
  const upstreams = [
    block(config.upstream, all),
    ...(config.testUpstream ? [block(config.testUpstream, { blue: 0, green: 100 })] : []),
  ];
  return renderManagedFile({ upstreams, ledger: { blue: {}, green: {} } })
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.trim())
    .join(" ");
}

export class NginxProxy {
  readonly config: NginxConfig;
  readonly #shell: Shell;
  /** Writes one at a time: each reads the file, changes its part, and puts the file in place. */
  #queue: Promise<unknown> = Promise.resolve();
  #reading?: Promise<FileState>;

  constructor(config: NginxConfig, shell: Shell = execShell(config.exec, config.envPassthrough)) {
    this.config = config;
    this.#shell = shell;
  }

  /** Runs `change` after every change queued before it, whatever became of them. */
  exclusive<T>(change: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(change, change);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** The file as read now; reads asked for while one is on its way share it. */
  read(): Promise<FileState> {
    this.#reading ??= this.#read().finally(() => {
      this.#reading = undefined;
    });
    return this.#reading;
  }

  async #read(): Promise<FileState> {
    const { file } = this.config;
    let text: string;
    try {
      text = await readManagedText(this.#shell, file);
    } catch (error) {
      if (!(error instanceof MissingFileError)) throw error;
      throw new CutoverError(
        `${error.message} Create it, include it from your nginx.conf in place of the upstream block, and reload nginx; with blue live it reads: ${starter(this.config)}`,
      );
    }
    const managed = parseManagedFile(text, file);
    upstreamNamed(managed, this.config.upstream, file, "nginx-upstream");
    if (this.config.testUpstream) upstreamNamed(managed, this.config.testUpstream, file, "nginx-test-upstream");
    return { text, managed };
  }

  /** The block of `name` with the configured servers at `weights`; other blocks and the ledger stay. */
  weighed(managed: ManagedFile, name: string, weights: Weights): ManagedFile {
    return {
      ...managed,
      upstreams: managed.upstreams.map((u) => (u.name === name ? weighBlock(u, weights, this.config.servers) : u)),
    };
  }

  withLedger(managed: ManagedFile, color: Color, set: Record<string, string>, remove: string[]): ManagedFile {
    return { ...managed, ledger: editLedger(managed.ledger, color, set, remove) };
  }

  /**
   * Writes `next` over the file, if it still holds what was read (`seen`): test, reload, or put
   * the previous file back. Returns the state written, for the next write to start from.
   */
  async write(seen: FileState, next: ManagedFile, reload = true): Promise<FileState> {
    const text = renderManagedFile(next);
    // A file that says the same as cutover would write it (a hand-written one, say) is left alone.
    if (text === renderManagedFile(seen.managed)) return seen;
    await installFile(this.#shell, this.config, seen.text, text, reload);
    return { text, managed: next };
  }

  async ledger(): Promise<Ledger> {
    return (await this.read()).managed.ledger;
  }

  /** Edits one color's ledger: comments only, so the file is tested but nginx is not reloaded. */
  editLedger(color: Color, set: Record<string, string>, remove: string[]): Promise<void> {
    return this.exclusive(async () => {
      const seen = await this.read();
      await this.write(seen, this.withLedger(seen.managed, color, set, remove), false);
    });
  }

  probe(color: Color): Promise<ServerHealth[]> {
    return probeServers(this.config.servers[color], this.config.healthPath);
  }
}
