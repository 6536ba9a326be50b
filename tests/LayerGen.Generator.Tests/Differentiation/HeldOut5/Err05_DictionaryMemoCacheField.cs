// exp memoised in a static Dictionary (a "speed-up" a user tries for repeated inputs): the lookup and the insert
// read and mutate a shared collection, outside the subset.
// expect: error
using System;
using System.Collections.Generic;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class DictionaryMemoCacheField
{
    static readonly Dictionary<double, double> Cache = new();

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            if (!Cache.TryGetValue(x[i], out double e)) //~ LG11
            {
                e = Math.Exp(-x[i] * x[i]);
                Cache[x[i]] = e; //~ LG11
            }
            y[i] = e;
        }
    }
}
