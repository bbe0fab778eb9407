using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace V2G.Security.Tests.Ocpp;

/// <summary>
/// The OCPP 2.0.1 JSON schema constraints of the Plug'n'Charge payloads, written out: allowed and required fields,
/// string maxLength, enum values and array sizes (OCPP 2.1 additions marked). Checks JSON against them.
/// </summary>
internal static class OcppSchema
{
    internal sealed record Field(string Name, bool Required, int? MaxLength = null, string[]? Enum = null, string? Object = null,
        bool Array = false, int MaxItems = 0, bool Integer = false);

    private static readonly string[] Hashes = ["SHA256", "SHA384", "SHA512"];
    private static readonly string[] Statuses = ["Accepted", "Failed"];

    public static readonly Dictionary<string, Field[]> Types = new()
    {
        ["CertificateHashDataType"] =
        [
            new("hashAlgorithm", true, Enum: Hashes), new("issuerNameHash", true, 128), new("issuerKeyHash", true, 128),
            new("serialNumber", true, 40),
        ],
        ["OCSPRequestDataType"] =
        [
            new("hashAlgorithm", true, Enum: Hashes), new("issuerNameHash", true, 128), new("issuerKeyHash", true, 128),
            new("serialNumber", true, 40), new("responderURL", true, 512),
        ],
        ["CertificateHashDataChainType"] =
        [
            new("certificateType", true, Enum: ["V2GRootCertificate", "MORootCertificate", "CSMSRootCertificate", "V2GCertificateChain",
                "ManufacturerRootCertificate", "OEMRootCertificate"]),
            new("certificateHashData", true, Object: "CertificateHashDataType"),
            new("childCertificateHashData", false, Object: "CertificateHashDataType", Array: true, MaxItems: 4),
        ],
        ["StatusInfoType"] = [new("reasonCode", true, 20), new("additionalInfo", false, 512)],
        ["IdTokenType"] =
        [
            new("idToken", true, 36),
            new("type", true, Enum: ["Central", "eMAID", "ISO14443", "ISO15693", "KeyCode", "Local", "MacAddress", "NoAuthorization"]),
        ],
        ["Get15118EVCertificateRequest"] =
        [
            new("iso15118SchemaVersion", true, 50), new("action", true, Enum: ["Install", "Update"]), new("exiRequest", true, 5600),
            new("maximumContractCertificateChains", false, Integer: true), // OCPP 2.1
            new("prioritizedEMAIDs", false, 255, Array: true, MaxItems: 8), // OCPP 2.1
        ],
        ["Get15118EVCertificateResponse"] =
        [
            new("status", true, Enum: Statuses), new("statusInfo", false, Object: "StatusInfoType"), new("exiResponse", true, 5600),
            new("remainingContractChains", false, Integer: true), // OCPP 2.1
        ],
        ["Get15118EVCertificateResponse21"] =
        [
            new("status", true, Enum: Statuses), new("statusInfo", false, Object: "StatusInfoType"), new("exiResponse", true, 17000),
            new("remainingContractChains", false, Integer: true),
        ],
        ["GetCertificateStatusRequest"] = [new("ocspRequestData", true, Object: "OCSPRequestDataType")],
        ["GetCertificateStatusResponse"] =
        [
            new("status", true, Enum: Statuses), new("statusInfo", false, Object: "StatusInfoType"), new("ocspResult", false, 5500),
        ],
        ["AuthorizeRequest"] =
        [
            new("idToken", true, Object: "IdTokenType"), new("certificate", false, 5500),
            new("iso15118CertificateHashData", false, Object: "OCSPRequestDataType", Array: true, MaxItems: 4),
        ],
    };

    /// <summary>Asserts that <paramref name="json"/> fits type <paramref name="type"/>.</summary>
    public static void AssertValid(string type, string json, bool ocpp21 = false) =>
        Check(ocpp21 && type == "Get15118EVCertificateResponse" ? type + "21" : type, JsonNode.Parse(json)!.AsObject(), "$");

    private static void Check(string type, JsonObject node, string path)
    {
        Field[] fields = Types[type];
        foreach ((string name, _) in node)
        {
            Assert.True(fields.Any(f => f.Name == name), $"{path}.{name} is not a field of {type}");
        }

        foreach (Field field in fields)
        {
            JsonNode? value = node[field.Name];
            if (value is null)
            {
                Assert.False(field.Required, $"{path}.{field.Name} of {type} is required");
                continue;
            }

            IEnumerable<JsonNode> items = [value];
            if (field.Array)
            {
                JsonArray array = value.AsArray();
                Assert.InRange(array.Count, 1, field.MaxItems);
                items = array.Select(i => i!);
            }

            foreach (JsonNode item in items)
            {
                CheckValue(field, item, $"{path}.{field.Name}");
            }
        }
    }

    private static void CheckValue(Field field, JsonNode item, string path)
    {
        if (field.Object != null)
        {
            Check(field.Object, item.AsObject(), path);
        }
        else if (field.Integer)
        {
            Assert.True(item.GetValue<int>() >= 0, path);
        }
        else
        {
            string text = item.GetValue<string>();
            Assert.True(field.MaxLength is null || text.Length <= field.MaxLength, $"{path}: {text.Length} > {field.MaxLength}");
            Assert.True(field.Enum is null || field.Enum.Contains(text), $"{path}: '{text}' is not one of its enum values");
        }
    }
}
