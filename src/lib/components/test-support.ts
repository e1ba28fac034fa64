/** What a component rendered on the server (Svelte's `render`) shows: tags dropped, spaces collapsed. */
export const shownText = (html: string) =>
	html
		.replace(/<!--.*?-->/gs, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
