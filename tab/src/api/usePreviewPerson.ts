// The person the local preview shows personal pages for. Outside Teams nobody is signed in, so
// the preview lets you pick someone from the local store; the choice is kept in the browser and
// shared by every page (the personal tab, "remove my data"). Inside Teams it is always unset:
// the API knows the person from the SSO token.

import { useCallback, useSyncExternalStore } from "react";
import { useTabHost } from "../teams/TabHostContext";

const KEY = "quiet-circles.preview-person";
const EVENT = "quiet-circles:preview-person";

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function read(): string | undefined {
  try {
    return window.localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function usePreviewPerson(): { personId: string | undefined; setPersonId: (id: string) => void; isPreview: boolean } {
  const host = useTabHost();
  const stored = useSyncExternalStore(subscribe, read, () => undefined);
  const setPersonId = useCallback((id: string) => {
    try {
      window.localStorage.setItem(KEY, id);
    } catch {
      // Storage blocked: the pick lasts until the next reload only.
    }
    window.dispatchEvent(new Event(EVENT));
  }, []);
  const isPreview = host.kind === "browser";
  return { personId: isPreview ? stored : undefined, setPersonId, isPreview };
}

/** Adds the preview's `as=` to an API path (only ever set in the preview). */
export function withPerson(path: string, personId: string | undefined): string {
  if (!personId) return path;
  return `${path}${path.includes("?") ? "&" : "?"}as=${encodeURIComponent(personId)}`;
}
