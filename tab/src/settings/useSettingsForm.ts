// The settings page's form: the last saved settings, the facilitator's draft, and saving it.
// Nothing is sent until Save; a refused save keeps the draft, so no input is ever lost.

import { useCallback, useState } from "react";
import type { CircleSettingsResponse } from "../../../shared/api/types";
import type { TabError } from "../api/api-client";
import type { SaveSettings } from "../api/useCircleSettings";
import { isEmptyPatch, settingsPatchOf, type SettingsDraft, type SettingsPatch } from "./settings-patch";

export type SaveStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; error: TabError };

export interface SettingsForm {
  /** The settings as the server last confirmed them (with the next moments they give). */
  saved: CircleSettingsResponse;
  draft: SettingsDraft;
  patch: SettingsPatch;
  dirty: boolean;
  status: SaveStatus;
  edit: (change: (draft: SettingsDraft) => SettingsDraft) => void;
  submit: () => void;
  discard: () => void;
}

const draftOf = (response: CircleSettingsResponse): SettingsDraft => ({ ...response.settings, locale: response.locale });

export function useSettingsForm(initial: CircleSettingsResponse, save: SaveSettings): SettingsForm {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });

  const patch = settingsPatchOf(draftOf(saved), draft);

  const edit = useCallback((change: (draft: SettingsDraft) => SettingsDraft) => {
    setDraft((before) => change(before));
    setStatus((before) => (before.kind === "saved" ? { kind: "idle" } : before));
  }, []);

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

  return { saved, draft, patch, dirty: !isEmptyPatch(patch), status, edit, submit, discard };
}
