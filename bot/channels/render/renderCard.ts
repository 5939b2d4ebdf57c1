import type { Reply } from '../../../dialogs/engine/replies';
import { cardLabels } from './cardLabels';
import { linkedMarkdown, paragraphs, plainText, safeMarkdown } from './renderText';

/*
 * Engine replies as Adaptive Cards (schema 1.5: Teams desktop/web/mobile and Web Chat 4.18 render it).
 * Plain JSON, no botbuilder types, so it is easy to test and to move to another SDK.
 */

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export type CardElement = Readonly<Record<string, unknown>>;
export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: string;
  readonly fallbackText: string;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardElement[];
}

/** A reply that deserves a card: a procedure step, or anything with a title, tip or warning. */
export function isRichReply(reply: Reply): boolean {
  return reply.step !== undefined || reply.title !== undefined || reply.tip !== undefined || reply.warning !== undefined;
}

/** The card's labels are in the reply's language. */
export function replyCard(reply: Reply, actions: readonly CardElement[] = []): AdaptiveCard {
  const body: CardElement[] = [];
  if (reply.step) body.push(textBlock(stepLabel(reply), { size: 'small', weight: 'bolder', color: 'accent', spacing: 'none' }));
  if (reply.title) body.push(textBlock(safeMarkdown(reply.title), { style: 'heading', size: 'large', weight: 'bolder', spacing: 'small' }));
  body.push(...paragraphs(reply.text).map((paragraph) => textBlock(linkedMarkdown(paragraph))));
  if (reply.warning) body.push(callout('warning', cardLabels(reply).warning, reply.warning));
  if (reply.tip) body.push(callout('emphasis', cardLabels(reply).tip, reply.tip));
  if (reply.source) body.push(textBlock(sourceMarkdown(reply), { size: 'small', isSubtle: true, spacing: 'medium' }));
  return card(body, actions, fallbackText(reply));
}

/** "Source: [site](url)" ("Fuente: …" in Spanish): where the answer's facts come from, as a link; '' without a source. */
export function sourceMarkdown(reply: Reply): string {
  const { source } = reply;
  return source ? safeMarkdown(`${cardLabels(reply).source}: [${source.label}](${source.url})`) : '';
}

/** A text-only card, used where buttons must live on a card (Teams). */
export function textCard(text: string, actions: readonly CardElement[]): AdaptiveCard {
  return card(paragraphs(text).map((paragraph) => textBlock(linkedMarkdown(paragraph))), actions, plainText(text));
}

/** A button that posts its label back. In Teams it shows the label as the user's message (messageBack). */
export function submitAction(label: string, teams: boolean): CardElement {
  const data = teams ? { text: label, msteams: { type: 'messageBack', text: label, displayText: label } } : { text: label };
  return { type: 'Action.Submit', title: label, data };
}

/** "Step 2 of 6" in the reply's language; '' for a reply that is no step. */
export function stepLabel(reply: Reply): string {
  const { step } = reply;
  return step ? cardLabels(reply).step.replace('{step}', String(step.number)).replace('{total}', String(step.total)) : '';
}

function card(body: CardElement[], actions: readonly CardElement[], fallback: string): AdaptiveCard {
  const result: AdaptiveCard = { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', fallbackText: fallback, body };
  return actions.length > 0 ? { ...result, actions } : result;
}

function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

function callout(style: 'warning' | 'emphasis', label: string, text: string): CardElement {
  return {
    type: 'Container',
    style,
    spacing: 'medium',
    items: [
      textBlock(label, { weight: 'bolder', spacing: 'none' }),
      ...paragraphs(text).map((paragraph) => textBlock(linkedMarkdown(paragraph), { spacing: 'small' })),
    ],
  };
}

function fallbackText(reply: Reply): string {
  const heading = [stepLabel(reply), reply.title].filter(Boolean).join(': ');
  const parts = [heading, reply.text, reply.warning && `${cardLabels(reply).warning}: ${reply.warning}`, reply.tip && `${cardLabels(reply).tip}: ${reply.tip}`,
    sourceMarkdown(reply)];
  return plainText(parts.filter((part): part is string => Boolean(part)).join('\n\n'));
}
