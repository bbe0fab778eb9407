using System;
using Xunit;

namespace V2G.Exi.Tests;

public class ExiExceptionTests
{
    [Fact]
    public void ExceptionFilters_PrependPathWhileThePropagationContinues()
    {
        var ex = Assert.Throws<ExiDecodeException>(() => A(new byte[] { 0x05, 0x41 }));
        Assert.Equal("/a/b/c", ex.ElementPath);
        Assert.Equal(
            "String length 3 exceeds the remaining input (8 bits left, each character needs at least 8) at bit 0 in /a/b/c",
            ex.Message);
    }

    [Fact]
    public void ExceptionFilters_DoNotRunWithoutAnError()
    {
        Assert.Equal("A", A(new byte[] { 0x03, 0x41 }));
    }

    private static string A(byte[] input)
    {
        try
        {
            return B(input);
        }
        catch (ExiException e) when (e.PrependPathSegment("a"))
        {
            throw new InvalidOperationException("unreachable");
        }
    }

    private static string B(byte[] input)
    {
        try
        {
            return C(input);
        }
        catch (ExiException e) when (e.PrependPathSegment("b"))
        {
            throw new InvalidOperationException("unreachable");
        }
    }

    private static string C(byte[] input)
    {
        try
        {
            return new ExiReader(input).ReadString(0);
        }
        catch (ExiException e) when (e.PrependPathSegment("c"))
        {
            throw new InvalidOperationException("unreachable");
        }
    }

    [Fact]
    public void PrependPathSegment_ReturnsFalseAndBuildsThePath()
    {
        var ex = new ExiDecodeException("Something is wrong", 1234);
        Assert.Equal(string.Empty, ex.ElementPath);
        Assert.Equal("Something is wrong at bit 1234", ex.Message);

        Assert.False(ex.PrependPathSegment("ProtocolNamespace"));
        Assert.False(ex.PrependPathSegment("AppProtocol", 2));
        Assert.False(ex.PrependPathSegment("supportedAppProtocolReq"));
        Assert.Equal("/supportedAppProtocolReq/AppProtocol[2]/ProtocolNamespace", ex.ElementPath);
        Assert.Equal(
            "Something is wrong at bit 1234 in /supportedAppProtocolReq/AppProtocol[2]/ProtocolNamespace",
            ex.Message);
    }

    [Fact]
    public void Message_OmitsUnknownOffsetAndPath()
    {
        var ex = new ExiEncodeException("Value too large", -5);
        Assert.Equal(-1, ex.BitOffset);
        Assert.Equal("Value too large", ex.Message);
        ex.PrependPathSegment("X");
        Assert.Equal("Value too large in /X", ex.Message);
    }

    [Fact]
    public void InnerException_IsKept()
    {
        var inner = new FormatException("inner");
        var ex = new ExiException("outer", 3, inner);
        Assert.Same(inner, ex.InnerException);
        Assert.Equal("outer", ex.Reason);
        Assert.Equal(3, ex.BitOffset);
    }

    [Fact]
    public void ExiError_CapturesTheException()
    {
        var ex = new ExiEndOfStreamException(40, 8, 3);
        ex.PrependPathSegment("Header");
        ex.PrependPathSegment("V2G_Message");
        ExiError error = ExiError.From(ex);
        Assert.Equal(ExiErrorKind.EndOfStream, error.Kind);
        Assert.Equal(ex.Reason, error.Reason);
        Assert.Equal(40, error.BitOffset);
        Assert.Equal("/V2G_Message/Header", error.ElementPath);
        Assert.Equal(ex.Message, error.Message);
        Assert.Equal(ex.Message, error.ToString());
        Assert.Equal(
            "Unexpected end of input (truncated stream): 8 bits needed, 3 available at bit 40 in /V2G_Message/Header",
            error.Message);
    }

    [Fact]
    public void ExiError_KindFollowsTheExceptionType()
    {
        Assert.Equal(ExiErrorKind.General, ExiError.From(new ExiException("x", 0)).Kind);
        Assert.Equal(ExiErrorKind.Encode, ExiError.From(new ExiEncodeException("x", 0)).Kind);
        Assert.Equal(ExiErrorKind.BufferTooSmall, ExiError.From(new ExiBufferTooSmallException(0, 1, 0)).Kind);
        Assert.Equal(ExiErrorKind.Decode, ExiError.From(new ExiDecodeException("x", 0)).Kind);
        Assert.Equal(ExiErrorKind.EndOfStream, ExiError.From(new ExiEndOfStreamException(0, 1, 0)).Kind);
        Assert.Equal(ExiErrorKind.StringTableHit, ExiError.From(new ExiStringTableHitException(true, 0)).Kind);
        Assert.Throws<ArgumentNullException>(() => ExiError.From(null!));
    }
}
