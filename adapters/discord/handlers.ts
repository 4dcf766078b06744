/**
 * What brandbot does with a Discord message or `/ask` interaction. Kept apart from the
 * client wiring so the rules (who gets answered, how, and when to hold back) read in one place.
 */
import { MessageFlags, type Interaction, type Message, type MessageMentionOptions } from "discord.js";
import { askQuestion } from "../runtime/ask.js";
import type { AdapterDeps } from "../runtime/index.js";
import type { Language } from "../../src/types.js";
import { ASK_COMMAND } from "./commands.js";
import { formatAnswerEmbed, formatContent } from "./format.js";

/**
 * Sent with every reply: a question quoting `@everyone` or a role is answered, never amplified,
 * and the asker is not pinged by the reply either.
 */
export const NO_PINGS = { parse: [], repliedUser: false } satisfies MessageMentionOptions;

/** The question in a message, without the bot's own mention(s) that addressed it. */
export function questionFromMessage(content: string, botUserId: string): string {
  return content.replaceAll(new RegExp(`<@!?${botUserId}>`, "g"), " ").replace(/\s+/g, " ").trim();
}

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

/**
 * Remembers whom we already told to slow down, so a user spamming a channel gets one
 * note per cool-down instead of the bot flooding the channel on their behalf.
 */
function createCoolDownMemory(now: () => number = Date.now) {
  const notedUntil = new Map<string, number>();
  return {
    shouldNote(userKey: string, retryAfterMs: number): boolean {
      const t = now();
      if ((notedUntil.get(userKey) ?? 0) > t) return false;
      if (notedUntil.size >= 10_000) for (const [key, until] of notedUntil) if (until <= t) notedUntil.delete(key);
      notedUntil.set(userKey, t + retryAfterMs);
      return true;
    },
  };
}

/**
 * Handles MESSAGE_CREATE: answers mentions in servers and every DM with a reply embed;
 * ignores bots (itself included) and messages that do not address it.
 */
export function createMessageHandler(deps: AdapterDeps): (message: Message) => Promise<void> {
  const coolDowns = createCoolDownMemory();
  return async (message) => {
    const me = message.client.user;
    if (message.author.bot || message.system || !me) return;
    if (message.inGuild() && !message.mentions.users.has(me.id)) return;
    const language = languageFromLocale(message.guild?.preferredLocale);
    const userKey = `discord:${message.author.id}`;
    const question = questionFromMessage(message.content, me.id);
    const asked = askQuestion(deps, { adapter: "discord", userId: message.author.id, question, language, via: message.inGuild() ? "mention" : "dm" });
    if (asked.kind === "limited") {
      if (coolDowns.shouldNote(userKey, asked.retryAfterMs)) {
        await message.reply({ content: coolDownNote(asked.retryAfterMs, language), allowedMentions: NO_PINGS });
      }
      return;
    }
    // Typing is cosmetic: a channel that refuses it must not cost the user their answer.
    if ("sendTyping" in message.channel) {
      await message.channel.sendTyping().catch((error: unknown) => deps.logger.debug({ err: error }, "discord: typing refused"));
    }
    await message.reply({ embeds: [formatAnswerEmbed(asked.answer)], allowedMentions: NO_PINGS });
  };
}

/**
 * Handles `/ask`: defers first (ephemeral unless the user opts out) so Discord never shows
 * "The application did not respond", then edits the deferred reply with the answer.
 */
export function createInteractionHandler(deps: AdapterDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (!interaction.isChatInputCommand() || interaction.commandName !== ASK_COMMAND.name) return;
    const language = languageFromLocale(interaction.locale);
    const question = interaction.options.getString(ASK_COMMAND.question, true);
    const asked = askQuestion(deps, { adapter: "discord", userId: interaction.user.id, question, language, via: "slash" });
    if (asked.kind === "limited") {
      // Ephemeral, so only the asker sees it and a channel is never flooded with notes.
      await interaction.reply({ content: coolDownNote(asked.retryAfterMs, language), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    const ephemeral = interaction.options.getBoolean(ASK_COMMAND.ephemeral) ?? true;
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    try {
      await interaction.editReply({ embeds: [formatAnswerEmbed(asked.answer)], allowedMentions: NO_PINGS });
    } catch (error) {
      // The deferred "thinking..." would otherwise spin until Discord gives up on it.
      const sorry = language === "it" ? "Non sono riuscito a rispondere, riprova tra poco." : "Sorry, I could not answer that. Please try again shortly.";
      await interaction.editReply({ content: sorry, embeds: [], allowedMentions: NO_PINGS }).catch(() => undefined);
      throw error;
    }
  };
}
