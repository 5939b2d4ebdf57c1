/**
 * Intent names the code relies on, in one place (issue 16: this was declared in the loader and the recognizer).
 * Every content pack must have an out-of-scope topic: it is what the bot answers when nothing else fits, and the
 * recognizer's default name for its out-of-scope class.
 */
export const OUT_OF_SCOPE_INTENT = 'out_of_scope';
