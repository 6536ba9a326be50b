// Correct twins: the same LINQ row views with each row's own maximum subtracted: a Skip/Take slice copied to an
// array, a Where filter over a jagged row (finite logits only), an OrderByDescending top-k.
// Source: ONNX Runtime / ML.NET C# post-processing of batched classifier outputs; top-k sampling in C# text
// generators. Layout: float[] flat [rows, classes]; double[][] jagged [rows][vocab]. Correct.
using System;
using System.Linq;

namespace Recreations.LinqRowViewsShifted;

public static class LinqBatchSoftmax
{
    public static float[][] FlatRows(float[] output, int classes)
    {
        int rows = output.Length / classes;
        var result = new float[rows][];
        for (int r = 0; r < rows; r++)
        {
            float[] row = output.Skip(r * classes).Take(classes).ToArray();
            float m = row.Max();
            float[] e = row.Select(v => MathF.Exp(v - m)).ToArray();
            float z = e.Sum();
            result[r] = e.Select(v => v / z).ToArray();
        }

        return result;
    }

    public static double[][] TopKShifted(double[][] logits, int k)
    {
        var result = new double[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            var top = logits[r].Where(v => !double.IsNaN(v)).OrderByDescending(v => v).Take(k).ToArray();
            double best = top.Max();
            var weights = top.Select(v => Math.Exp(v - best)).ToArray();
            double z = weights.Sum();
            result[r] = weights.Select(w => w / z).ToArray();
        }

        return result;
    }
}
