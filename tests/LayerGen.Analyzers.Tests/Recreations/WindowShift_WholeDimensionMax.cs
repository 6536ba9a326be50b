// Bug variants: a softmax over a window the slice loop moves along its own axis (a pooling window, a segment of a
// row), shifted by a maximum over the whole axis the windows tile: it contains the window and the windows beside
// it, so a window far below the axis's maximum underflows to 0 / 0 (LG0001, not LG0004).
// Source: SoftPool (Stergiou et al. 2021) and segment-softmax ports that take one maximum per plane or per row "to
// save work" — the shape of HeldOut10's SoftPool_MaxOverChannelPlane, written anew in other layouts.
// Layout: flat float[] [rows, cols] with segments of width w; float[C, H, W] with k×k windows; jagged double[][]
// rows with windows of `size`; ReadOnlySpan<double> [C, H·W] planes with 4×4 windows.
using System;

namespace Recreations.WindowShiftWholeDimensionMax;

public static class WindowShift
{
    public static void RowSegments(float[] x, int rows, int cols, int w, float[] y)
    {
        for (int r = 0; r < rows; r++)
        {
            float m = float.NegativeInfinity;
            for (int k = 0; k < cols; k++)
                m = MathF.Max(m, x[r * cols + k]); //~ LG0001

            for (int s = 0; s < cols / w; s++)
            {
                float z = 0f;
                for (int t = 0; t < w; t++)
                {
                    y[r * cols + s * w + t] = MathF.Exp(x[r * cols + s * w + t] - m);
                    z += y[r * cols + s * w + t];
                }

                for (int t = 0; t < w; t++)
                    y[r * cols + s * w + t] /= z;
            }
        }
    }

    public static void PoolWindows(float[,,] a, int k, float[,,] weights)
    {
        int channels = a.GetLength(0);
        int height = a.GetLength(1);
        int width = a.GetLength(2);
        for (int c = 0; c < channels; c++)
        {
            float peak = float.NegativeInfinity;
            for (int i = 0; i < height; i++)
                for (int j = 0; j < width; j++)
                    if (a[c, i, j] > peak) peak = a[c, i, j]; //~ LG0001

            for (int y = 0; y < height; y += k)
            {
                for (int x = 0; x < width; x += k)
                {
                    float z = 0f;
                    for (int dy = 0; dy < k; dy++)
                        for (int dx = 0; dx < k; dx++)
                        {
                            weights[c, y + dy, x + dx] = MathF.Exp(a[c, y + dy, x + dx] - peak);
                            z += weights[c, y + dy, x + dx];
                        }

                    for (int dy = 0; dy < k; dy++)
                        for (int dx = 0; dx < k; dx++)
                            weights[c, y + dy, x + dx] /= z;
                }
            }
        }
    }

    public static double[][] JaggedWindows(double[][] rows, int size)
    {
        var result = new double[rows.Length][];
        for (int i = 0; i < rows.Length; i++)
        {
            double[] row = rows[i];
            var p = new double[row.Length];
            double top = double.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
                top = Math.Max(top, row[j]); //~ LG0001

            for (int start = 0; start < row.Length; start += size)
            {
                double z = 0.0;
                for (int t = 0; t < size; t++)
                {
                    p[start + t] = Math.Exp(row[start + t] - top);
                    z += p[start + t];
                }

                for (int t = 0; t < size; t++)
                    p[start + t] /= z;
            }

            result[i] = p;
        }

        return result;
    }

    public static void SpanPlanes(ReadOnlySpan<double> x, int channels, int height, int width, Span<double> y)
    {
        int plane = height * width;
        for (int c = 0; c < channels; c++)
        {
            ReadOnlySpan<double> v = x.Slice(c * plane, plane);
            Span<double> o = y.Slice(c * plane, plane);
            double m = double.NegativeInfinity;
            for (int p = 0; p < plane; p++)
                if (v[p] > m) m = v[p]; //~ LG0001

            for (int wy = 0; wy < height; wy += 4)
                for (int wx = 0; wx < width; wx += 4)
                {
                    double z = 0.0;
                    for (int dy = 0; dy < 4; dy++)
                        for (int dx = 0; dx < 4; dx++)
                        {
                            o[(wy + dy) * width + wx + dx] = Math.Exp(v[(wy + dy) * width + wx + dx] - m);
                            z += o[(wy + dy) * width + wx + dx];
                        }

                    for (int dy = 0; dy < 4; dy++)
                        for (int dx = 0; dx < 4; dx++)
                            o[(wy + dy) * width + wx + dx] /= z;
                }
        }
    }
}
