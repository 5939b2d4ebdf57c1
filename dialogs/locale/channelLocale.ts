/**
 * A channel's locale (Web Chat's `locale` prop, the `locale` of a Teams activity: BCP 47 tags such as "es-MX",
 * "en-US", "es") as one of the bot's locales, or undefined when the bot does not speak it.
 */
export function localeOfTag(tag: string | undefined, locales: readonly string[]): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return locales.includes(language) ? language : undefined;
}
