// Idiom: launch configuration (gridDim, blockDim) tuple and a kernel lambda invoked per block; the block's partial sums
// go into a "shared" accumulator captured from the launching method.
// Use: softmax over jagged sample rows, one block per sample; the blocks run one after another on the host.
// Layout: jagged float[batch][classes].
// Bug (LG0002): the captured accumulator is declared once before the launch and never reset per block, so each sample
// is divided by the running total over itself and every earlier sample.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.LaunchConfig_SharedSumNeverReset;

public static class HostLaunch
{
    private static void Run((int Grid, int Block) launch, Action<int, int> kernel)
    {
        for (int blockIdx = 0; blockIdx < launch.Grid; blockIdx++)
        {
            kernel(blockIdx, launch.Block);
        }
    }

    public static float[][] Softmax(float[][] logits)
    {
        var outputs = new float[logits.Length][];
        float blockSum = 0f;

        Run((logits.Length, 4), (blockIdx, blockDim) =>
        {
            float[] row = logits[blockIdx];
            var exps = new float[row.Length];
            var laneMax = new float[blockDim];
            for (int t = 0; t < blockDim; t++)
            {
                laneMax[t] = float.NegativeInfinity;
                for (int k = t; k < row.Length; k += blockDim)
                {
                    laneMax[t] = MathF.Max(laneMax[t], row[k]);
                }
            }

            float mx = laneMax[0];
            for (int t = 1; t < blockDim; t++)
            {
                mx = MathF.Max(mx, laneMax[t]);
            }

            for (int k = 0; k < row.Length; k++)
            {
                exps[k] = float.Exp(row[k] - mx);
                blockSum += exps[k]; //~ LG0002
            }

            for (int k = 0; k < row.Length; k++)
            {
                exps[k] /= blockSum;
            }

            outputs[blockIdx] = exps;
        });

        return outputs;
    }
}
