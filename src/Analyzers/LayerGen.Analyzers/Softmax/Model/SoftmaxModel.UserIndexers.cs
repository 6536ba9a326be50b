using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A user type's indexer whose getter returns one element of the type's own array storage at an index computed from
/// its parameters (<c>public float this[int k, int j] =&gt; Data[(j * Classes) + k];</c>) is read, where the receiver's
/// storage is what the method also reads, as that element with the caller's arguments in place of the parameters:
/// <c>this[k, j]</c> is <c>Data[(j * Classes) + k]</c>, so a fold of <c>Data</c> and exps read through the indexer are of
/// one buffer. The receiver is <c>this</c>, or a variable whose storage the method names (<c>t.Data.Max()</c> with
/// <c>t[k, j]</c>); any other receiver keeps its indexer's own dimensions (a variable per instance, not conflated with
/// the storage member all instances share).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>A getter larger than this is not read (such a getter is one element access).</summary>
    private const int MaxIndexerGetterNodes = 60;

    /// <summary>Per indexer, the storage element its getter returns; null when it returns anything else.</summary>
    private readonly Dictionary<IPropertySymbol, IArrayElementReferenceOperation?> _indexerElements = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The storage (in the getter's terms) and the indices, in the caller's terms, that <paramref name="indexer"/> reads;
    /// null when its getter is no such element or the receiver's storage is not read by the method.
    /// </summary>
    private (IOperation Storage, IReadOnlyList<IOperation> Indices, IReadOnlyList<LinearIndex> Linear, ISymbol? Receiver)? UserIndexerElement(IPropertyReferenceOperation indexer)
    {
        if (indexer is not { Property.IsIndexer: true, Instance: { } instance } || IndexerStorageElement(indexer.Property.OriginalDefinition) is not { } element
            || ReceiverOfIndexedStorage(instance, element.ArrayReference) is not (true, var receiverRoot))
        {
            return null;
        }

        var arguments = new Dictionary<int, IOperation>();
        foreach (var argument in indexer.Arguments)
        {
            if (argument.Parameter is null || argument.ArgumentKind != ArgumentKind.Explicit)
            {
                return null;
            }

            arguments[argument.Parameter.Ordinal] = argument.Value;
        }

        var linear = new List<LinearIndex>();
        foreach (var index in element.Indices)
        {
            if (SubstitutedIndex(index, arguments, callee: null) is not { } substituted)
            {
                return null;
            }

            linear.Add(substituted);
        }

        return (element.ArrayReference, element.Indices, linear, receiverRoot);
    }

    /// <summary>
    /// Whether an indexer's element through <paramref name="receiver"/> is placed in <paramref name="storage"/>, and the
    /// receiver variable that roots it: where several receivers reach the storage member and this one also reaches it
    /// other than by the indexer (<c>z.Data</c>, <c>z.At(i, j)</c>), that receiver (ReceiverStorage.cs); else the
    /// member's own root where <see cref="ReadsReceiverStorage"/> holds, or not placed (the indexer's own dimensions).
    /// </summary>
    private (bool Placed, ISymbol? Receiver) ReceiverOfIndexedStorage(IOperation receiver, IOperation storage)
    {
        if (VariableOf(storage) is { } member && Unwrap(receiver) is not IInstanceReferenceOperation && ReachesStorageDirectly(Unwrap(receiver)!, member)
            && OwnStorageRoot(receiver, member) is { } own)
        {
            return (true, own);
        }

        return (ReadsReceiverStorage(receiver, storage), null);
    }

    /// <summary>
    /// True when the method reads the storage member of one instance only and <paramref name="receiver"/> is that
    /// instance: <c>this</c> (no other instance's <c>Data</c> is read), or a variable through which every read of the
    /// member goes (<c>t.Data.Max()</c> with <c>t[k, j]</c>). The element is rooted at the storage member, which every
    /// instance shares: with two instances' storage in one method (<c>scores.Data</c> and <c>row.Data</c>) their
    /// elements would read as one buffer, so neither is mapped. Memoised per receiver variable and member.
    /// </summary>
    private bool ReadsReceiverStorage(IOperation receiver, IOperation storage)
    {
        receiver = Unwrap(receiver)!;
        if (VariableOf(storage) is not { } member)
        {
            return false;
        }

        var owner = receiver is IInstanceReferenceOperation ? null : VariableOf(receiver);
        if (owner is null && receiver is not IInstanceReferenceOperation)
        {
            return false;
        }

        var key = (owner, member);
        if (!_receiverStorageReads.TryGetValue(key, out var exclusive))
        {
            // The owners of every read of the member: null stands for this (implicit or explicit).
            var owners = _root.Descendants()
                .OfType<IMemberReferenceOperation>()
                .Where(read => SymbolEqualityComparer.Default.Equals(read.Member.OriginalDefinition, member) && read.Instance is not null)
                .Select(read => Unwrap(read.Instance) is IInstanceReferenceOperation ? null : VariableOf(read.Instance!) ?? (ISymbol)member)
                .Distinct(SymbolEqualityComparer.Default)
                .ToList();
            exclusive = owner is null
                ? owners.All(read => read is null)
                : owners.Count == 1 && SymbolEqualityComparer.Default.Equals(owners[0], owner);
            _receiverStorageReads[key] = exclusive;
        }

        return exclusive;
    }

    private readonly Dictionary<(ISymbol? Owner, ISymbol Member), bool> _receiverStorageReads = new(ReceiverMemberComparer.Instance);

    /// <summary>Compares (receiver variable, storage member) keys by symbol identity.</summary>
    private sealed class ReceiverMemberComparer : IEqualityComparer<(ISymbol? Owner, ISymbol Member)>
    {
        public static readonly ReceiverMemberComparer Instance = new();

        public bool Equals((ISymbol? Owner, ISymbol Member) x, (ISymbol? Owner, ISymbol Member) y) =>
            SymbolEqualityComparer.Default.Equals(x.Owner, y.Owner) && SymbolEqualityComparer.Default.Equals(x.Member, y.Member);

        public int GetHashCode((ISymbol? Owner, ISymbol Member) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Owner) * 397) ^ SymbolEqualityComparer.Default.GetHashCode(key.Member);
    }

    /// <summary>The element of its own array storage the getter of <paramref name="indexer"/> returns, read from source; else null.</summary>
    private IArrayElementReferenceOperation? IndexerStorageElement(IPropertySymbol indexer)
    {
        if (_indexerElements.TryGetValue(indexer, out var known))
        {
            return known;
        }

        IArrayElementReferenceOperation? result = null;
        if (indexer is { IsStatic: false, IsAbstract: false, IsVirtual: false, IsOverride: false, GetMethod: { } getter } && WellKnownSymbols.IsNumeric(indexer.Type)
            && indexer.ContainingType is { TypeKind: TypeKind.Class or TypeKind.Struct } && SourceModel is { } model
            && getter.DeclaringSyntaxReferences.Length == 1 && getter.DeclaringSyntaxReferences[0].SyntaxTree == model.SyntaxTree
            && BodySyntax.ReturnedExpression(getter.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken)) is { } returned
            && !returned.DescendantNodes().Skip(MaxIndexerGetterNodes).Any()
            && Unwrap(model.GetOperation(returned, _cancellationToken)) is IArrayElementReferenceOperation element
            && Unwrap(element.ArrayReference) is IMemberReferenceOperation { Instance: var owner } storage && Unwrap(owner) is IInstanceReferenceOperation
            && storage is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
            && element.ArrayReference.Type is IArrayTypeSymbol { ElementType: var elementType } && WellKnownSymbols.IsNumeric(elementType))
        {
            result = element;
        }

        _indexerElements[indexer] = result;
        return result;
    }
}
