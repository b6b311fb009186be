/** The interface languages names are kept in (UCLG's official languages). */
export const NAME_LOCALES = ['en', 'es', 'fr'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/** One name in each interface language. */
export type LocalizedNames = Record<NameLocale, string>;

/** The name in `locale`; English for a locale we do not hold names in. */
export function nameIn(names: LocalizedNames, locale: string): string {
  return (NAME_LOCALES as readonly string[]).includes(locale) ? names[locale as NameLocale] : names.en;
}
