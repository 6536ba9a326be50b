// Source: SIMD softmax kernels in C# inference engines (vocab padded to a multiple of Vector<float>.Count).
// Layout: flat float[rows, cols], cols a multiple of the vector width; softmax per row.
// Bug (LG0001): the Vector<float> max accumulator walks the whole flat buffer, every row, before the row loop.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut5.VectorBatchMaxFlatBufferNs;

public static class VectorBatchMaxFlatBuffer
{
    public static void Softmax(float[] x, float[] y, int rows, int cols)
    {
        int w = Vector<float>.Count;
        var vmax = new Vector<float>(float.MinValue);
        for (int o = 0; o < x.Length; o += w)
        {
            vmax = Vector.Max(vmax, new Vector<float>(x, o)); //~ LG0001
        }
        float max = vmax[0];
        for (int lane = 1; lane < w; lane++) max = MathF.Max(max, vmax[lane]);

        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - max);
                sum += y[r * cols + c];
            }
            for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
        }
    }
}
