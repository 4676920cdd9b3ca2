declare module "@vercel/ncc" {
  interface NccOptions {
    minify?: boolean;
    sourceMap?: boolean;
    quiet?: boolean;
    /** A folder for webpack's persistent cache, or false for none. */
    cache?: string | false;
  }
  interface NccAsset {
    source: string | Buffer;
    permissions?: number;
  }
  /** webpack's compilation stats; scripts/licenses.ts reads the module graph from them. */
  interface NccStats {
    toJson(options: object): { modules?: unknown[] };
  }
  export default function ncc(
    entry: string,
    options?: NccOptions,
  ): Promise<{ code: string; assets: Record<string, NccAsset>; stats: NccStats }>;
}
