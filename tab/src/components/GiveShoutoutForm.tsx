// Giving a shoutout from the tab: who (the circle's members, as checkboxes), what for, and a
// value tag; the server applies the bot's rules and posts it in the chat. The local preview has
// no sign-in, so there the form first asks who you are.

import { Button, Checkbox, Field, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { GiveShoutoutResponse, NewShoutout } from "../../../shared/api/types";
import type { ApiResult } from "../api/api-client";
import { CircleSection } from "./CircleSection";
import { errorMessageOf } from "./ErrorState";
import { PersonPicker } from "./me/PersonPicker";

/** The bot's limit (shared/shoutouts/rules.ts); the server checks it again. */
const MESSAGE_MAX = 280;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  people: { display: "flex", flexDirection: "column", margin: 0, padding: 0, border: "none", maxHeight: "220px", overflowY: "auto" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

interface GiveShoutoutFormProps {
  people: { id: string; name: string }[];
  tags: string[];
  /** Who gives: the signed-in member, or the preview's pick. */
  me: string | null;
  preview: { personId: string | undefined; setPersonId: (id: string) => void } | null;
  give: (shoutout: NewShoutout) => Promise<ApiResult<GiveShoutoutResponse>>;
  compact: boolean;
}

type Status = { intent: "success" | "warning" | "error"; text: string } | null;

export function GiveShoutoutForm({ people, tags, me, preview, give, compact }: GiveShoutoutFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const legendId = useId();
  const [recipients, setRecipients] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  const [tag, setTag] = useState("");
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const giver = preview ? (preview.personId ?? null) : me;
  const length = [...message].length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (recipients.length === 0) return setStatus({ intent: "error", text: t("wall.give.pickSomeone") });
    if (message.trim() === "") return setStatus({ intent: "error", text: t("wall.give.writeSomething") });
    setSending(true);
    setStatus(null);
    const result = await give({ recipients, message, tag: tag || null });
    setSending(false);
    if (!result.ok) return setStatus({ intent: "error", text: `${t("wall.give.failed")}: ${errorMessageOf(result.error, t)}` });
    const { posted, milestone } = result.data;
    const parts = [posted ? t("wall.give.posted") : t("wall.give.savedNotPosted")];
    if (milestone) parts.push(t("wall.give.milestone", { count: milestone }));
    setStatus({ intent: posted ? "success" : "warning", text: parts.join(" ") });
    setRecipients([]);
    setMessage("");
    setTag("");
  };

  return (
    <CircleSection title={t("wall.give.title")} compact={compact}>
      <form className={styles.form} onSubmit={submit} noValidate>
        {preview && (
          <PersonPicker
            label={t("wall.give.previewPerson")}
            hint={t("wall.give.previewHint")}
            placeholder={t("wall.give.previewPlaceholder")}
            people={people}
            selectedId={preview.personId}
            onSelect={preview.setPersonId}
          />
        )}
        <fieldset className={styles.people} aria-labelledby={legendId}>
          <legend id={legendId} className={styles.legend}>
            {t("wall.give.who")}
          </legend>
          {people
            .filter((person) => person.id !== giver)
            .map((person) => (
              <Checkbox
                key={person.id}
                label={person.name}
                checked={recipients.includes(person.id)}
                onChange={(_, data) => setRecipients((list) => (data.checked ? [...list, person.id] : list.filter((id) => id !== person.id)))}
              />
            ))}
        </fieldset>
        <Field label={t("wall.give.message")} hint={t("wall.give.messageCount", { count: length, max: MESSAGE_MAX })} validationState={length > MESSAGE_MAX ? "error" : "none"}>
          <Textarea value={message} onChange={(_, data) => setMessage(data.value)} resize="vertical" />
        </Field>
        <Field label={t("wall.give.tag")}>
          <Select value={tag} onChange={(_, data) => setTag(data.value)}>
            <option value="">{t("wall.give.noTag")}</option>
            {tags.map((value) => (
              <option key={value} value={value}>
                {t(`shoutouts:tags.${value}`, { defaultValue: value })}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={sending || giver === null}>
            {sending ? t("wall.give.sending") : t("wall.give.submit")}
          </Button>
        </div>
        {status && (
          <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </form>
    </CircleSection>
  );
}
