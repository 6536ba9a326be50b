// Re-creates: a C# softmax that keeps its running statistics in a mutable struct (SoftmaxStats { Max; Sum; }), filled once for the batch
// Layout: float[,] row-major [batch, classes]; the max lives in a struct field updated over every element
// Expected: LG0001 — stats.Max folds the whole batch
using System;

namespace HeldOut2.StructStatsGlobalMax;

public struct SoftmaxStats
{
    public float Max;
    public float Sum;
}

public static class StatsSoftmax
{
    public static float[,] Forward(float[,] x)
    {
        var stats = new SoftmaxStats { Max = float.MinValue };
        foreach (float v in x)
        {
            if (v > stats.Max) stats.Max = v; //~ LG0001
        }

        var y = new float[x.GetLength(0), x.GetLength(1)];
        for (int i = 0; i < x.GetLength(0); i++)
        {
            stats.Sum = 0f;
            for (int j = 0; j < x.GetLength(1); j++)
            {
                y[i, j] = MathF.Exp(x[i, j] - stats.Max);
                stats.Sum += y[i, j];
            }

            for (int j = 0; j < x.GetLength(1); j++)
            {
                y[i, j] /= stats.Sum;
            }
        }

        return y;
    }
}
