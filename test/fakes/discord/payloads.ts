/**
 * Discord API objects for the fake, shaped like the real v10 payloads closely enough that
 * discord.js builds its structures (Guild, Message, Interaction) from them without complaint.
 */

/** Fixed snowflakes so tests can assert on routes and ids. */
export const FAKE_IDS = {
  bot: "100000000000000001",
  application: "100000000000000001",
  guild: "200000000000000001",
  channel: "300000000000000001",
  dmChannel: "300000000000000009",
  human: "400000000000000001",
  otherBot: "400000000000000002",
  command: "500000000000000001",
} as const;

const joinedAt = "2024-01-01T00:00:00.000Z";
let nextSnowflake = 900000000000000000n;
/** Unique, increasing ids for messages and interactions created during a test run. */
export function snowflake(): string {
  nextSnowflake += 1n;
  return nextSnowflake.toString();
}

/** A user object; `bot` marks bot accounts, which brandbot must ignore. */
export function user(id: string, username: string, bot = false) {
  return { id, username, discriminator: "0", global_name: username, avatar: null, bot, flags: 0 };
}

export const botUser = { ...user(FAKE_IDS.bot, "brandbot", true), verified: true, mfa_enabled: false };

/** A guild member wrapper, as Discord embeds it in GUILD_CREATE and MESSAGE_CREATE. */
export function member(u?: ReturnType<typeof user>) {
  return { ...(u ? { user: u } : {}), roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: 0, nick: null, avatar: null, pending: false };
}

/** The one text channel of the fake guild. */
export const textChannel = {
  id: FAKE_IDS.channel,
  type: 0,
  guild_id: FAKE_IDS.guild,
  name: "general",
  position: 0,
  permission_overwrites: [],
  nsfw: false,
  parent_id: null,
  topic: null,
  last_message_id: null,
  rate_limit_per_user: 0,
  flags: 0,
};

/** GUILD_CREATE data: discord.js needs channels, roles and members, and arrays for the rest. */
export function guildCreate() {
  return {
    id: FAKE_IDS.guild,
    name: "Alfisti",
    icon: null,
    owner_id: FAKE_IDS.human,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    preferred_locale: "en-US",
    features: [],
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    roles: [
      { id: FAKE_IDS.guild, name: "@everyone", color: 0, hoist: false, position: 0, permissions: "1024", managed: false, mentionable: false, flags: 0 },
    ],
    members: [member(botUser)],
    channels: [textChannel],
    threads: [],
    presences: [],
    voice_states: [],
    emojis: [],
    stickers: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** Options for a MESSAGE_CREATE; defaults to a human in the guild channel. */
export interface MessageOptions {
  author?: ReturnType<typeof user>;
  /** Users the message mentions; pass `[botUser]` for a mention of brandbot. */
  mentions?: Array<ReturnType<typeof user>>;
  /** True for a DM (no guild, DM channel id). */
  dm?: boolean;
  mentionEveryone?: boolean;
  /** Id of the message this one replies to (a Discord reply: type 19 with a message_reference). */
  replyTo?: string;
}

/** MESSAGE_CREATE data as Discord sends it. */
export function messageCreate(content: string, options: MessageOptions = {}) {
  const author = options.author ?? user(FAKE_IDS.human, "gianni");
  return {
    id: snowflake(),
    type: options.replyTo ? 19 : 0,
    channel_id: options.dm ? FAKE_IDS.dmChannel : FAKE_IDS.channel,
    // Discord names the channel type on MESSAGE_CREATE; discord.js needs it to build an uncached DM channel.
    channel_type: options.dm ? 1 : 0,
    ...(options.dm ? {} : { guild_id: FAKE_IDS.guild, member: member() }),
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: options.mentionEveryone ?? false,
    mentions: (options.mentions ?? []).map((m) => ({ ...m, ...(options.dm ? {} : { member: member() }) })),
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    ...(options.replyTo
      ? { message_reference: { type: 0, message_id: options.replyTo, channel_id: options.dm ? FAKE_IDS.dmChannel : FAKE_IDS.channel, ...(options.dm ? {} : { guild_id: FAKE_IDS.guild }) } }
      : {}),
  };
}

/** The fields every INTERACTION_CREATE from a guild member carries, whatever its kind. */
function memberInteraction(type: number) {
  return {
    id: snowflake(),
    application_id: FAKE_IDS.application,
    type,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    guild_id: FAKE_IDS.guild,
    channel_id: FAKE_IDS.channel,
    channel: textChannel,
    member: { ...member(user(FAKE_IDS.human, "gianni")), permissions: "2248473465835073" },
    app_permissions: "2248473465835073",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": FAKE_IDS.guild },
    context: 0,
    attachment_size_limit: 10485760,
  };
}

/**
 * A button click (INTERACTION_CREATE of type 3, MESSAGE_COMPONENT) on `message`, the
 * message object the bot sent (as the fake answered it), from a guild member.
 */
export function buttonInteraction(customId: string, message: Record<string, unknown>) {
  return { ...memberInteraction(3), message: { ...message, components: [] }, data: { custom_id: customId, component_type: 2 } };
}

/** An `/ask` INTERACTION_CREATE from a guild member. */
export function askInteraction(question: string, ephemeral?: boolean) {
  const options: Array<{ name: string; type: number; value: string | boolean }> = [{ name: "question", type: 3, value: question }];
  if (ephemeral !== undefined) options.push({ name: "ephemeral", type: 5, value: ephemeral });
  return { ...memberInteraction(2), data: { id: FAKE_IDS.command, name: "ask", type: 1, options } };
}

/** The message Discord returns for a created or edited message; discord.js builds a Message from it. */
export function sentMessage(channelId: string, body: Record<string, unknown>) {
  return {
    id: snowflake(),
    type: body.message_reference ? 19 : 0,
    channel_id: channelId,
    author: botUser,
    content: body.content ?? "",
    embeds: body.embeds ?? [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    components: [],
    pinned: false,
    flags: body.flags ?? 0,
    ...(body.guild_id === undefined && channelId === FAKE_IDS.channel ? { guild_id: FAKE_IDS.guild } : {}),
    ...(body.message_reference ? { message_reference: body.message_reference } : {}),
  };
}
