// Correct twins (our own code) of BlockWalk_MaxOverWholeWindow.cs over the same flat [windows, N, N] buffers: the max
// of each query row is taken over that row; and a look-alike where the softmax really is over the whole N x N window
// (a spatial softmax per window: the max and the sum both walk the whole block with one flat index).
// Layouts: flat double[] (rows of a window at block + i * n); flat float[] (one distribution per window).
// Correct: no diagnostic.
using System;

namespace Recreations.BlockWalkMaxPerWindowRow;

public static class BlockWalkMaxPerWindowRow
{
    public static void PerRowMaximum(double[] s, int windows, int n)
    {
        int plane = n * n;
        for (int w = 0; w < windows; w++)
        {
            int block = w * plane;
            for (int i = 0; i < n; i++)
            {
                int row = block + i * n;
                double m = double.NegativeInfinity;
                for (int j = 0; j < n; j++) m = Math.Max(m, s[row + j]);
                double z = 0;
                for (int j = 0; j < n; j++)
                {
                    s[row + j] = Math.Exp(s[row + j] - m);
                    z += s[row + j];
                }

                for (int j = 0; j < n; j++) s[row + j] /= z;
            }
        }
    }

    public static float[] SpatialSoftmaxPerWindow(float[] scores, int windows, int tokens)
    {
        var y = new float[scores.Length];
        int windowSize = tokens * tokens;
        for (int h = 0; h < windows; h++)
        {
            int start = h * windowSize;
            float peak = float.MinValue;
            for (int p = start; p < start + windowSize; p++) peak = MathF.Max(peak, scores[p]);
            float sum = 0f;
            for (int p = start; p < start + windowSize; p++)
            {
                y[p] = MathF.Exp(scores[p] - peak);
                sum += y[p];
            }

            for (int p = start; p < start + windowSize; p++) y[p] /= sum;
        }

        return y;
    }
}
