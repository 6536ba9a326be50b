using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Views returned by members: a method, local function, property or indexer of this file whose body only returns a
/// view (<c>ReadOnlySpan&lt;float&gt; Row(int r) =&gt; Data.AsSpan(r * Cols, Cols)</c>, <c>this[int r] =&gt; …</c>,
/// <c>static Span&lt;float&gt; RowOf(float[] x, int r, int n) =&gt; x.AsSpan(r * n, n)</c>) is that view as if written
/// at the call, with each parameter bound to the call's argument (IndexBindings.cs): <c>batch.Row(r)</c> is
/// <c>Data.AsSpan(r * Cols, Cols)</c> at row r, so a fold of <c>batch.Data</c> and reads of the row are of one buffer.
/// The returned view is rooted at the owner's storage member, which every instance shares; so an instance member is
/// read only where the method reaches that storage, and calls the type's members, through one receiver
/// (<see cref="IsOnlyReceiver"/>), as user indexers are read (UserIndexers.cs). A virtual, abstract or external member,
/// or a body of any other shape, is no view.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Members returning views are read through at most this many nested calls.</summary>
    private const int MaxMemberViewDepth = 3;

    /// <summary>A returned view expression larger than this is not read.</summary>
    private const int MaxMemberViewNodes = 80;

    private int _memberViewDepth;

    /// <summary>
    /// The view a call of a member returning a view denotes (see the type remarks); null when <paramref name="access"/>
    /// is no such call (an invocation or a property/indexer reference).
    /// </summary>
    private BufferView? MemberReturnedView(IOperation access)
    {
        var (member, instance, arguments) = access switch
        {
            IInvocationOperation call => ((ISymbol)call.TargetMethod, call.Instance, call.Arguments),
            IPropertyReferenceOperation property => (property.Property, property.Instance, property.Arguments),
            _ => (null, null, default),
        };
        if (member is null || _memberViewDepth >= MaxMemberViewDepth
            || member is { IsAbstract: true } or { IsVirtual: true } or { IsOverride: true } or { IsExtern: true }
            || SourceModel is not { } model)
        {
            return null;
        }

        // float[] getRow(int i) { …; Array.Copy(storage, i * cols, r, 0, cols); return r; }: the slice it copies (CopiedMemberRows.cs).
        var copied = IsViewType(access.Type) ? null : CopiedSliceOf(member.OriginalDefinition, model);
        IOperation returned;
        if (copied is { } copy)
        {
            returned = copy.Copy;
        }
        else if (!IsViewType(access.Type)
            || MemberReturnedExpression(member.OriginalDefinition, model.SyntaxTree) is not { } returnedSyntax
            || returnedSyntax.DescendantNodes().Skip(MaxMemberViewNodes).Any()
            || Unwrap(model.GetOperation(returnedSyntax, _cancellationToken)) is not { } read
            || !IsViewType(read.Type) && read is not (IArrayElementReferenceOperation or IImplicitIndexerReferenceOperation { Argument: IRangeOperation }))
        {
            return null;
        }
        else
        {
            returned = read;
        }

        // An instance member reads its own storage: only where every read of that storage, and every call of the
        // type's members, is through this receiver.
        // Where several receivers reach that storage, each receiver's view is of its own buffer (ReceiverStorage.cs).
        ISymbol? receiverRoot = null;
        var wholeOnly = false;
        if (!member.IsStatic && instance is not null)
        {
            if (ViewStorageMember(returned) is { } storage && IsSharedStorage(storage))
            {
                if (Unwrap(instance) is not IInstanceReferenceOperation)
                {
                    // Over the buffer the receiver was built over (ReceiverConstructions.cs), only as a whole view: a
                    // slice's offsets name the members of whichever receiver, which other receivers of that buffer share.
                    if (ConstructedMember(instance, storage) is { } built && EvalView(built) is { Root: { } builtRoot, FlatOffset: null, FixedDims.IsEmpty: true })
                    {
                        receiverRoot = builtRoot;
                        wholeOnly = true;
                    }
                    else if ((receiverRoot = OwnStorageRoot(instance, storage)) is null)
                    {
                        return null;
                    }
                }
            }
            else if (!IsOnlyReceiver(member.ContainingType, instance, returned))
            {
                // A copy is of the receiver's own storage, whatever other instances the method reaches.
                if (copied is null || Unwrap(instance) is IInstanceReferenceOperation || ViewStorageMember(returned) is not { } own
                    || (receiverRoot = OwnStorageRoot(instance, own)) is null)
                {
                    return null;
                }
            }
        }

        // Each parameter the body reads is bound to the argument of the same position.
        var byOrdinal = new Dictionary<int, IOperation>();
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind != ArgumentKind.Explicit || Unwrap(argument.Value) is not { } value)
            {
                return null;
            }

            byOrdinal[parameter.Ordinal] = value;
        }

        var declared = member.OriginalDefinition;
        var getter = (declared as IPropertySymbol)?.GetMethod;
        var previous = new List<(IParameterSymbol Parameter, IOperation? Argument)>();
        foreach (var parameter in returned.DescendantsAndSelf().OfType<IParameterReferenceOperation>().Select(read => read.Parameter).Distinct(SymbolEqualityComparer.Default).Cast<IParameterSymbol>())
        {
            var owner = parameter.ContainingSymbol?.OriginalDefinition;
            if (!SymbolEqualityComparer.Default.Equals(owner, declared) && !SymbolEqualityComparer.Default.Equals(owner, getter))
            {
                // A parameter of an enclosing method captured by a local function: read as it is.
                continue;
            }

            if (!byOrdinal.TryGetValue(parameter.Ordinal, out var bound))
            {
                RestoreIndices(previous);
                return null;
            }

            previous.Add((parameter, _boundIndices.TryGetValue(parameter, out var outer) ? outer : null));
            _boundIndices[parameter] = bound;
        }

        _memberViewDepth++;
        try
        {
            ForgetViews(returned);
            var view = copied is { } slice ? slice.View() : EvalView(returned);
            ForgetViews(returned);
            return receiverRoot is null || view?.Root is not { } storageRoot ? view
                : wholeOnly && (view.FlatOffset is not null || !view.FixedDims.IsEmpty || !view.Spanned.IsEmpty) ? null
                : RebasedView(view, storageRoot, receiverRoot);
        }
        finally
        {
            _memberViewDepth--;
            RestoreIndices(previous);
        }
    }

    /// <summary>The one buffer member of <c>this</c> a returned view reads (<c>_cells</c> of <c>new(_cells, Classes * Batch)</c>); null when none or several.</summary>
    private static ISymbol? ViewStorageMember(IOperation returned)
    {
        var members = returned.DescendantsAndSelf()
            .Select(operation => operation switch
            {
                IMemberReferenceOperation { Instance: var owner } read when Unwrap(owner) is IInstanceReferenceOperation && WellKnownSymbols.IsBuffer(read.Type) => read.Member.OriginalDefinition,
                IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } captured } when WellKnownSymbols.IsBuffer(captured.Type) => captured,
                _ => null,
            })
            .Where(symbol => symbol is not null)
            .Distinct(SymbolEqualityComparer.Default)
            .ToList();
        return members is [var only] ? only : null;
    }

    /// <summary>Span, memory and segment types: what a member returning a row view returns.</summary>
    private static bool IsViewType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" or "ArraySegment", TypeArguments: [var element] } && WellKnownSymbols.IsNumeric(element);

    /// <summary>
    /// True when the method reaches the storage <paramref name="returned"/> reads on <c>this</c> only through
    /// <paramref name="receiver"/>: every read of those members, and every receiver of an instance member of
    /// <paramref name="type"/> (another row view of another instance), is that receiver. Object and <c>with</c>
    /// initializers write a new instance and are no read.
    /// </summary>
    private bool IsOnlyReceiver(INamedTypeSymbol? type, IOperation receiver, IOperation returned)
    {
        receiver = Unwrap(receiver)!;
        var owner = receiver is IInstanceReferenceOperation ? null : VariableOf(receiver);
        if (type is null || owner is null && receiver is not IInstanceReferenceOperation)
        {
            return false;
        }

        var storage = returned.DescendantsAndSelf().OfType<IMemberReferenceOperation>()
            .Where(read => read.Instance is not null && Unwrap(read.Instance) is IInstanceReferenceOperation)
            .Select(read => read.Member.OriginalDefinition)
            .ToList();
        foreach (var operation in _root.Descendants())
        {
            var (instance, reached) = operation switch
            {
                IMemberReferenceOperation read when storage.Contains(read.Member.OriginalDefinition, SymbolEqualityComparer.Default) => (read.Instance, true),
                IInvocationOperation { TargetMethod.IsStatic: false } call when SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType?.OriginalDefinition, type.OriginalDefinition) => (call.Instance, true),
                IPropertyReferenceOperation { Property.IsStatic: false } property when SymbolEqualityComparer.Default.Equals(property.Property.ContainingType?.OriginalDefinition, type.OriginalDefinition) => (property.Instance, true),
                _ => (null, false),
            };
            if (!reached || instance is null || Unwrap(instance) is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
            {
                continue;
            }

            var reader = Unwrap(instance) is IInstanceReferenceOperation ? null : VariableOf(instance);
            if (reader is null && Unwrap(instance) is not IInstanceReferenceOperation || !SymbolEqualityComparer.Default.Equals(reader, owner))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Drops the cached views, indices and values of a member's body: they held for one call's arguments.</summary>
    private void ForgetViews(IOperation body)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            _viewCache.Remove(operation);
        }

        ForgetIndicesAndValues(body);
    }

    /// <summary>
    /// The one expression a member declared once in <paramref name="tree"/> returns: an expression body, or the value of
    /// a body that is a single <c>return e;</c>; for a property or indexer, its getter's. Null for anything else.
    /// </summary>
    private ExpressionSyntax? MemberReturnedExpression(ISymbol member, SyntaxTree tree)
    {
        var declared = member is IPropertySymbol { GetMethod: { } getter } ? getter : member;
        if (declared.DeclaringSyntaxReferences is not [var reference] || reference.SyntaxTree != tree)
        {
            return null;
        }

        return BodySyntax.ReturnedExpression(reference.GetSyntax(_cancellationToken));
    }
}
