using System;
using System.Linq;
using V2G.Exi;
using V2G.Messages.Iso2;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>TryEncode reports a small buffer without throwing; the array Encode handles streams of any size.</summary>
public class TryEncodeTests
{
    [Fact]
    public void TryEncode_into_every_shorter_buffer_returns_false_without_any_exception()
    {
        var vector = SharedData.Family("iso2").First(v => v.Name == "CertificateInstallationRes-max");
        var document = Iso2Codec.FromXml(vector.Xml);
        // Other tests run in parallel: count only the exceptions thrown on this thread.
        int exceptions = 0;
        int thread = Environment.CurrentManagedThreadId;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e) => exceptions += Environment.CurrentManagedThreadId == thread ? 1 : 0;
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            foreach (int size in new[] { 0, 1, vector.Exi.Length / 2, vector.Exi.Length - 1 })
            {
                var buffer = new byte[size];
                Assert.False(Iso2Codec.TryEncode(document, buffer, out int written));
                Assert.Equal(0, written);
            }

            var exact = new byte[vector.Exi.Length];
            Assert.True(Iso2Codec.TryEncode(document, exact, out int length));
            Assert.Equal(vector.Exi, exact.AsSpan(0, length).ToArray());
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, exceptions);
    }

    [Fact]
    public void TryEncode_still_refuses_content_that_breaks_the_schema()
    {
        var document = Iso2Codec.FromXml(SharedData.Family("iso2").First(v => v.Name == "SessionSetupReq-min").Xml);
        ((SessionSetupReqType)document.V2G_Message!.Body.BodyElement!).EVCCID = new byte[7];
        var error = Assert.Throws<ExiEncodeException>(() => Iso2Codec.TryEncode(document, new byte[64], out _));
        Assert.Contains("EVCCID", error.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Array_encode_of_a_stream_larger_than_its_first_buffer_gives_the_exact_bytes()
    {
        // An unbounded base64Binary of the XML-DSig schema: 20,000 bytes, beyond the 8 KiB first attempt.
        var fragment = XmlDsigFragment.FromSignatureValue(new SignatureValueType { Value = Enumerable.Range(0, 20_000).Select(i => (byte)i).ToArray() });
        byte[] encoded = XmlDsigCodec.EncodeFragment(fragment);

        var buffer = new byte[32_000];
        int length = XmlDsigCodec.EncodeFragment(fragment, buffer);
        Assert.True(encoded.Length > 20_000);
        Assert.Equal(buffer.AsSpan(0, length).ToArray(), encoded);
        Assert.Equal(20_000, XmlDsigCodec.DecodeFragment(encoded).SignatureValue!.Value.Length);
    }
}
