/**
 * Intent names the code relies on, in one place (issue 16: this was declared in the loader and the recognizer).
 * Every content pack must have an out-of-scope topic: it is what the bot answers when nothing else fits, and the
 * recognizer's default name for its out-of-scope class.
 */
export const OUT_OF_SCOPE_INTENT = 'out_of_scope';

/**
 * The legal-information boundary (issue 17): a legal question is understood and answered (the clerk's office for a
 * case, a lawyer or legal aid for advice), but what it asks is outside what the bot does, so its turn's kind is
 * `out_of_scope` and its topic stays this one. It never counts as a message the bot could not place.
 */
export const LEGAL_QUESTION_INTENT = 'legal_question';
