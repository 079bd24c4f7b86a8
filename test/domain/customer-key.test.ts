import { describe, expect, it } from "vitest";
import { customerKey, customerKeys, renameCustomer } from "../../src/domain/commitment.js";

const sameCustomer = (a: string, b: string) => customerKeys(a).includes(customerKey(b));

describe("which customer a name means", () => {
  it("ignores case, accents and Slack's escapes", () => {
    expect(sameCustomer("region skane", "Region Skåne")).toBe(true);
    expect(sameCustomer("H&M", "H&amp;M")).toBe(true);
  });

  it("treats a name with and without its company form as one customer", () => {
    expect(sameCustomer("acme", "Acme AB")).toBe(true);
    expect(sameCustomer("Acme AB", "Acme")).toBe(true);
    expect(sameCustomer("Ericsson", "Ericsson AB (publ)")).toBe(true);
    expect(sameCustomer("Globex", "Globex, Inc.")).toBe(true);
    expect(sameCustomer("Nordea ASA", "Nordea Oyj")).toBe(true);
  });

  it("never matches part of another name", () => {
    expect(sameCustomer("H&M", "H&M Home")).toBe(false);
    expect(sameCustomer("Volvo", "Volvo Cars")).toBe(false);
    expect(sameCustomer("AB", "ABB")).toBe(false);
    expect(sameCustomer("Acme", "Acmes AB")).toBe(false);
  });
});

describe("a customer renamed in the form", () => {
  it("is renamed in the words that named it, and nowhere else", () => {
    expect(renameCustomer("skicka offerten till Acme", "Acme", "Volvo")).toBe("skicka offerten till Volvo");
    expect(renameCustomer("ringa acme ab", "Acme AB", "Acme Group")).toBe("ringa Acme Group");
    expect(renameCustomer("skicka offerten till Acmes kontor", "Acme", "Volvo")).toBe("skicka offerten till Acmes kontor");
    expect(renameCustomer("skicka offerten", "Acme", "Volvo")).toBe("skicka offerten");
    expect(renameCustomer("ringa $1 AB", "$1 AB", "$& AB")).toBe("ringa $& AB");
  });
});
