using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An integer member of a <c>foreach</c> element of the user's own type (<c>slot.Row</c> of
/// <c>foreach (var slot in slots)</c> over <c>RequestSlot(int RequestId, int Row)</c> records, a class's property, a
/// named tuple's field) used in an index steps with that walk: each iteration is another element, so another row, like
/// the loop variable of <c>for (r …) r * classes</c> or the index of <c>foreach (int m in moves)</c> (IndexWalks.cs).
/// The element need not hold numbers itself: a request slot of integers only is no record of values
/// (<see cref="WellKnownSymbols.IsRecord"/>), yet its members place rows (stop 39's version asked for a record of
/// values, so <c>RequestSlot(int, int)</c> was never read). Library types (<c>KeyValuePair</c>, a regex
/// <c>Match</c>) are not user elements; a dictionary's key walk is DictionaryKeys.cs.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The <c>foreach</c> whose element <paramref name="member"/> (an integer field or property of it) is read from; else null.</summary>
    private IForEachLoopOperation? ElementMemberWalk(IOperation member) =>
        member is IFieldReferenceOperation { Field.IsStatic: false } or IPropertyReferenceOperation { Property: { IsIndexer: false, IsStatic: false } }
        && IsIndexType(member.Type)
        && Unwrap(((IMemberReferenceOperation)member).Instance) is ILocalReferenceOperation { Local: var element }
        && ForEachOf(element) is { } forEach && forEach.Locals.Length == 1
        && forEach.LoopControlVariable is IVariableDeclaratorOperation { Symbol: var declared } && SymbolEqualityComparer.Default.Equals(declared, element)
        && IsUserElement(element.Type) && !WellKnownSymbols.IsBuffer(element.Type) && !WellKnownSymbols.IsRecordBuffer(element.Type)
        && !IsPositionInEnclosingRow(member, forEach)
            ? forEach
            : null;

    /// <summary>
    /// Whether the index <paramref name="member"/> sits in also names the variable of a loop around its
    /// <c>foreach</c> (<c>x[r * C + cls.Index]</c> with <c>for (r …)</c> outside <c>foreach (var cls in classes)</c>):
    /// then the member is a position inside that loop's row (a class column), not a row of its own (stop-40 review).
    /// </summary>
    private bool IsPositionInEnclosingRow(IOperation member, IForEachLoopOperation forEach)
    {
        var root = member;
        while (root.Parent is IBinaryOperation or IConversionOperation or IParenthesizedOperation)
        {
            root = root.Parent;
        }

        var outer = EnclosingLoops(forEach).ToList();
        return outer.Count > 0 && root.DescendantsAndSelf().OfType<ILocalReferenceOperation>()
            .Any(read => InductionLoop(read.Local, read) is { } loop && outer.Contains(loop));
    }

    /// <summary>A tuple, or a struct, class or record declared outside the <c>System</c> namespaces (not anonymous).</summary>
    private static bool IsUserElement(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class, IsAnonymousType: false, SpecialType: SpecialType.None } named
        && (named.IsTupleType
            || named.ContainingNamespace?.ToDisplayString() is not { } ns || !(ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)));
}
