namespace V2G.Security.Certificates;

/// <summary>One broken rule of one certificate, before it is placed in a chain.</summary>
internal sealed record RuleViolation(ChainRule Rule, string Message);
