/**
 * Where image bytes live. Files are content-addressed: the key is the SHA-256 of the bytes, so
 * a name from an upload never becomes a path, the same image uploaded twice is stored once, and
 * fsck can check a file against its key. The disk store is the default; an S3-compatible store
 * can implement the same four operations.
 */
export interface BlobStore {
  /** Stores the bytes (idempotent) and returns their key. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes of `key`, or null when missing. */
  read(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  /** A folder for derived files (IIIF tiles), safe to delete at any time. */
  cacheDir(): string;
  /** Throws unless the store can be written and read back now (the health check). */
  probe(): Promise<void>;
}

export const SHA256_KEY = /^[0-9a-f]{64}$/;
