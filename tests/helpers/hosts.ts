/**
 * The hosts the product runs on (BOT_SDK), for the test matrix: tests that start the app and speak the Activity
 * protocol to it (HTTP, Direct Line, browser, help desk conversations) run once per host with `describe.each(HOSTS)`.
 */
export const HOSTS = ['botbuilder', 'agents'] as const;

export type HostSdk = (typeof HOSTS)[number];
