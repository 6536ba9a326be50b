using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A LINQ fold over keys or labels subtracted as a shift (<c>m = labels.Max(l =&gt; prior[l])</c>,
/// <c>scores.Keys.Max(k =&gt; scores[k])</c>, <c>labels.Select(l =&gt; w[l]).Max()</c>): the collection only picks which
/// values are folded (<see cref="ProjectedFold"/>), so the shift is judged by what its selector returns, like a loop
/// fold (ForeignShifts.cs). A maximum of the exponent's own logits is a shift; a maximum of other data
/// (<c>exp(score[l] - labels.Max(l =&gt; prior[l]))</c> overflows once a score lies ~709 above the prior's maximum) and a
/// sum bound nothing. A selector the model cannot read keeps the fold a possible shift (an unknown value may be the
/// maximum). Not judged yet: a projected minimum subtracted (<c>exp(score[l] - labels.Min(…))</c>, found in its loop spelling).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="shift"/> (or the local it reads, written once) is a projected LINQ fold that is no
    /// maximum of the logits it is subtracted from: a maximum of other data, a sum, or a maximum of magnitudes
    /// (<see cref="IsMagnitudeMaximum"/>).
    /// </summary>
    private bool IsProjectedNonMaximum(IOperation shift)
    {
        if (IsMagnitudeMaximum(shift))
        {
            return true;
        }

        if (ProjectedFoldCall(shift) is not { } call || WholeReductionKind(call) is not { } kind || ProjectedFold(call) is not { } folded)
        {
            return false;
        }

        if (kind == ReductionKind.Sum)
        {
            // exp(x - keys.Sum(k => x[k])): a sum is no extreme of the values (as for a loop's sum, IsKnownNonMaximumValue).
            return !folded.IsOpaque && folded.RawRoots.Count > 0;
        }

        if (SubtractedFrom(shift) is not { } minuend)
        {
            return false;
        }

        var values = Eval(minuend);
        if (values.IsOpaque || folded.IsOpaque || values.RawRoots.Count == 0 || folded.RawRoots.Count == 0)
        {
            return false;
        }

        // Only data the model can tell apart: two different parameters, fields or properties (a local may hold a copy of either).
        return kind == ReductionKind.Max && !values.RawRoots.Overlaps(folded.RawRoots)
            && values.RawRoots.Concat(folded.RawRoots).All(root => root is IParameterSymbol or IFieldSymbol or IPropertySymbol);
    }

    /// <summary>
    /// <c>x.Max(Math.Abs)</c>, <c>x.Max(v =&gt; MathF.Abs(v))</c> subtracted from logits that are no magnitudes: max |x| ≥ max x
    /// stops the overflow but is no maximum of the logits: with <c>x = [0, -1000]</c> (double) every exponent lies at or
    /// below −1000, every exp underflows to 0 and the row is 0/0 = NaN. Judged like a maximum of other data (LG0003).
    /// </summary>
    private bool IsMagnitudeMaximum(IOperation shift)
    {
        if (ProjectedFoldCall(shift) is not { } call || WholeReductionKind(call) is not ReductionKind.Max || call.Arguments.Length != 2
            || SubtractedFrom(shift) is not { } minuend || IsMagnitude(minuend))
        {
            return false;
        }

        var selector = Unwrap(call.Arguments[1].Value);
        if ((selector is IDelegateCreationOperation { Target: var target } ? target : selector) is IMethodReferenceOperation reference)
        {
            return IsAbs(reference.Method);
        }

        return LambdaArgument(call) is { Symbol.Parameters: [var parameter] } lambda
            && lambda.Body.Operations is [IReturnOperation { ReturnedValue: { } returned }]
            && Unwrap(returned) is IInvocationOperation { Arguments: [var argument] } abs && IsAbs(abs.TargetMethod)
            && Unwrap(argument.Value) is IParameterReferenceOperation { Parameter: var read } && SymbolEqualityComparer.Default.Equals(read, parameter);

        static bool IsAbs(IMethodSymbol method) => method.Name == "Abs" && WellKnownSymbols.IsScalarMathFunction(method);

        bool IsMagnitude(IOperation value) => Unwrap(value) is IInvocationOperation { TargetMethod: var method } && IsAbs(method);
    }

    /// <summary>
    /// The LINQ fold call <paramref name="shift"/> is, or the one the local it reads holds (one declaration, no other
    /// write); null otherwise.
    /// </summary>
    private IInvocationOperation? ProjectedFoldCall(IOperation shift) => Unwrap(shift) switch
    {
        IInvocationOperation call => call,
        ILocalReferenceOperation { Local: var local } when WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation
            && Unwrap(writes[0].Value) is IInvocationOperation held => held,
        _ => null,
    };
}
