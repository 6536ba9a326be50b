// Variants (our own code) of numpy ports that keep np.max(x, axis, keepdims=True) as a static helper taking (array,
// axis) and write the rest of the softmax inline: the helper folds along the dimension its axis selects (in its
// indices, `axis == 0 ? 0 : i`, or in branches, `if (axis == 0) … else …`); a flat variant takes the shape as
// parameters. The port passes axis 1 (one max per row), as np.max(x, axis=1, keepdims=True).
// Correct: no diagnostic.
using System;

namespace Recreations.AxisHelpersMaxOverAxisOne;

public static class AxisOnePorts
{
    private static double[,] Max(double[,] a, int axis)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        var m = axis == 0 ? new double[1, cols] : new double[rows, 1];
        for (int i = 0; i < m.GetLength(0); i++)
            for (int j = 0; j < m.GetLength(1); j++)
                m[i, j] = double.NegativeInfinity;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
            {
                int r = axis == 0 ? 0 : i, c = axis == 0 ? j : 0;
                m[r, c] = Math.Max(m[r, c], a[i, j]);
            }
        return m;
    }

    private static float[] FlatMax(float[] a, int rows, int cols, int axis)
    {
        var m = new float[axis == 0 ? cols : rows];
        if (axis == 0)
        {
            for (int j = 0; j < cols; j++) m[j] = float.NegativeInfinity;
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < cols; j++)
                    m[j] = MathF.Max(m[j], a[i * cols + j]);
        }
        else
        {
            for (int i = 0; i < rows; i++)
            {
                m[i] = float.NegativeInfinity;
                for (int j = 0; j < cols; j++)
                    m[i] = MathF.Max(m[i], a[i * cols + j]);
            }
        }

        return m;
    }

    public static double[,] Rows(double[,] scores)
    {
        int rows = scores.GetLength(0), cols = scores.GetLength(1);
        var probs = new double[rows, cols];
        double[,] peak = Max(scores, axis: 1);
        for (int i = 0; i < rows; i++)
        {
            double sum = 0;
            for (int j = 0; j < cols; j++) sum += Math.Exp(scores[i, j] - peak[i, 0]);
            for (int j = 0; j < cols; j++) probs[i, j] = Math.Exp(scores[i, j] - peak[i, 0]) / sum;
        }

        return probs;
    }

    public static void Flat(float[] scores, float[] probs, int rows, int cols)
    {
        float[] peak = FlatMax(scores, rows, cols, 1);
        for (int i = 0; i < rows; i++)
        {
            float sum = 0f;
            for (int j = 0; j < cols; j++) sum += MathF.Exp(scores[i * cols + j] - peak[i]);
            for (int j = 0; j < cols; j++) probs[i * cols + j] = MathF.Exp(scores[i * cols + j] - peak[i]) / sum;
        }
    }
}
