import type express from 'express';

/**
 * The dashboard's Content-Security-Policy: scripts, styles and data only from this origin, no
 * inline scripts, no plugins, not framed. The built index.html references its bundles by URL
 * (Vite emits no inline script for it; a test checks), so nothing needs 'unsafe-inline'. React's
 * `style` props are applied through the CSSOM, which `style-src 'self'` allows.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The GraphQL explorer's (/graphiql) policy: the dashboard's, except that styles may be inline
 * and fonts data: URLs.
 * Its editor (Monaco) writes theme and decoration rules into `<style>` elements it creates at run
 * time and has no nonce support; scripts stay as strict as the dashboard's (files from this
 * origin, workers included, never inline code).
 */
export const EXPLORER_CSP = DASHBOARD_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
  "font-src 'self'",
  // GraphiQL's stylesheet (a file from this origin) embeds its fonts as data: URLs.
  "font-src 'self' data:",
);

/** API answers are data, never documents to render: nothing may load from or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Headers on every answer: no framing, no MIME sniffing, no referrer leaking URLs with ids. */
export function securityHeaders(options: { production: boolean }): express.RequestHandler {
  return (req, res, next) => {
    const api = req.path.startsWith('/graphql') || req.path.startsWith('/health');
    const explorer = req.path === '/graphiql' || req.path.startsWith('/graphiql/');
    res.setHeader('Content-Security-Policy', api ? API_CSP : explorer ? EXPLORER_CSP : DASHBOARD_CSP);
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    // Browsers honour HSTS only over HTTPS, which production deployments terminate in front of us.
    if (options.production) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
