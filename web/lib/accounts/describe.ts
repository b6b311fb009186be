/** Plain words for account details: a browser from its user agent. Pure, unit-tested. */

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\/|Chromium\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** The words around the names: "{browser} on {system}" and "Unknown browser", in the interface's language. */
export interface UserAgentWords {
  /** A template with `{browser}` and `{system}`. */
  on: string;
  unknown: string;
}

const ENGLISH: UserAgentWords = { on: '{browser} on {system}', unknown: 'Unknown browser' };

/** "Firefox on Windows", from a user agent; "Unknown browser" when it says nothing we know. */
export function describeUserAgent(userAgent: string, words: UserAgentWords = ENGLISH): string {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return words.on.replace('{browser}', browser).replace('{system}', system);
  return browser ?? system ?? (userAgent.trim() ? userAgent.trim().slice(0, 60) : words.unknown);
}
