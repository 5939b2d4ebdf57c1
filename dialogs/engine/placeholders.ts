/** Fills {name} placeholders; unknown names stay visible rather than silently disappearing (content validation prevents them). */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return text.replace(/\{([A-Za-z][\w.]*)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
