import { existsSync, readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SLASH_COMMANDS, TRACK_SHORTCUT } from "../src/playground/team.js";
import { BOT_SCOPES, LISTENED } from "../src/slack/app.js";

/**
 * manifest.yml against Slack's official manifest schema (../shared/slack/manifest.schema.json),
 * and against the app: every command, shortcut and event in it has a listener, and back.
 */

const SHARED = new URL("../../shared/slack/", import.meta.url);
const manifest = parse(readFileSync(new URL("../manifest.yml", import.meta.url), "utf8"));

interface Manifest {
  features: { slash_commands?: { command: string; should_escape?: boolean }[]; shortcuts?: { callback_id: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions?: { bot_events?: string[] }; interactivity?: { is_enabled: boolean }; socket_mode_enabled?: boolean };
}

/**
 * The official schema splits into per-version files it names by URL. Offline, they are read
 * from ../shared/slack/schemas/ when present; a missing one is reported and checked by the
 * explicit assertions below instead.
 */
function loadSchema(): { validate: (data: unknown) => boolean; errors: () => unknown; missing: string[] } {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const root = JSON.parse(readFileSync(new URL("manifest.schema.json", SHARED), "utf8"));
  const refs = [...JSON.stringify(root).matchAll(/"\$ref":"(https:[^"]+)"/g)].map((m) => m[1]);
  const missing: string[] = [];
  for (const ref of new Set(refs)) {
    const local = new URL(`schemas/${ref.split("/").pop()}`, SHARED);
    if (existsSync(local)) ajv.addSchema(JSON.parse(readFileSync(local, "utf8")), ref);
    else {
      missing.push(ref);
      ajv.addSchema({ type: "object" }, ref);
    }
  }
  const validate = ajv.compile(root);
  return { validate: (data) => validate(data) as boolean, errors: () => validate.errors, missing };
}

describe("manifest.yml", () => {
  const m = manifest as Manifest;

  // Slack's schema comes from the workplace's shared folder beside the repository (CI always
  // has it); a clone without it skips this one check and says why.
  const hasSchema = existsSync(new URL("manifest.schema.json", SHARED));
  if (!hasSchema) console.log("Manifest schema check skipped: ../shared/slack/manifest.schema.json is not beside this clone.");

  it.skipIf(!hasSchema && process.env.CI !== "true")("is valid against Slack's manifest schema", () => {
    const schema = loadSchema();
    if (schema.missing.length > 0) console.log(`Manifest sub-schemas not available offline: ${schema.missing.join(", ")}`);
    expect(schema.validate(manifest), JSON.stringify(schema.errors())).toBe(true);
    // An invalid manifest is refused by the same schema (guards against a schema that accepts anything).
    expect(schema.validate({ ...manifest, _metadata: { major_version: "one" } })).toBe(false);
  });

  it("declares exactly the slash commands the app listens to, with mentions escaped", () => {
    const commands = (m.features.slash_commands ?? []).map((c) => c.command);
    expect(commands.sort()).toEqual([...LISTENED.commands].sort());
    for (const command of m.features.slash_commands ?? []) {
      expect(command.command).toMatch(/^\/[a-z]{2,31}$/);
      // Mentions must arrive as <@U123|name> so "/lofte @anna …" names the owner.
      expect(command.should_escape).toBe(true);
    }
  });

  it("declares exactly the shortcuts and events the app listens to", () => {
    expect((m.features.shortcuts ?? []).map((s) => s.callback_id).sort()).toEqual([...LISTENED.shortcuts].sort());
    expect([...(m.settings.event_subscriptions?.bot_events ?? [])].sort()).toEqual([...LISTENED.events].sort());
  });

  it("asks for the least privilege the features need", () => {
    const needed = ["channels:history", "chat:write", "commands", "files:write", "im:history", "im:write", "reactions:read", "users:read"];
    expect([...m.oauth_config.scopes.bot].sort()).toEqual(needed);
    // The OAuth install asks for exactly these too.
    expect([...BOT_SCOPES].sort()).toEqual(needed);
    expect(m.settings.interactivity?.is_enabled).toBe(true);
    expect(m.settings.socket_mode_enabled).toBe(true);
  });

  it("is what the playground shows: the same commands with their usage hints, the same message shortcut", () => {
    const full = manifest as {
      features: { slash_commands: { command: string; usage_hint: string }[]; shortcuts: { name: string; callback_id: string }[] };
    };
    expect(full.features.slash_commands.map((c) => ({ command: c.command, hint: c.usage_hint }))).toEqual([...SLASH_COMMANDS]);
    expect(full.features.shortcuts.map((s) => ({ callbackId: s.callback_id, name: s.name }))).toEqual([TRACK_SHORTCUT]);
  });
});
