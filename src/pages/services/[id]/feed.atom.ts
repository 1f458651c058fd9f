/** /services/<id>/feed.atom — one service's certifications, renewals, changes, improvement requests, expiry and end, newest first. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getSite, servicePaths } from '../../../lib/site-data.ts';
import { serviceAtomFeed } from '../../../lib/formats/lifecycle-feed.ts';

export const getStaticPaths = (() => servicePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) => {
  const { asOf, profile, template } = await getSite();
  return new Response(serviceAtomFeed(props.service, template, site!, asOf, profile), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
