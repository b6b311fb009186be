import { useTranslations } from 'next-intl';
import type { CaseDetail } from '../lib/cases/find-case';
import { ExternalLink } from './external-link';

/** Who to ask: name, role, organisation, and email when the API shows it. */
export function CaseContacts({ contacts }: { contacts: CaseDetail['contacts'] }) {
  const t = useTranslations('cases.page');
  if (!contacts.length) return null;
  return (
    <>
      <h3>{t('contacts')}</h3>
      <ul className="contacts">
        {contacts.map((contact, index) => (
          <li key={index}>
            <span className="contact__name">{contact.name}</span>
            {contact.role && <span className="contact__role">, {contact.role}</span>}
            {contact.organisation && <span className="contact__organisation">, {contact.organisation}</span>}
            {contact.email && (
              <>
                {' — '}
                <ExternalLink href={`mailto:${contact.email}`}>{contact.email}</ExternalLink>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function CaseLinks({ links }: { links: CaseDetail['links'] }) {
  const t = useTranslations('cases.page');
  if (!links.length) return null;
  return (
    <>
      <h3>{t('links')}</h3>
      <ul>
        {links.map((link) => (
          <li key={link.url}>
            <ExternalLink href={link.url}>{link.label}</ExternalLink>
          </li>
        ))}
      </ul>
    </>
  );
}
