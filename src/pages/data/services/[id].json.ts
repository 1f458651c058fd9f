/** /data/services/<id>.json — one published disclosure (shape: src/lib/formats/service-json.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getSite, servicePaths } from '../../../lib/site-data.ts';
import { serviceJson } from '../../../lib/formats/service-json.ts';
import { jsonText } from '../../../lib/formats/json-text.ts';

export const getStaticPaths = (() => servicePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) => {
  const { asOf, template } = await getSite();
  return new Response(`${jsonText(serviceJson(props.service, template, asOf, site!), 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
