import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/domain/csv.js";

/** The export opens safely in a spreadsheet: nothing someone typed runs as a formula, nothing splits a cell. */
describe("CSV for the export", () => {
  const row = (cell: string) => toCsv(["text"], [[cell]]).split("\r\n")[1];

  it.each([
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+46 70 123", "'+46 70 123"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["＝1+1", "'＝1+1"],
    ["\u200B=1+1", "'\u200B=1+1"],
    ["\uFEFF@x", "'\uFEFF@x"],
  ])("writes %j as text that starts with an apostrophe", (typed, written) => {
    expect(row(typed)).toBe(written);
  });

  it("quotes a cell that starts like a formula with a semicolon, which a Swedish-locale Excel splits on", () => {
    expect(row(";rm")).toBe(`"';rm"`);
    expect(row("offert; avtal")).toBe(`"offert; avtal"`);
    expect(row('säger "ja", i morgon')).toBe(`"säger ""ja"", i morgon"`);
  });

  it("leaves ordinary text as it is", () => {
    expect(row("skicka offerten till Acme")).toBe("skicka offerten till Acme");
    expect(toCsv(["a", "b"], [[1, null]])).toBe("a,b\r\n1,\r\n");
  });
});
