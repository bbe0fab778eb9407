namespace V2G.Sessions;

/// <summary>Identifiers of <see cref="MessageFamily"/>, the names the shared vectors and the capture JSON use.</summary>
public static class MessageFamilyExtensions
{
    /// <summary>The family's identifier, e.g. <c>iso20-dc</c>.</summary>
    /// <param name="family">The family.</param>
    /// <returns>The identifier.</returns>
    public static string ToId(this MessageFamily family) => family switch
    {
        MessageFamily.AppProtocol => "app-protocol",
        MessageFamily.Din => "din",
        MessageFamily.Iso2 => "iso2",
        MessageFamily.Iso20Common => "iso20-common",
        MessageFamily.Iso20Ac => "iso20-ac",
        MessageFamily.Iso20Dc => "iso20-dc",
        MessageFamily.Iso20Wpt => "iso20-wpt",
        _ => "iso20-acdp",
    };
}
