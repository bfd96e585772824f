import { createRoot } from 'react-dom/client';
import { Options } from '@/components/Options';
import { applyUiDirection, t } from '@/components/i18n';
import '@/components/styles.css';

applyUiDirection(document);
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(<Options />);
