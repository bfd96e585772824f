/** Quality flags, translated by kind; the values are the article's own words, isolated for bidi. */
import type { Flag, FlagKind } from '@/utils/types';
import { t, uiAttrs, type MessageKey } from './i18n';

const LABELS: Record<FlagKind, MessageKey> = {
  'name-variants': 'flagNameVariants',
  'repeated-heading-phrase': 'flagRepeatedHeadingPhrase',
  'no-byline': 'flagNoByline',
  'no-date': 'flagNoDate',
};

interface Props {
  flags: Flag[];
  articleLang?: string;
  articleDir: string;
}

export function FlagList({ flags, articleLang, articleDir }: Props) {
  return (
    <ul className="flags" {...uiAttrs()}>
      {flags.map((f, i) => (
        <li key={i} data-flag={f.kind}>
          <span className="flag-label">{t(LABELS[f.kind] ?? 'flagOther')}</span>
          {f.values.length > 0 && (
            <span className="flag-values">
              {f.values.map((v, j) => (
                <bdi key={j} lang={articleLang} dir={articleDir} className="flag-value">
                  {v}
                </bdi>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
