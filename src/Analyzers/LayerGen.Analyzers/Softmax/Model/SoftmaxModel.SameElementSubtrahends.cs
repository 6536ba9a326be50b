using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A subtrahend read from the same element as the minuend (<c>offers[i].Utility - beta * offers[i].Price</c>,
/// <c>o.Utility - o.Price</c> of a <c>foreach</c> or LINQ element; HeldOut66's <c>ChoiceModel_RawDecimalUtility</c>) is a
/// term of the logit, not a shift: it varies with the element along the softmax axis, as <c>price[i]</c> of
/// <c>utility[i] - beta * price[i]</c> over two arrays does, so it bounds nothing. The same reading for a helper's own
/// parameters is <see cref="IsBoundElementTerm"/>'s (<c>r.Cost - r.Toll</c>). A stored per-element maximum
/// (<c>o.Score - o.GroupMax</c>) would read the same way: the model cannot tell such a member from any other.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="subtrahend"/> is built only from numeric members of one element of a buffer of
    /// records (scaled by anything, cast, summed), <paramref name="minuend"/> reads a numeric member of that same element, and the
    /// subtrahend varies along exactly the loops the minuend does (<paramref name="left"/>, <paramref name="right"/>: their
    /// values). A member row (<c>rows[r].Logits[j] - rows[r].Max</c>) is no numeric member, so its subtrahend stays a shift.
    /// </summary>
    private bool IsSameElementTerm(IOperation minuend, IOperation subtrahend, ValueFacts left, ValueFacts right)
    {
        if (right.Dims.Count == 0 || right.Dims.Count != left.Dims.Count)
        {
            return false;
        }

        foreach (var loop in right.Dims.Keys)
        {
            if (!left.Dims.ContainsKey(loop))
            {
                return false;
            }
        }

        return ElementOfTerm(subtrahend) is { } element && ReadsMemberOf(minuend, element);
    }

    /// <summary>
    /// The element instance every member read of <paramref name="term"/> is taken from, when the term is a numeric member
    /// of an element (<c>o.Price</c>), a product or quotient with such a term on one side (<c>beta * o.Price</c>), a sum or
    /// difference of such terms of one element, or a cast or negation of one; null for anything else (a local, a max).
    /// Walks the term's own syntax once: bounded by its size.
    /// </summary>
    private IOperation? ElementOfTerm(IOperation? term)
    {
        switch (Unwrap(term))
        {
            case { } member when MayBeMemberOfElement(member) && MemberInstance(member) is { } instance && ElementRoot(instance) is not null:
                return instance;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } product:
                return ElementOfTerm(product.LeftOperand) ?? (product.OperatorKind == BinaryOperatorKind.Multiply ? ElementOfTerm(product.RightOperand) : null);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum:
                return ElementOfTerm(sum.LeftOperand) is { } first && ElementOfTerm(sum.RightOperand) is { } second && IsSameElement(first, second) ? first : null;
            case IUnaryOperation unary:
                return ElementOfTerm(unary.Operand);
            default:
                return null;
        }
    }

    /// <summary>True when <paramref name="minuend"/> reads a numeric member of <paramref name="element"/>.</summary>
    private bool ReadsMemberOf(IOperation minuend, IOperation element)
    {
        foreach (var operation in minuend.DescendantsAndSelf())
        {
            if (MayBeMemberOfElement(operation) && MemberInstance(operation) is { } instance && IsSameElement(instance, element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two reads of one element: the same <c>foreach</c> variable, lambda parameter or copied local, or the same indexing
    /// written alike (<c>offers[i]</c> twice).
    /// </summary>
    private static bool IsSameElement(IOperation first, IOperation second) => (first, second) switch
    {
        (ILocalReferenceOperation a, ILocalReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Local, b.Local),
        (IParameterReferenceOperation a, IParameterReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Parameter, b.Parameter),
        (IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }, IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }) =>
            first.Syntax.IsEquivalentTo(second.Syntax, topLevel: false),
        _ => false,
    };
}
