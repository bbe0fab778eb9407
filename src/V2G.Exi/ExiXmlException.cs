using System;

namespace V2G.Exi;

/// <summary>The XML form of a message is not well-formed or breaks the schema; carries the element path.</summary>
public sealed class ExiXmlException : ExiEncodeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong.</param>
    public ExiXmlException(string reason)
        : base(reason, -1)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ExiXmlException(string reason, Exception? innerException)
        : base(reason, -1, innerException)
    {
    }
}
