#!/usr/bin/env -S node --max-semi-space-size=32 --max-inlined-bytecode-size-cumulative=150
// A build's merge makes millions of objects that live to its end, and V8's young generation (16 MB
// by default) copies each of them twice on its way out: 32 MB halves the collections and takes a
// third off their time. Extraction's functions are large, and each of the build's threads
// optimises them again whenever a new document takes a path their type feedback had not seen: with
// TurboFan inlining less into each (150 bytes of callees' bytecode rather than 920), every such
// compilation is smaller, and the compiler threads, which took a fifth of a cold build's CPU, take
// less from the extraction workers. Node hands V8 its flags when it starts, hence here.
import "../dist/src/cli.js";
