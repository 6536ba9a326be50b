using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// One-index element reads, whatever they are spelled with: <c>a[i]</c>, <c>list[i]</c>, and <c>p[i]</c> or
/// <c>*(p + i)</c> through a pointer pinned to an array (<c>fixed (T* p = a)</c>, <c>fixed (T* p = &amp;a[0])</c>), which
/// reads the array's own element at the same index. The questions asked of a read's buffer and index (is it a lookup
/// table, a segment key, a gather's list?) ask it of the array, so a table read through a pinned pointer is the table.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The buffer, index and element type of a one-index element read: an array (<paramref name="indexers"/>: or an
    /// indexer) at one index, or a pinned array read through its pointer (the buffer is then the pinned array's
    /// reference, <see cref="PinnedArray"/>); null for anything else.
    /// </summary>
    private (IOperation Buffer, IOperation Index, ITypeSymbol? ElementType)? OneIndexRead(IOperation? operation, bool indexers = true)
    {
        switch (Unwrap(operation))
        {
            case IArrayElementReferenceOperation { Indices.Length: 1 } element:
                return (element.ArrayReference, element.Indices[0], element.Type);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } indexer when indexers:
                return (instance, indexer.Arguments[0].Value, indexer.Type);
            case { Kind: OperationKind.None } read when PointerElement(read) is ({ Type: IPointerTypeSymbol pointerType } pointer, { } index)
                && PinnedArray(pointer) is { } array:
                return (array, index, pointerType.PointedAtType);
            default:
                return null;
        }
    }

    /// <summary>
    /// The array a <c>fixed</c> pointer local pins at its first element: <c>a</c> of <c>fixed (T* p = a)</c> or of
    /// <c>fixed (T* p = &amp;a[0])</c>; null for any other pointer (an offset into the array, arithmetic on the pointer).
    /// </summary>
    private IOperation? PinnedArray(IOperation pointer)
    {
        if (Unwrap(pointer) is not ILocalReferenceOperation { Local: { IsFixed: true } local } || WritesOf(local) is not { Count: 1 } writes
            || Unwrap(writes[0].Value) is not { } pinned)
        {
            return null;
        }

        // The initialiser of a fixed statement wraps what it pins (see PointerView): the array, or &a[0].
        if (pinned is { Kind: OperationKind.None } && PointerElement(pinned) is null && pinned.ChildOperations.Count == 1
            && pinned.ChildOperations.First() is var wrapped && wrapped.Syntax == pinned.Syntax)
        {
            pinned = Unwrap(wrapped)!;
        }

        return pinned switch
        {
            { Type: IArrayTypeSymbol { Rank: 1 } } => pinned,
            IAddressOfOperation { Reference: var reference } when Unwrap(reference) is IArrayElementReferenceOperation { Indices: [var first], ArrayReference.Type: IArrayTypeSymbol { Rank: 1 } } element
                && first.ConstantValue is { HasValue: true, Value: 0 } => element.ArrayReference,
            _ => null,
        };
    }
}
