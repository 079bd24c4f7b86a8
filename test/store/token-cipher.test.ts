import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TokenCipher } from "../../src/store/token-cipher.js";

/** Bot tokens at rest: AES-256-GCM, bound to their workspace. */
describe("the token cipher", () => {
  const cipher = new TokenCipher(randomBytes(32));
  const token = "xoxb-1234-5678-abcdefghijkl";

  it("gives the token back, and never the same sealed text twice", () => {
    const a = cipher.encrypt(token, "T0ALFA");
    const b = cipher.encrypt(token, "T0ALFA");
    expect(a).not.toBe(b);
    expect(a).not.toContain("xoxb");
    expect(cipher.decrypt(a, "T0ALFA")).toBe(token);
  });

  it("refuses a sealed token that was altered, moved to another workspace or sealed with another key", () => {
    const sealed = cipher.encrypt(token, "T0ALFA");
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body, "base64url");
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([v, iv, tag, flipped.toString("base64url")].join("."), "T0ALFA")).toThrow();
    expect(() => cipher.decrypt(sealed, "T0BETA")).toThrow();
    expect(() => new TokenCipher(randomBytes(32)).decrypt(sealed, "T0ALFA")).toThrow();
    expect(() => cipher.decrypt(token, "T0ALFA")).toThrow("Not an encrypted token.");
  });
});
