import { CORPUS } from "./language/corpus.js";

const words = CORPUS.map((c) => c.text.toLowerCase()).filter((t) => /[åäö]/.test(t));
const FOLD: Record<string, string> = {
  å: "a",
  ä: "a",
  ö: "o",
  æ: "a",
  ø: "o",
  é: "e",
  è: "e",
  ü: "u",
  "’": "'",
  "‘": "'",
  "–": "-",
  "—": "-",
};
const FOLDABLE = /[åäöæøéèü’‘–—]/g;
const a = (s: string) => s.replace(FOLDABLE, (c) => FOLD[c] ?? c);
const b = (s: string) => {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    out += FOLD[c] ?? c;
  }
  return out;
};
const M = new Map(Object.entries(FOLD));
const c = (s: string) => {
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const f = M.get(s[i]);
    if (f !== undefined) {
      out += s.slice(last, i) + f;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
};
const d = (s: string) =>
  s.replace(/[åäæ]/g, "a").replace(/[öø]/g, "o").replace(/[éè]/g, "e").replace(/ü/g, "u").replace(/[’‘]/g, "'").replace(/[–—]/g, "-");
const codes = new Map([...M].map(([k, v]) => [k.charCodeAt(0), v]));
const e = (s: string) => {
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0xc0) continue;
    const f = codes.get(code);
    if (f !== undefined) {
      out += s.slice(last, i) + f;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
};
for (const [n, f] of [
  ["regex-cb", a],
  ["loop", b],
  ["slices", c],
  ["chain", d],
  ["codes", e],
  ["regex-cb", a],
  ["codes", e],
] as const) {
  for (let i = 0; i < 20; i++) for (const w of words) f(w);
  const t = performance.now();
  for (let i = 0; i < 200; i++) for (const w of words) f(w);
  console.log(n, (((performance.now() - t) / 200 / words.length) * 1e6).toFixed(0), "ns");
}
for (const w of words) if (a(w) !== e(w) || a(w) !== c(w)) console.log("DIFF", w);
