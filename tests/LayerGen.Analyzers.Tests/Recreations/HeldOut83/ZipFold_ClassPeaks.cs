// Idiom: element-wise max across rows as `rows.Aggregate((acc, row) => acc.Zip(row, Math.Max).ToArray())`, then
// `row.Zip(classPeak, (v, p) => Math.Exp(v - p))` per row.
// Use: softmax per sample of a batch of logits.
// Layout: jagged double[batch][classes]; result double[batch][classes].
// Bug (LG0004): the peak runs along the batch axis (one per class), the sum along the class axis (one per sample).
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut83.ZipFold_ClassPeaks;

public static class ZipPeaks
{
    public static double[][] Softmax(double[][] rows)
    {
        double[] classPeak = rows.Aggregate((acc, row) => acc.Zip(row, Math.Max).ToArray()); //~ LG0004
        return rows.Select(row =>
        {
            double[] e = row.Zip(classPeak, (v, p) => Math.Exp(v - p)).ToArray();
            double z = e.Sum();
            return Array.ConvertAll(e, v => v / z);
        }).ToArray();
    }
}
