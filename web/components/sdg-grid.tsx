import { SDGS } from '@casebook/taxonomy';
import Link from 'next/link';

/** The 17 goals as tiles in their official colours, each linking to its cases. */
export function SdgGrid({ counts }: { counts: Map<number, number> }) {
  return (
    <ul className="sdg-grid">
      {SDGS.map((sdg) => {
        const count = counts.get(sdg.number) ?? 0;
        return (
          <li key={sdg.number}>
            <Link className="sdg-tile" href={`/cases?sdg=${sdg.number}`} style={{ backgroundColor: sdg.colour }}>
              <span className="sdg-tile__number">
                <span className="visually-hidden">SDG </span>
                {sdg.number}
              </span>
              <span className="sdg-tile__title">{sdg.title}</span>
              <span className="sdg-tile__count">
                {count} {count === 1 ? 'case' : 'cases'}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
