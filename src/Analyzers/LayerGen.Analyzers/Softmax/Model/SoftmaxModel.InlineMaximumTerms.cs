using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A maximum written inline as nested two-argument Max calls, <c>top = Math.Max(0.0, Math.Max(prepay, @default))</c>,
/// bounds each of its leaves. An exp of one leaf minus that maximum, <c>exp(-top)</c> (the leaf 0) or
/// <c>exp(logMissed - shift)</c> with <c>shift = Math.Max(logMissed, -0.5 * nearest)</c>, has an exponent ≤ 0
/// whatever the data: the shifted term of a fixed logit (a competing-risks logit's reference outcome with utility 0,
/// a data-association filter's missed-detection log-weight), not an unshifted exp. A temperature factor keeps the sign
/// (<see cref="UnscaledExponent"/>). The running-maximum form of the same term, seeded with the constant, is
/// SeededMaxima.cs.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Nested Max calls followed this deep; a deeper tree is not read as one maximum.</summary>
    private const int MaxTreeDepth = 8;

    /// <summary>
    /// True when <paramref name="exp"/> is <c>exp(c - m)</c> or <c>exp(-m)</c> (possibly scaled by a temperature) and every
    /// write of m is an inline Max tree with c among its leaves; c is a constant, or a variable never reassigned.
    /// </summary>
    private bool IsTermOfItsInlineMaximum(IOperation exp)
    {
        if (SeedTerm(exp) is not ({ } max, { } seed, _) || seed is ISymbol variable && !IsNeverReassigned(variable))
        {
            return false;
        }

        var writes = WritesOf(max);
        return writes.Count > 0 && writes.All(write => MaxTreeLeaves(write.Value) is { } leaves && leaves.Any(leaf => IsSameSeed(leaf, seed)));
    }

    /// <summary>The leaves of a Max tree (<c>Math.Max(a, Math.Max(b, c))</c> → a, b, c); null when the value is no Max call.</summary>
    private List<IOperation>? MaxTreeLeaves(IOperation? value)
    {
        if (Unwrap(value) is not IInvocationOperation call || !Symbols.IsScalarMax(call.TargetMethod))
        {
            return null;
        }

        var leaves = new List<IOperation>();
        return CollectMaxLeaves(call, leaves, depth: 0) ? leaves : null;
    }

    private bool CollectMaxLeaves(IOperation? operation, List<IOperation> leaves, int depth)
    {
        operation = Unwrap(operation);
        if (operation is null || depth > MaxTreeDepth)
        {
            return false;
        }

        if (operation is IInvocationOperation { Arguments.Length: 2 } call && Symbols.IsScalarMax(call.TargetMethod))
        {
            return CollectMaxLeaves(call.Arguments[0].Value, leaves, depth + 1) && CollectMaxLeaves(call.Arguments[1].Value, leaves, depth + 1);
        }

        leaves.Add(operation);
        return true;
    }

    /// <summary>True when <paramref name="leaf"/> is the seed: the same constant, or a read of the same variable.</summary>
    private bool IsSameSeed(IOperation leaf, object seed) =>
        SeedOf(ThroughCopies(leaf)!) is { } value
        && (value is ISymbol symbol ? seed is ISymbol other && SymbolEqualityComparer.Default.Equals(symbol, other) : value.Equals(seed));

    /// <summary>A parameter never written in the method, or a local written only where it is declared.</summary>
    private bool IsNeverReassigned(ISymbol variable) =>
        variable switch
        {
            IParameterSymbol => WritesOf(variable).Count == 0,
            ILocalSymbol => WritesOf(variable) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation,
            _ => false,
        };
}
