// Lets a script kept outside this folder, the peer kit's compare_traversals.mjs, import the Kuzu pinned here without
// being copied: `node --import <this file> <kit>/compare_traversals.mjs …`. Node resolves a bare import from the
// importing file's folder, where the kit has no node_modules (and is read-only).
import { register } from 'node:module';

register('./kuzu-resolve.mjs', import.meta.url);
