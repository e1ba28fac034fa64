/** Lower-case ASCII without accents: "Sant'Angelo Lodigiano" -> "sant angelo lodigiano". */
export function foldText(value: string): string {
	return value
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** A stable identifier fragment from a name: "Ambito di Cantù-Mariano" -> "ambito-di-cantu-mariano". */
export function slugify(value: string): string {
	return foldText(value).replace(/ /g, '-');
}
