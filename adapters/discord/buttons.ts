/**
 * Button clicks (MESSAGE_COMPONENT interactions) on Discord answers: 👍/👎 go to the
 * question log, "Context" shows the sentences around a quote privately, and a suggested
 * question is answered as the next turn of the clicked answer's conversation, publicly
 * under a public answer and privately under a private one.
 */
import { MessageFlags, type ButtonInteraction } from "discord.js";
import { askQuestion, recordFeedback } from "../runtime/ask.js";
import type { AdapterDeps } from "../runtime/index.js";
import { answerComponents, buttonLabels, formatContextEmbed, parseCustomId } from "./components.js";
import { formatAnswerEmbed } from "./format.js";
import { coolDownNote, languageFromLocale, NO_PINGS } from "./replies.js";
import { conversationOf, type ThreadMemory } from "./threads.js";

const privately = { flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS } as const;

/** Handles one click on a brandbot button; ignores buttons that are not ours. */
export async function handleButton(deps: AdapterDeps, memory: ThreadMemory, interaction: ButtonInteraction): Promise<void> {
  const action = parseCustomId(interaction.customId);
  if (!action) return;
  if (action.kind === "vote") {
    const stored = await recordFeedback(deps, { adapter: "discord", userId: interaction.user.id, questionId: action.questionId, vote: action.vote });
    await interaction.reply({ content: stored ? buttonLabels(action.language).thanks : buttonLabels(action.language).notStored, ...privately });
    return;
  }
  const language = languageFromLocale(interaction.locale);
  if (action.kind === "context") {
    const ctx = deps.bot.expand(action.ref);
    if (!ctx) deps.logger.warn({ component: "discord", customId: interaction.customId }, "discord: show context for a quote that is not in the corpus");
    await interaction.reply(ctx ? { embeds: [formatContextEmbed(ctx)], ...privately } : { content: buttonLabels(language).gone, ...privately });
    return;
  }
  const source = interaction.message;
  const place = { id: source.id, channelId: interaction.channelId, dm: !interaction.inGuild(), thread: interaction.channel?.isThread() ?? false, replyTo: source.id };
  const conversation = conversationOf(place, memory);
  const asked = await askQuestion(deps, { adapter: "discord", userId: interaction.user.id, question: action.question, language, via: "suggestion", conversation });
  if (asked.kind === "limited") {
    await interaction.reply({ content: coolDownNote(asked.retryAfterMs, language), ...privately });
    return;
  }
  await interaction.deferReply(source.flags.has(MessageFlags.Ephemeral) ? { flags: MessageFlags.Ephemeral } : {});
  const components = answerComponents(asked.answer, asked.id, asked.suggestions);
  const sent = await interaction.editReply({ embeds: [formatAnswerEmbed(asked.answer)], components, allowedMentions: NO_PINGS });
  memory.remember(sent.id, conversation, true);
}
