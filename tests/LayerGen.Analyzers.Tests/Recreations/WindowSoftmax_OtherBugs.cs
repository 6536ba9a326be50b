// Window softmaxes over an [H, W] map whose sum is correctly restarted per window but which have another bug: no
// maximum subtracted at all (LG0003 only: the per-window sum is right, so no LG0002), and one maximum over the whole
// map subtracted from every window (LG0001 only: a window far below the map's maximum underflows to 0 / 0). Plus a
// correct window softmax whose cell index goes through temporaries (row, col), which must stay silent.
// Source: Swin Transformer window attention and SoftPool ports (see WindowSoftmax_PerWindowSum).
// Layout: float[,] [H, W]; flat float[] [H·W] with window strides; flat double[] [H·W] through index temporaries.
using System;

namespace Recreations.WindowSoftmaxOtherBugs;

public static class WindowSoftmax
{
    public static void Unshifted(float[,] scores, int ws, float[,] weights)
    {
        for (int wy = 0; wy < scores.GetLength(0); wy += ws)
        {
            for (int wx = 0; wx < scores.GetLength(1); wx += ws)
            {
                float sum = 0f;
                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                    {
                        weights[wy + dy, wx + dx] = MathF.Exp(scores[wy + dy, wx + dx]); //~ LG0003
                        sum += weights[wy + dy, wx + dx];
                    }

                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                        weights[wy + dy, wx + dx] /= sum;
            }
        }
    }

    public static void MapMaximum(float[] map, int height, int width, int ws, float[] output)
    {
        float max = float.NegativeInfinity;
        for (int p = 0; p < height * width; p++)
            max = MathF.Max(max, map[p]); //~ LG0001

        for (int by = 0; by < height / ws; by++)
        {
            for (int bx = 0; bx < width / ws; bx++)
            {
                float sum = 0f;
                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                    {
                        int at = (by * ws + dy) * width + bx * ws + dx;
                        output[at] = MathF.Exp(map[at] - max);
                        sum += output[at];
                    }

                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                        output[(by * ws + dy) * width + bx * ws + dx] /= sum;
            }
        }
    }

    public static void IndexTemporaries(double[] map, int height, int width, int ws, double[] output)
    {
        for (int wy = 0; wy < height; wy += ws)
        {
            for (int wx = 0; wx < width; wx += ws)
            {
                double max = double.NegativeInfinity;
                for (int dy = 0; dy < ws; dy++)
                {
                    int row = wy + dy;
                    for (int dx = 0; dx < ws; dx++)
                    {
                        int col = wx + dx;
                        if (map[row * width + col] > max) max = map[row * width + col];
                    }
                }

                double sum = 0.0;
                for (int dy = 0; dy < ws; dy++)
                {
                    int row = wy + dy;
                    for (int dx = 0; dx < ws; dx++)
                    {
                        int col = wx + dx;
                        output[row * width + col] = Math.Exp(map[row * width + col] - max);
                        sum += output[row * width + col];
                    }
                }

                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                        output[(wy + dy) * width + wx + dx] /= sum;
            }
        }
    }
}
