/**
 * `/add-article url:<link>`: defers privately (fetching and re-indexing can take seconds,
 * Discord allows three), then edits the reply with what was added or why not.
 */
import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { addFromChat } from "../curation/chat.js";
import type { AdapterDeps } from "../runtime/index.js";
import { ADD_COMMAND } from "./commands.js";
import { NO_PINGS } from "./replies.js";

/** Handles one `/add-article`; the reply is ephemeral, for the admin alone. */
export async function handleAddArticle(deps: AdapterDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const url = interaction.options.getString(ADD_COMMAND.url, true).trim();
  const reply = await addFromChat(deps, { adapter: "discord", userId: interaction.user.id, url });
  await interaction.editReply({ content: reply.text.slice(0, 2000), allowedMentions: NO_PINGS });
}
