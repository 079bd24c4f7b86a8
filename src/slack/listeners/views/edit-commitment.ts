import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { isValidTimeZone } from "../../../domain/zoned-time.js";
import { messages } from "../../../language/messages.js";
import { changeCommitment } from "../../../store/commitments.js";
import { notifyOwner, promiseWords } from "../../commitment-words.js";
import { type Deps, plannerFor, whoIs } from "../../deps.js";
import { FIELD } from "../../ids.js";
import { updatedReply } from "../../ui/capture-replies.js";
import { refreshHomes } from "../shared/home.js";
import { parseJson } from "../shared/interaction.js";
import { loadForChange } from "../shared/load-for-change.js";
import { readPromiseForm } from "../shared/promise-form.js";
import { answeredOnFailure } from "../shared/view-failure.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const metadata = z.object({
  commitmentId: z.string().uuid(),
  version: z.number().int(),
  timeZone: z.string().refine(isValidTimeZone),
  language: z.enum(["sv", "en"]),
  responseUrl: z.url().optional(),
});

/** Saving the edit modal: validates every field, checks permission and version, records the change. */
export function editCommitmentSubmission(deps: Deps) {
  return answeredOnFailure(FIELD.task, async ({ ack, body, view, client }: Args) => {
    const meta = metadata.safeParse(parseJson(view.private_metadata));
    const teamId = body.team?.id ?? body.user.team_id;
    if (!meta.success || !teamId) {
      await ack();
      return;
    }
    const now = deps.clock();
    const form = readPromiseForm(view.state.values, meta.data.timeZone, meta.data.language, now);
    if (!form.ok) {
      await ack({ response_action: "errors", errors: form.errors });
      return;
    }
    const { task, customer, ownerId, leadId, dueAt } = form;

    const person = await whoIs(deps, client, teamId, body.user.id, meta.data.language);
    const loaded = await loadForChange(deps, person, meta.data.commitmentId, body.user.id);
    // Refusals in the words of the person submitting (their Slack locale), not the modal's.
    const t = messages(person.language);
    if (!loaded.ok) {
      await ack({ response_action: "errors", errors: { [FIELD.task]: t[loaded.problem] } });
      return;
    }
    const before = loaded.commitment;
    // A new owner's reminders follow their clock; a deadline left as it was keeps "no time given".
    const newOwner = ownerId !== before.ownerId ? await whoIs(deps, client, teamId, ownerId) : null;
    const moved = dueAt.getTime() !== before.dueAt.getTime();
    const result = await changeCommitment(
      deps.db.prisma,
      { workspaceId: teamId, id: before.id, expectedVersion: meta.data.version },
      {
        task,
        customer,
        ownerId,
        leadId,
        dueAt,
        hasTime: before.hasTime || moved,
        ...(newOwner ? { timeZone: newOwner.timeZone } : {}),
      },
      { actorId: body.user.id, kind: "edited", at: now },
      plannerFor(deps, person.workspace),
    );
    if (!result.ok) {
      await ack({ response_action: "errors", errors: { [FIELD.task]: t[result.reason === "conflict" ? "conflict" : "notFound"] } });
      return;
    }
    await ack();
    const commitment = result.commitment;
    await refreshHomes(deps, client, teamId, [body.user.id, before.ownerId, commitment.ownerId]);
    if (newOwner && commitment.ownerId !== body.user.id) await notifyOwner(client, commitment, newOwner, now).catch(() => {}); // saved either way; the DM is a courtesy
    if (meta.data.responseUrl) {
      const reply = updatedReply(commitment.id, promiseWords(commitment, person, now), person.language);
      await fetch(meta.data.responseUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ replace_original: true, ...reply }),
      }).catch(() => {});
    }
  });
}
