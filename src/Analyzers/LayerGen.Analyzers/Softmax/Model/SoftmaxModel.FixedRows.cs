using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// One row picked by a fixed index: <c>logits[0]</c>, or <c>logits[j]</c> with <c>j</c> a parameter the method never
/// writes (a reference row). Folded by a call (<c>logits[0].Max()</c>), it is that one row's value whatever loop reads it,
/// like <c>m = Max(m, x[0, j])</c>: the row dimension is pinned (stale for every other row). Rows a method builds with
/// LINQ (<c>Select(…).ToArray()</c>, <c>ToList()</c>) are picked like the rows of a jagged array.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True for an index that is the same everywhere in the method: a constant, or a method parameter never written.</summary>
    private bool IsFixedRowIndex(IOperation index) =>
        Unwrap(index) switch
        {
            { ConstantValue.HasValue: true } => true,
            // A lambda's or local function's parameter is an element or an argument per call (a loop), not fixed; nor is
            // a helper's parameter in the helper's summary (its caller passes its row loop there: Fill(…, s, …)).
            IParameterReferenceOperation { Parameter: { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) } } parameter }
                => !_isSummary && WritesOf(parameter).Count == 0,
            _ => false,
        };

    /// <summary>
    /// The row of a sequence of rows made by a lambda, picked by a fixed index: the lambda's row with the lambda's own
    /// dimensions dropped (no loop picks it); null for any other view or index.
    /// </summary>
    private BufferView? FixedSequenceRow(BufferView rows, IOperation index)
    {
        if (rows is not { Layout: BufferLayout.Sequence, ElementIsRow: true, ElementLoop: { } producer, ElementRow: { } row } || !IsFixedRowIndex(index))
        {
            return null;
        }

        var elements = row.Elements is { } facts ? facts.With(dims: facts.Dims.Remove(producer)) : null;
        return new BufferView(row.Root, row.Layout, row.Rank, row.Consumed, row.FlatOffset, ValueFacts.MergeDims(rows.FixedDims, row.FixedDims.Remove(producer)),
            row.Flattened, elements, row.ElementLoop, row.Source, row.ElementRow, row.Spanned);
    }

    /// <summary>
    /// The row dimensions <paramref name="receiver"/> pins when it is one row picked by a fixed index (<c>x[0]</c>,
    /// <c>logits[j]</c>, <c>rows[0]</c> of a list): a fold of it is stale in them. Empty for anything else.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> FixedRowAtoms(IOperation? receiver)
    {
        // One row read at one index (ElementReads.cs); a pinned pointer's element is a number, never a row.
        if (OneIndexRead(receiver) is not var (owner, index, _) || !IsFixedRowIndex(index) || EvalView(owner) is not { ElementIsRow: true } rows)
        {
            return ImmutableHashSet<DimensionAtom>.Empty;
        }

        return rows.Layout == BufferLayout.Jagged && rows.Root is { } jagged
            ? ImmutableHashSet.Create(DimensionAtom.Depth(jagged, rows.Consumed))
            : rows.IteratedAtoms(all: false);
    }

    /// <summary>
    /// For a fold over an index range whose lambda returns one element read (<c>Enumerable.Range(0, n).Max(c =&gt; x[0, c])</c>):
    /// the dimensions that read pins with a fixed index. Empty for anything else.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> IndexRangePinnedAtoms(BufferView view, IAnonymousFunctionOperation? lambda) =>
        view is { Layout: BufferLayout.Sequence, Root: null, Source: null } && lambda is { Body.Operations: [IReturnOperation { ReturnedValue: { } returned }] }
            ? PinnedAtoms(returned)
            : ImmutableHashSet<DimensionAtom>.Empty;
}
