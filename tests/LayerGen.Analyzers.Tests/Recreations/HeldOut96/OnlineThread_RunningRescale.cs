// Idiom: one-pass "online softmax" per thread (as in fused attention kernels): a running max and a running sum that is
// rescaled by exp(old - new) whenever the max grows, then one normalisation pass with the final max and sum.
// Use: one thread per row over a 2D logits array, launched with Parallel.For.
// Layout: float[rows, cols] (2D array), rows are samples.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut96.OnlineThread_RunningRescale;

public static class OnlineSoftmaxKernel
{
    public static float[,] Forward(float[,] logits)
    {
        int rows = logits.GetLength(0);
        int cols = logits.GetLength(1);
        var probs = new float[rows, cols];

        Parallel.For(0, rows, row =>
        {
            float runMax = float.NegativeInfinity;
            float runSum = 0f;
            for (int c = 0; c < cols; c++)
            {
                float v = logits[row, c];
                if (v > runMax)
                {
                    runSum *= MathF.Exp(runMax - v);
                    runMax = v;
                }

                runSum += MathF.Exp(v - runMax);
            }

            for (int c = 0; c < cols; c++)
            {
                probs[row, c] = MathF.Exp(logits[row, c] - runMax) / runSum;
            }
        });

        return probs;
    }
}
