import type { ContentFiles } from '../loader';
import type { RawNode } from '../semanticCheck';
import type { YamlSource } from '../yamlSource';

/** One answer (a node of a flow, or a glossary term) as its author wrote it, with where it is. */
export interface AuthoredAnswer {
  readonly source: YamlSource;
  readonly path: readonly (string | number)[];
  /** "topics/login_cookies.yaml node cookies_fix", for reports. */
  readonly name: string;
  /** What a reader sees: the text, the question, the warning and the tip. */
  readonly text: string;
}

const READ_KEYS = ['say', 'ask', 'warning', 'tip'] as const;

export function authoredAnswers(files: ContentFiles): AuthoredAnswer[] {
  const flows: { source: YamlSource; nodes: readonly RawNode[]; key: string }[] = [
    ...files.topics.map(({ source, value }) => ({ source, nodes: value.nodes, key: 'nodes' })),
    ...(files.procedure ? [{ source: files.procedure.source, nodes: files.procedure.value.nodes, key: 'nodes' }] : []),
  ];
  const answers = flows.flatMap(({ source, nodes, key }) => nodes.map((node, index) => ({
    source, path: [key, index], name: `${source.file} node ${node.id}`,
    text: READ_KEYS.map((k) => node[k]).filter(Boolean).join('\n\n'),
  })));
  const terms = files.glossary ? files.glossary.value.terms.map((term, index) => ({
    source: files.glossary!.source, path: ['terms', index], name: `${files.glossary!.source.file} term ${term.id}`, text: term.say,
  })) : [];
  return [...answers, ...terms];
}

/** Every text a user may read (answers, titles, the bot's own messages), each with where it is. */
export function authoredTexts(files: ContentFiles): { source: YamlSource; path: (string | number)[]; text: string }[] {
  const texts: { source: YamlSource; path: (string | number)[]; text: string }[] = [];
  const addNodes = (source: YamlSource, nodes: readonly RawNode[]) => nodes.forEach((node, index) => {
    for (const key of [...READ_KEYS, 'title'] as const) {
      const text = node[key];
      if (text) texts.push({ source, path: ['nodes', index, key], text });
    }
  });
  files.topics.forEach(({ source, value }) => addNodes(source, value.nodes));
  if (files.procedure) addNodes(files.procedure.source, files.procedure.value.nodes);
  files.glossary?.value.terms.forEach((term, index) => texts.push({ source: files.glossary!.source, path: ['terms', index, 'say'], text: term.say }));
  if (files.responses) {
    for (const [key, text] of Object.entries(files.responses.value.messages)) {
      texts.push({ source: files.responses.source, path: ['messages', key], text });
    }
  }
  return texts;
}
