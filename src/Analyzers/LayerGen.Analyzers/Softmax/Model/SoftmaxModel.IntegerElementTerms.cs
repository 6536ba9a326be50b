using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Integer elements are counts, not logits. An element of an integer buffer (<c>protons[i]</c> of an <c>int[]</c>: a
/// proton count, a label, a multiplicity) is a known number that holds no logit, so reading it leaves a value readable
/// (not opaque). A term that multiplies or divides such an element read along a loop the exponent walks
/// (<c>g0[i] - protons[i] * rt * ln10 * ph</c>) changes with every exponentiated element, which a maximum of float
/// logits, one number per slice, does not: it is no possible shift. A float element read through an integer index
/// (<c>x[best]</c>, an argmax) is a read of the float buffer and stays a possible maximum, and so does an integer element
/// that no loop of the exponent moves (<c>levels[0]</c>). A bare integer element subtracted as a whole, read as a number
/// (QuantisedLogits.cs), is judged as a float element there: the per-row maximum <c>rowMax[b]</c> of an <c>int[]</c> and the
/// argmax element <c>q[b, best]</c> of an <c>sbyte[,]</c> stay possible maxima, one moving along the softmax axis
/// (<c>protons[i]</c>) is none.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True for an element read (<c>a[i]</c>, <c>a[i, j]</c>, <c>span[i]</c>, or <c>p[i]</c> and <c>*(p + i)</c> through a
    /// pointer) whose value is an integer.
    /// </summary>
    private static bool IsIntegerElementRead(IOperation operation) =>
        (operation switch
        {
            IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } => operation.Type,
            _ when PointerElement(operation) is ({ Type: IPointerTypeSymbol pointer }, _) => pointer.PointedAtType,
            _ => null,
        })?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16
            or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;

    /// <summary>
    /// True when <paramref name="shift"/> (or the local it is assigned once from) is a product or quotient with a factor
    /// that is an integer element read indexed by a loop <paramref name="exp"/>'s argument varies along, or is itself an
    /// integer element read as a number that moves along the softmax axis and is folded by no reduction here.
    /// </summary>
    private bool IsIntegerElementTerm(IOperation shift, IOperation exp)
    {
        var term = Unwrap(shift);
        if (term is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation)
        {
            term = Unwrap(writes[0].Value);
        }

        if (term is not null && IsIntegerElementRead(term) && IsReadAsNumber(term))
        {
            // A bare integer element read as a number is read as the float element of the same place is (MaskTerms.cs):
            // the row's maximum rowMax[b] or argmax element q[b, best] is one number per slice and stays a possible
            // maximum; only one that moves along the softmax axis (g0[i] - protons[i]) is part of the value, no shift. One
            // folded in this method (top[k], per-class peaks) is a reduction: LG0004 judges its axis.
            return ReductionAt(shift, exp) is null && !IsSubtractedFromItsOwnBuffer(shift, term) && MovesAlongSoftmaxAxis(Eval(term), ExpArgument(exp), exp);
        }

        var loops = ExpArgument(exp).Dims.Keys;
        return term is not null && loops.Any() && HasMovingIntegerFactor(term, loops.ToList());
    }

    /// <summary>How many operations of a subtraction's minuend are searched for an element of the subtrahend's buffer.</summary>
    private const int MaxMinuendNodes = 64;

    /// <summary>
    /// True when <paramref name="shift"/> is subtracted (<c>q[b, k] - q[b, best]</c>, <c>(row[k] - m) * scale</c> with
    /// <c>m = row[best]</c>) from a value that reads an element of the same buffer as <paramref name="element"/>: the
    /// logits' own buffer, as a float argmax element is (MaskTerms.cs judges only other data's elements), never a count
    /// beside them. Reads the minuend's first <see cref="MaxMinuendNodes"/> operations.
    /// </summary>
    private bool IsSubtractedFromItsOwnBuffer(IOperation shift, IOperation element)
    {
        var current = UnwrapUp(shift);

        if (current.Parent is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference || difference.RightOperand != current
            || RootOf(element) is not { } buffer)
        {
            return false;
        }

        return difference.LeftOperand.DescendantsAndSelf().Take(MaxMinuendNodes)
            .Any(read => IsElementAccess(read) && SymbolEqualityComparer.Default.Equals(RootOf(read), buffer));
    }

    private bool HasMovingIntegerFactor(IOperation factor, System.Collections.Generic.IReadOnlyCollection<IOperation> loops)
    {
        factor = Unwrap(factor)!;
        return factor switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } product =>
                HasMovingIntegerFactor(product.LeftOperand, loops) || HasMovingIntegerFactor(product.RightOperand, loops),
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary => HasMovingIntegerFactor(unary.Operand, loops),
            _ when IsIntegerElementRead(factor) => IndicesOf(factor).Any(index => Linear(index).Terms.Keys.Any(loops.Contains)),
            _ => false,
        };
    }

    private static System.Collections.Generic.IEnumerable<IOperation> IndicesOf(IOperation element) => element switch
    {
        IArrayElementReferenceOperation array => array.Indices,
        IPropertyReferenceOperation indexer => IndexerIndexValues(indexer),
        _ when PointerElement(element) is (_, { } index) => new[] { index },
        _ when AccessorParts(element) is var (_, arguments) => arguments,
        _ => Enumerable.Empty<IOperation>(),
    };
}
