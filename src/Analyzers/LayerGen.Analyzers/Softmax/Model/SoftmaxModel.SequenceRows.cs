using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A row of jagged rows a method builds with LINQ (HeldOut40's <c>SpeakerAmSoftmax_BatchPeak</c>): <c>logits =
/// x.Select((row, i) =&gt; row.Select(…).ToArray()).ToArray()</c> has one row per element of the outer <c>Select</c> and
/// one element per element of the row its lambda makes, two dimensions like <c>x</c>. Read by index (<c>logits[i]</c>,
/// <c>rows[i]</c> of a <c>ToList()</c>), the row is the one the lambda made for the element the index picks: the loop
/// of the index stands for the lambda in the row's dimensions, as the variable of <c>foreach (var r in logits)</c> does.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Row <paramref name="index"/> of a sequence of rows made by a lambda, the index's one loop picking the source's
    /// rows, or the one row a fixed index picks (<see cref="FixedSequenceRow"/>); null for any other view or index
    /// (<c>perm[i]</c>, a loop walked by other steps).
    /// </summary>
    private BufferView? IndexedSequenceRow(BufferView? rows, IOperation index)
    {
        if (rows is not { Layout: BufferLayout.Sequence, ElementIsRow: true, ElementLoop: not null })
        {
            return null;
        }

        var position = Linear(index);
        if (position.IsLoopFree || position.Terms.Count != 1)
        {
            // logits[0], logits[j] with j a parameter: one fixed row (FixedRows.cs).
            return FixedSequenceRow(rows, index);
        }

        foreach (var term in position.Terms)
        {
            if (!term.Value.Equals(Stride.One))
            {
                return null;
            }

            return rows.WithRow(term.Key, rows.IteratedAtoms(all: false));
        }

        return null;
    }
}
