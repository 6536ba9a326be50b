// Source: Parallel.For batch softmax in C# (NeuralNetwork.NET / SiaNet-style CPU kernels): a first parallel pass
// finds the max "for stability", a second parallel pass exponentiates and normalises every row.
// Layout: row-major [rows, cols] float; shared max updated under a lock; per-row sums in the second pass.
// Bug: the shared max is one value over all rows, not each row's own max (a low row underflows to 0/0).
using System;
using System.Threading.Tasks;

namespace LayerGen.HeldOut4.ParallelForLockedSharedMax;

public static class ParallelBatchSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        float sharedMax = float.NegativeInfinity;
        var gate = new object();
        Parallel.For(0, rows, r =>
        {
            float local = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
                local = MathF.Max(local, x[r * cols + c]);
            lock (gate)
            {
                sharedMax = MathF.Max(sharedMax, local); //~ LG0001
            }
        });

        Parallel.For(0, rows, r =>
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - sharedMax);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] /= sum;
        });
    }
}
