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

// known gap: besides the marked TryGetValue/indexer lines, the write and the read of the out local 'e' get their own errors
// gap: misplaced LG1116@19 LG1112@21 LG1112@22 LG1116@24
