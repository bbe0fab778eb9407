using System;
using V2G.Exi;

namespace V2G.Sessions;

/// <summary>The result of running one codec over one payload.</summary>
internal readonly record struct DecodeOutcome(object? Document, string? Name, Func<string>? ToXml, int TrailingBytes, ExiError? Error);
