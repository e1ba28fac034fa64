#!/usr/bin/env node
// The `trama` command. The CLI is TypeScript: tsx compiles it on the fly, so nothing needs a build step.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
// The pages' operations, which `trama report` asks too, are typed into a folder git does not keep.
if (!existsSync(new URL('../src/lib/graphql/index.ts', import.meta.url))) {
	const codegen = await import(new URL('../scripts/codegen.ts', import.meta.url).href);
	await codegen.writeGenerated();
}
// The report's words are compiled from messages/ into another such folder (scripts/paraglide.ts).
if (!existsSync(new URL('../src/lib/paraglide/messages.js', import.meta.url))) {
	const paraglide = await import(new URL('../scripts/paraglide.ts', import.meta.url).href);
	await paraglide.compileMessages();
}
await import(new URL('../src/cli/main.ts', import.meta.url).href);
