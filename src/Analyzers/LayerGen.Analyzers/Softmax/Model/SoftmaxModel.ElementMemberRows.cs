using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An integer member of a <c>foreach</c> element that is a record (<c>slot.Row</c> of
/// <c>foreach (var slot in slots)</c> over <c>RequestSlot(int RequestId, int Row)</c> records, a named tuple's field) used
/// in an index steps with that walk: each iteration is another record, so another row or element, like the loop
/// variable of <c>for (r …) r * classes</c> or the index of <c>foreach (int m in moves)</c> (IndexWalks.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The <c>foreach</c> whose record element <paramref name="member"/> (an integer field or property) is read from; else null.</summary>
    private IForEachLoopOperation? ElementMemberWalk(IOperation member) =>
        member is IFieldReferenceOperation { Field.IsStatic: false } or IPropertyReferenceOperation { Property: { IsIndexer: false, IsStatic: false } }
        && IsIndexType(member.Type)
        && Unwrap(((IMemberReferenceOperation)member).Instance) is ILocalReferenceOperation { Local: var element }
        && ForEachOf(element) is { } forEach && forEach.Locals.Length == 1
        && forEach.LoopControlVariable is IVariableDeclaratorOperation { Symbol: var declared } && SymbolEqualityComparer.Default.Equals(declared, element)
        && WellKnownSymbols.IsRecord(element.Type) && !WellKnownSymbols.IsBuffer(element.Type) && !WellKnownSymbols.IsRecordBuffer(element.Type)
            ? forEach
            : null;
}
