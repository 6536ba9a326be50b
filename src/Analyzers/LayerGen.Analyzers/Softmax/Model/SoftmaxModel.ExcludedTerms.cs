using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sum of exps minus one of its own terms: <c>TensorPrimitives.Sum(e) - e[i]</c>, <c>z - e[i]</c>, the denominator of
/// a contrastive softmax that leaves the anchor itself out (SupCon, NT-Xent). It is that sum's normaliser: the same fold
/// over the same axis, one term fewer. The anchor's term may also be recomputed as a new exp, <c>z - Math.Exp(s[i] - m)</c>
/// for <c>z = Σ_j Math.Exp(s[j] - m)</c>: the same exp of the same exponent with the index the sum walks read at the
/// anchor (<see cref="IsRecomputedTerm"/>). Anything else subtracted (a constant, another buffer's exps, a data value, an
/// exp of another exponent or shift) is not.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The sum <paramref name="difference"/> removes one of its own exps from; null otherwise.</summary>
    private Reduction? SumWithoutOwnTerm(IBinaryOperation difference, IOperation use)
    {
        if (ReductionAt(difference.LeftOperand, use) is not { Kind: ReductionKind.Sum, Elements.Exps.Count: > 0 } sum)
        {
            return null;
        }

        var removed = Eval(difference.RightOperand);
        return removed.Exps.Count > 0 && removed.Exps.All(exp => sum.Elements.Exps.Contains(exp) || sum.Elements.Exps.Any(term => IsRecomputedTerm(exp, term, use)))
            ? sum
            : null;
    }

    /// <summary>
    /// True when <paramref name="removed"/> calls the same exp as the sum's <paramref name="term"/> on the same exponent,
    /// except that the loop variable the sum walks (stepped by a loop around the term but not around <paramref name="use"/>)
    /// is read as one other index throughout: <c>Math.Exp(s[i] - m)</c> recomputes the term <c>Math.Exp(s[j] - m)</c>.
    /// </summary>
    private bool IsRecomputedTerm(IOperation removed, IOperation term, IOperation use)
    {
        if (IsElementOfLibraryExp(removed, term))
        {
            return true;
        }

        if (removed is not IInvocationOperation recomputed || term is not IInvocationOperation summed
            || !SymbolEqualityComparer.Default.Equals(recomputed.TargetMethod.OriginalDefinition, summed.TargetMethod.OriginalDefinition)
            || ExpOperand(recomputed) is not { } exponent || ExpOperand(summed) is not { } termExponent)
        {
            return false;
        }

        var substitution = new IndexSubstitution(use);
        return SameUpToWalkedIndex(exponent, termExponent, substitution, depth: 0) && substitution.Walked is not null;
    }

    /// <summary>
    /// True when <paramref name="term"/> is a library exp over a span (<c>TensorPrimitives.Exp(scaled, e)</c>) and
    /// <paramref name="removed"/> a scalar exp of one element of that same span (<c>MathF.Exp(scaled[i])</c>): one of the
    /// library's terms recomputed.
    /// </summary>
    private bool IsElementOfLibraryExp(IOperation removed, IOperation term) =>
        term is IInvocationOperation { Arguments.Length: 2 } library && Symbols.IsTensorLibrary(library.TargetMethod, "Exp")
        && removed is IInvocationOperation { Arguments.Length: 1 } scalar && Symbols.IsExp(scalar.TargetMethod)
        && Unwrap(scalar.Arguments[0].Value) is IArrayElementReferenceOperation { Indices.Length: 1 } or IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 }
        && VariableOf(Unwrap(library.Arguments[0].Value)) is { } source
        && SymbolEqualityComparer.Default.Equals(RootOf(Unwrap(scalar.Arguments[0].Value)!), source);

    /// <summary>The sum's walked loop variable and the text it is read as in the recomputed exp, found on the way.</summary>
    private sealed class IndexSubstitution
    {
        public IndexSubstitution(IOperation use) => Use = use;

        public IOperation Use { get; }

        public ISymbol? Walked { get; set; }

        public string? Replacement { get; set; }
    }

    /// <summary>
    /// Compares two exponents node by node through one-definition copies: the same operators, members, calls, constants
    /// and variables, except the sum's walked loop variable, which must be read as the same other index everywhere.
    /// </summary>
    private bool SameUpToWalkedIndex(IOperation? removed, IOperation? term, IndexSubstitution substitution, int depth)
    {
        (removed, term) = (ThroughCopies(removed), ThroughCopies(term));
        if (removed is null || term is null || depth > MaxTermDepth)
        {
            return false;
        }

        if (term is ILocalReferenceOperation { Local: var walked } && InductionLoop(walked, term) is { } loop && !Contains(loop, substitution.Use))
        {
            var text = Compact(removed.Syntax.ToString());
            substitution.Walked ??= walked;
            substitution.Replacement ??= text;
            return SymbolEqualityComparer.Default.Equals(substitution.Walked, walked) && substitution.Replacement == text;
        }

        if (removed.Kind != term.Kind || !SameNode(removed, term))
        {
            return false;
        }

        var (removedChildren, termChildren) = (removed.ChildOperations.ToList(), term.ChildOperations.ToList());
        if (removedChildren.Count != termChildren.Count)
        {
            return false;
        }

        for (var index = 0; index < removedChildren.Count; index++)
        {
            if (!SameUpToWalkedIndex(removedChildren[index], termChildren[index], substitution, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same node apart from its children: operator, member, method, variable or constant.</summary>
    private static bool SameNode(IOperation first, IOperation second) => (first, second) switch
    {
        (IBinaryOperation a, IBinaryOperation b) => a.OperatorKind == b.OperatorKind,
        (IUnaryOperation a, IUnaryOperation b) => a.OperatorKind == b.OperatorKind,
        (IInvocationOperation a, IInvocationOperation b) => SymbolEqualityComparer.Default.Equals(a.TargetMethod, b.TargetMethod),
        (IFieldReferenceOperation a, IFieldReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Field, b.Field),
        (IPropertyReferenceOperation a, IPropertyReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Property, b.Property),
        (ILocalReferenceOperation or IParameterReferenceOperation, _) => SymbolEqualityComparer.Default.Equals(VariableOf(first), VariableOf(second)),
        (ILiteralOperation, _) => Equals(first.ConstantValue.Value, second.ConstantValue.Value),
        (IArrayElementReferenceOperation or IArgumentOperation or IInstanceReferenceOperation, _) => true,
        _ => first.ChildOperations.Count == 0 && Compact(first.Syntax.ToString()) == Compact(second.Syntax.ToString()),
    };
}
