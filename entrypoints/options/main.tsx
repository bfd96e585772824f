import { Options } from '@/components/Options';
import { mountView } from '@/components/mount';

mountView(<Options />, 'optionsTitle');
