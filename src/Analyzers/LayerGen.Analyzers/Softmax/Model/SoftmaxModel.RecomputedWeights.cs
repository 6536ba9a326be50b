using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A two-pass attention output whose numerator recomputes the exps its denominator summed
/// (<c>L += MathF.Exp(s[q, j] - m[q])</c>, then <c>acc += MathF.Exp(s[q, j] - m[q]) * v[j, c]; o[q, c] = acc / L</c>):
/// the numerator's exps are the sum's terms, written the same way, so the weighted average is judged as one
/// (<see cref="WeightedAverageAtoms"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The exps of <paramref name="numerator"/> that call the same exp as a term of <paramref name="sum"/> on an exponent
    /// written the same way (<see cref="IsSameExponent"/>); empty when there is none.
    /// </summary>
    private ImmutableHashSet<IOperation> RecomputedSumExps(ValueFacts numerator, Reduction sum) =>
        numerator.Exps.Where(exp => sum.Elements.Exps.Any(term => IsSameExpCall(exp, term))).ToImmutableHashSet(StableKeys.Operations);

    /// <summary>Two calls of one exp method whose exponents are written the same way.</summary>
    private bool IsSameExpCall(IOperation first, IOperation second) =>
        first != second && first is IInvocationOperation a && second is IInvocationOperation b
        && SymbolEqualityComparer.Default.Equals(a.TargetMethod.OriginalDefinition, b.TargetMethod.OriginalDefinition)
        && ExpOperand(a) is { } left && ExpOperand(b) is { } right && IsSameExponent(left, right);
}
