'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { insertAt, mentionSyntax } from '../../lib/threads/compose';
import styles from './threads.module.css';

export interface Mentionable {
  id: string;
  name: string;
}

/**
 * Mentioning a member of the network. With JavaScript: pick a name (a list that filters as you type) and
 * "Insert mention" puts the API's syntax at the caret. Without: the same syntax for each member, to copy.
 */
export function MentionHelper({ members, textareaId }: { members: Mentionable[]; textareaId: string }) {
  const t = useTranslations('threads.mention');
  const id = useId();
  const [interactive, setInteractive] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setInteractive(true), []);
  if (!members.length) return null;

  const insert = () => {
    const member = members.find((candidate) => candidate.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase());
    const textarea = document.getElementById(textareaId) as HTMLTextAreaElement | null;
    if (!member || !textarea) {
      setProblem(t('unknown', { name: name.trim() }));
      return;
    }
    const { text, caret } = insertAt(textarea.value, mentionSyntax(member.name, member.id), textarea.selectionStart, textarea.selectionEnd);
    textarea.value = text;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
    setName('');
    setProblem(null);
  };

  return (
    <div className={styles.mentionHelper}>
      {interactive && (
        <div className={styles.toolbar}>
          <label htmlFor={`${id}-name`}>{t('label')}</label>
          <input
            id={`${id}-name`}
            list={`${id}-members`}
            value={name}
            autoComplete="off"
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              insert();
            }}
          />
          <datalist id={`${id}-members`}>
            {members.map((member) => (
              <option key={member.id} value={member.name} />
            ))}
          </datalist>
          <button type="button" className="button--small button--secondary" onClick={insert}>
            {t('insert')}
          </button>
          {problem && (
            <span id={`${id}-problem`} className="field__error" role="alert">
              {problem}
            </span>
          )}
        </div>
      )}
      <details>
        <summary>{t('syntaxTitle')}</summary>
        <p>{t('syntaxHint')}</p>
        <ul>
          {members.map((member) => (
            <li key={member.id}>
              {member.name}: <code>{mentionSyntax(member.name, member.id)}</code>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
