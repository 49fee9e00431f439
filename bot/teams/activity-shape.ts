// The envelope of an incoming activity, checked before any handler reads it. Teams always sends
// these fields as strings; anything else (an object where an id belongs, a missing sender) is a
// forged or broken request, refused at the edge instead of failing deep inside a turn — or worse,
// reaching a store query as an operator object.

const MAX_ID = 1_000;

const isId = (value: unknown) => typeof value === "string" && value.length > 0 && value.length <= MAX_ID;
const isOptionalId = (value: unknown) => value === undefined || value === null || isId(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Why the activity cannot be a real one, or null when its envelope is sound. */
export function malformedActivity(activity: unknown): string | null {
  if (!isRecord(activity)) return "not an object";
  if (typeof activity.type !== "string") return "type";
  const { from, recipient, conversation, channelData } = activity;
  if (!isRecord(from) || !isId(from.id)) return "from.id";
  if (!isOptionalId(from.aadObjectId) || !(from.name === undefined || from.name === null || typeof from.name === "string")) return "from";
  if (!isRecord(conversation) || !isId(conversation.id)) return "conversation.id";
  if (!isOptionalId(conversation.tenantId) || !(conversation.conversationType === undefined || typeof conversation.conversationType === "string")) return "conversation";
  if (recipient !== undefined && (!isRecord(recipient) || !isOptionalId(recipient.id))) return "recipient";
  if (channelData !== undefined && channelData !== null) {
    if (!isRecord(channelData)) return "channelData";
    const tenant = channelData.tenant;
    if (tenant !== undefined && (!isRecord(tenant) || !isOptionalId(tenant.id))) return "channelData.tenant";
  }
  if (activity.serviceUrl !== undefined && (typeof activity.serviceUrl !== "string" || !/^https?:\/\/[^\s]{1,500}$/.test(activity.serviceUrl))) return "serviceUrl";
  if (activity.name !== undefined && activity.name !== null && typeof activity.name !== "string") return "name";
  if (activity.type === "invoke" && activity.name === "adaptiveCard/action" && !(isRecord(activity.value) && isRecord(activity.value.action))) return "value.action";
  const { entities } = activity;
  if (entities !== undefined) {
    if (!Array.isArray(entities) || entities.length > 500 || !entities.every(isRecord)) return "entities";
    const mention = (e: Record<string, unknown>) => typeof e.text === "string" && isRecord(e.mentioned) && isId(e.mentioned.id);
    if (!entities.every((e) => e.type !== "mention" || mention(e))) return "entities (mention)";
  }
  if (activity.locale !== undefined && typeof activity.locale !== "string") return "locale";
  if (activity.replyToId !== undefined && !isOptionalId(activity.replyToId)) return "replyToId";
  if (activity.text !== undefined && typeof activity.text !== "string") return "text";
  return null;
}
