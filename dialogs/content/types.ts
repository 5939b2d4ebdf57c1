/** The validated, immutable content model. Everything the bot says or learns from comes from here. */

export type ChoiceTarget =
  | { readonly kind: 'node'; readonly nodeId: string }
  | { readonly kind: 'topic'; readonly intent: string }
  | { readonly kind: 'end' };

export interface Choice {
  readonly label: string;
  /** Other whole messages that pick this choice. */
  readonly also: readonly string[];
  readonly target: ChoiceTarget;
}

export interface FlowNode {
  readonly id: string;
  readonly say: string;
  readonly title?: string;
  readonly step?: number;
  readonly tip?: string;
  readonly warning?: string;
  readonly ask?: string;
  readonly choices: readonly Choice[];
  readonly next?: string;
  readonly suggest: readonly string[];
  readonly source?: string;
  /** After this answer, offer a person at the help desk. */
  readonly handoff: boolean;
}

/** A graph of nodes: the procedure or one topic's answer / troubleshooting tree. */
export interface Flow {
  /** 'procedure' for the walkthrough, else the topic's intent. */
  readonly id: string;
  readonly start: string;
  readonly nodes: ReadonlyMap<string, FlowNode>;
}

export interface Topic {
  readonly intent: string;
  readonly title: string;
  readonly sources: readonly string[];
  readonly examples: readonly string[];
  readonly flow: Flow;
}

export interface Procedure {
  readonly title: string;
  readonly startIntent: string;
  readonly sources: readonly string[];
  readonly totalSteps: number;
  readonly flow: Flow;
}

export interface Court {
  readonly id: string;
  readonly name: string;
  /** A short name for buttons. */
  readonly short: string;
  /** Other names users type for this court. */
  readonly also: readonly string[];
  readonly type: 'bankruptcy' | 'district';
  readonly ecfUrl: string;
  readonly helpDesk?: string;
  readonly nextGenLiveSince?: string;
}

export type MessageKey =
  | 'welcome' | 'didYouMean' | 'resumeOffer' | 'walkthroughStopped' | 'walkthroughFinished' | 'nothingToGoBackTo'
  | 'pickAChoice' | 'credentialWarning' | 'repeatedMiss' | 'helpDeskUnknown' | 'turnError' | 'tooLong' | 'rephrase'
  | 'storageTrouble' | 'anythingElse' | 'whichCourt' | 'courtNoted' | 'handoffOffer' | 'handoffAskContact' | 'handoffCreated' | 'handoffUnavailable'
  | 'handoffDeclined' | 'frustrationNoticed' | 'contactGiven' | 'contactNotGiven';

export type NavigationCommand = 'next' | 'back' | 'repeat' | 'restart' | 'stop' | 'resume';

export type ButtonKey = NavigationCommand | 'somethingElse' | 'otherCourt' | 'handoffAccept' | 'handoffDecline' | 'noContact';

export interface Responses {
  readonly messages: Readonly<Record<MessageKey, string>>;
  readonly buttons: Readonly<Record<ButtonKey, string>>;
  readonly commands: Readonly<Record<NavigationCommand, readonly string[]>>;
  /** Label (lower case) -> other words that pick a choice with that label. */
  readonly choiceWords: ReadonlyMap<string, readonly string[]>;
}

/** How the help desk's triage flags questions for a person. */
export interface TriageSettings {
  readonly lowConfidence: number;
  readonly urgent: readonly string[];
}

export interface Content {
  readonly procedure: Procedure;
  readonly topics: readonly Topic[];
  readonly topicsByIntent: ReadonlyMap<string, Topic>;
  readonly responses: Responses;
  readonly courts: ReadonlyMap<string, Court>;
  /** The court used when a deployment pins none; absent: the bot asks. */
  readonly defaultCourtId?: string;
  /** Words used in answers while the court is not known. */
  readonly unknownCourt: { readonly name: string; readonly ecfUrl: string };
  readonly triage: TriageSettings;
}
