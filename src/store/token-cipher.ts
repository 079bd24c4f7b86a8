import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Encrypts Slack tokens at rest with AES-256-GCM (node:crypto). Stored as
 * "v1.<iv>.<tag>.<ciphertext>" (base64url). The installation's key (team or enterprise id)
 * is bound in as associated data, so a token copied to another workspace's row does not decrypt.
 */
export class TokenCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error("The encryption key must be 32 bytes.");
  }

  encrypt(plain: string, boundTo: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(Buffer.from(boundTo, "utf8"));
    const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return ["v1", iv, cipher.getAuthTag(), sealed].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
  }

  /** The token, or an error when the stored value was altered or sealed with another key. */
  decrypt(stored: string, boundTo: string): string {
    const [version, iv, tag, sealed] = stored.split(".");
    const ivBytes = Buffer.from(iv ?? "", "base64url");
    const tagBytes = Buffer.from(tag ?? "", "base64url");
    if (version !== "v1" || ivBytes.length !== 12 || tagBytes.length !== 16 || sealed === undefined) {
      throw new Error("Not an encrypted token.");
    }
    const decipher = createDecipheriv("aes-256-gcm", this.key, ivBytes, { authTagLength: 16 });
    decipher.setAAD(Buffer.from(boundTo, "utf8"));
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  }
}

/** LOFTE_ENCRYPTION_KEY: 32 bytes as base64 (`openssl rand -base64 32`) or 64 hex digits; null if neither. */
export function parseEncryptionKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    return bytes.length === 32 ? bytes : null;
  }
  return null;
}
