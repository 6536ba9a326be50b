using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Segment keys deconstructed from a record element: <c>dst</c> of <c>var (src, dst, rel) = edges[e]</c> or of
/// <c>foreach (var (src, dst, rel) in edges)</c> is the member <c>Dst</c> of that element, the same key
/// <c>edges[e].Dst</c> and <c>edge.Dst</c> name (<see cref="SegmentKeyOf"/>). Without this the deconstructed local was
/// read as the whole element, a key of another name, so a per-target fold keyed by it looked like a fold over every
/// target.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The segment key a local deconstructed from an element of a buffer of records stands for; null for any other local.</summary>
    private (IOperation Loop, ISymbol Root, string Name)? DeconstructedSegmentKeyOf(ILocalSymbol local, int depth)
    {
        if (ForEachOf(local) is { } forEach)
        {
            return DeconstructedPosition(local, forEach.LoopControlVariable) is var (position, count)
                && ElementType(WalkedCollectionType(forEach)) is { } type && KeyMember(type, position, count) is { } member
                && VariableOf(Unwrap(forEach.Collection)) is { } collection
                    ? (forEach, collection, collection.Name + "." + MemberIdentity(member).Name)
                    : null;
        }

        return WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IDeconstructionAssignmentOperation deconstruction
            && DeconstructedPosition(local, deconstruction.Target) is var (at, size)
            && Unwrap(deconstruction.Value) is { } value && value is not ITupleOperation && IsElementAccess(value)
            && KeyMember(value.Type, at, size) is { } picked
            && SegmentKeyOf(value, depth + 1) is { } element
                ? (element.Loop, element.Root, element.Name + "." + MemberIdentity(picked).Name)
                : null;
    }

    /// <summary>
    /// The member at <paramref name="position"/> of a deconstruction into <paramref name="count"/> variables: a tuple's
    /// element even when all its elements are integers (a tuple of keys is no record of data, see
    /// <see cref="WellKnownSymbols.IsRecord"/>), else the record member <see cref="DeconstructedMember"/> finds.
    /// </summary>
    private static ISymbol? KeyMember(ITypeSymbol? type, int position, int count) =>
        type is INamedTypeSymbol { IsTupleType: true } tuple
            ? (tuple.TupleElements.Length == count ? tuple.TupleElements[position] : null)
            : DeconstructedMember(type, position, count);
}
