using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A row appended to a list (<see cref="LinkListAdds"/>) or stored into a buffer of rows by assignment:
/// <c>result[user] = w</c>, <c>probs[n] = p</c>. Like <c>rows.Add(row)</c>, the buffer's rows then hold the stored
/// row's elements, and its second level is the row's axis (a later <c>foreach (double[] w in result.Values)</c> walks
/// the same values).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The row a plain assignment stores into a slot of a buffer of rows; null for any other write.</summary>
    private BufferView? StoredRow(ElementWrite write) =>
        write.Operation is ISimpleAssignmentOperation { IsRef: false } && write.Value is { } value && WellKnownSymbols.IsBuffer(write.Target.Type)
        && RootOf(write.Target) is not null && EvalView(value) is { } row
            ? row
            : null;

    /// <summary>
    /// <c>rows.Add(row)</c>: the list's rows are the rows added, their elements its second level; <c>values.Add(v)</c>:
    /// the list's elements are the values added. The list's first level is what the loops around the call pick in the
    /// row: a row of another buffer (<c>rows.Add(x[r])</c>), or, for a row allocated afresh in a loop
    /// (<c>var w = new double[n]</c> in <c>foreach (var run in runs)</c>), the data that loop fills it from (a later
    /// walk of the list then walks the runs).
    /// </summary>
    private void LinkListAdds()
    {
        foreach (var add in _listAdds)
        {
            if (EvalView(add.Instance) is not { Root: { } list } listView)
            {
                continue;
            }

            // Only one-to-one links: two atoms joined to one level would make two data axes one.
            if (!AddsEveryElement(add) && EvalView(AddedOperand(add)) is { } row && listView.Layout == BufferLayout.Jagged)
            {
                LinkOne(DimensionAtom.Depth(list, 1), row.IteratedAtoms(all: false));
                LinkOne(DimensionAtom.Depth(list, 0), row.FixedDims.Values.SelectMany(atoms => atoms).Concat(PickedByAllocatingLoops(row, add)));
            }
            else if (listView.Layout == BufferLayout.Flat)
            {
                // A list allocated afresh per row (var p = new List<double>() in the row loop) is walked by the loops
                // inside that one only: the row loop picks which list, not an element of it.
                // p.AddRange(row.Select(…)): the call walks the source, so the list's elements are the source's.
                var added = (AddsEveryElement(add) ? AddedFacts(add) : Eval(AddedOperand(add))).Dims.RemoveRange(AllocatingLoops(list));
                LinkOne(DimensionAtom.Whole(list), added.Values.SelectMany(atoms => atoms));
            }
        }
    }

    /// <summary>A slot picked by constants only (<c>rows["last"] = w</c>, <c>rows[0] = w</c>): every store overwrites it.</summary>
    private static bool IsConstantIndex(IOperation target) =>
        Unwrap(target) switch
        {
            IArrayElementReferenceOperation element => element.Indices.All(index => index.ConstantValue.HasValue),
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Arguments.All(argument => argument.Value.ConstantValue.HasValue),
            _ => true,
        };

    /// <summary>What the loops around <paramref name="at"/> that allocate <paramref name="row"/> afresh pick in the data it is filled from.</summary>
    private IEnumerable<DimensionAtom> PickedByAllocatingLoops(BufferView row, IOperation at)
    {
        if (row.Root is not { } root)
        {
            return Enumerable.Empty<DimensionAtom>();
        }

        var picked = WithoutAllocatingLoops(root, StableKeys.Map<ImmutableHashSet<DimensionAtom>>(), at);
        return EnclosingLoops(at).Where(picked.ContainsKey).SelectMany(loop => picked[loop]);
    }

    /// <summary>Each stored row's walked axis is the second level of the buffer it is stored in (one-to-one only).</summary>
    private void LinkRowStores()
    {
        foreach (var write in _elementWrites)
        {
            if (StoredRow(write) is { } row && RootOf(write.Target) is { } rows)
            {
                // probs[n] is the jagged slot at depth 1; a dictionary's slot result[key] holds its rows at depth 1 too.
                var depth = EvalView(write.Target) is { Layout: BufferLayout.Jagged } slot ? slot.Consumed : 1;
                LinkOne(DimensionAtom.Depth(rows, depth), row.IteratedAtoms(all: false));

                // result[user] = w, user walking scores and w filled from scores' row: the loop picks the same row of both.
                if (row.Root is { } filled)
                {
                    var slotDims = ElementDims(write.Target);
                    Link(slotDims, WithoutAllocatingLoops(filled, RowElements(row, write.Operation).Dims, write.Operation));

                    // byName[run.Name] = w: a key no loop indexes is still one slot per row the allocating loop fills.
                    if (depth > 0 && slotDims.Values.All(atoms => atoms.IsEmpty) && !IsConstantIndex(write.Target))
                    {
                        LinkOne(DimensionAtom.Depth(rows, depth - 1), PickedByAllocatingLoops(row, write.Operation));
                    }
                }
            }
        }
    }
}
