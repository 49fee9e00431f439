// The circle's settings as one form: its rituals, next moments, time zone, working days, quiet
// hours, language and pause. Facilitators change it and save once; members see it read only.

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { CircleSettingsResponse } from "../../../shared/api/types";
import type { RitualSetting } from "../../../shared/rituals/types";
import type { SaveSettings } from "../api/useCircleSettings";
import { useSettingsForm } from "../settings/useSettingsForm";
import { CircleLanguagePicker } from "./CircleLanguagePicker";
import { CircleSection } from "./CircleSection";
import { FacilitatorsOnlyNote } from "./FacilitatorsOnlyNote";
import { PausedNotice } from "./PausedNotice";
import { PauseSwitch } from "./PauseSwitch";
import { QuietHoursField } from "./QuietHoursField";
import { RitualList } from "./RitualList";
import { SaveBar } from "./SaveBar";
import { TimeZonePicker } from "./TimeZonePicker";
import { UpcomingMoments } from "./UpcomingMoments";
import { TwoColumns } from "./TwoColumns";
import { WorkingDaysPicker } from "./WorkingDaysPicker";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  compactForm: { gap: tokens.spacingVerticalM },
});

interface SettingsFormProps {
  initial: CircleSettingsResponse;
  save: SaveSettings;
  compact: boolean;
}

export function SettingsForm({ initial, save, compact }: SettingsFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const form = useSettingsForm(initial, save);
  const { saved, draft, edit } = form;
  const readOnly = !saved.canEdit;
  const changeRitual = (setting: RitualSetting) =>
    edit((before) => ({
      ...before,
      rituals: before.rituals.map((ritual) => (ritual.ritualId === setting.ritualId ? setting : ritual)),
    }));

  return (
    <form
      aria-label={t("settings.title")}
      className={mergeClasses(styles.form, compact && styles.compactForm)}
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      {readOnly && <FacilitatorsOnlyNote facilitators={saved.facilitators} />}
      {saved.settings.paused && <PausedNotice />}
      <TwoColumns
        compact={compact}
        main={<RitualList catalog={saved.catalog} settings={draft.rituals} readOnly={readOnly} onChange={changeRitual} compact={compact} />}
        side={
          <>
          <UpcomingMoments
            moments={saved.upcoming}
            catalog={saved.catalog}
            timeZone={saved.settings.timeZone}
            paused={saved.settings.paused}
            unsaved={form.dirty}
            compact={compact}
          />
          <CircleSection title={t("settings.schedule.title")} compact={compact}>
            <TimeZonePicker value={draft.timeZone} readOnly={readOnly} onChange={(timeZone) => edit((before) => ({ ...before, timeZone }))} />
            <WorkingDaysPicker
              value={draft.workingDays}
              readOnly={readOnly}
              onChange={(workingDays) => edit((before) => ({ ...before, workingDays }))}
            />
            <QuietHoursField
              value={draft.quietHours}
              previous={saved.settings.quietHours}
              readOnly={readOnly}
              onChange={(quietHours) => edit(({ quietHours: _, ...before }) => (quietHours ? { ...before, quietHours } : before))}
            />
          </CircleSection>
          <CircleSection title={t("settings.language.title")} compact={compact}>
            <CircleLanguagePicker value={draft.locale} readOnly={readOnly} onChange={(locale) => edit((before) => ({ ...before, locale }))} />
          </CircleSection>
          <CircleSection title={t("settings.pause.title")} compact={compact}>
            <PauseSwitch paused={draft.paused} readOnly={readOnly} onChange={(paused) => edit((before) => ({ ...before, paused }))} />
          </CircleSection>
          </>
        }
      />
      {!readOnly && <SaveBar dirty={form.dirty} status={form.status} discard={form.discard} compact={compact} />}
    </form>
  );
}
