// Correct twins of WindowShift_WholeDimensionMax: each window's maximum is taken over that window's own elements
// (through the same flat or rank index the softmax reads), and a whole-plane softmax whose maximum walks the plane
// flat while its sum walks it by rows and columns.
// Source: SoftPool and segment-softmax ports (see the buggy twin).
// Layout: flat float[] [rows, cols] segments; float[C, H, W] k×k windows; flat double[] [C, H, W] 2×2 windows read
// through topLeft + dy * width + dx; flat float[] [C, H·W] whole planes.
using System;

namespace Recreations.WindowShiftPerWindowMax;

public static class WindowShift
{
    public static void RowSegments(float[] x, int rows, int cols, int w, float[] y)
    {
        for (int r = 0; r < rows; r++)
        {
            for (int s = 0; s < cols / w; s++)
            {
                float m = float.NegativeInfinity;
                for (int t = 0; t < w; t++)
                    m = MathF.Max(m, x[r * cols + s * w + t]);

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
            for (int y = 0; y < height; y += k)
            {
                for (int x = 0; x < width; x += k)
                {
                    float peak = float.NegativeInfinity;
                    for (int dy = 0; dy < k; dy++)
                        for (int dx = 0; dx < k; dx++)
                            peak = MathF.Max(peak, a[c, y + dy, x + dx]);

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

    public static void FlatWindows(double[] activation, int channels, int height, int width, double[] weights)
    {
        int plane = height * width;
        for (int c = 0; c < channels; c++)
        {
            for (int y = 0; y < height; y += 2)
            {
                for (int x = 0; x < width; x += 2)
                {
                    int topLeft = c * plane + y * width + x;
                    double m = double.NegativeInfinity;
                    for (int dy = 0; dy < 2; dy++)
                        for (int dx = 0; dx < 2; dx++)
                            m = Math.Max(m, activation[topLeft + dy * width + dx]);

                    double z = 0.0;
                    for (int dy = 0; dy < 2; dy++)
                        for (int dx = 0; dx < 2; dx++)
                        {
                            int at = topLeft + dy * width + dx;
                            weights[at] = Math.Exp(activation[at] - m);
                            z += weights[at];
                        }

                    for (int dy = 0; dy < 2; dy++)
                        for (int dx = 0; dx < 2; dx++)
                            weights[topLeft + dy * width + dx] /= z;
                }
            }
        }
    }

    public static void WholePlanes(float[] x, int channels, int height, int width, float[] y)
    {
        int plane = height * width;
        for (int c = 0; c < channels; c++)
        {
            int origin = c * plane;
            float m = float.NegativeInfinity;
            for (int p = 0; p < plane; p++)
                m = MathF.Max(m, x[origin + p]);

            float z = 0f;
            for (int i = 0; i < height; i++)
                for (int j = 0; j < width; j++)
                {
                    y[origin + i * width + j] = MathF.Exp(x[origin + i * width + j] - m);
                    z += y[origin + i * width + j];
                }

            for (int i = 0; i < height; i++)
                for (int j = 0; j < width; j++)
                    y[origin + i * width + j] /= z;
        }
    }
}
