/** /og/….png in `astro dev`. */
import { imageRoute } from './image-response.ts';

export const { getStaticPaths, GET } = imageRoute('/og/', '.png');
