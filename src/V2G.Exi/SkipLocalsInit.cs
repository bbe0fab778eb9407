// Locals and stackalloc buffers are not zeroed on entry: the reader's buffers are written before they are read, and
// the one buffer that is OR-ed into (ReadUnsignedBigInteger) is cleared explicitly.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
