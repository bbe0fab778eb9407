namespace V2G.Security.Certificates;

/// <summary>One profile rule applied to one certificate, as inspection reports it.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Passed">Whether the certificate keeps it.</param>
/// <param name="Message">What was found ("ok" when the rule passed).</param>
public sealed record ProfileCheckResult(ChainRule Rule, bool Passed, string Message);
