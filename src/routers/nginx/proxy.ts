// The proxy as the nginx router sees it: the managed file read fresh each time, written as one unit
// (every upstream block and the ledger together), and never over a change someone else made.
import { CutoverError } from "../../core/errors.ts";
import type { NginxConfig } from "./config.ts";
import { execShell, type RunOptions, type Shell } from "./exec.ts";
import { checkManaged } from "./file-check.ts";
import { probeServers, type ServerHealth } from "./health.ts";
import { installFile, MissingFileError, readManagedText, StateUnknownError, UntouchedError } from "./install.ts";
import { renderManagedFile } from "./rewrite.ts";
import {
  type Color,
  editLedger,
  type Ledger,
  type ManagedFile,
  parseManagedFile,
  renderFreshFile,
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
  return renderFreshFile({ upstreams, ledger: { blue: {}, green: {} } })
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
  #reading?: { signal: AbortSignal | undefined; urgent: boolean; state: Promise<FileState> };
  /** Set by a reload that failed, and failed again onto the previous file: what nginx serves is unknown. */
  #unknown?: StateUnknownError;
  /** Set by a write cut off or failed past its start: nginx may serve other than the file, so the next write reloads. */
  #unsure = false;

  constructor(config: NginxConfig, shell: Shell = execShell(config.exec, config.execTimeoutMs, config.envPassthrough)) {
    this.config = config;
    this.#shell = shell;
  }

  /** Runs `change` after every change queued before it, whatever became of them. */
  exclusive<T>(change: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(change, change);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The file as read now; reads asked for with the same signal while one is on its way share it.
   * While nginx's state is unknown (a reload failed twice), no read can say what it serves.
   */
  read(options: RunOptions = {}): Promise<FileState> {
    if (this.#unknown) return Promise.reject(this.#unknown);
    const shared = this.#reading;
    if (shared && shared.signal === options.signal && shared.urgent === Boolean(options.urgent)) return shared.state;
    const state = this.#read(options).finally(() => {
      if (this.#reading?.state === state) this.#reading = undefined;
    });
    if (!shared) this.#reading = { signal: options.signal, urgent: Boolean(options.urgent), state };
    return state;
  }

  /** The file as read, even while nginx's state is unknown: a put-back starts from it. */
  async #read(options: RunOptions): Promise<FileState> {
    const { file } = this.config;
    let text: string;
    try {
      text = await readManagedText(this.#shell, file, { ...options, allowSymlink: this.config.allowSymlink });
    } catch (error) {
      if (!(error instanceof MissingFileError)) throw error;
      throw new CutoverError(
        `${error.message} Create it, include it from your nginx.conf in place of the upstream block, and reload nginx; with blue live it reads: ${starter(this.config)}`,
      );
    }
    const managed = parseManagedFile(text, file);
    upstreamNamed(managed, this.config.upstream, file, "nginx-upstream");
    if (this.config.testUpstream) upstreamNamed(managed, this.config.testUpstream, file, "nginx-test-upstream");
    checkManaged(managed, this.config);
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
  async write(seen: FileState, next: ManagedFile, reload = true, options: RunOptions = {}): Promise<FileState> {
    const text = renderManagedFile(next);
    // A file that already holds it is left alone, unless nginx may not be serving it.
    const unsure = this.#unsure || Boolean(this.#unknown);
    if (text === seen.text && !unsure) return seen;
    try {
      await installFile(this.#shell, this.config, seen.text, text, reload || unsure, options);
    } catch (error) {
      if (error instanceof StateUnknownError) this.#unknown = error;
      if (!(error instanceof UntouchedError)) this.#unsure = true;
      throw error;
    }
    this.#unknown = undefined;
    this.#unsure = false;
    return { text, managed: { ...parseManagedFile(text, this.config.file) } };
  }

  /** For a put-back after a failed reload: the file as read, whatever nginx serves. */
  readForWrite(options: RunOptions = {}): Promise<FileState> {
    return this.#unknown ? this.#read(options) : this.read(options);
  }

  async ledger(options: RunOptions = {}): Promise<Ledger> {
    return (await this.read(options)).managed.ledger;
  }

  /** Edits one color's ledger: comments only, so the file is tested but nginx is not reloaded. */
  editLedger(color: Color, set: Record<string, string>, remove: string[], options: RunOptions = {}): Promise<void> {
    return this.exclusive(async () => {
      const seen = await this.read(options);
      await this.write(seen, this.withLedger(seen.managed, color, set, remove), false, options);
    });
  }

  probe(color: Color): Promise<ServerHealth[]> {
    return probeServers(this.config.servers[color], this.config.healthPath);
  }
}
