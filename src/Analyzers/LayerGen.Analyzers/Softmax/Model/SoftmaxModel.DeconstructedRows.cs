using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Rows held in the members of records and tuples that are elements of a buffer: <c>last</c> of
/// <c>var (previous, last) = runs[r]</c> or of <c>foreach (var (previous, last) in runs)</c> is the member <c>Last</c> of
/// that element, the same row <c>runs[r].Last</c> and <c>run.Item2</c> read (<see cref="RecordRowView"/>): one row of a
/// jagged buffer whose first level is the elements (picked by the loops that pick the element) and whose second level
/// is the member's elements. A tuple element is one member however it is named (<c>Last</c> or <c>Item2</c>); a
/// record's <c>Deconstruct</c> parameter is the member of the same name (a positional record's property).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The row a local deconstructed from an element of a buffer of records stands for; null for any other local.</summary>
    private BufferView? DeconstructedRowView(ILocalSymbol local)
    {
        if (!WellKnownSymbols.IsNumericRow(local.Type))
        {
            return null;
        }

        if (ForEachOf(local) is { } forEach)
        {
            return DeconstructedPosition(local, forEach.LoopControlVariable) is var (position, count)
                && EvalView(forEach.Collection) is { Root: not null } records && ElementType(forEach.Collection.Type) is { } type
                && DeconstructedMember(type, position, count) is { } member
                && IteratedElement(records, forEach) is { Dims.Count: > 0 } element
                    ? MemberRow(member, element.Dims)
                    : DeconstructedEntryMemberView(local, forEach);
        }

        return WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IDeconstructionAssignmentOperation deconstruction
            && DeconstructedPosition(local, deconstruction.Target) is var (at, size)
            && Unwrap(deconstruction.Value) is { } value && value is not ITupleOperation && ElementRoot(value) is not null
            && DeconstructedMember(value.Type, at, size) is { } picked && Eval(value).Dims is { Count: > 0 } dims
                ? MemberRow(picked, dims)
                : null;
    }

    /// <summary>The row of <paramref name="member"/> in the element picked by <paramref name="picked"/>.</summary>
    private static BufferView MemberRow(ISymbol member, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> picked) =>
        new(member, BufferLayout.Jagged, 2, 1, null, picked, flattened: false);

    /// <summary>
    /// The member a row is read from: one symbol for a tuple element's name and its <c>ItemN</c> field (the element as
    /// the tuple type declares it, so a message names <c>Last</c>, not <c>Item2</c>). Read through a copy typed with
    /// other element names (<c>(double[] P, double[] L) run = runs[r]</c>), the element is the one at the same position
    /// of <paramref name="sourceType"/>, the tuple type the buffer holds: <c>run.L</c> is <c>runs[r].Last</c>.
    /// </summary>
    private static ISymbol MemberIdentity(ISymbol member, ITypeSymbol? sourceType = null)
    {
        if (member is not IFieldSymbol { CorrespondingTupleField: { } position, ContainingType.IsTupleType: true } field)
        {
            return member;
        }

        var elements = field.ContainingType.TupleElements;
        var index = -1;
        for (var at = 0; at < elements.Length && index < 0; at++)
        {
            index = SymbolEqualityComparer.Default.Equals(elements[at].CorrespondingTupleField, position) ? at : -1;
        }

        if (index >= 0 && sourceType is INamedTypeSymbol { IsTupleType: true } source && source.TupleElements.Length == elements.Length
            && SymbolEqualityComparer.Default.Equals(source.TupleElements[index].Type, elements[index].Type))
        {
            return source.TupleElements[index];
        }

        return index >= 0 ? elements[index] : position;
    }

    /// <summary>
    /// The member the element at <paramref name="position"/> of a deconstruction into <paramref name="count"/> variables
    /// reads: the tuple's element there, or the member named like that parameter of the record's <c>Deconstruct</c>.
    /// </summary>
    private static ISymbol? DeconstructedMember(ITypeSymbol? type, int position, int count)
    {
        if (type is not INamedTypeSymbol named || !WellKnownSymbols.IsRecord(named))
        {
            return null;
        }

        if (named.IsTupleType)
        {
            return named.TupleElements.Length == count ? named.TupleElements[position] : null;
        }

        var deconstruct = named.GetMembers("Deconstruct").OfType<IMethodSymbol>()
            .FirstOrDefault(method => !method.IsStatic && method.Parameters.Length == count && method.Parameters.All(parameter => parameter.RefKind == RefKind.Out));
        if (deconstruct is null)
        {
            return null;
        }

        var parameter = deconstruct.Parameters[position];
        return named.GetMembers().FirstOrDefault(member => !member.IsStatic
            && string.Equals(member.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase)
            && member switch
            {
                IFieldSymbol field => SymbolEqualityComparer.Default.Equals(field.Type, parameter.Type),
                IPropertySymbol { IsIndexer: false } property => SymbolEqualityComparer.Default.Equals(property.Type, parameter.Type),
                _ => false,
            });
    }

    /// <summary>The element type of an array or of a one-argument generic collection.</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol? collection) => collection switch
    {
        IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
        INamedTypeSymbol { TypeArguments.Length: 1 } named => named.TypeArguments[0],
        _ => null,
    };
}
