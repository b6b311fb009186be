import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { EXPLORER_EXAMPLES, exampleByKey } from './explorer-examples';

/** The committed schema (api/schema.graphql): an example that stops matching the API fails here. */
const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));

describe('the API explorer examples', () => {
  it.each(EXPLORER_EXAMPLES.map((example) => [example.key, example]))('%s is a valid query against the API schema', (_key, example) => {
    const errors = validate(schema, parse(example.query));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('has 3 to 5 examples with unique keys, and falls back to the first for an unknown key', () => {
    expect(EXPLORER_EXAMPLES.length).toBeGreaterThanOrEqual(3);
    expect(EXPLORER_EXAMPLES.length).toBeLessThanOrEqual(5);
    expect(new Set(EXPLORER_EXAMPLES.map((example) => example.key)).size).toBe(EXPLORER_EXAMPLES.length);
    expect(exampleByKey('networks').key).toBe('networks');
    expect(exampleByKey('nope')).toBe(EXPLORER_EXAMPLES[0]);
    expect(exampleByKey(undefined)).toBe(EXPLORER_EXAMPLES[0]);
  });
});
