/** /marks/….svg in `astro dev`. */
import { imageRoute } from './image-response.ts';

export const { getStaticPaths, GET } = imageRoute('/marks/', '.svg');
