using System;
using System.Diagnostics.CodeAnalysis;

namespace V2G.Security.Provisioning;

/// <summary>The outcome of one provisioning step: a value, or the typed reason it was refused.</summary>
/// <typeparam name="T">What the step produces.</typeparam>
public sealed class ProvisioningResult<T>
{
    private ProvisioningResult(T? value, ProvisioningFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    /// <summary>True when the step succeeded; then <see cref="Value"/> is set and <see cref="Failure"/> is null.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Failure is null;

    /// <summary>The step's product, or null on failure.</summary>
    public T? Value { get; }

    /// <summary>Why the step refused, or null on success.</summary>
    public ProvisioningFailure? Failure { get; }

    /// <summary>A successful result.</summary>
    /// <param name="value">The step's product.</param>
    public static ProvisioningResult<T> Success(T value) => value is null ? throw new ArgumentNullException(nameof(value)) : new(value, null);

    /// <summary>A refused result.</summary>
    /// <param name="failure">Why.</param>
    public static ProvisioningResult<T> Fail(ProvisioningFailure failure) => new(default,
        failure ?? throw new ArgumentNullException(nameof(failure)));

    /// <summary>A refused result.</summary>
    /// <param name="kind">The step that failed.</param>
    /// <param name="message">What failed and why.</param>
    public static ProvisioningResult<T> Fail(ProvisioningFailureKind kind, string message) => Fail(new ProvisioningFailure(kind, message));

    /// <summary>The same failure as another step's result, for passing a failure on.</summary>
    /// <typeparam name="TOther">The other step's product type.</typeparam>
    /// <param name="other">A failed result.</param>
    internal static ProvisioningResult<T> From<TOther>(ProvisioningResult<TOther> other) => Fail(other.Failure!);

    /// <inheritdoc/>
    public override string ToString() => IsSuccess ? "success: " + Value : Failure.ToString();
}
