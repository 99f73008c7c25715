"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { announce } from "@/lib/data/notifications/announce";
import { markRead } from "@/lib/data/notifications/mark-read";
import { emailSettingsSchema, setEmailSettings } from "@/lib/data/users/set-email-settings";
import { runAction } from "./result";

/** Marks the inbox's notifications read: those named, or all. */
export async function readNotifications(input: { ids?: string[]; all?: boolean }) {
  return runAction({ permission: "read" }, async (user) => {
    const body = z.object({ ids: z.array(z.string().max(100)).max(500).optional(), all: z.boolean().optional() }).parse(input);
    const result = await markRead({ userId: user.id, ...body });
    if (result.marked) await announce([user.id]);
    revalidatePath("/", "layout");
    return result;
  });
}

/** The account page's e-mail settings. */
export async function saveEmailSettings(input: z.input<typeof emailSettingsSchema>) {
  return runAction({ permission: "read" }, async (user) => {
    const saved = await setEmailSettings({ userId: user.id, input });
    revalidatePath("/account");
    return saved;
  });
}
