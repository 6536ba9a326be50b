namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A managed reference to the data of one jagged row: <c>MemoryMarshal.GetArrayDataReference(scores[a])</c>, the same of
/// a row local (<c>double[] row = scores[a]</c>) or <c>GetReference</c> of the row's span (<c>scores[a].AsSpan()</c>,
/// <c>ReadOnlySpan&lt;double&gt; row = scores[a]</c>) refers to element 0 of that row, so <c>Unsafe.Add(ref r0, k)</c> is
/// the row's element <c>k</c>, read with the row's dimensions exactly as <c>scores[a][k]</c> (Refs.cs reads references
/// to flat buffers the same way). A row that still holds rows, a flattened one or a slice is not such a reference.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>A view a managed reference may stand for: a flat buffer or slice, or one whole innermost jagged row.</summary>
    private static bool IsReferencedStorage(BufferView? view) =>
        view is { Layout: BufferLayout.Flat }
        || view is { Layout: BufferLayout.Jagged, Flattened: false, FlatOffset: null } row && row.Consumed + 1 == row.Rank;
}
