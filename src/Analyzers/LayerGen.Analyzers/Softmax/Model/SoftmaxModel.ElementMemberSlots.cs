using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A numeric member of an element of a buffer (<c>stats[b].Max</c> of a <c>RunningStats[]</c>, <c>st.Max</c> through
/// <c>ref var st = ref stats[b]</c>, <c>stats[b] = new RunningStats { Max = m }</c>, a class element of a list, a struct of
/// a span) is per-element storage, like <c>maxes[b]</c>: the element index is the slice. By its symbol alone the member
/// is one variable shared by every element, so a per-row max stored as <c>stats[b].Max = m</c> and read back per row
/// looked like the last row's max used for every row (HeldOut76's false LG0001 + LG0002 on
/// <c>RefStateOnline_PerRowTuple</c>). A read through an element at a loop-dependent index is scanned as a keyed slot: only
/// the member's writes through elements of the same buffer count, each keyed by its element's indices, as an element
/// fold of <c>maxes[b]</c> is (a fold through <c>stats[0]</c> over every row still carries across the rows). A read at a
/// constant index (<c>stats[0].Max</c> for every row) and a member also written some other way keep the shared reading.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Prefix of the scan slot of a member read through elements of one buffer (followed by the buffer's name).</summary>
    private const string ElementMemberSlotPrefix = "element-member:";

    /// <summary>Ref locals of a record type bound once to an element (<c>ref var st = ref stats[b]</c>), by local.</summary>
    private readonly Dictionary<ILocalSymbol, IOperation?> _refBoundElements = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The scan slot for a read of <paramref name="member"/> as an element's own storage, or null when the member is read
    /// as one shared variable (not through an element, through one at constant indices, or also written otherwise).
    /// </summary>
    private string? ElementMemberSlot(IOperation member)
    {
        if (ElementOfMember(member) is not { } element || HasOnlyConstantIndices(element) || RootOf(element) is not { } root
            || VariableOf(member) is not { } symbol)
        {
            return null;
        }

        // Every write of the member goes through some element (of this buffer or another): else it may be shared state.
        return WritesOf(symbol).All(write => WrittenElement(write.Target) is not null)
            ? ElementMemberSlotPrefix + root.Name
            : null;
    }

    /// <summary>True when <paramref name="slot"/> names a member read through elements (<see cref="ElementMemberSlot"/>).</summary>
    private static bool IsElementMemberSlot(string? slot) => slot is not null && slot.StartsWith(ElementMemberSlotPrefix, System.StringComparison.Ordinal);

    /// <summary>
    /// The member's writes through elements of the buffer <paramref name="slot"/> names, each with its element as the
    /// written reference (so its indices key the fold, as for a buffer element).
    /// </summary>
    private List<(IOperation Operation, IOperation? Value, IOperation? Target)> ElementMemberWrites(
        IEnumerable<(IOperation Operation, IOperation? Value, IOperation? Target)> writes, string slot)
    {
        var rootName = slot.Substring(ElementMemberSlotPrefix.Length);
        var own = new List<(IOperation, IOperation?, IOperation?)>();
        foreach (var (operation, value, target) in writes)
        {
            if (WrittenElement(target) is { } element && RootOf(element)?.Name == rootName)
            {
                own.Add((operation, value, element));
            }
        }

        return own;
    }

    /// <summary>
    /// The element a numeric member reference goes through: <c>stats[b]</c> of <c>stats[b].Max</c>, of <c>st.Max</c> with
    /// <c>st</c> a ref local bound once to <c>stats[b]</c>, and of <c>Max = m</c> in <c>stats[b] = new T { Max = m }</c>; null otherwise.
    /// </summary>
    private IOperation? ElementOfMember(IOperation? member)
    {
        member = Unwrap(member);
        if (member is not (IFieldReferenceOperation { Field.IsStatic: false } or IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } })
            || !WellKnownSymbols.IsNumeric(member.Type) || MemberInstance(member) is not { } instance)
        {
            return null;
        }

        instance = instance switch
        {
            ILocalReferenceOperation { Local: { IsRef: true } alias } => RefBoundElement(alias),
            IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } => InitializedElement(instance),
            _ => instance,
        };
        return instance is not null && IsElementAccess(instance) && WellKnownSymbols.IsRecord(instance.Type) ? instance : null;
    }

    /// <summary>
    /// The element a write of a member goes through: that of a member reference (<see cref="ElementOfMember"/>), or the
    /// element a ref local is bound to when the whole value is written through it (<c>st = default</c>, recorded as a
    /// write of each member by StructResets.cs); null otherwise.
    /// </summary>
    private IOperation? WrittenElement(IOperation? target) =>
        ElementOfMember(target) ?? (Unwrap(target) is ILocalReferenceOperation { Local: { IsRef: true } alias } && RefBoundElement(alias) is { } bound
            && WellKnownSymbols.IsRecord(bound.Type) ? bound : null);

    /// <summary>The element a ref local is bound to once (<c>ref readonly T st = ref stats[b]</c>); null when re-pointed or not an element.</summary>
    private IOperation? RefBoundElement(ILocalSymbol local)
    {
        if (!_refBoundElements.TryGetValue(local, out var element))
        {
            var declarator = _operations.OfType<IVariableDeclaratorOperation>().FirstOrDefault(candidate => SymbolEqualityComparer.Default.Equals(candidate.Symbol, local));
            element = Unwrap(declarator?.Initializer?.Value) is { } initial && IsElementAccess(initial)
                && !_operations.OfType<ISimpleAssignmentOperation>().Any(assignment => assignment.IsRef && References(assignment.Target, local))
                ? initial
                : null;
            _refBoundElements[local] = element;
        }

        return element;
    }

    /// <summary>The element an object initializer's new value is assigned to (<c>stats[b] = new T { Max = m }</c>); null otherwise.</summary>
    private static IOperation? InitializedElement(IOperation receiver)
    {
        var current = receiver.Parent;
        while (current is not null and not IObjectCreationOperation)
        {
            if (current is IBlockOperation or IAnonymousFunctionOperation)
            {
                return null;
            }

            current = current.Parent;
        }

        if (current is null)
        {
            return null;
        }

        var value = UnwrapUp(current);
        return value.Parent is ISimpleAssignmentOperation { IsRef: false } assignment && assignment.Value == value ? Unwrap(assignment.Target) : null;
    }

    /// <summary>True when every index of an element access is a constant (<c>stats[0]</c>): one element for every slice.</summary>
    private static bool HasOnlyConstantIndices(IOperation element)
    {
        IEnumerable<IOperation?> indices = Unwrap(element) switch
        {
            IArrayElementReferenceOperation array => array.Indices,
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Arguments.Select(argument => (IOperation?)argument.Value),
            var call when AccessorParts(call) is var (_, arguments) => arguments,
            _ => System.Array.Empty<IOperation?>(),
        };
        var any = false;
        foreach (var index in indices)
        {
            any = true;
            if (Unwrap(index) is not { ConstantValue.HasValue: true })
            {
                return false;
            }
        }

        return any;
    }
}
