using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// <c>Enumerable.Chunk(n)</c> of a flat buffer cuts it into rows of <c>n</c>: chunk k is elements [k·n, (k+1)·n), the slice
/// <c>x.AsSpan(k * n, n)</c> (HeldOut71's <c>Chunk_ClassMajorChunks</c>). So a chunk picked by a walk
/// (<c>foreach (var chunk in x.Chunk(n))</c>, <c>x.Chunk(n).Select(c =&gt; c.Max())</c>, <c>x.Chunk(n).ToArray()[k]</c>)
/// is that slice with the walk's loop as k: a fold over a chunk runs along the unit stride, and the chunk index moves in
/// the stride <c>n</c>, as <c>x[k * n + j]</c> does, whether <c>n</c> is the class count (row-major rows) or the batch
/// (class-major columns). The last, shorter chunk is still the slice at k·n.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The rows <c>x.Chunk(n)</c> cuts a whole flat buffer into; null for any other source.</summary>
    private BufferView? ChunkedRowsView(IInvocationOperation chunk)
    {
        if (chunk.Arguments.Length != 2 || chunk.Instance is not null
            || EvalView(chunk.Arguments[0].Value) is not { Layout: BufferLayout.Flat, Root: { } root, FlatOffset: null, Flattened: false } source
            || Linear(chunk.Arguments[1].Value) is not { IsLoopFree: true, Constant: { } size })
        {
            return null;
        }

        // The call stands for "this chunk" (k) until a walk picks one (BufferView.WithRow renames it to the walk).
        var offset = LinearIndex.Loop(chunk, size);
        var row = source.Slice(offset, ValueFacts.DimsOf(chunk, new[] { DimensionAtom.Stride(root, size.Text) }));
        return new BufferView(root, BufferLayout.Sequence, 1, 0, null, source.FixedDims, flattened: false, elements: null, elementLoop: chunk, source: null, elementRow: row);
    }
}
