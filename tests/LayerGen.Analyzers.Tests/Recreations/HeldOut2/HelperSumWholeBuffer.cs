// Re-creates: a C# MNIST sample's output layer where the normaliser comes from a SumAll helper over the whole activation buffer
// Layout: flat float[] row-major [rows, cols]; per-row max and exp, one helper sum over everything
// Expected: LG0002 — SumAll adds every row
using System;

namespace HeldOut2.HelperSumWholeBuffer;

public static class MnistOutput
{
    public static float[] Softmax(float[] z, int rows, int cols)
    {
        var y = new float[z.Length];
        for (int r = 0; r < rows; r++)
        {
            float max = float.MinValue;
            for (int c = 0; c < cols; c++)
            {
                max = MathF.Max(max, z[r * cols + c]);
            }

            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(z[r * cols + c] - max);
            }
        }

        float total = SumAll(y);
        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= total;
        }

        return y;
    }

    private static float SumAll(float[] a)
    {
        float s = 0f;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i]; //~ LG0002
        }

        return s;
    }
}
