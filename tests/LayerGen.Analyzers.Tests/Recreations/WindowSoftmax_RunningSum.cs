// Buggy twins of WindowSoftmax_PerWindowSum: the per-window softmax's sum is declared once above the window loops
// and never reset, so every window after the first is divided by the running total of all windows so far (the
// second window of a 2x2-window map sums to well under 1): LG0002 at the fold. The maximum stays per window.
// Source: Swin Transformer window attention and SoftPool ports (see the correct twin).
// Layout: as the correct twin: float[,] [H, W]; flat float[] [H·W]; jagged double[][] [H][W]; flat float[] [C, H·W].
using System;

namespace Recreations.WindowSoftmaxRunningSum;

public static class WindowSoftmax
{
    public static void Rectangular(float[,] scores, int ws, float[,] weights)
    {
        int height = scores.GetLength(0);
        int width = scores.GetLength(1);
        float sum = 0f;
        for (int wy = 0; wy < height; wy += ws)
        {
            for (int wx = 0; wx < width; wx += ws)
            {
                float max = float.NegativeInfinity;
                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                        max = MathF.Max(max, scores[wy + dy, wx + dx]);

                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                    {
                        weights[wy + dy, wx + dx] = MathF.Exp(scores[wy + dy, wx + dx] - max);
                        sum += weights[wy + dy, wx + dx]; //~ LG0002
                    }

                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                        weights[wy + dy, wx + dx] /= sum;
            }
        }
    }

    public static void FlatWindowIndices(float[] map, int height, int width, int ws, float[] output)
    {
        float sum = 0f;
        for (int by = 0; by < height / ws; by++)
        {
            for (int bx = 0; bx < width / ws; bx++)
            {
                float max = float.NegativeInfinity;
                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                        max = MathF.Max(max, map[(by * ws + dy) * width + bx * ws + dx]);

                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                    {
                        float e = MathF.Exp(map[(by * ws + dy) * width + bx * ws + dx] - max);
                        output[(by * ws + dy) * width + bx * ws + dx] = e;
                        sum += e; //~ LG0002
                    }

                for (int dy = 0; dy < ws; dy++)
                    for (int dx = 0; dx < ws; dx++)
                        output[(by * ws + dy) * width + bx * ws + dx] /= sum;
            }
        }
    }

    public static double[][] Jagged(double[][] logits, int ws)
    {
        int height = logits.Length;
        int width = logits[0].Length;
        var result = new double[height][];
        for (int i = 0; i < height; i++)
            result[i] = new double[width];

        double sum = 0.0;
        for (int top = 0; top < height; top += ws)
        {
            for (int left = 0; left < width; left += ws)
            {
                double max = double.NegativeInfinity;
                for (int i = top; i < top + ws; i++)
                    for (int j = left; j < left + ws; j++)
                        if (logits[i][j] > max)
                            max = logits[i][j];

                for (int i = top; i < top + ws; i++)
                    for (int j = left; j < left + ws; j++)
                    {
                        result[i][j] = Math.Exp(logits[i][j] - max);
                        sum += result[i][j]; //~ LG0002
                    }

                for (int i = top; i < top + ws; i++)
                    for (int j = left; j < left + ws; j++)
                        result[i][j] /= sum;
            }
        }

        return result;
    }

    public static void ChannelWindows(float[] x, int channels, int height, int width, int ws, float[] y)
    {
        int plane = height * width;
        float sum = 0f;
        for (int c = 0; c < channels; c++)
        {
            for (int wy = 0; wy < height; wy += ws)
            {
                for (int wx = 0; wx < width; wx += ws)
                {
                    int origin = c * plane + wy * width + wx;
                    float max = float.NegativeInfinity;
                    for (int dy = 0; dy < ws; dy++)
                        for (int dx = 0; dx < ws; dx++)
                            max = MathF.Max(max, x[origin + dy * width + dx]);

                    for (int dy = 0; dy < ws; dy++)
                        for (int dx = 0; dx < ws; dx++)
                        {
                            y[origin + dy * width + dx] = MathF.Exp(x[origin + dy * width + dx] - max);
                            sum += y[origin + dy * width + dx]; //~ LG0002
                        }

                    for (int dy = 0; dy < ws; dy++)
                        for (int dx = 0; dx < ws; dx++)
                            y[origin + dy * width + dx] /= sum;
                }
            }
        }
    }
}
