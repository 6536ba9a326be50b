// Re-creates: SiaNet (SciSharp/SiaNet) Library/SiaNet/Layers/Activations/Softmax.cs, a CPU fallback with the sum over the batch
// Layout: jagged float[batch][classes], per-row max loop, LINQ SelectMany for the sum
// Expected: LG0002 — SelectMany(...).Sum() sums the whole batch
using System;
using System.Linq;

namespace HeldOut2.SiaNetSelectManySum;

public static class SoftmaxCpu
{
    public static float[][] Forward(float[][] x)
    {
        var e = new float[x.Length][];
        for (int r = 0; r < x.Length; r++)
        {
            float m = float.MinValue;
            for (int c = 0; c < x[r].Length; c++)
            {
                m = MathF.Max(m, x[r][c]);
            }

            e[r] = new float[x[r].Length];
            for (int c = 0; c < x[r].Length; c++)
            {
                e[r][c] = MathF.Exp(x[r][c] - m);
            }
        }

        float total = e.SelectMany(row => row).Sum(); //~ LG0002
        foreach (var row in e)
        {
            for (int c = 0; c < row.Length; c++)
            {
                row[c] /= total;
            }
        }

        return e;
    }
}
