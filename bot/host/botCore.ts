import { loadLocalizedContent } from '../../dialogs/content/locale/localizedContent';
import { ParsedYamlCache } from '../../dialogs/content/parsedYamlCache';
import { recognizerOptions, trainingExamples } from '../../dialogs/content/trainingExamples';
import type { Content, Court } from '../../dialogs/content/types';
import { ConversationEngine, type Recognize } from '../../dialogs/engine/engine';
import type { Localization, TrainProgress } from '../../dialogs/engine/ports';
import { ProgressReader } from '../../dialogs/engine/progressReader';
import { localizationOf } from '../../dialogs/locale/localization';
import { Triage, type TriageDeps } from '../../dialogs/helpdesk/triage';
import { triageRulesOf } from '../../dialogs/helpdesk/triageRules';
import { FrustrationDetector } from '../../dialogs/nlu/frustration';
import { ConfigError, type Config } from '../platform/config';
import { progressTrainer, trainRecognizer, trainSpanishRecognizer } from './nluCache';

/**
 * What the bot knows, built once from the configuration: the validated content, the recognizer and frustration
 * check trained on its examples, and the court the deployment serves. The server, the terminal chat and the triage
 * command all start from here, so a message is understood the same way by each.
 */
export interface BotCore {
  readonly content: Content;
  readonly recognize: Recognize;
  readonly isFrustrated: (text: string) => boolean;
  /** COURT_ID's court; unset, the bot asks users which court. */
  readonly pinnedCourt?: Court;
  /** The other languages' content and recognizers (content/locales/), and how each turn's language is chosen. */
  readonly localization: Localization;
  /** Trains (or loads from NLU_CACHE_DIR) the other languages' recognizers now, not on their first message. */
  warmLocales(): void;
  /** Trains (or loads from NLU_CACHE_DIR) the model that reads the progress users report ("logged in"). */
  readonly trainProgress: TrainProgress;
}

/**
 * Loads CONTENT_DIR (or `contentDir`) and trains on it, reusing NLU_CACHE_DIR's parsed content files and model when
 * content and code are unchanged. Throws ContentError or ConfigError before anything is opened.
 */
export function createBotCore(config: Config, contentDir: string | undefined = config.CONTENT_DIR): BotCore {
  // The cache folder keeps the parsed content files too: parsing the YAML cost more of a cold start than reading them.
  const yamlCache = config.NLU_CACHE_DIR === undefined ? undefined : new ParsedYamlCache(config.NLU_CACHE_DIR);
  // A text missing in a translation fails `npm run validate` (and CI); the bot shows the English text meanwhile.
  const localized = loadLocalizedContent(contentDir, 'warn', yamlCache);
  const content = localized.english;
  const examples = trainingExamples(content);
  const recognizer = trainRecognizer(examples, config.NLU_CACHE_DIR, recognizerOptions(content));
  const frustration = FrustrationDetector.forContent(content);
  const recognize: Recognize = (text) => recognizer.recognize(text);
  const localization = localizationOf(localized, recognize, { es: (spanish) => trainSpanishRecognizer(spanish, config.NLU_CACHE_DIR) });
  return {
    content,
    recognize,
    localization,
    warmLocales: () => localization.warm(),
    trainProgress: progressTrainer(config.NLU_CACHE_DIR),
    isFrustrated: (text) => frustration.isFrustrated(text),
    pinnedCourt: pinnedCourtOf(content, config.COURT_ID),
  };
}

/**
 * Makes every language ready before the first message: its recognizer (BotCore.warmLocales), the engine's readers
 * of its content, which a welcome in that language builds, and its progress reader (trained on first use otherwise,
 * which would be the wait of the first user who says "logged in").
 */
export function warmLanguages(core: BotCore, engine: ConversationEngine): void {
  for (const piece of languageWarmUps(core, engine)) piece();
}

/** warmLanguages' work in pieces of a few tens of milliseconds each, in order, for a server to run between requests. */
export function languageWarmUps(core: BotCore, engine: ConversationEngine): (() => void)[] {
  const contents = [core.content, ...[...core.localization.byLocale.values()].map((language) => language.content)];
  return [
    () => core.warmLocales(),
    ...[...core.localization.byLocale.keys()].map((locale) => () => void engine.welcome(undefined, locale)),
    ...contents.map((content) => () => void ProgressReader.of(content, core.trainProgress)),
  ];
}

/** The conversation engine, as the chat uses it. */
export function createEngine(config: Config, core: BotCore): ConversationEngine {
  return new ConversationEngine(core.content, core.recognize, {
    pinnedCourt: core.pinnedCourt, helpDesk: config.HELP_DESK_CONTACT, maxMessageLength: config.MAX_MESSAGE_LENGTH,
    isFrustrated: core.isFrustrated, localization: core.localization, trainProgress: core.trainProgress,
  });
}

/** The help desk's triage, filing questions exactly as the chat understands them (same recognizer, same court). */
export function createTriage(config: Config, core: BotCore): Triage {
  return new Triage({
    content: core.content, rules: triageRulesOf(core.content), recognize: core.recognize, isFrustrated: core.isFrustrated,
    pinnedCourt: core.pinnedCourt, helpDesk: config.HELP_DESK_CONTACT, maxMessageLength: config.MAX_MESSAGE_LENGTH,
    languages: triageLanguages(core.localization),
  });
}

/** Each translated language's content, recognizer and urgent words; a question's language chosen as the chat's first message's. */
function triageLanguages(localization: Localization): TriageDeps['languages'] {
  const byLocale = new Map([...localization.byLocale].map(([locale, { content, recognize }]) => [locale, { content, recognize, rules: triageRulesOf(content) }]));
  return { byLocale, choose: (text) => localization.choose({}, text).locale };
}

/** The court a deployment serves (COURT_ID), checked against the content. */
function pinnedCourtOf(content: Content, courtId: string | undefined): Court | undefined {
  if (courtId === undefined) return undefined;
  const court = content.courts.get(courtId);
  if (!court) {
    throw new ConfigError(`Invalid configuration:\n- COURT_ID: "${courtId}" is not in content/courts.yaml (known: ${[...content.courts.keys()].join(', ')})`);
  }
  return court;
}
