// Variants (our own code) of HeldOut8/SwinWindowAttention_MaxPerWindow.cs: windowed attention over a flat
// [windows, N, N] score buffer (Swin Transformer style), softmax over each row of a window's N x N block. The max is
// hoisted out of the query loop and walks the whole block with its own flat index (block size N * N held in a
// local, the walk's end in another), so it folds every row of the window: a query row far below another query's
// scores underflows to 0/0.
// Layouts: flat double[] with a zero-based walk read at block + t; flat float[] with a walk from start to a local end.
// Bug in every method: LG0001.
using System;

namespace Recreations.BlockWalkMaxOverWholeWindow;

public static class BlockWalkMaxOverWholeWindow
{
    public static void ZeroBasedWalk(double[] s, int windows, int n)
    {
        int plane = n * n;
        for (int w = 0; w < windows; w++)
        {
            int block = w * plane;
            double m = double.NegativeInfinity;
            for (int t = 0; t < plane; t++) m = Math.Max(m, s[block + t]); //~ LG0001

            for (int i = 0; i < n; i++)
            {
                int row = block + i * n;
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

    public static float[] WalkToLocalEnd(float[] scores, int windows, int tokens)
    {
        var y = new float[scores.Length];
        int windowSize = tokens * tokens;
        for (int h = 0; h < windows; h++)
        {
            int start = h * windowSize;
            int end = start + windowSize;
            float peak = float.MinValue;
            for (int p = start; p < end; p++)
                if (scores[p] > peak) peak = scores[p]; //~ LG0001

            for (int q = 0; q < tokens; q++)
            {
                int row = start + q * tokens;
                float sum = 0f;
                for (int k = 0; k < tokens; k++)
                {
                    y[row + k] = MathF.Exp(scores[row + k] - peak);
                    sum += y[row + k];
                }

                for (int k = 0; k < tokens; k++) y[row + k] /= sum;
            }
        }

        return y;
    }
}
