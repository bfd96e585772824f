import { createRoot } from 'react-dom/client';
import { BriefApp } from '@/components/BriefApp';
import { applyUiDirection, t } from '@/components/i18n';
import '@/components/styles.css';

applyUiDirection(document);
document.title = t('extName');
createRoot(document.getElementById('root')!).render(<BriefApp mode="sidepanel" />);
