/** Open-data .json files in `astro dev`. */
import { openDataRoute } from './data-response.ts';

export const { getStaticPaths, GET } = openDataRoute('.json');
