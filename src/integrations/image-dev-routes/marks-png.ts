/** /marks/….png in `astro dev`. */
import { imageRoute } from './image-response.ts';
import { MARKS_DIR } from '../../lib/paths.ts';

export const { getStaticPaths, GET } = imageRoute(MARKS_DIR, '.png');
