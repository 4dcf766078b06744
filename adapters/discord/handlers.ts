/**
 * What brandbot does with a Discord message or `/ask` interaction. Kept apart from the
 * client wiring so the rules (who gets answered, how, and when to hold back) read in one place.
 */
import { MessageFlags, type Interaction, type Message } from "discord.js";
import { askQuestion } from "../runtime/ask.js";
import type { AdapterDeps } from "../runtime/index.js";
import { handleButton } from "./buttons.js";
import { ADD_COMMAND, ASK_COMMAND } from "./commands.js";
import { handleAddArticle } from "./curate.js";
import { answerComponents } from "./components.js";
import { formatAnswerEmbed } from "./format.js";
import { coolDownNote, languageFromLocale, NO_PINGS } from "./replies.js";
import { conversationOf, createThreadMemory, type ThreadMemory } from "./threads.js";

export { coolDownNote, languageFromLocale, NO_PINGS } from "./replies.js";

/** The question in a message, without the bot's own mention(s) that addressed it. */
export function questionFromMessage(content: string, botUserId: string): string {
  return content.replaceAll(new RegExp(`<@!?${botUserId}>`, "g"), " ").replace(/\s+/g, " ").trim();
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
 * Handles MESSAGE_CREATE: answers mentions in servers, replies to its own answers and
 * every DM with a reply embed and buttons, as a follow-up within the message's
 * conversation (reply chain, thread or DM); ignores bots (itself included) and messages
 * that do not address it.
 */
export function createMessageHandler(deps: AdapterDeps, memory: ThreadMemory = createThreadMemory()): (message: Message) => Promise<void> {
  const coolDowns = createCoolDownMemory();
  return async (message) => {
    const me = message.client.user;
    if (message.author.bot || message.system || !me) return;
    const replyTo = message.reference?.messageId;
    // Replying to one of its answers addresses the bot, even with the reply ping switched off.
    const followsAnswer = replyTo !== undefined && memory.get(replyTo)?.answer === true;
    if (message.inGuild() && !message.mentions.users.has(me.id) && !followsAnswer) return;
    const language = languageFromLocale(message.guild?.preferredLocale);
    const userKey = `discord:${message.author.id}`;
    const question = questionFromMessage(message.content, me.id);
    const place = { id: message.id, channelId: message.channelId, dm: !message.inGuild(), thread: message.channel.isThread(), replyTo };
    const conversation = conversationOf(place, memory);
    const via = message.inGuild() ? (followsAnswer ? "reply" : "mention") : "dm";
    const asked = await askQuestion(deps, { adapter: "discord", userId: message.author.id, question, language, via, conversation });
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
    const components = answerComponents(asked.answer, asked.id, asked.suggestions);
    const sent = await message.reply({ embeds: [formatAnswerEmbed(asked.answer)], components, allowedMentions: NO_PINGS });
    memory.remember(message.id, conversation, false);
    memory.remember(sent.id, conversation, true);
  };
}

/**
 * Handles `/ask`: defers first (ephemeral unless the user opts out) so Discord never shows
 * "The application did not respond", then edits the deferred reply with the answer. Button
 * clicks (MESSAGE_COMPONENT) go to the button handler.
 */
export function createInteractionHandler(deps: AdapterDeps, memory: ThreadMemory = createThreadMemory()): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isButton()) return handleButton(deps, memory, interaction);
    if (interaction.isChatInputCommand() && interaction.commandName === ADD_COMMAND.name) return handleAddArticle(deps, interaction);
    if (!interaction.isChatInputCommand() || interaction.commandName !== ASK_COMMAND.name) return;
    const language = languageFromLocale(interaction.locale);
    const question = interaction.options.getString(ASK_COMMAND.question, true);
    // Each /ask starts a conversation; its suggested-question buttons continue it.
    const conversation = `discord:ask:${interaction.id}`;
    const asked = await askQuestion(deps, { adapter: "discord", userId: interaction.user.id, question, language, via: "slash", conversation });
    if (asked.kind === "limited") {
      // Ephemeral, so only the asker sees it and a channel is never flooded with notes.
      await interaction.reply({ content: coolDownNote(asked.retryAfterMs, language), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    const ephemeral = interaction.options.getBoolean(ASK_COMMAND.ephemeral) ?? true;
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    try {
      const components = answerComponents(asked.answer, asked.id, asked.suggestions);
      const sent = await interaction.editReply({ embeds: [formatAnswerEmbed(asked.answer)], components, allowedMentions: NO_PINGS });
      memory.remember(sent.id, conversation, true);
    } catch (error) {
      // The deferred "thinking..." would otherwise spin until Discord gives up on it.
      const sorry = language === "it" ? "Non sono riuscito a rispondere, riprova tra poco." : "Sorry, I could not answer that. Please try again shortly.";
      await interaction.editReply({ content: sorry, embeds: [], allowedMentions: NO_PINGS }).catch(() => undefined);
      throw error;
    }
  };
}
