/**
 * The slash commands brandbot offers and their registration through discord.js REST.
 * Definitions live in one place so the handler and the registration cannot drift apart.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  REST,
  Routes,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { requireApplicationId, type DiscordConfig } from "./config.js";

/** Names shared by the definition and the interaction handler. */
export const ASK_COMMAND = { name: "ask", question: "question", ephemeral: "ephemeral" } as const;

/** `/add-article url:<link>`: admins add a web page to the corpus. */
export const ADD_COMMAND = { name: "add-article", url: "url" } as const;

/** Longest question Discord will accept in the option; the engine trims further if it must. */
export const MAX_QUESTION_LENGTH = 500;

/**
 * `/ask question:<text> ephemeral:<bool>` with Italian localisations, since the sources and
 * many readers are Italian. Usable in servers and in DMs with the bot.
 */
export function buildDiscordCommands(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const ask = new SlashCommandBuilder()
    .setName(ASK_COMMAND.name)
    .setDescription("Ask about Alfa Romeo's brand plan; answers quote the news verbatim")
    .setDescriptionLocalizations({ it: "Chiedi del piano del marchio Alfa Romeo; le risposte citano le notizie" })
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((option) =>
      option
        .setName(ASK_COMMAND.question)
        .setDescription("Your question, e.g. where is the Giulia built?")
        .setDescriptionLocalizations({ it: "La tua domanda, es. dove viene prodotta la Giulia?" })
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((option) =>
      option
        .setName(ASK_COMMAND.ephemeral)
        .setDescription("Only you see the answer (default: true)")
        .setDescriptionLocalizations({ it: "Solo tu vedi la risposta (predefinito: sì)" })
        .setRequired(false),
    );
  const add = new SlashCommandBuilder()
    .setName(ADD_COMMAND.name)
    .setDescription("Add a news article to the bot's sources (admins only)")
    .setDescriptionLocalizations({ it: "Aggiungi un articolo alle fonti del bot (solo amministratori)" })
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((option) =>
      option.setName(ADD_COMMAND.url).setDescription("The article's address (https://...)").setDescriptionLocalizations({ it: "L'indirizzo dell'articolo (https://...)" }).setRequired(true).setMaxLength(2000),
    );
  return [ask.toJSON(), add.toJSON()];
}

/** A REST client pointed at Discord or at `DISCORD_API_URL`, shared by registration and sharding. */
export function createDiscordRest(config: DiscordConfig): REST {
  const rest = new REST({ version: "10", ...(config.apiUrl ? { api: config.apiUrl } : {}) });
  return rest.setToken(config.token);
}

/**
 * Replaces the application's commands globally (up to an hour to appear everywhere) or in
 * one guild (instant, for testing). PUT is idempotent, so re-running is always safe.
 * Resolves to a one-line summary for the CLI.
 */
export async function registerCommands(config: DiscordConfig, options: { guildId?: string } = {}): Promise<string> {
  const applicationId = requireApplicationId(config);
  if (options.guildId !== undefined && !/^\d{17,20}$/.test(options.guildId)) {
    throw new Error(`discord: guild id "${options.guildId}" is not a server id (17-20 digits): right-click the server with Developer Mode on and choose Copy Server ID`);
  }
  const body = buildDiscordCommands();
  const route = options.guildId
    ? Routes.applicationGuildCommands(applicationId, options.guildId)
    : Routes.applicationCommands(applicationId);
  const saved = (await createDiscordRest(config).put(route, { body })) as Array<{ name: string }>;
  const names = saved.map((command) => `/${command.name}`).join(", ");
  return options.guildId
    ? `discord: registered ${names} in guild ${options.guildId} (available now)`
    : `discord: registered ${names} globally (may take up to an hour to appear)`;
}
