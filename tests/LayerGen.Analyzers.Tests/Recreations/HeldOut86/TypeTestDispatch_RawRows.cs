// Idiom: `if (batch is not IEnumerable<float[]> rows) throw ...` type test on an untyped container, then a per-row softmax
// Use: plug-in host handing the layer an `object` batch
// Layout: any IEnumerable<float[]> (List<float[]>, float[][]), one softmax per float[] row
// Bug: LG0003, the row's exps are taken on the raw logits, no max subtracted
// Our own code
using System;
using System.Collections.Generic;

namespace HeldOut86.TypeTestDispatch_RawRows;

public static class PluginLayer
{
    public static List<float[]> Run(object batch)
    {
        if (batch is not IEnumerable<float[]> rows)
        {
            throw new ArgumentException("expected rows of float[]", nameof(batch));
        }

        var output = new List<float[]>();
        foreach (float[] row in rows)
        {
            var e = new float[row.Length];
            float z = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                e[j] = MathF.Exp(row[j]); //~ LG0003
                z += e[j];
            }

            for (int j = 0; j < e.Length; j++)
            {
                e[j] /= z;
            }

            output.Add(e);
        }

        return output;
    }
}
