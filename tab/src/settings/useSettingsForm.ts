// The settings page's form: the last saved settings, the facilitator's draft, and saving it.
// Nothing is sent until Save; a refused save keeps the draft, so no input is ever lost.

import { useEffect, useState } from "react";
import type { CircleSettingsResponse } from "../../../shared/api/types";
import type { TabError } from "../api/api-client";
import type { SaveSettings } from "../api/useCircleSettings";
import { isEmptyPatch, settingsPatchOf, type SettingsDraft } from "./settings-patch";

export type SaveStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; error: TabError };

export interface SettingsForm {
  /** The settings as the server last confirmed them (with the next moments they give). */
  saved: CircleSettingsResponse;
  draft: SettingsDraft;
  /** The draft differs from the saved settings. */
  dirty: boolean;
  status: SaveStatus;
  edit: (change: (draft: SettingsDraft) => SettingsDraft) => void;
  submit: () => void;
  discard: () => void;
}

/** How long "Saved" stays before the bar gets out of the way. */
const savedNoticeMs = 6000;

const draftOf = (response: CircleSettingsResponse): SettingsDraft => ({ ...response.settings, locale: response.locale });

export function useSettingsForm(initial: CircleSettingsResponse, save: SaveSettings): SettingsForm {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });

  const patch = settingsPatchOf(draftOf(saved), draft);

  useEffect(() => {
    if (status.kind !== "saved") return;
    const timer = setTimeout(() => setStatus({ kind: "idle" }), savedNoticeMs);
    return () => clearTimeout(timer);
  }, [status]);

  const edit = (change: (draft: SettingsDraft) => SettingsDraft) => {
    setDraft(change);
    // A new change makes "Saved" untrue; a failure stays in view until the next save.
    setStatus((before) => (before.kind === "saved" ? { kind: "idle" } : before));
  };

  const submit = () => {
    if (isEmptyPatch(patch) || status.kind === "saving") return;
    const sent = draft;
    setStatus({ kind: "saving" });
    void save(patch).then((result) => {
      if (!result.ok) {
        setStatus({ kind: "failed", error: result.error });
        return;
      }
      setSaved(result.data);
      // Edits made while saving stay in the draft (and show as unsaved); otherwise the draft
      // becomes what the server saved, which may be normalised.
      setDraft((now) => (now === sent ? draftOf(result.data) : now));
      setStatus({ kind: "saved" });
    });
  };

  const discard = () => {
    setDraft(draftOf(saved));
    setStatus({ kind: "idle" });
  };

  return { saved, draft, dirty: !isEmptyPatch(patch), status, edit, submit, discard };
}
