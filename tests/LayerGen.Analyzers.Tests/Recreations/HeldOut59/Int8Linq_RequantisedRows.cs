// HeldOut59 — Int8Linq_RequantisedRows. Idiom: int8 logits per sample dequantised with LINQ, softmaxed with `Max`,
// `Select(v => MathF.Exp(v - m))` and `Sum`, then the probabilities requantised to uint8 with
// `(byte)Math.Round(p * 255)` for the next int8 stage. Use: a tiny int8 classifier feeding a quantised post-processor.
// Layout: List<sbyte[]> rows in; List<float[]> probabilities and List<byte[]> requantised out.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut59.Int8Linq_RequantisedRows;

public static class RequantisingSoftmax
{
    public static (List<float[]> Probabilities, List<byte[]> Quantised) Run(List<sbyte[]> rows, float scale, int zeroPoint)
    {
        var probabilities = new List<float[]>(rows.Count);
        var quantised = new List<byte[]>(rows.Count);
        foreach (sbyte[] row in rows)
        {
            float[] x = row.Select(q => (q - zeroPoint) * scale).ToArray();
            float m = x.Max();
            float[] e = x.Select(v => MathF.Exp(v - m)).ToArray();
            float s = e.Sum();
            float[] p = e.Select(v => v / s).ToArray();
            probabilities.Add(p);
            quantised.Add(p.Select(v => (byte)Math.Round(v * 255)).ToArray());
        }

        return (probabilities, quantised);
    }
}
