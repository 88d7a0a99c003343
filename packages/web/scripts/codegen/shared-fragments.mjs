/**
 * Codegen plugin: typed-document-node's output, with each fragment definition written once per file.
 *
 * typed-document-node inlines the whole AST of every fragment an operation spreads into that
 * operation's document, so a file whose twelve mutations all return the task-detail fragment
 * carried twelve copies of it (87 KB of the review desk's 2 KB of GraphQL). Here every fragment
 * definition becomes one constant that the documents reference: the same objects at run time, so
 * Apollo Client sees exactly the documents it saw before.
 */
import { plugin as typedDocumentNode, validate } from '@graphql-codegen/typed-document-node';

const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as (DocumentNode<.*>);$/;

function constantName(fragmentName) {
  return `${fragmentName}FragmentDefinition`;
}

/** Rewrites the plugin's content; throws when a line is not in the shape this relies on. */
function shareFragments(content) {
  const fragments = new Map();
  const documents = [];
  const otherLines = [];
  for (const line of content.split('\n')) {
    const match = DOCUMENT_LINE.exec(line);
    if (!match) {
      if (line.includes('"kind":"Document"')) {
        throw new Error(`shared-fragments: unexpected document line: ${line.slice(0, 120)}`);
      }
      otherLines.push(line);
      continue;
    }
    const [, name, json, type] = match;
    const document = JSON.parse(json);
    const definitions = document.definitions.map((definition) => {
      if (definition.kind !== 'FragmentDefinition') return JSON.stringify(definition);
      const fragmentName = definition.name.value;
      const text = JSON.stringify(definition);
      const known = fragments.get(fragmentName);
      if (known !== undefined && known !== text) {
        throw new Error(`shared-fragments: two different definitions of fragment ${fragmentName}`);
      }
      fragments.set(fragmentName, text);
      return constantName(fragmentName);
    });
    documents.push(
      `export const ${name} = {"kind":"Document","definitions":[${definitions.join(',')}]} as unknown as ${type};`,
    );
  }
  const constants = [...fragments].map(([fragmentName, text]) => `const ${constantName(fragmentName)} = ${text};`);
  return ['', ...otherLines.filter((line) => line.trim() !== ''), ...constants, ...documents].join('\n');
}

export { validate };

export function plugin(schema, documents, config, info) {
  const output = typedDocumentNode(schema, documents, config, info);
  return { ...output, content: shareFragments(output.content) };
}
