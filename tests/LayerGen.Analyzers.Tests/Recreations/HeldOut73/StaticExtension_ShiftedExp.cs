// Idiom: C# 14 static extension members on float (float.Larger, float.ShiftedExp) called as if they were float's own.
// Use: attention weights per query row.
// Layout: float[queries, keys], softmax per row.
// Correct: the shift happens inside the static extension, with the row's max.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.StaticExtension_ShiftedExp;

public static class FloatOps
{
    extension(float)
    {
        public static float ShiftedExp(float value, float shift) => MathF.Exp(value - shift);

        public static float Larger(float a, float b) => a > b ? a : b;
    }
}

public static class Attention
{
    public static float[,] RowSoftmax(float[,] scores)
    {
        int rows = scores.GetLength(0), cols = scores.GetLength(1);
        var w = new float[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < cols; j++) m = float.Larger(m, scores[i, j]);
            float z = 0f;
            for (int j = 0; j < cols; j++)
            {
                w[i, j] = float.ShiftedExp(scores[i, j], m);
                z += w[i, j];
            }

            for (int j = 0; j < cols; j++) w[i, j] /= z;
        }

        return w;
    }
}
