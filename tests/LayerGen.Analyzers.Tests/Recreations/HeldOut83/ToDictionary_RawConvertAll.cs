// Idiom: chained `ToDictionary` passes — exps by `List.ConvertAll`, sums per key, then division per key.
// Use: rows of scores keyed by row id, kept sorted.
// Layout: SortedDictionary<int, List<float>>; result Dictionary<int, float[]>.
// Bug (LG0003): `MathF.Exp(v)` of the raw scores, no max subtracted.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.ToDictionary_RawConvertAll;

public static class KeyedPasses
{
    public static Dictionary<int, float[]> Softmax(SortedDictionary<int, List<float>> rows)
    {
        Dictionary<int, List<float>> exps = rows.ToDictionary(
            row => row.Key,
            row => row.Value.ConvertAll(v => MathF.Exp(v))); //~ LG0003
        Dictionary<int, float> sums = exps.ToDictionary(e => e.Key, e => e.Value.Sum());
        return exps.ToDictionary(e => e.Key, e => e.Value.Select(v => v / sums[e.Key]).ToArray());
    }
}
