using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace V2G.Services.Tests.Storage;

/// <summary>
/// A fact of the store contract suite: it runs in every concrete test class, and is skipped (with the reason) in a class
/// marked <see cref="NeedsPostgresAttribute"/> where PostgreSQL is absent. The decision is per class, so a discoverer makes it.
/// </summary>
[XunitTestCaseDiscoverer("V2G.Services.Tests.Storage.StoreFactDiscoverer", "V2G.Services.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute
{
}

/// <summary>Marks a contract test class whose store needs <see cref="PostgresServer"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute
{
}

/// <summary>Discovers <see cref="StoreFactAttribute"/> facts, skipped where the class needs an absent PostgreSQL.</summary>
public sealed class StoreFactDiscoverer : IXunitTestCaseDiscoverer
{
    private readonly IMessageSink _diagnostics;

    /// <summary>Creates the discoverer (xunit calls this).</summary>
    public StoreFactDiscoverer(IMessageSink diagnosticMessageSink) => _diagnostics = diagnosticMessageSink;

    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        bool needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgresAttribute)).Any();
        string? skip = needsPostgres ? PostgresBinaries.SkipReason : null;
        yield return new StoreTestCase(
            _diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}

/// <summary>A test case whose skip reason was decided at discovery.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    private string? _skip;

    /// <summary>For deserialization only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    /// <summary>Creates the test case.</summary>
    public StoreTestCase(
        IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod, string? skip)
        : base(diagnostics, display, displayOptions, testMethod)
    {
        _skip = skip;
    }

    /// <inheritdoc />
    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("StoreSkip", _skip);
    }

    /// <inheritdoc />
    public override void Deserialize(IXunitSerializationInfo data)
    {
        _skip = data.GetValue<string?>("StoreSkip");
        base.Deserialize(data);
    }

    /// <inheritdoc />
    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skip ?? base.GetSkipReason(factAttribute);
}
