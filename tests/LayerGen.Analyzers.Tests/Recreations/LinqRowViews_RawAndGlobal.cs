// Bug variants: a batch softmax written with LINQ row views (Skip/Take slices of a flat buffer, Where/OrderBy chains
// over jagged rows) that exponentiates the raw logits (LG0003), or subtracts the maximum of the whole batch (LG0001).
// Source: ONNX Runtime / ML.NET C# post-processing of batched classifier outputs (a flat [N, classes] tensor cut into
// rows with Skip/Take), top-k sampling in C# text generators (OrderByDescending(...).Take(k)) — the shape of
// HeldOut7's ImageNetBatchRawExpLinq, written anew over other layouts.
// Layout: List<float> flat [rows, classes]; double[][] jagged [rows][vocab]; float[] flat [rows, classes].
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.LinqRowViewsRawAndGlobal;

public static class LinqBatchSoftmax
{
    public static List<float[]> FlatListRaw(List<float> output, int classes)
    {
        var rows = new List<float[]>();
        for (int r = 0; r < output.Count / classes; r++)
        {
            float[] e = output.Skip(r * classes).Take(classes).Select(MathF.Exp).ToArray(); //~ LG0003
            float z = e.Sum();
            rows.Add(e.Select(v => v / z).ToArray());
        }

        return rows;
    }

    public static double[][] TopKRaw(double[][] logits, int k)
    {
        var result = new double[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            var top = logits[r].OrderByDescending(v => v).Take(k).ToArray();
            var weights = top.Select(v => Math.Exp(v)).ToArray(); //~ LG0003
            double z = weights.Sum();
            result[r] = weights.Select(w => w / z).ToArray();
        }

        return result;
    }

    public static float[][] FlatGlobalMax(float[] output, int classes)
    {
        int rows = output.Length / classes;
        float m = output.Max(); //~ LG0001
        var result = new float[rows][];
        for (int r = 0; r < rows; r++)
        {
            var e = output.Skip(r * classes).Take(classes).Select(v => MathF.Exp(v - m)).ToArray();
            float z = e.Sum();
            result[r] = e.Select(v => v / z).ToArray();
        }

        return result;
    }
}
