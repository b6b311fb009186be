import type { ParamProblem } from './search/search-params';

/**
 * The address's problems in words (the messages `common.problems.<key>`), e.g. "“x1” is not an SDG
 * number: goals are numbered 1 to 17." `t` is next-intl's translator for `common.problems`.
 */
export function problemsText(t: (key: ParamProblem['key'], values: { value: string }) => string, problems: ParamProblem[]): string {
  return problems.map((problem) => t(problem.key, { value: problem.value })).join(' ');
}
