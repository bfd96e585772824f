import { BriefApp } from '@/components/BriefApp';
import { mountView } from '@/components/mount';

mountView(<BriefApp mode="sidepanel" />, 'extName');
