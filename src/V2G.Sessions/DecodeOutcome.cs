using System;
using System.Text.Json;
using V2G.Exi;

namespace V2G.Sessions;

/// <summary>The result of running one codec over one payload.</summary>
internal readonly record struct DecodeOutcome(
    object? Document, string? Name, Func<string>? ToXml, Action<Utf8JsonWriter>? WriteJson, int TrailingBytes, ExiError? Error);
