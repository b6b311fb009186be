import { useLocale, useTranslations } from 'next-intl';
import { fieldLabel } from '../../lib/cases/card-fields';
import { diffLists, formatFieldValue, type FieldValue } from '../../lib/cases/field-values';
import { diffWords } from '../../lib/cases/word-diff';
import { MarkdownText } from '../markdown-text';

export interface Change {
  field: string;
  before?: unknown;
  after?: unknown;
}

function Empty() {
  const t = useTranslations('curation.diff');
  return <p className="empty">{t('empty')}</p>;
}

/** A text field's two versions, words taken out marked <del> in the first, words put in marked <ins> in the second. */
function TextColumns({ before, after, headings, Sub }: { before: string; after: string; headings: [string, string]; Sub: 'h3' | 'h4' | 'h5' }) {
  const parts = diffWords(before, after);
  return (
    <div className="diff__columns">
      <div className="diff__before">
        <Sub>{headings[0]}</Sub>
        {before ? (
          <p className="diff__text">
            {parts
              .filter((part) => part.kind !== 'added')
              .map((part, index) => (part.kind === 'removed' ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>))}
          </p>
        ) : (
          <Empty />
        )}
      </div>
      <div className="diff__after">
        <Sub>{headings[1]}</Sub>
        {after ? (
          <p className="diff__text">
            {parts
              .filter((part) => part.kind !== 'removed')
              .map((part, index) => (part.kind === 'added' ? <ins key={index}>{part.text}</ins> : <span key={index}>{part.text}</span>))}
          </p>
        ) : (
          <Empty />
        )}
      </div>
    </div>
  );
}

function ListColumns({ before, after, headings, Sub }: { before: string[]; after: string[]; headings: [string, string]; Sub: 'h3' | 'h4' | 'h5' }) {
  const diff = diffLists(before, after);
  return (
    <div className="diff__columns">
      <div className="diff__before">
        <Sub>{headings[0]}</Sub>
        {diff.before.length ? (
          <ul>
            {diff.before.map((item, index) => (
              <li key={index}>{item.removed ? <del>{item.text}</del> : item.text}</li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </div>
      <div className="diff__after">
        <Sub>{headings[1]}</Sub>
        {diff.after.length ? (
          <ul>
            {diff.after.map((item, index) => (
              <li key={index}>{item.added ? <ins>{item.text}</ins> : item.text}</li>
            ))}
          </ul>
        ) : (
          <Empty />
        )}
      </div>
    </div>
  );
}

function asText(value: FieldValue): string {
  return value.kind === 'text' ? value.text : value.items.join('\n');
}

function asList(value: FieldValue): string[] {
  return value.kind === 'list' ? value.items : value.text ? [value.text] : [];
}

/**
 * One changed field as two columns under headings ("Published" and "Proposed", or "Before" and "After"):
 * for text, the words taken out and put in are marked; for lists, the lines. Readable without colour:
 * <del> and <ins> are struck through and underlined, and each column is headed.
 */
export function FieldDiff({
  change,
  headings,
  level = 3,
  withHeading = true,
}: {
  change: Change;
  headings?: [string, string];
  /** The level of the field's heading (shown or not); the columns' headings are one below. */
  level?: 2 | 3 | 4;
  withHeading?: boolean;
}) {
  const t = useTranslations('curation.diff');
  const fields = useTranslations('cases.fields');
  const locale = useLocale();
  const columns: [string, string] = headings ?? [t('before'), t('after')];
  const before = formatFieldValue(change.field, change.before ?? null, locale);
  const after = formatFieldValue(change.field, change.after ?? null, locale);
  const Heading = (['h2', 'h3', 'h4'] as const)[level - 2]!;
  const Sub = (['h3', 'h4', 'h5'] as const)[level - 2]!;
  return (
    <div className="diff">
      {withHeading && <Heading className="diff__field">{fieldLabel(fields, change.field)}</Heading>}
      {before.kind === 'list' || after.kind === 'list' ? (
        <ListColumns before={asList(before)} after={asList(after)} headings={columns} Sub={Sub} />
      ) : (
        <TextColumns before={asText(before)} after={asText(after)} headings={columns} Sub={Sub} />
      )}
    </div>
  );
}

/** One field's value as the card shows it: Markdown sections rendered, lists as lists. */
export function FieldValueView({ field, value }: { field: string; value: unknown }) {
  const formatted = formatFieldValue(field, value, useLocale());
  if (formatted.kind === 'list') {
    return formatted.items.length ? (
      <ul>
        {formatted.items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    ) : (
      <Empty />
    );
  }
  if (!formatted.text) return <Empty />;
  return formatted.markdown ? <MarkdownText source={formatted.text} /> : <p>{formatted.text}</p>;
}
