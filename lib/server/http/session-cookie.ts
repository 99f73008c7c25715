/** The session cookie's name: read by the pages and API (lib/server/http/auth) and by the front server. */
export const SESSION_COOKIE = "wb_session";
