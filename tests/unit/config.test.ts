import { describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/config";

const appId = "11111111-2222-3333-4444-555555555555";

describe("configuration", () => {
  it("defaults to local mode on port 3978 with the embedded store in ./.data", () => {
    const config = loadConfig({}, "/srv/app");
    expect(config).toMatchObject({ port: 3978, publicUrl: "http://localhost:3978", dataDir: "/srv/app/.data", localMode: true, logLevel: "info" });
    expect(config.mongodbUri).toBeUndefined();
  });

  it("empty values count as unset", () => {
    expect(loadConfig({ PORT: "", MicrosoftAppId: " ", MONGODB_URI: "" }).localMode).toBe(true);
  });

  it("an app id switches to Teams mode and needs its secret and tenant", () => {
    const config = loadConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: "s", MicrosoftAppTenantId: appId, PUBLIC_URL: "https://qc.example.com/" });
    expect(config).toMatchObject({ localMode: false, publicUrl: "https://qc.example.com", tabAppId: appId });
  });

  it.each([
    [{ PORT: "abc" }, /^Configuration error: PORT must be an integer port between 1 and 65535 \(got "abc"\)\.$/],
    [{ PORT: "0" }, /PORT must be/],
    [{ PUBLIC_URL: "localhost" }, /PUBLIC_URL must be an http\(s\) URL/],
    [{ MONGODB_URI: "postgres://x" }, /MONGODB_URI must be a MongoDB connection string.*got a value that does not fit/],
    [{ MicrosoftAppId: "bot" }, /MicrosoftAppId must be the bot's Microsoft app id \(a GUID\)/],
    [{ MicrosoftAppId: appId, MicrosoftAppTenantId: appId }, /MicrosoftAppPassword must be the bot's client secret.*not set/],
    [{ MicrosoftAppId: appId, MicrosoftAppPassword: "s" }, /MicrosoftAppTenantId must be the Entra tenant id/],
    [{ MicrosoftAppType: "Other" }, /MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI/],
    [{ LOG_LEVEL: "chatty" }, /LOG_LEVEL must be one of/],
    [{ SHOUTOUT_TAGS: "kind,<script>" }, /SHOUTOUT_TAGS must be a comma-separated list of 1 to 12 value tags/],
    [{ SHOUTOUT_TAGS: "a,b,c,d,e,f,g,h,i,j,k,l,m".split(",").map((x) => `${x}${x}`).join(",") }, /SHOUTOUT_TAGS must be/],
  ])("%o stops startup with one clear line", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("shoutout value tags default to ours and can be replaced by a short list", () => {
    expect(loadConfig({}).shoutoutTags).toEqual(["helped-me", "teamwork", "brave", "kind", "creative"]);
    expect(loadConfig({ SHOUTOUT_TAGS: " Customer-First, ownership ,ownership" }).shoutoutTags).toEqual(["customer-first", "ownership"]);
  });

  it("never echoes secrets or connection strings", () => {
    expect(() => loadConfig({ MONGODB_URI: "mongo://user:hunter2@host" })).toThrow(/^(?!.*hunter2).*$/);
  });
});
