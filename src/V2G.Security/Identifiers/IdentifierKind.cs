namespace V2G.Security.Identifiers;

/// <summary>The Plug'n'Charge identifier an <see cref="IdentifierError"/> is about.</summary>
public enum IdentifierKind
{
    /// <summary>e-Mobility Account Identifier (contract certificate CN), see <see cref="EMaid"/>.</summary>
    EMaid,

    /// <summary>Provisioning Certificate ID (OEM provisioning certificate CN), see <see cref="Pcid"/>.</summary>
    Pcid,

    /// <summary>EVSE identifier (SECC certificate CN, SessionSetupRes EVSEID), see <see cref="EvseId"/>.</summary>
    EvseId,
}
