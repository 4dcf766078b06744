/**
 * Small pieces every Discord reply path shares (messages, /ask, buttons): never pinging,
 * the locale-to-language rule and the cool-down note.
 */
import type { MessageMentionOptions } from "discord.js";
import type { Language } from "../../src/types.js";
import { formatContent } from "./format.js";

/**
 * Sent with every reply: a question quoting `@everyone` or a role is answered, never amplified,
 * and the asker is not pinged by the reply either.
 */
export const NO_PINGS = { parse: [], repliedUser: false } satisfies MessageMentionOptions;

/** Discord locales (`it`, `en-US`, ...) mapped to the two languages the bot speaks. */
export function languageFromLocale(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith("it") ? "it" : "en";
}

/** The friendly note for a user who is asking too fast, rather than silently ignoring them. */
export function coolDownNote(retryAfterMs: number, language: Language): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return formatContent(
    language === "it"
      ? `Un attimo di pazienza: potrai farmi un'altra domanda tra ${seconds} s.`
      : `Easy there! You can ask me another question in ${seconds}s.`,
  );
}

