import { randomBytes } from "node:crypto";

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. The ids Prisma's
 * `@default(uuid(7))` makes, made here when a row is written with plain SQL.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(now, 0, 6);
  randomInto(bytes, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Random bytes drawn from a pool filled 4 KB at a time: one call into the system's generator serves 400 ids. */
const pool = { bytes: Buffer.alloc(0), used: 0 };

function randomInto(target: Buffer, at: number): void {
  const wanted = target.length - at;
  if (pool.used + wanted > pool.bytes.length) {
    pool.bytes = randomBytes(4096);
    pool.used = 0;
  }
  pool.bytes.copy(target, at, pool.used, pool.used + wanted);
  pool.used += wanted;
}
