/** A small synthetic training set for unit tests (made-up topics, not the bot's content). */
import type { LabelledExample } from '../../dialogs/nlu/recognizer';

const topics: Record<string, string[]> = {
  weather: ['what is the weather today', 'will it rain tomorrow', 'is it sunny outside', 'weather forecast please',
    'how hot will it be today', 'do I need an umbrella', 'is it going to snow', 'temperature outside now'],
  pizza: ['order a pizza', 'I want a pepperoni pizza', 'get me a large pizza delivered', 'pizza delivery please',
    'can I order pizza for dinner', 'send a cheese pizza to my house', 'I would like to order pizza', 'pizza order'],
  alarm: ['set an alarm for 7 am', 'wake me up at six', 'alarm for tomorrow morning', 'set my alarm',
    'please set an alarm clock', 'wake me at 8 tomorrow', 'create an alarm for noon', 'set alarm 5 30'],
  music: ['play some music', 'put on a song', 'play my playlist', 'I want to hear jazz', 'start the music',
    'play a song by the beatles', 'turn on some tunes', 'play rock music'],
};

const outOfScope = ['what is the meaning of life', 'tell me about the roman empire', 'how tall is mount everest',
  'who won the football game', 'what is the capital of peru', 'translate hello to french'];

export function syntheticExamples(oosIntent = 'out_of_scope'): LabelledExample[] {
  const examples = Object.entries(topics).flatMap(([intent, texts]) => texts.map((text) => ({ text, intent })));
  return [...examples, ...outOfScope.map((text) => ({ text, intent: oosIntent }))];
}
