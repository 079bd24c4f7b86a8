/**
 * The tests' fake Slack is the playground's stand-in (src/playground/stand-in/): the real
 * `@slack/web-api` client talks to it over HTTP on 127.0.0.1, it records every call and answers
 * with Slack's shapes, and it stands in for response URLs and file uploads.
 */
export { type RecordedCall, SlackStandIn as FakeSlack } from "../../src/playground/stand-in/server.js";
export type { Member as FakeUser } from "../../src/playground/stand-in/state.js";
