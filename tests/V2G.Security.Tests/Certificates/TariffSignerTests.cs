using V2G.Security.Certificates;
using Xunit;

namespace V2G.Security.Tests.Certificates;

/// <summary>The MO Sub-CA 2 validated as the signer of SalesTariff / price schedules.</summary>
public sealed class TariffSignerTests
{
    public static TheoryData<string> Sets() => new(TestPki.Sets);

    private static ChainValidationResult Validate(string set, string signer, string[] subCas, string[] anchors) =>
        CertificateChainValidator.Validate(
            TestPki.Cert(set, signer),
            System.Array.ConvertAll(subCas, n => TestPki.Cert(set, n)),
            System.Array.ConvertAll(anchors, n => TestPki.Cert(set, n)),
            TestPki.Options(set, CertificateRole.TariffSigner));

    [Theory]
    [MemberData(nameof(Sets))]
    public void Mo_sub_ca_2_validates_to_the_mo_root_and_through_the_cross_signed_sub_ca_to_the_v2g_root(string set)
    {
        var toMo = Validate(set, "MOSubCA2", new[] { "MOSubCA1" }, new[] { "MORootCA" });
        Assert.True(toMo.IsValid, toMo.ToString());
        var toV2G = Validate(set, "MOSubCA2", new[] { "MOSubCA1_issuedByV2GRoot" }, new[] { "V2GRootCA" });
        Assert.True(toV2G.IsValid, toV2G.ToString());
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_cpo_sub_ca_is_no_tariff_signer(string set)
    {
        var result = Validate(set, "CPOSubCA2", new[] { "CPOSubCA1" }, new[] { "V2GRootCA" });
        Assert.False(result.IsValid);
        Assert.Equal(ChainRule.LeafKeyUsage, result.Failure!.Rule);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_contract_leaf_and_the_mo_sub_ca_1_are_no_tariff_signers(string set)
    {
        Assert.Equal(ChainRule.LeafBasicConstraints, Validate(set, "ContractCert", new[] { "MOSubCA2", "MOSubCA1" }, new[] { "MORootCA" }).Failure?.Rule);
        Assert.Equal(ChainRule.LeafBasicConstraints, Validate(set, "MOSubCA1", System.Array.Empty<string>(), new[] { "MORootCA" }).Failure?.Rule);
    }
}

/// <summary>The ISO 15118-20 vehicle certificate (TLS client), validated to the OEM root.</summary>
public sealed class VehicleRoleTests
{
    [Theory]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    public void Vehicle_certificate_validates_for_the_vehicle_role_but_not_as_provisioning_certificate(string set)
    {
        ChainValidationResult Validate(CertificateRole role) => CertificateChainValidator.Validate(
            TestPki.Cert(set, "VehicleCert"),
            new[] { TestPki.Cert(set, "OEMSubCA2"), TestPki.Cert(set, "OEMSubCA1") },
            new[] { TestPki.Cert(set, "OEMRootCA") },
            TestPki.Options(set, role));

        var vehicle = Validate(CertificateRole.Vehicle);
        Assert.True(vehicle.IsValid, vehicle.ToString());
        Assert.Equal(ChainRule.ProvisioningIdentifier, Validate(CertificateRole.OemProvisioning).Failure?.Rule);
    }

    [Fact]
    public void A_secc_certificate_is_no_vehicle_certificate()
    {
        var result = CertificateChainValidator.Validate(
            TestPki.Cert("iso20", "SECCCert"),
            new[] { TestPki.Cert("iso20", "CPOSubCA2"), TestPki.Cert("iso20", "CPOSubCA1") },
            new[] { TestPki.Cert("iso20", "OEMRootCA") },
            TestPki.Options("iso20", CertificateRole.Vehicle));
        Assert.False(result.IsValid);
    }
}
