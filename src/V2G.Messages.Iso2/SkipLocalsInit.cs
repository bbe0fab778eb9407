// The generated decoders declare many locals per grammar method; they are all assigned before use, so the runtime
// need not zero them on entry. The library has no stackalloc.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
