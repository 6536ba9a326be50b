using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Accumulators kept in slots of a small buffer: <c>Span&lt;float&gt; stats = stackalloc float[2];</c> with
/// <c>stats[0] = MathF.Max(stats[0], v)</c> as the running max and <c>stats[1] += e</c> as the sum. An element at a
/// constant index of a buffer variable is a variable of its own: its folds and resets are the writes to that index.
/// A write at a computed index, or a <c>Clear</c>/<c>Fill</c> of the buffer, may reset any slot and counts as a reset.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <c>b[0]</c> / <c>b[1, 2]</c> taken directly on a buffer variable (not on an expression of it) at constant
    /// indices, as text naming the variable and the indices; null for any other element access.
    /// </summary>
    private static string? SlotOf(IOperation? reference)
    {
        var (instance, indices) = Unwrap(reference) switch
        {
            IArrayElementReferenceOperation element => (element.ArrayReference, element.Indices),
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } indexed } property =>
                (indexed, IndexerIndexValues(property).ToImmutableArray()),
            var call when AccessorParts(call) is ({ } receiver, var arguments) => (receiver, arguments.ToImmutableArray()),
            _ => (null, default),
        };
        if (VariableOf(instance) is not { } variable || indices.IsDefaultOrEmpty)
        {
            return null;
        }

        var constants = new List<string>();
        foreach (var index in indices)
        {
            if (Unwrap(index)!.ConstantValue is not { HasValue: true, Value: { } value })
            {
                return null;
            }

            constants.Add(System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return variable.Name + "[" + string.Join(",", constants) + "]";
    }

    /// <summary>
    /// Splits the element writes of a slot buffer into the writes of <paramref name="slot"/> (its folds and resets)
    /// and the writes that may reset it too: writes at a computed index and <c>Clear</c>/<c>Fill</c> calls.
    /// </summary>
    private (List<(IOperation Write, IOperation? Value, IOperation? Target)> Writes, List<IOperation> OtherResets) SlotWrites(
        IEnumerable<(IOperation Write, IOperation? Value, IOperation? Target)> writes, ISymbol root, string slot)
    {
        var own = new List<(IOperation, IOperation?, IOperation?)>();
        var others = new List<IOperation>();
        foreach (var write in writes)
        {
            // The same indices through another variable (a second span over the same array) may be the same slot.
            var written = SlotOf(write.Target);
            if (written == slot)
            {
                own.Add(write);
            }
            else if (written is null || written.Substring(written.IndexOf('[')) == slot.Substring(slot.IndexOf('[')))
            {
                others.Add(write.Write);
            }
        }

        others.AddRange(WholeBufferResets(root));
        return (own, others);
    }

    /// <summary>The calls that overwrite the buffer held in <paramref name="root"/> as a whole (<c>Clear</c>, <c>Fill</c>, <c>CopyTo</c> into it).</summary>
    private List<IOperation> WholeBufferResets(ISymbol root)
    {
        var resets = new List<IOperation>();
        foreach (var call in Invocations())
        {
            if (OverwrittenBuffer(call) is { } buffer && WellKnownSymbols.IsBuffer(buffer.Type) && SymbolEqualityComparer.Default.Equals(EvalView(buffer)?.Root, root)
                && OverwritesWholeRange(call, buffer, root))
            {
                resets.Add(call);
            }
        }

        return resets;
    }

    /// <summary>
    /// False for <c>Array.Clear(a, start, count)</c> and <c>Array.Fill(a, v, start, count)</c> unless the range starts at
    /// 0 and its count is the buffer's length, its created size or a plain name (<c>inner</c>: the extent the method
    /// walks; a parameter, field or rented scratch buffer has no created size to compare with). A count computed by
    /// arithmetic (<c>inner - 1</c>, <c>inner / 2</c>) or a start past 0 leaves other elements alive; so does a
    /// <c>Clear</c>/<c>Fill</c> of a slice that is no whole range (<see cref="SlicedRange"/>).
    /// </summary>
    private bool OverwritesWholeRange(IInvocationOperation call, IOperation buffer, ISymbol root)
    {
        var ranged = call.Instance is null && call.TargetMethod.Name switch
        {
            "Clear" => call.Arguments.Length == 3,
            "Fill" => call.Arguments.Length == 4,
            _ => false,
        };
        if (ranged && !IsWholeRange(root, buffer, call.Arguments[call.Arguments.Length - 2].Value, call.Arguments[call.Arguments.Length - 1].Value))
        {
            return false;
        }

        // m.AsSpan(0, inner - 1).Fill(v), new Span<float>(m, 1, inner).Clear(): the slice must be the whole range too.
        for (var (sliced, depth) = (Unwrap(buffer), 0); depth < 4 && SlicedRange(sliced) is var (source, start, count); (sliced, depth) = (Unwrap(source), depth + 1))
        {
            if (!IsWholeRange(root, source, start, count))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the range from <paramref name="start"/> of <paramref name="count"/> elements (to the end when null) of
    /// <paramref name="buffer"/> is all of it, as <see cref="OverwritesWholeRange"/> decides.
    /// </summary>
    private bool IsWholeRange(ISymbol root, IOperation buffer, IOperation start, IOperation? count) =>
        IsConstant(start, 0)
        && (count is null
            || Unwrap(count) is IPropertyReferenceOperation { Property.Name: "Length" or "LongLength", Instance: { } counted } && SameValue(counted, buffer)
            || IsCreatedSize(root, count)
            || Unwrap(count) is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation);

    /// <summary>
    /// The buffer, start and length (null: to the end) of a slice taken by position: <c>a.AsSpan(s, n)</c>,
    /// <c>a.AsMemory(s)</c>, <c>span.Slice(s, n)</c>, <c>new Span&lt;T&gt;(a, s, n)</c>, <c>new ArraySegment&lt;T&gt;(a, s, n)</c>;
    /// null for anything else (a whole-array span, a range).
    /// </summary>
    private static (IOperation Source, IOperation Start, IOperation? Count)? SlicedRange(IOperation? operation)
    {
        switch (operation)
        {
            case IInvocationOperation { TargetMethod.Name: "AsSpan" or "AsMemory" or "Slice" } call:
                var source = call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                var positions = call.Instance is null ? call.Arguments.Skip(1).ToList() : call.Arguments.ToList();
                return source is not null && positions.Count is 1 or 2 && positions[0].Value.Type?.SpecialType == SpecialType.System_Int32
                    ? (source, positions[0].Value, positions.Count == 2 ? positions[1].Value : null)
                    : null;
            case IObjectCreationOperation { Type.Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" or "ArraySegment", Arguments.Length: 3 } creation
                when creation.Arguments[0].Value.Type is IArrayTypeSymbol:
                return (creation.Arguments[0].Value, creation.Arguments[1].Value, creation.Arguments[2].Value);
            default:
                return null;
        }
    }

    /// <summary>
    /// The buffer a call overwrites as a whole: the span or array of <c>Clear</c>/<c>Fill</c>, the destination of
    /// <c>CopyTo</c>/<c>TryCopyTo</c>; null for any other call.
    /// </summary>
    /// <remarks>The buffer itself, not its conversion: <c>Array.Clear(s)</c> passes <c>s</c> as an <c>Array</c>.</remarks>
    private static IOperation? OverwrittenBuffer(IInvocationOperation call) =>
        call.TargetMethod.Name is "Clear" or "Fill"
            ? call.Instance ?? (call.Arguments.Length > 0 ? Unwrap(call.Arguments[0].Value) : null)
            : call.TargetMethod.Name is "CopyTo" or "TryCopyTo" && call.Arguments.Length > 0 ? call.Arguments[0].Value : null;
}
