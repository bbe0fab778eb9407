namespace V2G.Cli.Security;

/// <summary>The verdict on one file of <c>v2g verify</c>.</summary>
/// <param name="Valid">Whether the signature (and, when asked, the chain) verified.</param>
/// <param name="MessageName">The message type, or <c>(undecoded)</c> when the file did not decode.</param>
/// <param name="Text">What was verified, or why it failed.</param>
internal sealed record VerifyOutcome(bool Valid, string MessageName, string Text);
