using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A user type's storage member read through several receivers in one method: <c>z.At(c, b)</c> read and
/// <c>p.At(c, b) = e</c> written, <c>z.All</c> folded, <c>x.Data</c> and <c>y.Data</c>. The member is one symbol shared by
/// every instance, so where the method reaches it through more than one receiver (<see cref="IsSharedStorage"/>) each
/// receiver variable is its own buffer, rooted at that variable: ref and value accessors (RefAccessors.cs), user indexers
/// (UserIndexers.cs), members returning views (MemberViews.cs) and direct reads of the member. Only where the type holds
/// one storage member (<see cref="OwnStorageRoot"/>): a receiver of a type with two buffers (<c>Logits</c>,
/// <c>Probs</c>) would read both as one, so it stays unplaced. Reads through <c>this</c> stay rooted at the member.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Per storage member: true when the method reaches it through more than one receiver.</summary>
    private readonly Dictionary<ISymbol, bool> _sharedStorage = new(SymbolEqualityComparer.Default);

    /// <summary>Per (receiver variable, storage member): the receivers the method reaches the member through other than by the type's indexer.</summary>
    private readonly Dictionary<ISymbol, ImmutableHashSet<ISymbol?>> _directStorageOwners = new(SymbolEqualityComparer.Default);

    /// <summary>Per type: its one storage member (a numeric buffer or pointer field, or a captured primary-constructor parameter); null when none or several.</summary>
    private readonly Dictionary<INamedTypeSymbol, ISymbol?> _onlyStorageMembers = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// True when the method reaches the storage <paramref name="member"/> (a field, property or captured parameter) through
    /// more than one receiver: directly (<c>x.Data</c>), by an accessor (<c>x.At(i, j)</c>), an indexer (<c>x[i, j]</c>) or a
    /// member returning a view of it (<c>x.All</c>). Memoised per member.
    /// </summary>
    private bool IsSharedStorage(ISymbol member)
    {
        member = member.OriginalDefinition;
        if (!_sharedStorage.TryGetValue(member, out var shared))
        {
            var (all, direct) = StorageOwners(member);
            shared = all.Count > 1;
            _sharedStorage[member] = shared;
            _directStorageOwners[member] = direct;
        }

        return shared;
    }

    /// <summary>
    /// The receivers (null for <c>this</c>; the member itself for a receiver that is no variable) of every access of
    /// <paramref name="member"/>, and those of the accesses not through the type's indexer.
    /// </summary>
    private (ImmutableHashSet<ISymbol?> All, ImmutableHashSet<ISymbol?> Direct) StorageOwners(ISymbol member)
    {
        var all = ImmutableHashSet.CreateBuilder<ISymbol?>(SymbolEqualityComparer.Default);
        var direct = ImmutableHashSet.CreateBuilder<ISymbol?>(SymbolEqualityComparer.Default);
        ISymbol? OwnerOf(IOperation? instance) =>
            instance is null || Unwrap(instance) is IInstanceReferenceOperation ? null : VariableOf(instance) ?? member;

        foreach (var node in _root.Descendants())
        {
            switch (node)
            {
                case IMemberReferenceOperation read when SymbolEqualityComparer.Default.Equals(read.Member.OriginalDefinition, member) && read.Instance is not null:
                    direct.Add(OwnerOf(read.Instance));
                    break;
                case IParameterReferenceOperation captured when SymbolEqualityComparer.Default.Equals(captured.Parameter.OriginalDefinition, member):
                    direct.Add(null);
                    break;
                case IInvocationOperation { Instance: var instance } call when AccessorElementOf(call.TargetMethod.OriginalDefinition) is { } element
                    && SymbolEqualityComparer.Default.Equals(StorageMember(element.Storage)?.OriginalDefinition, member):
                    direct.Add(OwnerOf(instance));
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: var instance } indexer
                    when IndexerStorageElement(indexer.Property.OriginalDefinition) is { } stored
                    && SymbolEqualityComparer.Default.Equals(VariableOf(stored.ArrayReference)?.OriginalDefinition, member):
                    all.Add(OwnerOf(instance));
                    break;
                case IInvocationOperation or IPropertyReferenceOperation { Property.IsIndexer: false } when ReturnsViewOf(node, member):
                    direct.Add(OwnerOf(node is IInvocationOperation viewCall ? viewCall.Instance : ((IPropertyReferenceOperation)node).Instance));
                    break;
            }
        }

        all.UnionWith(direct);
        return (all.ToImmutable(), direct.ToImmutable());
    }

    /// <summary>True when <paramref name="access"/> calls an instance member returning a view whose body reads <paramref name="member"/> of <c>this</c>.</summary>
    private bool ReturnsViewOf(IOperation access, ISymbol member)
    {
        var target = access switch
        {
            IInvocationOperation { TargetMethod.IsStatic: false, Instance: not null } call => (ISymbol)call.TargetMethod,
            IPropertyReferenceOperation { Property.IsStatic: false, Instance: not null } property => property.Property,
            _ => null,
        };
        if (target is null || !IsViewType(access.Type) || target.ContainingType is not { } type
            || !MemberStorage.IsDeclaredOnTypeOrBase(member, type) || SourceModel is not { } model
            || MemberReturnedExpression(target.OriginalDefinition, model.SyntaxTree) is not { } returned
            || returned.DescendantNodes().Skip(MaxMemberViewNodes).Any() || model.GetOperation(returned, _cancellationToken) is not { } body)
        {
            return false;
        }

        return body.DescendantsAndSelf().Any(operation => operation switch
        {
            IMemberReferenceOperation { Instance: var owner } read => Unwrap(owner) is IInstanceReferenceOperation && SymbolEqualityComparer.Default.Equals(read.Member.OriginalDefinition, member),
            IParameterReferenceOperation captured => SymbolEqualityComparer.Default.Equals(captured.Parameter.OriginalDefinition, member),
            _ => false,
        });
    }

    /// <summary>
    /// The receiver variable that roots the storage <paramref name="member"/> read through <paramref name="receiver"/>
    /// when the method reaches the member through several receivers: the local, parameter, field or property holding the
    /// instance, where <paramref name="member"/> is its type's only storage member; null for <c>this</c>, for a receiver
    /// that is no variable and for a type with more than one buffer.
    /// </summary>
    private ISymbol? OwnStorageRoot(IOperation? receiver, ISymbol member)
    {
        receiver = Unwrap(receiver);
        if (receiver is null or IInstanceReferenceOperation || VariableOf(receiver) is not { } variable
            || receiver.Type is not INamedTypeSymbol type || OnlyStorageMember(type) is not { } only)
        {
            return null;
        }

        var field = StorageFieldOf(member.OriginalDefinition);
        return SymbolEqualityComparer.Default.Equals(field, only) ? variable : null;
    }

    /// <summary>True when <paramref name="receiver"/> reaches <paramref name="member"/> other than through the type's indexer in this method.</summary>
    private bool ReachesStorageDirectly(IOperation receiver, ISymbol member)
    {
        member = member.OriginalDefinition;
        return IsSharedStorage(member) && _directStorageOwners.TryGetValue(member, out var direct) && VariableOf(receiver) is { } owner && direct.Contains(owner);
    }

    /// <summary>The field (or captured parameter) a storage member is: a field, an auto-property's backing field, a property returning a field of <c>this</c>.</summary>
    private ISymbol? StorageFieldOf(ISymbol member)
    {
        switch (member)
        {
            case IFieldSymbol field:
                return field.AssociatedSymbol is IPropertySymbol associated ? BackingField(associated) ?? field : field;
            case IParameterSymbol parameter:
                return parameter;
            case IPropertySymbol property when BackingField(property) is { } backing:
                return backing;
            case IPropertySymbol property when SourceModel is { } model && MemberReturnedExpression(property, model.SyntaxTree) is { } returned
                && returned.SyntaxTree == model.SyntaxTree && Unwrap(model.GetOperation(returned, _cancellationToken)) is IFieldReferenceOperation { Instance: var owner } read
                && Unwrap(owner) is IInstanceReferenceOperation:
                return read.Field.OriginalDefinition;
            default:
                return null;
        }
    }

    /// <summary>The compiler's backing field of an auto-property; null for any other property.</summary>
    private static IFieldSymbol? BackingField(IPropertySymbol property) =>
        property.ContainingType?.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(field => SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property.OriginalDefinition));

    /// <summary>
    /// The one storage member of <paramref name="type"/> (and its base classes): an instance field of a numeric buffer or
    /// pointer type (an auto-property's backing field included), or a buffer parameter of a class's primary constructor;
    /// null when it has none or several. Memoised.
    /// </summary>
    private ISymbol? OnlyStorageMember(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (_onlyStorageMembers.TryGetValue(type, out var known))
        {
            return known;
        }

        var found = new List<ISymbol>();
        if (type.TypeKind is TypeKind.Class or TypeKind.Struct && type.SpecialType == SpecialType.None && type.DeclaringSyntaxReferences.Length > 0)
        {
            for (INamedTypeSymbol? current = type; current is not null && current.DeclaringSyntaxReferences.Length > 0; current = current.BaseType)
            {
                found.AddRange(current.GetMembers().OfType<IFieldSymbol>().Where(field => !field.IsStatic && !field.IsConst && WellKnownSymbols.IsBuffer(field.Type)));
                if (!current.IsRecord)
                {
                    // class C(double[] data): a captured parameter is storage no field names.
                    found.AddRange(current.InstanceConstructors
                        .Where(constructor => constructor.DeclaringSyntaxReferences is [var declared] && declared.GetSyntax(_cancellationToken) is TypeDeclarationSyntax)
                        .SelectMany(constructor => constructor.Parameters)
                        .Where(parameter => WellKnownSymbols.IsBuffer(parameter.Type)));
                }
            }
        }

        var only = found.Count == 1 ? found[0] : null;
        _onlyStorageMembers[type] = only;
        return only;
    }

    /// <summary>
    /// <paramref name="view"/> of the storage member <paramref name="from"/> as the buffer of receiver <paramref name="to"/>:
    /// its root and its dimensions renamed. Null for a computed sequence (its element facts are not renamed).
    /// </summary>
    private static BufferView? RebasedView(BufferView? view, ISymbol from, ISymbol to)
    {
        if (view is null || view.Layout == BufferLayout.Sequence || view.Elements is not null || view.Source is not null || view.ElementRow is not null)
        {
            return null;
        }

        DimensionAtom Rename(DimensionAtom atom) =>
            SymbolEqualityComparer.Default.Equals(atom.Root.OriginalDefinition, from.OriginalDefinition) ? new DimensionAtom(to, atom.Key) : atom;

        var root = view.Root is { } current && SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, from.OriginalDefinition) ? to : view.Root;
        var dims = view.FixedDims;
        foreach (var entry in view.FixedDims)
        {
            dims = dims.SetItem(entry.Key, entry.Value.Select(Rename).ToImmutableHashSet());
        }

        return new BufferView(root, view.Layout, view.Rank, view.Consumed, view.FlatOffset, dims, view.Flattened, spanned: view.Spanned.Select(Rename).ToImmutableHashSet());
    }

    /// <summary>
    /// A direct read of a storage member through a receiver variable (<c>z.Data</c>) where the method reaches that member
    /// through several receivers: the receiver's own buffer; else null.
    /// </summary>
    private BufferView? ReceiverStorageView(IOperation read)
    {
        if (read is not IMemberReferenceOperation { Instance: { } instance, Member: var member } || member.IsStatic || !WellKnownSymbols.IsBuffer(read.Type)
            || Unwrap(instance) is IInstanceReferenceOperation || !IsSharedStorage(member))
        {
            return null;
        }

        // xt.Buffer of xt = x.T: the buffer it was built over (ReceiverConstructions.cs); else the receiver's own.
        if (ConstructedMember(instance, member.OriginalDefinition) is { } built && EvalView(built) is { Root: not null } builtView)
        {
            return builtView;
        }

        return OwnStorageRoot(instance, member) is { } own ? RootView(own, read.Type) : null;
    }
}
