/** /og/….png in `astro dev`. */
import { imageRoute } from './image-response.ts';
import { OG_DIR } from '../../lib/paths.ts';

export const { getStaticPaths, GET } = imageRoute(OG_DIR, '.png');
