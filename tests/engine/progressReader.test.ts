import { landing, ProgressReader } from '../../dialogs/engine/progressReader';
import { content } from '../helpers/engineHarness';

const reader = (): ProgressReader => ProgressReader.of(content());
/** Where the likeliest reading puts the user, or undefined when the message reports nothing. */
const placed = (text: string): number | undefined => {
  const readings = reader().read(text);
  return readings[0] && landing(readings[0]);
};

describe('progress reader', () => {
  it.each([
    ['signed in ok', 3],
    ['signed on to the filing system with my pacer account', 3],
    ['i am on the link a cm/ecf account page', 4],
    ['I clicked Link a CM/ECF account to my PACER account', 4],
    ['typed in my old ecf login and password and clicked submit', 5],
    ['the screen says do you want to link these accounts', 5],
    // Names checked is the confirm screen (its own act, Submit, makes the link).
    ['both names look correct', 5],
  ])('places "%s" at step %i, in words of its own', (text, step) => {
    expect(placed(text)).toBe(step);
  });

  it.each([
    'yes', 'no, I forgot them', 'i know my old login', 'what is pacer', 'which password goes here',
    'the link is not under utilities', 'it says invalid login', 'next', 'done', 'clicked it', 'thanks',
  ])('reads "%s" as no report (an answer, a question, a problem, a command, words for any step)', (text) => {
    expect(reader().read(text)).toEqual([]);
  });

  it('reads a screen name written without its punctuation as the same screen', () => {
    expect(placed("im on the link a cm ecf account to my pacer account page")).toBe(4);
  });

  it.each([
    ['now it wants a PACER username & password', 'now it wants a PACER username and password'],
    ['it asks for my pacer username + password', 'it asks for my pacer username and password'],
    ['there are cm/ecf login & password boxes', 'there are cm/ecf login and password boxes'],
  ])('reads "&" or "+" between words as their "and": "%s"', (joined, said) => {
    expect(placed(joined)).toBe(placed(said));
    expect(placed(joined)).toBeDefined();
  });

  it('keeps both senses of a phrase two steps share, for the place to choose', () => {
    const senses = reader().read('submitted').map(landing).sort();
    expect(senses).toEqual([5, 6]);
  });

  it('is trained once per content', () => {
    expect(ProgressReader.of(content())).toBe(reader());
  });
});
