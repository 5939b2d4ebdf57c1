import { findPersonalData, type PersonalDataKind } from '../../dialogs/privacy/redact';

/**
 * Whether every occurrence of `value` in `text` is wholly covered by findings (of `kind`, when given), ignoring
 * the kinds kept. Stricter than "the redacted text no longer contains the value": a value half replaced would pass
 * that test while half of it is stored.
 */
export function isCovered(text: string, value: string, options: { kind?: PersonalDataKind; keep?: readonly PersonalDataKind[] } = {}): boolean {
  const findings = findPersonalData(text).filter((finding) => !finding.public && !options.keep?.includes(finding.kind) && (!options.kind || finding.kind === options.kind));
  let at = text.indexOf(value);
  if (at < 0) throw new Error(`"${value}" is not in "${text}"`);
  for (; at >= 0; at = text.indexOf(value, at + 1)) {
    for (let i = at; i < at + value.length; i += 1) {
      if (/\S/.test(text[i]!) && !findings.some((finding) => finding.start <= i && i < finding.end)) return false;
    }
  }
  return true;
}
