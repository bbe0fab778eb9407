using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace V2G.Services.Storage.FileSystem;

/// <summary>revocations.json: every CA's revoked certificates and CRL number, with the revocation count in the change version.</summary>
/// <param name="Version">How many revocations the store made (part of the change version).</param>
/// <param name="Authorities">One entry per CA that revoked something.</param>
internal sealed record RevocationsDocument(long Version, IReadOnlyList<CaRevocations> Authorities);

/// <summary>One CA in revocations.json.</summary>
/// <param name="CaName">The CA's name.</param>
/// <param name="CrlNumber">Its CRL number.</param>
/// <param name="Entries">Its revoked certificates, oldest first.</param>
internal sealed record CaRevocations(string CaName, long CrlNumber, IReadOnlyList<RevocationEntry> Entries);

/// <summary>issued.json: the issued certificates, oldest first, with the issue count in the change version.</summary>
/// <param name="Version">How many certificates the store recorded (part of the change version).</param>
/// <param name="Certificates">The certificates, oldest first.</param>
internal sealed record IssuedDocument(long Version, IReadOnlyList<IssuedCertificateRecord> Certificates);

/// <summary>sequences.json: the named counters (eMAID numbering).</summary>
/// <param name="Counters">The last number taken of each counter.</param>
internal sealed record SequencesDocument(IReadOnlyDictionary<string, long> Counters);

/// <summary>format.json: the layout version of the folder, so a later layout is refused rather than misread.</summary>
/// <param name="FormatVersion">The layout version.</param>
internal sealed record FormatDocument(int FormatVersion);

/// <summary>The JSON shapes of the file store (source-generated: no reflection).</summary>
/// <remarks>Metadata mode: the generated fast-path serializer writes a null byte array as "" (an empty array on reading).</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(RevocationsDocument))]
[JsonSerializable(typeof(IssuedDocument))]
[JsonSerializable(typeof(FormatDocument))]
[JsonSerializable(typeof(SequencesDocument))]
[JsonSerializable(typeof(List<RootCertificateRecord>))]
[JsonSerializable(typeof(List<ProvisioningCertificateRecord>))]
[JsonSerializable(typeof(List<ContractDataRecord>))]
[JsonSerializable(typeof(List<ExchangeRecord>))]
internal sealed partial class FileStoreJson : JsonSerializerContext
{
}
