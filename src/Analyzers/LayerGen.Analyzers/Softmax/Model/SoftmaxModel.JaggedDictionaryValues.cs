using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Dictionaries whose values are jagged batches (<c>IReadOnlyDictionary&lt;string, float[][]&gt;</c>, HeldOut67's
/// <c>LayerMaps_LayerWidePeak</c>): one batch of rows per key, so a value (<c>rows</c> of
/// <c>foreach (var (name, rows) in layers)</c>, <c>kv.Value</c>, an element of <c>layers.Values</c>) reads like a
/// <c>float[][]</c> parameter: a fold over all of it (<c>rows.Max(r =&gt; r.Max())</c>) spans its rows. Before, the
/// dictionary had two levels whatever its values, so such a value was one row and the fold over it a per-row fold.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The levels a row dictionary's value adds beyond one row: none for <c>double[]</c> or <c>List&lt;double&gt;</c>
    /// values, one for <c>float[][]</c> or <c>List&lt;float[]&gt;</c>, as many as the value nests rows.
    /// </summary>
    private static int DictionaryValueLevels(ITypeSymbol? type) =>
        WellKnownSymbols.IsRowDictionary(type) && WellKnownSymbols.DictionaryValues(type) is { } values
            ? System.Math.Max(0, RowLevels(values) - 1)
            : 0;
}
