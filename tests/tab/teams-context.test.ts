// Reading the Teams context and the URL: pure rules, no host needed.

import type { app } from "@microsoft/teams-js";
import { describe, expect, it } from "vitest";
import { hrefOf, parseRoute } from "../../tab/src/routing/route";
import { circleIdOf, tabContextOf, themeNameOf } from "../../tab/src/teams/tab-context";
import { isInsideFrame } from "../../tab/src/teams/teams-connection";
import { previewThemeOf } from "../../tab/src/teams/useHostTheme";

describe("the circle of a Teams conversation", () => {
  it("is the channel, without the message suffix Teams appends", () => {
    expect(circleIdOf({ channel: { id: "19:abc@thread.tacv2;messageid=1700000000000" } })).toBe("19:abc@thread.tacv2");
  });

  it("is the chat when there is no channel (group chats and meeting chats)", () => {
    expect(circleIdOf({ chat: { id: "19:meeting_xyz@thread.v2" } })).toBe("19:meeting_xyz@thread.v2");
  });

  it("doesn't exist in personal scope", () => {
    expect(circleIdOf({})).toBeUndefined();
  });

  it("comes with the theme, language and frame from the context", () => {
    const context = {
      app: { locale: "nl-NL", theme: "contrast", sessionId: "s", host: { name: "Teams", clientType: "web", sessionId: "s" } },
      page: { id: "quiet-circles", frameContext: "sidePanel" },
      chat: { id: "19:meeting_xyz@thread.v2" },
    } as unknown as app.Context;
    expect(tabContextOf(context)).toEqual({ circleId: "19:meeting_xyz@thread.v2", locale: "nl-NL", theme: "contrast", frameContext: "sidePanel" });
  });
});

describe("themes", () => {
  it("maps Teams' theme names and treats unknown ones as light", () => {
    expect([themeNameOf("default"), themeNameOf("dark"), themeNameOf("contrast"), themeNameOf("glass"), themeNameOf(undefined)]).toEqual([
      "default",
      "dark",
      "contrast",
      "default",
      "default",
    ]);
  });

  it("can be chosen in the local preview with ?theme=", () => {
    expect(previewThemeOf("?theme=dark")).toBe("dark");
    expect(previewThemeOf("?theme=contrast")).toBe("contrast");
    expect(previewThemeOf("")).toBe("default");
  });
});

describe("pages by URL hash", () => {
  it("knows the settings page, the personal tab, privacy, terms and the circle page (the default)", () => {
    expect(parseRoute("#/config")).toEqual({ page: "config" });
    expect(parseRoute("#/me")).toEqual({ page: "me" });
    expect(parseRoute("#/privacy")).toEqual({ page: "privacy" });
    expect(parseRoute("#/terms")).toEqual({ page: "terms" });
    expect(parseRoute("#/circle")).toEqual({ page: "circle" });
    expect(parseRoute("")).toEqual({ page: "circle" });
    expect(parseRoute("#/somewhere-else")).toEqual({ page: "circle" });
  });

  it("round-trips a circle id with the characters Teams ids contain", () => {
    const route = { page: "circle" as const, circleId: "19:abc@thread.tacv2;messageid=1/2" };
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });
});

describe("Teams detection", () => {
  it("a page that isn't in a frame is not in Teams", () => {
    const top = {} as Window;
    Object.assign(top, { parent: top });
    expect(isInsideFrame(top)).toBe(false);
  });

  it("a page in a frame may be in Teams, also when the parent is cross-origin", () => {
    expect(isInsideFrame({ parent: {} } as Window)).toBe(true);
    const crossOrigin = Object.defineProperty({}, "parent", {
      get() {
        throw new DOMException("Blocked a frame", "SecurityError");
      },
    }) as Window;
    expect(isInsideFrame(crossOrigin)).toBe(true);
  });
});
