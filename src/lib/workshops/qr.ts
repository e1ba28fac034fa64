import qrcode from 'qrcode-generator';

/** A QR code as one SVG path (dark modules as unit squares) and its size in modules. */
export function qrPath(text: string): { size: number; path: string } {
	const qr = qrcode(0, 'M');
	qr.addData(text);
	qr.make();
	const size = qr.getModuleCount();
	let path = '';
	for (let r = 0; r < size; r++)
		for (let c = 0; c < size; c++) if (qr.isDark(r, c)) path += `M${c} ${r}h1v1h-1z`;
	return { size, path };
}
