import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import {
  APP_PACKAGE_DIR,
  ICON_SIZES,
  LOCAL_DEFAULTS,
  MissingVariablesError,
  buildAppPackage,
  decodePng,
  fillPlaceholders,
  findPlaceholders,
  loadBundledSchema,
  loadEnvironment,
  newestManifestVersion,
  parseEnvFile,
  readPngInfo,
  resolveVariables,
  schemaUrlFor,
  validateManifest,
} from "../scripts/app-package";

const template = readFileSync(path.join(APP_PACKAGE_DIR, "manifest.json"), "utf8");
const localVars = resolveVariables({ envName: "local" });

interface Manifest {
  $schema: string;
  manifestVersion: string;
  bots: Array<{ scopes: string[]; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string; description?: string }> }> }>;
  configurableTabs: Array<{ configurationUrl: string; scopes: string[]; context: string[] }>;
  staticTabs: Array<{ entityId: string; name?: string; contentUrl?: string; scopes: string[] }>;
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  icons: { color: string; outline: string };
}
const filled = () => JSON.parse(fillPlaceholders(template, localVars, { envName: "local", json: true })) as Manifest;

const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "qc-apppkg-"));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("manifest schema", () => {
  it("declares the newest manifest version bundled with @microsoft/app-manifest", () => {
    const raw = JSON.parse(template) as Manifest;
    expect(raw.manifestVersion).toBe(newestManifestVersion());
    expect(raw.$schema).toBe(schemaUrlFor(raw.manifestVersion));
  });

  it("validates, filled with the local values, against the bundled schema of the version it declares", async () => {
    const manifest = filled();
    const { version, schemaPath } = loadBundledSchema(manifest);
    expect(version).toBe(manifest.manifestVersion);
    expect(schemaPath).toContain(path.join("json-schemas", "teams", `v${version}`));
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it("validates with realistic provisioned values too", async () => {
    const vars = resolveVariables({
      envName: "dev",
      fileVars: [
        {
          TEAMS_APP_ID: "0f3b6c1e-2d4a-4b5c-8e9f-1a2b3c4d5e6f",
          BOT_ID: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
          AAD_APP_CLIENT_ID: "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
          TAB_ENDPOINT: "https://qcircles5c1e9a.azurewebsites.net",
          TAB_DOMAIN: "qcircles5c1e9a.azurewebsites.net",
        },
      ],
    });
    const manifest = JSON.parse(fillPlaceholders(template, vars, { envName: "dev", json: true })) as Manifest;
    expect(await validateManifest(manifest)).toEqual([]);
    expect(manifest.webApplicationInfo.resource).toBe(
      "api://qcircles5c1e9a.azurewebsites.net/b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
    );
  });

  it("reports schema violations (the validator is really applied)", async () => {
    const manifest = { ...filled(), accentColor: "purple", id: "not-a-guid" };
    const errors = await validateManifest(manifest);
    expect(errors.some((e) => e.startsWith("/accentColor"))).toBe(true);
    expect(errors.some((e) => e.startsWith("/id"))).toBe(true);
  });
});

describe("placeholders", () => {
  it("fills every ${{VAR}} in manifest.json for env local (each has a local default)", () => {
    const names = findPlaceholders(template);
    expect(names).toEqual(expect.arrayContaining(["TEAMS_APP_ID", "BOT_ID", "TAB_ENDPOINT", "TAB_DOMAIN", "AAD_APP_CLIENT_ID"]));
    for (const name of names) expect(localVars[name], name).toBeTruthy();
    const text = fillPlaceholders(template, localVars, { envName: "local", json: true });
    expect(text).not.toMatch(/\$\{\{/);
    const manifest = JSON.parse(text) as Manifest;
    expect(manifest.validDomains).toEqual(["localhost:3978"]);
    expect(manifest.configurableTabs[0].configurationUrl).toBe("http://localhost:3978/index.html#/config");
  });

  it("fails with one clear line naming the variables that have no value", () => {
    const vars = { TEAMS_APP_ID: "0f3b6c1e-2d4a-4b5c-8e9f-1a2b3c4d5e6f", TAB_ENDPOINT: "https://x.example", TAB_DOMAIN: "x.example" };
    let error: unknown;
    try {
      fillPlaceholders(template, vars, { envName: "dev" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingVariablesError);
    const { message, missing } = error as MissingVariablesError;
    expect(missing).toEqual(["BOT_ID", "AAD_APP_CLIENT_ID"]);
    expect(message).not.toContain("\n");
    expect(message).toContain("${{BOT_ID}}");
    expect(message).toContain("${{AAD_APP_CLIENT_ID}}");
    expect(message).toContain("env/.env.dev");
  });

  it("treats empty values as missing, except where env local has a default", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, ".env.dev"), "TEAMSFX_ENV=dev\nTEAMS_APP_ID=\nBOT_ID=\n");
    writeFileSync(path.join(dir, ".env.local"), "TEAMSFX_ENV=local\nTEAMS_APP_ID=\nBOT_ID=\nTAB_ENDPOINT=https://abc.devtunnels.ms\n");
    const dev = loadEnvironment("dev", { envDir: dir }).vars;
    expect(dev.BOT_ID).toBeUndefined();
    expect(() => fillPlaceholders(template, dev, { envName: "dev" })).toThrow(/No value for \$\{\{TEAMS_APP_ID\}\}/);
    const local = loadEnvironment("local", { envDir: dir }).vars;
    expect(local.BOT_ID).toBe(LOCAL_DEFAULTS.BOT_ID);
    expect(local.AAD_APP_CLIENT_ID).toBe(local.BOT_ID);
    expect(local.TAB_DOMAIN).toBe("abc.devtunnels.ms"); // derived from the tunnel URL
  });

  it("reads KEY=VALUE env files, with the .user file and the process environment overriding", () => {
    expect(parseEnvFile('# c\nA=1\nexport B = "two words" \nC=x # note\nD=\'q\'\nnot a line\nE=\n')).toEqual({
      A: "1",
      B: "two words",
      C: "x",
      D: "q",
      E: "",
    });
    const dir = tempDir();
    writeFileSync(path.join(dir, ".env.dev"), "BOT_ID=from-file\nTAB_DOMAIN=file.example\nTEAMS_APP_ID=file-id\n");
    writeFileSync(path.join(dir, ".env.dev.user"), "SECRET_BOT_PASSWORD=s3cret\nTEAMS_APP_ID=user-id\n");
    const { vars, filesRead } = loadEnvironment("dev", { envDir: dir, processEnv: { BOT_ID: "from-process", TAB_DOMAIN: "" } });
    expect(filesRead.map((f) => path.basename(f))).toEqual([".env.dev", ".env.dev.user"]);
    expect(vars).toMatchObject({ BOT_ID: "from-process", TAB_DOMAIN: "file.example", TEAMS_APP_ID: "user-id", SECRET_BOT_PASSWORD: "s3cret" });
  });
});

describe("icons", () => {
  const icon = (name: string) => readFileSync(path.join(APP_PACKAGE_DIR, name));

  it("color.png is 192×192 and outline.png is 32×32", () => {
    const manifest = filled();
    expect(readPngInfo(icon(manifest.icons.color))).toMatchObject({ width: ICON_SIZES.color, height: 192 });
    expect(readPngInfo(icon(manifest.icons.outline))).toMatchObject({ width: ICON_SIZES.outline, height: 32 });
  });

  it("outline.png has only white or fully transparent pixels, and draws something", () => {
    const { rgba, width, height } = decodePng(icon("outline.png"));
    let drawn = 0;
    for (let i = 0; i < width * height * 4; i += 4) {
      const [r, g, b, a] = [rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]];
      if (a === 0) continue;
      expect([r, g, b], `pixel ${i / 4}`).toEqual([255, 255, 255]);
      drawn++;
    }
    expect(drawn).toBeGreaterThan(50);
    expect(rgba[3]).toBe(0); // transparent corner
  });

  it("color.png is a full-colour image with a transparent rounded corner", () => {
    const { rgba, width } = decodePng(icon("color.png"));
    expect(rgba[3]).toBe(0); // top-left corner outside the rounded square
    const centre = ((width / 2) * width + width / 2) * 4;
    expect(rgba[centre + 3]).toBe(255);
    const colours = new Set<number>();
    for (let i = 0; i < rgba.length; i += 4) colours.add((rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2]);
    expect(colours.size).toBeGreaterThan(100);
  });
});

describe("app package zip", () => {
  it("contains exactly manifest.json, color.png and outline.png at the root, with the manifest filled", async () => {
    const outDir = tempDir();
    const result = await buildAppPackage({ envName: "local", vars: localVars, outDir });
    expect(path.basename(result.zipPath)).toBe("appPackage.local.zip");
    expect(result.size).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(readFileSync(result.zipPath));
    const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
    expect(names.sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    expect(Object.values(zip.files).some((f) => f.dir)).toBe(false);
    const manifestText = await zip.file("manifest.json")!.async("string");
    expect(manifestText).not.toContain("${{");
    expect(await validateManifest(JSON.parse(manifestText) as object)).toEqual([]);
    const color = await zip.file("color.png")!.async("nodebuffer");
    expect(color.equals(readFileSync(path.join(APP_PACKAGE_DIR, "color.png")))).toBe(true);
  });

  it("refuses to build when a variable is missing", async () => {
    await expect(buildAppPackage({ envName: "dev", vars: {}, outDir: tempDir() })).rejects.toBeInstanceOf(MissingVariablesError);
  });
});

describe("manifest contents", () => {
  it("bot: personal, team and groupChat, one command list per scope, each starting with help", () => {
    const [bot] = filled().bots;
    expect(bot.scopes.sort()).toEqual(["groupChat", "personal", "team"]);
    expect(bot.commandLists.flatMap((l) => l.scopes).sort()).toEqual(["groupChat", "personal", "team"]);
    for (const list of bot.commandLists) {
      const titles = list.commands.map((c) => c.title);
      expect(titles[0]).toBe("help");
      expect(titles).toEqual(["help", "setup", "trivia", "wordl6", "shoutout"]);
      for (const command of list.commands) expect(command.description).toBeTruthy();
    }
  });

  it("one configurable tab for team and groupChat, incl. channelTab and meetingSidePanel contexts", () => {
    const tabs = filled().configurableTabs;
    expect(tabs).toHaveLength(1);
    expect(tabs[0].scopes.sort()).toEqual(["groupChat", "team"]);
    expect(tabs[0].context).toEqual(expect.arrayContaining(["channelTab", "meetingSidePanel", "privateChatTab", "meetingChatTab", "meetingDetailsTab"]));
  });

  it("personal tabs: the bot chat and My circles", () => {
    const tabs = filled().staticTabs;
    expect(tabs.find((t) => t.entityId === "conversations")?.scopes).toEqual(["personal"]);
    const mine = tabs.find((t) => t.name === "My circles");
    expect(mine?.contentUrl).toBe("http://localhost:3978/index.html#/me");
    expect(mine?.scopes).toEqual(["personal"]);
  });

  it("SSO: webApplicationInfo uses the tab domain and the Entra app id", () => {
    const { webApplicationInfo } = filled();
    expect(webApplicationInfo.id).toBe(localVars.AAD_APP_CLIENT_ID);
    expect(webApplicationInfo.resource).toBe(`api://localhost:3978/${localVars.AAD_APP_CLIENT_ID}`);
  });
});
