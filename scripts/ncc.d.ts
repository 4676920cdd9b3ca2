declare module "@vercel/ncc" {
  interface NccOptions {
    minify?: boolean;
    sourceMap?: boolean;
    quiet?: boolean;
  }
  interface NccAsset {
    source: string | Buffer;
    permissions?: number;
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<{ code: string; assets: Record<string, NccAsset> }>;
}
