/** A small brief for the options' template preview when history has none to show. */
import { SCHEMA_VERSION, type Brief } from '@/utils/types';

export const EXAMPLE_BRIEF: Brief = {
  schema: SCHEMA_VERSION,
  url: 'https://news.example/2025/09/16/flood-barrier',
  isArticle: true,
  title: 'City council approves flood barrier plan',
  byline: 'Jane Roe',
  published: '2025-09-16T14:35:00+02:00',
  siteName: 'Example News',
  lang: 'en',
  dir: 'ltr',
  lede: 'The council voted on Tuesday to build a barrier along the harbour.',
  sections: [
    {
      heading: 'What happens next',
      level: 2,
      paragraphs: ['Work starts in the spring.'],
      parts: [{ kind: 'paragraph', index: 0 }],
    },
  ],
  keyPoints: ['The council voted to build a barrier along the harbour.'],
  lists: [],
  tables: [],
  commitments: [],
  closing: 'The first section should be finished within two years.',
  flags: [],
  text: 'The council voted on Tuesday to build a barrier along the harbour.\n\nWork starts in the spring.',
};
