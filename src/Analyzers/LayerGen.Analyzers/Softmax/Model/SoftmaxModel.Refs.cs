using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Managed references in the index model, the safe twin of pointers: <c>ref float b =
/// ref MemoryMarshal.GetArrayDataReference(x)</c> (or <c>GetReference(span)</c>) is a reference to element 0 of
/// <c>x</c>, <c>Unsafe.Add(ref b, i)</c> is the element <c>b[i]</c> (read, written or compound-assigned), and a ref local
/// set to <c>ref Unsafe.Add(ref b, offset)</c> is the slice starting at <c>offset</c>, like <c>p + offset</c>;
/// <c>CollectionsMarshal.AsSpan(list)</c> and <c>MemoryMarshal.CreateSpan(ref b, n)</c> are the list and <c>b</c>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The reference and the element offset of <c>Unsafe.Add(ref b, i)</c>; null for anything else.
    /// </summary>
    private static (IOperation Reference, IOperation Index)? RefElement(IOperation? operation) =>
        operation is IInvocationOperation { TargetMethod: { Name: "Add", IsStatic: true, ReturnsByRef: true, ContainingType: { Name: "Unsafe" } unsafeType }, Arguments.Length: 2 } add
        && unsafeType.ContainingNamespace?.ToDisplayString() == "System.Runtime.CompilerServices"
        && add.Arguments[0].Parameter?.RefKind == RefKind.Ref
        && add.Arguments[1].Value.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_IntPtr
            ? (add.Arguments[0].Value, add.Arguments[1].Value)
            : null;

    /// <summary>
    /// <c>Unsafe.Add(ref b, i)</c>, <c>MemoryMarshal.CreateSpan(ref b, n)</c>: calls that take <c>ref b</c> only to
    /// compute an address or a span over it, so passing it is no write of <c>b</c>.
    /// </summary>
    private static bool TakesAddressOnly(IOperation? call) =>
        RefElement(call) is not null
        || call is IInvocationOperation { TargetMethod: { Name: "CreateSpan" or "CreateReadOnlySpan", IsStatic: true, ContainingType.Name: "MemoryMarshal" } };

    /// <summary>
    /// The view a managed reference denotes: <c>MemoryMarshal.GetArrayDataReference(x)</c> and
    /// <c>MemoryMarshal.GetReference(s)</c> are <c>x</c> and <c>s</c> from element 0; <c>Unsafe.Add(ref b, offset)</c>
    /// used as a reference (not as a value) is the slice of <c>b</c> from <c>offset</c>.
    /// </summary>
    private BufferView? RefView(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method is { Name: "GetArrayDataReference" or "GetReference", IsStatic: true, ContainingType.Name: "MemoryMarshal" } && invocation.Arguments.Length == 1)
        {
            // GetArrayDataReference of a T[,] (or of it as Array): its row-major storage (FlatStorage.cs).
            // Of a jagged row (GetArrayDataReference(x[a])): that row's data (JaggedRowRefs.cs).
            return StorageOf(EvalView(invocation.Arguments[0].Value)) is { } whole && IsReferencedStorage(whole) ? whole : null;
        }

        if (ReinterpretedView(invocation) is { } reinterpreted)
        {
            return reinterpreted;
        }

        if (method is { Name: "CreateSpan" or "CreateReadOnlySpan", IsStatic: true, ContainingType.Name: "MemoryMarshal" } && invocation.Arguments.Length == 2
            && StorageView(invocation.Arguments[0].Value, invocation.Arguments[1].Value) is { } storage)
        {
            return storage;
        }

        // MemoryMarshal.CreateSpan(ref p[o], n) over a pointer: new Span<T>(p + o, n) (PointerSpans.cs).
        if (method is { Name: "CreateSpan" or "CreateReadOnlySpan", IsStatic: true, ContainingType.Name: "MemoryMarshal" } && invocation.Arguments.Length == 2
            && PointerElementSpanView(invocation.Arguments[0].Value) is { } pointed)
        {
            return pointed;
        }

        // CollectionsMarshal.AsSpan(list): the list's elements; MemoryMarshal.CreateSpan(ref b, n): the view b refers to;
        // MemoryMarshal.Cast<TFrom, TTo>(span): the same storage read as other elements.
        if (method is { Name: "AsSpan", IsStatic: true, ContainingType.Name: "CollectionsMarshal" } && invocation.Arguments.Length == 1
            || method is { Name: "CreateSpan" or "CreateReadOnlySpan", IsStatic: true, ContainingType.Name: "MemoryMarshal" } && invocation.Arguments.Length == 2
            || method is { Name: "Cast", IsStatic: true, ContainingType.Name: "MemoryMarshal" } && invocation.Arguments.Length == 1)
        {
            return EvalView(invocation.Arguments[0].Value) is { Layout: BufferLayout.Flat } viewed ? viewed : null;
        }

        return RefElement(invocation) is var (reference, offset) && EvalView(reference) is { Layout: BufferLayout.Flat } flat
            ? flat.Slice(Linear(offset), OffsetDims(flat, offset))
            : null;
    }

    /// <summary>
    /// The flat view <c>MemoryMarshal.CreateSpan(ref a[…], n)</c> makes of an array's storage, its extent its length:
    /// <c>ref x[0, 0]</c> with <c>x.Length</c> is every element of a <c>T[,]</c> (all its dimensions at once);
    /// <c>ref x[o]</c> of a flat array is the slice <c>x.AsSpan(o, n)</c>. Null for other references (a row of a
    /// <c>T[,]</c>, a ref local: see <see cref="RefView"/>).
    /// </summary>
    private BufferView? StorageView(IOperation reference, IOperation length)
    {
        if (Unwrap(reference) is not IArrayElementReferenceOperation element || EvalView(element.ArrayReference) is not { } array)
        {
            return null;
        }

        if (array.Layout == BufferLayout.Rectangular)
        {
            return element.Indices.All(index => Unwrap(index)!.ConstantValue is { HasValue: true, Value: 0 }) && IsLengthOf(length, element.ArrayReference)
                ? array.Flatten()
                : null;
        }

        if (array.Layout != BufferLayout.Flat || element.Indices.Length != 1)
        {
            return null;
        }

        return Unwrap(element.Indices[0])!.ConstantValue is { HasValue: true, Value: 0 } && IsLengthOf(length, element.ArrayReference)
            ? array
            : SliceView(array, element.Indices[0], length);
    }

    /// <summary>True when <paramref name="length"/> is <c>a.Length</c> (or <c>LongLength</c>) of the array <paramref name="array"/>, directly or through a local written once.</summary>
    private bool IsLengthOf(IOperation length, IOperation array)
    {
        var value = Unwrap(length);
        if (value is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } definition)
        {
            value = Unwrap(definition);
        }

        return value is IPropertyReferenceOperation { Property.Name: "Length" or "LongLength", Instance: { } instance } && SameValue(instance, array);
    }

    /// <summary><c>ref float b = ref MemoryMarshal.GetArrayDataReference(x)</c>: a ref local assigned once is the view it refers to.</summary>
    private BufferView? RefLocalView(ILocalSymbol local, IOperation read) =>
        local.IsRef && WellKnownSymbols.IsNumeric(local.Type) && DefinedView(local, read) is { } view && IsReferencedStorage(view) ? view : null;

    /// <summary>
    /// The element a ref local aliases: <c>ref float peak = ref peaks[k]</c> is <c>peaks[k]</c> for reads, writes and
    /// resets (the element operation of its declaration); null for any other variable, or a ref local re-pointed later.
    /// </summary>
    private IOperation? AliasedElement(ISymbol? symbol)
    {
        if (symbol is not ILocalSymbol { IsRef: true } local || !WellKnownSymbols.IsNumeric(local.Type))
        {
            return null;
        }

        if (!_aliasedElements.TryGetValue(local, out var element))
        {
            // Read from the operations, not the writes: the writes through the alias are being collected when it is asked.
            var declarator = _operations.OfType<IVariableDeclaratorOperation>().FirstOrDefault(candidate => SymbolEqualityComparer.Default.Equals(candidate.Symbol, local));
            element = Unwrap(declarator?.Initializer?.Value) is { } initial && IsElementAccess(initial)
                && !_operations.OfType<ISimpleAssignmentOperation>().Any(assignment => assignment.IsRef && References(assignment.Target, local))
                ? initial
                : null;
            _aliasedElements[local] = element;
        }

        return element;
    }

    /// <summary>The aliased element a read of a ref local stands for (see <see cref="AliasedElement"/>); null for other operations.</summary>
    private IOperation? AliasedElementRead(IOperation? operation) =>
        Unwrap(operation) is ILocalReferenceOperation local ? AliasedElement(local.Local) : null;

    private readonly System.Collections.Generic.Dictionary<ILocalSymbol, IOperation?> _aliasedElements = new(SymbolEqualityComparer.Default);
}
