// Who is calling the tab API. In Teams the tab sends its SSO token; we check its signature
// against the Microsoft identity platform's published keys, its audience, issuer and expiry,
// and identify the person by tenant + object id. In local mode there is no one to check.

import type { Request } from "express";
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import { HttpError } from "./errors";

export type Caller = { kind: "local" } | { kind: "user"; tenantId: string; aadObjectId: string; name?: string };

export interface AuthOptions {
  localMode: boolean;
  /** The Entra app id the tab's SSO tokens are issued for. */
  audienceAppId?: string;
  publicUrl: string;
  /** Injected in tests; production fetches and caches Microsoft's JWKS. */
  keys?: JWTVerifyGetKey;
}

const MICROSOFT_KEYS = "https://login.microsoftonline.com/common/discovery/v2.0/keys";

export function createAuthenticator(options: AuthOptions): (req: Request) => Promise<Caller> {
  if (options.localMode) return async () => ({ kind: "local" });
  const appId = options.audienceAppId;
  const keys = options.keys ?? createRemoteJWKSet(new URL(MICROSOFT_KEYS), { cacheMaxAge: 12 * 60 * 60 * 1000 });
  const host = new URL(options.publicUrl).host;
  const audiences = appId ? [appId, `api://${host}/${appId}`, `api://${appId}`] : [];

  return async (req) => {
    const header = req.get("authorization") ?? "";
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new HttpError(401, "unauthenticated", "Sign in through Microsoft Teams: the request has no access token.");
    if (!appId) throw new HttpError(503, "sso_not_configured", "Single sign-on is not configured on this server (AAD_APP_CLIENT_ID).");
    try {
      const { payload } = await jwtVerify(token, keys, { audience: audiences, algorithms: ["RS256"], clockTolerance: 60 });
      const tenantId = typeof payload.tid === "string" ? payload.tid : "";
      const aadObjectId = typeof payload.oid === "string" ? payload.oid : "";
      const issuers = [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
      if (!tenantId || !aadObjectId || !issuers.includes(String(payload.iss))) throw new Error("issuer or identity claims do not match");
      return { kind: "user", tenantId, aadObjectId, name: typeof payload.name === "string" ? payload.name : undefined };
    } catch {
      throw new HttpError(401, "invalid_token", "Your Teams sign-in could not be verified. Reload the tab to sign in again.");
    }
  };
}
