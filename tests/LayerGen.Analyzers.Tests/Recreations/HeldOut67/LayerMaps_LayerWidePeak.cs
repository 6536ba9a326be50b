// Idiom: attention maps of several layers by name, each layer's scores as jagged query rows [heads * queries][keys];
// the author shifts by one peak per layer taken with LINQ over all its rows.
// Layout: IReadOnlyDictionary<string, float[][]>, softmax over each row.
// Bug LG0001: rows.Max(r => r.Max()) spans every head and query of the layer, more than one row.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut67.LayerMaps_LayerWidePeak;

public static class LayerAttention
{
    public static Dictionary<string, float[][]> Normalise(IReadOnlyDictionary<string, float[][]> layers)
    {
        var result = new Dictionary<string, float[][]>();
        foreach (var (name, rows) in layers)
        {
            float peak = rows.Max(r => r.Max()); //~ LG0001
            var normalised = new float[rows.Length][];
            for (int i = 0; i < rows.Length; i++)
            {
                float[] e = rows[i].Select(v => MathF.Exp(v - peak)).ToArray();
                float sum = e.Sum();
                normalised[i] = e.Select(v => v / sum).ToArray();
            }

            result[name] = normalised;
        }

        return result;
    }
}
