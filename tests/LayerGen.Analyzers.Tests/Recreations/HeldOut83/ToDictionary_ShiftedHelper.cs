// Idiom: `scores.ToDictionary(kv => kv.Key, kv => { … })` per row, a static helper `ShiftedExps(xs, shift)`.
// Use: per-label-set probabilities keyed by example name.
// Layout: IReadOnlyDictionary<string, double[]>; result Dictionary<string, double[]>.
// Correct: the helper is given one row and that row's max; its exps are shifted.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.ToDictionary_ShiftedHelper;

public static class KeyedRows
{
    static double[] ShiftedExps(IEnumerable<double> xs, double shift) => xs.Select(v => Math.Exp(v - shift)).ToArray();

    public static Dictionary<string, double[]> Softmax(IReadOnlyDictionary<string, double[]> scores) =>
        scores.ToDictionary(kv => kv.Key, kv =>
        {
            double[] e = ShiftedExps(kv.Value, kv.Value.Max());
            double z = e.Sum();
            return e.Select(v => v / z).ToArray();
        });
}
