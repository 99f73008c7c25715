import "server-only";
import { publishEvent } from "../../server/events/bus";

/** Tells each person's open pages that their inbox changed; call once the notifications committed. */
export async function announce(userIds: readonly string[]): Promise<void> {
  for (const userId of new Set(userIds)) await publishEvent({ type: "notification", userId });
}
