// Every page is prerendered at build time; the site is plain files.
export const prerender = true;
export const trailingSlash = 'never';
